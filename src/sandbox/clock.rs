//! The clock behind time limits.
//!
//! wasmtime checks an "epoch" counter at loop back-edges and function entries; a run whose
//! deadline passes is interrupted (and a loop that catches every exception cannot stop that,
//! since it is not a Python exception). One thread per process advances the epoch every tick,
//! but only while some run is in progress, so an idle Slate uses no CPU.

use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;
use wasmtime::Engine;

/// How often the epoch advances while code runs.
pub const TICK: Duration = Duration::from_millis(10);

#[derive(Default)]
struct Active {
    runs: usize,
}

/// Advances the engine's epoch while runs are active.
pub struct Clock {
    state: Arc<(Mutex<Active>, Condvar)>,
}

/// Keeps the clock ticking while it is alive.
pub struct Ticking {
    state: Arc<(Mutex<Active>, Condvar)>,
}

impl Clock {
    pub fn new(engine: Engine) -> Clock {
        let state = Arc::new((Mutex::new(Active::default()), Condvar::new()));
        let thread_state = state.clone();
        let spawned = std::thread::Builder::new()
            .name("slate-clock".into())
            .spawn(move || {
                let (lock, cvar) = &*thread_state;
                loop {
                    {
                        let mut active = lock.lock().unwrap_or_else(|e| e.into_inner());
                        while active.runs == 0 {
                            active = cvar.wait(active).unwrap_or_else(|e| e.into_inner());
                        }
                    }
                    std::thread::sleep(TICK);
                    engine.increment_epoch();
                }
            });
        if spawned.is_err() {
            // Without a clock thread time limits cannot work; this is so unlikely (the OS
            // refused one small thread) that Slate stops rather than run unlimited code.
            panic!("Slate could not start its clock thread");
        }
        Clock { state }
    }

    /// Number of ticks that cover `d` (at least one).
    pub fn ticks_for(d: Duration) -> u64 {
        (d.as_nanos().div_ceil(TICK.as_nanos()) as u64).max(1)
    }

    /// Starts ticking until the returned guard is dropped.
    pub fn start(&self) -> Ticking {
        let (lock, cvar) = &*self.state;
        lock.lock().unwrap_or_else(|e| e.into_inner()).runs += 1;
        cvar.notify_all();
        Ticking {
            state: self.state.clone(),
        }
    }
}

impl Drop for Ticking {
    fn drop(&mut self) {
        let (lock, _) = &*self.state;
        let mut active = lock.lock().unwrap_or_else(|e| e.into_inner());
        active.runs = active.runs.saturating_sub(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_round_up() {
        assert_eq!(Clock::ticks_for(Duration::from_millis(1)), 1);
        assert_eq!(Clock::ticks_for(Duration::from_millis(10)), 1);
        assert_eq!(Clock::ticks_for(Duration::from_millis(11)), 2);
        assert_eq!(Clock::ticks_for(Duration::from_secs(5)), 500);
        assert_eq!(Clock::ticks_for(Duration::ZERO), 1);
    }
}
