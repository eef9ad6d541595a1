//! The course map and the lesson overview.
//!
//! The map lists every pack's lessons with a progress bar and the count in words ("4 of 6
//! done"); its first row, selected by default, is "Continue where you left off" (or "Start
//! here" for a learner who has not begun: [`Tutor::resume`], [`Tutor::start`]). A lesson's
//! overview lists its reading and its exercises, each with a symbol and a word for its
//! status (✓ done, ◐ tried, ○ new: `store::Status`'s symbol and word), never colour alone.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::app::Transition;
use super::key_help::{self, KeyRow};
use super::theme::Theme;
use super::widgets;
use crate::store::Status;
use crate::tr;
use crate::tutor::{Place, Tutor};

/// A row of the course map.
#[derive(Debug, Clone, PartialEq)]
enum MapRow {
    /// "Continue where you left off", or "Start" for a new learner: the place and the label.
    Continue(Place, String),
    /// The second line of "continue": where that is.
    ContinueDetail(String),
    Pack(String),
    Lesson {
        pack: String,
        lesson: String,
        number: usize,
        title: String,
        done: usize,
        total: usize,
    },
    Empty,
}

impl MapRow {
    fn selectable(&self) -> bool {
        matches!(self, MapRow::Continue(..) | MapRow::Lesson { .. })
    }
}

pub struct MapScreen {
    rows: Vec<MapRow>,
    selected: usize,
}

impl MapScreen {
    pub fn new(tutor: &Tutor) -> MapScreen {
        let mut rows = Vec::new();
        // A learner who has begun continues; a new one is offered the start.
        let onward = match tutor.resume() {
            Some(place) => Some((place, tr!("continue"))),
            None => tutor.start().map(|place| (place, tr!("start-here"))),
        };
        if let Some((place, label)) = onward {
            let words = tutor.describe(&place);
            rows.push(MapRow::Continue(place, label));
            rows.push(MapRow::ContinueDetail(words));
            rows.push(MapRow::Empty);
        }
        for pack in tutor.course() {
            rows.push(MapRow::Pack(pack.title.clone()));
            for (i, lesson) in pack.lessons.iter().enumerate() {
                rows.push(MapRow::Lesson {
                    pack: pack.id.clone(),
                    lesson: lesson.id.clone(),
                    number: i + 1,
                    title: lesson.title.clone(),
                    done: lesson.done(),
                    total: lesson.exercises.len(),
                });
            }
            rows.push(MapRow::Empty);
        }
        let selected = rows.iter().position(MapRow::selectable).unwrap_or(0);
        MapScreen { rows, selected }
    }

    /// The map with a lesson selected (when coming back from it).
    pub fn with_selected(tutor: &Tutor, pack: &str, lesson: &str) -> MapScreen {
        let mut map = MapScreen::new(tutor);
        if let Some(i) = map.rows.iter().position(
            |r| matches!(r, MapRow::Lesson { pack: p, lesson: l, .. } if p == pack && l == lesson),
        ) {
            map.selected = i;
        }
        map
    }

    fn step(&mut self, down: bool) {
        let mut i = self.selected;
        loop {
            if down {
                if i + 1 >= self.rows.len() {
                    return;
                }
                i += 1;
            } else {
                if i == 0 {
                    return;
                }
                i -= 1;
            }
            if self.rows[i].selectable() {
                self.selected = i;
                return;
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Transition {
        match key.code {
            KeyCode::Up => self.step(false),
            KeyCode::Down => self.step(true),
            KeyCode::PageUp => (0..8).for_each(|_| self.step(false)),
            KeyCode::PageDown => (0..8).for_each(|_| self.step(true)),
            KeyCode::Enter | KeyCode::Right => match self.rows.get(self.selected) {
                Some(MapRow::Continue(place, _)) => return Transition::Go(place.clone()),
                Some(MapRow::Lesson { pack, lesson, .. }) => {
                    return Transition::Lesson {
                        pack: pack.clone(),
                        lesson: lesson.clone(),
                    };
                }
                _ => {}
            },
            KeyCode::Char('s') | KeyCode::Char('S') => {
                return Transition::Settings;
            }
            // q and Esc go back: from here, to "Who are you?".
            KeyCode::Char('l')
            | KeyCode::Char('L')
            | KeyCode::Char('q')
            | KeyCode::Char('Q')
            | KeyCode::Esc => return Transition::Back,
            _ => {}
        }
        Transition::Stay
    }

    /// The keys `handle_key` handles, for the key bar and help.
    fn key_rows(&self) -> Vec<KeyRow> {
        vec![
            KeyRow::shown("↑↓", "↑↓", tr!("key-choose")),
            KeyRow::help_only("PgUp/PgDn", tr!("key-page")),
            KeyRow::shown("Enter", "Enter, →", tr!("key-open")),
            KeyRow::shown("S", "S", tr!("settings")),
            KeyRow::shown("Esc", "Esc, Q, L", tr!("key-change-learner")),
        ]
    }

    pub fn keys(&self) -> Vec<(&'static str, String)> {
        key_help::bar(self.key_rows())
    }

    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        key_help::help(self.key_rows())
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = widgets::panel(format!(" {} ", tr!("title-course")), true, theme);
        let inner = widgets::margin(block.inner(area));
        let width = inner.width as usize;
        let height = inner.height as usize;
        let first = (self.selected + 2).saturating_sub(height);
        let below = first + height < self.rows.len();
        frame.render_widget(widgets::mark_cut(block, first > 0, below, theme), area);
        let mut lines = Vec::new();
        for (i, row) in self.rows.iter().enumerate().skip(first).take(height) {
            let selected = i == self.selected;
            let marker = if selected { "▶ " } else { "  " };
            let style = if selected {
                theme.selected
            } else {
                theme.normal
            };
            let line = match row {
                MapRow::Continue(_, label) => Line::from(Span::styled(
                    widgets::pad(&format!("{marker}{label}"), width),
                    if selected {
                        theme.selected
                    } else {
                        theme.strong
                    },
                )),
                MapRow::ContinueDetail(words) => Line::from(Span::styled(
                    widgets::pad(&format!("    {words}"), width),
                    theme.normal,
                )),
                MapRow::Pack(title) => Line::from(Span::styled(title.clone(), theme.heading)),
                MapRow::Lesson {
                    number,
                    title,
                    done,
                    total,
                    ..
                } => {
                    let count = tr!("done-count", done = *done, total = *total);
                    let bar_width = 10;
                    let right = format!(" {} {count}", widgets::bar(*done, *total, bar_width));
                    let left_width = width.saturating_sub(right.chars().count() + 1);
                    let left = widgets::pad(&format!("{marker}{number}. {title}"), left_width);
                    Line::from(vec![Span::styled(left, style), Span::styled(right, style)])
                }
                MapRow::Empty => Line::default(),
            };
            lines.push(line);
        }
        frame.render_widget(Paragraph::new(lines).style(theme.normal), inner);
    }
}

/// A row of a lesson's overview.
#[derive(Debug, Clone, PartialEq)]
enum LessonRow {
    Read {
        pages: usize,
        read: usize,
    },
    Exercise {
        id: String,
        title: String,
        status: Status,
    },
}

pub struct LessonScreen {
    pub pack: String,
    pub lesson: String,
    pub title: String,
    rows: Vec<LessonRow>,
    selected: usize,
}

impl LessonScreen {
    pub fn new(tutor: &Tutor, pack: &str, lesson: &str) -> LessonScreen {
        let course = tutor.course();
        let view = course.iter().find(|p| p.id == pack).and_then(|p| {
            p.lessons
                .iter()
                .position(|l| l.id == lesson)
                .map(|i| (i, p.lessons[i].clone(), p.title.clone()))
        });
        let mut rows = Vec::new();
        let mut title = String::new();
        if let Some((index, view, pack_title)) = view {
            title = tr!(
                "lesson-title",
                pack = pack_title.as_str(),
                number = index + 1,
                title = view.title.as_str()
            );
            if view.pages > 0 {
                rows.push(LessonRow::Read {
                    pages: view.pages,
                    read: view.pages_read,
                });
            }
            for (id, t, status) in view.exercises {
                rows.push(LessonRow::Exercise {
                    id,
                    title: t,
                    status,
                });
            }
        }
        // Start on the first thing not done.
        let selected = rows
            .iter()
            .position(|r| match r {
                LessonRow::Read { pages, read } => read < pages,
                LessonRow::Exercise { status, .. } => *status != Status::Passed,
            })
            .unwrap_or(0);
        LessonScreen {
            pack: pack.to_owned(),
            lesson: lesson.to_owned(),
            title,
            rows,
            selected,
        }
    }

    pub fn select_exercise(&mut self, exercise: &str) {
        if let Some(i) = self
            .rows
            .iter()
            .position(|r| matches!(r, LessonRow::Exercise { id, .. } if id == exercise))
        {
            self.selected = i;
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Transition {
        match key.code {
            KeyCode::Up => self.selected = self.selected.saturating_sub(1),
            KeyCode::Down => {
                self.selected = (self.selected + 1).min(self.rows.len().saturating_sub(1))
            }
            KeyCode::Enter | KeyCode::Right => match self.rows.get(self.selected) {
                Some(LessonRow::Read { .. }) => {
                    return Transition::Go(Place::Page {
                        pack: self.pack.clone(),
                        lesson: self.lesson.clone(),
                        page: 0,
                    });
                }
                Some(LessonRow::Exercise { id, .. }) => {
                    return Transition::Go(Place::Exercise {
                        pack: self.pack.clone(),
                        exercise: id.clone(),
                    });
                }
                None => {}
            },
            KeyCode::Esc
            | KeyCode::Left
            | KeyCode::Backspace
            | KeyCode::Char('q')
            | KeyCode::Char('Q') => return Transition::Back,
            _ => {}
        }
        Transition::Stay
    }

    /// The keys `handle_key` handles, for the key bar and help.
    fn key_rows(&self) -> Vec<KeyRow> {
        vec![
            KeyRow::shown("↑↓", "↑↓", tr!("key-choose")),
            KeyRow::shown("Enter", "Enter, →", tr!("key-open")),
            KeyRow::shown("Esc", "Esc, ←, Backspace, Q", tr!("key-back")),
        ]
    }

    pub fn keys(&self) -> Vec<(&'static str, String)> {
        key_help::bar(self.key_rows())
    }

    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        key_help::help(self.key_rows())
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme) {
        let block = widgets::panel(format!(" {} ", self.title), true, theme);
        let inner = widgets::margin(block.inner(area));
        let width = inner.width as usize;
        let height = inner.height as usize;
        let first = (self.selected + 1).saturating_sub(height);
        let below = first + height < self.rows.len();
        frame.render_widget(widgets::mark_cut(block, first > 0, below, theme), area);
        // The status column is as wide as the longest status word in this language.
        let column = [
            tr!("status-done"),
            tr!("status-tried"),
            tr!("status-new"),
            tr!("status-read"),
            tr!("status-not-read"),
        ]
        .iter()
        .map(|w| unicode_width::UnicodeWidthStr::width(w.as_str()))
        .max()
        .unwrap_or(8);
        let mut lines = Vec::new();
        for (i, row) in self.rows.iter().enumerate().skip(first).take(height) {
            let selected = i == self.selected;
            let marker = if selected { "▶ " } else { "  " };
            let style = if selected {
                theme.selected
            } else {
                theme.normal
            };
            let text = match row {
                LessonRow::Read { pages, read } => {
                    let (symbol, word) = if read >= pages {
                        ("✓", tr!("status-read"))
                    } else {
                        ("○", tr!("status-not-read"))
                    };
                    format!(
                        "{marker}{symbol} {}  {}",
                        widgets::pad(&word, column),
                        tr!("read-lesson", pages = *pages)
                    )
                }
                LessonRow::Exercise { title, status, .. } => {
                    let (symbol, word) = (status.symbol(), status.word());
                    format!("{marker}{symbol} {}  {title}", widgets::pad(&word, column))
                }
            };
            lines.push(Line::from(Span::styled(widgets::pad(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines).style(theme.normal), inner);
    }
}
