//! Settings: theme, language, the outside editor and the mouse, kept per learner.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::Transition;
use super::key_help::{self, KeyRow};
use super::theme::{Theme, ThemeName};
use super::widgets;
use crate::tr;
use crate::tutor::{Setting, Tutor};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Theme,
    Language,
    Editor,
    Mouse,
}

const ROWS: [Row; 4] = [Row::Theme, Row::Language, Row::Editor, Row::Mouse];

pub struct SettingsScreen {
    selected: usize,
    theme: ThemeName,
    languages: Vec<(String, String)>,
    language: usize,
    editor: String,
    editing_editor: bool,
    no_color: bool,
    mouse: bool,
}

impl SettingsScreen {
    pub fn new(tutor: &Tutor) -> SettingsScreen {
        let languages = crate::i18n::available();
        let current = crate::i18n::language().to_string();
        let language = languages
            .iter()
            .position(|(tag, _)| *tag == current)
            .unwrap_or(0);
        let settings = tutor.settings();
        SettingsScreen {
            selected: 0,
            theme: settings.theme.unwrap_or(ThemeName::Default),
            languages,
            language,
            editor: settings.editor.unwrap_or_default(),
            editing_editor: false,
            no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
            mouse: settings.mouse,
        }
    }

    /// Whether the learner is typing an editor command.
    pub fn is_typing(&self) -> bool {
        self.editing_editor
    }

    fn change(&mut self, tutor: &mut Tutor, forward: bool) {
        match ROWS[self.selected] {
            Row::Theme => {
                let i = ThemeName::ALL
                    .iter()
                    .position(|t| *t == self.theme)
                    .unwrap_or(0);
                let n = ThemeName::ALL.len();
                self.theme = ThemeName::ALL[if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                }];
                tutor.set(Setting::Theme(self.theme));
            }
            Row::Language => {
                let n = self.languages.len().max(1);
                self.language = if forward {
                    (self.language + 1) % n
                } else {
                    (self.language + n - 1) % n
                };
                if let Some((tag, _)) = self.languages.get(self.language) {
                    tutor.set_language(tag);
                }
            }
            Row::Editor => self.editing_editor = true,
            Row::Mouse => {
                self.mouse = !self.mouse;
                tutor.set(Setting::Mouse(self.mouse));
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, tutor: &mut Tutor) -> Transition {
        if self.editing_editor {
            match key.code {
                KeyCode::Enter => {
                    self.editing_editor = false;
                    tutor.set(Setting::Editor(self.editor.trim().to_owned()));
                }
                KeyCode::Esc => {
                    self.editing_editor = false;
                    self.editor = tutor.settings().editor.unwrap_or_default();
                }
                KeyCode::Backspace => {
                    self.editor.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    self.editor.push(c)
                }
                _ => {}
            }
            return Transition::Stay;
        }
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => self.selected = (self.selected + 1).min(ROWS.len() - 1),
            KeyCode::Right | KeyCode::Enter | KeyCode::Char(' ') => self.change(tutor, true),
            KeyCode::Left => self.change(tutor, false),
            KeyCode::Esc | KeyCode::Char('q') => return Transition::Back,
            _ => {}
        }
        Transition::Stay
    }

    /// The keys `handle_key` handles, for the key bar and help.
    fn key_rows(&self) -> Vec<KeyRow> {
        if self.editing_editor {
            return vec![
                KeyRow::shown("Enter", "Enter", tr!("key-save")),
                KeyRow::shown("Esc", "Esc", tr!("key-cancel")),
                KeyRow::help_only("Backspace", tr!("key-delete")),
            ];
        }
        vec![
            KeyRow::shown("↑↓", "↑↓", tr!("key-choose")),
            KeyRow::shown("←→", "←→, Enter, Space", tr!("key-change")),
            KeyRow::shown("Esc", "Esc, Q", tr!("key-back")),
        ]
    }

    pub fn keys(&self) -> Vec<(&'static str, String)> {
        key_help::bar(self.key_rows())
    }

    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        key_help::help(self.key_rows())
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = widgets::panel(format!(" {} ", tr!("settings")), true, theme);
        let inner = block.inner(area);
        frame.render_widget(block, area);
        let mut lines = vec![Line::default()];
        for (i, row) in ROWS.iter().enumerate() {
            let selected = i == self.selected;
            let marker = if selected { "▶ " } else { "  " };
            let (label, value) = match row {
                Row::Theme => (
                    tr!("setting-theme"),
                    format!("◀ {} ▶", tr!(self.theme.label_key())),
                ),
                Row::Language => (
                    tr!("setting-language"),
                    format!(
                        "◀ {} ▶",
                        self.languages
                            .get(self.language)
                            .map(|l| l.1.clone())
                            .unwrap_or_default()
                    ),
                ),
                Row::Editor => (
                    tr!("setting-editor"),
                    if self.editing_editor {
                        format!("{}▏", self.editor)
                    } else if self.editor.is_empty() {
                        tr!(
                            "editor-default",
                            editor = crate::editor::command_for(None).join(" ")
                        )
                    } else {
                        self.editor.clone()
                    },
                ),
                Row::Mouse => (
                    tr!("setting-mouse"),
                    format!(
                        "◀ {} ▶",
                        if self.mouse {
                            tr!("mouse-on")
                        } else {
                            tr!("mouse-off")
                        }
                    ),
                ),
            };
            lines.push(Line::from(vec![
                Span::styled(
                    format!("  {marker}{}", widgets::pad(&label, 14)),
                    if selected {
                        theme.selected
                    } else {
                        theme.strong
                    },
                ),
                Span::styled(format!(" {value}"), theme.normal),
            ]));
        }
        lines.push(Line::default());
        if self.no_color {
            lines.push(widgets::styled_line(
                format!("  {}", tr!("no-color-note")),
                theme.muted,
            ));
        }
        let explain = match ROWS[self.selected] {
            Row::Editor => Some(tr!("editor-explain")),
            Row::Mouse => Some(tr!("mouse-explain")),
            _ => None,
        };
        if let Some(explain) = explain {
            lines.push(widgets::styled_line(format!("  {explain}"), theme.muted));
        }
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: false })
                .style(theme.normal),
            inner,
        );
    }
}
