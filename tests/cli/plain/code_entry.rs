//! Plain mode's code entry (issue 13): how to stop a program, the starter read out before
//! typing, keeping or replacing it, changing one line, escape sequences, and nothing said twice.

use super::*;

/// Issue 13: before a program runs, a screen-reader user hears how to stop it.
#[test]
fn running_a_program_says_how_to_stop_it_first() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Greet someone");
    s.send(&s.number_of("Run your program"));
    let before = s.expect("What is your name?");
    assert!(
        before.contains("To stop your program at any time, press Ctrl+C."),
        "{before}"
    );
    s.send("Ada");
    s.expect("Your program finished.");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.finish();
}

/// Issue 13: the starter is read out with line numbers before code is typed, and can be kept
/// and added to, or replaced; one line can be changed by its number; the program can be read
/// back with line numbers.
#[test]
fn typing_code_reads_the_starter_first_and_lines_can_be_changed() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Greet someone");
    s.send(&s.number_of("Type your code here"));
    let offer = s.expect("0. Back");
    assert!(
        offer.contains("Your code:\nLine 1: name = input(\"What is your name? \")\nEnd of code."),
        "{offer}"
    );
    assert!(
        offer.contains("Keep this code and add lines at the end")
            && offer.contains("Replace it and type the whole program"),
        "{offer}"
    );
    s.send(&s.number_of("Keep this code"));
    s.expect("type END on a line by itself");
    s.send("print(\"Hello \" + name)");
    s.send("END");
    s.expect("Your code is saved.");
    s.expect("0. Back");

    // Line 2 has a mistake: change just that line.
    s.send(&s.number_of("Change one line"));
    let which = s.expect("from 1 to 2.");
    assert!(
        which.contains("Which line do you want to change?"),
        "{which}"
    );
    s.send("2");
    let old = s.expect("keep it as it is.");
    assert!(old.contains("Line 2: print(\"Hello \" + name)"), "{old}");
    s.send("print(\"Hello, \" + name + \"!\")");
    let changed = s.expect("0. Back");
    assert!(
        changed.contains("Your code is saved.")
            && changed.contains("Line 2: print(\"Hello, \" + name + \"!\")"),
        "{changed}"
    );

    // A line that is not there changes nothing.
    s.send(&s.number_of("Change one line"));
    s.expect("from 1 to 2.");
    s.send("7");
    let none = s.expect("0. Back");
    assert!(none.contains("Nothing changed."), "{none}");

    s.send(&s.number_of("Read your code"));
    let code = s.expect("0. Back");
    assert!(
        code.contains(
            "Line 1: name = input(\"What is your name? \")\nLine 2: print(\"Hello, \" + name + \"!\")\nEnd of code."
        ),
        "{code}"
    );
    s.send(&s.number_of("Check your code"));
    let passed = s.expect("0. Stay here");
    assert!(passed.contains("All 2 tests passed."), "{passed}");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.finish();
}

/// Issue 13: arrow keys and other escape sequences never end up in the program, nor stop a
/// menu answer from being understood, when stdin is not a terminal.
#[test]
fn escape_sequences_never_reach_the_program() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Count to three");
    let number = s.number_of("Type your code here");
    s.send(&format!("\x1b[A{number}\x1b[B"));
    s.expect("0. Back");
    s.send(&s.number_of("Replace it"));
    s.expect("type END on a line by itself");
    s.send("for n in range(1, 4):\x1b[D\x1b[C");
    s.send("    print(n)\x1bOA");
    s.send("END\x1b[3~");
    s.expect("Your code is saved.");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Quit");
    s.send("0");
    s.finish();
    let learners = home.path().join("data").join("learners");
    let folder = std::fs::read_dir(&learners)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let code = std::fs::read_to_string(folder.join("good").join("count.py")).unwrap();
    assert_eq!(code, "for n in range(1, 4):\n    print(n)\n");
}

/// Issue 13: an exercise with no hints never mentions hints, not even where the answer is
/// locked.
#[test]
fn an_exercise_without_hints_never_suggests_one() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Count to three");
    s.send(&s.number_of("See the answer"));
    let locked = s.expect("0. Back");
    assert!(locked.contains("You can see an answer"), "{locked}");
    assert!(!locked.to_lowercase().contains("hint"), "{locked}");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.finish();
}

/// Issue 13: nothing is read twice: after the learner's own editor closes, "Checking your
/// code" is said once.
#[cfg(unix)]
#[test]
fn closing_the_editor_says_checking_once() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    // An "editor" that closes at once.
    s.send(&s.number_of("Settings"));
    s.expect("0. Back");
    s.send(&s.number_of("Your editor"));
    s.expect("press Enter to keep it.");
    s.send("true");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Quit");
    s.open_exercise("Count to three");
    s.send(&s.number_of("Open your code in your editor"));
    let checked = s.expect("0. Back");
    assert!(checked.contains("Your editor has closed."), "{checked}");
    assert_eq!(
        checked.matches("Checking your code").count(),
        1,
        "{checked}"
    );
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.finish();
}
