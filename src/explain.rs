//! Friendly explanations of errors: what happened, where, why, and one thing to try.
//!
//! A raw traceback is where many beginners give up, so every error a learner meets (in
//! `slate run`, `slate check`, plain mode and the full-screen interface) is explained here,
//! in the learner's language. Which explanation fits an error is data, not code: the rules in
//! `assets/explanations/rules.toml` ([`rules`]) match the error's type, Python's message and
//! the learner's line; the words are Fluent messages in `assets/locales/<lang>/explain.ftl`.
//! This module fills in what only Rust can compute (the line, "did you mean" from the names in
//! scope ([`suggest`]), the limit in seconds) and [`render`]s the result as plain text with
//! the exact spot marked: by `^` under the line, or in words for screen readers ([`Spot`]).
//! Errors no rule knows get a clear generic explanation with Python's own message.

pub mod rules;
pub mod suggest;

use std::collections::BTreeMap;

use unicode_width::UnicodeWidthStr;

use crate::i18n::{self, Arg};
use crate::safe_text;
use crate::sandbox::{Limits, Printed, PyError, Verdict};
use crate::tr;

/// An error explained in plain words.
#[derive(Debug, Clone, PartialEq)]
pub struct Explanation {
    /// What happened, in one plain sentence.
    pub what: String,
    /// Where, when Python said.
    pub place: Option<Place>,
    /// The likely cause.
    pub why: String,
    /// One thing to try.
    pub try_this: String,
    /// Python's own line, e.g. "NameError: name 'pritn' is not defined" (empty for limits).
    pub original: String,
}

/// A place in the learner's program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// Line number (1-based).
    pub line: u32,
    /// First column of the spot (1-based, in characters).
    pub column: Option<u32>,
    /// The column just after the spot.
    pub end_column: Option<u32>,
    /// The learner's line of code.
    pub source_line: Option<String>,
}

/// What Slate knows about the run, beyond the error itself.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    /// Input came from a marking test (so running out of it is the test's limit, not the
    /// learner's keyboard).
    pub input_from_test: bool,
}

impl Explanation {
    /// The explanation for `--json` output: `what`, `why`, `try_this`, `original`, and
    /// `line`, `column`, `end_column` where known.
    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "what": self.what,
            "why": self.why,
            "try_this": self.try_this,
            "original": self.original,
            "line": self.place.as_ref().map(|p| p.line),
            "column": self.place.as_ref().and_then(|p| p.column),
            "end_column": self.place.as_ref().and_then(|p| p.end_column),
        })
    }
}

/// Explains a Python error.
pub fn explain_error(error: &PyError, context: &Context) -> Explanation {
    let rules = rules::shipped();
    let mut base: Vec<(String, Arg)> = vec![
        (
            "type".into(),
            Arg::from(safe_text::for_terminal(&error.kind)),
        ),
        (
            "message".into(),
            Arg::from(safe_text::for_terminal(&error.message)),
        ),
    ];
    // Explanations name the line ("Python could not understand line 2"), never "the
    // marked line": plain mode and `slate check` draw no mark.
    match error.line {
        Some(line) => base.push(("line".into(), Arg::from(line))),
        None => base.push(("line".into(), Arg::from(tr!("explain-line-unknown")))),
    }
    let found = rules
        .rules
        .iter()
        .find_map(|rule| matches(rule, rules, error, context).map(|args| (rule, args)));
    let (text, args, word) = match found {
        Some((rule, found)) => {
            let word = found
                .get("name")
                .or_else(|| found.get("attribute"))
                .or_else(|| found.get("callee"))
                .cloned();
            let mut args = base;
            for (name, value) in found {
                args.push((name, argument(value)));
            }
            for (name, value) in &rule.set {
                args.push((name.clone(), Arg::from(value)));
            }
            (rule.text.as_str(), args, word)
        }
        None => (rules.fallback.as_str(), base, None),
    };
    worded(
        text,
        &with_type_words(args),
        place(error, word.as_deref()),
        original(error),
    )
}

/// Explains a limit verdict: `None` for [`Verdict::Ok`] and [`Verdict::Error`].
///
/// What the program `printed` tells a stuck program from a slow one: one still printing
/// when the time ran out (or that reached the output limit) is told how much it printed and
/// that it may just be slow or print too much; one that printed nothing for the last moments
/// is asked whether a loop never ends ([`Printed::still_printing`]).
pub fn explain_limit(verdict: Verdict, limits: &Limits, printed: &Printed) -> Option<Explanation> {
    let seconds = ("seconds".to_owned(), Arg::from(limits.time.as_secs_f64()));
    let lines = ("lines".to_owned(), Arg::from(printed.lines));
    let (text, args): (&str, Vec<(String, Arg)>) = match verdict {
        Verdict::Ok | Verdict::Error => return None,
        Verdict::TimeLimit if printed.still_printing(limits.time) => {
            ("limit-time-printing", vec![seconds, lines])
        }
        Verdict::TimeLimit => ("limit-time", vec![seconds]),
        Verdict::MemoryLimit => (
            "limit-memory",
            vec![("megabytes".into(), Arg::from(limits.memory >> 20))],
        ),
        Verdict::OutputLimit => (
            "limit-output-printing",
            vec![("kilobytes".into(), Arg::from(limits.output >> 10)), lines],
        ),
    };
    Some(worded(text, &args, None, String::new()))
}

/// The explanation whose words are the messages `explain-<text>-what`, `-why` and `-try`.
fn worded(
    text: &str,
    args: &[(String, Arg)],
    place: Option<Place>,
    original: String,
) -> Explanation {
    let message = |part: &str| i18n::tr_named(&format!("explain-{text}-{part}"), args);
    Explanation {
        what: message("what"),
        place,
        why: message("why"),
        try_this: message("try"),
        original,
    }
}

/// How the spot in the learner's line is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spot {
    /// `^^^` under the spot: for sighted readers of a terminal (`slate run`).
    Caret,
    /// "Line 2, column 14, near "!"": for plain mode (screen readers), `slate check` and
    /// the full-screen results, where a line of carets means nothing.
    Words,
}

/// The explanation as plain text: the sentence, the line with the spot marked by `^`, why,
/// what to try and Python's own words. No colour; safe for any terminal.
pub fn render(explanation: &Explanation) -> String {
    let mut out = safe_text::for_terminal(&explanation.what);
    out.push_str("\n\n");
    out.push_str(&render_details(explanation, Spot::Caret));
    out
}

/// Everything [`render`] shows after the first sentence: the place, why, what to try
/// and Python's own words (for when the sentence was already shown).
pub fn render_details(explanation: &Explanation, spot: Spot) -> String {
    let mut out = String::new();
    if let Some(place) = &explanation.place {
        match spot {
            Spot::Caret => out.push_str(&tr!("explain-label-line", line = place.line)),
            Spot::Words => out.push_str(&place_in_words(place)),
        }
        out.push('\n');
        if let Some(code) = &place.source_line {
            let (shown, marker) = marked(code, place.column, place.end_column);
            out.push_str("    ");
            out.push_str(&shown);
            out.push('\n');
            if let (Some(marker), Spot::Caret) = (marker, spot) {
                out.push_str("    ");
                out.push_str(&marker);
                out.push('\n');
            }
        }
        out.push('\n');
    }
    out.push_str(&safe_text::for_terminal(&tr!(
        "explain-label-why",
        text = explanation.why.as_str()
    )));
    out.push('\n');
    out.push_str(&safe_text::for_terminal(&tr!(
        "explain-label-try",
        text = explanation.try_this.as_str()
    )));
    out.push('\n');
    if !explanation.original.is_empty() {
        out.push_str(&safe_text::for_terminal(&tr!(
            "explain-label-original",
            text = explanation.original.as_str()
        )));
        out.push('\n');
    }
    out
}

/// The place in words: "Line 2, column 14, near "!":", or "Line 2:" when Python gave no
/// column.
pub fn place_in_words(place: &Place) -> String {
    let (Some(column), Some(code)) = (place.column, &place.source_line) else {
        return tr!("explain-label-line", line = place.line);
    };
    let chars: Vec<char> = code.chars().collect();
    let start = column.max(1) as usize - 1;
    if start >= chars.len() {
        return tr!("explain-label-spot-end", line = place.line);
    }
    // A column is counted from 1; a 0 (CPython gives one for some syntax errors) is no end.
    let end = match place.end_column.and_then(|e| (e as usize).checked_sub(1)) {
        Some(end) if end > start => end.min(chars.len()),
        _ => {
            let word = chars[start..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .count();
            start + word.max(1)
        }
    };
    let near: String = chars[start..end].iter().collect();
    let near = near.trim();
    if near.is_empty() {
        return tr!("explain-label-column", line = place.line, column = column);
    }
    tr!(
        "explain-label-spot",
        line = place.line,
        column = column,
        near = safe_text::for_terminal(near)
    )
}

/// The arguments a rule captured, if it matches this error.
fn matches(
    rule: &rules::Rule,
    rules: &rules::Rules,
    error: &PyError,
    context: &Context,
) -> Option<BTreeMap<String, String>> {
    if !rule.types.contains(&error.kind) {
        return None;
    }
    if let Some(wanted) = rule.input {
        let actual = if context.input_from_test {
            rules::InputFrom::Test
        } else {
            rules::InputFrom::Keyboard
        };
        if wanted != actual {
            return None;
        }
    }
    let mut found = BTreeMap::new();
    if let Some(re) = &rule.message {
        capture(re, &error.message, &mut found)?;
    }
    let source = error.source_line.as_deref().unwrap_or("");
    if let Some(re) = &rule.at {
        let from = error.column.unwrap_or(1).saturating_sub(1) as usize;
        let spot: String = source.chars().skip(from).collect();
        capture(re, &spot, &mut found)?;
    }
    if let Some(pattern) = &rule.source {
        let re = regex::Regex::new(&rules::fill(pattern, &found)).ok()?;
        capture(&re, source, &mut found)?;
    }
    if let (Some(length), Some(index)) = (error.length, error.index) {
        // The real numbers of an IndexError, for "a list of 4 items has positions 0 to 3".
        found.insert("length".into(), length.to_string());
        found.insert("index".into(), index.to_string());
        found.insert("last".into(), length.saturating_sub(1).to_string());
        let from = if index < 0 { "end" } else { "start" };
        found.insert("counted_from".into(), from.into());
    }
    if let Some(suggestion) = suggestion(error, &found, rules) {
        found.insert("suggestion".into(), suggestion);
    }
    rule.needs
        .iter()
        .all(|n| found.contains_key(n))
        .then_some(found)
}

/// Adds the named captures of `re` on `text` to `found`; `None` if it does not match.
fn capture(re: &regex::Regex, text: &str, found: &mut BTreeMap<String, String>) -> Option<()> {
    let caps = re.captures(text)?;
    for name in re.capture_names().flatten() {
        if let Some(m) = caps.name(name) {
            found.insert(name.to_owned(), m.as_str().to_owned());
        }
    }
    Some(())
}

/// "Did you mean": for an unknown `name`, among the names in scope and the built-ins; for
/// an unknown `attribute`, among the object's attributes.
fn suggestion(
    error: &PyError,
    found: &BTreeMap<String, String>,
    rules: &rules::Rules,
) -> Option<String> {
    let names = error.names.as_deref().unwrap_or(&[]);
    if let Some(name) = found.get("name") {
        let candidates = names
            .iter()
            .chain(rules.always_known.iter())
            .map(String::as_str);
        return suggest::closest(name, candidates, &rules.never_suggest).map(str::to_owned);
    }
    if let Some(attribute) = found.get("attribute") {
        let candidates = names.iter().map(String::as_str);
        return suggest::closest(attribute, candidates, &[]).map(str::to_owned);
    }
    None
}

/// A captured value as a message argument: whole numbers as numbers (for plurals), the
/// rest as text made safe for the terminal.
fn argument(value: String) -> Arg {
    match value.parse::<u32>() {
        Ok(n) => Arg::from(n),
        Err(_) => Arg::from(safe_text::for_terminal(&value)),
    }
}

/// For every argument named `..._type` (a Python type such as `int`), adds `..._type_words`:
/// the type in plain words ("a whole number"), from `explain-type-<name>`.
fn with_type_words(mut args: Vec<(String, Arg)>) -> Vec<(String, Arg)> {
    let mut extra = Vec::new();
    for (name, value) in &args {
        if let (true, Arg::Text(python_type)) = (name.ends_with("_type"), value) {
            let key = format!("explain-type-{python_type}");
            let words = if i18n::exists(&key) {
                i18n::tr(&key)
            } else {
                tr!("explain-type-other", name = python_type.as_str())
            };
            extra.push((format!("{name}_words"), Arg::from(words)));
        }
    }
    args.extend(extra);
    args
}

/// Python's own line: "NameError: name 'pritn' is not defined".
fn original(error: &PyError) -> String {
    let message = error.message.trim();
    let line = if message.is_empty() {
        error.kind.clone()
    } else {
        format!("{}: {message}", error.kind)
    };
    safe_text::for_terminal(&line)
}

/// Where the error is. When the explanation is about one word (an unknown name), the spot
/// is narrowed to that word if it is on the line.
fn place(error: &PyError, word: Option<&str>) -> Option<Place> {
    let line = error.line?;
    let mut place = Place {
        line,
        column: error.column,
        end_column: error.end_column,
        source_line: error
            .source_line
            .as_deref()
            .map(|s| s.trim_end_matches(['\n', '\r']).to_owned()),
    };
    if let (Some(word), Some(source)) = (word, &place.source_line)
        && let Some(start) = find_word(source, word, error.column.unwrap_or(1))
    {
        place.column = Some(start);
        place.end_column = Some(start + word.chars().count() as u32);
    }
    Some(place)
}

/// The 1-based column of `word` as a whole word in `line`, preferring the first at or
/// after `from`.
fn find_word(line: &str, word: &str, from: u32) -> Option<u32> {
    let chars: Vec<char> = line.chars().collect();
    let target: Vec<char> = word.chars().collect();
    if target.is_empty() || target.len() > chars.len() {
        return None;
    }
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let starts: Vec<usize> = (0..=chars.len() - target.len())
        .filter(|&i| {
            chars[i..i + target.len()] == target[..]
                && (i == 0 || !is_word(chars[i - 1]))
                && chars.get(i + target.len()).is_none_or(|c| !is_word(*c))
        })
        .collect();
    let from = from.saturating_sub(1) as usize;
    starts
        .iter()
        .find(|&&i| i >= from)
        .or(starts.first())
        .map(|&i| i as u32 + 1)
}

/// The line as shown (indentation removed, tabs as spaces, made safe) and the `^^^` line
/// under the spot, aligned by display width so accents and wide characters line up.
fn marked(code: &str, column: Option<u32>, end_column: Option<u32>) -> (String, Option<String>) {
    let chars: Vec<char> = code.chars().collect();
    let indent = chars.iter().take_while(|c| c.is_whitespace()).count();
    let shown_chars = &chars[indent..];
    let show = |cs: &[char]| -> String {
        safe_text::for_terminal(&cs.iter().collect::<String>().replace('\t', "    "))
    };
    let shown = show(shown_chars);
    let Some(column) = column else {
        return (shown, None);
    };
    let start = (column.max(1) as usize - 1)
        .saturating_sub(indent)
        .min(shown_chars.len());
    let end = match end_column.map(|e| (e as usize).saturating_sub(1 + indent)) {
        Some(end) if end > start => end.min(shown_chars.len()),
        _ => {
            // No end given: mark the word at the spot, or one character.
            let word = shown_chars[start..]
                .iter()
                .take_while(|c| c.is_alphanumeric() || **c == '_')
                .count();
            (start + word.max(1)).min(shown_chars.len().max(start + 1))
        }
    };
    let before = show(&shown_chars[..start]).width();
    let spot = if start < shown_chars.len() {
        show(&shown_chars[start..end.min(shown_chars.len())])
            .width()
            .max(1)
    } else {
        1
    };
    (
        shown,
        Some(format!("{}{}", " ".repeat(before), "^".repeat(spot))),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn a_time_limit_tells_a_program_still_printing_from_a_quiet_one() {
        let limits = Limits {
            time: Duration::from_secs(5),
            ..Limits::default()
        };
        // A finite program printing 100,000 lines, still at it when its time ran out.
        let busy = Printed {
            bytes: 588_890,
            lines: 100_000,
            quiet_for: Duration::from_millis(3),
        };
        let e = explain_limit(Verdict::TimeLimit, &limits, &busy).unwrap();
        assert_eq!(
            e.why,
            tr!("explain-limit-time-printing-why", lines = 100_000usize)
        );
        assert!(!e.why.contains("never ends"), "{}", e.why);
        // One that printed, then nothing for its last seconds: a loop that never ends?
        let quiet = Printed {
            bytes: 6,
            lines: 1,
            quiet_for: Duration::from_secs(4),
        };
        let e = explain_limit(Verdict::TimeLimit, &limits, &quiet).unwrap();
        assert_eq!(e.why, tr!("explain-limit-time-why"));
        // And one that printed nothing at all.
        let e = explain_limit(Verdict::TimeLimit, &limits, &Printed::default()).unwrap();
        assert_eq!(e.why, tr!("explain-limit-time-why"));
    }

    #[test]
    fn still_printing_means_within_the_last_second_or_half_a_short_limit() {
        let printed = |ms| Printed {
            bytes: 10,
            lines: 2,
            quiet_for: Duration::from_millis(ms),
        };
        let five = Duration::from_secs(5);
        assert!(printed(900).still_printing(five));
        assert!(!printed(1_100).still_printing(five));
        let half = Duration::from_millis(500);
        assert!(printed(200).still_printing(half));
        assert!(!printed(300).still_printing(half));
    }

    #[test]
    fn the_marker_sits_under_the_spot() {
        let (shown, marker) = marked("    pritn(\"hi\")", Some(5), Some(10));
        assert_eq!(shown, "pritn(\"hi\")");
        assert_eq!(marker.unwrap(), "^^^^^");
    }

    #[test]
    fn wide_and_accented_characters_keep_the_marker_aligned() {
        // "Siân" is 4 columns wide; "日本" is 4 columns wide in 2 characters.
        let (_, marker) = marked("x = \"日本\" + nmae", Some(12), Some(16));
        assert_eq!(marker.unwrap(), format!("{}^^^^", " ".repeat(13)));
        let (_, marker) = marked("Siân = nmae", Some(8), None);
        assert_eq!(marker.unwrap(), "       ^^^^");
    }

    #[test]
    fn a_spot_past_the_end_is_marked_after_the_line() {
        let (_, marker) = marked("for i in range(3)", Some(18), None);
        assert_eq!(marker.unwrap(), format!("{}^", " ".repeat(17)));
    }

    #[test]
    fn the_spot_is_said_in_words_without_a_caret() {
        let place = Place {
            line: 2,
            column: Some(14),
            end_column: None,
            source_line: Some("print(\"Hello\"!)".into()),
        };
        assert_eq!(place_in_words(&place), "Line 2, column 14, near \"!\":");
        let explanation = Explanation {
            what: "w".into(),
            place: Some(place.clone()),
            why: "y".into(),
            try_this: "t".into(),
            original: String::new(),
        };
        let words = render_details(&explanation, Spot::Words);
        assert!(
            words.starts_with("Line 2, column 14, near \"!\":\n"),
            "{words}"
        );
        assert!(!words.contains('^'), "{words}");
        assert!(render_details(&explanation, Spot::Caret).contains('^'));
        let past_end = Place {
            column: Some(30),
            ..place
        };
        assert_eq!(place_in_words(&past_end), "Line 2, at the end of the line:");
    }

    #[test]
    fn an_end_column_of_zero_is_no_end() {
        // CPython reports `end_offset` 0 for "'(' was never closed"; that once panicked.
        let place = Place {
            line: 3,
            column: Some(6),
            end_column: Some(0),
            source_line: Some("print(\"Hello, world\"".into()),
        };
        assert_eq!(place_in_words(&place), "Line 3, column 6, near \"(\":");
        let (_, marker) = marked("print(\"Hello, world\"", Some(6), Some(0));
        assert_eq!(marker.unwrap(), "     ^");
    }

    #[test]
    fn an_error_with_no_line_still_reads_as_a_sentence() {
        let e = PyError {
            kind: "SyntaxError".into(),
            message: "invalid syntax".into(),
            ..PyError::default()
        };
        let said = explain_error(&e, &Context::default());
        for text in [&said.what, &said.why, &said.try_this] {
            assert!(!text.contains('{') && !text.contains("marked"), "{text}");
        }
        assert_eq!(
            said.what,
            "Python could not understand line (Python did not say which)."
        );
    }

    #[test]
    fn whole_words_are_found() {
        assert_eq!(find_word("name = nam + name", "name", 1), Some(1));
        assert_eq!(find_word("name = nam + name", "name", 3), Some(14));
        assert_eq!(find_word("names", "name", 1), None);
    }
}
