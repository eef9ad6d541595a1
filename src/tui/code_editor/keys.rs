//! The editor's keys: one table says which key does what and how help names it, so the keys
//! the editor handles and the keys F1 lists cannot drift apart. Each row is one line of help
//! (`Ctrl+Home/End`) and may cover several key presses; the editor asks [`action_for`] what a
//! press means and does it, and help is [`help`]. Plain characters are typed; keys in no row
//! do nothing.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui_textarea::CursorMove;

/// What a key does in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Moves the cursor; with `select`, extends the selection.
    Move {
        to: CursorMove,
        select: bool,
    },
    /// Moves a page up (`false`) or down (`true`), keeping the column.
    Page {
        down: bool,
        select: bool,
    },
    /// Moves the current line, or the selected lines, up or down.
    MoveLines {
        down: bool,
    },
    Newline,
    Indent,
    Dedent,
    Backspace,
    Delete,
    SelectAll,
    Copy,
    Cut,
    Paste,
    Undo,
    Redo,
}

/// One row of the table: the keys as help shows them, the Fluent message for what they do,
/// and which presses they cover.
pub struct EditorKey {
    pub keys: &'static str,
    pub label: &'static str,
    action: fn(&KeyEvent) -> Option<Action>,
}

fn mods(key: &KeyEvent) -> (bool, bool, bool) {
    (
        key.modifiers.contains(KeyModifiers::CONTROL),
        key.modifiers.contains(KeyModifiers::ALT),
        key.modifiers.contains(KeyModifiers::SHIFT),
    )
}

/// A Ctrl+letter shortcut (either case, as terminals differ), without Alt or Shift.
fn ctrl_letter(key: &KeyEvent, letter: char) -> bool {
    let (ctrl, alt, shift) = mods(key);
    ctrl && !alt && !shift && matches!(key.code, KeyCode::Char(c) if c == letter)
}

fn arrow(code: KeyCode) -> Option<CursorMove> {
    match code {
        KeyCode::Left => Some(CursorMove::Back),
        KeyCode::Right => Some(CursorMove::Forward),
        KeyCode::Up => Some(CursorMove::Up),
        KeyCode::Down => Some(CursorMove::Down),
        _ => None,
    }
}

fn shortcut(key: &KeyEvent, letter: char, action: Action) -> Option<Action> {
    ctrl_letter(key, letter).then_some(action)
}

/// Every key the editor handles, in the order help lists them.
pub const KEYS: &[EditorKey] = &[
    EditorKey {
        keys: "←→↑↓",
        label: "key-move-cursor",
        action: |k| match mods(k) {
            (false, false, false) => arrow(k.code).map(|to| Action::Move { to, select: false }),
            _ => None,
        },
    },
    EditorKey {
        keys: "Shift+←→↑↓",
        label: "key-select-text",
        action: |k| match mods(k) {
            (false, false, true) => arrow(k.code).map(|to| Action::Move { to, select: true }),
            _ => None,
        },
    },
    EditorKey {
        keys: "Ctrl+←→",
        label: "key-word",
        action: |k| {
            let (ctrl, alt, shift) = mods(k);
            let to = match k.code {
                KeyCode::Left => CursorMove::WordBack,
                KeyCode::Right => CursorMove::WordForward,
                _ => return None,
            };
            (ctrl && !alt).then_some(Action::Move { to, select: shift })
        },
    },
    EditorKey {
        keys: "Home/End",
        label: "key-line-ends",
        action: |k| {
            let (ctrl, alt, shift) = mods(k);
            let to = match k.code {
                KeyCode::Home => CursorMove::Head,
                KeyCode::End => CursorMove::End,
                _ => return None,
            };
            (!ctrl && !alt).then_some(Action::Move { to, select: shift })
        },
    },
    EditorKey {
        keys: "Ctrl+Home/End",
        label: "key-program-ends",
        action: |k| {
            let (ctrl, alt, shift) = mods(k);
            let to = match k.code {
                KeyCode::Home => CursorMove::Top,
                KeyCode::End => CursorMove::Bottom,
                _ => return None,
            };
            (ctrl && !alt).then_some(Action::Move { to, select: shift })
        },
    },
    EditorKey {
        keys: "PgUp/PgDn",
        label: "key-page",
        action: |k| {
            let (_, alt, shift) = mods(k);
            let down = match k.code {
                KeyCode::PageUp => false,
                KeyCode::PageDown => true,
                _ => return None,
            };
            (!alt).then_some(Action::Page {
                down,
                select: shift,
            })
        },
    },
    EditorKey {
        keys: "Alt+↑↓",
        label: "key-move-lines",
        action: |k| match (mods(k), k.code) {
            ((false, true, _), KeyCode::Up) => Some(Action::MoveLines { down: false }),
            ((false, true, _), KeyCode::Down) => Some(Action::MoveLines { down: true }),
            _ => None,
        },
    },
    EditorKey {
        keys: "Enter",
        label: "key-new-line",
        action: |k| (k.code == KeyCode::Enter).then_some(Action::Newline),
    },
    EditorKey {
        keys: "Tab",
        label: "key-indent",
        action: |k| {
            (k.code == KeyCode::Tab && k.modifiers.difference(KeyModifiers::SHIFT).is_empty()).then(
                || {
                    if k.modifiers.contains(KeyModifiers::SHIFT) {
                        Action::Dedent
                    } else {
                        Action::Indent
                    }
                },
            )
        },
    },
    EditorKey {
        keys: "Shift+Tab",
        label: "key-dedent",
        action: |k| (k.code == KeyCode::BackTab).then_some(Action::Dedent),
    },
    EditorKey {
        keys: "Backspace/Del",
        label: "key-delete",
        action: |k| match k.code {
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Delete => Some(Action::Delete),
            _ => None,
        },
    },
    EditorKey {
        keys: "Ctrl+A",
        label: "key-select-all",
        action: |k| shortcut(k, 'a', Action::SelectAll),
    },
    EditorKey {
        keys: "Ctrl+C",
        label: "key-copy",
        action: |k| shortcut(k, 'c', Action::Copy),
    },
    EditorKey {
        keys: "Ctrl+X",
        label: "key-cut",
        action: |k| shortcut(k, 'x', Action::Cut),
    },
    EditorKey {
        keys: "Ctrl+V",
        label: "key-paste",
        action: |k| shortcut(k, 'v', Action::Paste),
    },
    EditorKey {
        keys: "Ctrl+Z",
        label: "key-undo",
        action: |k| shortcut(k, 'z', Action::Undo),
    },
    EditorKey {
        keys: "Ctrl+Y",
        label: "key-redo",
        action: |k| {
            let (ctrl, alt, shift) = mods(k);
            // Ctrl+Shift+Z redoes too, as in many editors (terminals send `Z` or `z`).
            let shift_z = ctrl && !alt && matches!(k.code, KeyCode::Char('Z'))
                || ctrl && !alt && shift && matches!(k.code, KeyCode::Char('z'));
            (shift_z || ctrl_letter(k, 'y')).then_some(Action::Redo)
        },
    },
];

/// What a key press does, if the editor handles it (typing aside).
pub fn action_for(key: &KeyEvent) -> Option<Action> {
    KEYS.iter().find_map(|row| (row.action)(key))
}

/// The editor's keys for help: (keys, what they do) in the learner's language.
pub fn help() -> Vec<(&'static str, String)> {
    KEYS.iter()
        .map(|row| (row.keys, crate::tr!(row.label)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn the_keys_the_brief_names_all_do_something() {
        use KeyModifiers as M;
        let cases = [
            (key(KeyCode::Char('a'), M::CONTROL), Action::SelectAll),
            (key(KeyCode::Char('c'), M::CONTROL), Action::Copy),
            (key(KeyCode::Char('x'), M::CONTROL), Action::Cut),
            (key(KeyCode::Char('v'), M::CONTROL), Action::Paste),
            (key(KeyCode::Char('z'), M::CONTROL), Action::Undo),
            (key(KeyCode::Char('y'), M::CONTROL), Action::Redo),
            (key(KeyCode::Char('Z'), M::CONTROL | M::SHIFT), Action::Redo),
            (
                key(KeyCode::Home, M::CONTROL),
                Action::Move {
                    to: CursorMove::Top,
                    select: false,
                },
            ),
            (
                key(KeyCode::End, M::CONTROL | M::SHIFT),
                Action::Move {
                    to: CursorMove::Bottom,
                    select: true,
                },
            ),
            (
                key(KeyCode::Left, M::SHIFT),
                Action::Move {
                    to: CursorMove::Back,
                    select: true,
                },
            ),
            (key(KeyCode::Up, M::ALT), Action::MoveLines { down: false }),
            (key(KeyCode::Down, M::ALT), Action::MoveLines { down: true }),
            (key(KeyCode::BackTab, M::SHIFT), Action::Dedent),
        ];
        for (press, action) in cases {
            assert_eq!(action_for(&press), Some(action), "{press:?}");
        }
        // Other Ctrl shortcuts are not secretly handled (Ctrl+K would delete a line).
        assert_eq!(action_for(&key(KeyCode::Char('k'), M::CONTROL)), None);
        assert_eq!(action_for(&key(KeyCode::Char('k'), M::NONE)), None);
    }

    #[test]
    fn every_row_has_words_in_every_language() {
        for lang in ["en-GB", "cy", "es", "pl"] {
            for row in KEYS {
                assert!(
                    crate::i18n::has_message(&lang.parse().unwrap(), row.label),
                    "{lang} has no {}",
                    row.label
                );
            }
        }
    }
}
