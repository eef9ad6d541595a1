//! The full-screen interface's keys and help (issue 13): F1 lists every key of the screen
//! underneath, the key bar keeps each key with its label, F2 and vi, the run screen.

use super::*;

// ----- issue 13: keys and help -----

/// All the text of the help pop-up, scrolled with Down from the top to where it stops.
fn help_pages(ui: &mut Ui) -> Vec<String> {
    ui.key(KeyCode::F(1));
    let mut pages = vec![ui.screen()];
    for _ in 0..60 {
        ui.key(KeyCode::Down);
        let screen = ui.screen();
        if Some(&screen) == pages.last() {
            break;
        }
        pages.push(screen);
    }
    ui.key(KeyCode::Esc);
    pages
}

/// F1 over the exercise lists the screen's keys and every editor key, not just "Esc Close";
/// the list is longer than the box, so it says "more below" and scrolls to its end, and no
/// further.
#[test]
fn help_lists_every_key_of_the_exercise_and_editor_and_scrolls_to_its_end() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Ngozi", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    ui.key(KeyCode::F(1));
    let top = ui.screen();
    assert!(top.contains("F5, Ctrl+T"), "{top}");
    assert!(top.contains("↓ more below"), "{top}");
    insta::assert_snapshot!("help_exercise_top_80x24", top);
    ui.key(KeyCode::End);
    let end = ui.screen();
    assert!(!end.contains("more below"), "{end}");
    assert!(end.contains("slate --plain"), "the last line shows: {end}");
    insta::assert_snapshot!("help_exercise_end_80x24", end);
    ui.key(KeyCode::Down);
    ui.key(KeyCode::PageDown);
    assert_eq!(ui.screen(), end, "it does not scroll past its end");
    ui.key(KeyCode::Esc);
    let all = help_pages(&mut ui).join("\n");
    for key in [
        "F2",
        "F3",
        "F4",
        "F6, Ctrl+R",
        "F7",
        "F8",
        "F9",
        "Ctrl+A",
        "Ctrl+C",
        "Ctrl+X",
        "Ctrl+V",
        "Ctrl+Z",
        "Ctrl+Y",
        "Shift+←→↑↓",
        "Home/End",
        "Ctrl+Home/End",
        "Alt+↑↓",
        "PgUp/PgDn",
    ] {
        assert!(all.contains(key), "help has no {key}");
    }
}

/// Every screen's help lists its own keys (the ones the key bar has no room for too).
#[test]
fn help_lists_the_keys_of_every_screen() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Wiremu", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    let who = help_pages(&mut ui).join("\n");
    assert!(
        who.contains("PgUp/PgDn") && who.contains("Type your name to find it"),
        "{who}"
    );
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Map(_)));
    let map = help_pages(&mut ui).join("\n");
    assert!(
        map.contains("Enter, →") && map.contains("Settings"),
        "{map}"
    );
    ui.key(KeyCode::Char('s'));
    let settings = help_pages(&mut ui).join("\n");
    assert!(settings.contains("←→, Enter, Space"), "{settings}");
    ui.key(KeyCode::Esc);
    ui.key(KeyCode::Down);
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Lesson(_)));
    let lesson = help_pages(&mut ui).join("\n");
    assert!(lesson.contains("Esc, ←, Backspace, Q"), "{lesson}");
    ui.key(KeyCode::Up);
    ui.key(KeyCode::Enter);
    assert!(matches!(ui.app.screen, Screen::Reader(_)));
    let reader = help_pages(&mut ui).join("\n");
    assert!(
        reader.contains("→, Enter, N") && reader.contains("PgUp/PgDn, Space"),
        "{reader}"
    );
}

/// The key bar never splits a key from its label, at 80 columns.
#[test]
fn the_key_bar_keeps_each_key_with_its_label() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Ines", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    let screen = ui.screen();
    let last_rows: Vec<&str> = screen.lines().rev().take(2).collect();
    assert!(last_rows[0].contains("F1 Help"), "{screen}");
    assert!(!last_rows[1].trim_end().ends_with("F1\""), "{screen}");
}

/// F2 when the only editor is vi: say how to leave it first, and let the learner stay in the
/// built-in editor.
#[test]
fn f2_warns_before_opening_vi_and_offers_to_stay() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Tomasz", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    let Screen::Exercise(e) = &mut ui.app.screen else {
        panic!("the exercise is open");
    };
    e.editor_environment = slate::editor::Environment {
        visual: None,
        editor: None,
        path: Some(home.path().join("no-editors-here").into_os_string()),
        platform: slate::editor::Platform::Other,
    };
    ui.key(KeyCode::F(2));
    let screen = ui.screen();
    assert!(screen.contains("\"vi\""), "{screen}");
    assert!(screen.contains(":wq"), "{screen}");
    assert!(ui.app.effect.is_none());
    ui.key(KeyCode::Esc);
    assert!(ui.app.overlay.is_none());
    assert!(ui.app.effect.is_none(), "No keeps the built-in editor");
    ui.key(KeyCode::F(2));
    ui.key(KeyCode::Enter);
    assert!(
        matches!(&ui.app.effect, Some(slate::tui::app::Effect::EditInTerminal { command, .. }) if command == &["vi"]),
        "{:?}",
        ui.app.effect
    );
}

/// The results pane grows after a check and the editor shrinks: the line being typed stays
/// in view.
#[test]
fn the_line_being_typed_stays_in_view_when_results_appear() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Chidi", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    for i in 1..=12 {
        ui.type_text(&format!("x{i} = {i}\n"));
    }
    ui.type_text("print(x12)");
    assert!(ui.screen().contains("print(x12)"));
    ui.key(KeyCode::F(5));
    ui.wait_for_check();
    let screen = ui.screen();
    assert!(screen.contains("0 of 2 tests passed"), "{screen}");
    assert!(screen.contains("print(x12)"), "{screen}");
}

/// F6 hands the terminal to the program: the run screen starts clean (no output from
/// earlier runs or other exercises, on screen or in the scrollback), a program stopped with
/// Ctrl+C is "stopped", not "failed … KeyboardInterrupt", and the words wrap between words.
#[test]
fn the_run_screen_starts_clean_and_says_you_stopped_the_program() {
    slate::i18n::choose(Some("en-GB"), None);
    let mut start = Vec::new();
    slate::tui::run_screen_start(&mut start, 40).unwrap();
    let start = String::from_utf8(start).unwrap();
    assert!(
        start.starts_with("\u{1b}[2J\u{1b}[3J\u{1b}[1;1H"),
        "clear the screen and the scrollback, then start at the top: {start:?}"
    );
    assert!(
        start.contains("Running your program. Press Ctrl+C to\nstop it."),
        "{start:?}"
    );
    let stopped = slate::sandbox::Outcome {
        verdict: slate::sandbox::Verdict::Error,
        exit_code: None,
        stdout: "tick\n".into(),
        stderr: String::new(),
        error: Some(slate::sandbox::PyError {
            kind: "KeyboardInterrupt".into(),
            traceback: "KeyboardInterrupt\n".into(),
            ..Default::default()
        }),
        call: None,
        inspect: None,
        stopped: true,
        printed: slate::sandbox::Printed::default(),
        limits: slate::sandbox::Limits::default(),
        duration: Duration::from_secs(2),
    };
    let end = slate::tui::run_screen_end(&slate::feedback::run_ending(&stopped), 20);
    assert!(end.contains("You stopped the\nprogram."), "{end:?}");
    assert!(
        !end.contains("KeyboardInterrupt") && !end.contains("failed"),
        "{end:?}"
    );
    for line in end.lines() {
        assert!(line.trim_end().chars().count() <= 20, "{end:?}");
    }
    assert!(end.contains("Press Enter to go\nback to Slate."), "{end:?}");
}
