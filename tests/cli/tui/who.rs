//! "Who are you?" and the course map on a shared computer (issue 13): Esc asks before
//! quitting, adding yourself again asks "Is that you?", someone new is offered the start.

use super::*;

/// Issue 13: Esc on the first Welcome screen asks before quitting, with or without learners.
#[test]
fn esc_on_the_welcome_screen_asks_before_quitting() {
    let home = Home::new();
    let mut ui = Ui::new(tutor(&home), 80, 24);
    // Nobody here yet: the "add yourself" form is the first screen.
    ui.key(KeyCode::Esc);
    assert!(!ui.app.quit, "Esc alone does not quit");
    let screen = ui.screen();
    assert!(
        screen.contains("Leave Slate? Your work is saved."),
        "{screen}"
    );
    ui.key(KeyCode::Esc);
    assert!(!ui.app.quit && ui.app.overlay.is_none());
    assert!(matches!(ui.app.screen, Screen::Who(_)));

    let mut t = tutor(&home);
    t.add_learner("Ada", None).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.key(KeyCode::Esc);
    assert!(!ui.app.quit);
    assert!(ui.screen().contains("Leave Slate?"));
    ui.key(KeyCode::Enter);
    assert!(ui.app.quit, "yes quits");
}

/// Issue 13: adding yourself with a name already here asks "Is that you?" (whatever the
/// capitals, spaces or accents); yes chooses that learner, no adds someone new.
#[test]
fn adding_yourself_again_asks_if_it_is_you() {
    for (answer, learners) in [(KeyCode::Char('y'), 1), (KeyCode::Char('n'), 2)] {
        let home = Home::new();
        let mut t = tutor(&home);
        let maya = t.add_learner("Maya", Some("7B")).unwrap();
        let mut ui = Ui::new(t, 80, 24);
        ui.key(KeyCode::Char('+'));
        ui.type_text("Máya  \n7b\n");
        let screen = ui.screen();
        assert!(
            screen.contains("There is already a Maya (7B). Is that you?"),
            "{screen}"
        );
        assert!(matches!(ui.app.screen, Screen::Who(_)), "nobody added yet");
        ui.key(answer);
        assert!(matches!(ui.app.screen, Screen::Map(_)));
        assert_eq!(ui.app.tutor.learners().unwrap().len(), learners);
        let chosen = ui.app.tutor.learner().unwrap().id.clone();
        assert_eq!(chosen == maya.id, learners == 1);
    }
}

/// Issue 13: a brand-new learner is offered the start of the course, not "continue".
#[test]
fn a_new_learner_is_offered_the_start_not_continue() {
    let home = Home::new();
    let mut ui = Ui::new(tutor(&home), 80, 24);
    ui.add_learner("Priya");
    let map = ui.screen();
    assert!(map.contains("▶ Start here"), "{map}");
    assert!(!map.contains("Continue where you left off"), "{map}");
}

/// A pupil who types their name on the list finds it: letters are never shortcuts there
/// (typing "Maya" once opened "add yourself" at the "a" and made a learner called "ya").
#[test]
fn typing_a_name_on_the_list_finds_it_and_adds_nobody() {
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Ali Khan", Some("9A")).unwrap();
    t.add_learner("Maya", Some("7B")).unwrap();
    t.add_learner("Mateusz Wiśniewski", Some("8C")).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.type_text("mat");
    let screen = ui.screen();
    assert!(screen.contains("▶ Mateusz Wiśniewski (8C)"), "{screen}");
    assert!(screen.contains("starts “mat”"), "{screen}");
    // Only the names that start so are shown.
    assert!(!screen.contains("Ali Khan"), "{screen}");
    assert!(!screen.contains("Maya"), "{screen}");
    ui.key(KeyCode::Backspace);
    ui.type_text("y");
    assert!(ui.screen().contains("▶ Maya (7B)"));
    ui.key(KeyCode::Enter);
    assert!(!matches!(ui.app.screen, Screen::Who(_)), "Maya is chosen");
    assert_eq!(
        ui.app.tutor.learners().unwrap().len(),
        3,
        "nobody was added"
    );

    // "Ali", with a capital A, is a name, not "add yourself".
    let home = Home::new();
    let mut t = tutor(&home);
    t.add_learner("Ali Khan", Some("9A")).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.type_text("Ali");
    let screen = ui.screen();
    assert!(screen.contains("▶ Ali Khan (9A)"), "{screen}");
    assert!(!screen.contains("Your name:"), "{screen}");
}

/// A site's list can hold hundreds: typing narrows it to the names that start so, Esc shows
/// everyone again, and a name nobody has is offered as a new learner, already typed.
#[test]
fn typing_narrows_a_long_list_and_a_new_name_is_offered() {
    let home = Home::new();
    let mut t = tutor(&home);
    for i in 0..200 {
        t.add_learner(&format!("Pupil {i:03}"), Some("8A")).unwrap();
    }
    t.add_learner("Zoë Ward", Some("9C")).unwrap();
    let mut ui = Ui::new(t, 80, 24);
    ui.type_text("zoe");
    let screen = ui.screen();
    assert!(screen.contains("▶ Zoë Ward (9C)"), "{screen}");
    assert!(!screen.contains("Pupil"), "{screen}");
    ui.key(KeyCode::Esc);
    assert!(ui.screen().contains("Pupil 000"), "{}", ui.screen());
    ui.type_text("Xena");
    let screen = ui.screen();
    assert!(screen.contains("No name starts “Xena”"), "{screen}");
    ui.key(KeyCode::Enter);
    let screen = ui.screen();
    assert!(screen.contains("Your name: Xena"), "{screen}");
}
