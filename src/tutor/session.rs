//! Opening an exercise: everything an interface shows for it, worked out once.
//!
//! Both interfaces open an exercise the same way: the tutor remembers it as the learner's
//! place and gathers its title, task, hints, the learner's code and file, status and
//! solution lock into one [`ExerciseSession`]. Checking then goes through
//! [`Tutor::prepare_check`], [`super::CheckJob::mark`] and [`Tutor::record_check`], which
//! records the attempt before handing over the report.

use std::path::PathBuf;

use super::{Place, SolutionLock, Tutor};
use crate::store::Status;

/// An open exercise, as an interface shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct ExerciseSession {
    pub pack: String,
    pub exercise: String,
    /// The lesson it belongs to, and that lesson's number in its pack (from 1).
    pub lesson: String,
    pub lesson_number: usize,
    /// The pack's title, so "lesson 1" of one pack is told apart from another's.
    pub pack_title: String,
    /// The exercise's own title.
    pub title: String,
    /// The task, as lesson Markdown (already safe for a terminal).
    pub task: String,
    pub hints_total: usize,
    /// The learner's code now (their file, or the starter).
    pub code: String,
    /// The learner's file for this exercise.
    pub path: PathBuf,
    pub status: Status,
    /// Why the solution cannot be seen yet, if it cannot.
    pub lock: Option<SolutionLock>,
}

impl Tutor {
    /// Opens an exercise: remembers it as the learner's place, and gathers what to show.
    /// `None` when the pack or exercise is not there.
    pub fn open_exercise(&mut self, pack: &str, exercise: &str) -> Option<ExerciseSession> {
        let found = self.find(pack, exercise)?;
        let lesson = found.lesson.id.clone();
        let lesson_number = found
            .pack
            .lessons
            .iter()
            .position(|l| l.id == lesson)
            .unwrap_or(0)
            + 1;
        let pack_title = found.pack.title.clone();
        let title = found.exercise.title.clone();
        let task = found.exercise.task.clone();
        let hints_total = found.exercise.hints.len();
        self.set_place(&Place::Exercise {
            pack: pack.into(),
            exercise: exercise.into(),
        });
        let code = self.load_code(pack, exercise);
        let path = self.code_path(pack, exercise);
        let status = self
            .exercise_progress(pack, exercise)
            .map(|p| p.status)
            .unwrap_or(Status::NotStarted);
        let lock = self.solution_lock(pack, exercise);
        Some(ExerciseSession {
            pack: pack.to_owned(),
            exercise: exercise.to_owned(),
            lesson,
            lesson_number,
            pack_title,
            title,
            task,
            hints_total,
            code,
            path,
            status,
            lock,
        })
    }
}
