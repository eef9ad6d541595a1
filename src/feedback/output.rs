//! Output tests in words: what was expected and what was printed, said honestly for the
//! test's match mode.
//!
//! Values are quoted, so punctuation in them cannot run into the sentence around them
//! ("expected "Hello,", ..."). A common slip is said as a plain sentence ([`super::slip`]);
//! otherwise the sentence names the first line that differs, and long lines are shortened
//! around the first difference, never over it. In the details, output is shown as lines,
//! labelled, one per line. Each match mode is worded for what it checks: a `contains` test
//! asks for text somewhere in the output and shows no line-by-line differences, a `regex`
//! test shows the pattern it looks for, and `exact`, `ignore-case` and `numbers` say what
//! they forgive or do not.

use super::slip;
use crate::marking::compare::{self, normal_lines};
use crate::marking::diff::{self, DiffKind};
use crate::pack::MatchMode;
use crate::safe_text;
use crate::tr;

/// The longest a quoted line may be in a sentence, in characters.
const WIDTH: usize = 60;
/// How much of a long line is kept before its first difference.
const BEFORE: usize = 20;

/// The sentence for a failed output test: "failed: the output should be "Hello, world!",
/// but your program printed "Hello world"."
pub fn outcome(mode: MatchMode, tolerance: f64, expected: &str, actual: &str) -> String {
    let e = normal_lines(expected);
    let a = normal_lines(actual);
    if let Some(found) = slip::find(mode, expected, actual) {
        // Which line, whenever there is more than one.
        let many_lines = e.len().max(a.len()) > 1;
        return tr!("outcome-slip", slip = slip::sentence(&found, many_lines));
    }
    match mode {
        MatchMode::Regex if a.is_empty() => return tr!("outcome-printed-nothing-plain"),
        MatchMode::Regex => return tr!("outcome-printed-pattern"),
        MatchMode::Contains => {
            return match e[..] {
                [line] => tr!("outcome-printed-contains", expected = quoted(line)),
                _ => tr!("outcome-printed-contains-lines"),
            };
        }
        _ => {}
    }
    if a.is_empty() {
        return match e[..] {
            [] => tr!("outcome-printed-nothing-plain"),
            [line] => tr!("outcome-printed-nothing", expected = quoted(line)),
            [first, ..] => tr!("outcome-printed-nothing-lines", expected = quoted(first)),
        };
    }
    let same = |x: &str, y: &str| compare::matches(mode, x, y, tolerance);
    let differs = (0..e.len().max(a.len())).find(|&i| match (e.get(i), a.get(i)) {
        (Some(x), Some(y)) => !same(x, y),
        _ => true,
    });
    let Some(i) = differs else {
        // Every line matches on its own, so only the ends of lines or the last new line
        // differ (an exact test); the slip above says so. Nothing else is honest to say.
        return tr!("outcome-failed");
    };
    match (e.get(i), a.get(i)) {
        (Some(x), Some(y)) => {
            let (x, y) = window(x, y);
            if e.len() == 1 && a.len() == 1 {
                tr!("outcome-printed", expected = x, actual = y)
            } else {
                tr!(
                    "outcome-printed-line",
                    line = i + 1,
                    expected = x,
                    actual = y
                )
            }
        }
        (Some(x), None) => tr!(
            "outcome-printed-line-missing",
            line = i + 1,
            expected = quoted(x)
        ),
        (None, Some(y)) => tr!(
            "outcome-printed-line-extra",
            line = i + 1,
            actual = quoted(y)
        ),
        (None, None) => tr!("outcome-failed"),
    }
}

/// The details of a failed output test: what was expected (or looked for), what was
/// printed, and the differences when no slip was named.
pub fn details(mode: MatchMode, tolerance: f64, expected: &str, actual: &str) -> String {
    let mut out = String::new();
    let label = match mode {
        MatchMode::Contains => "feedback-expected-contains",
        MatchMode::Regex => "feedback-expected-pattern",
        _ => "feedback-expected-output",
    };
    out.push_str(&format!("\n  {}\n", tr!(label)));
    let shown_expected = match mode {
        // A pattern is shown as written; output as the test compares it.
        MatchMode::Regex | MatchMode::Exact => expected.to_owned(),
        _ => normal_lines(expected).join("\n"),
    };
    out.push_str(&as_lines(&shown_expected, mode == MatchMode::Exact));
    out.push_str(&format!("\n  {}\n", tr!("feedback-actual-output")));
    if actual.is_empty() {
        out.push_str(&format!("    {}\n", tr!("feedback-nothing")));
    } else {
        out.push_str(&as_lines(actual, mode == MatchMode::Exact));
    }
    let note = match mode {
        MatchMode::Exact => Some(tr!("feedback-mode-exact")),
        MatchMode::IgnoreCase => Some(tr!("feedback-mode-ignore-case")),
        MatchMode::Numbers => Some(tr!("feedback-mode-numbers", tolerance = tolerance)),
        MatchMode::Lines | MatchMode::Contains | MatchMode::Regex => None,
    };
    if let Some(note) = note {
        out.push_str(&format!("\n  {note}\n"));
    }
    let line_by_line = matches!(
        mode,
        MatchMode::Lines | MatchMode::Exact | MatchMode::IgnoreCase | MatchMode::Numbers
    );
    let slipped = slip::find(mode, expected, actual).is_some();
    if line_by_line && !slipped && !actual.trim().is_empty() {
        out.push_str(&format!("\n  {}\n", tr!("feedback-differences")));
        for line in diff::lines(expected, actual, mode == MatchMode::Exact) {
            let mark = match line.kind {
                DiffKind::Same => ' ',
                DiffKind::Missing => '-',
                DiffKind::Extra => '+',
            };
            out.push_str(&format!("    {mark} {}\n", line.text));
        }
    }
    out
}

/// Text shown as lines, indented, made safe; trailing spaces made visible when they count.
fn as_lines(text: &str, exact: bool) -> String {
    let text = text.strip_suffix('\n').unwrap_or(text);
    let mut out = String::new();
    for line in text.split('\n') {
        let shown = if exact {
            diff::show_line(line)
        } else {
            safe_text::for_terminal(line.trim_end_matches('\r'))
        };
        if shown.is_empty() {
            out.push('\n');
        } else {
            out.push_str(&format!("    {shown}\n"));
        }
    }
    out
}

/// A line in the language's quotes, shortened if long.
fn quoted(line: &str) -> String {
    window(line, line).0
}

/// Two lines quoted, each shortened to the same window around their first difference when
/// either is long, so the part that differs is always shown.
pub fn window(expected: &str, actual: &str) -> (String, String) {
    let (e, a) = shortened(expected, actual);
    (
        tr!("feedback-quoted", text = e),
        tr!("feedback-quoted", text = a),
    )
}

/// [`window`] without the quotes, for Python values (which have their own).
pub fn shortened(expected: &str, actual: &str) -> (String, String) {
    let e: Vec<char> = expected.chars().collect();
    let a: Vec<char> = actual.chars().collect();
    let first = (0..e.len().min(a.len()))
        .find(|&i| e[i] != a[i])
        .unwrap_or(e.len().min(a.len()));
    let start = if e.len().max(a.len()) <= WIDTH {
        0
    } else {
        first.saturating_sub(BEFORE)
    };
    let cut = |cs: &[char]| -> String {
        let end = (start + WIDTH).min(cs.len());
        let middle: String = cs[start.min(cs.len())..end].iter().collect();
        format!(
            "{}{}{}",
            if start > 0 { "…" } else { "" },
            safe_text::for_terminal(&middle),
            if end < cs.len() { "…" } else { "" }
        )
    };
    (cut(&e), cut(&a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_quoted_so_punctuation_cannot_run_together() {
        let said = outcome(MatchMode::Lines, 0.0, "Hello, Sam\n", "Goodbye, Sam.\n");
        assert_eq!(
            said,
            "failed: the output should be \"Hello, Sam\", but your program printed \"Goodbye, Sam.\"."
        );
    }

    #[test]
    fn multi_line_output_names_the_line_and_is_never_joined() {
        let said = outcome(
            MatchMode::Lines,
            0.0,
            "one\ntwo\nthree\n",
            "one\n2\nthree\n",
        );
        assert_eq!(
            said,
            "failed: line 2 of the output should be \"two\", but your program printed \"2\"."
        );
        let shown = details(MatchMode::Lines, 0.0, "one\ntwo\n", "one\n2\n");
        assert!(!shown.contains('↵'), "{shown}");
        assert!(shown.contains("\n    one\n    two\n"), "{shown}");
        assert!(
            shown.contains("Your program printed:\n    one\n    2\n"),
            "{shown}"
        );
    }

    #[test]
    fn long_lines_keep_the_part_that_differs() {
        let start = "x".repeat(100);
        let (e, a) = window(
            &format!("{start} cat and more"),
            &format!("{start} dog and more"),
        );
        assert!(e.contains("cat") && a.contains("dog"), "{e} / {a}");
        assert!(e.starts_with("\"…") && a.starts_with("\"…"), "{e}");
        assert!(e.chars().count() <= WIDTH + 4, "{e}");
    }

    #[test]
    fn each_match_mode_is_worded_honestly() {
        let contains = outcome(MatchMode::Contains, 0.0, "total: 5", "total: 6\n");
        assert_eq!(
            contains,
            "failed: the output should include \"total: 5\", but it does not."
        );
        let shown = details(MatchMode::Contains, 0.0, "total: 5", "total: 6\n");
        assert!(shown.contains("The output should include:"), "{shown}");
        assert!(!shown.contains("Differences"), "{shown}");
        assert!(!shown.to_lowercase().contains("exact"), "{shown}");

        let regex = details(MatchMode::Regex, 0.0, "You rolled [1-6]", "You rolled 7\n");
        assert!(
            regex.contains("should fit this pattern:\n    You rolled [1-6]"),
            "{regex}"
        );
        assert!(!regex.contains("Differences"), "{regex}");
        assert_eq!(
            outcome(MatchMode::Regex, 0.0, "You rolled [1-6]", "You rolled 7\n"),
            "failed: the output is not in the form this test looks for."
        );

        let exact = outcome(MatchMode::Exact, 0.0, "hi\n", "hi");
        assert!(exact.contains("the new lines at the very end"), "{exact}");
        assert!(!exact.contains("newline"), "{exact}");
        let shown = details(MatchMode::Exact, 0.0, "hi \n", "hi\n");
        assert!(shown.contains("    hi·\n"), "{shown}");

        let numbers = details(MatchMode::Numbers, 0.01, "3.33\n", "3.5\n");
        assert!(numbers.contains("0.01"), "{numbers}");
        let ignore = details(MatchMode::IgnoreCase, 0.0, "Hello\n", "Help\n");
        assert!(ignore.contains("Capital letters do not matter"), "{ignore}");
        // Case is no slip in an ignore-case test: the line is quoted instead.
        assert_eq!(
            outcome(MatchMode::IgnoreCase, 0.0, "Hello\n", "Help\n"),
            "failed: the output should be \"Hello\", but your program printed \"Help\"."
        );
    }

    #[test]
    fn a_contains_test_names_a_slip_and_its_line() {
        let said = outcome(
            MatchMode::Contains,
            0.0,
            "It's my turn!",
            "Ready?\nIt's my turn\n",
        );
        assert_eq!(
            said,
            "failed. Look at line 2 of the output. There should be \"!\" at the end."
        );
    }

    #[test]
    fn a_slip_replaces_the_diff() {
        let said = outcome(MatchMode::Lines, 0.0, "Hello, world!\n", "hello, world!\n");
        assert_eq!(said, "failed. The first letter should be a capital \"H\".");
        let shown = details(MatchMode::Lines, 0.0, "Hello, world!\n", "hello, world!\n");
        assert!(!shown.contains("Differences"), "{shown}");
    }
}
