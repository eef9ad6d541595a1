//! The live class view's model (`slate class`): where each learner of a class is right now.
//!
//! [`ClassView::build`] takes the teacher's report ([`ClassReport`]: the learners, their
//! progress on every exercise, titles from the packs) and keeps, for each learner, what a
//! teacher walking round a lesson needs: their **current exercise** (the one of their latest
//! attempt), how many exercises they have passed, tried without passing, and are
//! [stuck](is_stuck) on, when they last checked, and, while the current exercise is not
//! passed, since when they have been on it (their first attempt at it). The latest attempt
//! at the current exercise is kept whole ([`Detail`]: code and each test's result), so the
//! view can show a learner's code and the feedback of its first failing test without going
//! back to the store. Rows come stuck-longest first, and the view names who that is.
//!
//! The model keeps times as unix milliseconds and words nothing; the full-screen view and
//! plain mode say "12 min" with [`super::time::duration`]. Names, titles and code are as
//! stored: every renderer shows them through [`super::report::shown`] or
//! [`crate::safe_text`]. This only reads, so it works on a store opened read-only.

use rusqlite::{Connection, OptionalExtension, params};

use super::activity::{ExerciseProgress, Status, TestRecord};
use super::report::{ClassReport, learner_label};
use super::{Learner, Store, StoreError};
use crate::pack::Library;

/// A learner is stuck on an exercise after this many attempts at it without passing it.
pub const STUCK_AFTER_ATTEMPTS: u32 = 3;

/// The stuck rule, in one place: a learner is **stuck** on an exercise when they have
/// checked it at least [`STUCK_AFTER_ATTEMPTS`] times and passed it none of them. One or two
/// failed checks are part of working; the third in a row is when a teacher should look.
/// The rule counts attempts, not minutes, so it says the same however long ago a learner
/// stopped, and two teachers looking at one class see the same thing.
pub fn is_stuck(progress: &ExerciseProgress) -> bool {
    progress.status == Status::Tried && progress.attempts >= STUCK_AFTER_ATTEMPTS
}

/// A learner's current exercise: the one of their latest attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Current {
    pub pack: String,
    pub exercise: String,
    /// The exercise's title from the packs, or its id when no pack here has it.
    pub title: String,
    pub progress: ExerciseProgress,
    /// When they first checked it (unix milliseconds).
    pub first_attempt: i64,
}

impl Current {
    /// Whether the learner is [stuck](is_stuck) on it.
    pub fn stuck(&self) -> bool {
        is_stuck(&self.progress)
    }

    /// Since when they have been on it without passing it: their first attempt, or `None`
    /// once they have passed it.
    pub fn stuck_since(&self) -> Option<i64> {
        (self.progress.status != Status::Passed).then_some(self.first_attempt)
    }
}

/// The latest attempt at a learner's current exercise, whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Detail {
    /// When it was made (unix milliseconds).
    pub at: i64,
    pub code: String,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    /// Each test's result as the store kept it.
    pub tests: Vec<TestRecord>,
}

impl Detail {
    /// The first test that did not pass, with its index (from 0); `None` when all passed.
    pub fn first_failing(&self) -> Option<(usize, &TestRecord)> {
        self.tests
            .iter()
            .enumerate()
            .find(|(_, t)| t.status != "passed")
    }
}

/// One learner's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerRow {
    pub learner: Learner,
    /// Exercises passed.
    pub passed: usize,
    /// Exercises tried and not passed (the stuck ones among them).
    pub tried: usize,
    /// Exercises the learner is [stuck](is_stuck) on.
    pub stuck: usize,
    /// When they last checked anything (unix milliseconds); `None` before their first check.
    pub last_check: Option<i64>,
    /// Their current exercise; `None` before their first check.
    pub current: Option<Current>,
    /// Their latest attempt at the current exercise.
    pub detail: Option<Detail>,
}

impl LearnerRow {
    /// "Sam Jones (7B)", as reports name learners; not yet made safe to show.
    pub fn label(&self) -> String {
        learner_label(&self.learner)
    }

    /// Whether they are [stuck](is_stuck) on their current exercise.
    pub fn stuck_now(&self) -> bool {
        self.current.as_ref().is_some_and(Current::stuck)
    }

    /// How long they have been on their current exercise without passing it, at `now`.
    pub fn stuck_for(&self, now: i64) -> Option<u64> {
        let since = self.current.as_ref()?.stuck_since()?;
        Some(u64::try_from(now.saturating_sub(since)).unwrap_or(0))
    }

    /// How long ago they last checked anything, at `now`.
    pub fn since_last_check(&self, now: i64) -> Option<u64> {
        self.last_check
            .map(|at| u64::try_from(now.saturating_sub(at)).unwrap_or(0))
    }

    /// Where the row sorts: learners stuck on their current exercise first, then those
    /// still trying theirs, each longest first; then everyone else. Ties keep the store's
    /// order, which is by name.
    fn order(&self) -> (u8, i64) {
        match self
            .current
            .as_ref()
            .and_then(|c| Some((c, c.stuck_since()?)))
        {
            Some((c, since)) if c.stuck() => (0, since),
            Some((_, since)) => (1, since),
            None => (2, 0),
        }
    }
}

/// The class as the live view shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassView {
    /// The group shown; `None` for everyone.
    pub group: Option<String>,
    /// When the view was read (unix milliseconds).
    pub built: i64,
    /// One per learner, stuck longest first (see [`LearnerRow`]'s order).
    pub rows: Vec<LearnerRow>,
}

impl ClassView {
    /// The view of the learners of `group` (everyone when `None`) at `now`.
    pub fn build(
        store: &Store,
        library: &Library,
        group: Option<&str>,
        now: i64,
    ) -> Result<ClassView, StoreError> {
        let report = ClassReport::build(store, library, group, now)?;
        let mut rows = Vec::with_capacity(report.rows.len());
        for row in &report.rows {
            let totals = report.totals(row);
            let cells = report.columns.iter().zip(&row.cells);
            let stuck = cells.clone().filter(|(_, c)| is_stuck(&c.progress)).count();
            // The latest attempt; of two at the same moment, the later column.
            let latest = cells
                .filter_map(|(col, c)| Some((c.progress.last_attempt?, col, c)))
                .max_by_key(|(at, ..)| *at);
            let (current, detail) = match latest {
                Some((_, col, cell)) => {
                    let (first_attempt, detail) = store.read(|c| {
                        Ok(current_attempts(
                            c,
                            &row.learner.id,
                            &col.pack,
                            &col.exercise,
                        )?)
                    })?;
                    let current = Current {
                        pack: col.pack.clone(),
                        exercise: col.exercise.clone(),
                        title: col.label().to_owned(),
                        progress: cell.progress.clone(),
                        first_attempt: first_attempt.unwrap_or(now),
                    };
                    (Some(current), detail)
                }
                None => (None, None),
            };
            rows.push(LearnerRow {
                learner: row.learner.clone(),
                passed: totals.passed,
                tried: totals.tried,
                stuck,
                last_check: latest.map(|(at, ..)| at),
                current,
                detail,
            });
        }
        rows.sort_by_key(LearnerRow::order);
        // The group as it is spelt in the class list, not as the teacher typed it.
        let group = report.group.map(|g| {
            rows.iter()
                .find_map(|r| r.learner.group.clone())
                .unwrap_or(g)
        });
        Ok(ClassView {
            group,
            built: now,
            rows,
        })
    }

    /// A learner as the view names them: "Sam Jones (7B)" when it shows everyone, "Sam
    /// Jones" when it shows one group (every row has the same). Not yet made safe to show.
    pub fn name_of(&self, row: &LearnerRow) -> String {
        if self.group.is_some() {
            row.learner.name.clone()
        } else {
            row.label()
        }
    }

    /// The learner stuck longest on their current exercise, if anyone is stuck.
    pub fn stuck_longest(&self) -> Option<&LearnerRow> {
        self.rows.first().filter(|r| r.stuck_now())
    }

    /// Whether `other` shows the same class in the same state, whenever each was read: plain
    /// mode prints the view again only when this is false.
    pub fn same_as(&self, other: &ClassView) -> bool {
        self.group == other.group && self.rows == other.rows
    }

    /// The row of the learner with this id.
    pub fn row_of(&self, learner_id: &str) -> Option<&LearnerRow> {
        self.rows.iter().find(|r| r.learner.id == learner_id)
    }
}

/// A learner's first attempt at an exercise (when), and their latest attempt at it whole.
fn current_attempts(
    conn: &Connection,
    learner: &str,
    pack: &str,
    exercise: &str,
) -> rusqlite::Result<(Option<i64>, Option<Detail>)> {
    let first = conn
        .prepare_cached(
            "SELECT min(at) FROM attempts WHERE learner = ?1 AND pack = ?2 AND exercise = ?3",
        )?
        .query_row(params![learner, pack, exercise], |r| r.get(0))?;
    // Latest as the report's tallies count it: by time, then id.
    let detail = conn
        .prepare_cached(
            "SELECT at, code, tests, score, max_score, passed FROM attempts
             WHERE learner = ?1 AND pack = ?2 AND exercise = ?3
             ORDER BY at DESC, id DESC LIMIT 1",
        )?
        .query_row(params![learner, pack, exercise], |r| {
            let tests: String = r.get(2)?;
            let tests = serde_json::from_str(&tests).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(2, rusqlite::types::Type::Text, e.into())
            })?;
            Ok(Detail {
                at: r.get(0)?,
                code: r.get(1)?,
                tests,
                score: r.get(3)?,
                max_score: r.get(4)?,
                passed: r.get(5)?,
            })
        })
        .optional()?;
    Ok((first, detail))
}

#[cfg(test)]
mod tests;
