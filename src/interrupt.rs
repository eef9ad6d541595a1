//! Ctrl+C and termination signals.
//!
//! While a learner's program runs with the real terminal (`slate run`, or Run in the
//! tutor), Ctrl+C stops that program, not Slate: the learner sees "your program was stopped"
//! and carries on. At any other time Ctrl+C (or a termination signal) ends Slate the
//! ordinary way, with the terminal put back first. Uses the `ctrlc` crate, which handles
//! both Unix signals and the Windows console.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Once, OnceLock};

static RUNNING: AtomicBool = AtomicBool::new(false);
static QUIT: AtomicBool = AtomicBool::new(false);

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
                crate::tui::restore_terminal();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(130);
            } else if !crate::tui::is_active() {
                crate::tui::restore_terminal();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(130);
            } else {
                // The full-screen interface saves and quits when it sees the request. If its
                // terminal is gone (a closed window sends a hang-up), it may never get the
                // chance: then leave anyway, rather than spin. The handler runs on a thread of
                // its own, so waiting here blocks nothing.
                std::thread::sleep(std::time::Duration::from_millis(1500));
                crate::tui::restore_terminal();
                #[allow(clippy::disallowed_methods)]
                std::process::exit(129);
            }
        });
    });
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

/// Whether a termination request arrived (the full-screen interface then saves and quits).
pub fn take_quit_request() -> bool {
    QUIT.swap(false, Ordering::SeqCst)
}
