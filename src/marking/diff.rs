//! Differences between expected and actual output, line by line.
//!
//! Uses the `similar` crate. Lines are compared as the test compares them: when spaces at
//! the ends of lines and blank lines at the end are forgiven, they are not shown as
//! differences either. When they count (an `exact` test), trailing spaces and tabs are made
//! visible, because "it looks the same to me" is the most common confusion when output does
//! not match; a missing final new line is said in a sentence, not in diff jargon.

use similar::{ChangeTag, TextDiff};

use super::compare::normal_lines;
use crate::safe_text;

/// What a line of a diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffKind {
    /// In both.
    Same,
    /// Expected, but the program did not print it.
    Missing,
    /// Printed by the program, but not expected.
    Extra,
}

/// One line of a diff, with whitespace made visible.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DiffLine {
    pub kind: DiffKind,
    pub text: String,
}

/// A line diff of `expected` against `actual`. `exact`: every space counts, so trailing
/// spaces and blank lines at the end are compared (and shown) too.
pub fn lines(expected: &str, actual: &str, exact: bool) -> Vec<DiffLine> {
    fn split(text: &str, exact: bool) -> Vec<&str> {
        if exact {
            let text = text.strip_suffix('\n').unwrap_or(text);
            text.split('\n').collect()
        } else {
            normal_lines(text)
        }
    }
    let (e, a) = (split(expected, exact), split(actual, exact));
    let diff = TextDiff::from_slices(&e, &a);
    diff.iter_all_changes()
        .map(|change| DiffLine {
            kind: match change.tag() {
                ChangeTag::Equal => DiffKind::Same,
                ChangeTag::Delete => DiffKind::Missing,
                ChangeTag::Insert => DiffKind::Extra,
            },
            text: show_line(change.value()),
        })
        .collect()
}

/// A line with trailing spaces and tabs shown (`·`, `→`) and control characters made safe.
pub fn show_line(line: &str) -> String {
    let line = line.strip_suffix('\r').unwrap_or(line);
    let trimmed = line.trim_end_matches([' ', '\t']);
    let trailing = &line[trimmed.len()..];
    let mut s = safe_text::for_terminal(trimmed).replace('\t', "→");
    s.push_str(&safe_text::visible_whitespace(trailing));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_and_extra_lines() {
        let d = lines("a\nb\n", "a\nc\n", false);
        assert_eq!(
            d,
            vec![
                DiffLine {
                    kind: DiffKind::Same,
                    text: "a".into()
                },
                DiffLine {
                    kind: DiffKind::Missing,
                    text: "b".into()
                },
                DiffLine {
                    kind: DiffKind::Extra,
                    text: "c".into()
                },
            ]
        );
    }

    #[test]
    fn forgiven_differences_are_not_shown_and_there_is_no_jargon() {
        // A `lines` test forgives trailing spaces and a missing final new line: no diff.
        assert!(
            lines("hi\n", "hi  ", false)
                .iter()
                .all(|l| l.kind == DiffKind::Same)
        );
        // An exact test shows the trailing space, and never "(no newline at the end)".
        let d = lines("hi\n", "hi ", true);
        assert_eq!(
            d,
            vec![
                DiffLine {
                    kind: DiffKind::Missing,
                    text: "hi".into()
                },
                DiffLine {
                    kind: DiffKind::Extra,
                    text: "hi·".into()
                },
            ]
        );
        assert!(d.iter().all(|l| !l.text.contains("newline")));
    }

    #[test]
    fn escapes_are_made_safe() {
        assert_eq!(show_line("\u{1b}[31mred"), "␛[31mred");
    }
}
