//! A problem with a pack, and where it is: the file, and the line and column when there is
//! one.
//!
//! Loading, translation checks and `slate pack check` all report [`Problem`]s. A problem's
//! text quotes what the teacher wrote (field names, ids, file names), and a pack may hold
//! anything, so rendering a problem ([`Problem`]'s `Display`) is where that text is made
//! safe for a terminal: every problem shown anywhere goes through it. [`LineIndex`] turns
//! byte offsets into the 1-based line and column numbers problems carry; [`locate_error`]
//! finds a place for the few TOML errors that come without one.

use crate::tr;

/// Something wrong with a pack, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as shown to the teacher.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
    /// Only a warning: the pack still loads and passes `slate pack check`.
    pub warning: bool,
}

impl Problem {
    pub fn new(file: impl Into<String>, at: Option<(usize, usize)>, message: String) -> Problem {
        Problem {
            file: file.into(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            message,
            help: None,
            warning: false,
        }
    }

    /// This problem as a warning (shown, but never stopping the pack).
    pub fn warning(mut self) -> Problem {
        self.warning = true;
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", super::display::shown(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        if self.warning {
            write!(f, ": {}", tr!("pack-problem-warning"))?;
        }
        write!(f, ": {}", super::display::shown(&self.message))?;
        if let Some(help) = &self.help {
            let help = super::display::shown(help);
            write!(f, "\n    {}", tr!("pack-problem-help", text = help))?;
        }
        Ok(())
    }
}

/// Turns byte offsets into line and column numbers (1-based; columns count characters).
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    pub(crate) fn at(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line + 1, col + 1)
    }

    /// The byte offset where line `line` (1-based) starts; the end of the text past the
    /// last line.
    pub(crate) fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// The text being indexed.
    pub(crate) fn text(&self) -> &'a str {
        self.text
    }
}

/// The place of a TOML error: its span when it has one; otherwise (the parser's "recursion
/// limit" for a key with too many dotted parts has none) the first line whose prefix of
/// the file already gives the same error, at its first non-blank character.
pub(crate) fn locate_error(
    text: &str,
    message: &str,
    span: Option<std::ops::Range<usize>>,
) -> (usize, usize) {
    let lines = LineIndex::new(text);
    if let Some(span) = span {
        return lines.at(span.start);
    }
    let same_error = |end_line: usize| {
        let prefix = &text[..lines.line_start(end_line + 1)];
        let (_, errors) = toml::de::DeTable::parse_recoverable(prefix);
        errors
            .iter()
            .any(|e| e.span().is_none() && e.message() == message)
    };
    // Binary search for the first line that brings the error in.
    let (mut low, mut high) = (1, lines.starts.len());
    if !same_error(high) {
        return (1, 1);
    }
    while low < high {
        let mid = low + (high - low) / 2;
        if same_error(mid) {
            high = mid;
        } else {
            low = mid + 1;
        }
    }
    let start = lines.line_start(low);
    let line_text = text[start..].lines().next().unwrap_or("");
    let blank = line_text.len() - line_text.trim_start().len();
    lines.at(start + blank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_characters() {
        let li = LineIndex::new("ab\ncdé\nx");
        assert_eq!(li.at(0), (1, 1));
        assert_eq!(li.at(3), (2, 1));
        assert_eq!(li.at(7), (2, 4));
        assert_eq!(li.at(8), (3, 1));
    }

    #[test]
    fn rendered_problems_cannot_drive_the_terminal() {
        let p = Problem::new(
            "pack\u{1b}]0;x\u{7}/pack.toml",
            Some((1, 2)),
            "unknown field `\u{1b}[2J\u{9b}31m`\r".to_owned(),
        )
        .help("use \u{1b}[5m");
        let shown = p.to_string();
        assert!(
            !shown
                .chars()
                .any(|c| c.is_control() && c != '\n' && c != '\t'),
            "{shown:?}"
        );
        assert!(shown.starts_with("pack␛]0;x␇/pack.toml:1:2: "), "{shown}");
    }

    #[test]
    fn a_key_too_deep_for_the_parser_is_placed_on_its_line() {
        let key = vec!["a"; 100].join(".");
        let text = format!("title = \"x\"\n\n  {key} = 1\nid = \"y\"\n");
        let (_, errors) = toml::de::DeTable::parse_recoverable(&text);
        let e = errors.first().expect("the parser refuses the key");
        assert_eq!(e.span(), None, "the parser gives no place of its own");
        assert_eq!(locate_error(&text, e.message(), e.span()), (3, 3));
    }
}
