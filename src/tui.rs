//! The full-screen interface (ratatui on crossterm).
//!
//! This module owns the terminal: it switches to the alternate screen and raw mode, and
//! always puts the terminal back: on quit, on error, on panic (a panic hook), and on Ctrl+C
//! or a kill signal. The event loop waits for keys, background results and file-watch
//! events without spinning (an idle Slate uses no CPU to speak of), lets [`app::App`] change
//! its state, and redraws. When the learner runs a program or opens a terminal editor, the
//! loop hands the real terminal over and takes it back afterwards.
//!
//! Screens: [`who`] (choose or add a learner), [`course`] (the course map and a lesson's
//! overview), [`reader`] (lesson pages), [`exercise`] (task, editor, results) and
//! [`settings`]; for teachers, the live class view ([`class`], `slate class`), with its own
//! small event loop. Drawing helpers are in [`widgets`], colours in [`theme`], the editor in
//! [`code_editor`] and Python highlighting in [`highlight`].

pub mod app;
pub mod class;
pub mod code_editor;
pub mod course;
pub mod exercise;
pub mod highlight;
pub mod key_help;
pub mod reader;
pub mod settings;
pub mod theme;
pub mod who;
pub mod widgets;

use std::io::{Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;

use crate::tr;
use crate::tutor::{Tutor, TutorError};

/// Why the full-screen interface stopped: the tutor failed, or the terminal did.
#[derive(Debug, thiserror::Error)]
pub enum TuiError {
    #[error(transparent)]
    Tutor(#[from] TutorError),
    #[error("{}", crate::tr!("tutor-terminal-failed", error = .0.to_string()))]
    Terminal(#[source] std::io::Error),
}
use app::{App, AppEvent, Effect};

/// Whether the terminal is in full-screen mode right now (for the panic hook and signals).
static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back as it was. Safe to call more than once.
pub fn restore_terminal() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = disable_raw_mode();
        let _ = execute!(
            std::io::stdout(),
            DisableMouseCapture,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
    }
}

/// Is the full-screen interface on the terminal now?
pub fn is_active() -> bool {
    ACTIVE.load(Ordering::SeqCst)
}

fn enter_terminal() -> std::io::Result<()> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    execute!(
        std::io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste
    )?;
    Ok(())
}

/// Restores the terminal when dropped, however the interface ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Restores the terminal before a panic message is printed.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

type Term = Terminal<CrosstermBackend<Stdout>>;

/// Runs the full-screen interface until the learner quits.
pub fn run(tutor: Tutor) -> Result<(), TuiError> {
    install_panic_hook();
    crate::interrupt::install();
    enter_terminal().map_err(terminal_error)?;
    let _guard = Guard;
    let mut terminal =
        Terminal::new(CrosstermBackend::new(std::io::stdout())).map_err(terminal_error)?;
    terminal.clear().map_err(terminal_error)?;
    let size = terminal.size().map_err(terminal_error)?;
    let (tx, rx) = mpsc::channel();
    let mut app = App::new(tutor, tx, Rect::new(0, 0, size.width, size.height));
    // Python is being prepared in the background already (see `cli::tutor`); this only
    // starts it for a caller that did not.
    app.tutor.warm_up_in_background();
    let result = event_loop(&mut terminal, &mut app, &rx);
    // However the loop ended (the learner quit, a signal, a terminal that went away), the
    // code being typed is saved before Slate leaves.
    app.leave();
    // With a class server, what was just saved is sent now (waiting at most 2 s).
    app.tutor.finish();
    crate::interrupt::saved_before_quitting();
    result
}

fn terminal_error(e: std::io::Error) -> TuiError {
    TuiError::Terminal(e)
}

fn event_loop(
    terminal: &mut Term,
    app: &mut App,
    rx: &mpsc::Receiver<AppEvent>,
) -> Result<(), TuiError> {
    // Whether the terminal sends mouse events now (it follows the learner's setting).
    let mut mouse_on = false;
    loop {
        // A request to end (a closed terminal window) is handled before drawing, which may
        // fail when the terminal has gone.
        if app.quit || crate::interrupt::take_quit_request() {
            return Ok(());
        }
        if app.mouse != mouse_on {
            mouse_on = app.mouse;
            if mouse_on {
                execute!(std::io::stdout(), EnableMouseCapture).map_err(terminal_error)?;
            } else {
                execute!(std::io::stdout(), DisableMouseCapture).map_err(terminal_error)?;
            }
        }
        terminal.draw(|f| app.draw(f)).map_err(terminal_error)?;
        if let Some(effect) = app.effect.take() {
            let message = run_effect(terminal, app, effect)?;
            // Leaving the full screen turned the mouse off; turn it back on if wanted.
            mouse_on = false;
            app.effect_done(message);
            continue;
        }
        // Wait for something to happen: quickly while a check runs, otherwise at ease.
        let now = Instant::now();
        let mut timeout = if app.busy() {
            Duration::from_millis(30)
        } else {
            Duration::from_millis(250)
        };
        if let Some(deadline) = app.next_deadline() {
            timeout = timeout.min(deadline.saturating_duration_since(now));
        }
        if crossterm::event::poll(timeout).map_err(terminal_error)? {
            let event = crossterm::event::read().map_err(terminal_error)?;
            app.handle_event(event);
            // Handle typed-ahead keys before redrawing.
            while crossterm::event::poll(Duration::ZERO).map_err(terminal_error)? {
                let event = crossterm::event::read().map_err(terminal_error)?;
                app.handle_event(event);
            }
        }
        while let Ok(event) = rx.try_recv() {
            app.handle_app_event(event);
        }
        let preparing = crate::sandbox::preparing::status().map(|s| s.words());
        app.tick(Instant::now(), preparing);
        if app.next_deadline().is_some_and(|d| d <= Instant::now()) {
            app.on_deadline();
        }
    }
}

/// Starts the run screen on `out`: a clean screen (no output from earlier runs or other
/// exercises, on the screen or in the scrollback), then the header, wrapped at words.
/// Queued as crossterm commands, so a Windows console without escape sequences clears too.
pub fn run_screen_start(out: &mut impl Write, width: usize) -> std::io::Result<()> {
    use crossterm::terminal::{Clear, ClearType};
    crossterm::queue!(
        out,
        Clear(ClearType::All),
        Clear(ClearType::Purge),
        cursor::MoveTo(0, 0)
    )?;
    write!(out, "{}\n\n", crate::text::wrap(&tr!("run-header"), width))?;
    out.flush()
}

/// What the run screen ends with: how the run ended ("You stopped the program.") and how to
/// go back, each wrapped at words to the terminal's width.
pub fn run_screen_end(ending: &str, width: usize) -> String {
    format!(
        "\n\n{}\n\n{} ",
        crate::text::wrap(ending, width),
        crate::text::wrap(&tr!("press-enter-to-return"), width)
    )
}

/// Hands the terminal over for an effect, then takes it back.
fn run_effect(
    terminal: &mut Term,
    app: &mut App,
    effect: Effect,
) -> Result<Option<String>, TuiError> {
    restore_terminal();
    let mut out = std::io::stdout();
    let message = match effect {
        Effect::RunProgram {
            pack,
            exercise,
            code,
        } => {
            let width = crossterm::terminal::size().map_or(80, |(w, _)| usize::from(w));
            let _ = run_screen_start(&mut out, width);
            let result = app.tutor.run_interactive(&pack, &exercise, &code);
            let ending = match result {
                Ok(outcome) => crate::feedback::run_ending(&outcome),
                Err(e) => e.to_string(),
            };
            let _ = write!(out, "{}", run_screen_end(&ending, width));
            let _ = out.flush();
            let mut line = String::new();
            let _ = crate::stdin::read_line(&mut line);
            None
        }
        Effect::EditInTerminal { file, command } => crate::editor::run_and_wait(&file, &command)
            .err()
            .map(|e| e.to_string()),
    };
    enter_terminal().map_err(terminal_error)?;
    terminal.clear().map_err(terminal_error)?;
    Ok(message)
}
