//! The exercise screen (issue 13): the task gets the rows it needs, cut boxes say so, the
//! results say where, why and what to try, a check shows its seconds and stops with Esc,
//! typed code is saved after a short pause, and an error's line is marked in the editor.

use super::*;

#[test]
fn the_results_box_says_where_why_and_what_to_try() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Yusuf", None).unwrap();
    let mut ui = Ui::new(t, 120, 40);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    ui.key(KeyCode::Down);
    ui.type_text("print(\"Hello\"!)");
    ui.key(KeyCode::F(5));
    ui.wait_for_check();
    let screen = ui.screen();
    // Not only behind F4, and naming the line rather than a mark.
    assert!(
        screen.contains("Python could not understand line 2."),
        "{screen}"
    );
    assert!(
        screen.contains("Line 2, column 14, near \"!\":"),
        "{screen}"
    );
    assert!(screen.contains("Why: "), "{screen}");
    assert!(screen.contains("Try this: "), "{screen}");
    assert!(!screen.contains("marked"), "{screen}");
}

/// A slow check shows the seconds going by, Esc stops it, and nothing is recorded: no
/// attempt with a score of 0 as if the program had been marked.
#[test]
fn a_check_shows_its_seconds_and_esc_stops_it_without_recording_anything() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Tomos", None).unwrap();
    let mut ui = Ui::new(t, 120, 40);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    ui.key(KeyCode::Down);
    ui.type_text("while True:\npass");
    ui.key(KeyCode::F(5));
    let started = std::time::Instant::now();
    assert!(ui.screen().contains("Checking your code…"));
    assert!(
        ui.screen().contains("Esc Stop the check"),
        "{}",
        ui.screen()
    );
    // Three seconds later (as the event loop tells the app when it wakes).
    ui.app.tick(started + Duration::from_secs(3), None);
    assert!(
        ui.screen().contains("Checking your code… 3 s"),
        "{}",
        ui.screen()
    );
    ui.key(KeyCode::Esc);
    let screen = ui.screen();
    assert!(
        matches!(ui.app.screen, Screen::Exercise(_)),
        "Esc stops the check, not the screen"
    );
    assert!(screen.contains("You stopped the check."), "{screen}");
    assert!(screen.contains("Esc Back"), "{screen}");
    // The stopped check ends within a moment; its result is neither shown nor recorded.
    ui.wait_for_check();
    assert!(ui.screen().contains("You stopped the check."));
    assert_eq!(ui.app.tutor.exercise_progress("good", "greet"), None);
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "stopped, not left to run out of time test after test"
    );
}

/// The first time, while Python is being prepared, the tutor says how far it has got.
#[test]
fn preparing_python_is_shown_while_it_lasts() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Nia", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    ui.key(KeyCode::F(5));
    let words = "Getting Python ready, the first time only: about 40% (18 s)";
    ui.app
        .tick(std::time::Instant::now(), Some(words.to_owned()));
    let screen = ui.screen();
    // In the results pane, where the check waits for it, and in the status row.
    assert_eq!(screen.matches(words).count(), 2, "{screen}");
    ui.app.tick(std::time::Instant::now(), None);
    assert!(!ui.screen().contains("Getting Python ready"));
    ui.wait_for_check();
}

/// On a small terminal the task does not fit: the border says F3 shows all of it, and covers
/// none of its words.
#[test]
fn a_task_that_does_not_fit_points_to_f3_on_its_border() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Aroha", None).unwrap();
    let mut ui = Ui::new(t, 48, 16);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    let screen = ui.screen();
    assert!(
        screen.contains("─ ↓ more below · F3 whole task ┘"),
        "{screen}"
    );
    insta::assert_snapshot!("exercise_small_terminal_48x16", screen);
    ui.key(KeyCode::F(3));
    assert!(
        ui.screen().contains("Hello, Ada!"),
        "the whole task is shown"
    );
}

/// Typed code is saved after a short pause (about 300 ms), so closing the window a moment
/// after typing loses nothing.
#[test]
fn typed_code_is_saved_after_a_short_pause() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Yusuf", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    ui.type_text("x");
    let typed = std::time::Instant::now();
    let due = ui.app.next_deadline().expect("a save is due");
    assert!(
        due <= typed + Duration::from_millis(300),
        "the save is due {:?} after typing",
        due.saturating_duration_since(typed)
    );
}

/// After a check, the line Python could not understand is marked in the editor itself (a
/// `▶` beside its number), so "the marked line" points at something really marked.
#[test]
fn the_line_of_an_error_is_marked_in_the_editor() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Yusuf", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.app.go(slate::tutor::Place::Exercise {
        pack: "good".into(),
        exercise: "greet".into(),
    });
    if let Screen::Exercise(e) = &mut ui.app.screen {
        e.editor.set_text("name = input()\nprint(\"Hello\" name)\n");
    }
    assert!(!ui.screen().contains("2 ▶"));
    ui.key(KeyCode::F(5));
    ui.wait_for_check();
    let screen = ui.screen();
    assert!(screen.contains("2 ▶ print(\"Hello\" name)"), "{screen}");
    assert!(screen.contains("1 │ name = input()"), "{screen}");
}

/// A tutor over the bundled course, in British English.
fn bundled_tutor(home: &Home) -> Tutor {
    slate::i18n::choose(Some("en-GB"), None);
    let paths = Paths {
        data: home.path().join("data"),
        cache: shared_cache().join("slate"),
        cache_kind: slate::paths::CacheKind::Private,
    };
    Tutor::with(
        paths,
        slate::pack::discover(None, &[]),
        Store::open_in_memory().unwrap(),
    )
}

/// Boxes that are cut say so in words where the cut is, and never scroll past their end:
/// the course map (the practice sets below the first lesson list) and a lesson page.
#[test]
fn cut_boxes_say_more_below_and_stop_at_their_end() {
    let home = Home::new();
    let mut ui = Ui::new(bundled_tutor(&home), 80, 24);
    ui.add_learner("Maya");
    let top = ui.screen();
    assert!(top.contains("↓ more below ┘"), "{top}");
    assert!(!top.contains("more above"), "{top}");
    for _ in 0..60 {
        ui.key(KeyCode::Down);
    }
    let bottom = ui.screen();
    assert!(bottom.contains("↑ more above"), "{bottom}");
    assert!(
        !bottom.contains("more below"),
        "the end of the list: {bottom}"
    );
    insta::assert_snapshot!("course_map_scrolled_to_the_end_80x24", bottom);

    // A lesson page longer than the box, at 80x16: scrolling stops with its last line at
    // the bottom of the box.
    let mut t = bundled_tutor(&home);
    t.add_learner("Maya", Some("7B")).unwrap();
    let mut ui = Ui::new(t, 80, 16);
    ui.app.go(slate::tutor::Place::Page {
        pack: "python-first-steps".into(),
        lesson: "printing".into(),
        page: 0,
    });
    let first = ui.screen();
    assert!(first.contains("↓ more below ┘"), "{first}");
    for _ in 0..100 {
        ui.key(KeyCode::Down);
    }
    let end = ui.screen();
    assert!(!end.contains("more below"), "{end}");
    assert!(end.contains("↑ more above"), "{end}");
    let rows: Vec<&str> = end.lines().collect();
    let last_text_row = rows
        .iter()
        .rposition(|r| {
            !r.trim_matches(|c| c == '"' || c == ' ' || c == '│')
                .is_empty()
                && r.contains('│')
        })
        .unwrap();
    let box_bottom = rows.iter().rposition(|r| r.contains('┘')).unwrap();
    assert!(
        box_bottom - last_text_row <= 2,
        "the page's last line is near the bottom of the box, not blank space:\n{end}"
    );
}

/// At 80x24 the task box shows all of a task's example output, taking rows from the
/// editor: the bundled exercises whose output used to be hidden.
#[test]
fn the_task_shows_all_its_example_output_at_80x24() {
    let home = Home::new();
    let library = slate::pack::discover(None, &[]);
    let mut t = bundled_tutor(&home);
    t.add_learner("Maya", Some("7B")).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    for (pack, exercise) in [
        ("python-first-steps", "tea-steps"),
        ("python-first-steps", "bus-timetable"),
        ("python-first-steps", "recipe-card"),
        ("python-first-steps", "change-team"),
    ] {
        let (_, _, ex) = library
            .find_exercise(&format!("{pack}/{exercise}"))
            .unwrap_or_else(|| panic!("{pack}/{exercise} is bundled"));
        // The example output: the lines of the task's fenced blocks.
        let example: Vec<String> = ex
            .task
            .split("```")
            .skip(1)
            .step_by(2)
            .flat_map(|block| block.lines().skip(1).map(str::to_owned).collect::<Vec<_>>())
            .filter(|l| !l.trim().is_empty())
            .collect();
        assert!(!example.is_empty(), "{exercise} has example output");
        ui.app.go(slate::tutor::Place::Exercise {
            pack: pack.into(),
            exercise: exercise.into(),
        });
        let screen = ui.screen();
        for line in &example {
            assert!(
                screen.contains(&format!("│ {line}")),
                "{exercise}: {line:?} is hidden\n{screen}"
            );
        }
        assert!(!screen.contains("more below"), "{screen}");
    }
}
