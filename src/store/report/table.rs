//! The report as a plain-text table for the terminal: one line per learner, then the
//! exercises where most learners are stuck. Plain characters only, so it reads the same in
//! a screen reader, a pipe or a printout. Columns are lined up by what the terminal shows
//! (display width), so accented names and longer words in other languages stay aligned.
//! Names and ids are shown through [`super::shown`]: they cannot act on the terminal.
//! Marks are totalled per learner (score of the most possible, and a percentage) and per
//! learner per lesson (a grid with the lessons numbered, and a key to the numbers below it).

use unicode_width::UnicodeWidthStr;

use super::{ClassReport, learner_label, shown};
use crate::store::time;
use crate::text::pad;
use crate::tr;

/// Lays out rows as columns separated by two spaces; numbers (columns in `right`) are
/// right-aligned. Widths are display widths.
pub(crate) fn layout(rows: &[Vec<String>], right: &[bool]) -> String {
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|i| rows.iter().map(|r| r[i].width()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if right.get(i).copied().unwrap_or(false) {
                    format!("{}{c}", " ".repeat(widths[i].saturating_sub(c.width())))
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
        "{}\n{}\n\n",
        report.heading("report-table-title-all", "report-table-title-group"),
        tr!("report-table-made", time = time::minute(report.generated))
    );
    if report.rows.is_empty() {
        out.push_str(&tr!("report-no-learners"));
        out.push('\n');
        return out;
    }
    let header = [
        "report-col-learner",
        "report-col-group",
        "report-col-passed",
        "report-col-tried",
        "report-col-not-started",
        "report-col-score",
        "report-col-percent",
        "report-col-attempts",
        "report-col-hints",
        "report-col-solutions",
        "report-col-time",
        "report-col-last-seen",
    ];
    let mut rows = vec![header.iter().map(|key| tr!(*key)).collect::<Vec<_>>()];
    for row in &report.rows {
        let t = report.totals(row);
        rows.push(vec![
            shown(&row.learner.name),
            shown(row.learner.group.as_deref().unwrap_or_default()),
            t.passed_of(),
            t.tried.to_string(),
            t.not_started.to_string(),
            t.score_of(),
            t.percent_text(),
            t.attempts.to_string(),
            t.hints.to_string(),
            t.solutions.to_string(),
            t.time(),
            time::day(row.learner.last_seen),
        ]);
    }
    let right = [
        false, false, true, true, true, true, true, true, true, true, true, false,
    ];
    out.push_str(&layout(&rows, &right));
    lessons(&mut out, report);

    let stuck = report.stuck();
    out.push('\n');
    if stuck.is_empty() {
        out.push_str(&report.nobody_stuck_message());
        out.push('\n');
    } else {
        out.push_str(&tr!("report-table-stuck-heading"));
        out.push('\n');
        let mut rows = Vec::new();
        for s in stuck.iter().take(10) {
            let c = &report.columns[s.column];
            rows.push(vec![
                format!("  {}", tr!("report-learners", count = s.stuck)),
                shown(&c.full_id()),
                shown(c.label()),
                tr!(
                    "report-table-stuck-detail",
                    passed = s.passed,
                    attempts = s.attempts,
                    hints = s.hints
                ),
            ]);
        }
        // Each exercise's line, then who is stuck on it, on a line of its own (a class's
        // names would make the columns far too wide).
        let lines = layout(&rows, &[]);
        for (line, s) in lines.lines().zip(stuck.iter()) {
            out.push_str(line);
            out.push('\n');
            out.push_str("      ");
            out.push_str(&shown(&tr!(
                "report-table-stuck-who",
                names = report.stuck_names(s)
            )));
            out.push('\n');
        }
    }
    for note in report.missing_pack_notes() {
        out.push('\n');
        out.push_str(&shown(&note));
        out.push('\n');
    }
    let older = report.older_versions();
    if older > 0 {
        out.push('\n');
        out.push_str(&tr!("report-table-older", count = older));
        out.push('\n');
    }
    out
}

/// Marks per learner per lesson: a grid with the lessons numbered (`1`, `2`...) so it stays
/// narrow, then a key from each number to its lesson and pack. Each cell is "score of most
/// (percent)"; a lesson with nothing to score (exercises no longer in their pack) is left out.
fn lessons(out: &mut String, report: &ClassReport) {
    let spans: Vec<_> = report
        .lessons()
        .into_iter()
        .filter(|l| {
            report.columns[l.columns.clone()]
                .iter()
                .any(|c| c.max_score.is_some())
        })
        .collect();
    if spans.is_empty() {
        return;
    }
    out.push('\n');
    out.push_str(&tr!("report-table-lessons-heading"));
    out.push('\n');
    let mut header = vec![tr!("report-col-learner")];
    header.extend((1..=spans.len()).map(|n| n.to_string()));
    let mut rows = vec![header];
    for row in &report.rows {
        let mut line = vec![shown(&learner_label(&row.learner))];
        for l in &spans {
            let t = report.totals_in(row, l.columns.clone());
            line.push(match t.percent() {
                Some(_) => tr!(
                    "report-table-lesson-cell",
                    score = t.score_of(),
                    percent = t.percent_text()
                ),
                None => super::UNKNOWN.to_owned(),
            });
        }
        rows.push(line);
    }
    let mut right = vec![false];
    right.extend(spans.iter().map(|_| true));
    out.push_str(&layout(&rows, &right));
    for (n, l) in spans.iter().enumerate() {
        out.push_str("  ");
        out.push_str(&shown(&tr!(
            "report-table-lesson-key",
            number = n + 1,
            lesson = l.title.as_str(),
            pack = l.pack_title.as_str()
        )));
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_line_up_by_what_the_terminal_shows() {
        let rows: Vec<Vec<String>> = [
            ["Dysgwr", "Grŵp", "Amser"],
            // A decomposed â (a + combining circumflex) takes one column, Chinese two each.
            ["Sia\u{302}n", "7B", "4 munud"],
            ["李雷", "7C", "10 munud"],
        ]
        .iter()
        .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
        .collect();
        let text = layout(&rows, &[false, false, true]);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "Dysgwr  Grŵp     Amser");
        assert_eq!(lines[1], "Sia\u{302}n    7B     4 munud");
        assert_eq!(lines[2], "李雷    7C    10 munud");
    }
}
