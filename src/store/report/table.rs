//! The report as a plain-text table for the terminal: one line per learner, then the
//! exercises where most learners are stuck. Plain characters only, so it reads the same in
//! a screen reader, a pipe or a printout.

use super::{ClassReport, plural};
use crate::store::time;

/// Pads `text` to `width` characters.
fn pad(text: &str, width: usize) -> String {
    let n = text.chars().count();
    format!("{text}{}", " ".repeat(width.saturating_sub(n)))
}

/// Lays out rows as columns separated by two spaces; numbers (columns in `right`) are
/// right-aligned.
fn layout(rows: &[Vec<String>], right: &[bool]) -> String {
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if right.get(i).copied().unwrap_or(false) {
                    let n = c.chars().count();
                    format!("{}{c}", " ".repeat(widths[i].saturating_sub(n)))
                } else {
                    pad(c, widths[i])
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

/// The report as text.
pub fn render(report: &ClassReport) -> String {
    let mut out = format!(
        "Class report for {}: {}.\nMade {}.\n\n",
        report.who(),
        report.summary(),
        time::minute(report.generated)
    );
    if report.rows.is_empty() {
        out.push_str("There are no learners to report on yet.\n");
        return out;
    }
    let header = [
        "Learner",
        "Group",
        "Passed",
        "Tried",
        "Not started",
        "Attempts",
        "Hints",
        "Solutions",
        "Time",
        "Last seen",
    ];
    let mut rows = vec![header.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>()];
    for row in &report.rows {
        let t = report.totals(row);
        rows.push(vec![
            row.learner.name.clone(),
            row.learner.group.clone().unwrap_or_default(),
            format!("{} of {}", t.passed, t.exercises()),
            t.tried.to_string(),
            t.not_started.to_string(),
            t.attempts.to_string(),
            t.hints.to_string(),
            t.solutions.to_string(),
            time::duration(t.time_spent_ms),
            time::day(row.learner.last_seen),
        ]);
    }
    let right = [
        false, false, true, true, true, true, true, true, true, false,
    ];
    out.push_str(&layout(&rows, &right));

    let stuck = report.stuck();
    out.push('\n');
    if stuck.is_empty() {
        out.push_str("Nobody is stuck: every exercise someone tried has been passed.\n");
    } else {
        out.push_str("Where learners are stuck (tried, not passed yet):\n");
        let mut rows = Vec::new();
        for s in stuck.iter().take(10) {
            let c = &report.columns[s.column];
            rows.push(vec![
                format!("  {}", plural(s.stuck, "learner", "learners")),
                c.full_id(),
                c.label().to_owned(),
                format!(
                    "({} passed, {}, {})",
                    s.passed,
                    plural(
                        usize::try_from(s.attempts).unwrap_or(usize::MAX),
                        "attempt",
                        "attempts"
                    ),
                    plural(
                        usize::try_from(s.hints).unwrap_or(usize::MAX),
                        "hint",
                        "hints"
                    )
                ),
            ]);
        }
        out.push_str(&layout(&rows, &[]));
    }
    let older = report.older_versions();
    if older > 0 {
        out.push_str(&format!(
            "\n{} made with an older version of a pack; the CSV and HTML reports show which.\n",
            plural(older, "result was", "results were")
        ));
    }
    out
}
