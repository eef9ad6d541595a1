//! Pop-ups over a screen: help, text to read, questions, a passed exercise, messages; how
//! their keys are handled and how they are drawn. Help lists the keys of the screen
//! underneath ([`App::help_keys`]), never its own; long pop-ups scroll, and stop at their end.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::text::{Line, Span, Text};
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::tui::widgets;
use crate::tutor::Place;

use super::{App, Screen};

/// A pop-up over the screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Keys for the screen underneath, scrolled down by `scroll` lines.
    Help { scroll: u16 },
    /// Text to read, with a title (a hint, the solution, all results, the whole task).
    Text {
        title: String,
        body: Vec<String>,
        kind: TextKind,
        scroll: u16,
    },
    /// A question: Enter/y confirms, Esc/n cancels.
    Confirm { question: String, action: Confirm },
    /// An exercise passed.
    Celebrate {
        message: String,
        next: Option<Place>,
    },
    /// A message to acknowledge.
    Message(String),
}

/// How the text of a pop-up is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    /// Lesson Markdown (hints, the task).
    Markdown,
    /// Python, highlighted with line numbers (the solution).
    Code,
    /// Preformatted text, line by line (full results).
    Plain,
}

/// What a confirmation does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Confirm {
    Reset,
    Quit,
    /// Open this terminal editor (vi or vim, which can be hard to leave) after all.
    HardEditor(Vec<String>),
}

impl App {
    pub(super) fn handle_overlay_key(&mut self, overlay: Overlay, key: KeyEvent) {
        match overlay {
            Overlay::Message(_) => {
                if !is_close_key(key) {
                    self.overlay = Some(overlay);
                }
            }
            Overlay::Help { scroll } => {
                if is_close_key(key) {
                    return;
                }
                let limit = widgets::popup_scroll_limit(self.size, &self.help_text());
                let scroll = scrolled(scroll, key).min(limit);
                self.overlay = Some(Overlay::Help { scroll });
            }
            Overlay::Text {
                title,
                body,
                kind,
                scroll,
            } => {
                if is_close_key(key) {
                    return;
                }
                let text = self.text_body(&body, kind);
                let scroll =
                    scrolled(scroll, key).min(widgets::popup_scroll_limit(self.size, &text));
                self.overlay = Some(Overlay::Text {
                    title,
                    body,
                    kind,
                    scroll,
                });
            }
            Overlay::Confirm { question, action } => match key.code {
                KeyCode::Enter | KeyCode::Char('y') | KeyCode::Char('Y') => {
                    self.confirmed(action);
                }
                KeyCode::Esc | KeyCode::Char('n') | KeyCode::Char('N') => {}
                _ => self.overlay = Some(Overlay::Confirm { question, action }),
            },
            Overlay::Celebrate { message, next } => match key.code {
                KeyCode::Enter => {
                    if let Some(place) = next {
                        if let Screen::Exercise(e) = &mut self.screen {
                            e.save(&mut self.tutor);
                        }
                        self.go(place);
                    }
                }
                KeyCode::Esc => {}
                _ => self.overlay = Some(Overlay::Celebrate { message, next }),
            },
        }
    }

    fn confirmed(&mut self, action: Confirm) {
        match action {
            Confirm::Quit => self.leave(),
            Confirm::HardEditor(command) => {
                if let Screen::Exercise(e) = &mut self.screen {
                    let transition = e.open_terminal_editor(command);
                    self.apply(transition);
                }
            }
            Confirm::Reset => {
                let body = self.body_area();
                if let Screen::Exercise(e) = &mut self.screen {
                    self.status = Some(e.reset(&mut self.tutor, body));
                }
            }
        }
    }

    pub(super) fn draw_overlay(&self, frame: &mut Frame<'_>, overlay: &Overlay) {
        let theme = &self.theme;
        let close = vec![("Esc", tr!("key-close"))];
        match overlay {
            Overlay::Help { scroll } => {
                let text = self.help_text();
                let mut keys = Vec::new();
                if widgets::popup_scroll_limit(self.size, &text) > 0 {
                    keys.push(("↑↓", tr!("key-scroll")));
                }
                keys.push(("Esc", tr!("key-close")));
                widgets::popup(frame, &tr!("help-title"), text, &keys, *scroll, theme);
            }
            Overlay::Text {
                title,
                body,
                kind,
                scroll,
            } => {
                widgets::popup(
                    frame,
                    title,
                    self.text_body(body, *kind),
                    &[("↑↓", tr!("key-scroll")), ("Esc", tr!("key-close"))],
                    *scroll,
                    theme,
                );
            }
            Overlay::Confirm { question, .. } => widgets::popup(
                frame,
                &tr!("confirm-title"),
                Text::from(widgets::styled_line(question.clone(), theme.normal)),
                &[("Enter", tr!("key-yes")), ("Esc", tr!("key-no"))],
                0,
                theme,
            ),
            Overlay::Celebrate { message, next } => {
                let mut lines = vec![
                    widgets::styled_line(format!("✓ {}", tr!("well-done")), theme.good),
                    Line::default(),
                    widgets::styled_line(message.clone(), theme.normal),
                ];
                let keys = match next {
                    Some(place) => {
                        lines.push(Line::default());
                        lines.push(widgets::styled_line(
                            tr!("next-is", place = self.tutor.describe(place)),
                            theme.normal,
                        ));
                        vec![
                            ("Enter", tr!("key-next-exercise")),
                            ("Esc", tr!("key-stay")),
                        ]
                    }
                    None => {
                        lines.push(Line::default());
                        lines.push(widgets::styled_line(tr!("course-finished"), theme.normal));
                        close.clone()
                    }
                };
                widgets::popup(
                    frame,
                    &tr!("passed-title"),
                    Text::from(lines),
                    &keys,
                    0,
                    theme,
                );
            }
            Overlay::Message(m) => widgets::popup(
                frame,
                &tr!("message-title"),
                Text::from(
                    m.lines()
                        .map(|l| widgets::styled_line(l.to_owned(), theme.normal))
                        .collect::<Vec<_>>(),
                ),
                &close,
                0,
                theme,
            ),
        }
    }
}

impl App {
    /// The help pop-up's text: every key of the screen underneath, then what holds everywhere.
    pub(super) fn help_text(&self) -> Text<'static> {
        let theme = &self.theme;
        let keys = self.help_keys();
        let column = keys.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
        let mut lines = vec![
            widgets::styled_line(tr!("help-intro"), theme.normal),
            Line::default(),
        ];
        for (key, label) in keys {
            if key.is_empty() {
                // A heading between groups of keys ("In your program:").
                lines.push(Line::default());
                lines.push(widgets::styled_line(label, theme.strong));
                continue;
            }
            lines.push(Line::from(vec![
                Span::styled(widgets::pad(key, column), theme.key),
                Span::styled(label, theme.normal),
            ]));
        }
        lines.push(Line::default());
        for line in tr!("help-everywhere").lines() {
            lines.push(widgets::styled_line(line.to_owned(), theme.normal));
        }
        Text::from(lines)
    }

    /// The text of a pop-up to read, as drawn.
    fn text_body(&self, body: &[String], kind: TextKind) -> Text<'static> {
        let theme = &self.theme;
        match kind {
            TextKind::Code => {
                let joined = body.join("\n");
                Text::from(
                    crate::tui::highlight::python_lines(
                        &crate::safe_text::for_terminal(&joined),
                        theme,
                    )
                    .into_iter()
                    .enumerate()
                    .map(|(i, spans)| {
                        let mut l =
                            vec![Span::styled(format!("{:>3} │ ", i + 1), theme.line_number)];
                        l.extend(spans);
                        Line::from(l)
                    })
                    .collect::<Vec<_>>(),
                )
            }
            TextKind::Markdown => widgets::markdown_text(&body.join("\n"), theme),
            TextKind::Plain => Text::from(
                body.join("\n")
                    .lines()
                    .map(|l| widgets::styled_line(crate::safe_text::for_terminal(l), theme.normal))
                    .collect::<Vec<_>>(),
            ),
        }
    }
}

/// A pop-up's scroll position after a key (the caller keeps it above the end).
fn scrolled(scroll: u16, key: KeyEvent) -> u16 {
    match key.code {
        KeyCode::Down => scroll.saturating_add(1),
        KeyCode::Up => scroll.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(10),
        KeyCode::PageUp => scroll.saturating_sub(10),
        KeyCode::Home => 0,
        KeyCode::End => u16::MAX,
        _ => scroll,
    }
}

fn is_close_key(key: KeyEvent) -> bool {
    matches!(
        key.code,
        KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') | KeyCode::F(1)
    )
}
