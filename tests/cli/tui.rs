//! The full-screen interface, drawn on ratatui's `TestBackend`: every screen as a snapshot at
//! 80x24 and 120x40, and whole journeys driven by key presses.

use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use slate::pack::{Library, PackSource, load_pack};
use slate::paths::Paths;
use slate::store::Store;
use slate::tui::app::{App, AppEvent, Overlay, Screen};
use slate::tutor::{Setting, ThemeName, Tutor};

use super::*;

mod class_view;
mod exercise;
mod keys;
mod who;

/// A tutor over the fixture pack `good` only, so snapshots do not change with the bundled
/// course. The language is fixed to British English, as `--lang en-GB` would, so snapshots do
/// not change with the developer's `LANG`.
fn tutor(home: &Home) -> Tutor {
    tutor_with(home, Store::open_in_memory().unwrap())
}

/// The same tutor over a given store.
fn tutor_with(home: &Home, store: Store) -> Tutor {
    slate::i18n::choose(Some("en-GB"), None);
    let paths = Paths {
        data: home.path().join("data"),
        cache: shared_cache().join("slate"),
        cache_kind: slate::paths::CacheKind::Private,
    };
    let pack = load_pack(&PackSource::folder(fixture("packs/good"))).expect("the fixture loads");
    let library = Library {
        packs: vec![pack],
        ..Default::default()
    };
    Tutor::with(paths, library, store)
}

struct Ui {
    app: App,
    rx: Receiver<AppEvent>,
    terminal: Terminal<TestBackend>,
}

impl Ui {
    fn new(tutor: Tutor, width: u16, height: u16) -> Ui {
        let (tx, rx) = channel();
        let app = App::new(tutor, tx, Rect::new(0, 0, width, height));
        let terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        Ui { app, rx, terminal }
    }

    fn key(&mut self, code: KeyCode) {
        self.app
            .handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            if c == '\n' {
                self.key(KeyCode::Enter);
            } else {
                self.key(KeyCode::Char(c));
            }
        }
    }

    /// Waits for a background check and hands its result to the app.
    fn wait_for_check(&mut self) {
        let event = self
            .rx
            .recv_timeout(Duration::from_secs(120))
            .expect("the check finishes");
        self.app.handle_app_event(event);
    }

    fn screen(&mut self) -> String {
        self.terminal.draw(|f| self.app.draw(f)).unwrap();
        self.terminal.backend().to_string()
    }

    fn add_learner(&mut self, name: &str) {
        self.type_text(name);
        self.key(KeyCode::Enter);
        self.key(KeyCode::Enter);
    }
}

fn sizes() -> [(u16, u16); 2] {
    [(80, 24), (120, 40)]
}

#[test]
fn who_are_you_first_time() {
    for (w, h) in sizes() {
        let home = Home::new();
        let mut ui = Ui::new(tutor(&home), w, h);
        insta::assert_snapshot!(format!("who_first_time_{w}x{h}"), ui.screen());
    }
}

#[test]
fn who_are_you_remembers_the_last_learner_but_asks() {
    for (w, h) in sizes() {
        let home = Home::new();
        let mut t = tutor(&home);
        t.add_learner("Oluwaseun Adeyemi", Some("8C")).unwrap();
        t.add_learner("Siân Jones", None).unwrap();
        t.add_learner("Mateusz Wiśniewski", Some("8C")).unwrap();
        let mut ui = Ui::new(t, w, h);
        insta::assert_snapshot!(format!("who_with_learners_{w}x{h}"), ui.screen());
    }
}

/// A class of 25 on one computer: PageDown and End move through the list quickly.
#[test]
fn a_long_list_of_learners_pages() {
    let home = Home::new();
    let mut t = tutor(&home);
    for i in 1..=25 {
        t.add_learner(&format!("Pupil {i:02}"), Some("7B")).unwrap();
    }
    let mut ui = Ui::new(t, 80, 24);
    ui.key(KeyCode::Home);
    assert!(ui.screen().contains("▶ Pupil 01 (7B)"), "{}", ui.screen());
    ui.key(KeyCode::PageDown);
    ui.key(KeyCode::PageDown);
    assert!(ui.screen().contains("▶ Pupil 21 (7B)"), "{}", ui.screen());
    ui.key(KeyCode::PageDown);
    assert!(ui.screen().contains("▶ + Add yourself"), "{}", ui.screen());
    ui.key(KeyCode::PageUp);
    assert!(ui.screen().contains("▶ Pupil 16 (7B)"), "{}", ui.screen());
}

#[test]
fn course_map_lesson_reader_and_settings() {
    for (w, h) in sizes() {
        let home = Home::new();
        let mut ui = Ui::new(tutor(&home), w, h);
        ui.add_learner("Priya");
        assert!(matches!(ui.app.screen, Screen::Map(_)));
        insta::assert_snapshot!(format!("course_map_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Down);
        ui.key(KeyCode::Enter);
        assert!(matches!(ui.app.screen, Screen::Lesson(_)));
        insta::assert_snapshot!(format!("lesson_overview_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Up);
        ui.key(KeyCode::Enter);
        assert!(matches!(ui.app.screen, Screen::Reader(_)));
        insta::assert_snapshot!(format!("reader_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::Char('s'));
        assert!(matches!(ui.app.screen, Screen::Settings(_)));
        insta::assert_snapshot!(format!("settings_{w}x{h}"), ui.screen());
    }
}

#[test]
fn exercise_screens() {
    for (w, h) in sizes() {
        let home = Home::new();
        let mut t = tutor(&home);
        t.add_learner("Yusuf", None).unwrap();
        let mut ui = Ui::new(t, w, h);
        ui.app.go(slate::tutor::Place::Exercise {
            pack: "good".into(),
            exercise: "greet".into(),
        });
        insta::assert_snapshot!(format!("exercise_new_{w}x{h}"), ui.screen());
        // A first try that is not quite right.
        ui.key(KeyCode::Down);
        ui.type_text("print(\"Hello \" + name)");
        ui.key(KeyCode::F(5));
        insta::assert_snapshot!(format!("exercise_checking_{w}x{h}"), ui.screen());
        ui.wait_for_check();
        insta::assert_snapshot!(format!("exercise_failed_{w}x{h}"), ui.screen());
        ui.key(KeyCode::F(4));
        insta::assert_snapshot!(format!("exercise_all_results_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::F(7));
        insta::assert_snapshot!(format!("exercise_hint_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::F(8));
        insta::assert_snapshot!(format!("exercise_solution_locked_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::F(1));
        insta::assert_snapshot!(format!("exercise_help_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
        ui.key(KeyCode::F(9));
        insta::assert_snapshot!(format!("exercise_reset_question_{w}x{h}"), ui.screen());
        ui.key(KeyCode::Esc);
    }
}

/// The whole journey a newcomer makes: add yourself, read the lesson, solve the first
/// exercise in the built-in editor, see it marked, leave, come back and continue.
#[test]
fn journey_from_name_to_solved_exercise_and_back_again() {
    let home = Home::new();
    let mut ui = Ui::new(tutor(&home), 80, 24);
    ui.add_learner("Amara");
    // "Start here" is selected: it opens the lesson's first page.
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Reader(_)));
    // The lesson has one page; the next key goes to its first exercise.
    ui.key(KeyCode::Right);
    let Screen::Exercise(e) = &ui.app.screen else {
        panic!("expected the first exercise")
    };
    assert_eq!(e.exercise, "greet");
    // The starter asks for a name; add the greeting below it.
    ui.key(KeyCode::Down);
    ui.type_text("print(\"Hello, \" + name + \"!\")");
    ui.key(KeyCode::F(5));
    ui.wait_for_check();
    let screen = ui.screen();
    let Some(Overlay::Celebrate { next, .. }) = &ui.app.overlay else {
        panic!("expected a celebration, got {:?}\n{screen}", ui.app.overlay);
    };
    assert!(next.is_some(), "the next exercise is offered");
    insta::assert_snapshot!("journey_passed_80x24", ui.screen());
    // Stay, then go back to the lesson: the exercise is marked done, in words.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    assert!(matches!(ui.app.screen, Screen::Lesson(_)));
    let lesson = ui.screen();
    assert!(
        lesson.contains("✓ done") && lesson.contains("Greet someone"),
        "{lesson}"
    );
    // The code was saved as a plain .py file in the learner's folder.
    let saved: Vec<_> = walk(&home.path().join("data").join("learners"));
    assert!(
        saved.iter().any(|p| p.ends_with("good/greet.py")),
        "{saved:?}"
    );
    // Quit and start again on the same computer: asked who we are (with Amara first),
    // and the course continues with the next exercise.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    let tutor = ui.app.tutor;
    let mut ui = Ui::new(tutor, 80, 24);
    assert!(matches!(ui.app.screen, Screen::Who(_)));
    ui.key(KeyCode::Enter);
    let map = ui.screen();
    assert!(map.contains("▶ Continue where you left off"), "{map}");
    assert!(
        map.contains("My first pack, lesson 1, Hello and adding up: exercise “Add two"),
        "{map}"
    );
}

/// Issue 13: an exercise without hints offers no hint key, and a locked answer does not
/// suggest trying one.
#[test]
fn an_exercise_without_hints_never_suggests_one() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Yusuf", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "count".into(),
    });
    let screen = ui.screen();
    assert!(screen.contains("F5 Check"), "{screen}");
    assert!(
        !screen.contains("F7") && !screen.contains("Hint"),
        "{screen}"
    );
    ui.key(KeyCode::F(8));
    let Some(Overlay::Message(locked)) = &ui.app.overlay else {
        panic!("expected why the answer is locked: {:?}", ui.app.overlay);
    };
    assert!(!locked.to_lowercase().contains("hint"), "{locked}");
}

/// Where a piece of text is on the screen: (column, row) of its first character.
fn find_on_screen(ui: &mut Ui, text: &str) -> (u16, u16) {
    ui.terminal.draw(|f| ui.app.draw(f)).unwrap();
    let buffer = ui.terminal.backend().buffer().clone();
    let width = buffer.area.width;
    for y in 0..buffer.area.height {
        let row: Vec<&str> = (0..width).map(|x| buffer[(x, y)].symbol()).collect();
        for x in 0..width as usize {
            if row[x..].concat().starts_with(text) {
                return (x as u16, y);
            }
        }
    }
    panic!("{text:?} is not on the screen:\n{}", ui.screen());
}

fn mouse(ui: &mut Ui, kind: MouseEventKind, (column, row): (u16, u16)) {
    ui.app.handle_event(Event::Mouse(MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    }));
}

fn editor_cursor(ui: &Ui) -> (usize, usize) {
    match &ui.app.screen {
        Screen::Exercise(e) => e.editor.cursor(),
        _ => panic!("not on an exercise"),
    }
}

#[test]
fn the_mouse_is_off_until_the_learner_turns_it_on_then_clicks_and_drags_in_the_code() {
    let home = Home::new();
    let mut ui = Ui::new(tutor(&home), 80, 24);
    ui.add_learner("Kofi");
    let exercise = slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    };
    ui.app.go(exercise.clone());
    let (x, y) = find_on_screen(&mut ui, "name = input(");
    // Off by default, so that selecting text to copy works in every terminal.
    let before = editor_cursor(&ui);
    mouse(&mut ui, MouseEventKind::Down(MouseButton::Left), (x + 4, y));
    assert_eq!(editor_cursor(&ui), before);

    // Settings: the mouse row, explained, turned on.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('s'));
    assert!(matches!(ui.app.screen, Screen::Settings(_)));
    for _ in 0..3 {
        ui.key(KeyCode::Down);
    }
    let screen = ui.screen();
    assert!(
        screen.contains("▶ Mouse") && screen.contains("◀ Off ▶"),
        "{screen}"
    );
    assert!(screen.contains("drag to select"), "{screen}");
    ui.key(KeyCode::Enter);
    assert!(ui.screen().contains("◀ On ▶"));
    ui.key(KeyCode::Esc);
    assert!(ui.app.mouse);

    // A click puts the cursor under the pointer; a drag selects.
    ui.app.go(exercise.clone());
    let (x, y) = find_on_screen(&mut ui, "name = input(");
    mouse(&mut ui, MouseEventKind::Down(MouseButton::Left), (x + 4, y));
    assert_eq!(editor_cursor(&ui), (0, 4));
    mouse(
        &mut ui,
        MouseEventKind::Drag(MouseButton::Left),
        (x + 12, y),
    );
    mouse(&mut ui, MouseEventKind::Up(MouseButton::Left), (x + 12, y));
    ui.app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('x'),
        KeyModifiers::CONTROL,
    )));
    ui.key(KeyCode::End);
    ui.app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('v'),
        KeyModifiers::CONTROL,
    )));
    let screen = ui.screen();
    assert!(
        screen.contains(r#"name("What is your name? ") = input"#),
        "cut and pasted with the mouse's selection\n{screen}"
    );

    // The setting is the learner's: it is back after choosing them again.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Esc);
    assert!(matches!(ui.app.screen, Screen::Who(_)));
    assert!(!ui.app.mouse, "the next person starts with the mouse off");
    ui.key(KeyCode::Enter);
    assert!(ui.app.mouse, "the learner's mouse setting is applied");
}

/// A setting that cannot be saved (another program holds the progress file locked) still
/// applies, and the learner is told once, in words, instead of the change vanishing.
#[test]
fn a_setting_that_cannot_be_saved_is_reported_once() {
    let home = Home::new();
    let file = home.path().join("progress.sqlite3");
    let mut store = Store::open_at(&file).unwrap();
    store.set_busy_timeout(Duration::from_millis(20)).unwrap();
    let mut ui = Ui::new(tutor_with(&home, store), 80, 24);
    ui.add_learner("Kofi");
    ui.key(KeyCode::Char('s'));
    assert!(matches!(ui.app.screen, Screen::Settings(_)));
    let default = ui.app.theme;

    let other = rusqlite::Connection::open(&file).unwrap();
    other.execute_batch("BEGIN EXCLUSIVE").unwrap();
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.overlay, Some(Overlay::Message(_))));
    let screen = ui.screen();
    assert!(screen.contains("could not save your settings"), "{screen}");
    ui.key(KeyCode::Esc);
    assert!(ui.app.overlay.is_none());
    // Told once: the next change that fails says nothing more.
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Enter);
    assert!(ui.app.overlay.is_none());
    assert_eq!(ui.app.status, None);
    // Both changes still apply until Slate closes.
    ui.key(KeyCode::Esc);
    assert!(matches!(ui.app.screen, Screen::Map(_)));
    assert_ne!(ui.app.theme, default);
    assert!(ui.app.mouse);
    other.execute_batch("ROLLBACK").unwrap();
}

/// A shared computer: the next person at "Who are you?" gets the computer's colours, not the
/// last learner's (and its language: see the plain-mode test, which runs in its own process
/// because the language is process-wide).
#[test]
fn changing_learner_goes_back_to_the_computers_colours() {
    let home = Home::new();
    let mut t = tutor(&home);
    let id = t.add_learner("Gwen", None).unwrap().id;
    t.choose_learner(&id).unwrap();
    t.set(Setting::Theme(ThemeName::HighContrast));
    let mut ui = Ui::new(t, 80, 24);
    let default = ui.app.theme;
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Map(_)));
    assert_ne!(ui.app.theme, default, "Gwen's colours are applied");
    ui.key(KeyCode::Esc);
    assert!(matches!(ui.app.screen, Screen::Who(_)));
    assert_eq!(ui.app.theme, default);
    let screen = ui.screen();
    assert!(
        !screen.contains("Gwen ·"),
        "nobody is chosen yet:\n{screen}"
    );
}

#[test]
fn the_editor_keeps_typed_code_when_going_back() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Mei", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    let place = slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "count".into(),
    };
    ui.app.go(place.clone());
    ui.key(KeyCode::Down);
    ui.type_text("for n in range(1, 4):\nprint(n)");
    ui.key(KeyCode::Esc);
    ui.app.go(place);
    let screen = ui.screen();
    assert!(screen.contains("for n in range(1, 4):"), "{screen}");
    assert!(
        screen.contains("    print(n)"),
        "auto-indent after ':'\n{screen}"
    );
}

#[test]
fn escape_sequences_from_a_learners_program_never_reach_the_screen() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Carlos", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "count".into(),
    });
    ui.key(KeyCode::Down);
    ui.type_text("print('\\x1b[2J\\x1b[31mred')");
    ui.key(KeyCode::F(5));
    ui.wait_for_check();
    ui.key(KeyCode::F(4));
    let screen = ui.screen();
    assert!(!screen.contains('\u{1b}'));
    assert!(screen.contains("␛[2J␛[31mred"), "{screen}");
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn question_mark_opens_help_except_where_it_is_typed() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Zainab", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Map(_)));
    ui.key(KeyCode::Char('?'));
    assert_eq!(ui.app.overlay, Some(Overlay::Help { scroll: 0 }));
    ui.key(KeyCode::Esc);
    assert_eq!(ui.app.overlay, None);
    // In the editor, ? is a character of the program.
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "count".into(),
    });
    ui.key(KeyCode::Down);
    ui.type_text("print('?')");
    assert_eq!(ui.app.overlay, None);
    assert!(ui.screen().contains("print('?')"));
    // q goes back, one level at a time; on "Who are you?" letters find a name, and Esc
    // asks before leaving.
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Char('q'));
    assert!(matches!(ui.app.screen, Screen::Map(_)));
    ui.key(KeyCode::Char('q'));
    assert!(matches!(ui.app.screen, Screen::Who(_)));
    ui.key(KeyCode::Char('q'));
    assert!(!ui.app.quit, "q is a letter of a name here");
    // The first Esc clears what was typed; the next asks before leaving.
    ui.key(KeyCode::Esc);
    assert!(matches!(ui.app.screen, Screen::Who(_)));
    assert_eq!(ui.app.overlay, None);
    ui.key(KeyCode::Esc);
    assert!(!ui.app.quit);
    ui.key(KeyCode::Enter);
    assert!(ui.app.quit);
}

/// Saving in an outside editor re-checks the code (the watcher sends `FileChanged`).
#[test]
fn a_save_in_an_outside_editor_is_reloaded_and_checked() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Kofi", None).unwrap();
    let file = t.code_path("good", "add");
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "add".into(),
    });
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "def add(a, b):\n    return a + b\n").unwrap();
    ui.app.handle_app_event(AppEvent::FileChanged(file.clone()));
    // Editors often write twice; Slate waits for the file to settle, then reloads.
    let due = ui.app.next_deadline().expect("a reload is due");
    std::thread::sleep(due.saturating_duration_since(std::time::Instant::now()));
    ui.app.on_deadline();
    ui.wait_for_check();
    let screen = ui.screen();
    assert!(screen.contains("return a + b"), "{screen}");
    assert!(
        matches!(ui.app.overlay, Some(Overlay::Celebrate { .. })),
        "{screen}"
    );
}
