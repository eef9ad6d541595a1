//! Differences between expected and actual output, line by line.
//!
//! Uses the `similar` crate. Whitespace a learner cannot see (trailing spaces, tabs, a
//! missing final newline) is made visible, because "it looks the same to me" is the most
//! common confusion when output does not match.

use similar::{ChangeTag, TextDiff};

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

/// Note added when one side lacks a final newline.
pub const NO_NEWLINE: &str = "(no newline at the end)";

/// A line diff of `expected` against `actual`.
pub fn lines(expected: &str, actual: &str) -> Vec<DiffLine> {
    let diff = TextDiff::from_lines(expected, actual);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => DiffKind::Same,
            ChangeTag::Delete => DiffKind::Missing,
            ChangeTag::Insert => DiffKind::Extra,
        };
        let raw = change.value();
        let (body, newline) = match raw.strip_suffix('\n') {
            Some(b) => (b, true),
            None => (raw, false),
        };
        let mut text = show_line(body);
        if !newline && kind != DiffKind::Same {
            text.push(' ');
            text.push_str(NO_NEWLINE);
        }
        out.push(DiffLine { kind, text });
    }
    out
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
        let d = lines("a\nb\n", "a\nc\n");
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
    fn trailing_space_and_missing_newline_are_visible() {
        let d = lines("hi\n", "hi ");
        assert_eq!(
            d[0],
            DiffLine {
                kind: DiffKind::Missing,
                text: "hi".into()
            }
        );
        assert_eq!(
            d[1],
            DiffLine {
                kind: DiffKind::Extra,
                text: format!("hi· {NO_NEWLINE}")
            }
        );
    }

    #[test]
    fn escapes_are_made_safe() {
        assert_eq!(show_line("\u{1b}[31mred"), "␛[31mred");
    }
}
