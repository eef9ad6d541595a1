//! The report as CSV, for Excel, LibreOffice and other spreadsheets.
//!
//! One row per learner and exercise (a "long" table): it filters, sorts and pivots well, and
//! its columns stay the same whatever the packs. UTF-8 with a byte-order mark, so Excel reads
//! accented names correctly; CRLF line ends; dates as `YYYY-MM-DD HH:MM:SS` in UTC, which both
//! spreadsheets read as dates. Text from learners and packs that starts like a formula gets a
//! leading apostrophe ([`super::spreadsheet_safe`]); it is also made safe to show
//! ([`super::shown`]), as the CSV may be printed on a terminal.
//!
//! A teacher opens the file, so the headings and the words in it (status, yes/no, notes) are
//! in the teacher's language. The columns are the same, in the same order, in every language:
//! a script should read them by position. Ids, numbers, dates and versions are never
//! translated.
//!
//! Totals come last, after the 17 columns of one exercise, so scripts that read those by
//! position keep working: the learner's marks in the row's lesson and over everything
//! (score, most possible, percentage), the same on each of the learner's rows, so a
//! spreadsheet can show them beside any row (do not add them up). A cell Slate does not know
//! is left empty, never `0`: the minutes spent when no attempt recorded the time, the totals
//! of an exercise no longer in its pack.

use super::{ClassReport, shown, spreadsheet_safe};
use crate::store::time;
use crate::tr;

/// The messages of the column headings, in order.
pub const HEADINGS: [&str; 23] = [
    "report-col-learner",
    "report-col-group",
    "report-col-pack",
    "report-col-lesson",
    "report-col-exercise",
    "report-col-exercise-title",
    "report-col-status",
    "report-col-best-score",
    "report-col-max-score",
    "report-col-attempts",
    "report-col-hints-used",
    "report-col-solution-viewed",
    "report-col-minutes-spent",
    "report-col-last-attempt",
    "report-col-version-used",
    "report-col-version-now",
    "report-col-note",
    "report-col-lesson-score",
    "report-col-lesson-max-score",
    "report-col-lesson-percent",
    "report-col-total-score",
    "report-col-total-max-score",
    "report-col-total-percent",
];

/// The report as CSV bytes, starting with a UTF-8 byte-order mark.
pub fn render(report: &ClassReport) -> Vec<u8> {
    let mut out = crate::files::BOM.as_bytes().to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(HEADINGS.map(|key| tr!(key)))
            .expect("writing to memory");
        let (yes, no) = (tr!("report-csv-yes"), tr!("report-csv-no"));
        let lessons = report.lessons();
        for row in &report.rows {
            let total = report.totals(row);
            let lesson_totals: Vec<_> = lessons
                .iter()
                .map(|l| (l.columns.clone(), report.totals_in(row, l.columns.clone())))
                .collect();
            for (i, (column, cell)) in report.columns.iter().zip(&row.cells).enumerate() {
                let p = &cell.progress;
                let lesson = lesson_totals
                    .iter()
                    .find(|(range, _)| range.contains(&i))
                    .map(|(_, t)| *t)
                    .unwrap_or_default();
                // An exercise no longer in its pack is in no lesson's total (its row still
                // shows the learner's).
                let counted = column.max_score.is_some();
                let marks = |t: &super::Totals, counted: bool| -> [String; 3] {
                    if !counted || t.max_score == 0 {
                        return Default::default();
                    }
                    [
                        t.score.to_string(),
                        t.max_score.to_string(),
                        t.percent().map(|p| p.to_string()).unwrap_or_default(),
                    ]
                };
                let max = column
                    .max_score
                    .or((p.attempts > 0).then_some(p.max_score))
                    .map(|m| m.to_string())
                    .unwrap_or_default();
                let minutes = if cell.time_known {
                    (p.time_spent_ms / 60_000).to_string()
                } else {
                    String::new()
                };
                let note = if column.title.is_none() {
                    if column.current_version.is_none() {
                        tr!("report-csv-note-not-installed-totals")
                    } else {
                        tr!("report-csv-note-gone")
                    }
                } else if cell.older_version {
                    tr!("report-older-pack-version")
                } else {
                    String::new()
                };
                let last = p
                    .last_attempt
                    .map(|at| time::rfc3339(at).replace('T', " ").replace('Z', ""))
                    .unwrap_or_default();
                let text = |t: &str| spreadsheet_safe(&shown(t)).into_owned();
                let [lesson_score, lesson_max, lesson_percent] = marks(&lesson, counted);
                let [total_score, total_max, total_percent] = marks(&total, true);
                let record = [
                    text(&row.learner.name),
                    text(row.learner.group.as_deref().unwrap_or("")),
                    text(&column.pack),
                    text(column.lesson.as_deref().unwrap_or("")),
                    text(&column.exercise),
                    text(column.title.as_deref().unwrap_or("")),
                    p.status.word(),
                    p.best_score.to_string(),
                    max,
                    p.attempts.to_string(),
                    p.hints_used.to_string(),
                    if p.solution_viewed { &yes } else { &no }.clone(),
                    minutes,
                    last,
                    text(cell.version.as_deref().unwrap_or("")),
                    text(column.current_version.as_deref().unwrap_or("")),
                    note,
                    lesson_score,
                    lesson_max,
                    lesson_percent,
                    total_score,
                    total_max,
                    total_percent,
                ];
                w.write_record(&record).expect("writing to memory");
            }
        }
        w.flush().expect("writing to memory");
    }
    out
}
