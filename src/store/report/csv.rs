//! The report as CSV, for Excel, LibreOffice and other spreadsheets.
//!
//! One row per learner and exercise (a "long" table): it filters, sorts and pivots well, and
//! its columns stay the same whatever the packs. UTF-8 with a byte-order mark, so Excel reads
//! accented names correctly; CRLF line ends; dates as `YYYY-MM-DD HH:MM:SS` in UTC, which both
//! spreadsheets read as dates. Text from learners and packs that starts like a formula gets a
//! leading apostrophe ([`super::spreadsheet_safe`]).

use super::{ClassReport, spreadsheet_safe};
use crate::store::time;

/// The column headings, in order.
pub const HEADINGS: [&str; 17] = [
    "Learner",
    "Group",
    "Pack",
    "Lesson",
    "Exercise",
    "Exercise title",
    "Status",
    "Best score",
    "Max score",
    "Attempts",
    "Hints used",
    "Solution viewed",
    "Minutes spent",
    "Last attempt (UTC)",
    "Pack version used",
    "Pack version now",
    "Note",
];

/// The report as CSV bytes, starting with a UTF-8 byte-order mark.
pub fn render(report: &ClassReport) -> Vec<u8> {
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(HEADINGS).expect("writing to memory");
        for row in &report.rows {
            for (column, cell) in report.columns.iter().zip(&row.cells) {
                let p = &cell.progress;
                let note = if column.title.is_none() {
                    if column.current_version.is_none() {
                        "pack not installed"
                    } else {
                        "no longer in the pack"
                    }
                } else if cell.older_version {
                    "older pack version"
                } else {
                    ""
                };
                let last = p
                    .last_attempt
                    .map(|at| time::rfc3339(at).replace('T', " ").replace('Z', ""))
                    .unwrap_or_default();
                let record = [
                    spreadsheet_safe(&row.learner.name).into_owned(),
                    spreadsheet_safe(row.learner.group.as_deref().unwrap_or("")).into_owned(),
                    spreadsheet_safe(&column.pack).into_owned(),
                    spreadsheet_safe(column.lesson.as_deref().unwrap_or("")).into_owned(),
                    spreadsheet_safe(&column.exercise).into_owned(),
                    spreadsheet_safe(column.title.as_deref().unwrap_or("")).into_owned(),
                    p.status.word().to_owned(),
                    p.best_score.to_string(),
                    p.max_score.to_string(),
                    p.attempts.to_string(),
                    p.hints_used.to_string(),
                    if p.solution_viewed { "yes" } else { "no" }.to_owned(),
                    (p.time_spent_ms / 60_000).to_string(),
                    last,
                    spreadsheet_safe(cell.version.as_deref().unwrap_or("")).into_owned(),
                    spreadsheet_safe(column.current_version.as_deref().unwrap_or("")).into_owned(),
                    note.to_owned(),
                ];
                w.write_record(&record).expect("writing to memory");
            }
        }
        w.flush().expect("writing to memory");
    }
    out
}
