//! Writing code in plain mode, line by line: typing a program, changing one line, reading it.
//!
//! A screen-reader user cannot see the code they are adding to, so before anything is typed
//! the code there now (often the exercise's starter) is read out with line numbers, and the
//! learner chooses to keep it and add lines at the end, or to replace it. Typing ends with a
//! line that holds only `END`. One line can be changed by its number, and the whole program
//! read back with line numbers at any time. Every change is saved to the learner's `.py` file
//! at once, through the tutor.

use std::io::Write;

use super::exercise::Open;
use super::{Lines, Next, Picked, Plain, numbered};
use crate::tr;

/// What to do with the code already there before typing more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Typing {
    /// Keep it and add lines after it.
    Add,
    /// Start from nothing.
    Replace,
}

impl<R: Lines, W: Write> Plain<'_, R, W> {
    /// Reads the code out with line numbers, ending with "End of code".
    fn read_out_code(&mut self, code: &str) {
        self.say(&tr!("your-code-is"));
        if code.trim().is_empty() {
            self.say(&tr!("plain-code-empty"));
        } else {
            self.say(&numbered(code));
        }
        self.say(&tr!("code-end"));
    }

    /// Code typed line by line, ended with END on a line by itself, after the code there now
    /// was read out and the learner chose to add to it or replace it.
    pub(super) fn type_code(&mut self, open: &mut Open) -> Option<Next> {
        open.session.code = self.tutor.load_code(open.pack(), open.exercise());
        let mut how = Typing::Replace;
        if !open.session.code.trim().is_empty() {
            let code = open.session.code.clone();
            self.read_out_code(&code);
            let items = [
                (Typing::Add, tr!("plain-keep-and-add")),
                (Typing::Replace, tr!("plain-replace-code")),
            ];
            how = match self.pick(&items, &tr!("back")) {
                Picked::End => return Some(Next::Quit),
                Picked::Zero => return None,
                Picked::Item(how) => how,
            };
        }
        self.say(&tr!("type-code-now"));
        let mut lines = Vec::new();
        'typing: while let Some(typed) = self.read_with_prompt("") {
            // A paste of several lines comes as one.
            for line in typed.split('\n') {
                if line.trim() == "END" {
                    break 'typing;
                }
                lines.push(line.trim_end_matches('\r').to_owned());
            }
        }
        let typed = lines.join("\n") + "\n";
        open.session.code = match how {
            Typing::Add => {
                let mut code = open.session.code.clone();
                if !code.ends_with('\n') {
                    code.push('\n');
                }
                code + &typed
            }
            Typing::Replace => typed,
        };
        self.save(open);
        None
    }

    /// Changes one line, chosen by its number; the rest of the program stays as it is.
    pub(super) fn change_line(&mut self, open: &mut Open) -> Option<Next> {
        open.session.code = self.tutor.load_code(open.pack(), open.exercise());
        let mut lines: Vec<String> = open.session.code.lines().map(str::to_owned).collect();
        if lines.is_empty() {
            self.say(&tr!("plain-code-empty"));
            return None;
        }
        self.say(&tr!("plain-which-line", max = lines.len()));
        let answer = self.read_line()?;
        let Some(n) = answer
            .trim()
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=lines.len()).contains(n))
        else {
            self.say(&tr!("plain-not-a-line", max = lines.len()));
            return None;
        };
        let old = lines[n - 1].clone();
        self.say(&numbered_line(n, &old));
        self.say(&tr!("plain-type-new-line", number = n));
        let new = self.input_with(&old)?;
        if new.trim().is_empty() || new == old {
            self.say(&tr!("reset-cancelled"));
            return None;
        }
        // A paste of several lines puts them all in place of the one.
        lines.splice(n - 1..n, new.split('\n').map(str::to_owned));
        open.session.code = lines.join("\n") + "\n";
        self.save(open);
        self.say(&numbered_line(n, &lines[n - 1]));
        None
    }

    /// Reads the program back with line numbers.
    pub(super) fn show_code(&mut self, open: &mut Open) -> Option<Next> {
        open.session.code = self.tutor.load_code(open.pack(), open.exercise());
        let code = open.session.code.clone();
        self.read_out_code(&code);
        None
    }

    /// Reads a line that starts as `start` where the line editor can show it (on a terminal,
    /// to edit with the arrow keys); elsewhere a line typed afresh.
    fn input_with(&mut self, start: &str) -> Option<String> {
        let _ = self.out.flush();
        self.input.read_line_from("", start)
    }

    fn save(&mut self, open: &Open) {
        match self
            .tutor
            .save_code(open.pack(), open.exercise(), &open.session.code)
        {
            Ok(_) => self.say(&tr!("code-saved")),
            Err(e) => self.say(&e.to_string()),
        }
    }
}

/// "Line 3: print(x)", safe for the terminal.
fn numbered_line(number: usize, code: &str) -> String {
    tr!(
        "code-line",
        number = number,
        code = crate::safe_text::for_terminal(code)
    )
}
