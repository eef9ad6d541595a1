//! Checking and running a learner's code.
//!
//! Checking is split so that marking can run on another thread and still never be shown
//! before it is saved: [`Tutor::prepare_check`] saves the code and gives a [`CheckJob`];
//! [`CheckJob::mark`] runs the tests and gives a [`Marked`] check whose report cannot be
//! read; [`Tutor::record_check`] records the attempt and only then hands over the report.
//! [`Tutor::check`] does all three in a row, for plain mode. A check can be stopped
//! ([`CheckStopper`]); a stopped check is never recorded, so no attempt says "0 points" for
//! a program that was never marked.
//!
//! Python is prepared in the background as soon as a tutor starts ([`warm_up_in_background`]);
//! [`Tutor::wait_for_python`] waits for it while telling how far it has got.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use super::{MAX_TIME_BETWEEN_CHECKS, Place, Tutor, TutorError};
use crate::marking::{self, Report};
use crate::pack::{Exercise, Pack};
use crate::paths::Paths;
use crate::sandbox::{Job, Outcome, Progress, Sandbox, Stdin, preparing};
use crate::store::NewAttempt;

impl Tutor {
    fn sandbox(&self) -> Result<&'static Sandbox, TutorError> {
        Ok(Sandbox::global(&self.paths, Progress::Quiet)?)
    }

    /// Marks the learner's code, and records the attempt before returning, so a result the
    /// learner has seen is never lost.
    pub fn check(
        &mut self,
        pack_id: &str,
        exercise_id: &str,
        code: &str,
        time_spent: Duration,
    ) -> Result<Checked, TutorError> {
        let job = self.prepare_check(pack_id, exercise_id, code)?;
        let marked = job.mark()?;
        Ok(self.record_check(marked, time_spent))
    }

    /// Saves the code and gathers what marking needs, so it can run on another thread
    /// while the interface stays responsive.
    pub fn prepare_check(
        &mut self,
        pack_id: &str,
        exercise_id: &str,
        code: &str,
    ) -> Result<CheckJob, TutorError> {
        self.save_code(pack_id, exercise_id, code)?;
        let found = self
            .find(pack_id, exercise_id)
            .ok_or(TutorError::NoSuchExercise)?;
        Ok(CheckJob {
            paths: self.paths.clone(),
            pack: found.pack.clone(),
            exercise: found.exercise.clone(),
            code: code.to_owned(),
            cancel: Arc::new(AtomicBool::new(false)),
        })
    }

    /// Records a marked check, then hands over its report to be shown: the only way to get
    /// the report out of a [`Marked`], so nothing is shown before it was saved. When saving
    /// fails, the report still comes back, with the error to tell the learner.
    ///
    /// A check that was stopped ([`Report::stopped`]) is not recorded: it says nothing about
    /// the program.
    pub fn record_check(&mut self, marked: Marked, time_spent: Duration) -> Checked {
        let Marked {
            pack,
            exercise,
            code,
            report,
        } = marked;
        if report.stopped {
            return Checked {
                report,
                saved: Ok(()),
            };
        }
        let version = self
            .library
            .pack(&pack)
            .map(|p| p.version.clone())
            .unwrap_or_default();
        let learner = self.learner_id().to_owned();
        let attempt = NewAttempt::from_report(
            &learner,
            (&pack, &exercise, &version),
            &code,
            &report,
            // A learner who left the screen open over lunch did not work all that time.
            time_spent.min(MAX_TIME_BETWEEN_CHECKS).as_millis() as u64,
        );
        let saved = self
            .store
            .record_attempt(&attempt)
            .map(|_| self.poke_server())
            .map_err(TutorError::from);
        if saved.is_ok() {
            self.set_place(&Place::Exercise { pack, exercise });
        }
        Checked { report, saved }
    }

    /// Runs the learner's code with the real terminal (the interface must have handed the
    /// terminal over first).
    pub fn run_interactive(
        &self,
        pack_id: &str,
        exercise_id: &str,
        code: &str,
    ) -> Result<Outcome, TutorError> {
        let sandbox = self.sandbox()?;
        let mut job = Job::new(code);
        if let Some(found) = self.find(pack_id, exercise_id)
            && let Some(test) = found.exercise.tests.first()
        {
            // The exercise's limits, but as long as a person needs to type.
            job.limits = found.pack.limits_for(found.exercise, test);
        }
        job.stdin = Stdin::Terminal;
        job.live = true;
        job.cancel = Some(crate::interrupt::cancel_flag());
        // Ctrl+C stops the program, not Slate, in whichever interface runs it.
        Ok(crate::interrupt::while_running(|| sandbox.run(&job))?)
    }

    /// Prepares Python on another thread, so the first check or run is quick.
    pub fn warm_up_in_background(&self) {
        warm_up_in_background(&self.paths);
    }

    /// Waits until Python is ready when it is being prepared in the background, calling
    /// `tell` with a line on how far it has got every few seconds (plain mode reads these
    /// out). Returns at once when Python is ready or nothing is preparing it.
    pub fn wait_for_python(&self, tell: impl FnMut(String)) {
        wait_telling(
            || WARMING.load(Ordering::SeqCst) && !Sandbox::is_ready(),
            || preparing::status().map(|s| s.words()),
            (FIRST_LINE_AFTER, preparing::LINE_EVERY),
            tell,
        );
    }
}

/// Waits while `waiting()` says so, telling `status()` after `first` and then every `every`.
fn wait_telling(
    waiting: impl Fn() -> bool,
    status: impl Fn() -> Option<String>,
    (first, every): (Duration, Duration),
    mut tell: impl FnMut(String),
) {
    let mut next_line = Instant::now() + first;
    while waiting() {
        std::thread::sleep(Duration::from_millis(20));
        if Instant::now() >= next_line {
            if let Some(words) = status() {
                tell(words);
            }
            next_line = Instant::now() + every;
        }
    }
}

/// Whether Python is being prepared in the background.
static WARMING: AtomicBool = AtomicBool::new(false);

/// When [`Tutor::wait_for_python`] says something first: loading a prepared Python takes
/// milliseconds, and only a real wait is worth a line.
const FIRST_LINE_AFTER: Duration = Duration::from_secs(2);

/// Prepares Python on another thread, as soon as a tutor starts (not for quick commands).
pub fn warm_up_in_background(paths: &Paths) {
    if Sandbox::is_ready() || WARMING.swap(true, Ordering::SeqCst) {
        return;
    }
    let paths = paths.clone();
    let spawned = std::thread::Builder::new()
        .name("slate-warm-up".into())
        .spawn(move || {
            // Done however it ends, even by a panic, so nobody waits for it forever.
            struct Done;
            impl Drop for Done {
                fn drop(&mut self) {
                    WARMING.store(false, Ordering::SeqCst);
                }
            }
            let _done = Done;
            let _ = Sandbox::global(&paths, Progress::Quiet);
        });
    if spawned.is_err() {
        WARMING.store(false, Ordering::SeqCst);
    }
}

/// Everything needed to mark a program, owned, so it can move to another thread.
pub struct CheckJob {
    paths: Paths,
    pack: Pack,
    exercise: Exercise,
    code: String,
    /// Set to stop the check.
    cancel: Arc<AtomicBool>,
}

/// Stops a check from another thread (Esc in the full-screen tutor).
#[derive(Debug, Clone)]
pub struct CheckStopper(Arc<AtomicBool>);

impl CheckStopper {
    /// Stops the check: the test running stops within a moment and no more are run.
    pub fn stop(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
}

impl CheckJob {
    /// What stops this check.
    pub fn stopper(&self) -> CheckStopper {
        CheckStopper(self.cancel.clone())
    }

    /// Runs every test (this takes as long as the tests do, plus preparing Python the
    /// very first time, which is why it belongs on another thread).
    pub fn mark(&self) -> Result<Marked, TutorError> {
        let sandbox = Sandbox::global(&self.paths, Progress::Quiet)?;
        let report = marking::mark_with(
            sandbox,
            &self.pack,
            &self.exercise,
            &self.code,
            Some(self.cancel.clone()),
        )?;
        Ok(Marked {
            pack: self.pack.id.clone(),
            exercise: self.exercise.id.clone(),
            code: self.code.clone(),
            report,
        })
    }
}

/// A marked check that is not recorded yet. Its report cannot be read: only
/// [`Tutor::record_check`] opens it, after recording the attempt, so "saved before shown"
/// holds by construction, and the code recorded is the code that was marked.
#[derive(Debug)]
pub struct Marked {
    pack: String,
    exercise: String,
    code: String,
    report: Report,
}

/// A recorded check, ready to show: the report, and whether saving it worked.
#[derive(Debug)]
pub struct Checked {
    pub report: Report,
    pub saved: Result<(), TutorError>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Library;
    use crate::paths::{CacheKind, Paths};
    use crate::store::Store;

    fn marked(stopped: bool) -> Marked {
        Marked {
            pack: "p".into(),
            exercise: "e".into(),
            code: "while True: pass\n".into(),
            report: Report {
                exercise: "p/e".into(),
                passed: false,
                score: 0,
                max_score: 2,
                tests: Vec::new(),
                duration: Duration::from_millis(700),
                stopped,
            },
        }
    }

    #[test]
    fn a_stopped_check_is_never_recorded_as_an_attempt() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            cache_kind: CacheKind::Private,
        };
        let mut tutor = Tutor::with(paths, Library::default(), Store::open_in_memory().unwrap());
        tutor.add_learner("Ana", None).unwrap();
        let checked = tutor.record_check(marked(true), Duration::from_secs(30));
        assert!(checked.report.stopped && checked.saved.is_ok());
        assert_eq!(
            tutor.exercise_progress("p", "e"),
            None,
            "no attempt with a score of 0, as if it had been marked"
        );
        // A check that ran to the end is recorded.
        let checked = tutor.record_check(marked(false), Duration::from_secs(30));
        assert!(checked.saved.is_ok());
        assert_eq!(
            tutor.exercise_progress("p", "e").map(|p| p.attempts),
            Some(1)
        );
    }

    #[test]
    fn waiting_for_python_tells_how_far_it_has_got_every_few_seconds() {
        // A fake preparation that lasts 300 ms.
        let until = Instant::now() + Duration::from_millis(300);
        let mut lines = Vec::new();
        wait_telling(
            || Instant::now() < until,
            || Some("about 40%".to_owned()),
            (Duration::from_millis(50), Duration::from_millis(50)),
            |l| lines.push(l),
        );
        assert!(Instant::now() >= until, "it waited until Python was ready");
        assert!(!lines.is_empty(), "{lines:?}");
        assert!(lines.len() <= 6, "one line every 50 ms at most: {lines:?}");
        assert!(lines.iter().all(|l| l == "about 40%"));
        // Python ready at once (the usual case): not a word.
        let mut said = Vec::new();
        wait_telling(
            || false,
            || Some("about 0%".to_owned()),
            (Duration::ZERO, Duration::ZERO),
            |l| said.push(l),
        );
        assert!(said.is_empty());
    }

    #[test]
    fn a_stopper_sets_the_flag_the_sandbox_watches() {
        let cancel = Arc::new(AtomicBool::new(false));
        let stopper = CheckStopper(cancel.clone());
        stopper.clone().stop();
        assert!(cancel.load(Ordering::SeqCst));
    }
}
