//! Output tests in words: what was expected and what was printed, said honestly for the
//! test's match mode.
//!
//! Values are quoted, so punctuation in them cannot run into the sentence around them
//! ("expected "Hello,", ..."). A common slip is said as a plain sentence ([`super::slip`]);
//! otherwise the sentence names the first line that differs, and long lines are shortened
//! around the first difference, never over it. In the details, output is shown as lines,
//! labelled, one per line. Each match mode is worded for what it checks: a `contains` test
//! asks for text somewhere in the output and shows no line-by-line differences, a `regex`
//! test never shows its pattern (a learner is not expected to read one) but the author's
//! `expect_description`, or else the test's name ([`pattern_outcome`], [`pattern_details`]),
//! and `exact`, `ignore-case` and `numbers` say what they forgive or do not.

use super::slip;
use crate::marking::compare::{self, normal_lines};
use crate::marking::diff::{self, DiffKind};
use crate::pack::{MatchMode, Tolerance};
use crate::safe_text;
use crate::tr;

/// The longest a quoted line may be in a sentence, in characters.
const WIDTH: usize = 60;
/// How much of a long line is kept before its first difference.
const BEFORE: usize = 20;

/// The sentence for a failed output test: "failed: the output should be "Hello, world!",
/// but your program printed "Hello world"."
pub fn outcome(mode: MatchMode, tolerance: Tolerance, expected: &str, actual: &str) -> String {
    let e = normal_lines(expected);
    let a = normal_lines(actual);
    if let Some(found) = slip::find(mode, expected, actual) {
        // Which line, whenever there is more than one.
        let many_lines = e.len().max(a.len()) > 1;
        return tr!("outcome-slip", slip = slip::sentence(&found, many_lines));
    }
    if mode == MatchMode::Contains {
        return match e[..] {
            [line] => tr!("outcome-printed-contains", expected = quoted(line)),
            _ => tr!("outcome-printed-contains-lines"),
        };
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

/// The sentence for a failed regex test: what the output should be, in the author's words
/// (`expect_description`), or else the test's name. Never the pattern.
pub fn pattern_outcome(description: Option<&str>, name: &str, actual: &str) -> String {
    if normal_lines(actual).is_empty() {
        return tr!("outcome-printed-nothing-plain");
    }
    match description {
        Some(d) => tr!(
            "outcome-printed-described",
            description = safe_text::for_terminal(d)
        ),
        None => tr!(
            "outcome-printed-unlike",
            name = safe_text::for_terminal(name)
        ),
    }
}

/// The details of a failed regex test: the author's description of the output, when there
/// is one, and what was printed.
pub fn pattern_details(description: Option<&str>, actual: &str) -> String {
    let mut out = String::new();
    if let Some(d) = description {
        out.push_str(&format!("\n  {}\n", tr!("feedback-expected-described")));
        out.push_str(&as_lines(d, false));
    }
    out.push_str(&format!("\n  {}\n", tr!("feedback-actual-output")));
    if actual.is_empty() {
        out.push_str(&format!("    {}\n", tr!("feedback-nothing")));
    } else {
        out.push_str(&as_lines(actual, false));
    }
    out
}

/// The details of a failed output test: what was expected (or looked for), what was
/// printed, and the differences when no slip was named.
pub fn details(mode: MatchMode, tolerance: Tolerance, expected: &str, actual: &str) -> String {
    let mut out = String::new();
    let label = match mode {
        MatchMode::Contains => "feedback-expected-contains",
        _ => "feedback-expected-output",
    };
    out.push_str(&format!("\n  {}\n", tr!(label)));
    let shown_expected = match mode {
        // Output as the test compares it.
        MatchMode::Exact => expected.to_owned(),
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
        MatchMode::Numbers if tolerance.relative > crate::pack::schema::RELATIVE_TOLERANCE => {
            Some(tr!(
                "feedback-mode-numbers-relative",
                tolerance = tolerance.absolute,
                percent = tolerance.relative * 100.0
            ))
        }
        MatchMode::Numbers => Some(tr!("feedback-mode-numbers", tolerance = tolerance.absolute)),
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

    /// An absolute tolerance only.
    fn tol(absolute: f64) -> Tolerance {
        Tolerance {
            absolute,
            relative: 0.0,
        }
    }

    #[test]
    fn values_are_quoted_so_punctuation_cannot_run_together() {
        let said = outcome(
            MatchMode::Lines,
            tol(0.0),
            "Hello, Sam\n",
            "Goodbye, Sam.\n",
        );
        assert_eq!(
            said,
            "failed: the output should be \"Hello, Sam\", but your program printed \"Goodbye, Sam.\"."
        );
    }

    #[test]
    fn multi_line_output_names_the_line_and_is_never_joined() {
        let said = outcome(
            MatchMode::Lines,
            tol(0.0),
            "one\ntwo\nthree\n",
            "one\n2\nthree\n",
        );
        assert_eq!(
            said,
            "failed: line 2 of the output should be \"two\", but your program printed \"2\"."
        );
        let shown = details(MatchMode::Lines, tol(0.0), "one\ntwo\n", "one\n2\n");
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
        let contains = outcome(MatchMode::Contains, tol(0.0), "total: 5", "total: 6\n");
        assert_eq!(
            contains,
            "failed: the output should include \"total: 5\", but it does not."
        );
        let shown = details(MatchMode::Contains, tol(0.0), "total: 5", "total: 6\n");
        assert!(shown.contains("The output should include:"), "{shown}");
        assert!(!shown.contains("Differences"), "{shown}");
        assert!(!shown.to_lowercase().contains("exact"), "{shown}");

        // A regex test never shows its pattern: the author's description, or its name.
        let said = pattern_outcome(
            Some("a number from 1 to 6"),
            "rolls a die",
            "You rolled 7\n",
        );
        assert_eq!(said, "failed: the output should be a number from 1 to 6.");
        let said = pattern_outcome(None, "rolls a die", "You rolled 7\n");
        assert_eq!(
            said,
            "failed: the output is not what the test \"rolls a die\" looks for."
        );
        let shown = pattern_details(
            Some("You rolled, then a number from 1 to 6"),
            "You rolled 7\n",
        );
        assert!(
            shown.contains("The output should be:\n    You rolled, then a number from 1 to 6\n"),
            "{shown}"
        );
        assert!(
            shown.contains("Your program printed:\n    You rolled 7\n"),
            "{shown}"
        );
        assert!(
            !shown.contains("pattern") && !shown.contains("Differences"),
            "{shown}"
        );
        assert!(!pattern_details(None, "x\n").contains("should be"));

        let exact = outcome(MatchMode::Exact, tol(0.0), "hi\n", "hi");
        assert!(exact.contains("the new lines at the very end"), "{exact}");
        assert!(!exact.contains("newline"), "{exact}");
        let shown = details(MatchMode::Exact, tol(0.0), "hi \n", "hi\n");
        assert!(shown.contains("    hi·\n"), "{shown}");

        let numbers = details(MatchMode::Numbers, tol(0.01), "3.33\n", "3.5\n");
        assert!(numbers.contains("0.01"), "{numbers}");
        let relative = Tolerance {
            absolute: 0.01,
            relative: 0.05,
        };
        let numbers = details(MatchMode::Numbers, relative, "3.33\n", "3.5\n");
        assert!(
            numbers.contains("0.01") && numbers.contains("5%"),
            "{numbers}"
        );
        let ignore = details(MatchMode::IgnoreCase, tol(0.0), "Hello\n", "Help\n");
        assert!(ignore.contains("Capital letters do not matter"), "{ignore}");
        // Case is no slip in an ignore-case test: the line is quoted instead.
        assert_eq!(
            outcome(MatchMode::IgnoreCase, tol(0.0), "Hello\n", "Help\n"),
            "failed: the output should be \"Hello\", but your program printed \"Help\"."
        );
    }

    #[test]
    fn a_contains_test_names_a_slip_and_its_line() {
        let said = outcome(
            MatchMode::Contains,
            tol(0.0),
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
        let said = outcome(
            MatchMode::Lines,
            tol(0.0),
            "Hello, world!\n",
            "hello, world!\n",
        );
        assert_eq!(said, "failed. The first letter should be a capital \"H\".");
        let shown = details(
            MatchMode::Lines,
            tol(0.0),
            "Hello, world!\n",
            "hello, world!\n",
        );
        assert!(!shown.contains("Differences"), "{shown}");
    }
}
