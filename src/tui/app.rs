//! The full-screen interface's state and how events change it.
//!
//! [`App`] holds the tutor, the current screen, any pop-up, and messages. Events (keys,
//! pastes, resizes, check results from the background, saves in an outside editor) are
//! handled here and only here; drawing ([`App::draw`]) reads the state and does no I/O.
//! Work that needs the real terminal (running a program, a terminal editor) is handed back
//! to the event loop as an [`Effect`].

use std::path::PathBuf;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEvent, MouseEventKind,
};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::course::{LessonScreen, MapScreen};
use super::exercise::ExerciseScreen;
use super::reader::ReaderScreen;
use super::settings::SettingsScreen;
use super::theme::Theme;
use super::who::WhoScreen;
use super::widgets;
use crate::tr;
use crate::tutor::{Place, Tutor};

mod overlay;
pub use overlay::{Confirm, Overlay, TextKind};

/// Something the event loop must do with the real terminal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Run the exercise's program interactively.
    RunProgram {
        pack: String,
        exercise: String,
        code: String,
    },
    /// Open a terminal editor on this file and wait.
    EditInTerminal { file: PathBuf, command: Vec<String> },
}

/// Events from outside the keyboard.
#[derive(Debug)]
pub enum AppEvent {
    /// A background check finished.
    Checked {
        token: u64,
        result: Result<crate::tutor::Marked, String>,
    },
    /// A watched file changed (a save in an outside editor).
    FileChanged(PathBuf),
}

/// The screens.
pub enum Screen {
    Who(WhoScreen),
    Map(MapScreen),
    Lesson(LessonScreen),
    Reader(ReaderScreen),
    Exercise(Box<ExerciseScreen>),
    Settings(SettingsScreen),
}

/// What a screen's key handler asks the app to do.
pub enum Transition {
    Stay,
    /// Open a place in the course: a lesson page or an exercise.
    Go(Place),
    /// A lesson's list of pages and exercises, with an exercise selected if one is named.
    Lesson {
        pack: String,
        lesson: String,
    },
    /// The course map.
    Map,
    /// The learner's settings.
    Settings,
    /// A learner was chosen or added: their own settings apply, then the course map.
    LearnerChosen,
    Back,
    Open(Overlay),
    Effect(Effect),
    Quit,
}

/// The whole interface.
pub struct App {
    pub tutor: Tutor,
    pub theme: Theme,
    pub screen: Screen,
    pub overlay: Option<Overlay>,
    /// The terminal's size.
    pub size: Rect,
    pub quit: bool,
    /// Work for the event loop.
    pub effect: Option<Effect>,
    /// A line of news at the bottom ("Saved", "Checking...").
    pub status: Option<String>,
    /// Ctrl+C was pressed once: a second press quits.
    ctrl_c_armed: bool,
    /// Where background work reports back.
    pub events: Sender<AppEvent>,
    /// The learner turned the mouse on (off by default: with the mouse on, most terminals
    /// no longer let you select text to copy it).
    pub mouse: bool,
    /// How far preparing Python has got, while it is being prepared (the first time only).
    pub preparing: Option<String>,
    /// The class server cannot be reached: the title bar says "working offline".
    pub offline: bool,
}

impl App {
    pub fn new(tutor: Tutor, events: Sender<AppEvent>, size: Rect) -> App {
        let theme = Theme::choose(None);
        let screen = Screen::Who(WhoScreen::new(&tutor));
        App {
            tutor,
            theme,
            screen,
            overlay: None,
            size,
            quit: false,
            effect: None,
            status: None,
            ctrl_c_armed: false,
            events,
            mouse: false,
            preparing: None,
            offline: false,
        }
    }

    /// Applies the learner's settings (theme, language, mouse) after they are chosen, or the
    /// computer's when nobody is.
    pub fn apply_learner_settings(&mut self) {
        self.tutor.use_learner_language();
        let settings = self.tutor.settings();
        self.theme = Theme::choose(settings.theme);
        self.mouse = settings.mouse;
        if let Screen::Exercise(e) = &mut self.screen {
            e.editor.set_theme(self.theme);
        }
    }

    /// The area the current screen draws its body in (below the title, above the key bar).
    pub fn body_area(&self) -> Rect {
        let [_, body, _, _] = outer_layout(self.size, self.key_rows(self.size.width));
        body
    }

    /// How many rows the key bar needs at this width (1, or 2 on a narrow terminal).
    fn key_rows(&self, width: u16) -> u16 {
        widgets::key_bar_rows(&self.keys(), width)
    }

    /// Handles one terminal event.
    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Resize(w, h) => {
                self.size = Rect::new(0, 0, w, h);
                let body = self.body_area();
                if let Screen::Exercise(e) = &mut self.screen {
                    e.layout_changed(body);
                }
            }
            Event::Paste(text) => {
                let body = self.body_area();
                if self.overlay.is_none()
                    && let Screen::Exercise(e) = &mut self.screen
                {
                    e.paste(&text, body);
                } else if let Screen::Who(w) = &mut self.screen {
                    w.paste(&text);
                }
            }
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Mouse(mouse) if self.mouse => self.handle_mouse(mouse),
            _ => {}
        }
    }

    /// Handles the mouse (when turned on in settings). The wheel scrolls whatever the arrow
    /// keys scroll (a pop-up, a lesson page, a list); in an exercise, a click places the
    /// cursor in the code and a drag selects.
    fn handle_mouse(&mut self, mouse: MouseEvent) {
        let arrow = match mouse.kind {
            MouseEventKind::ScrollUp => Some(KeyCode::Up),
            MouseEventKind::ScrollDown => Some(KeyCode::Down),
            _ => None,
        };
        let body = self.body_area();
        if self.overlay.is_none()
            && let Screen::Exercise(e) = &mut self.screen
        {
            e.handle_mouse(mouse, body);
            return;
        }
        if let Some(code) = arrow {
            for _ in 0..3 {
                self.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
            }
        }
    }

    fn handle_key(&mut self, key: KeyEvent) {
        // Ctrl+C: copy when there is a selection in the editor; otherwise twice to quit.
        if key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL) {
            let copying = matches!(&self.screen, Screen::Exercise(e) if e.is_selecting())
                && self.overlay.is_none();
            if !copying {
                if self.ctrl_c_armed {
                    self.leave();
                } else {
                    self.ctrl_c_armed = true;
                    self.status = Some(tr!("press-ctrl-c-again"));
                }
                return;
            }
        }
        self.ctrl_c_armed = false;
        if let Some(overlay) = self.overlay.take() {
            self.handle_overlay_key(overlay, key);
            return;
        }
        // F1 everywhere; `?` too, except where it can be typed.
        let typing = match &self.screen {
            Screen::Exercise(_) => true,
            // On the list typing finds a name; in the form it is the name.
            Screen::Who(_) => true,
            Screen::Settings(s) => s.is_typing(),
            _ => false,
        };
        if key.code == KeyCode::F(1) || (key.code == KeyCode::Char('?') && !typing) {
            self.overlay = Some(Overlay::Help { scroll: 0 });
            return;
        }
        self.status = None;
        let body = self.body_area();
        let transition = match &mut self.screen {
            Screen::Who(s) => s.handle_key(key, &mut self.tutor),
            Screen::Map(s) => s.handle_key(key),
            Screen::Lesson(s) => s.handle_key(key),
            Screen::Reader(s) => s.handle_key(key, &mut self.tutor, body),
            Screen::Exercise(s) => s.handle_key(key, &mut self.tutor, &self.events, body),
            Screen::Settings(s) => s.handle_key(key, &mut self.tutor),
        };
        self.apply(transition);
    }

    /// Acts on what a screen asked for.
    pub fn apply(&mut self, transition: Transition) {
        match transition {
            Transition::Stay => {}
            Transition::Go(place) => {
                let screen = open_place(&mut self.tutor, &place, self.theme);
                self.show(screen);
            }
            Transition::Lesson { pack, lesson } => {
                let screen = Screen::Lesson(LessonScreen::new(&self.tutor, &pack, &lesson));
                self.show(screen);
            }
            Transition::Map => self.show(Screen::Map(MapScreen::new(&self.tutor))),
            Transition::Settings => self.show(Screen::Settings(SettingsScreen::new(&self.tutor))),
            Transition::LearnerChosen => {
                self.apply_learner_settings();
                self.show(Screen::Map(MapScreen::new(&self.tutor)));
            }
            Transition::Back => self.back(),
            Transition::Open(overlay) => self.overlay = Some(overlay),
            Transition::Effect(effect) => self.effect = Some(effect),
            Transition::Quit => self.leave(),
        }
        self.tell_notice();
    }

    /// Shows what the tutor needs the learner to know (a setting that could not be saved):
    /// as a message to acknowledge, or in the status row when a pop-up is already open.
    fn tell_notice(&mut self) {
        if let Some(notice) = self.tutor.take_notice() {
            if self.overlay.is_none() {
                self.overlay = Some(Overlay::Message(notice));
            } else {
                self.status = Some(notice);
            }
        }
    }

    /// Goes back one level: exercise or reader to the lesson, lesson to the map, map to
    /// "who are you".
    fn back(&mut self) {
        let next = match &mut self.screen {
            Screen::Who(_) => {
                self.quit = true;
                return;
            }
            Screen::Map(_) => {
                // The next person at a shared computer starts from this computer's language,
                // colours and mouse, not the last learner's.
                self.tutor.leave_learner();
                self.apply_learner_settings();
                Screen::Who(WhoScreen::new(&self.tutor))
            }
            Screen::Settings(_) => {
                self.apply_learner_settings();
                Screen::Map(MapScreen::new(&self.tutor))
            }
            Screen::Lesson(l) => {
                Screen::Map(MapScreen::with_selected(&self.tutor, &l.pack, &l.lesson))
            }
            Screen::Reader(r) => Screen::Lesson(LessonScreen::new(&self.tutor, &r.pack, &r.lesson)),
            Screen::Exercise(e) => {
                e.save(&mut self.tutor);
                match self.tutor.find(&e.pack, &e.exercise) {
                    Some(f) => {
                        let lesson = f.lesson.id.clone();
                        let mut l = LessonScreen::new(&self.tutor, &e.pack, &lesson);
                        l.select_exercise(&e.exercise);
                        Screen::Lesson(l)
                    }
                    None => Screen::Map(MapScreen::new(&self.tutor)),
                }
            }
        };
        self.screen = next;
    }

    /// Saves and quits.
    pub fn leave(&mut self) {
        if let Screen::Exercise(e) = &mut self.screen {
            e.save(&mut self.tutor);
        }
        self.quit = true;
    }

    /// Opens a place in the course.
    pub fn go(&mut self, place: Place) {
        self.apply(Transition::Go(place));
    }

    /// Puts `screen` on the terminal. Only the `App` builds screens: they ask for a place
    /// with a [`Transition`], and the `App` gives them its theme and size.
    fn show(&mut self, screen: Screen) {
        self.screen = screen;
        let body = self.body_area();
        if let Screen::Exercise(e) = &mut self.screen {
            e.editor.set_theme(self.theme);
            e.layout_changed(body);
        }
    }

    /// Handles an event from the background.
    pub fn handle_app_event(&mut self, event: AppEvent) {
        match event {
            AppEvent::Checked { token, result } => {
                let body = self.body_area();
                if let Screen::Exercise(e) = &mut self.screen {
                    let transition = e.checked(token, result, &mut self.tutor);
                    // The results pane grew, so the editor shrank: keep the cursor in view.
                    e.layout_changed(body);
                    self.apply(transition);
                }
            }
            AppEvent::FileChanged(path) => {
                if let Screen::Exercise(e) = &mut self.screen {
                    let transition = e.file_changed(&path);
                    self.apply(transition);
                }
            }
        }
    }

    /// Time passed (the event loop calls this as it wakes): how long a check has taken, and
    /// how far preparing Python has got (`None` when it is not being prepared).
    pub fn tick(&mut self, now: Instant, preparing: Option<String>) {
        if let Screen::Exercise(e) = &mut self.screen {
            e.tick(now, preparing.as_deref());
        }
        self.preparing = preparing;
        self.offline = self.tutor.working_offline();
    }

    /// Is background work under way (so the loop should wake up often)?
    pub fn busy(&self) -> bool {
        matches!(&self.screen, Screen::Exercise(e) if e.is_busy())
    }

    /// Work due at a time (a debounced re-check after a save).
    pub fn next_deadline(&self) -> Option<Instant> {
        match &self.screen {
            Screen::Exercise(e) => e.deadline(),
            _ => None,
        }
    }

    /// Called when a deadline passes.
    pub fn on_deadline(&mut self) {
        let body = self.body_area();
        if let Screen::Exercise(e) = &mut self.screen {
            let transition = e.on_deadline(&mut self.tutor, &self.events, body);
            self.apply(transition);
        }
    }

    /// After the event loop ran an effect (the terminal is back).
    pub fn effect_done(&mut self, message: Option<String>) {
        let body = self.body_area();
        if let Screen::Exercise(e) = &mut self.screen {
            let transition = e.after_effect(&mut self.tutor, &self.events, body);
            self.apply(transition);
        }
        if let Some(m) = message {
            self.status = Some(m);
        }
    }

    // ----- drawing -----

    /// Draws everything. Reads state only.
    pub fn draw(&self, frame: &mut Frame<'_>) {
        let area = frame.area();
        let [title_area, body, status_area, keys_area] =
            outer_layout(area, self.key_rows(area.width));
        frame.render_widget(
            Paragraph::new(Line::from(vec![Span::styled(
                widgets::truncate(&self.title(), title_area.width as usize),
                self.theme.title,
            )]))
            .style(self.theme.normal),
            title_area,
        );
        match &self.screen {
            Screen::Who(s) => s.draw(frame, body, &self.theme),
            Screen::Map(s) => s.draw(frame, body, &self.theme),
            Screen::Lesson(s) => s.draw(frame, body, &self.theme),
            Screen::Reader(s) => s.draw(frame, body, &self.theme, &self.tutor),
            Screen::Exercise(s) => s.draw(frame, body, &self.theme, self.overlay.is_none()),
            Screen::Settings(s) => s.draw(frame, body, &self.theme),
        }
        let status = self
            .status
            .clone()
            .or_else(|| self.preparing.clone())
            .or_else(|| match &self.screen {
                Screen::Exercise(e) => Some(e.status_line()),
                _ => self
                    .tutor
                    .store_problem
                    .as_ref()
                    .map(|p| tr!("progress-not-saved", reason = p.as_str())),
            });
        if let Some(status) = status {
            frame.render_widget(
                Paragraph::new(widgets::styled_line(
                    widgets::truncate(&status, status_area.width as usize),
                    self.theme.muted,
                )),
                status_area,
            );
        }
        widgets::key_bar(frame, keys_area, &self.keys(), &self.theme);
        if let Some(overlay) = &self.overlay {
            self.draw_overlay(frame, overlay);
        }
    }

    fn title(&self) -> String {
        // At "Who are you?" nobody is chosen yet, even if someone was here before.
        let who = match self.screen {
            Screen::Who(_) => String::new(),
            _ => self
                .tutor
                .learner()
                .map(|l| format!(" · {}", l.name))
                .unwrap_or_default(),
        };
        let place = match &self.screen {
            Screen::Who(_) => tr!("title-who"),
            Screen::Map(_) => tr!("title-course"),
            Screen::Lesson(l) => l.title.clone(),
            Screen::Reader(r) => r.title(&self.tutor),
            Screen::Exercise(e) => e.title.clone(),
            Screen::Settings(_) => tr!("settings"),
        };
        // Said calmly, in words, beside who is working: nothing is lost while offline.
        let offline = if self.offline {
            format!(" · {}", tr!("tutor-working-offline"))
        } else {
            String::new()
        };
        format!(" Slate{who}{offline} · {place}")
    }

    fn keys(&self) -> Vec<(&'static str, String)> {
        if let Some(overlay) = &self.overlay {
            return match overlay {
                Overlay::Confirm { .. } => vec![("Enter", tr!("key-yes")), ("Esc", tr!("key-no"))],
                Overlay::Celebrate { next: Some(_), .. } => {
                    vec![
                        ("Enter", tr!("key-next-exercise")),
                        ("Esc", tr!("key-stay")),
                    ]
                }
                Overlay::Text { .. } | Overlay::Help { .. } => {
                    vec![("↑↓", tr!("key-scroll")), ("Esc", tr!("key-close"))]
                }
                _ => vec![("Esc", tr!("key-close"))],
            };
        }
        let mut keys = match &self.screen {
            Screen::Who(s) => s.keys(),
            Screen::Map(s) => s.keys(),
            Screen::Lesson(s) => s.keys(),
            Screen::Reader(s) => s.keys(&self.tutor),
            Screen::Exercise(s) => s.keys(),
            Screen::Settings(s) => s.keys(),
        };
        keys.push(("F1", tr!("key-help")));
        keys
    }

    /// Every key of the screen (whatever pop-up is open over it), for help: the screen's own
    /// list, then the keys that work everywhere.
    pub fn help_keys(&self) -> Vec<(&'static str, String)> {
        let mut keys = match &self.screen {
            Screen::Who(s) => s.help_keys(),
            Screen::Map(s) => s.help_keys(),
            Screen::Lesson(s) => s.help_keys(),
            Screen::Reader(s) => s.help_keys(&self.tutor),
            Screen::Exercise(s) => s.help_keys(),
            Screen::Settings(s) => s.help_keys(),
        };
        keys.push(("F1", tr!("key-help")));
        keys.push(("Ctrl+C", tr!("key-leave-slate")));
        keys
    }
}

/// Title row, body, status row, key bar (one or two rows).
pub fn outer_layout(area: Rect, key_rows: u16) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(key_rows),
    ])
    .areas(area)
}

/// The screen for a place in the course.
pub fn open_place(tutor: &mut Tutor, place: &Place, theme: Theme) -> Screen {
    match place {
        Place::Page { pack, lesson, page } => {
            Screen::Reader(ReaderScreen::new(tutor, pack, lesson, *page))
        }
        Place::Exercise { pack, exercise } => {
            match ExerciseScreen::open(tutor, pack, exercise, theme) {
                Some(e) => Screen::Exercise(Box::new(e)),
                None => Screen::Map(MapScreen::new(tutor)),
            }
        }
    }
}

/// How long to wait after the last save before re-checking (editors often write twice).
pub const SAVE_SETTLE: Duration = Duration::from_millis(300);
