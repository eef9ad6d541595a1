//! How far preparing Python has got, for every interface to show.
//!
//! The first start on a new computer turns the embedded runtime into native code
//! ([`super::cache`]), which takes tens of seconds. wasmtime's `precompile_module` gives no
//! progress, so the percentage is an honest estimate: the time taken so far against the time
//! the last preparation took on this computer (kept beside the cache), or [`TYPICAL`] when
//! there is none, and never more than 99% until it is done; the words say "about". While a
//! preparation runs, [`status`] says how far it is (the full-screen tutor reads it as time
//! passes), a terminal gets a spinner, and a stderr that is not a terminal gets a line every
//! [`LINE_EVERY`] (so a log, or a teacher's script, does not look frozen).

use std::io::Write;
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::cache::Progress;

/// How long preparing takes when this computer has no record of it: measured with a debug
/// build on a 2-core computer shared with other work (about 33 s of processor time, one
/// minute of waiting; see docs/performance.md). A faster computer simply ends early.
pub const TYPICAL: Duration = Duration::from_secs(45);
/// How often a line is written where there is no spinner.
pub const LINE_EVERY: Duration = Duration::from_secs(5);
/// Where the last preparation's time is kept, in the cache's runtime folder.
const RECORD: &str = "prepare-time-ms";

/// The step under way.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Unpacking,
    Compiling,
}

/// How far a preparation has got.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub step: Step,
    /// An estimate from the time taken so far, 0 to 99.
    pub percent: u8,
    pub elapsed: Duration,
}

impl Status {
    /// "Getting Python ready, the first time only: about 40% (18 s)".
    pub fn words(&self) -> String {
        crate::tr!(
            "python-getting-ready",
            percent = u32::from(self.percent),
            seconds = self.elapsed.as_secs()
        )
    }
}

/// A preparation under way.
#[derive(Debug, Clone, Copy)]
struct Preparation {
    started: Instant,
    expected: Duration,
    step: Step,
}

impl Preparation {
    fn status_at(&self, now: Instant) -> Status {
        let elapsed = now.saturating_duration_since(self.started);
        Status {
            step: self.step,
            percent: estimate(elapsed, self.expected),
            elapsed,
        }
    }
}

/// The percentage done after `elapsed` of a preparation expected to take `expected`: never
/// 100 before it is really done.
pub fn estimate(elapsed: Duration, expected: Duration) -> u8 {
    let expected = expected.max(Duration::from_millis(1));
    let percent = elapsed.as_secs_f64() / expected.as_secs_f64() * 100.0;
    percent.clamp(0.0, 99.0) as u8
}

/// The preparation under way in this process, if any.
static CURRENT: Mutex<Option<Preparation>> = Mutex::new(None);

/// How far the preparation under way in this process has got; `None` when none is.
pub fn status() -> Option<Status> {
    let current = *CURRENT.lock().unwrap_or_else(|e| e.into_inner());
    current.map(|p| p.status_at(Instant::now()))
}

/// How long preparing is expected to take, from this computer's record in `dir`.
pub fn expected(dir: Option<&Path>) -> Duration {
    dir.and_then(|d| std::fs::read_to_string(d.join(RECORD)).ok())
        .and_then(|text| text.trim().parse::<u64>().ok())
        .map(Duration::from_millis)
        // A record from a damaged file or a very odd day is not believed.
        .filter(|d| (Duration::from_secs(1)..Duration::from_secs(3600)).contains(d))
        .unwrap_or(TYPICAL)
}

/// Keeps how long this preparation took, for the next estimate (best effort).
fn record(dir: &Path, took: Duration) {
    let _ = crate::files::write_atomic(&dir.join(RECORD), took.as_millis().to_string().as_bytes());
}

/// Runs `prepare` (the real preparation, or a stand-in in tests) while telling how far it
/// has got: in [`status`], and to `tell` (a spinner or lines, see [`Teller`]). `prepare` is
/// given a function to announce each step. The time it took is kept in `record_in`.
pub fn tracked<T>(
    record_in: Option<&Path>,
    tell: Teller,
    prepare: impl FnOnce(&dyn Fn(Step)) -> T,
) -> T {
    let started = Instant::now();
    *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = Some(Preparation {
        started,
        expected: expected(record_in),
        step: Step::Unpacking,
    });
    // Cleared however `prepare` ends, even by a panic.
    struct Clear;
    impl Drop for Clear {
        fn drop(&mut self) {
            *CURRENT.lock().unwrap_or_else(|e| e.into_inner()) = None;
        }
    }
    let _clear = Clear;
    let telling = tell.start();
    let step = |step: Step| {
        if let Some(p) = CURRENT.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
            p.step = step;
        }
        telling.step(step);
    };
    let result = prepare(&step);
    telling.finish();
    if let Some(dir) = record_in {
        record(dir, started.elapsed());
    }
    result
}

/// Where the progress of a preparation is told, besides [`status`].
pub enum Teller {
    /// Nowhere else (JSON output, the tutor, which shows [`status`] itself).
    Quiet,
    /// A spinner on stderr, which is a terminal.
    Spinner,
    /// A line every `every` to `write` (stderr when it is not a terminal).
    Lines {
        every: Duration,
        write: Arc<dyn Fn(&str) + Send + Sync>,
    },
}

impl Teller {
    /// How to tell progress on stderr for `progress`: a spinner on a terminal, otherwise a
    /// line every few seconds.
    pub fn for_stderr(progress: Progress) -> Teller {
        use std::io::IsTerminal;
        match progress {
            Progress::Quiet => Teller::Quiet,
            Progress::Terminal if std::io::stderr().is_terminal() => Teller::Spinner,
            Progress::Terminal => Teller::Lines {
                every: LINE_EVERY,
                write: Arc::new(|line| {
                    let mut err = std::io::stderr().lock();
                    let _ = writeln!(err, "{line}");
                    let _ = err.flush();
                }),
            },
        }
    }

    fn start(self) -> Telling {
        match self {
            Teller::Quiet => Telling::Quiet,
            Teller::Spinner => Telling::Spinner(spinner()),
            Teller::Lines { every, write } => {
                let (stop, stopped) = mpsc::channel::<()>();
                let writer = write.clone();
                let thread = std::thread::Builder::new()
                    .name("slate-preparing".into())
                    .spawn(move || {
                        // A line at once, then one every `every` until told to stop.
                        loop {
                            if let Some(s) = status() {
                                writer(&s.words());
                            }
                            match stopped.recv_timeout(every) {
                                Err(mpsc::RecvTimeoutError::Timeout) => {}
                                _ => return,
                            }
                        }
                    })
                    .ok();
                Telling::Lines {
                    stop,
                    thread,
                    write,
                }
            }
        }
    }
}

/// A [`Teller`] at work.
enum Telling {
    Quiet,
    Spinner(indicatif::ProgressBar),
    Lines {
        stop: mpsc::Sender<()>,
        thread: Option<std::thread::JoinHandle<()>>,
        write: Arc<dyn Fn(&str) + Send + Sync>,
    },
}

impl Telling {
    fn step(&self, step: Step) {
        if let Telling::Spinner(bar) = self {
            bar.set_message(match step {
                Step::Unpacking => crate::tr!("sandbox-step-unpacking"),
                Step::Compiling => crate::tr!("sandbox-step-compiling"),
            });
        }
    }

    fn finish(self) {
        match self {
            Telling::Quiet => {}
            Telling::Spinner(bar) => {
                bar.finish_and_clear();
                eprintln!("{}", crate::tr!("sandbox-ready"));
            }
            Telling::Lines {
                stop,
                thread,
                write,
            } => {
                let _ = stop.send(());
                if let Some(t) = thread {
                    let _ = t.join();
                }
                write(&crate::tr!("sandbox-ready"));
            }
        }
    }
}

/// The "Preparing Python, one time only" spinner: the step and the time taken.
fn spinner() -> indicatif::ProgressBar {
    let bar = indicatif::ProgressBar::new_spinner();
    // The words are translated; indicatif fills in {msg} and {elapsed}.
    let template = format!(
        "{{spinner}} {}",
        crate::tr!("sandbox-preparing", step = "{msg}", elapsed = "{elapsed}")
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_estimate_follows_the_time_taken_and_stops_at_99() {
        let ten = Duration::from_secs(10);
        assert_eq!(estimate(Duration::ZERO, ten), 0);
        assert_eq!(estimate(Duration::from_secs(4), ten), 40);
        assert_eq!(estimate(Duration::from_millis(9_990), ten), 99);
        // Slower than last time: it says 99% until it is really done, never 100 or more.
        assert_eq!(estimate(Duration::from_secs(30), ten), 99);
        assert_eq!(estimate(Duration::from_secs(1), Duration::ZERO), 99);
    }

    #[test]
    fn the_words_say_about_how_far_and_how_long() {
        let p = Preparation {
            started: Instant::now(),
            expected: Duration::from_secs(10),
            step: Step::Compiling,
        };
        let s = p.status_at(p.started + Duration::from_secs(4));
        assert_eq!((s.percent, s.elapsed.as_secs()), (40, 4));
        assert_eq!(
            s.words(),
            crate::tr!("python-getting-ready", percent = 40u32, seconds = 4u64)
        );
    }

    #[test]
    fn the_last_preparation_time_is_the_next_estimate() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(expected(Some(dir.path())), TYPICAL);
        assert_eq!(expected(None), TYPICAL);
        record(dir.path(), Duration::from_millis(23_456));
        assert_eq!(expected(Some(dir.path())), Duration::from_millis(23_456));
        // A record nobody would believe is not used.
        std::fs::write(dir.path().join(RECORD), "0").unwrap();
        assert_eq!(expected(Some(dir.path())), TYPICAL);
        std::fs::write(dir.path().join(RECORD), "not a number").unwrap();
        assert_eq!(expected(Some(dir.path())), TYPICAL);
    }

    #[test]
    fn a_fake_preparation_is_told_in_lines_and_in_the_status() {
        let dir = tempfile::tempdir().unwrap();
        let lines = Arc::new(Mutex::new(Vec::<String>::new()));
        let sink = lines.clone();
        let teller = Teller::Lines {
            every: Duration::from_millis(40),
            write: Arc::new(move |l| sink.lock().unwrap().push(l.to_owned())),
        };
        let seen = tracked(Some(dir.path()), teller, |step| {
            let during = status().expect("a preparation is under way");
            assert_eq!(during.step, Step::Unpacking);
            step(Step::Compiling);
            std::thread::sleep(Duration::from_millis(300));
            status().expect("still under way")
        });
        assert_eq!(seen.step, Step::Compiling);
        assert!(seen.elapsed >= Duration::from_millis(300));
        assert!(seen.percent < 100);
        assert_eq!(status(), None, "nothing under way once it is done");
        let lines = lines.lock().unwrap().clone();
        let ready = crate::tr!("sandbox-ready");
        assert_eq!(lines.last(), Some(&ready), "{lines:?}");
        let progress: Vec<&String> = lines.iter().filter(|l| **l != ready).collect();
        // A line at once, then more every 40 ms: at least two in 300 ms, however slow the
        // machine (the first comes before the sleep).
        assert!(progress.len() >= 2, "{lines:?}");
        let words = crate::tr!("python-getting-ready", percent = 0u32, seconds = 0u64);
        let start = words.split(':').next().unwrap();
        assert!(progress.iter().all(|l| l.starts_with(start)), "{lines:?}");
        // And the time it took is the next estimate.
        assert!(expected(Some(dir.path())) >= Duration::from_millis(300));
    }
}
