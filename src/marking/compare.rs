//! Comparing a program's output with the expected output, in each match mode.
//!
//! `lines` (the default) forgives what beginners cannot see: spaces at the ends of lines,
//! blank lines at the end, and Windows line endings. The other modes are documented in
//! `docs/lesson-packs.md`: `regex` must match the whole output (new lines at its end
//! forgiven), and its `.` matches any character but a new line, as the docs say; `numbers`
//! uses a [`Tolerance`], absolute near zero and relative for large numbers.

use crate::pack::{MatchMode, Tolerance};

/// Lines with trailing spaces removed, `\r\n` treated as `\n`, trailing blank lines dropped.
pub fn normal_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l).trim_end())
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Does `actual` match `expected` under `mode`?
pub fn matches(mode: MatchMode, expected: &str, actual: &str, tolerance: Tolerance) -> bool {
    match mode {
        MatchMode::Exact => expected == actual,
        MatchMode::Lines => normal_lines(expected) == normal_lines(actual),
        MatchMode::IgnoreCase => {
            let e: Vec<String> = normal_lines(expected)
                .iter()
                .map(|l| l.to_lowercase())
                .collect();
            let a: Vec<String> = normal_lines(actual)
                .iter()
                .map(|l| l.to_lowercase())
                .collect();
            e == a
        }
        MatchMode::Contains => {
            let e = normal_lines(expected).join("\n");
            let a = normal_lines(actual).join("\n");
            a.contains(&e)
        }
        MatchMode::Regex => regex::Regex::new(&format!("^(?:{expected})$"))
            .map(|re| re.is_match(actual) || re.is_match(actual.trim_end_matches(['\n', '\r'])))
            .unwrap_or(false),
        MatchMode::Numbers => numbers_match(expected, actual, tolerance),
    }
}

/// Like `lines`, but words that are numbers need only be within `tolerance` of each other
/// (`tolerance.allows(actual, expected)`).
fn numbers_match(expected: &str, actual: &str, tolerance: Tolerance) -> bool {
    let e = normal_lines(expected);
    let a = normal_lines(actual);
    if e.len() != a.len() {
        return false;
    }
    e.iter().zip(a.iter()).all(|(el, al)| {
        let ew: Vec<&str> = el.split_whitespace().collect();
        let aw: Vec<&str> = al.split_whitespace().collect();
        ew.len() == aw.len()
            && ew
                .iter()
                .zip(aw.iter())
                .all(|(x, y)| words_match(x, y, tolerance))
    })
}

fn words_match(expected: &str, actual: &str, tolerance: Tolerance) -> bool {
    if expected == actual {
        return true;
    }
    // Allow punctuation stuck to a number, e.g. "£3.50," or "(2.5)".
    let strip = |w: &str| -> (String, String, String) {
        let start = w
            .find(|c: char| c.is_ascii_digit() || c == '-' || c == '.')
            .unwrap_or(w.len());
        let end = w
            .rfind(|c: char| c.is_ascii_digit() || c == '.')
            .map(|i| i + 1)
            .unwrap_or(start)
            .max(start);
        (
            w[..start].to_owned(),
            w[start..end].to_owned(),
            w[end..].to_owned(),
        )
    };
    let (ep, en, es) = strip(expected);
    let (ap, an, as_) = strip(actual);
    match (en.parse::<f64>(), an.parse::<f64>()) {
        (Ok(x), Ok(y)) => ep == ap && es == as_ && tolerance.allows(y, x),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An absolute tolerance only, as `numbers` tests had before `relative_tolerance`.
    fn abs(absolute: f64) -> Tolerance {
        Tolerance {
            absolute,
            relative: 0.0,
        }
    }

    #[test]
    fn lines_forgive_trailing_space_blank_lines_and_crlf() {
        assert!(matches(
            MatchMode::Lines,
            "a\nb\n",
            "a  \r\nb\n\n\n",
            abs(0.0)
        ));
        assert!(!matches(MatchMode::Lines, "a\nb\n", "a\n\nb\n", abs(0.0)));
        assert!(!matches(MatchMode::Lines, "a b", "a  b", abs(0.0)));
    }

    #[test]
    fn exact_is_exact() {
        assert!(matches(MatchMode::Exact, "a\n", "a\n", abs(0.0)));
        assert!(!matches(MatchMode::Exact, "a\n", "a", abs(0.0)));
    }

    #[test]
    fn ignore_case() {
        assert!(matches(MatchMode::IgnoreCase, "Hello\n", "HELLO", abs(0.0)));
    }

    #[test]
    fn contains() {
        assert!(matches(
            MatchMode::Contains,
            "total: 5",
            "x\ntotal: 5\ny\n",
            abs(0.0)
        ));
        assert!(!matches(
            MatchMode::Contains,
            "total: 6",
            "total: 5\n",
            abs(0.0)
        ));
    }

    #[test]
    fn regex_matches_whole_output() {
        assert!(matches(
            MatchMode::Regex,
            r"You rolled [1-6]",
            "You rolled 4\n",
            abs(0.0)
        ));
        assert!(!matches(
            MatchMode::Regex,
            r"You rolled [1-6]",
            "You rolled 7\n",
            abs(0.0)
        ));
    }

    #[test]
    fn regex_dot_matches_anything_but_a_new_line() {
        let any = Tolerance::default();
        assert!(matches(MatchMode::Regex, "a.c", "abc\n", any));
        assert!(!matches(MatchMode::Regex, "a.c", "a\nc\n", any));
        assert!(matches(MatchMode::Regex, r"a\nc", "a\nc\n", any));
        assert!(matches(MatchMode::Regex, "(?s)a.c", "a\nc", any));
        // The whole output, not a part of it.
        assert!(!matches(MatchMode::Regex, r"\d", "You rolled 4\n", any));
        assert!(!matches(MatchMode::Regex, "rolled", "You rolled 4\n", any));
    }

    #[test]
    fn large_numbers_may_differ_in_their_last_digits() {
        let default = Tolerance {
            absolute: 0.001,
            relative: 1e-9,
        };
        assert!(matches(
            MatchMode::Numbers,
            "Avogadro: 6.02214076e23\n",
            "Avogadro: 6.022140760000001e+23\n",
            default
        ));
        assert!(!matches(
            MatchMode::Numbers,
            "Avogadro: 6.02214076e23\n",
            "Avogadro: 6.03e23\n",
            default
        ));
        assert!(!matches(
            MatchMode::Numbers,
            "1000000\n",
            "1000001\n",
            default
        ));
    }

    #[test]
    fn numbers_within_tolerance() {
        assert!(matches(
            MatchMode::Numbers,
            "Total: £3.33\n",
            "Total: £3.3333\n",
            abs(0.01)
        ));
        assert!(!matches(
            MatchMode::Numbers,
            "Total: 3.33\n",
            "Total: 3.5\n",
            abs(0.01)
        ));
        assert!(!matches(
            MatchMode::Numbers,
            "Total: 3\n",
            "Sum: 3\n",
            abs(0.01)
        ));
        assert!(matches(
            MatchMode::Numbers,
            "(2.5, -1)\n",
            "(2.50001, -1.0)\n",
            abs(0.001)
        ));
    }
}
