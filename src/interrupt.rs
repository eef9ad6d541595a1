//! Ctrl+C and termination signals.
//!
//! While a learner's program runs with the real terminal (`slate run`, or Run in the
//! tutor), Ctrl+C stops that program, not Slate: the learner sees "your program was stopped"
//! and carries on. At any other time Ctrl+C (or a termination signal) ends Slate the
//! ordinary way, with the terminal put back first. Uses the `ctrlc` crate, which handles
//! both Unix signals and the Windows console.
//!
//! A request to end Slate (SIGTERM, or SIGHUP when the terminal window is closed) ends it
//! promptly whatever it is doing: a running program is stopped, the full-screen interface
//! gets a moment to save and quit, and then Slate leaves with the terminal put back.

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::{Arc, Once, OnceLock};

static RUNNING: AtomicBool = AtomicBool::new(false);
static QUIT: AtomicBool = AtomicBool::new(false);
/// The full-screen interface has saved the learner's code after a request to end.
static SAVED: AtomicBool = AtomicBool::new(false);
/// The termination signal that arrived, if one did (0: none).
static ENDED_BY: AtomicI32 = AtomicI32::new(0);

fn cancel() -> &'static Arc<AtomicBool> {
    static CANCEL: OnceLock<Arc<AtomicBool>> = OnceLock::new();
    CANCEL.get_or_init(|| Arc::new(AtomicBool::new(false)))
}

/// Installs the handler (once per process).
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            if RUNNING.load(Ordering::SeqCst) {
                cancel().store(true, Ordering::SeqCst);
            } else if QUIT.swap(true, Ordering::SeqCst) {
                // A second request while the first is not yet handled: leave now, with the
                // terminal put back. A signal handler cannot return to main.
                put_terminal_back();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(130);
            } else if !crate::tui::is_active() {
                put_terminal_back();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(130);
            } else {
                // The full-screen interface saves and quits when it sees the request. If its
                // terminal is gone (a closed window sends a hang-up), it may never get the
                // chance: then leave anyway, rather than spin. The handler runs on a thread of
                // its own, so waiting here blocks nothing.
                std::thread::sleep(std::time::Duration::from_millis(1500));
                put_terminal_back();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(129);
            }
        });
        #[cfg(unix)]
        on_termination();
    });
}

/// Ends Slate on SIGTERM and SIGHUP (Unix; on Windows closing the console ends the process).
#[cfg(unix)]
fn on_termination() {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP]) else {
        return;
    };
    let _ = std::thread::Builder::new()
        .name("slate-signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Stop the learner's program, if one is running, and ask the interface to
                // save and quit; leave anyway if it has not within a moment (its terminal
                // may be gone).
                ENDED_BY.store(signal, Ordering::SeqCst);
                cancel().store(true, Ordering::SeqCst);
                QUIT.store(true, Ordering::SeqCst);
                if crate::tui::is_active() {
                    // Give the interface time to save the code being typed (it says when it
                    // has), but not for ever: its terminal may be gone.
                    let started = std::time::Instant::now();
                    while !SAVED.load(Ordering::SeqCst)
                        && started.elapsed() < std::time::Duration::from_secs(2)
                    {
                        std::thread::sleep(std::time::Duration::from_millis(10));
                    }
                } else if RUNNING.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(400));
                }
                put_terminal_back();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(128 + signal);
            }
        });
}

/// Puts the terminal back before Slate leaves: the full-screen interface's modes, and the
/// settings plain mode's line editor may have changed.
fn put_terminal_back() {
    crate::tui::restore_terminal();
    crate::stdin::restore_terminal_mode();
}

/// The flag a run checks to stop early (see [`crate::sandbox::Job::cancel`]).
pub fn cancel_flag() -> Arc<AtomicBool> {
    cancel().clone()
}

/// Runs `f` (a learner's program with the real terminal) so that Ctrl+C stops the program
/// rather than Slate.
pub fn while_running<T>(f: impl FnOnce() -> T) -> T {
    cancel().store(false, Ordering::SeqCst);
    RUNNING.store(true, Ordering::SeqCst);
    let result = f();
    RUNNING.store(false, Ordering::SeqCst);
    cancel().store(false, Ordering::SeqCst);
    result
}

/// The exit status for a Slate ended by a termination signal (128 + the signal's number, as
/// shells expect), when one arrived.
pub fn ended_by_signal() -> Option<u8> {
    match ENDED_BY.load(Ordering::SeqCst) {
        0 => None,
        signal => u8::try_from(128 + signal).ok(),
    }
}

/// Whether a termination request arrived (the full-screen interface then saves and quits).
pub fn take_quit_request() -> bool {
    QUIT.swap(false, Ordering::SeqCst)
}

/// The full-screen interface has saved everything and is leaving: a termination signal
/// need not wait any longer.
pub fn saved_before_quitting() {
    SAVED.store(true, Ordering::SeqCst);
}
