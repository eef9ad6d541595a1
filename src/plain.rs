//! Plain mode: Slate as a conversation, one line at a time.
//!
//! For screen-reader users and braille displays, and whenever the terminal cannot do full
//! screen (`TERM=dumb`, or input and output are not a terminal). Everything the full-screen
//! interface can do is here too, through numbered menus: no box drawing, no redraws, no
//! spinners, no colour. Lessons are printed as text; code is written in the learner's own
//! editor, or typed here ending with a line that holds only `END`; results are read out as
//! sentences. It drives the same [`Tutor`] as the full-screen interface.

use std::io::{BufRead, Write};
use std::time::Instant;

use crate::feedback;
use crate::markdown;
use crate::safe_text;
use crate::store::{Learner, names};
use crate::tr;
use crate::tutor::{ExerciseStatus, Place, Tutor, TutorError};

/// What the learner chose in a menu.
enum Choice {
    Number(usize),
    /// End of input: leave quietly.
    Quit,
}

/// What was typed at a menu that also takes words.
enum Answer {
    Choice(Choice),
    /// Words where a number was asked for (a learner's name at "Who are you?").
    Words(String),
}

/// Where plain mode reads lines from.
///
/// The real stdin is read through [`crate::stdin`], which a learner's program run from plain
/// mode reads too, so neither hides typed-ahead lines from the other.
pub trait Lines {
    /// Reads a line into `buf` (with its newline); 0 at the end of input.
    fn read_line(&mut self, buf: &mut String) -> std::io::Result<usize>;
}

impl Lines for std::io::Stdin {
    fn read_line(&mut self, buf: &mut String) -> std::io::Result<usize> {
        crate::stdin::read_line(buf)
    }
}

/// Any buffered reader (tests use a byte slice).
pub struct Reader<R: BufRead>(pub R);

impl<R: BufRead> Lines for Reader<R> {
    fn read_line(&mut self, buf: &mut String) -> std::io::Result<usize> {
        self.0.read_line(buf)
    }
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

    fn blank(&mut self) {
        self.say("");
    }

    /// Reads one line; `None` at the end of input.
    fn read_line(&mut self) -> Option<String> {
        let _ = write!(self.out, "> ");
        let _ = self.out.flush();
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => None,
            Ok(_) => Some(line.trim_end_matches(['\n', '\r']).to_owned()),
        }
    }

    /// Shows a numbered menu and reads a valid choice (0 is always "back" or "quit").
    fn menu(&mut self, items: &[String], zero: &str) -> Choice {
        match self.menu_or_words(items, zero, false) {
            Answer::Choice(choice) => choice,
            Answer::Words(_) => unreachable!("this menu takes only numbers"),
        }
    }

    /// A numbered menu that also takes words (when `words` is true), such as a learner's
    /// name typed instead of its number.
    fn menu_or_words(&mut self, items: &[String], zero: &str, words: bool) -> Answer {
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

    fn choose_learner(&mut self) -> Next {
        // Whoever comes next is asked in the computer's language, not the last learner's.
        self.tutor.leave_learner();
        self.tutor.use_learner_language();
        let learners = self.tutor.learners().unwrap_or_default();
        let last = self.tutor.last_learner();
        self.say(&tr!("who-are-you"));
        let mut items: Vec<String> = learners
            .iter()
            .map(|l| match (&l.group, Some(&l.id) == last.as_ref()) {
                (Some(g), true) => tr!(
                    "learner-in-group-last",
                    name = l.name.as_str(),
                    group = g.as_str()
                ),
                (Some(g), false) => tr!(
                    "learner-in-group",
                    name = l.name.as_str(),
                    group = g.as_str()
                ),
                (None, true) => tr!("learner-last", name = l.name.as_str()),
                (None, false) => l.name.clone(),
            })
            .collect();
        items.push(tr!("add-learner"));
        let choice = match self.menu_or_words(&items, &tr!("quit"), true) {
            Answer::Words(name) => return self.learner_by_name(&learners, &name),
            Answer::Choice(choice) => choice,
        };
        match choice {
            Choice::Quit | Choice::Number(0) => Next::Quit,
            Choice::Number(n) if n <= learners.len() => self.choose(&learners[n - 1].id),
            Choice::Number(_) => self.add_learner(),
        }
    }

    /// A name typed at "Who are you?" instead of a number: that learner when there is
    /// exactly one of that name; otherwise an offer to add them.
    fn learner_by_name(&mut self, learners: &[Learner], typed: &str) -> Next {
        let key = names::key(typed);
        let same: Vec<&Learner> = learners
            .iter()
            .filter(|l| names::key(&l.name) == key)
            .collect();
        match same.as_slice() {
            [one] => self.choose(&one.id),
            [] => {
                let name = names::tidy(typed);
                self.say(&tr!("plain-nobody-called", name = name.as_str()));
                let items = [tr!("plain-add-named", name = name.as_str())];
                match self.menu(&items, &tr!("back")) {
                    Choice::Quit => Next::Quit,
                    Choice::Number(1) => self.add_named_learner(name),
                    _ => Next::Learners,
                }
            }
            _ => {
                self.say(&tr!("plain-several-called", name = same[0].name.as_str()));
                Next::Learners
            }
        }
    }

    /// Chooses the learner with this id, or says why not and asks again.
    fn choose(&mut self, id: &str) -> Next {
        match self.tutor.choose_learner(id) {
            Ok(()) => self.after_choosing(),
            Err(e) => {
                self.say(&e.to_string());
                Next::Learners
            }
        }
    }

    fn add_learner(&mut self) -> Next {
        self.say(&tr!("type-your-name"));
        let Some(name) = self.read_line() else {
            return Next::Quit;
        };
        self.add_named_learner(name)
    }

    fn add_named_learner(&mut self, name: String) -> Next {
        self.say(&tr!("type-your-group"));
        let Some(group) = self.read_line() else {
            return Next::Quit;
        };
        match self.tutor.add_learner(&name, Some(&group)) {
            Ok(_) => self.after_choosing(),
            Err(e) => {
                self.say(&e.to_string());
                Next::Learners
            }
        }
    }

    fn after_choosing(&mut self) -> Next {
        self.tutor.use_learner_language();
        let name = self
            .tutor
            .learner()
            .map(|l| l.name.clone())
            .unwrap_or_default();
        self.blank();
        self.say(&tr!("hello-learner", name = name));
        Next::MainMenu
    }

    fn main_menu(&mut self) -> Next {
        self.blank();
        let resume = self.tutor.resume();
        let mut items = Vec::new();
        if let Some(place) = &resume {
            items.push(tr!("continue-at", place = self.tutor.describe(place)));
        }
        items.push(tr!("choose-lesson"));
        items.push(tr!("settings"));
        items.push(tr!("change-learner"));
        let offset = usize::from(resume.is_some());
        match self.menu(&items, &tr!("quit")) {
            Choice::Quit | Choice::Number(0) => Next::Quit,
            Choice::Number(1) if resume.is_some() => Next::Go(resume.expect("checked")),
            Choice::Number(n) => match n - offset {
                1 => Next::Lessons,
                2 => {
                    self.settings();
                    Next::MainMenu
                }
                _ => Next::Learners,
            },
        }
    }

    fn lessons(&mut self) -> Next {
        let course = self.tutor.course();
        let mut items = Vec::new();
        let mut targets = Vec::new();
        for pack in &course {
            for (i, lesson) in pack.lessons.iter().enumerate() {
                items.push(tr!(
                    "lesson-line",
                    pack = pack.title.as_str(),
                    number = i + 1,
                    title = lesson.title.as_str(),
                    done = lesson.done(),
                    total = lesson.exercises.len()
                ));
                targets.push((pack.id.clone(), lesson.id.clone()));
            }
        }
        self.blank();
        self.say(&tr!("choose-lesson"));
        match self.menu(&items, &tr!("back")) {
            Choice::Quit => Next::Quit,
            Choice::Number(0) => Next::MainMenu,
            Choice::Number(n) => {
                let (p, l) = targets[n - 1].clone();
                Next::LessonMenu(p, l)
            }
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
            items.push(if view.pages_read >= view.pages {
                tr!("read-lesson-read", pages = view.pages)
            } else {
                tr!("read-lesson", pages = view.pages)
            });
        }
        for (_, title, status) in &view.exercises {
            items.push(tr!(
                "exercise-line",
                title = title.as_str(),
                status = feedback::status_word(*status)
            ));
        }
        let offset = usize::from(view.pages > 0);
        match self.menu(&items, &tr!("back")) {
            Choice::Quit => Next::Quit,
            Choice::Number(0) => Next::Lessons,
            Choice::Number(1) if view.pages > 0 => Next::Go(Place::Page {
                pack: pack.into(),
                lesson: lesson.into(),
                page: 0,
            }),
            Choice::Number(n) => Next::Go(Place::Exercise {
                pack: pack.into(),
                exercise: view.exercises[n - 1 - offset].0.clone(),
            }),
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
            let text = markdown::to_plain_text(
                &markdown::parse(&p.text),
                &tr!("code-start"),
                &tr!("code-end"),
            );
            self.say(&safe_text::for_terminal(text.trim_end()));
            self.blank();
            let mut items = Vec::new();
            if page + 1 < total {
                items.push(tr!("next-page"));
            } else {
                items.push(tr!("to-exercises"));
            }
            if page > 0 {
                items.push(tr!("previous-page"));
            }
            match self.menu(&items, &tr!("back")) {
                Choice::Quit => return Next::Quit,
                Choice::Number(0) => return Next::LessonMenu(pack.into(), lesson.into()),
                Choice::Number(1) if page + 1 < total => page += 1,
                Choice::Number(1) => {
                    // The lesson's first exercise not done yet, else the lesson menu.
                    let first = self
                        .tutor
                        .course()
                        .into_iter()
                        .find(|p| p.id == pack)
                        .and_then(|p| {
                            p.lessons
                                .into_iter()
                                .find(|x| x.id == lesson)
                                .and_then(|x| {
                                    x.exercises
                                        .into_iter()
                                        .find(|e| e.2 != ExerciseStatus::Done)
                                        .map(|e| e.0)
                                })
                        });
                    return match first {
                        Some(exercise) => Next::Go(Place::Exercise {
                            pack: pack.into(),
                            exercise,
                        }),
                        None => Next::LessonMenu(pack.into(), lesson.into()),
                    };
                }
                Choice::Number(_) => page = page.saturating_sub(1),
            }
        }
    }

    fn exercise(&mut self, pack: &str, exercise: &str) -> Next {
        let Some(found) = self.tutor.find(pack, exercise) else {
            return Next::Lessons;
        };
        let title = found.exercise.title.clone();
        let task = found.exercise.task.clone();
        let hint_count = found.exercise.hints.len();
        let lesson = found.lesson.id.clone();
        let _ = self.tutor.set_place(&Place::Exercise {
            pack: pack.into(),
            exercise: exercise.into(),
        });
        let mut code = self.tutor.load_code(pack, exercise);
        let path = self.tutor.code_path(pack, exercise);
        let mut started = Instant::now();
        self.blank();
        let status = self
            .tutor
            .exercise_progress(pack, exercise)
            .map(|p| ExerciseStatus::from(p.status))
            .unwrap_or(ExerciseStatus::New);
        self.say(&tr!(
            "exercise-heading",
            title = title.as_str(),
            status = feedback::status_word(status)
        ));
        self.blank();
        let task_text = markdown::to_plain_text(
            &markdown::parse(&task),
            &tr!("code-start"),
            &tr!("code-end"),
        );
        self.say(&safe_text::for_terminal(task_text.trim_end()));
        self.blank();
        self.say(&tr!("code-file-is", path = path.display().to_string()));
        loop {
            self.blank();
            let shown = self.tutor.hints_revealed(pack, exercise) as usize;
            let items = vec![
                tr!("menu-type-code"),
                tr!("menu-open-editor"),
                tr!("menu-check"),
                tr!("menu-run"),
                tr!("menu-show-code"),
                tr!("menu-hint", shown = shown, total = hint_count),
                tr!("menu-solution"),
                tr!("menu-reset"),
                tr!("menu-read-task"),
            ];
            match self.menu(&items, &tr!("back")) {
                Choice::Quit => {
                    let _ = self.tutor.save_code(pack, exercise, &code);
                    return Next::Quit;
                }
                Choice::Number(0) => {
                    let _ = self.tutor.save_code(pack, exercise, &code);
                    return Next::LessonMenu(pack.into(), lesson);
                }
                Choice::Number(1) => {
                    self.say(&tr!("type-code-now"));
                    let mut lines = Vec::new();
                    loop {
                        let mut line = String::new();
                        match self.input.read_line(&mut line) {
                            Ok(0) | Err(_) => break,
                            Ok(_) => {
                                let l = line.trim_end_matches(['\n', '\r']);
                                if l.trim() == "END" {
                                    break;
                                }
                                lines.push(l.to_owned());
                            }
                        }
                    }
                    code = lines.join("\n") + "\n";
                    match self.tutor.save_code(pack, exercise, &code) {
                        Ok(_) => self.say(&tr!("code-saved")),
                        Err(e) => self.say(&e.to_string()),
                    }
                }
                Choice::Number(2) => {
                    let _ = self.tutor.save_code(pack, exercise, &code);
                    match crate::editor::open_and_wait(&path, self.tutor.setting("editor")) {
                        Ok(()) => {
                            code = self.tutor.load_code(pack, exercise);
                            self.say(&tr!("editor-closed-checking"));
                            if let Some(next) = self.check(pack, exercise, &code, &mut started) {
                                return next;
                            }
                        }
                        Err(e) => self.say(&e.to_string()),
                    }
                }
                Choice::Number(3) => {
                    // The file may have been changed in another editor.
                    code = self.tutor.load_code(pack, exercise);
                    if let Some(next) = self.check(pack, exercise, &code, &mut started) {
                        return next;
                    }
                }
                Choice::Number(4) => {
                    code = self.tutor.load_code(pack, exercise);
                    self.say(&tr!("running-start"));
                    match self.tutor.run_interactive(pack, exercise, &code) {
                        Ok(outcome) => {
                            self.blank();
                            self.say(&feedback::run_ending(&outcome));
                        }
                        Err(e) => self.say(&e.to_string()),
                    }
                }
                Choice::Number(5) => {
                    code = self.tutor.load_code(pack, exercise);
                    self.say(&tr!("your-code-is"));
                    self.say(&numbered(&code));
                    self.say(&tr!("code-end"));
                }
                Choice::Number(6) => match self.tutor.reveal_hint(pack, exercise) {
                    Ok(Some((i, hint))) => {
                        let text = markdown::to_plain_text(
                            &markdown::parse(&hint),
                            &tr!("code-start"),
                            &tr!("code-end"),
                        );
                        self.say(&tr!("hint-heading", number = i + 1, total = hint_count));
                        self.say(&safe_text::for_terminal(text.trim_end()));
                    }
                    Ok(None) => self.say(&tr!("no-more-hints")),
                    Err(e) => self.say(&e.to_string()),
                },
                Choice::Number(7) => match self.tutor.view_solution(pack, exercise) {
                    Ok(Ok(solution)) => {
                        self.say(&tr!("solution-heading"));
                        self.say(&numbered(&solution));
                        self.say(&tr!("code-end"));
                    }
                    Ok(Err(lock)) => self.say(&feedback::lock_sentence(lock)),
                    Err(e) => self.say(&e.to_string()),
                },
                Choice::Number(8) => {
                    self.say(&tr!("reset-confirm"));
                    let Some(answer) = self.read_line() else {
                        return Next::Quit;
                    };
                    if is_yes(&answer) {
                        match self.tutor.reset_code(pack, exercise) {
                            Ok(starter) => {
                                code = starter;
                                self.say(&tr!("reset-done"));
                            }
                            Err(e) => self.say(&e.to_string()),
                        }
                    } else {
                        self.say(&tr!("reset-cancelled"));
                    }
                }
                Choice::Number(_) => {
                    self.say(&safe_text::for_terminal(task_text.trim_end()));
                }
            }
        }
    }

    /// Checks and reads out the results; returns where to go if the learner moves on.
    fn check(
        &mut self,
        pack: &str,
        exercise: &str,
        code: &str,
        started: &mut Instant,
    ) -> Option<Next> {
        self.say(&tr!("checking"));
        let spent = started.elapsed();
        *started = Instant::now();
        let report = match self.tutor.check(pack, exercise, code, spent) {
            Ok(r) => r,
            Err(e) => {
                self.say(&e.to_string());
                return None;
            }
        };
        self.blank();
        self.say(&feedback::summary(&report));
        self.say(&feedback::score_line(&report));
        for (i, t) in report.tests.iter().enumerate() {
            if !t.passed() {
                self.say(&feedback::test_sentence(i, t));
            }
        }
        if let Some((i, t)) = report.first_visible_failure() {
            self.blank();
            self.say(feedback::details(i, t).trim_end());
        }
        if report.passed {
            let next = self.tutor.next_after(pack, exercise);
            self.blank();
            if let Some(place) = next {
                self.say(&tr!("next-is", place = self.tutor.describe(&place)));
                let items = vec![tr!("go-next")];
                return match self.menu(&items, &tr!("stay-here")) {
                    Choice::Quit => Some(Next::Quit),
                    Choice::Number(1) => Some(Next::Go(place)),
                    Choice::Number(_) => None,
                };
            }
            self.say(&tr!("course-finished"));
        }
        None
    }

    fn settings(&mut self) {
        loop {
            self.blank();
            self.say(&tr!("settings"));
            let items = vec![tr!("setting-language"), tr!("setting-editor")];
            match self.menu(&items, &tr!("back")) {
                Choice::Quit | Choice::Number(0) => return,
                Choice::Number(1) => {
                    let langs = crate::i18n::available();
                    let names: Vec<String> = langs.iter().map(|(_, n)| n.clone()).collect();
                    if let Choice::Number(n) = self.menu(&names, &tr!("back"))
                        && n > 0
                    {
                        let tag = langs[n - 1].0.clone();
                        if let Some(l) = crate::i18n::match_available(&tag) {
                            crate::i18n::set(l);
                        }
                        self.tutor.refresh_language();
                        match self.tutor.set_setting("language", &tag) {
                            Ok(()) => self.say(&tr!("language-changed")),
                            Err(e) => self.say(&e.to_string()),
                        }
                    }
                }
                Choice::Number(_) => {
                    self.say(&tr!(
                        "editor-now",
                        editor = crate::editor::command_for(self.tutor.setting("editor")).join(" ")
                    ));
                    self.say(&tr!("editor-type-new"));
                    let Some(line) = self.read_line() else { return };
                    if !line.trim().is_empty() {
                        let _ = self.tutor.set_setting("editor", line.trim());
                        self.say(&tr!("editor-changed"));
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
    Plain::new(tutor, std::io::stdin(), std::io::stdout()).run();
    Ok(())
}
