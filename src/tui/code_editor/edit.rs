//! What the editor's keys do to the text: typing, the Python-friendly touches (auto-indent
//! after `:`, Tab as four spaces, Backspace removing an indent level), moving lines, pages,
//! and recording each change as an undo step. Which key means what is in `keys`.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::CursorMove;

use super::keys::{self, Action};
use super::undo::{Edit, Snapshot};
use super::{CodeEditor, INDENT, to_u16};

impl CodeEditor {
    /// Handles a key; returns whether the text changed.
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        let action = keys::action_for(&key);
        // Ctrl and Alt together are AltGr on Windows (ą, ł, @ on Polish and Spanish keyboards):
        // a character to type, like one with neither.
        let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
        let typed = match key.code {
            KeyCode::Char(c)
                if action.is_none()
                    && (key.modifiers.contains(altgr) || !key.modifiers.intersects(altgr)) =>
            {
                Some(c)
            }
            _ => None,
        };
        let before = self.snapshot();
        let selecting = self.area.is_selecting();
        let (changed, kind) = match (action, typed) {
            (_, Some(c)) => {
                self.area.insert_char(c);
                let kind = if selecting {
                    Edit::Whole
                } else if c.is_alphanumeric() || c == '_' {
                    Edit::Word
                } else {
                    Edit::Other
                };
                (true, kind)
            }
            (Some(action), None) => match self.act(action) {
                Some(kind) if selecting && kind == Edit::Delete => (true, Edit::Whole),
                Some(kind) => (true, kind),
                None => (false, Edit::Whole),
            },
            (None, None) => (false, Edit::Whole),
        };
        if changed && self.area.lines() != before.lines.as_slice() {
            self.history.change(kind, before);
            self.rehighlight();
            true
        } else {
            if !matches!(action, Some(Action::Undo | Action::Redo)) {
                self.history.close();
            }
            changed
        }
    }

    /// Does `action`; for a change to the text, says what kind of step it is.
    fn act(&mut self, action: Action) -> Option<Edit> {
        match action {
            Action::Move { to, select } => {
                self.move_to(to, select);
                None
            }
            Action::Page { down, select } => {
                self.page(down, select);
                None
            }
            Action::MoveLines { down } => self.move_lines(down).then_some(Edit::Whole),
            Action::Newline => {
                self.newline_with_indent();
                Some(Edit::Whole)
            }
            Action::Indent => self.area.insert_tab().then_some(Edit::Whole),
            Action::Dedent => self.dedent().then_some(Edit::Whole),
            Action::Backspace => self.backspace().then_some(Edit::Delete),
            Action::Delete => self.area.delete_next_char().then_some(Edit::Delete),
            Action::SelectAll => {
                self.area.select_all();
                None
            }
            Action::Copy => {
                self.area.copy();
                None
            }
            Action::Cut => self.area.cut().then_some(Edit::Whole),
            Action::Paste => self.area.paste().then_some(Edit::Whole),
            Action::Undo => {
                let now = self.snapshot();
                let back = self.history.undo(now)?;
                self.restore(back);
                self.rehighlight();
                None
            }
            Action::Redo => {
                let now = self.snapshot();
                let forward = self.history.redo(now)?;
                self.restore(forward);
                self.rehighlight();
                None
            }
        }
    }

    /// Inserts pasted text (from the terminal's own paste) as one undo step.
    pub fn paste(&mut self, text: &str) {
        let clean = crate::text::tabs_to_spaces(&text.replace("\r\n", "\n").replace('\r', "\n"));
        let before = self.snapshot();
        self.area.insert_str(clean);
        if self.area.lines() != before.lines.as_slice() {
            self.history.change(Edit::Whole, before);
        }
        self.rehighlight();
    }

    pub(super) fn snapshot(&self) -> Snapshot {
        Snapshot {
            lines: self.area.lines().to_vec(),
            cursor: self.cursor(),
        }
    }

    /// Puts back the text and cursor of `snapshot`, keeping what was copied.
    fn restore(&mut self, snapshot: Snapshot) {
        let copied = self.area.yank_text();
        self.area = super::text_area(snapshot.lines);
        self.area.set_yank_text(copied);
        let (row, col) = snapshot.cursor;
        self.area
            .move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
    }

    fn move_to(&mut self, to: CursorMove, select: bool) {
        if !select {
            self.area.cancel_selection();
        } else if !self.area.is_selecting() {
            self.area.start_selection();
        }
        self.area.move_cursor(to);
        // Ctrl+Home and Ctrl+End go to the very start and end, not the same column.
        match to {
            CursorMove::Top => self.area.move_cursor(CursorMove::Head),
            CursorMove::Bottom => self.area.move_cursor(CursorMove::End),
            _ => {}
        }
    }

    /// One page up or down: the cursor moves by the editor's height, stopping at the first
    /// or last line, and keeps its column where the line is long enough.
    fn page(&mut self, down: bool, select: bool) {
        let (row, col) = self.cursor();
        let last = self.area.lines().len().saturating_sub(1);
        let step = self.page_height.max(1);
        let target = if down {
            (row + step).min(last)
        } else {
            row.saturating_sub(step)
        };
        if down {
            self.top = (self.top + step).min(last);
        } else {
            self.top = self.top.saturating_sub(step);
        }
        self.move_to(CursorMove::Jump(to_u16(target), to_u16(col)), select);
    }

    /// The rows Alt+Up and Alt+Down move: the selected lines (a selection that ends at the
    /// start of a line leaves that line alone), or the cursor's line.
    fn rows_to_move(&self) -> (usize, usize) {
        match self.area.selection_range() {
            Some(((r1, _), (r2, c2))) if r2 > r1 && c2 == 0 => (r1, r2 - 1),
            Some(((r1, _), (r2, _))) => (r1, r2),
            None => {
                let (row, _) = self.cursor();
                (row, row)
            }
        }
    }

    /// Moves the current or selected lines one line up or down; returns whether they moved.
    fn move_lines(&mut self, down: bool) -> bool {
        let (first, last) = self.rows_to_move();
        let mut lines = self.area.lines().to_vec();
        if (!down && first == 0) || (down && last + 1 >= lines.len()) {
            return false;
        }
        if down {
            let below = lines.remove(last + 1);
            lines.insert(first, below);
        } else {
            let above = lines.remove(first - 1);
            lines.insert(last, above);
        }
        let shift = |(r, c): (usize, usize)| {
            let r = if down { r + 1 } else { r - 1 };
            (r, c)
        };
        let selection = self.area.selection_range();
        let cursor = shift(self.cursor());
        self.restore(Snapshot { lines, cursor });
        if let Some((start, end)) = selection {
            // Select the same text again, the cursor at the end it was at.
            let (from, to) = if shift(start) == cursor {
                (shift(end), shift(start))
            } else {
                (shift(start), shift(end))
            };
            self.area
                .move_cursor(CursorMove::Jump(to_u16(from.0), to_u16(from.1)));
            self.area.start_selection();
            self.area
                .move_cursor(CursorMove::Jump(to_u16(to.0), to_u16(to.1)));
        }
        true
    }

    fn newline_with_indent(&mut self) {
        let (_, col) = self.cursor();
        let line = self.current_line().to_owned();
        let before: String = line.chars().take(col).collect();
        let mut indent: String = before.chars().take_while(|c| *c == ' ').collect();
        let code_part = before.split('#').next().unwrap_or("").trim_end();
        if code_part.ends_with(':') {
            indent.push_str(&" ".repeat(INDENT));
        }
        self.area.insert_newline();
        // Spaces after the cursor were carried to the new line: drop them before indenting.
        let rest = self.current_line().to_owned();
        let spaces = rest.chars().take_while(|c| *c == ' ').count();
        for _ in 0..spaces {
            self.area.delete_next_char();
        }
        self.area.insert_str(indent);
    }

    fn backspace(&mut self) -> bool {
        let (_, col) = self.cursor();
        let line = self.current_line();
        let before: String = line.chars().take(col).collect();
        if !self.area.is_selecting() && col > 0 && before.chars().all(|c| c == ' ') {
            let remove = (col - 1) % INDENT + 1;
            for _ in 0..remove {
                self.area.delete_char();
            }
            return true;
        }
        self.area.delete_char()
    }

    fn dedent(&mut self) -> bool {
        let (row, col) = self.cursor();
        let spaces = self
            .current_line()
            .chars()
            .take_while(|c| *c == ' ')
            .count()
            .min(INDENT);
        if spaces == 0 {
            return false;
        }
        self.area.cancel_selection();
        self.area.move_cursor(CursorMove::Head);
        for _ in 0..spaces {
            self.area.delete_next_char();
        }
        self.area.move_cursor(CursorMove::Jump(
            to_u16(row),
            to_u16(col.saturating_sub(spaces)),
        ));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::code_editor::tests::{ctrl, editor, press, type_text};

    fn with(e: &mut CodeEditor, code: KeyCode, modifiers: KeyModifiers) {
        e.handle_key(KeyEvent::new(code, modifiers));
    }

    #[test]
    fn enter_after_a_colon_indents() {
        let mut e = editor("");
        type_text(&mut e, "for i in range(3):");
        press(&mut e, KeyCode::Enter);
        type_text(&mut e, "print(i)");
        press(&mut e, KeyCode::Enter);
        type_text(&mut e, "x");
        assert_eq!(e.text(), "for i in range(3):\n    print(i)\n    x\n");
    }

    #[test]
    fn tab_inserts_four_spaces_and_backspace_removes_them() {
        let mut e = editor("");
        press(&mut e, KeyCode::Tab);
        type_text(&mut e, "x");
        assert_eq!(e.text(), "    x\n");
        press(&mut e, KeyCode::Left);
        press(&mut e, KeyCode::Backspace);
        assert_eq!(e.text(), "x\n");
    }

    #[test]
    fn altgr_characters_are_typed_but_other_ctrl_and_alt_letters_are_not() {
        let mut e = editor("");
        with(
            &mut e,
            KeyCode::Char('ą'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        with(
            &mut e,
            KeyCode::Char('@'),
            KeyModifiers::CONTROL | KeyModifiers::ALT,
        );
        with(&mut e, KeyCode::Char('k'), KeyModifiers::CONTROL);
        with(&mut e, KeyCode::Char('b'), KeyModifiers::ALT);
        assert_eq!(e.text(), "ą@\n");
    }

    #[test]
    fn shift_tab_dedents() {
        let mut e = editor("        x");
        with(&mut e, KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(e.text(), "    x\n");
    }

    #[test]
    fn undo_takes_back_a_word_and_redo_puts_it_back() {
        let mut e = editor("");
        type_text(&mut e, "print hello");
        ctrl(&mut e, 'z');
        assert_eq!(e.text(), "print \n");
        ctrl(&mut e, 'z');
        assert_eq!(e.text(), "\n");
        ctrl(&mut e, 'y');
        assert_eq!(e.text(), "print \n");
        ctrl(&mut e, 'y');
        assert_eq!(e.text(), "print hello\n");
        assert_eq!(e.cursor(), (0, 11));
    }

    #[test]
    fn a_paste_a_new_line_and_a_run_of_deletions_are_one_step_each() {
        let mut e = editor("");
        e.paste("x = 1\ny = 2");
        press(&mut e, KeyCode::Enter);
        type_text(&mut e, "zzz");
        for _ in 0..3 {
            press(&mut e, KeyCode::Backspace);
        }
        assert_eq!(e.area.lines(), ["x = 1", "y = 2", ""]);
        ctrl(&mut e, 'z');
        assert_eq!(e.area.lines(), ["x = 1", "y = 2", "zzz"]);
        ctrl(&mut e, 'z');
        assert_eq!(e.area.lines(), ["x = 1", "y = 2", ""]);
        ctrl(&mut e, 'z');
        assert_eq!(e.area.lines(), ["x = 1", "y = 2"]);
        ctrl(&mut e, 'z');
        assert_eq!(e.area.lines(), [""]);
        // Ctrl+V of copied text is one step too, and what was copied survives undo.
        ctrl(&mut e, 'y');
        ctrl(&mut e, 'a');
        ctrl(&mut e, 'c');
        press(&mut e, KeyCode::End);
        ctrl(&mut e, 'v');
        assert_eq!(e.text(), "x = 1\ny = 2x = 1\ny = 2\n");
        ctrl(&mut e, 'z');
        assert_eq!(e.text(), "x = 1\ny = 2\n");
        ctrl(&mut e, 'v');
        assert_eq!(e.text(), "x = 1\ny = 2x = 1\ny = 2\n");
    }

    #[test]
    fn ctrl_home_and_ctrl_end_go_to_the_start_and_end_of_the_program() {
        let mut e = editor("a = 1\nb = 22\nprint(a + b)");
        e.area.move_cursor(CursorMove::Jump(1, 3));
        with(&mut e, KeyCode::End, KeyModifiers::CONTROL);
        assert_eq!(e.cursor(), (2, 12));
        with(&mut e, KeyCode::Home, KeyModifiers::CONTROL);
        assert_eq!(e.cursor(), (0, 0));
        with(
            &mut e,
            KeyCode::End,
            KeyModifiers::CONTROL | KeyModifiers::SHIFT,
        );
        assert!(e.is_selecting());
        ctrl(&mut e, 'c');
        assert_eq!(e.area.yank_text(), "a = 1\nb = 22\nprint(a + b)");
    }

    #[test]
    fn alt_up_and_down_move_the_line_or_the_selected_lines() {
        let mut e = editor("one\ntwo\nthree\nfour");
        e.area.move_cursor(CursorMove::Jump(2, 1));
        with(&mut e, KeyCode::Up, KeyModifiers::ALT);
        assert_eq!(e.text(), "one\nthree\ntwo\nfour\n");
        assert_eq!(e.cursor(), (1, 1));
        with(&mut e, KeyCode::Up, KeyModifiers::ALT);
        with(&mut e, KeyCode::Up, KeyModifiers::ALT);
        assert_eq!(
            e.text(),
            "three\none\ntwo\nfour\n",
            "the first line stays first"
        );
        // Select "one" and "two" and move them down past "four".
        press(&mut e, KeyCode::Down);
        with(&mut e, KeyCode::Down, KeyModifiers::SHIFT);
        with(&mut e, KeyCode::Down, KeyModifiers::ALT);
        assert_eq!(e.text(), "three\nfour\none\ntwo\n");
        assert!(e.is_selecting());
        with(&mut e, KeyCode::Down, KeyModifiers::ALT);
        assert_eq!(
            e.text(),
            "three\nfour\none\ntwo\n",
            "the last line stays last"
        );
        // One step each for undo.
        ctrl(&mut e, 'z');
        assert_eq!(e.text(), "three\none\ntwo\nfour\n");
    }

    #[test]
    fn page_down_never_goes_back_to_line_one() {
        let short = "print(1)\nprint(2)\n";
        let long: String = (1..=60).map(|i| format!("print({i})\n")).collect();
        for code in [short, long.as_str()] {
            let mut e = editor(code);
            e.scroll_into_view(ratatui::layout::Rect::new(0, 0, 40, 10));
            let mut last_row = 0;
            for _ in 0..10 {
                press(&mut e, KeyCode::PageDown);
                let (row, _) = e.cursor();
                assert!(row >= last_row, "PageDown went up to line {}", row + 1);
                last_row = row;
            }
            assert_eq!(last_row, code.lines().count(), "it ends on the last line");
            press(&mut e, KeyCode::PageUp);
            assert_eq!(e.cursor().0, last_row.saturating_sub(10));
        }
    }
}
