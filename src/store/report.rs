//! Teachers' reports: who has done what, and where the class is stuck.
//!
//! [`ClassReport::build`] joins the store's derived progress with the packs Slate can see: one
//! row per learner, one column per exercise (in course order, grouped by lesson), so titles
//! come from the packs and an exercise no longer in any pack still appears by its id. Only
//! packs some learner in the report has used are included. Renderers turn the same model into
//! a terminal table ([`table`]), a CSV file for spreadsheets ([`csv`]) and a self-contained,
//! printable HTML page ([`html`]); none of them touches the store.
//!
//! Names and ids in a report may come from other computers' export files, so every renderer
//! shows them through [`shown`] (the table and the CSV file, which may go to a terminal) or
//! escapes them (the HTML page): nothing in them can act on the teacher's terminal.

pub mod csv;
pub mod html;
pub mod table;

use std::collections::{BTreeSet, HashMap};

use super::activity::{ExerciseProgress, Status, Tally, TallyMap};
use super::{Learner, Store, StoreError};
use crate::pack::Library;
use crate::store::time;
use crate::tr;

/// One exercise column of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Column {
    pub pack: String,
    /// The pack's title, or its id when no pack with that id is installed.
    pub pack_title: String,
    /// The installed pack's version; `None` when the pack is not installed.
    pub current_version: Option<String>,
    /// The lesson's id; `None` when the exercise is no longer in the pack.
    pub lesson: Option<String>,
    pub lesson_title: String,
    pub exercise: String,
    /// From the pack; `None` when the exercise is no longer in any pack.
    pub title: Option<String>,
    /// The most points the exercise gives, as totals count it: from the installed pack (its
    /// tests' points) for every exercise, started or not; for a pack not installed here, the
    /// most that learners' latest attempts could score (all there is to go on); `None` for an
    /// exercise no longer in its pack, which totals leave out.
    pub max_score: Option<u32>,
}

impl Column {
    /// `pack/exercise`, as `slate check` takes it.
    pub fn full_id(&self) -> String {
        format!("{}/{}", self.pack, self.exercise)
    }

    /// The title, or the id for an exercise no longer in any pack.
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or(&self.exercise)
    }
}

/// One learner's result on one exercise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cell {
    pub progress: ExerciseProgress,
    /// The pack version of the latest attempt.
    pub version: Option<String>,
    /// The latest attempt was made with another version of the pack than the one installed.
    pub older_version: bool,
    /// Whether Slate knows how long the learner worked on it (see [`Tally::time_known`]).
    pub time_known: bool,
}

/// A learner's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub learner: Learner,
    /// One per column, in the same order.
    pub cells: Vec<Cell>,
}

/// Totals over a row, or over a lesson's cells.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    pub passed: usize,
    pub tried: usize,
    pub not_started: usize,
    pub attempts: u64,
    pub hints: u64,
    pub solutions: usize,
    pub time_spent_ms: u64,
    /// Whether any of the time is known; when none is, reports show [`UNKNOWN`], not "0 s".
    pub time_known: bool,
    pub older_version: usize,
    /// The best scores, each at most its exercise's [`Column::max_score`].
    pub score: u64,
    /// The most points possible over the exercises totals count.
    pub max_score: u64,
}

/// What a report shows for a time or a mark it does not know.
pub const UNKNOWN: &str = "–";

impl Totals {
    fn of<'a>(cells: impl IntoIterator<Item = (&'a Column, &'a Cell)>) -> Totals {
        let mut t = Totals::default();
        for (column, c) in cells {
            let p = &c.progress;
            if let Some(max) = column.max_score {
                t.max_score += u64::from(max);
                t.score += u64::from(p.best_score.min(max));
            }
            t.time_known |= c.time_known;
            match p.status {
                Status::Passed => t.passed += 1,
                Status::Tried => t.tried += 1,
                Status::NotStarted => t.not_started += 1,
            }
            t.attempts += u64::from(p.attempts);
            t.hints += u64::from(p.hints_used);
            t.solutions += usize::from(p.solution_viewed);
            t.time_spent_ms = t.time_spent_ms.saturating_add(p.time_spent_ms);
            t.older_version += usize::from(c.older_version);
        }
        t
    }

    pub fn exercises(&self) -> usize {
        self.passed + self.tried + self.not_started
    }

    /// The score as a whole percentage of the most possible, rounded down (so 100 means
    /// full marks); `None` when there is nothing to score.
    pub fn percent(&self) -> Option<u64> {
        (self.max_score > 0).then(|| self.score * 100 / self.max_score)
    }

    /// "7 of 12": marks scored of the most possible, or [`UNKNOWN`].
    pub fn score_of(&self) -> String {
        if self.max_score == 0 {
            return UNKNOWN.to_owned();
        }
        tr!("report-score-of", score = self.score, max = self.max_score)
    }

    /// "58%", or [`UNKNOWN`].
    pub fn percent_text(&self) -> String {
        match self.percent() {
            Some(p) => tr!("report-percent", percent = p),
            None => UNKNOWN.to_owned(),
        }
    }

    /// The time spent for people ("12 min"), or [`UNKNOWN`] when no attempt knew it.
    pub fn time(&self) -> String {
        if self.time_known {
            time::duration(self.time_spent_ms)
        } else {
            UNKNOWN.to_owned()
        }
    }

    /// "3 of 6": exercises passed of all.
    pub fn passed_of(&self) -> String {
        tr!(
            "report-passed-of",
            passed = self.passed,
            total = self.exercises()
        )
    }
}

/// A run of columns from one lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonSpan {
    pub pack_title: String,
    pub title: String,
    /// Column indices.
    pub columns: std::ops::Range<usize>,
}

/// An exercise where learners are stuck.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stuck {
    pub column: usize,
    /// Learners who tried and have not passed.
    pub stuck: usize,
    /// Who they are: indices into [`ClassReport::rows`], in the report's order.
    pub learners: Vec<usize>,
    pub passed: usize,
    pub attempts: u64,
    pub hints: u64,
}

/// A class report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassReport {
    /// The group reported on; `None` for everyone.
    pub group: Option<String>,
    /// When the report was made (unix milliseconds).
    pub generated: i64,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Packs someone here used that are not installed on this computer, by id: their
    /// totals count only the exercises someone tried.
    pub missing_packs: Vec<String>,
}

impl ClassReport {
    /// Builds a report on the learners of `group` (everyone when `None`).
    pub fn build(
        store: &Store,
        library: &Library,
        group: Option<&str>,
        generated: i64,
    ) -> Result<ClassReport, StoreError> {
        let learners = store.learners_in(group)?;
        let tallies = store.tallies(None)?;
        Ok(ClassReport::from_parts(
            learners, &tallies, library, group, generated,
        ))
    }

    /// Builds a report from learners (in the order to show them) and their progress, from
    /// this store or from the class server; progress of anyone else is left out.
    pub fn from_parts(
        learners: Vec<Learner>,
        tallies: &TallyMap,
        library: &Library,
        group: Option<&str>,
        generated: i64,
    ) -> ClassReport {
        let row_of: HashMap<&str, usize> = learners
            .iter()
            .enumerate()
            .map(|(i, l)| (l.id.as_str(), i))
            .collect();
        // (row, pack, exercise, progress) of the learners in the report.
        let tallies: Vec<(usize, &str, &str, &Tally)> = tallies
            .iter()
            .filter_map(|((l, p, e), t)| {
                let row = *row_of.get(l.as_str())?;
                Some((row, p.as_str(), e.as_str(), t))
            })
            .collect();
        let columns = columns(library, &tallies);
        let mut missing_packs: Vec<String> = columns
            .iter()
            .filter(|c| c.current_version.is_none())
            .map(|c| c.pack.clone())
            .collect();
        missing_packs.dedup();
        // Every cell starts empty; each learner's progress is then put in its place (one
        // look-up per exercise someone started, not one per cell of a large grid).
        let column_of: HashMap<(&str, &str), usize> = columns
            .iter()
            .enumerate()
            .map(|(i, c)| ((c.pack.as_str(), c.exercise.as_str()), i))
            .collect();
        let mut grid = vec![vec![Cell::default(); columns.len()]; learners.len()];
        for &(r, pack, exercise, tally) in &tallies {
            if let Some(&c) = column_of.get(&(pack, exercise)) {
                grid[r][c] = cell(Some(tally), &columns[c]);
            }
        }
        drop(column_of);
        drop(tallies);
        drop(row_of);
        let rows = learners
            .into_iter()
            .zip(grid)
            .map(|(learner, cells)| Row { learner, cells })
            .collect();
        ClassReport {
            group: group.map(super::names::tidy),
            generated,
            columns,
            rows,
            missing_packs,
        }
    }

    /// A learner's totals.
    pub fn totals(&self, row: &Row) -> Totals {
        Totals::of(self.columns.iter().zip(&row.cells))
    }

    /// A learner's totals over some columns.
    pub fn totals_in(&self, row: &Row, columns: std::ops::Range<usize>) -> Totals {
        Totals::of(
            self.columns[columns.clone()]
                .iter()
                .zip(&row.cells[columns]),
        )
    }

    /// One sentence per pack that is not installed here, saying that totals count only the
    /// exercises someone tried (the pack's other exercises are unknown on this computer).
    pub fn missing_pack_notes(&self) -> Vec<String> {
        self.missing_packs
            .iter()
            .map(|p| tr!("report-pack-not-installed", pack = p.as_str()))
            .collect()
    }

    /// The learners stuck on an exercise, by [`learner_label`], joined by commas.
    pub fn stuck_names(&self, stuck: &Stuck) -> String {
        stuck
            .learners
            .iter()
            .map(|&i| learner_label(&self.rows[i].learner))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The columns grouped by lesson, in order.
    pub fn lessons(&self) -> Vec<LessonSpan> {
        let mut spans: Vec<LessonSpan> = Vec::new();
        for (i, c) in self.columns.iter().enumerate() {
            match spans.last_mut() {
                Some(last)
                    if self.columns[last.columns.start].pack == c.pack
                        && self.columns[last.columns.start].lesson_title == c.lesson_title =>
                {
                    last.columns.end = i + 1;
                }
                _ => spans.push(LessonSpan {
                    pack_title: c.pack_title.clone(),
                    title: c.lesson_title.clone(),
                    columns: i..i + 1,
                }),
            }
        }
        spans
    }

    /// Whether nobody in the report has checked any exercise yet.
    pub fn nothing_tried(&self) -> bool {
        self.rows.iter().all(|r| self.totals(r).attempts == 0)
    }

    /// The message for the "stuck" part when no exercise is on the list: either nobody has
    /// tried anything yet, or everything tried has been passed.
    pub fn nobody_stuck_message(&self) -> String {
        if self.nothing_tried() {
            crate::tr!("report-nothing-tried")
        } else {
            crate::tr!("report-nobody-stuck")
        }
    }

    /// Exercises that learners tried and have not passed, the most stuck learners first.
    pub fn stuck(&self) -> Vec<Stuck> {
        let mut out: Vec<Stuck> = (0..self.columns.len())
            .map(|column| {
                let c = &self.columns[column];
                let cells = self.rows.iter().map(|r| (c, &r.cells[column]));
                let t = Totals::of(cells);
                let learners = (0..self.rows.len())
                    .filter(|&i| self.rows[i].cells[column].progress.status == Status::Tried)
                    .collect();
                Stuck {
                    column,
                    stuck: t.tried,
                    learners,
                    passed: t.passed,
                    attempts: t.attempts,
                    hints: t.hints,
                }
            })
            .filter(|s| s.stuck > 0)
            .collect();
        out.sort_by(|a, b| {
            (b.stuck, b.attempts)
                .cmp(&(a.stuck, a.attempts))
                .then(a.column.cmp(&b.column))
        });
        out
    }

    /// Cells whose latest attempt was made with an older version of the pack.
    pub fn older_versions(&self) -> usize {
        self.rows.iter().map(|r| self.totals(r).older_version).sum()
    }

    /// "3 learners, 12 exercises in 1 pack".
    pub fn summary(&self) -> String {
        let packs: BTreeSet<&str> = self.columns.iter().map(|c| c.pack.as_str()).collect();
        tr!(
            "report-summary",
            learners = self.rows.len(),
            exercises = self.columns.len(),
            packs = packs.len()
        )
    }

    /// A heading: the message `all` for a report on everyone, `in_group` for one group (as
    /// `$group`); both get the [`summary`](Self::summary) as `$summary`.
    fn heading(&self, all: &str, in_group: &str) -> String {
        let summary = self.summary();
        match &self.group {
            Some(g) => tr!(in_group, group = shown(g), summary = summary),
            None => tr!(all, summary = summary),
        }
    }
}

fn cell(tally: Option<&Tally>, column: &Column) -> Cell {
    let Some(t) = tally else {
        return Cell::default();
    };
    let older_version = match (&t.last_version, &column.current_version) {
        (Some(used), Some(now)) => used != now,
        _ => false,
    };
    Cell {
        progress: t.progress.clone(),
        version: t.last_version.clone(),
        older_version,
        time_known: t.time_known,
    }
}

/// The exercise columns: every exercise of every installed pack anyone here used, in course
/// order; then exercises no longer in their pack; then packs that are not installed.
fn columns(library: &Library, tallies: &[(usize, &str, &str, &Tally)]) -> Vec<Column> {
    let used: BTreeSet<(&str, &str)> = tallies.iter().map(|(_, p, e, _)| (*p, *e)).collect();
    let used_packs: BTreeSet<&str> = used.iter().map(|(p, _)| *p).collect();
    // For packs not installed here: the most the latest attempts could score.
    let mut attempted_max: HashMap<(&str, &str), u32> = HashMap::new();
    for (_, p, e, t) in tallies {
        if t.progress.attempts > 0 {
            let m = attempted_max.entry((*p, *e)).or_default();
            *m = (*m).max(t.progress.max_score);
        }
    }
    let mut columns = Vec::new();
    for pack in library
        .packs
        .iter()
        .filter(|p| used_packs.contains(p.id.as_str()))
    {
        let mut known = BTreeSet::new();
        for (lesson, exercise) in pack.exercises() {
            known.insert(exercise.id.as_str());
            columns.push(Column {
                pack: pack.id.clone(),
                pack_title: pack.title.clone(),
                current_version: Some(pack.version.clone()),
                lesson: Some(lesson.id.clone()),
                lesson_title: lesson.title.clone(),
                exercise: exercise.id.clone(),
                title: Some(exercise.title.clone()),
                max_score: Some(exercise.tests.iter().map(|t| t.points).sum()),
            });
        }
        for (_, gone) in used
            .iter()
            .filter(|(p, e)| *p == pack.id && !known.contains(e))
        {
            columns.push(Column {
                pack: pack.id.clone(),
                pack_title: pack.title.clone(),
                current_version: Some(pack.version.clone()),
                lesson: None,
                lesson_title: tr!("report-lesson-gone"),
                exercise: (*gone).to_owned(),
                title: None,
                max_score: None,
            });
        }
    }
    for (pack, exercise) in used.iter().filter(|(p, _)| library.pack(p).is_none()) {
        columns.push(Column {
            pack: (*pack).to_owned(),
            pack_title: (*pack).to_owned(),
            current_version: None,
            lesson: None,
            lesson_title: tr!("report-lesson-not-installed"),
            exercise: (*exercise).to_owned(),
            title: None,
            max_score: attempted_max.get(&(*pack, *exercise)).copied(),
        });
    }
    columns
}

/// A learner as reports name them: with their group, "Sam Jones (7B)", so two learners of
/// the same name in different groups are told apart everywhere. Not yet made safe: each
/// renderer escapes it.
pub fn learner_label(learner: &Learner) -> String {
    match &learner.group {
        Some(g) => tr!(
            "report-learner-in-group",
            name = learner.name.as_str(),
            group = g.as_str()
        ),
        None => learner.name.clone(),
    }
}

/// Text from the store or a pack as a report shows it: control characters and direction
/// overrides as symbols that do nothing ([`crate::safe_text::for_terminal`]), and line breaks
/// and tabs as spaces, so they cannot break a table's line or act on the terminal.
pub fn shown(text: &str) -> String {
    crate::safe_text::for_terminal(text).replace(['\n', '\r', '\t'], " ")
}

/// Keeps a learner's or teacher's text from being run as a formula when a spreadsheet opens
/// the report (`=HYPERLINK(...)` as a name): such text gets a leading apostrophe.
pub fn spreadsheet_safe(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests;
