//! The exercise screen's keys (the editor's own are in `code_editor::keys`): one table that
//! the screen's key handling, its key bar and help (F1) all read, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::ExerciseScreen;
use crate::tr;

impl ExerciseScreen {
    /// The key bar: the screen's keys that [`KEYS`] puts there (F4 once there are results).
    pub fn keys(&self) -> Vec<(&'static str, String)> {
        KEYS.iter()
            .filter(|row| self.offers(row.command))
            .filter(|row| match row.footer {
                Footer::Always => true,
                Footer::Never => false,
                Footer::WithResults => self.report.is_some(),
            })
            .map(|row| match row.command {
                // While a check runs, Esc stops it.
                Command::Back if self.checking.is_some() => (row.key, tr!("key-stop-check")),
                _ => (row.key, tr!(row.label)),
            })
            .collect()
    }

    /// Help: every key of [`KEYS`] with all its names, then the editor's own keys.
    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        let mut keys: Vec<_> = KEYS
            .iter()
            .filter(|row| self.offers(row.command))
            .map(|row| (row.names, tr!(row.label)))
            .collect();
        keys.push(("", tr!("help-editor-heading")));
        keys.extend(crate::tui::code_editor::keys::help());
        keys
    }
}

impl ExerciseScreen {
    /// Whether this exercise offers `command` at all: no hint key where there is no hint.
    fn offers(&self, command: Command) -> bool {
        command != Command::Hint || self.hints_total > 0
    }
}

/// What a key of the exercise screen does (the editor's own keys are in `code_editor::keys`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Command {
    Check,
    Run,
    Hint,
    Solution,
    MyEditor,
    Task,
    Results,
    Reset,
    Back,
}

/// When a key is on the key bar.
enum Footer {
    Always,
    Never,
    /// Once there are results to show.
    WithResults,
}

/// One key of the screen: its name on the key bar, all its names for help, its words, and
/// which presses it covers.
pub(super) struct ScreenKey {
    key: &'static str,
    names: &'static str,
    label: &'static str,
    pub(super) command: Command,
    footer: Footer,
    pub(super) matches: fn(&KeyEvent) -> bool,
}

fn ctrl_key(key: &KeyEvent, letter: char) -> bool {
    key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char(letter)
}

/// The exercise screen's keys, in key-bar and help order: the one list the screen handles,
/// the key bar shows and help lists.
pub(super) const KEYS: &[ScreenKey] = &[
    ScreenKey {
        key: "F5",
        names: "F5, Ctrl+T",
        label: "key-check",
        command: Command::Check,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(5) || ctrl_key(k, 't'),
    },
    ScreenKey {
        key: "F6",
        names: "F6, Ctrl+R",
        label: "key-run",
        command: Command::Run,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(6) || ctrl_key(k, 'r'),
    },
    ScreenKey {
        key: "F7",
        names: "F7",
        label: "key-hint",
        command: Command::Hint,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(7),
    },
    ScreenKey {
        key: "F8",
        names: "F8",
        label: "key-solution",
        command: Command::Solution,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(8),
    },
    ScreenKey {
        key: "F2",
        names: "F2",
        label: "key-my-editor",
        command: Command::MyEditor,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(2),
    },
    ScreenKey {
        key: "F3",
        names: "F3",
        label: "key-whole-task",
        command: Command::Task,
        footer: Footer::Never,
        matches: |k| k.code == KeyCode::F(3),
    },
    ScreenKey {
        key: "F4",
        names: "F4",
        label: "key-all-results",
        command: Command::Results,
        footer: Footer::WithResults,
        matches: |k| k.code == KeyCode::F(4),
    },
    ScreenKey {
        key: "F9",
        names: "F9",
        label: "key-reset",
        command: Command::Reset,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::F(9),
    },
    ScreenKey {
        key: "Esc",
        names: "Esc",
        label: "key-back",
        command: Command::Back,
        footer: Footer::Always,
        matches: |k| k.code == KeyCode::Esc,
    },
];
