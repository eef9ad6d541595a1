//! The live class view on the full screen (`slate class`): a teacher's table of learners,
//! refreshed as a lesson runs, and one learner's latest code with the feedback of its first
//! failing test.
//!
//! This owns the screen's state ([`ClassScreen`]: the view shown, the learner selected, the
//! detail or help open, a refresh that failed), its keys (one list, [`ClassScreen::key_rows`],
//! for the key bar and help) and its own small event loop ([`run`]), which sets up and puts
//! back the terminal exactly as the tutor's does (on quit, error, panic and signals). Reading
//! the class is I/O, so it happens on a background thread, every few seconds or when the
//! teacher presses r: the thread calls the loader it is given (the command line's one `load`
//! function) and sends each new [`ClassView`] over a channel; the loop hands it to
//! [`ClassScreen::refreshed`]. State changes only there and in the key handler; drawing
//! ([`draw`]) reads the state and does no I/O. A refresh that fails keeps the last view and
//! says so, calmly, in the title bar.

mod draw;

use std::sync::mpsc;
use std::time::Duration;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::key_help::KeyRow;
use super::theme::Theme;
use super::{Guard, TuiError, enter_terminal, install_panic_hook, terminal_error};
use crate::store::class_view::ClassView;
use crate::tr;

/// What the background thread sends: a new view, or why the class could not be read (one
/// sentence).
pub type Refresh = Result<ClassView, String>;

/// What is open over the table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Open {
    /// Just the table.
    List,
    /// The selected learner's latest code and failing test, scrolled down by this many rows.
    Detail { scroll: u16 },
}

/// The class view's state.
pub struct ClassScreen {
    view: ClassView,
    /// The clock as last ticked (unix milliseconds), for "updated 5 s ago".
    now: i64,
    /// The selected row.
    selected: usize,
    open: Open,
    /// Help (F1) is open, scrolled by this many rows.
    help: Option<u16>,
    /// Why the last refresh failed, while the view shown is older.
    refresh_error: Option<String>,
    /// The teacher asked to read the class now (r).
    refresh_asked: bool,
    quit: bool,
    size: Rect,
    theme: Theme,
}

impl ClassScreen {
    /// The screen showing `view` at `now` (unix milliseconds) on a terminal of `size`.
    pub fn new(view: ClassView, now: i64, size: Rect) -> ClassScreen {
        ClassScreen {
            view,
            now,
            selected: 0,
            open: Open::List,
            help: None,
            refresh_error: None,
            refresh_asked: false,
            quit: false,
            size,
            theme: Theme::choose(None),
        }
    }

    /// Whether the teacher has asked to leave.
    pub fn quit(&self) -> bool {
        self.quit
    }

    /// Whether the teacher asked to read the class now, since this was last asked.
    pub fn take_refresh_request(&mut self) -> bool {
        std::mem::take(&mut self.refresh_asked)
    }

    /// The clock moved on.
    pub fn tick(&mut self, now: i64) {
        self.now = now;
    }

    /// A new view from the background thread, or why there is none: the same learner stays
    /// selected wherever their row moved to, and a failure keeps the last view.
    pub fn refreshed(&mut self, refresh: Refresh) {
        match refresh {
            Ok(view) => {
                let id = self.selected_row().map(|r| r.learner.id.clone());
                self.view = view;
                self.refresh_error = None;
                self.selected = id
                    .and_then(|id| self.view.rows.iter().position(|r| r.learner.id == id))
                    .unwrap_or(self.selected)
                    .min(self.view.rows.len().saturating_sub(1));
            }
            Err(reason) => self.refresh_error = Some(reason),
        }
    }

    /// A terminal event: keys (not their release) and a new size.
    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Resize(w, h) => self.size = Rect::new(0, 0, w, h),
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            self.quit = true;
            return;
        }
        if let Some(scroll) = self.help {
            self.help = match key.code {
                KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q') | KeyCode::F(1) => None,
                code => {
                    let limit = super::widgets::popup_scroll_limit(self.size, &self.help_text());
                    Some(scrolled(scroll, code, 10).min(limit))
                }
            };
            return;
        }
        match key.code {
            KeyCode::F(1) => self.help = Some(0),
            KeyCode::Char('r' | 'R') => self.refresh_asked = true,
            KeyCode::Char('q' | 'Q') => self.quit = true,
            _ => match self.open {
                Open::List => self.list_key(key.code),
                Open::Detail { scroll } => self.detail_key(key.code, scroll),
            },
        }
    }

    fn list_key(&mut self, code: KeyCode) {
        let last = self.view.rows.len().saturating_sub(1);
        let page = self.page_rows().max(1);
        self.selected = match code {
            KeyCode::Esc => {
                self.quit = true;
                return;
            }
            KeyCode::Enter if !self.view.rows.is_empty() => {
                self.open = Open::Detail { scroll: 0 };
                return;
            }
            KeyCode::Up => self.selected.saturating_sub(1),
            KeyCode::Down => self.selected + 1,
            KeyCode::PageUp => self.selected.saturating_sub(page),
            KeyCode::PageDown => self.selected + page,
            KeyCode::Home => 0,
            KeyCode::End => last,
            _ => return,
        }
        .min(last);
    }

    fn detail_key(&mut self, code: KeyCode, scroll: u16) {
        if matches!(code, KeyCode::Esc | KeyCode::Backspace | KeyCode::Left) {
            self.open = Open::List;
            return;
        }
        let page = u16::try_from(self.page_rows()).unwrap_or(u16::MAX).max(1);
        let scroll = scrolled(scroll, code, page).min(self.detail_scroll_limit());
        self.open = Open::Detail { scroll };
    }

    /// The row selected, if there are any.
    fn selected_row(&self) -> Option<&crate::store::class_view::LearnerRow> {
        self.view.rows.get(self.selected)
    }

    /// The keys of what is showing, for the key bar and help.
    pub fn key_rows(&self) -> Vec<KeyRow> {
        let mut rows = match self.open {
            Open::List => vec![
                KeyRow::shown("↑↓", "↑ ↓", tr!("key-class-choose")),
                KeyRow::help_only("PgUp PgDn", tr!("key-page")),
                KeyRow::help_only("Home End", tr!("key-list-ends")),
                KeyRow::shown("Enter", "Enter", tr!("key-class-code")),
                KeyRow::shown("r", "r", tr!("key-refresh")),
                KeyRow::shown("q", "q, Esc", tr!("key-quit")),
            ],
            Open::Detail { .. } => vec![
                KeyRow::shown("↑↓", "↑ ↓, PgUp PgDn, Home End", tr!("key-scroll")),
                KeyRow::shown("Esc", "Esc", tr!("key-back")),
                KeyRow::shown("r", "r", tr!("key-refresh")),
                KeyRow::shown("q", "q", tr!("key-quit")),
            ],
        };
        rows.push(KeyRow::shown("F1", "F1", tr!("key-help")));
        rows
    }

    /// Draws the screen; reads the state only.
    pub fn draw(&self, frame: &mut Frame<'_>) {
        draw::screen(self, frame);
    }
}

/// A scroll position after a key; `page` rows for PgUp and PgDn.
fn scrolled(scroll: u16, code: KeyCode, page: u16) -> u16 {
    match code {
        KeyCode::Down => scroll.saturating_add(1),
        KeyCode::Up => scroll.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => scroll.saturating_add(page),
        KeyCode::PageUp => scroll.saturating_sub(page),
        KeyCode::Home => 0,
        KeyCode::End => u16::MAX,
        _ => scroll,
    }
}

/// Shows the class on the full screen until the teacher quits: `first` at once, then a new
/// view from `load` every `every` (and when the teacher presses r), read on a background
/// thread.
pub fn run(
    first: ClassView,
    every: Duration,
    load: impl FnMut() -> Refresh + Send + 'static,
) -> Result<(), TuiError> {
    install_panic_hook();
    crate::interrupt::install();
    enter_terminal().map_err(terminal_error)?;
    let _guard = Guard;
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(std::io::stdout()))
            .map_err(terminal_error)?;
    terminal.clear().map_err(terminal_error)?;
    let size = terminal.size().map_err(terminal_error)?;
    let mut screen = ClassScreen::new(
        first,
        crate::store::now_ms(),
        Rect::new(0, 0, size.width, size.height),
    );
    let (views, refreshes) = mpsc::channel();
    let (ask, asked) = mpsc::channel();
    if let Err(e) = reader(load, every, asked, views) {
        screen.refreshed(Err(e.to_string()));
    }
    let result = event_loop(&mut terminal, &mut screen, &refreshes, &ask);
    // Nothing to save: a termination signal need not wait for this screen.
    crate::interrupt::saved_before_quitting();
    result
}

/// Draws, waits for a key, a new view or the clock, and lets the screen change its state,
/// until the teacher quits or Slate is asked to end.
fn event_loop(
    terminal: &mut super::Term,
    screen: &mut ClassScreen,
    refreshes: &mpsc::Receiver<Refresh>,
    ask: &mpsc::Sender<()>,
) -> Result<(), TuiError> {
    loop {
        if screen.quit() || crate::interrupt::take_quit_request() {
            return Ok(());
        }
        terminal.draw(|f| screen.draw(f)).map_err(terminal_error)?;
        if crossterm::event::poll(Duration::from_millis(250)).map_err(terminal_error)? {
            screen.handle_event(crossterm::event::read().map_err(terminal_error)?);
            while crossterm::event::poll(Duration::ZERO).map_err(terminal_error)? {
                screen.handle_event(crossterm::event::read().map_err(terminal_error)?);
            }
        }
        while let Ok(refresh) = refreshes.try_recv() {
            screen.refreshed(refresh);
        }
        if screen.take_refresh_request() {
            // The reader ends only when this loop does.
            let _ = ask.send(());
        }
        screen.tick(crate::store::now_ms());
    }
}

/// Starts the background thread that reads the class: every `every`, or at once when asked,
/// until the screen has gone (either channel closed).
fn reader(
    mut load: impl FnMut() -> Refresh + Send + 'static,
    every: Duration,
    asked: mpsc::Receiver<()>,
    views: mpsc::Sender<Refresh>,
) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("class-view-reader".into())
        .spawn(move || {
            loop {
                match asked.recv_timeout(every) {
                    Ok(()) | Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
                if views.send(load()).is_err() {
                    return;
                }
            }
        })
        .map(drop)
}
