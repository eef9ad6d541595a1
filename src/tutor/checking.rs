//! Checking and running a learner's code.
//!
//! Checking is split so that marking can run on another thread and still never be shown
//! before it is saved: [`Tutor::prepare_check`] saves the code and gives a [`CheckJob`];
//! [`CheckJob::mark`] runs the tests and gives a [`Marked`] check whose report cannot be
//! read; [`Tutor::record_check`] records the attempt and only then hands over the report.
//! [`Tutor::check`] does all three in a row, for plain mode.

use std::time::Duration;

use super::{MAX_TIME_BETWEEN_CHECKS, Place, Tutor, TutorError};
use crate::marking::{self, Report};
use crate::pack::{Exercise, Pack};
use crate::paths::Paths;
use crate::sandbox::{Job, Outcome, Progress, Sandbox, Stdin};
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
        })
    }

    /// Records a marked check, then hands over its report to be shown: the only way to get
    /// the report out of a [`Marked`], so nothing is shown before it was saved. When saving
    /// fails, the report still comes back, with the error to tell the learner.
    pub fn record_check(&mut self, marked: Marked, time_spent: Duration) -> Checked {
        let Marked {
            pack,
            exercise,
            code,
            report,
        } = marked;
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
            .map(|_| ())
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
        let paths = self.paths.clone();
        let _ = std::thread::Builder::new()
            .name("slate-warm-up".into())
            .spawn(move || {
                let _ = Sandbox::global(&paths, Progress::Quiet);
            });
    }
}

/// Everything needed to mark a program, owned, so it can move to another thread.
pub struct CheckJob {
    paths: Paths,
    pack: Pack,
    exercise: Exercise,
    code: String,
}

impl CheckJob {
    /// Runs every test (this takes as long as the tests do, plus preparing Python the
    /// very first time, which is why it belongs on another thread).
    pub fn mark(&self) -> Result<Marked, TutorError> {
        let sandbox = Sandbox::global(&self.paths, Progress::Quiet)?;
        let report = marking::mark(sandbox, &self.pack, &self.exercise, &self.code)?;
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
