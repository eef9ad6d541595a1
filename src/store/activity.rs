//! What learners do: check attempts, hints revealed, solutions viewed, pages read, settings,
//! and the views derived from them (status, best score, attempts, time, hints per exercise).
//!
//! Attempts are kept whole (code and per-test results), each with a UUID and this store's
//! machine id so that attempts from many computers merge without duplicates. Hints, solutions
//! and pages are *events* keyed by what they are about (learner, pack, exercise or lesson,
//! index) with the first and last time, so recording one twice, or merging two computers'
//! copies, keeps one row. Everything is keyed by the pack's and exercise's stable ids, so
//! progress survives a teacher updating a pack.

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;
use std::collections::HashMap;

use super::learners::touch;
use super::rows::{AttemptRecord, Kind, get_u64, insert_attempt, upsert_event};
pub use super::rows::{ErrorDetail, TestDetail, TestRecord};
use super::{Store, StoreError, new_id, now_ms};
use crate::marking::Report;

/// One check attempt, ready to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttempt {
    /// The learner's id.
    pub learner: String,
    pub pack: String,
    pub pack_version: String,
    pub exercise: String,
    pub code: String,
    pub tests: Vec<TestRecord>,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    /// How long marking took.
    pub duration_ms: u64,
    /// How long the learner worked since the last attempt or since opening the exercise,
    /// measured by the caller; 0 if unknown.
    pub time_spent_ms: u64,
}

impl NewAttempt {
    /// An attempt at `exercise` of `pack` (whose version is `pack_version`), from its
    /// marking report. The caller knows which exercise it marked: nothing is parsed back.
    pub fn from_report(
        learner: &str,
        (pack, exercise, pack_version): (&str, &str, &str),
        code: &str,
        report: &Report,
        time_spent_ms: u64,
    ) -> NewAttempt {
        NewAttempt {
            learner: learner.to_owned(),
            pack: pack.to_owned(),
            pack_version: pack_version.to_owned(),
            exercise: exercise.to_owned(),
            code: code.to_owned(),
            tests: report
                .tests
                .iter()
                .map(|t| TestRecord {
                    id: t.id.clone(),
                    status: serde_json::to_value(t.status)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .unwrap_or_default(),
                    points: t.points,
                    max_points: t.max_points,
                    detail: Some(TestDetail::of(t)),
                })
                .collect(),
            score: report.score,
            max_score: report.max_score,
            passed: report.passed,
            duration_ms: u64::try_from(report.duration.as_millis()).unwrap_or(u64::MAX),
            time_spent_ms,
        }
    }
}

/// Where a learner is with one exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    /// Checked at least once, not passed yet.
    Tried,
    Passed,
}

impl Status {
    /// The word for this status, in the reader's language: the same for learners in both
    /// interfaces and for teachers in reports.
    pub fn word(self) -> String {
        crate::tr!(match self {
            Status::NotStarted => "status-new",
            Status::Tried => "status-tried",
            Status::Passed => "status-done",
        })
    }

    /// A symbol that reads in black and white, always shown beside the word.
    pub fn symbol(self) -> &'static str {
        match self {
            Status::NotStarted => "○",
            Status::Tried => "◐",
            Status::Passed => "✓",
        }
    }
}

/// A learner's progress on one exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExerciseProgress {
    pub status: Status,
    pub best_score: u32,
    /// The most points the exercise gave at the learner's latest attempt.
    pub max_score: u32,
    pub attempts: u32,
    pub hints_used: u32,
    pub time_spent_ms: u64,
    pub solution_viewed: bool,
    pub last_attempt: Option<i64>,
}

impl Default for ExerciseProgress {
    fn default() -> Self {
        ExerciseProgress {
            status: Status::NotStarted,
            best_score: 0,
            max_score: 0,
            attempts: 0,
            hints_used: 0,
            time_spent_ms: 0,
            solution_viewed: false,
            last_attempt: None,
        }
    }
}

/// The pack version of a learner's latest attempt on an exercise, beside the progress.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    pub progress: ExerciseProgress,
    /// The pack version of the latest attempt, if any.
    pub last_version: Option<String>,
    /// Whether any attempt knew how long the learner worked (an attempt records 0 when it
    /// does not), so a report can say "not known" rather than "0 s".
    pub time_known: bool,
}

impl Tally {
    /// Adds one attempt; attempts must come oldest first.
    fn add(&mut self, a: &AttemptRow) {
        let p = &mut self.progress;
        p.attempts += 1;
        p.best_score = p.best_score.max(a.score);
        p.max_score = a.max_score;
        p.time_spent_ms = p.time_spent_ms.saturating_add(a.time_spent_ms);
        p.last_attempt = Some(a.at);
        p.status = if a.passed || p.status == Status::Passed {
            Status::Passed
        } else {
            Status::Tried
        };
        self.last_version = Some(a.pack_version.clone());
        self.time_known |= a.time_spent_ms > 0;
    }
}

/// The summary columns of an attempt, for the derived views (from this store, or from the
/// class server for a report of a whole site).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttemptRow {
    pub learner: String,
    pub pack: String,
    pub exercise: String,
    pub pack_version: String,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    pub time_spent_ms: u64,
    pub at: i64,
}

/// Adds an attempt to the progress it belongs to; attempts must come oldest first.
pub fn fold_attempt(map: &mut TallyMap, row: AttemptRow) {
    map.entry((row.learner.clone(), row.pack.clone(), row.exercise.clone()))
        .or_default()
        .add(&row);
}

/// Adds hints (`kind` "hint", the highest index shown) or a solution viewed ("solution") to
/// the progress they belong to.
pub fn fold_event(map: &mut TallyMap, key: (String, String, String), kind: &str, max_index: u32) {
    let p = &mut map.entry(key).or_default().progress;
    if kind == "hint" {
        p.hints_used = max_index + 1;
    } else {
        p.solution_viewed = true;
    }
}

/// Progress keyed by (learner, pack, exercise).
pub type TallyMap = HashMap<(String, String, String), Tally>;

/// Derives progress per (learner, pack, exercise), for one learner or all, one pack or all.
pub(super) fn tallies(
    conn: &Connection,
    learner: Option<&str>,
    pack: Option<&str>,
) -> rusqlite::Result<TallyMap> {
    const FILTER: &str = "(?1 IS NULL OR learner = ?1) AND (?2 IS NULL OR pack = ?2)";
    let mut map = TallyMap::new();
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT learner, pack, exercise, pack_version, score, max_score, passed, time_spent_ms, at
         FROM attempts WHERE {FILTER} ORDER BY at, id"
    ))?;
    let rows = stmt.query_map(params![learner, pack], |r| {
        Ok(AttemptRow {
            learner: r.get(0)?,
            pack: r.get(1)?,
            exercise: r.get(2)?,
            pack_version: r.get(3)?,
            score: r.get(4)?,
            max_score: r.get(5)?,
            passed: r.get(6)?,
            time_spent_ms: get_u64(r, 7)?,
            at: r.get(8)?,
        })
    })?;
    for row in rows {
        fold_attempt(&mut map, row?);
    }
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT learner, pack, item, kind, max(idx) FROM events
         WHERE kind IN ('hint', 'solution') AND {FILTER} GROUP BY learner, pack, item, kind"
    ))?;
    let rows = stmt.query_map(params![learner, pack], |r| {
        Ok((
            (r.get(0)?, r.get(1)?, r.get(2)?),
            r.get::<_, String>(3)?,
            r.get::<_, u32>(4)?,
        ))
    })?;
    for row in rows {
        let (key, kind, max_index) = row?;
        fold_event(&mut map, key, &kind, max_index);
    }
    Ok(map)
}

/// Where a learner was most recently: for "continue where I left off".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Activity {
    pub pack: String,
    /// Set for a page read.
    pub lesson: Option<String>,
    /// Set for an attempt, a hint or a solution viewed.
    pub exercise: Option<String>,
    /// The page's index, for a page read.
    pub page: Option<u32>,
    pub at: i64,
}

impl Store {
    /// Records a check attempt and marks the learner as seen. Returns the attempt's id. The
    /// attempt is committed when this returns: show the result only after.
    pub fn record_attempt(&mut self, attempt: &NewAttempt) -> Result<String, StoreError> {
        let mut row = AttemptRecord {
            id: new_id(),
            machine: self.machine.clone(),
            at: 0,
            pack: attempt.pack.clone(),
            pack_version: attempt.pack_version.clone(),
            exercise: attempt.exercise.clone(),
            code: attempt.code.clone(),
            tests: attempt.tests.clone(),
            score: attempt.score,
            max_score: attempt.max_score,
            passed: attempt.passed,
            duration_ms: attempt.duration_ms,
            time_spent_ms: attempt.time_spent_ms,
        };
        self.write(|tx| {
            row.at = now_ms();
            touch(tx, &attempt.learner, row.at)?;
            insert_attempt(tx, &attempt.learner, &row)?;
            Ok(())
        })?;
        Ok(row.id)
    }

    fn record_event(
        &mut self,
        learner: &str,
        kind: Kind,
        pack: &str,
        item: &str,
        index: u32,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            let now = now_ms();
            touch(tx, learner, now)?;
            upsert_event(tx, learner, kind, pack, item, index, (now, now))?;
            Ok(())
        })
    }

    /// Records that hint `hint_index` (from 0) of an exercise was shown.
    pub fn record_hint(
        &mut self,
        learner: &str,
        pack: &str,
        exercise: &str,
        hint_index: u32,
    ) -> Result<(), StoreError> {
        self.record_event(learner, Kind::Hint, pack, exercise, hint_index)
    }

    /// How many hints of an exercise the learner has seen (the highest index shown, plus 1).
    pub fn hints_revealed(
        &self,
        learner: &str,
        pack: &str,
        exercise: &str,
    ) -> Result<u32, StoreError> {
        self.read(|c| {
            let max: Option<u32> = c.query_row(
                "SELECT max(idx) FROM events
                 WHERE learner = ?1 AND kind = 'hint' AND pack = ?2 AND item = ?3",
                params![learner, pack, exercise],
                |r| r.get(0),
            )?;
            Ok(max.map_or(0, |m| m + 1))
        })
    }

    pub fn record_solution_viewed(
        &mut self,
        learner: &str,
        pack: &str,
        exercise: &str,
    ) -> Result<(), StoreError> {
        self.record_event(learner, Kind::Solution, pack, exercise, 0)
    }

    /// Records that page `page_index` (from 0) of a lesson was read.
    pub fn record_page_read(
        &mut self,
        learner: &str,
        pack: &str,
        lesson: &str,
        page_index: u32,
    ) -> Result<(), StoreError> {
        self.record_event(learner, Kind::Page, pack, lesson, page_index)
    }

    /// The pages of a lesson the learner has read, in order.
    pub fn pages_read(
        &self,
        learner: &str,
        pack: &str,
        lesson: &str,
    ) -> Result<Vec<u32>, StoreError> {
        self.read(|c| {
            let mut stmt = c.prepare_cached(
                "SELECT idx FROM events
                 WHERE learner = ?1 AND kind = 'page' AND pack = ?2 AND item = ?3 ORDER BY idx",
            )?;
            let rows = stmt.query_map(params![learner, pack, lesson], |r| r.get(0))?;
            Ok(rows.collect::<Result<_, _>>()?)
        })
    }

    /// A learner's progress on every exercise of a pack they have done anything with.
    pub fn progress(
        &self,
        learner: &str,
        pack: &str,
    ) -> Result<HashMap<String, ExerciseProgress>, StoreError> {
        self.read(|c| {
            Ok(tallies(c, Some(learner), Some(pack))?
                .into_iter()
                .map(|((_, _, exercise), t)| (exercise, t.progress))
                .collect())
        })
    }

    /// Progress of every learner (or one) on every exercise, with the pack version of the
    /// latest attempt: what reports are made of.
    pub fn tallies(&self, learner: Option<&str>) -> Result<TallyMap, StoreError> {
        self.read(|c| Ok(tallies(c, learner, None)?))
    }

    /// The learner's most recent attempt, page, hint or solution viewed.
    pub fn last_activity(&self, learner: &str) -> Result<Option<Activity>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT pack, NULL, exercise, NULL, at FROM attempts WHERE learner = ?1
                 UNION ALL
                 SELECT pack,
                        CASE kind WHEN 'page' THEN item END,
                        CASE kind WHEN 'page' THEN NULL ELSE item END,
                        CASE kind WHEN 'page' THEN idx END,
                        last_at
                 FROM events WHERE learner = ?1
                 ORDER BY 5 DESC LIMIT 1",
                [learner],
                |r| {
                    Ok(Activity {
                        pack: r.get(0)?,
                        lesson: r.get(1)?,
                        exercise: r.get(2)?,
                        page: r.get(3)?,
                        at: r.get(4)?,
                    })
                },
            )
            .optional()?)
        })
    }

    /// One of a learner's settings (for example `language` or `theme`).
    pub fn setting(&self, learner: &str, key: &str) -> Result<Option<String>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT value FROM settings WHERE learner = ?1 AND key = ?2",
                params![learner, key],
                |r| r.get(0),
            )
            .optional()?)
        })
    }

    pub fn set_setting(&mut self, learner: &str, key: &str, value: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            if super::learners::by_id(tx, learner)?.is_none() {
                return Err(StoreError::UnknownLearnerId(learner.to_owned()));
            }
            // Always wins locally, even against a clock that went backwards.
            let newest: Option<i64> = tx
                .query_row(
                    "SELECT updated FROM settings WHERE learner = ?1 AND key = ?2",
                    params![learner, key],
                    |r| r.get(0),
                )
                .optional()?;
            let at = newest.map_or(now_ms(), |n| now_ms().max(n + 1));
            tx.execute(
                "INSERT INTO settings (learner, key, value, updated) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (learner, key) DO UPDATE SET value = excluded.value, updated = excluded.updated",
                params![learner, key, value, at],
            )?;
            Ok(())
        })
    }
}

#[cfg(test)]
pub(crate) mod tests;
