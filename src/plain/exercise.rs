//! An exercise in plain mode: its menu of actions, and one function per action.
//!
//! The exercise is opened through [`Tutor::open_exercise`], as in the full-screen interface,
//! and checked through [`Tutor::check`], which records the attempt before the report is
//! read out. The menu is built from [`Action`]s, so what a number means is decided in one
//! place, by the list itself.

use std::io::Write;
use std::time::Instant;

use super::{Lines, Next, Picked, Plain, is_yes, numbered};
use crate::feedback;
use crate::safe_text;
use crate::tr;
use crate::tutor::ExerciseSession;

/// What a learner can do in an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Action {
    TypeCode,
    ChangeLine,
    OpenEditor,
    Check,
    Run,
    ShowCode,
    Hint,
    Solution,
    Reset,
    ReadTask,
}

/// An open exercise and the learner's code in it.
pub(super) struct Open {
    pub(super) session: ExerciseSession,
    task_text: String,
    started: Instant,
}

impl Open {
    pub(super) fn pack(&self) -> &str {
        &self.session.pack
    }

    pub(super) fn exercise(&self) -> &str {
        &self.session.exercise
    }
}

impl<R: Lines, W: Write> Plain<'_, R, W> {
    pub(super) fn exercise(&mut self, pack: &str, exercise: &str) -> Next {
        let Some(session) = self.tutor.open_exercise(pack, exercise) else {
            return Next::Lessons;
        };
        let task_text = self.plain_text(&session.task);
        let mut open = Open {
            session,
            task_text,
            started: Instant::now(),
        };
        self.blank();
        self.say(&tr!(
            "exercise-heading",
            title = open.session.title.as_str(),
            status = open.session.status.word()
        ));
        self.blank();
        self.read_task(&open);
        self.blank();
        self.say(&tr!(
            "code-file-is",
            path = open.session.path.display().to_string()
        ));
        loop {
            self.blank();
            let picked = self.pick(&self.exercise_menu(&open), &tr!("back"));
            let next = match picked {
                Picked::End => Some(Next::Quit),
                Picked::Zero => Some(Next::LessonMenu(
                    open.session.pack.clone(),
                    open.session.lesson.clone(),
                )),
                Picked::Item(Action::TypeCode) => self.type_code(&mut open),
                Picked::Item(Action::ChangeLine) => self.change_line(&mut open),
                Picked::Item(Action::OpenEditor) => self.open_editor(&mut open),
                Picked::Item(Action::Check) => {
                    // The file may have been changed in another editor.
                    open.session.code = self.tutor.load_code(open.pack(), open.exercise());
                    self.check(&mut open)
                }
                Picked::Item(Action::Run) => self.run_program(&mut open),
                Picked::Item(Action::ShowCode) => self.show_code(&mut open),
                Picked::Item(Action::Hint) => self.hint(&open),
                Picked::Item(Action::Solution) => self.solution(&open),
                Picked::Item(Action::Reset) => self.reset(&mut open),
                Picked::Item(Action::ReadTask) => {
                    self.read_task(&open);
                    None
                }
            };
            if let Some(next) = next {
                if matches!(next, Next::Quit | Next::LessonMenu(..))
                    && let Err(e) =
                        self.tutor
                            .save_code(open.pack(), open.exercise(), &open.session.code)
                {
                    self.say(&e.to_string());
                }
                return next;
            }
        }
    }

    /// The exercise's menu. A hint is offered only when the exercise has hints.
    fn exercise_menu(&self, open: &Open) -> Vec<(Action, String)> {
        let shown = self.tutor.hints_revealed(open.pack(), open.exercise()) as usize;
        let mut items = vec![
            (Action::TypeCode, tr!("menu-type-code")),
            (Action::ChangeLine, tr!("menu-change-line")),
            (Action::OpenEditor, tr!("menu-open-editor")),
            (Action::Check, tr!("menu-check")),
            (Action::Run, tr!("menu-run")),
            (Action::ShowCode, tr!("menu-show-code")),
        ];
        if open.session.hints_total > 0 {
            items.push((
                Action::Hint,
                tr!("menu-hint", shown = shown, total = open.session.hints_total),
            ));
        }
        items.extend([
            (Action::Solution, tr!("menu-solution")),
            (Action::Reset, tr!("menu-reset")),
            (Action::ReadTask, tr!("menu-read-task")),
        ]);
        items
    }

    fn read_task(&mut self, open: &Open) {
        self.say(&safe_text::for_terminal(open.task_text.trim_end()));
    }

    /// The learner's own editor; their code is checked when it closes.
    fn open_editor(&mut self, open: &mut Open) -> Option<Next> {
        if let Err(e) = self
            .tutor
            .save_code(open.pack(), open.exercise(), &open.session.code)
        {
            self.say(&e.to_string());
            return None;
        }
        let chosen = crate::editor::choose(
            self.tutor.settings().editor,
            &crate::editor::Environment::current(),
        );
        if chosen.hard_to_leave {
            // vi or vim, which the learner did not choose: say how to leave it first.
            self.say(&tr!(
                "editor-hard-to-leave-plain",
                editor = chosen.command.join(" ")
            ));
            let Some(answer) = self.read_line() else {
                return Some(Next::Quit);
            };
            if !is_yes(&answer) {
                self.say(&tr!("editor-kept-built-in-plain"));
                return None;
            }
        }
        match crate::editor::run_and_wait(&open.session.path, &chosen.command) {
            Ok(()) => {
                open.session.code = self.tutor.load_code(open.pack(), open.exercise());
                // `check` says "Checking your code…" itself: said once.
                self.say(&tr!("plain-editor-closed"));
                self.check(open)
            }
            Err(e) => {
                self.say(&e.to_string());
                None
            }
        }
    }

    fn run_program(&mut self, open: &mut Open) -> Option<Next> {
        open.session.code = self.tutor.load_code(open.pack(), open.exercise());
        self.wait_for_python();
        self.say(&tr!("running-start"));
        // Said before the program starts, so it is heard before the program's own words.
        self.say(&tr!("plain-how-to-stop"));
        match self
            .tutor
            .run_interactive(open.pack(), open.exercise(), &open.session.code)
        {
            Ok(outcome) => {
                self.blank();
                self.say(&feedback::run_ending(&outcome));
            }
            Err(e) => self.say(&e.to_string()),
        }
        None
    }

    fn hint(&mut self, open: &Open) -> Option<Next> {
        match self.tutor.reveal_hint(open.pack(), open.exercise()) {
            Ok(Some((i, hint))) => {
                let text = self.plain_text(&hint);
                self.say(&tr!(
                    "hint-heading",
                    number = i + 1,
                    total = open.session.hints_total
                ));
                self.say(&safe_text::for_terminal(text.trim_end()));
            }
            Ok(None) => self.say(&tr!("no-more-hints")),
            Err(e) => self.say(&e.to_string()),
        }
        None
    }

    fn solution(&mut self, open: &Open) -> Option<Next> {
        match self.tutor.view_solution(open.pack(), open.exercise()) {
            Ok(Ok(solution)) => {
                self.say(&tr!("solution-heading"));
                self.say(&numbered(&solution));
                self.say(&tr!("code-end"));
            }
            Ok(Err(lock)) => self.say(&feedback::lock_sentence_for(
                lock,
                open.session.hints_total > 0,
            )),
            Err(e) => self.say(&e.to_string()),
        }
        None
    }

    fn reset(&mut self, open: &mut Open) -> Option<Next> {
        self.say(&tr!("reset-confirm"));
        let Some(answer) = self.read_line() else {
            return Some(Next::Quit);
        };
        if !is_yes(&answer) {
            self.say(&tr!("reset-cancelled"));
            return None;
        }
        match self.tutor.reset_code(open.pack(), open.exercise()) {
            Ok(starter) => {
                open.session.code = starter;
                self.say(&tr!("reset-done"));
            }
            Err(e) => self.say(&e.to_string()),
        }
        None
    }

    /// Checks and reads out the results; returns where to go if the learner moves on.
    fn check(&mut self, open: &mut Open) -> Option<Next> {
        self.say(&tr!("checking"));
        self.wait_for_python();
        let spent = open.started.elapsed();
        open.started = Instant::now();
        let report = match self.tutor.check(
            &open.session.pack,
            &open.session.exercise,
            &open.session.code,
            spent,
        ) {
            Ok(checked) => {
                if let Err(e) = &checked.saved {
                    self.say(&e.to_string());
                }
                checked.report
            }
            Err(e) => {
                self.say(&e.to_string());
                return None;
            }
        };
        self.blank();
        self.say(&feedback::summary(&report));
        self.say(&feedback::score_line(&report));
        // Failures in test order; the first one the learner may see in detail is read with
        // its details, which start with its own sentence, so it is read once.
        let detailed = report.first_visible_failure().map(|(i, _)| i);
        for (i, t) in report.tests.iter().enumerate() {
            if t.passed() {
                continue;
            }
            if Some(i) == detailed {
                self.blank();
                self.say(feedback::details(i, t).trim_end());
                self.blank();
            } else {
                self.say(&feedback::test_sentence(i, t));
            }
        }
        if !report.passed {
            return None;
        }
        self.blank();
        let Some(place) = self.tutor.next_after(open.pack(), open.exercise()) else {
            self.say(&tr!("course-finished"));
            return None;
        };
        self.say(&tr!("next-is", place = self.tutor.describe(&place)));
        match self.pick(&[(place, tr!("go-next"))], &tr!("stay-here")) {
            Picked::End => Some(Next::Quit),
            Picked::Item(place) => Some(Next::Go(place)),
            Picked::Zero => None,
        }
    }
}
