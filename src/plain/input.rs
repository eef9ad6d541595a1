//! What a learner types in plain mode: answers to its questions, and code line by line.
//!
//! On a terminal, plain mode's own questions and code entry go through a line editor
//! (`rustyline`), so left, right, Home, End, Backspace and the up arrow for earlier lines work
//! as a screen-reader user expects, and an arrow key never ends up in a program as `^[[D`.
//! The line editor is used only here, between a learner's programs: while a program runs, its
//! `input()` reads through [`crate::stdin`], Slate's one reader of standard input, which Ctrl+C
//! and the time limit can interrupt. Bytes that reader already holds (typed ahead while a
//! program ran) are taken first, so nothing typed is lost between the two.
//!
//! When standard input is not a terminal (tests, pipes, some screen-reader set-ups) lines are
//! read plainly through [`crate::stdin`]. Either way any escape sequence that still arrives is
//! taken out ([`strip_escapes`]), as it is from what a program reads at a terminal.

use std::io::IsTerminal;

/// Where plain mode reads lines from.
pub trait Lines {
    /// Reads one line, without its line ending and with escape sequences taken out. `None` at
    /// the end of input (or when the learner pressed Ctrl+D or Ctrl+C at a question). A paste
    /// of several lines may come back as one string with `\n` in it.
    fn read_line(&mut self, prompt: &str) -> Option<String>;

    /// Reads one line that starts as `start` where the reader can edit it (a line editor on a
    /// terminal); elsewhere a line typed afresh.
    fn read_line_from(&mut self, prompt: &str, _start: &str) -> Option<String> {
        self.read_line(prompt)
    }

    /// Whether this reader shows the prompt itself (a line editor must, to redraw it).
    fn shows_prompt(&self) -> bool {
        false
    }
}

/// Any buffered reader (tests use a byte slice).
pub struct Reader<R: std::io::BufRead>(pub R);

impl<R: std::io::BufRead> Lines for Reader<R> {
    fn read_line(&mut self, _prompt: &str) -> Option<String> {
        let mut line = String::new();
        match self.0.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(strip_escapes(line.trim_end_matches(['\n', '\r']))),
        }
    }
}

/// The real standard input: a line editor on a terminal, plain lines otherwise.
pub struct Keyboard {
    editor: Option<rustyline::DefaultEditor>,
}

impl Keyboard {
    pub fn new() -> Keyboard {
        let editor = std::io::stdin()
            .is_terminal()
            .then(|| {
                let config = rustyline::Config::builder()
                    .auto_add_history(true)
                    .color_mode(rustyline::ColorMode::Disabled)
                    .bracketed_paste(true)
                    .build();
                rustyline::DefaultEditor::with_config(config).ok()
            })
            .flatten();
        Keyboard { editor }
    }
}

impl Default for Keyboard {
    fn default() -> Self {
        Keyboard::new()
    }
}

impl Lines for Keyboard {
    fn read_line(&mut self, prompt: &str) -> Option<String> {
        self.read_line_from(prompt, "")
    }

    fn read_line_from(&mut self, prompt: &str, start: &str) -> Option<String> {
        // What Slate's reader holds already comes first: a whole line as it is, or the start
        // of one to carry on editing.
        let waiting = crate::stdin::take_buffered();
        if waiting.ends_with('\n') || self.editor.is_none() {
            let mut line = waiting;
            if !line.ends_with('\n') {
                let added = crate::stdin::read_line(&mut line).ok()?;
                if added == 0 && line.is_empty() {
                    return None;
                }
            }
            return Some(strip_escapes(line.trim_end_matches(['\n', '\r'])));
        }
        let editor = self.editor.as_mut()?;
        let start = strip_escapes(&(start.to_owned() + &waiting));
        let typed = if start.is_empty() {
            editor.readline(prompt)
        } else {
            editor.readline_with_initial(prompt, (&start, ""))
        };
        // Ctrl+C or Ctrl+D at a question, or a terminal that failed: leave quietly.
        typed
            .ok()
            .map(|line| strip_escapes(&line.replace("\r\n", "\n")))
    }

    fn shows_prompt(&self) -> bool {
        self.editor.is_some()
    }
}

/// Takes escape sequences and other control characters out of typed text, keeping tabs and
/// the newlines of a pasted block (see [`crate::stdin::strip_escapes`]).
pub fn strip_escapes(text: &str) -> String {
    String::from_utf8_lossy(&crate::stdin::strip_escapes(text.as_bytes()))
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_keeps_no_control_characters() {
        assert_eq!(strip_escapes("x\u{1b}[D = \u{9b}1\u{85}"), "x = 1");
        assert_eq!(strip_escapes("\tif x:\n\t\tpass"), "\tif x:\n\t\tpass");
    }

    #[test]
    fn a_reader_gives_lines_without_their_endings() {
        let mut r = Reader("one\r\ntw\u{1b}[Do\nlast".as_bytes());
        assert_eq!(r.read_line("> ").as_deref(), Some("one"));
        assert_eq!(r.read_line("> ").as_deref(), Some("two"));
        assert_eq!(r.read_line("> ").as_deref(), Some("last"));
        assert_eq!(r.read_line("> "), None);
        assert!(!r.shows_prompt());
    }
}
