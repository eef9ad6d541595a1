//! Plain mode for learners on a shared computer (issue 13): "Is that you?", "Start here" for
//! someone new, lessons of different packs told apart, the language in settings.

use super::*;

/// Issue 13: settings say the language in use, and after a change every menu line and hint
/// is in the new language.
#[test]
fn settings_say_the_language_and_every_line_is_translated() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Gwen");
    s.send(&s.number_of("Settings"));
    let settings = s.expect("0. Back");
    assert!(settings.contains("Language: English (UK)"), "{settings}");
    s.send(&s.number_of("Language"));
    s.expect("0. Back");
    s.send(&s.number_of("Cymraeg"));
    let welsh = s.expect("  0. ");
    assert!(welsh.contains("Iaith: Cymraeg"), "{welsh}");
    s.send("0");
    let menu = s.expect("  0. ");
    s.send(&s.number_of("Dewisa wers"));
    s.expect("  0. ");
    s.send(&s.number_of("My first pack"));
    s.expect("  0. ");
    s.send(&s.number_of("Greet someone"));
    let exercise = s.expect("  0. ");
    s.send("0");
    s.expect("  0. ");
    s.send("0");
    s.expect("  0. ");
    s.send("0");
    s.expect("  0. ");
    s.send("0");
    let rest = s.finish();
    let after = rest[rest.find("Iaith: Cymraeg").unwrap()..].to_owned();
    for english in [
        "Type a number and press Enter.",
        "Please type a number",
        "The program should print:",
        "End of output.",
        "Type your code here",
        "Back",
    ] {
        assert!(
            !after.contains(english),
            "{english:?} after the change to Welsh:\n{menu}\n{exercise}"
        );
    }
}

/// Issue 13: "Lesson 1" of the course and of the practice pack are told apart wherever a
/// lesson is named by its number.
#[test]
fn lessons_of_different_packs_are_told_apart() {
    let home = Home::new();
    let out = home.run(&["--plain"], "1\nAda\n\n2\n0\n1\n0\n");
    let text = stdout(&out);
    let labels: Vec<&str> = text
        .lines()
        .filter(|l| l.contains(", lesson 1: "))
        .collect();
    assert!(labels.len() >= 2, "{text}");
    let mut unique = labels.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), labels.len(), "{labels:?}");
    // The place to start names its pack too.
    assert!(
        text.contains("Start here: Python first steps, lesson 1, "),
        "{text}"
    );
}

/// Issue 13: a brand-new learner is offered the start, not "continue where you left off".
#[test]
fn a_new_learner_is_not_offered_continue() {
    let home = Home::new();
    let mut s = Session::start(&home);
    let menu = s.add_yourself("Ada");
    assert!(!menu.contains("Continue where you left off"), "{menu}");
    assert!(
        menu.contains("Start here: Python first steps, lesson 1, "),
        "{menu}"
    );
    s.send("0");
    s.finish();
}

/// Issue 13: "Add yourself" with a name already here asks "Is that you?", whatever the
/// capitals, spaces or accents; yes chooses that learner, no adds someone new.
#[test]
fn adding_yourself_again_asks_if_it_is_you() {
    let home = Home::new();
    home.run(&["learner", "add", "Maya", "--group", "7B"], "");
    let count = |home: &Home| {
        stdout(&home.run(&["learner", "list"], ""))
            .lines()
            .filter(|l| l.starts_with("Maya"))
            .count()
    };
    let mut s = Session::start(&home);
    s.expect("0. Quit");
    s.send(&s.number_of("Add yourself"));
    s.expect("Type your name");
    s.send("máya  ");
    s.expect("class or group");
    s.send("7b");
    let asked = s.expect("Type yes or no");
    assert!(
        asked.contains("There is already a Maya (7B). Is that you?"),
        "{asked}"
    );
    s.send("yes");
    let hello = s.expect("0. Quit");
    assert!(hello.contains("Hello, Maya!"), "{hello}");
    s.send("0");
    s.finish();
    assert_eq!(count(&home), 1, "no second Maya");

    // Someone else of that name says no, and is added as themselves.
    let out = home.run(&["--plain"], "2\nMaya\n\nno\n0\n");
    let text = stdout(&out);
    assert!(
        text.contains("There is already a Maya (7B). Is that you?"),
        "{text}"
    );
    assert!(text.contains("Hello, Maya!"), "{text}");
    assert_eq!(count(&home), 2, "a second Maya, asked for");
}

/// A whole site's learners (more than can be read out): plain mode asks for the name and
/// narrows the list by what is typed, whatever the capitals or accents.
#[test]
fn with_many_learners_the_name_is_typed_and_the_list_narrowed() {
    let home = Home::new();
    let mut csv = String::from("name,group\n");
    for i in 0..30 {
        csv.push_str(&format!("Pupil {i:02},8A\n"));
    }
    csv.push_str("Maya Jones,7B\nMaël Dupont,7B\nMark Lee,7C\n");
    let list = home.path().join("class.csv");
    std::fs::write(&list, csv).unwrap();
    let out = home.run(&["learner", "import", list.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", stderr(&out));

    // "pupil" matches 30: more letters are asked for; "MA" then matches three, read out.
    let out = home.run(&["--plain"], "pupil\nMA\n3\n0\n");
    let said = stdout(&out);
    assert!(said.contains("There are 33 learners here."), "{said}");
    assert!(!said.contains("Pupil 07"), "not all read out: {said}");
    assert!(said.contains("30 names begin with \"pupil\""), "{said}");
    assert!(said.contains("1. Maël Dupont (7B)"), "{said}");
    assert!(said.contains("2. Mark Lee (7C)"), "{said}");
    assert!(said.contains("3. Maya Jones (7B)"), "{said}");
    assert!(said.contains("Hello, Maya Jones!"), "{said}");

    // One match is chosen at once.
    let out = home.run(&["--plain"], "mark\n0\n");
    assert!(
        stdout(&out).contains("Hello, Mark Lee!"),
        "{}",
        stdout(&out)
    );
}
