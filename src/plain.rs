//! Plain mode: Slate as a conversation, one line at a time.
//!
//! For screen-reader users and braille displays, and whenever the terminal cannot do full
//! screen (`TERM=dumb`, or input and output are not a terminal). Everything the full-screen
//! interface can do is here too, through numbered menus: no box drawing, no redraws, no
//! spinners, no colour. Lessons are printed as text, with code and a program's expected
//! output each announced as what it is; code is written in the learner's own editor, or typed
//! here ending with a line that holds only `END` (`code_entry`); results are read out as
//! sentences. On a terminal, answers are typed with a line editor (`input`). It drives the
//! same [`Tutor`] as the full-screen interface.

mod code_entry;
mod exercise;
mod input;
mod learners;

use std::io::Write;

use crate::markdown;
use crate::safe_text;
use crate::tr;
use crate::tutor::{Place, Setting, Tutor, TutorError};

pub use input::{Keyboard, Lines, Reader, strip_escapes};

/// What the learner chose in a menu.
enum Choice {
    Number(usize),
    /// End of input: leave quietly.
    Quit,
}

/// What the learner picked in a menu of actions.
enum Picked<A> {
    Item(A),
    /// 0: back.
    Zero,
    /// End of input: leave quietly.
    End,
}

/// What was typed at a menu that also takes words.
enum Answer {
    Choice(Choice),
    /// Words where a number was asked for (a learner's name at "Who are you?").
    Words(String),
}

/// The conversation: the tutor, where input comes from and where output goes.
pub struct Plain<'a, R: Lines, W: Write> {
    tutor: &'a mut Tutor,
    input: R,
    out: W,
}

/// Where to go next.
enum Next {
    MainMenu,
    Learners,
    Quit,
    Go(Place),
    LessonMenu(String, String),
    Lessons,
}

impl<'a, R: Lines, W: Write> Plain<'a, R, W> {
    pub fn new(tutor: &'a mut Tutor, input: R, out: W) -> Self {
        Plain { tutor, input, out }
    }

    fn say(&mut self, text: &str) {
        // A closed output (the learner's screen reader or pipe went away) ends the session
        // on the next read; there is nothing useful to do with the error here.
        let _ = writeln!(self.out, "{text}");
        let _ = self.out.flush();
    }

    /// Waits for Python when it is still being prepared (the first time on a new computer),
    /// saying how far it has got every few seconds.
    fn wait_for_python(&mut self) {
        let out = &mut self.out;
        self.tutor.wait_for_python(|line| {
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
        });
    }

    /// Says what the tutor needs the learner to know (a setting that could not be saved).
    fn tell_notice(&mut self) {
        if let Some(notice) = self.tutor.take_notice() {
            self.say(&notice);
        }
    }

    fn blank(&mut self) {
        self.say("");
    }

    /// Reads one answer after a `> ` prompt; `None` at the end of input.
    fn read_line(&mut self) -> Option<String> {
        self.read_with_prompt("> ")
    }

    /// Reads one line after `prompt` (shown here unless the line editor shows it itself);
    /// `None` at the end of input.
    fn read_with_prompt(&mut self, prompt: &str) -> Option<String> {
        if !self.input.shows_prompt() {
            let _ = write!(self.out, "{prompt}");
        }
        // Everything said so far reaches the screen before waiting (a line editor writes
        // its prompt straight to the terminal, past our buffer).
        let _ = self.out.flush();
        self.input.read_line(prompt)
    }

    /// Lesson Markdown as plain text: code and expected output each labelled, so a
    /// screen-reader user hears which is which.
    fn plain_text(&self, text: &str) -> String {
        let labels = markdown::PlainLabels {
            code: tr!("code-start"),
            code_end: tr!("code-end"),
            output: tr!("output-start"),
            output_end: tr!("output-end"),
        };
        markdown::to_plain_text(&markdown::parse(text), &labels)
    }

    /// Shows a numbered menu and reads a valid choice (0 is always "back" or "quit").
    fn menu(&mut self, items: &[String], zero: &str) -> Choice {
        loop {
            match self.menu_or_words(items, zero, false) {
                Answer::Choice(choice) => return choice,
                // Words are only taken when asked for; if they ever come, ask again.
                Answer::Words(_) => {}
            }
        }
    }

    /// Shows a menu of actions and reads which one the learner wants: the code gets the
    /// action itself, never a position in the list.
    fn pick<A: Clone>(&mut self, items: &[(A, String)], zero: &str) -> Picked<A> {
        let labels: Vec<String> = items.iter().map(|(_, label)| label.clone()).collect();
        match self.menu(&labels, zero) {
            Choice::Quit => Picked::End,
            Choice::Number(0) => Picked::Zero,
            Choice::Number(n) => items
                .get(n - 1)
                .map_or(Picked::Zero, |(action, _)| Picked::Item(action.clone())),
        }
    }

    /// A numbered menu that also takes words (when `words` is true), such as a learner's
    /// name typed instead of its number.
    fn menu_or_words(&mut self, items: &[String], zero: &str, words: bool) -> Answer {
        self.tell_notice();
        for (i, item) in items.iter().enumerate() {
            self.say(&format!("  {}. {}", i + 1, item));
        }
        self.say(&format!("  0. {zero}"));
        loop {
            self.say(&tr!("plain-type-number"));
            let Some(line) = self.read_line() else {
                return Answer::Choice(Choice::Quit);
            };
            let line = line.trim();
            match line.parse::<usize>() {
                Ok(n) if n <= items.len() => return Answer::Choice(Choice::Number(n)),
                Err(_) if words && line.chars().any(char::is_alphabetic) => {
                    return Answer::Words(line.to_owned());
                }
                _ => self.say(&tr!("plain-not-a-choice", max = items.len())),
            }
        }
    }

    /// Runs the whole session until the learner quits or input ends.
    pub fn run(mut self) {
        // Prepare Python in the background while the learner picks their name.
        self.tutor.warm_up_in_background();
        self.say(&tr!("welcome-title"));
        if let Some(problem) = self.tutor.store_problem.clone() {
            self.say(&tr!("progress-not-saved", reason = problem));
        }
        for broken in self.tutor.library.broken.clone() {
            self.say(&tr!("pack-skipped", origin = broken.origin.to_string()));
        }
        for skipped in self.tutor.library.skipped.clone() {
            self.say(&skipped.sentence());
        }
        self.blank();
        let mut next = Next::Learners;
        loop {
            next = match next {
                Next::Learners => self.choose_learner(),
                Next::MainMenu => self.main_menu(),
                Next::Lessons => self.lessons(),
                Next::LessonMenu(pack, lesson) => self.lesson_menu(&pack, &lesson),
                Next::Go(Place::Page { pack, lesson, page }) => {
                    self.read_pages(&pack, &lesson, page)
                }
                Next::Go(Place::Exercise { pack, exercise }) => self.exercise(&pack, &exercise),
                Next::Quit => break,
            };
        }
        self.say(&tr!("goodbye"));
    }

    fn main_menu(&mut self) -> Next {
        /// What the main menu offers.
        #[derive(Clone)]
        enum Main {
            Continue(Place),
            Lessons,
            Settings,
            ChangeLearner,
        }
        self.blank();
        let mut items = Vec::new();
        // A learner who has begun continues; a new one is offered the start.
        if let Some(place) = self.tutor.resume() {
            let label = tr!("continue-at", place = self.tutor.describe(&place));
            items.push((Main::Continue(place), label));
        } else if let Some(place) = self.tutor.start() {
            let label = tr!("start-at", place = self.tutor.describe(&place));
            items.push((Main::Continue(place), label));
        }
        items.push((Main::Lessons, tr!("choose-lesson")));
        items.push((Main::Settings, tr!("settings")));
        items.push((Main::ChangeLearner, tr!("change-learner")));
        match self.pick(&items, &tr!("quit")) {
            Picked::End | Picked::Zero => Next::Quit,
            Picked::Item(Main::Continue(place)) => Next::Go(place),
            Picked::Item(Main::Lessons) => Next::Lessons,
            Picked::Item(Main::Settings) => {
                self.settings();
                Next::MainMenu
            }
            Picked::Item(Main::ChangeLearner) => Next::Learners,
        }
    }

    fn lessons(&mut self) -> Next {
        let course = self.tutor.course();
        let mut items = Vec::new();
        for pack in &course {
            for (i, lesson) in pack.lessons.iter().enumerate() {
                let label = tr!(
                    "lesson-line",
                    pack = pack.title.as_str(),
                    number = i + 1,
                    title = lesson.title.as_str(),
                    done = lesson.done(),
                    total = lesson.exercises.len()
                );
                items.push(((pack.id.clone(), lesson.id.clone()), label));
            }
        }
        self.blank();
        self.say(&tr!("choose-lesson"));
        match self.pick(&items, &tr!("back")) {
            Picked::End => Next::Quit,
            Picked::Zero => Next::MainMenu,
            Picked::Item((pack, lesson)) => Next::LessonMenu(pack, lesson),
        }
    }

    fn lesson_menu(&mut self, pack: &str, lesson: &str) -> Next {
        let course = self.tutor.course();
        let Some(view) = course
            .iter()
            .find(|p| p.id == pack)
            .and_then(|p| p.lessons.iter().find(|l| l.id == lesson))
            .cloned()
        else {
            return Next::Lessons;
        };
        self.blank();
        self.say(&tr!("lesson-heading", title = view.title.as_str()));
        let mut items = Vec::new();
        if view.pages > 0 {
            let label = if view.pages_read >= view.pages {
                tr!("read-lesson-read", pages = view.pages)
            } else {
                tr!("read-lesson", pages = view.pages)
            };
            let first_page = Place::Page {
                pack: pack.into(),
                lesson: lesson.into(),
                page: 0,
            };
            items.push((first_page, label));
        }
        for (id, title, status) in &view.exercises {
            let label = tr!(
                "exercise-line",
                title = title.as_str(),
                status = status.word()
            );
            let place = Place::Exercise {
                pack: pack.into(),
                exercise: id.clone(),
            };
            items.push((place, label));
        }
        match self.pick(&items, &tr!("back")) {
            Picked::End => Next::Quit,
            Picked::Zero => Next::Lessons,
            Picked::Item(place) => Next::Go(place),
        }
    }

    fn read_pages(&mut self, pack: &str, lesson: &str, mut page: usize) -> Next {
        loop {
            let Some((_, l)) = self.tutor.lesson(pack, lesson) else {
                return Next::Lessons;
            };
            let total = l.pages.len();
            let Some(p) = l.pages.get(page).cloned() else {
                return Next::LessonMenu(pack.into(), lesson.into());
            };
            let _ = self.tutor.read_page(pack, lesson, page);
            self.blank();
            self.say(&tr!(
                "page-heading",
                page = page + 1,
                pages = total,
                title = p.title.as_str()
            ));
            self.blank();
            let text = self.plain_text(&p.text);
            self.say(&safe_text::for_terminal(text.trim_end()));
            self.blank();
            /// What a page offers.
            #[derive(Clone, Copy)]
            enum Turn {
                Next,
                ToExercises,
                Previous,
            }
            let mut items = Vec::new();
            if page + 1 < total {
                items.push((Turn::Next, tr!("next-page")));
            } else {
                items.push((Turn::ToExercises, tr!("to-exercises")));
            }
            if page > 0 {
                items.push((Turn::Previous, tr!("previous-page")));
            }
            match self.pick(&items, &tr!("back")) {
                Picked::End => return Next::Quit,
                Picked::Zero => return Next::LessonMenu(pack.into(), lesson.into()),
                Picked::Item(Turn::Next) => page += 1,
                Picked::Item(Turn::ToExercises) => {
                    // The lesson's first exercise not done yet, else the lesson menu.
                    return match self.tutor.first_unfinished_in_lesson(pack, lesson) {
                        Some(place) => Next::Go(place),
                        None => Next::LessonMenu(pack.into(), lesson.into()),
                    };
                }
                Picked::Item(Turn::Previous) => page = page.saturating_sub(1),
            }
        }
    }

    fn settings(&mut self) {
        loop {
            self.blank();
            self.say(&tr!("settings"));
            /// What settings offers.
            #[derive(Clone, Copy)]
            enum Change {
                Language,
                Editor,
            }
            let items = [
                (
                    Change::Language,
                    tr!("setting-language-now", language = tr!("language-name")),
                ),
                (Change::Editor, tr!("setting-editor")),
            ];
            match self.pick(&items, &tr!("back")) {
                Picked::End | Picked::Zero => return,
                Picked::Item(Change::Language) => {
                    let langs: Vec<(String, String)> = crate::i18n::available();
                    if let Picked::Item(tag) = self.pick(&langs, &tr!("back")) {
                        self.tutor.set_language(&tag);
                        self.say(&tr!("language-changed"));
                        self.tell_notice();
                    }
                }
                Picked::Item(Change::Editor) => {
                    self.say(&tr!(
                        "editor-now",
                        editor = crate::editor::command_for(self.tutor.settings().editor).join(" ")
                    ));
                    self.say(&tr!("editor-type-new"));
                    let Some(line) = self.read_line() else { return };
                    if !line.trim().is_empty() {
                        self.tutor.set(Setting::Editor(line.trim().to_owned()));
                        self.say(&tr!("editor-changed"));
                        self.tell_notice();
                    }
                }
            }
        }
    }
}

fn is_yes(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    !a.is_empty() && (tr!("yes-words").split(',').any(|w| w.trim() == a))
}

/// Code with line numbers, for reading aloud.
pub fn numbered(code: &str) -> String {
    code.lines()
        .enumerate()
        .map(|(i, l)| {
            tr!(
                "code-line",
                number = i + 1,
                code = safe_text::for_terminal(l)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Runs plain mode on the real stdin and stdout.
pub fn run(tutor: &mut Tutor) -> Result<(), TutorError> {
    crate::stdin::remember_terminal_mode();
    Plain::new(tutor, Keyboard::new(), std::io::stdout()).run();
    Ok(())
}
