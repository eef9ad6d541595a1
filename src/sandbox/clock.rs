//! The clock behind time limits.
//!
//! wasmtime checks an "epoch" counter at loop back-edges and function entries; a run whose
//! deadline passes is interrupted (and a loop that catches every exception cannot stop that,
//! since it is not a Python exception). One thread per process advances the epoch every tick,
//! but only while some run is in progress, so an idle Slate uses no CPU.
//!
//! Epoch checks only happen inside guest code. A program can also wait in the host: a sleep
//! or `select` (WASI's `poll_oneoff`), or a read of its input. Each of those waits goes
//! through the run's [`Deadline`], in slices short enough that the time limit and Ctrl+C
//! stop it promptly, so no host call lets a program outlive its limits.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use wasmtime::Engine;

use super::LimitHit;

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

/// The longest a host call waits before it looks at the deadline again: short enough that
/// Ctrl+C feels immediate, long enough to cost nothing.
pub const SLICE: Duration = Duration::from_millis(20);

/// When one run must stop: its time limit, or a request to cancel it (Ctrl+C).
///
/// Time spent waiting for a person to type at a real terminal does not count against the
/// limit; a cancel request counts at any moment. Everything that can keep a run going asks
/// [`Deadline::check`]: the epoch callback inside guest code, and every host call that can
/// block.
#[derive(Debug)]
pub struct Deadline {
    started: Instant,
    limit: Duration,
    cancel: Option<Arc<AtomicBool>>,
    waiting: WaitTime,
    timed_out: AtomicBool,
}

impl Deadline {
    pub fn new(limit: Duration, cancel: Option<Arc<AtomicBool>>) -> Deadline {
        Deadline {
            started: Instant::now(),
            limit,
            cancel,
            waiting: WaitTime::default(),
            timed_out: AtomicBool::new(false),
        }
    }

    /// Whether the run may go on; otherwise which limit stops it.
    pub fn check(&self) -> Result<(), LimitHit> {
        if self.cancelled() {
            return Err(LimitHit::Cancelled);
        }
        if self.waiting.is_waiting() || self.used() < self.limit {
            return Ok(());
        }
        self.timed_out.store(true, Ordering::SeqCst);
        Err(LimitHit::Time)
    }

    /// Whether the run can be cancelled (then it must look at the flag often).
    pub fn cancellable(&self) -> bool {
        self.cancel.is_some()
    }

    fn cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::SeqCst))
    }

    /// Time the run has used so far (waiting for the learner to type not counted).
    fn used(&self) -> Duration {
        self.started.elapsed().saturating_sub(self.waiting.total())
    }

    /// Time left before the limit.
    pub fn remaining(&self) -> Duration {
        self.limit.saturating_sub(self.used())
    }

    /// Whether the time limit stopped the run.
    pub fn timed_out(&self) -> bool {
        self.timed_out.load(Ordering::SeqCst)
    }

    /// Waits `d` on the program's behalf (a sleep), stopping early with the limit that ends
    /// the run, if one does.
    pub fn sleep(&self, d: Duration) -> Result<(), LimitHit> {
        let end = Instant::now().checked_add(d);
        loop {
            self.check()?;
            let left = match end {
                Some(end) => end.saturating_duration_since(Instant::now()),
                None => Duration::MAX,
            };
            if left.is_zero() {
                return Ok(());
            }
            // Never oversleep the limit by more than a moment.
            let nap = left
                .min(SLICE)
                .min(self.remaining().max(Duration::from_millis(1)));
            std::thread::sleep(nap);
        }
    }

    /// Counts the time `f` takes as waiting for a person, not as the program's time.
    pub fn waiting_for_person<T>(&self, f: impl FnOnce() -> T) -> T {
        self.waiting.begin();
        let result = f();
        self.waiting.end();
        result
    }
}

/// How long a run has spent waiting for the learner to type.
#[derive(Debug, Default)]
struct WaitTime {
    /// Finished waits, in microseconds.
    total_us: AtomicU64,
    /// Start of the wait in progress.
    since: Mutex<Option<Instant>>,
}

impl WaitTime {
    fn total(&self) -> Duration {
        let done = Duration::from_micros(self.total_us.load(Ordering::SeqCst));
        let current = self
            .since
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .map(|s| s.elapsed())
            .unwrap_or_default();
        done + current
    }

    fn is_waiting(&self) -> bool {
        self.since
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .is_some()
    }

    fn begin(&self) {
        *self.since.lock().unwrap_or_else(|e| e.into_inner()) = Some(Instant::now());
    }

    fn end(&self) {
        let started = self.since.lock().unwrap_or_else(|e| e.into_inner()).take();
        if let Some(s) = started {
            self.total_us
                .fetch_add(s.elapsed().as_micros() as u64, Ordering::SeqCst);
        }
    }
}

/// The guest's monotonic clock: nanoseconds since the run began. Slate supplies it (rather
/// than wasmtime-wasi's own) so that `poll_oneoff` can turn an absolute time on this clock
/// into a wait.
#[derive(Debug, Clone, Copy)]
pub struct RunClock {
    pub origin: Instant,
}

impl RunClock {
    pub fn now_ns(&self) -> u64 {
        u64::try_from(self.origin.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }
}

impl wasmtime_wasi::HostMonotonicClock for RunClock {
    fn resolution(&self) -> u64 {
        1_000
    }

    fn now(&self) -> u64 {
        self.now_ns()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sleep_ends_at_the_time_limit() {
        let deadline = Deadline::new(Duration::from_millis(50), None);
        assert_eq!(
            deadline.sleep(Duration::from_secs(3600)),
            Err(LimitHit::Time)
        );
        assert!(deadline.timed_out());
    }

    #[test]
    fn a_sleep_ends_when_cancelled() {
        let flag = Arc::new(AtomicBool::new(true));
        let deadline = Deadline::new(Duration::from_secs(3600), Some(flag));
        assert_eq!(
            deadline.sleep(Duration::from_secs(3600)),
            Err(LimitHit::Cancelled)
        );
        assert!(!deadline.timed_out());
    }

    #[test]
    fn a_short_sleep_within_the_limit_is_kept() {
        let deadline = Deadline::new(Duration::from_secs(3600), None);
        assert_eq!(deadline.sleep(Duration::from_millis(1)), Ok(()));
        assert_eq!(deadline.check(), Ok(()));
    }

    #[test]
    fn waiting_for_a_person_does_not_count_but_cancelling_does() {
        let flag = Arc::new(AtomicBool::new(false));
        let deadline = Deadline::new(Duration::from_millis(1), Some(flag.clone()));
        deadline.waiting_for_person(|| {
            std::thread::sleep(Duration::from_millis(5));
            assert_eq!(deadline.check(), Ok(()));
            flag.store(true, Ordering::SeqCst);
            assert_eq!(deadline.check(), Err(LimitHit::Cancelled));
        });
    }

    #[test]
    fn ticks_round_up() {
        assert_eq!(Clock::ticks_for(Duration::from_millis(1)), 1);
        assert_eq!(Clock::ticks_for(Duration::from_millis(10)), 1);
        assert_eq!(Clock::ticks_for(Duration::from_millis(11)), 2);
        assert_eq!(Clock::ticks_for(Duration::from_secs(5)), 500);
        assert_eq!(Clock::ticks_for(Duration::ZERO), 1);
    }
}
