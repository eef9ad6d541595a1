//! The common slips in a program's output, found and put into one plain sentence.
//!
//! "Expected Hello, world!, your program printed hello, world!" reads, to a screen reader and
//! to a tired twelve-year-old, as the same sentence twice. When output differs from what was
//! expected in one of the ways beginners most often slip (a capital letter, a space, a `!` at
//! the end, a missing or extra line, lines in the wrong order, a list printed with its
//! brackets and quotes), [`find`] names the slip and the spot, and [`sentence`] says it in
//! the learner's language. Anything else is left to the line-by-line differences. Detection
//! is pure (no words), so the table of cases in the tests below is the whole specification,
//! including outputs that must *not* be called a slip.

use crate::marking::compare::normal_lines;
use crate::pack::MatchMode;
use crate::safe_text;
use crate::tr;

/// One slip, and where it is. `line` is the 1-based line of the output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Slip {
    /// One letter has the wrong case. `first`: it is the first letter of the line.
    Case {
        line: usize,
        first: bool,
        capital: bool,
        letter: char,
        expected_word: String,
        actual_word: String,
    },
    /// Several letters have the wrong case, and nothing else differs.
    Cases { line: usize, expected: String },
    /// A space is missing after `after` (empty: at the start of the line).
    SpaceMissing { line: usize, after: String },
    /// A space should not be there, after `after` (empty: at the start of the line).
    SpaceExtra { line: usize, after: String },
    /// Two or more spaces where there should be one.
    SpaceDouble { line: usize, after: String },
    /// Punctuation missing from the end of the line.
    EndMissing { line: usize, mark: String },
    /// Punctuation at the end of the line that should not be there.
    EndExtra { line: usize, mark: String },
    /// A whole line (possibly blank) is missing.
    LineMissing { line: usize, text: String },
    /// A whole line (possibly blank) should not be there.
    LineExtra { line: usize, text: String },
    /// All the lines are there, in another order: `line` should be `text`.
    Order { line: usize, text: String },
    /// A list or tuple printed as Python shows it (`['a', 'b']`) instead of its items;
    /// `one_per_line`: the items should each be on a line of their own.
    Brackets {
        expected: String,
        one_per_line: bool,
    },
    /// Text printed with quotes around it (`'hello'`).
    Quotes { expected: String },
    /// Spaces at the end of a line differ (`extra`: there are spaces that should not be
    /// there), and the test compares exactly.
    EndSpace { line: usize, extra: bool },
    /// Only blank lines at the end or the final new line differ, and the test compares
    /// exactly.
    Invisible,
}

impl Slip {
    /// The line of the output the slip is on, when it is on one line.
    fn on_line(&self) -> Option<usize> {
        match self {
            Slip::Case { line, .. }
            | Slip::Cases { line, .. }
            | Slip::SpaceMissing { line, .. }
            | Slip::SpaceExtra { line, .. }
            | Slip::SpaceDouble { line, .. }
            | Slip::EndMissing { line, .. }
            | Slip::EndExtra { line, .. } => Some(*line),
            _ => None,
        }
    }
}

/// Punctuation that may end a line.
const END_MARKS: &[char] = &['!', '.', '?', ',', ':', ';'];

/// The slip that explains why `actual` does not match `expected` under `mode`, if it is one
/// of the common ones. A `contains` test looks for the slip in the lines where the expected
/// text nearly is; `regex` and `numbers` tests have no slips.
pub fn find(mode: MatchMode, expected: &str, actual: &str) -> Option<Slip> {
    let fold = match mode {
        MatchMode::Lines | MatchMode::Exact => false,
        MatchMode::IgnoreCase => true,
        MatchMode::Contains => return contains_slip(expected, actual),
        MatchMode::Regex | MatchMode::Numbers => return None,
    };
    let owned = |text: &str| -> Vec<String> {
        normal_lines(text)
            .into_iter()
            .map(|l| if fold { l.to_lowercase() } else { l.to_owned() })
            .collect()
    };
    let (e, a) = (owned(expected), owned(actual));
    // What the learner sees is quoted as written, even when case was ignored to compare.
    let (eo, ao) = (normal_lines(expected), normal_lines(actual));
    if a.is_empty() && !e.is_empty() {
        // Printing nothing is said plainly elsewhere.
        return None;
    }
    if e == a {
        return (mode == MatchMode::Exact && expected != actual)
            .then(|| end_space(expected, actual).unwrap_or(Slip::Invisible));
    }
    if a.len() == 1
        && e.len() > 1
        && let Some(items) = repr_items(&a[0])
        && items == e
    {
        return Some(Slip::Brackets {
            expected: eo.join(" "),
            one_per_line: true,
        });
    }
    if e.len() == a.len() {
        let differ: Vec<usize> = (0..e.len()).filter(|&i| e[i] != a[i]).collect();
        if let [i] = differ[..] {
            return line_slip(i + 1, eo[i], ao[i], eo[i])
                .filter(|slip| !matches!(slip, Slip::Case { .. } | Slip::Cases { .. }))
                .or_else(|| line_slip(i + 1, &e[i], &a[i], eo[i]));
        }
        let (mut se, mut sa) = (e.clone(), a.clone());
        se.sort();
        sa.sort();
        return (se == sa).then(|| Slip::Order {
            line: differ[0] + 1,
            text: eo[differ[0]].to_owned(),
        });
    }
    if e.len() == a.len() + 1 {
        return one_removed(&e, &a).map(|i| Slip::LineMissing {
            line: i + 1,
            text: eo[i].to_owned(),
        });
    }
    if a.len() == e.len() + 1 {
        return one_removed(&a, &e).map(|i| Slip::LineExtra {
            line: i + 1,
            text: ao[i].to_owned(),
        });
    }
    None
}

/// For a `contains` test: a slip in one line of a run of output lines that is otherwise the
/// expected text, or (for one expected line) the expected text found inside a line with
/// only capital letters different.
fn contains_slip(expected: &str, actual: &str) -> Option<Slip> {
    let e = normal_lines(expected);
    let a = normal_lines(actual);
    if e.is_empty() || a.len() < e.len() {
        return None;
    }
    for k in 0..=a.len() - e.len() {
        let window = &a[k..k + e.len()];
        let differ: Vec<usize> = (0..e.len()).filter(|&i| e[i] != window[i]).collect();
        if let [i] = differ[..]
            && let Some(slip) = line_slip(k + i + 1, e[i], window[i], e[i])
        {
            return Some(slip);
        }
    }
    let [wanted] = e[..] else {
        return None;
    };
    let lower = wanted.to_lowercase();
    a.iter().enumerate().find_map(|(k, line)| {
        let folded = line.to_lowercase();
        let at = folded.find(&lower)?;
        // Only where lower case keeps every letter's place (so `at` is a place in `line`).
        let found = line.get(at..at + wanted.len())?;
        if folded.len() != line.len() || found.to_lowercase() != lower {
            return None;
        }
        match case_slip(k + 1, wanted, found)? {
            Slip::Case {
                line,
                capital,
                letter,
                expected_word,
                actual_word,
                first,
            } => Some(Slip::Case {
                line,
                first: first && no_letter_before(a[k], at),
                capital,
                letter,
                expected_word,
                actual_word,
            }),
            other => Some(other),
        }
    })
}

/// Is byte `at` of `line` before any letter (so a letter there is the line's first)?
fn no_letter_before(line: &str, at: usize) -> bool {
    !line[..at].chars().any(char::is_alphabetic)
}

/// The first line whose spaces at the end differ, for an exact test.
fn end_space(expected: &str, actual: &str) -> Option<Slip> {
    let e: Vec<&str> = expected.split('\n').collect();
    let a: Vec<&str> = actual.split('\n').collect();
    let i = (0..e.len().min(a.len())).find(|&i| e[i] != a[i])?;
    let (x, y) = (e[i].trim_end_matches('\r'), a[i].trim_end_matches('\r'));
    (x != y && x.trim_end() == y.trim_end()).then(|| Slip::EndSpace {
        line: i + 1,
        extra: y.len() > x.len(),
    })
}

/// The index of the one line of `longer` whose removal leaves `shorter`.
fn one_removed(longer: &[String], shorter: &[String]) -> Option<usize> {
    let i = (0..shorter.len())
        .find(|&i| longer[i] != shorter[i])
        .unwrap_or(shorter.len());
    (longer[i + 1..] == shorter[i..]).then_some(i)
}

/// The slip in one line, `line`, that differs; `shown` is the expected line as written
/// (`e` may have been folded to small letters to compare).
fn line_slip(line: usize, e: &str, a: &str, shown: &str) -> Option<Slip> {
    for quote in ['\'', '"'] {
        if let Some(inner) = a
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
            && inner == e
        {
            return Some(Slip::Quotes {
                expected: shown.to_owned(),
            });
        }
    }
    if let Some(items) = repr_items(a) {
        let words: Vec<&str> = e.split_whitespace().collect();
        if items == words || items.join(", ") == e || items.concat() == e {
            return Some(Slip::Brackets {
                expected: shown.to_owned(),
                one_per_line: false,
            });
        }
    }
    if let Some(slip) = case_slip(line, e, a) {
        return Some(slip);
    }
    if let Some(mark) = e.strip_prefix(a).filter(|m| is_end_mark(m)) {
        return Some(Slip::EndMissing {
            line,
            mark: mark.to_owned(),
        });
    }
    if let Some(mark) = a.strip_prefix(e).filter(|m| is_end_mark(m)) {
        return Some(Slip::EndExtra {
            line,
            mark: mark.to_owned(),
        });
    }
    space_slip(line, e, a)
}

fn is_end_mark(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| END_MARKS.contains(&c))
}

fn case_slip(line: usize, e: &str, a: &str) -> Option<Slip> {
    let ec: Vec<char> = e.chars().collect();
    let ac: Vec<char> = a.chars().collect();
    if ec.len() != ac.len() || e.to_lowercase() != a.to_lowercase() {
        return None;
    }
    let differ: Vec<usize> = (0..ec.len()).filter(|&i| ec[i] != ac[i]).collect();
    let [i] = differ[..] else {
        return Some(Slip::Cases {
            line,
            expected: e.to_owned(),
        });
    };
    let word = |cs: &[char]| -> String {
        let is_word = |c: &char| c.is_alphanumeric() || *c == '\'';
        let start = cs[..i]
            .iter()
            .rposition(|c| !is_word(c))
            .map_or(0, |p| p + 1);
        let end = cs[i..]
            .iter()
            .position(|c| !is_word(c))
            .map_or(cs.len(), |p| i + p);
        cs[start..end].iter().collect()
    };
    Some(Slip::Case {
        line,
        first: ec[..i].iter().all(|c| !c.is_alphabetic()),
        capital: ec[i].is_uppercase(),
        letter: ec[i],
        expected_word: word(&ec),
        actual_word: word(&ac),
    })
}

/// A slip in the spaces of a line: the first place where the spaces differ.
fn space_slip(line: usize, e: &str, a: &str) -> Option<Slip> {
    let squeeze = |s: &str| s.chars().filter(|c| *c != ' ').collect::<String>();
    if squeeze(e) != squeeze(a) {
        return None;
    }
    let ec: Vec<char> = e.chars().collect();
    let ac: Vec<char> = a.chars().collect();
    let at = (0..ec.len().min(ac.len()))
        .find(|&i| ec[i] != ac[i])
        .unwrap_or(ec.len().min(ac.len()));
    let after = before_spot(&ec[..at]);
    if ec.get(at) == Some(&' ') {
        Some(Slip::SpaceMissing { line, after })
    } else if at > 0 && ec[at - 1] == ' ' {
        Some(Slip::SpaceDouble { line, after })
    } else {
        Some(Slip::SpaceExtra { line, after })
    }
}

/// What comes just before a spot, to say where it is: the punctuation mark or word before
/// it (spaces skipped), or nothing at the start of the line.
fn before_spot(before: &[char]) -> String {
    let end = before.iter().rposition(|c| *c != ' ').map_or(0, |p| p + 1);
    let before = &before[..end];
    match before.last() {
        None => String::new(),
        Some(c) if !c.is_alphanumeric() => c.to_string(),
        Some(_) => {
            let start = before
                .iter()
                .rposition(|c| !c.is_alphanumeric())
                .map_or(0, |p| p + 1);
            before[start..].iter().collect()
        }
    }
}

/// The items of a list, tuple or set as Python prints it (`['a', 'b']`, `(1, 2)`), with
/// quotes taken off text; `None` if `line` does not look like one.
fn repr_items(line: &str) -> Option<Vec<String>> {
    let inner = [('[', ']'), ('(', ')'), ('{', '}')]
        .iter()
        .find_map(|(open, close)| line.strip_prefix(*open)?.strip_suffix(*close))?;
    let items: Vec<String> = inner
        .split(", ")
        .map(|item| {
            let item = item.trim();
            for quote in ['\'', '"'] {
                if let Some(text) = item.strip_prefix(quote).and_then(|i| i.strip_suffix(quote)) {
                    return text.to_owned();
                }
            }
            item.to_owned()
        })
        .collect();
    (!inner.trim().is_empty()).then_some(items)
}

/// The slip as one plain sentence, with the spot named. `many_lines`: the expected output
/// has more than one line, so the sentence says which.
pub fn sentence(slip: &Slip, many_lines: bool) -> String {
    let q = |s: &str| safe_text::for_terminal(s);
    let said = match slip {
        Slip::Case {
            first: true,
            capital,
            letter,
            ..
        } => tr!(
            if *capital {
                "slip-capital-first"
            } else {
                "slip-small-first"
            },
            letter = q(&letter.to_string())
        ),
        Slip::Case {
            capital,
            letter,
            expected_word,
            actual_word,
            ..
        } => tr!(
            if *capital {
                "slip-capital-word"
            } else {
                "slip-small-word"
            },
            letter = q(&letter.to_string()),
            expected = q(expected_word),
            actual = q(actual_word)
        ),
        Slip::Cases { expected, .. } => tr!("slip-capitals", expected = q(expected)),
        Slip::SpaceMissing { after, .. } if after.is_empty() => tr!("slip-space-missing-start"),
        Slip::SpaceMissing { after, .. } => tr!("slip-space-missing", after = place(after)),
        Slip::SpaceExtra { after, .. } if after.is_empty() => tr!("slip-space-extra-start"),
        Slip::SpaceExtra { after, .. } => tr!("slip-space-extra", after = place(after)),
        Slip::SpaceDouble { after, .. } => tr!("slip-space-double", after = place(after)),
        Slip::EndMissing { mark, .. } => tr!("slip-end-missing", mark = q(mark)),
        Slip::EndExtra { mark, .. } => tr!("slip-end-extra", mark = q(mark)),
        Slip::LineMissing { line, text } if text.is_empty() => {
            tr!("slip-blank-line-missing", line = *line)
        }
        Slip::LineMissing { line, text } => tr!("slip-line-missing", line = *line, text = q(text)),
        Slip::LineExtra { line, text } if text.is_empty() => {
            tr!("slip-blank-line-extra", line = *line)
        }
        Slip::LineExtra { line, text } => tr!("slip-line-extra", line = *line, text = q(text)),
        Slip::Order { line, text } => tr!("slip-order", line = *line, text = q(text)),
        Slip::Brackets {
            one_per_line: true, ..
        } => tr!("slip-brackets-lines"),
        Slip::Brackets { expected, .. } => tr!("slip-brackets", expected = q(expected)),
        Slip::Quotes { expected } => tr!("slip-quotes", expected = q(expected)),
        Slip::EndSpace { line, extra: true } => tr!("slip-end-space-extra", line = *line),
        Slip::EndSpace { line, extra: false } => tr!("slip-end-space-missing", line = *line),
        Slip::Invisible => tr!("slip-invisible"),
    };
    match slip.on_line() {
        Some(line) if many_lines => tr!("slip-on-line", line = line, slip = said),
        _ => said,
    }
}

/// Where a space slip is: "the comma", or the quoted word or mark before it.
fn place(after: &str) -> String {
    let key = match after {
        "," => "slip-after-comma",
        "." => "slip-after-full-stop",
        ":" => "slip-after-colon",
        _ => return tr!("slip-after-text", text = safe_text::for_terminal(after)),
    };
    crate::i18n::tr(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use MatchMode::{Contains, Exact, IgnoreCase, Lines, Numbers, Regex};

    fn case(line: usize, first: bool, capital: bool, letter: char, e: &str, a: &str) -> Slip {
        Slip::Case {
            line,
            first,
            capital,
            letter,
            expected_word: e.into(),
            actual_word: a.into(),
        }
    }

    #[test]
    fn each_common_slip_is_found_and_placed() {
        use Slip::*;
        let s = String::from;
        let missing = |line, after: &str| SpaceMissing {
            line,
            after: after.to_owned(),
        };
        let extra = |line, after: &str| SpaceExtra {
            line,
            after: after.to_owned(),
        };
        let double = |line, after: &str| SpaceDouble {
            line,
            after: after.to_owned(),
        };
        let brackets = |expected: &str, one_per_line| Brackets {
            expected: expected.to_owned(),
            one_per_line,
        };
        #[rustfmt::skip]
        let table: Vec<(MatchMode, &str, &str, Slip)> = vec![
            (Lines, "Hello, world!\n", "hello, world!\n", case(1, true, true, 'H', "Hello", "hello")),
            (Lines, "hello\n", "Hello\n", case(1, true, false, 'h', "hello", "Hello")),
            (Lines, "Hi\nGood morning, Sam\n", "Hi\nGood morning, sam\n", case(2, false, true, 'S', "Sam", "sam")),
            (Lines, "HELLO\n", "hello\n", Cases { line: 1, expected: s("HELLO") }),
            (Lines, "Hello, world!\n", "Hello,world!\n", missing(1, ",")),
            (Lines, "Total: 5\n", "Total:5\n", missing(1, ":")),
            (Lines, "Hello Sam\n", "HelloSam\n", missing(1, "Hello")),
            (Lines, "Hello, Sam!\n", "Hello, Sam !\n", extra(1, "Sam")),
            (Lines, "Hello Sam\n", "Hello  Sam\n", double(1, "Hello")),
            (Lines, "Hi\n", " Hi\n", extra(1, "")),
            (Lines, "Hello, world!\n", "Hello, world\n", EndMissing { line: 1, mark: s("!") }),
            (Lines, "Done\n", "Done.\n", EndExtra { line: 1, mark: s(".") }),
            (Lines, "a\nb\nc\n", "a\nc\n", LineMissing { line: 2, text: s("b") }),
            (Lines, "a\n\nb\n", "a\nb\n", LineMissing { line: 2, text: s("") }),
            (Lines, "a\nb\n", "a\nb\nc\n", LineExtra { line: 3, text: s("c") }),
            (Lines, "one\ntwo\nthree\n", "two\none\nthree\n", Order { line: 1, text: s("one") }),
            (Lines, "a b\n", "['a', 'b']\n", brackets("a b", false)),
            (Lines, "apple\npear\n", "['apple', 'pear']\n", brackets("apple pear", true)),
            (Lines, "3, 4\n", "(3, 4)\n", brackets("3, 4", false)),
            (Lines, "hello\n", "'hello'\n", Quotes { expected: s("hello") }),
            (Exact, "hi\n", "hi", Invisible),
            (Exact, "hi\n", "hi  \n", EndSpace { line: 1, extra: true }),
            (Exact, "a\n  *  \n", "a\n  *\n", EndSpace { line: 2, extra: false }),
            (Exact, "hi\n", "hi\n\n", Invisible),
            (IgnoreCase, "Hello, World\n", "hello,world\n", missing(1, ",")),
            (IgnoreCase, "Hi\nBye\n", "hi\n", LineMissing { line: 2, text: s("Bye") }),
            (IgnoreCase, "Hello\n", "'HELLO'\n", Quotes { expected: s("Hello") }),
            (Contains, "It's my turn!\n", "It's my turn\n", EndMissing { line: 1, mark: s("!") }),
            (Contains, "Hello", "What is your name? hello\n", case(1, false, true, 'H', "Hello", "hello")),
            (Contains, "Mei Chen\n", "Name:\nmei chen\n", Cases { line: 2, expected: s("Mei Chen") }),
            (Contains, "1 x 7 = 7\n2 x 7 = 14\n", "1 x 7 = 7\n2 x 7 =14\n", missing(2, "=")),
        ];
        for (mode, expected, actual, slip) in table {
            assert_eq!(
                find(mode, expected, actual),
                Some(slip),
                "{mode:?}: {expected:?} against {actual:?}"
            );
        }
    }

    #[test]
    fn other_differences_are_not_called_slips() {
        let table: Vec<(MatchMode, &str, &str)> = vec![
            // Different words, different numbers.
            (Lines, "Hello, world!\n", "Goodbye, world!\n"),
            (Lines, "5\n", "6\n"),
            // Two unrelated lines differ.
            (Lines, "a\nb\n", "x\ny\n"),
            // Output that matches is no slip (not even in exact mode).
            (Lines, "hi\n", "hi  \n\n"),
            (Exact, "hi\n", "hi\n"),
            // Case does not matter in ignore-case; a wrong word is still no slip.
            (IgnoreCase, "Hello\n", "Help\n"),
            // Two lines missing.
            (Lines, "a\nb\nc\n", "a\n"),
            // A letter is missing, not punctuation.
            (Lines, "Hello\n", "Hell\n"),
            // A list with other items.
            (Lines, "a b\n", "['a', 'c']\n"),
            // Brackets that are part of the expected output.
            (Lines, "[1, 2]\n", "[1, 3]\n"),
            // Modes that do not compare whole lines.
            (Contains, "total: 5", "total: 6\n"),
            (Contains, "Hello", "Goodbye\n"),
            (Regex, "Hello", "hello\n"),
            (Numbers, "Total: 3\n", "total: 3\n"),
            // Nothing printed is said plainly elsewhere.
            (Lines, "hi\n", ""),
        ];
        for (mode, expected, actual) in table {
            assert_eq!(
                find(mode, expected, actual),
                None,
                "{mode:?}: {expected:?} against {actual:?}"
            );
        }
    }

    #[test]
    fn a_capital_letter_slip_is_not_two_identical_sentences() {
        let slip = find(Lines, "Hello, world!\n", "hello, world!\n").unwrap();
        let said = sentence(&slip, false);
        assert_eq!(said, "The first letter should be a capital \"H\".");
        let slip = find(Lines, "Hello, world!\n", "Hello,world!\n").unwrap();
        assert_eq!(
            sentence(&slip, false),
            "There should be a space after the comma."
        );
        let slip = find(Lines, "Hi\nBye!\n", "Hi\nBye\n").unwrap();
        assert_eq!(
            sentence(&slip, true),
            "Look at line 2 of the output. There should be \"!\" at the end."
        );
    }
}
