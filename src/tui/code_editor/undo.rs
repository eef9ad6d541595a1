//! Undo and redo by word or edit, not by letter. The editor tells [`History`] what kind of
//! change it is about to make and how the text looked before; typing a word, a run of
//! deletions, a paste, a new line or a moved line each become one step. Programs are short,
//! so a step keeps the whole text and the cursor.

/// The text and cursor at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snapshot {
    pub lines: Vec<String>,
    pub cursor: (usize, usize),
}

/// The kind of a change, to know whether it continues the step before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// A letter, digit or `_` typed: a word goes on until something else is typed.
    Word,
    /// Any other character typed (a space, a bracket): it joins the step of the word before
    /// it, and the next word starts a new step, so "hello world" undoes as "world", then
    /// "hello ".
    Other,
    /// Backspace or Delete: a run of them is one step.
    Delete,
    /// Everything else (a paste, a new line, a cut, an indent, a moved line): a step alone.
    Whole,
}

/// The most steps kept (enough for an hour's work on one exercise).
const MAX_STEPS: usize = 500;

/// Steps to undo and redo.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Snapshot>,
    redo: Vec<Snapshot>,
    /// The kind of the last change, while the step it began may still grow.
    open: Option<Edit>,
}

impl History {
    /// Records that a change of `kind` is about to be made to the text as it is in `before`.
    pub fn change(&mut self, kind: Edit, before: Snapshot) {
        self.redo.clear();
        let continues = matches!(
            (self.open, kind),
            (Some(Edit::Word), Edit::Word | Edit::Other)
                | (Some(Edit::Other), Edit::Other)
                | (Some(Edit::Delete), Edit::Delete)
        );
        if !continues {
            self.undo.push(before);
            if self.undo.len() > MAX_STEPS {
                self.undo.remove(0);
            }
        }
        self.open = (kind != Edit::Whole).then_some(kind);
    }

    /// The cursor moved or something else happened between changes: the next change is a
    /// new step.
    pub fn close(&mut self) {
        self.open = None;
    }

    /// The text to go back to, given the text now.
    pub fn undo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let before = self.undo.pop()?;
        self.redo.push(now);
        self.open = None;
        Some(before)
    }

    /// The text to go forward to again, given the text now.
    pub fn redo(&mut self, now: Snapshot) -> Option<Snapshot> {
        let after = self.redo.pop()?;
        self.undo.push(now);
        self.open = None;
        Some(after)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Snapshot {
        Snapshot {
            lines: vec![text.to_owned()],
            cursor: (0, text.len()),
        }
    }

    /// Types `text` one character at a time as the editor would record it.
    fn type_into(h: &mut History, start: &str, text: &str) -> String {
        let mut now = start.to_owned();
        for c in text.chars() {
            let kind = if c.is_alphanumeric() || c == '_' {
                Edit::Word
            } else {
                Edit::Other
            };
            h.change(kind, at(&now));
            now.push(c);
        }
        now
    }

    #[test]
    fn words_are_steps() {
        let mut h = History::default();
        let now = type_into(&mut h, "", "hello world");
        let back = h.undo(at(&now)).unwrap();
        assert_eq!(back.lines, ["hello "]);
        let back = h.undo(back).unwrap();
        assert_eq!(back.lines, [""]);
        assert!(h.undo(back.clone()).is_none());
        let forward = h.redo(back).unwrap();
        assert_eq!(forward.lines, ["hello "]);
        let forward = h.redo(forward).unwrap();
        assert_eq!(forward.lines, ["hello world"]);
    }

    #[test]
    fn a_run_of_deletions_is_one_step_and_a_whole_edit_stands_alone() {
        let mut h = History::default();
        h.change(Edit::Whole, at(""));
        h.change(Edit::Whole, at("pasted"));
        h.change(Edit::Delete, at("pasted\nmore"));
        h.change(Edit::Delete, at("pasted\nmor"));
        h.change(Edit::Delete, at("pasted\nmo"));
        assert_eq!(h.undo(at("pasted\nm")).unwrap().lines, ["pasted\nmore"]);
        assert_eq!(h.undo(at("pasted\nmore")).unwrap().lines, ["pasted"]);
        assert_eq!(h.undo(at("pasted")).unwrap().lines, [""]);
    }

    #[test]
    fn moving_the_cursor_ends_a_step_and_a_new_change_forgets_redo() {
        let mut h = History::default();
        let now = type_into(&mut h, "", "ab");
        h.close();
        let now = type_into(&mut h, &now, "cd");
        assert_eq!(h.undo(at(&now)).unwrap().lines, ["ab"]);
        h.change(Edit::Word, at("ab"));
        assert!(h.redo(at("abx")).is_none());
    }
}
