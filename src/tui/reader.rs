//! The lesson reader: one page at a time, with Markdown shown as formatted text and code
//! highlighted. Reading a page records it, for the course map and "continue".

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::app::Transition;
use super::key_help::{self, KeyRow};
use super::theme::Theme;
use super::widgets;
use crate::tr;
use crate::tutor::Tutor;

pub struct ReaderScreen {
    pub pack: String,
    pub lesson: String,
    pub page: usize,
    scroll: u16,
}

impl ReaderScreen {
    pub fn new(tutor: &mut Tutor, pack: &str, lesson: &str, page: usize) -> ReaderScreen {
        let _ = tutor.read_page(pack, lesson, page);
        ReaderScreen {
            pack: pack.to_owned(),
            lesson: lesson.to_owned(),
            page,
            scroll: 0,
        }
    }

    fn pages(&self, tutor: &Tutor) -> usize {
        tutor
            .lesson(&self.pack, &self.lesson)
            .map(|(_, l)| l.pages.len())
            .unwrap_or(0)
    }

    pub fn title(&self, tutor: &Tutor) -> String {
        match tutor.lesson(&self.pack, &self.lesson) {
            Some((_, l)) => l.title.clone(),
            None => String::new(),
        }
    }

    /// How far this page may scroll in `area`: to its last line, never into blank space.
    fn max_scroll(&self, tutor: &Tutor, area: Rect) -> u16 {
        let Some((_, l)) = tutor.lesson(&self.pack, &self.lesson) else {
            return 0;
        };
        let Some(p) = l.pages.get(self.page) else {
            return 0;
        };
        let text = widgets::markdown_text(&p.text, &Theme::choose(None));
        let inner = widgets::margin(widgets::panel("", true, &Theme::choose(None)).inner(area));
        widgets::max_scroll(&text, inner.width, inner.height)
    }

    fn turn(&mut self, tutor: &mut Tutor, page: usize) {
        self.page = page;
        self.scroll = 0;
        let _ = tutor.read_page(&self.pack, &self.lesson, page);
    }

    pub fn handle_key(&mut self, key: KeyEvent, tutor: &mut Tutor, area: Rect) -> Transition {
        let pages = self.pages(tutor);
        let visible = area.height.saturating_sub(3).max(1) as usize;
        let max_scroll = self.max_scroll(tutor, area);
        match key.code {
            KeyCode::Down => self.scroll = (self.scroll + 1).min(max_scroll),
            KeyCode::Up => self.scroll = self.scroll.saturating_sub(1),
            KeyCode::PageDown | KeyCode::Char(' ') => {
                if self.scroll >= max_scroll && self.page + 1 < pages {
                    self.turn(tutor, self.page + 1);
                } else {
                    self.scroll = (self.scroll + visible as u16).min(max_scroll);
                }
            }
            KeyCode::PageUp => self.scroll = self.scroll.saturating_sub(visible as u16),
            KeyCode::Right | KeyCode::Enter | KeyCode::Char('n') => {
                if self.page + 1 < pages {
                    self.turn(tutor, self.page + 1);
                } else {
                    return self.to_exercises(tutor);
                }
            }
            KeyCode::Left | KeyCode::Char('p') if self.page > 0 => {
                let page = self.page - 1;
                self.turn(tutor, page);
            }
            KeyCode::Esc | KeyCode::Backspace | KeyCode::Char('q') | KeyCode::Char('Q') => {
                return Transition::Back;
            }
            _ => {}
        }
        Transition::Stay
    }

    /// After the last page: the lesson's first exercise not done, else the overview.
    fn to_exercises(&self, tutor: &mut Tutor) -> Transition {
        match tutor.first_unfinished_in_lesson(&self.pack, &self.lesson) {
            Some(place) => Transition::Go(place),
            None => Transition::Lesson {
                pack: self.pack.clone(),
                lesson: self.lesson.clone(),
            },
        }
    }

    /// The keys `handle_key` handles, for the key bar and help.
    fn key_rows(&self, tutor: &Tutor) -> Vec<KeyRow> {
        let last = self.page + 1 >= self.pages(tutor);
        let next = if last {
            tr!("key-to-exercises")
        } else {
            tr!("key-next-page")
        };
        let mut keys = vec![KeyRow::shown("→", "→, Enter, N", next)];
        if self.page > 0 {
            keys.push(KeyRow::shown("←", "←, P", tr!("key-previous-page")));
        }
        keys.push(KeyRow::shown("↑↓", "↑↓", tr!("key-scroll")));
        keys.push(KeyRow::help_only("PgUp/PgDn, Space", tr!("key-page")));
        keys.push(KeyRow::shown("Esc", "Esc, Backspace, Q", tr!("key-back")));
        keys
    }

    pub fn keys(&self, tutor: &Tutor) -> Vec<(&'static str, String)> {
        key_help::bar(self.key_rows(tutor))
    }

    pub fn help_keys(&self, tutor: &Tutor) -> Vec<(&'static str, String)> {
        key_help::help(self.key_rows(tutor))
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, tutor: &Tutor) {
        let Some((_, lesson)) = tutor.lesson(&self.pack, &self.lesson) else {
            return;
        };
        let Some(page) = lesson.pages.get(self.page) else {
            return;
        };
        let title = format!(
            " {} · {} ",
            page.title,
            tr!("page-of", page = self.page + 1, pages = lesson.pages.len())
        );
        widgets::scrolled_text(
            frame,
            area,
            widgets::panel(title, true, theme),
            widgets::markdown_text(&page.text, theme),
            self.scroll,
            theme,
        );
    }
}
