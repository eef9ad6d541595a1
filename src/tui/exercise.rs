//! The exercise screen: the task, the built-in editor, and the results.
//!
//! One key checks (F5), one runs the program with the real terminal (F6), one reveals the
//! next hint (F7), one shows the solution when the pack allows it (F8), one resets to the
//! starter after asking (F9), and one opens the learner's own editor (F2), after which every
//! save is re-checked automatically (with F5 as the manual fallback when file watching does
//! not work, as on some network drives). Code is saved to the learner's `.py` file as they
//! type, so nothing is lost. Checking runs on another thread, so the screen stays alive: it
//! shows the seconds going by (or how far preparing Python has got, the first time), and Esc
//! stops the check, which is then forgotten, never recorded.

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use crossterm::event::{KeyEvent, MouseButton, MouseEvent, MouseEventKind};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{AppEvent, Confirm, Effect, Overlay, TextKind, Transition};
use super::code_editor::CodeEditor;
use super::theme::Theme;
use super::widgets;
use crate::feedback;
use crate::marking::Report;
use crate::store::Status;
use crate::tr;
use crate::tutor::Tutor;

mod keys;
mod outside;
mod results;
use keys::{Command, KEYS};
use results::Checking;

/// How long typed code may wait before it is saved: a short pause in typing.
const AUTOSAVE: Duration = Duration::from_millis(300);

/// What the last effect was, to know what to do when the terminal comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LastEffect {
    None,
    Run,
    TerminalEditor,
}

pub struct ExerciseScreen {
    pub pack: String,
    pub exercise: String,
    pub title: String,
    task: String,
    hints_total: usize,
    pub editor: CodeEditor,
    path: PathBuf,
    report: Option<Report>,
    status: Status,
    checking: Option<Checking>,
    /// The learner stopped the last check.
    stopped: bool,
    next_token: u64,
    started: Instant,
    save_due: Option<Instant>,
    reload_due: Option<Instant>,
    watcher: Option<notify::RecommendedWatcher>,
    watching_with: Option<String>,
    last_effect: LastEffect,
    message: Option<String>,
    theme: Theme,
    /// A mouse press began in the editor, so a drag selects.
    dragging: bool,
    /// Where F2 looks for an editor (this computer's; made up in tests).
    pub editor_environment: crate::editor::Environment,
}

impl ExerciseScreen {
    pub fn open(
        tutor: &mut Tutor,
        pack: &str,
        exercise: &str,
        theme: Theme,
    ) -> Option<ExerciseScreen> {
        let session = tutor.open_exercise(pack, exercise)?;
        let title = tr!(
            "exercise-title",
            pack = session.pack_title.as_str(),
            lesson = session.lesson_number,
            title = session.title.as_str()
        );
        Some(ExerciseScreen {
            pack: session.pack,
            exercise: session.exercise,
            title,
            task: session.task,
            hints_total: session.hints_total,
            editor: CodeEditor::new(&session.code, theme),
            path: session.path,
            report: None,
            status: session.status,
            checking: None,
            stopped: false,
            next_token: 1,
            started: Instant::now(),
            save_due: None,
            reload_due: None,
            watcher: None,
            watching_with: None,
            last_effect: LastEffect::None,
            message: None,
            theme,
            dragging: false,
            editor_environment: crate::editor::Environment::current(),
        })
    }

    pub fn is_selecting(&self) -> bool {
        self.editor.is_selecting()
    }

    pub fn is_busy(&self) -> bool {
        self.checking.is_some()
    }

    pub fn deadline(&self) -> Option<Instant> {
        match (self.save_due, self.reload_due) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Saves the code now if it changed.
    pub fn save(&mut self, tutor: &mut Tutor) {
        self.save_due = None;
        if !self.editor.is_dirty() && self.path.exists() {
            return;
        }
        match tutor.save_code(&self.pack, &self.exercise, &self.editor.text()) {
            Ok(_) => self.editor.mark_saved(),
            Err(e) => self.message = Some(e.to_string()),
        }
    }

    /// The panes: task, editor, results.
    fn layout(&self, area: Rect) -> [Rect; 3] {
        let text = widgets::markdown_text(&self.task, &self.theme);
        let task_rows = widgets::wrapped_height(&text, area.width.saturating_sub(4));
        let results_rows = if self.report.is_some() || self.checking.is_some() {
            (area.height / 3).clamp(4, 10)
        } else {
            3
        };
        let [task, editor, results] = pane_heights(area.height, task_rows, results_rows);
        Layout::vertical([
            Constraint::Length(task),
            Constraint::Length(editor),
            Constraint::Length(results),
        ])
        .areas(area)
    }

    fn editor_area(&self, body: Rect) -> Rect {
        let [_, editor, _] = self.layout(body);
        widgets::panel("", true, &self.theme).inner(editor)
    }

    pub fn layout_changed(&mut self, body: Rect) {
        let area = self.editor_area(body);
        self.editor.scroll_into_view(area);
    }

    pub fn paste(&mut self, text: &str, body: Rect) {
        self.editor.paste(text);
        self.save_due = Some(Instant::now() + AUTOSAVE);
        self.layout_changed(body);
    }

    /// A mouse event (when the learner has turned the mouse on): click to place the cursor,
    /// drag to select, wheel to scroll the code.
    pub fn handle_mouse(&mut self, mouse: MouseEvent, body: Rect) {
        let area = self.editor_area(body);
        match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => {
                self.dragging = self.editor.press_at(area, mouse.column, mouse.row);
            }
            MouseEventKind::Drag(MouseButton::Left) if self.dragging => {
                self.editor.drag_to(area, mouse.column, mouse.row);
            }
            MouseEventKind::Up(_) => self.dragging = false,
            MouseEventKind::ScrollDown if area.contains(Position::new(mouse.column, mouse.row)) => {
                self.editor.scroll_by(area, 3);
            }
            MouseEventKind::ScrollUp if area.contains(Position::new(mouse.column, mouse.row)) => {
                self.editor.scroll_by(area, -3);
            }
            _ => {}
        }
    }

    pub fn handle_key(
        &mut self,
        key: KeyEvent,
        tutor: &mut Tutor,
        events: &Sender<AppEvent>,
        body: Rect,
    ) -> Transition {
        let command = KEYS
            .iter()
            .find(|row| (row.matches)(&key))
            .map(|row| row.command);
        match command {
            Some(Command::Check) => return self.start_check(tutor, events),
            Some(Command::Run) => return self.run(tutor),
            Some(Command::Hint) => return self.hint(tutor),
            Some(Command::Solution) => return self.solution(tutor),
            Some(Command::Reset) => {
                return Transition::Open(Overlay::Confirm {
                    question: tr!("reset-question"),
                    action: Confirm::Reset,
                });
            }
            Some(Command::MyEditor) => return self.outside_editor(tutor, events),
            Some(Command::Task) => {
                return Transition::Open(Overlay::Text {
                    title: tr!("task-title"),
                    body: vec![self.task.clone()],
                    kind: TextKind::Markdown,
                    scroll: 0,
                });
            }
            Some(Command::Results) => {
                if let Some(report) = &self.report {
                    return Transition::Open(Overlay::Text {
                        title: tr!("results-title"),
                        body: vec![feedback::render(report)],
                        kind: TextKind::Plain,
                        scroll: 0,
                    });
                }
            }
            Some(Command::Back) if self.checking.is_some() => self.stop_check(),
            Some(Command::Back) => {
                self.save(tutor);
                return Transition::Back;
            }
            None => {
                if self.editor.handle_key(key) {
                    self.save_due = Some(Instant::now() + AUTOSAVE);
                }
                let area = self.editor_area(body);
                self.editor.scroll_into_view(area);
            }
        }
        Transition::Stay
    }

    fn start_check(&mut self, tutor: &mut Tutor, events: &Sender<AppEvent>) -> Transition {
        if self.checking.is_some() {
            return Transition::Stay;
        }
        let code = self.editor.text();
        let job = match tutor.prepare_check(&self.pack, &self.exercise, &code) {
            Ok(job) => job,
            Err(e) => return Transition::Open(Overlay::Message(e.to_string())),
        };
        self.editor.mark_saved();
        self.save_due = None;
        let token = self.next_token;
        self.next_token += 1;
        self.checking = Some(Checking {
            token,
            started: Instant::now(),
            seconds: 0,
            stopper: job.stopper(),
            preparing: None,
        });
        self.stopped = false;
        self.message = None;
        let events = events.clone();
        let spawned = std::thread::Builder::new()
            .name("slate-check".into())
            .spawn(move || {
                let result = job.mark().map_err(|e| e.to_string());
                let _ = events.send(AppEvent::Checked { token, result });
            });
        if let Err(e) = spawned {
            self.checking = None;
            return Transition::Open(Overlay::Message(e.to_string()));
        }
        Transition::Stay
    }

    /// A check finished.
    pub fn checked(
        &mut self,
        token: u64,
        result: Result<crate::tutor::Marked, String>,
        tutor: &mut Tutor,
    ) -> Transition {
        if self.checking.as_ref().map(|c| c.token) != Some(token) {
            return Transition::Stay;
        }
        self.checking = None;
        let marked = match result {
            Ok(m) => m,
            Err(e) => return Transition::Open(Overlay::Message(e)),
        };
        let spent = self.started.elapsed();
        self.started = Instant::now();
        // The tutor records the attempt before it hands over the report.
        let crate::tutor::Checked { report, saved } = tutor.record_check(marked, spent);
        if let Err(e) = saved {
            self.message = Some(e.to_string());
        }
        if report.stopped {
            self.stopped = true;
            self.report = None;
            return Transition::Stay;
        }
        let passed = report.passed;
        if passed {
            self.status = Status::Passed;
        } else if self.status == Status::NotStarted {
            self.status = Status::Tried;
        }
        let message = feedback::score_line(&report);
        // Point at the line (and column) of the learner's error, in the editor itself.
        if let Some(error) = report
            .first_visible_failure()
            .and_then(|(_, t)| t.error.as_ref())
            && let Some(line) = error.line.filter(|l| *l > 0)
        {
            let column = error.column.filter(|c| *c > 0).map(|c| c as usize - 1);
            self.editor.set_mark(line as usize - 1, column);
        }
        self.report = Some(report);
        if passed {
            let next = tutor.next_after(&self.pack, &self.exercise);
            return Transition::Open(Overlay::Celebrate { message, next });
        }
        Transition::Stay
    }

    fn run(&mut self, tutor: &mut Tutor) -> Transition {
        self.save(tutor);
        self.last_effect = LastEffect::Run;
        Transition::Effect(Effect::RunProgram {
            pack: self.pack.clone(),
            exercise: self.exercise.clone(),
            code: self.editor.text(),
        })
    }

    fn hint(&mut self, tutor: &mut Tutor) -> Transition {
        let revealed = match tutor.reveal_hint(&self.pack, &self.exercise) {
            Ok(r) => r,
            Err(e) => return Transition::Open(Overlay::Message(e.to_string())),
        };
        if self.hints_total == 0 {
            return Transition::Open(Overlay::Message(tr!("no-hints")));
        }
        let shown = tutor.hints_revealed(&self.pack, &self.exercise) as usize;
        let hints = tutor
            .find(&self.pack, &self.exercise)
            .map(|f| f.exercise.hints.clone())
            .unwrap_or_default();
        let mut body = Vec::new();
        for (i, h) in hints.iter().take(shown).enumerate() {
            body.push(format!(
                "**{}**\n\n{h}\n",
                tr!("hint-heading", number = i + 1, total = self.hints_total)
            ));
        }
        if revealed.is_none() {
            body.push(tr!("no-more-hints"));
        } else if shown < self.hints_total {
            body.push(tr!("hint-press-f7"));
        }
        Transition::Open(Overlay::Text {
            title: tr!("hints-title"),
            body,
            kind: TextKind::Markdown,
            scroll: 0,
        })
    }

    fn solution(&mut self, tutor: &mut Tutor) -> Transition {
        match tutor.view_solution(&self.pack, &self.exercise) {
            Ok(Ok(solution)) => Transition::Open(Overlay::Text {
                title: tr!("solution-heading"),
                body: vec![solution.trim_end().to_owned()],
                kind: TextKind::Code,
                scroll: 0,
            }),
            Ok(Err(lock)) => Transition::Open(Overlay::Message(
                crate::feedback::lock_sentence_for(lock, self.hints_total > 0),
            )),
            Err(e) => Transition::Open(Overlay::Message(e.to_string())),
        }
    }

    /// Puts the starter back (after the learner confirmed). Returns a status message.
    pub fn reset(&mut self, tutor: &mut Tutor, body: Rect) -> String {
        match tutor.reset_code(&self.pack, &self.exercise) {
            Ok(starter) => {
                self.editor.set_text(&starter);
                self.editor.mark_saved();
                self.report = None;
                self.layout_changed(body);
                tr!("reset-done")
            }
            Err(e) => e.to_string(),
        }
    }

    pub fn on_deadline(
        &mut self,
        tutor: &mut Tutor,
        events: &Sender<AppEvent>,
        body: Rect,
    ) -> Transition {
        let now = Instant::now();
        if self.save_due.is_some_and(|t| t <= now) {
            self.save(tutor);
        }
        if self.reload_due.is_some_and(|t| t <= now) {
            self.reload_due = None;
            return self.reload_and_check(tutor, events, body);
        }
        Transition::Stay
    }

    /// The file changed outside: show the new code and check it.
    fn reload_and_check(
        &mut self,
        tutor: &mut Tutor,
        events: &Sender<AppEvent>,
        body: Rect,
    ) -> Transition {
        // Decoded as `Tutor::load_code` does, so a file saved in a legacy encoding shows too.
        let Ok(code) = std::fs::read(&self.path).map(crate::files::decode_text) else {
            return Transition::Stay;
        };
        if code.replace("\r\n", "\n").trim_end() == self.editor.text().trim_end()
            && self.report.is_some()
        {
            return Transition::Stay;
        }
        self.editor.set_text(&code);
        self.editor.mark_saved();
        self.layout_changed(body);
        self.start_check(tutor, events)
    }

    /// The terminal is back after running the program or a terminal editor.
    pub fn after_effect(
        &mut self,
        tutor: &mut Tutor,
        events: &Sender<AppEvent>,
        body: Rect,
    ) -> Transition {
        let last = std::mem::replace(&mut self.last_effect, LastEffect::None);
        match last {
            LastEffect::TerminalEditor => self.reload_and_check(tutor, events, body),
            _ => Transition::Stay,
        }
    }

    pub fn status_line(&self) -> String {
        if let Some(m) = &self.message {
            return m.clone();
        }
        let (symbol, word) = (self.status.symbol(), self.status.word());
        let mut parts = vec![format!("{symbol} {word}"), self.editor.position_words()];
        if let Some(editor) = &self.watching_with {
            parts.push(tr!("watching", editor = editor.as_str()));
        }
        parts.join(" · ")
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, theme: &Theme, focused: bool) {
        let [task_area, editor_area, results_area] = self.layout(area);
        // Task. When it does not fit, the bottom border says how to read all of it (on the
        // border, so no words of the task are covered).
        let mut task_block = widgets::panel(format!(" {} ", tr!("task-title")), false, theme);
        let task_inner = widgets::margin(task_block.inner(task_area));
        let task_text = widgets::markdown_text(&self.task, theme);
        if widgets::wrapped_height(&task_text, task_inner.width) > task_inner.height as usize {
            task_block = task_block.title_bottom(
                Line::from(Span::styled(format!(" {} ", tr!("task-more")), theme.key))
                    .right_aligned(),
            );
        }
        frame.render_widget(task_block, task_area);
        frame.render_widget(
            Paragraph::new(task_text)
                .wrap(Wrap { trim: false })
                .style(theme.normal),
            task_inner,
        );
        // Editor.
        let file_name = self
            .path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("main.py")
            .to_owned();
        let saved = if self.editor.is_dirty() { " ●" } else { "" };
        let editor_block = widgets::panel(
            format!(" {} ({file_name}){saved} ", tr!("your-program")),
            focused,
            theme,
        );
        let inner = editor_block.inner(editor_area);
        frame.render_widget(editor_block, editor_area);
        self.editor.draw(frame, inner, focused);
        // Results: when they go on below the box, its border says so (F4 shows them all).
        widgets::scrolled_text(
            frame,
            results_area,
            widgets::panel(format!(" {} ", tr!("results-title")), false, theme),
            self.results_text(theme),
            0,
            theme,
        );
    }
}

/// The smallest editor: three lines of code between its borders.
const EDITOR_MIN: u16 = 5;
/// The smallest results box: three lines between its borders.
const RESULTS_MIN: u16 = 5;

/// Rows for the task, the editor and the results, in a body `total` rows high. The task
/// gets every row its text needs (`task_rows`, all its example output) first; the results
/// box shrinks towards three lines and the editor towards [`EDITOR_MIN`] to make room, and
/// only then is the task cut (its border says so). The editor gets whatever is left.
fn pane_heights(total: u16, task_rows: usize, results_wanted: u16) -> [u16; 3] {
    let task_needed = u16::try_from(task_rows)
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let results_floor = results_wanted.min(RESULTS_MIN);
    // The results give up rows for the task, down to their floor.
    let spare = total.saturating_sub(task_needed.saturating_add(EDITOR_MIN));
    let results = results_wanted.min(results_floor.max(spare));
    let task = task_needed
        .min(total.saturating_sub(results + EDITOR_MIN))
        .max(3.min(total));
    let editor = total.saturating_sub(task + results);
    [task, editor, results]
}
