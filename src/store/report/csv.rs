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

use super::{ClassReport, shown, spreadsheet_safe};
use crate::store::time;
use crate::tr;

/// The messages of the column headings, in order.
pub const HEADINGS: [&str; 17] = [
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
        for row in &report.rows {
            for (column, cell) in report.columns.iter().zip(&row.cells) {
                let p = &cell.progress;
                let note = if column.title.is_none() {
                    if column.current_version.is_none() {
                        tr!("report-csv-note-not-installed")
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
                let record = [
                    text(&row.learner.name),
                    text(row.learner.group.as_deref().unwrap_or("")),
                    text(&column.pack),
                    text(column.lesson.as_deref().unwrap_or("")),
                    text(&column.exercise),
                    text(column.title.as_deref().unwrap_or("")),
                    p.status.word(),
                    p.best_score.to_string(),
                    p.max_score.to_string(),
                    p.attempts.to_string(),
                    p.hints_used.to_string(),
                    if p.solution_viewed { &yes } else { &no }.clone(),
                    (p.time_spent_ms / 60_000).to_string(),
                    last,
                    text(cell.version.as_deref().unwrap_or("")),
                    text(column.current_version.as_deref().unwrap_or("")),
                    note,
                ];
                w.write_record(&record).expect("writing to memory");
            }
        }
        w.flush().expect("writing to memory");
    }
    out
}
