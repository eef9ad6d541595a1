//! Plain mode, driven through stdin and stdout like a screen-reader user would: numbered
//! menus, lessons as text, code typed and ended with END, results as sentences. A few tests
//! run Slate on a pseudo-terminal (util-linux `script`), where plain mode uses its line editor.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::*;

/// A running `slate --plain`, answered line by line.
struct Session {
    child: Child,
    stdin: ChildStdin,
    output: Arc<Mutex<String>>,
    /// How much of the output has been looked at.
    seen: usize,
}

impl Session {
    fn start(home: &Home) -> Session {
        let mut child = home
            .slate()
            .args([
                "--plain",
                "--packs",
                fixture("packs/good").to_str().unwrap(),
            ])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("slate starts");
        let stdin = child.stdin.take().unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        let sink = output.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock()
                    .unwrap()
                    .push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        });
        Session {
            child,
            stdin,
            output,
            seen: 0,
        }
    }

    /// Waits until `text` appears in new output; returns the new output up to it.
    fn expect(&mut self, text: &str) -> String {
        let started = Instant::now();
        loop {
            {
                let out = self.output.lock().unwrap();
                if let Some(i) = out[self.seen..].find(text) {
                    let chunk = out[self.seen..self.seen + i + text.len()].to_owned();
                    self.seen += i + text.len();
                    return chunk;
                }
            }
            if started.elapsed() > Duration::from_secs(120) {
                let out = self.output.lock().unwrap();
                panic!("never saw {text:?}; new output was:\n{}", &out[self.seen..]);
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    fn send(&mut self, line: &str) {
        writeln!(self.stdin, "{line}").unwrap();
        self.stdin.flush().unwrap();
    }

    /// At "Who are you?": adds a learner with no group, and waits for the main menu.
    fn add_yourself(&mut self, name: &str) -> String {
        self.expect("0. Quit");
        self.send(&self.number_of("Add yourself"));
        self.expect("Type your name");
        self.send(name);
        self.expect("class or group");
        self.send("");
        self.expect("0. Quit")
    }

    /// From the main menu, opens an exercise of the fixture pack's lesson 1; returns the
    /// exercise's menu.
    fn open_exercise(&mut self, title: &str) -> String {
        self.send(&self.number_of("Choose a lesson"));
        self.expect("0. Back");
        self.send(&self.number_of("My first pack, lesson 1: Hello and adding up"));
        self.expect("0. Back");
        self.send(&self.number_of(&format!("Exercise: {title}")));
        self.expect("0. Back")
    }

    /// The number of the menu line containing `label`, from output seen so far.
    fn number_of(&self, label: &str) -> String {
        let out = self.output.lock().unwrap();
        let line = out[..self.seen]
            .lines()
            .rev()
            .find(|l| l.contains(label))
            .unwrap_or_else(|| panic!("no menu line with {label:?}"));
        line.trim().split('.').next().unwrap().to_owned()
    }

    fn finish(mut self) -> String {
        drop(self.stdin);
        let status = self.child.wait().unwrap();
        assert!(status.success());
        self.output.lock().unwrap().clone()
    }
}

#[test]
fn plain_journey_from_name_to_solved_exercise() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.expect("Who are you?");
    let menu = s.add_yourself("Ada");
    assert!(menu.contains("Hello, Ada!"), "{menu}");
    s.send(&s.number_of("Choose a lesson"));
    s.expect("0. Back");
    s.send(&s.number_of("My first pack, lesson 1: Hello and adding up"));
    s.expect("0. Back");
    s.send(&s.number_of("Read the lesson"));
    let page = s.expect("0. Back");
    assert!(page.contains("Page 1 of 1: Printing"), "{page}");
    assert!(
        page.contains("Code:\n    print(\"Hello!\")\nEnd of code."),
        "{page}"
    );
    assert!(
        !page.contains('│') && !page.contains('┌'),
        "no box drawing: {page}"
    );
    s.send(&s.number_of("On to the exercises"));
    let exercise = s.expect("0. Back");
    assert!(
        exercise.contains("Exercise: Greet someone (status: new)"),
        "{exercise}"
    );
    // What the program should print is announced as output, not as code.
    assert!(
        exercise.contains("The program should print:\n    Hello, Ada!\nEnd of output."),
        "{exercise}"
    );
    assert!(!exercise.contains("Code:\n    Hello, Ada!"), "{exercise}");

    // A first try with a mistake, typed in and ended with END, in place of the starter.
    s.send(&s.number_of("Type your code here"));
    s.expect("0. Back");
    s.send(&s.number_of("Replace it"));
    s.expect("type END on a line by itself");
    s.send("name = input(\"What is your name? \")");
    s.send("print(\"Hello \" + name)");
    s.send("END");
    s.expect("Your code is saved.");
    s.expect("0. Back");
    s.send(&s.number_of("Check your code"));
    let result = s.expect("0. Back");
    assert!(result.contains("0 of 2 tests passed."), "{result}");
    assert!(
        result.contains(
            "Test 1, greets Ada, failed: expected Hello, Ada!, your program printed Hello Ada."
        ),
        "{result}"
    );
    // Read once, not once as a sentence and again above its details.
    assert_eq!(
        result.matches("Test 1, greets Ada, failed").count(),
        1,
        "{result}"
    );

    // A hint, then the right answer.
    s.send(&s.number_of("Get a hint"));
    let hint = s.expect("0. Back");
    assert!(hint.contains("Hint 1 of 3"), "{hint}");
    s.send(&s.number_of("Type your code here"));
    s.expect("0. Back");
    s.send(&s.number_of("Replace it"));
    s.expect("type END on a line by itself");
    s.send("name = input(\"What is your name? \")");
    s.send("print(\"Hello, \" + name + \"!\")");
    s.send("END");
    s.expect("0. Back");
    s.send(&s.number_of("Check your code"));
    let passed = s.expect("0. Stay here");
    assert!(
        passed.contains("All 2 tests passed. Well done!"),
        "{passed}"
    );
    assert!(
        passed.contains(
            "Next: My first pack, lesson 1, Hello and adding up: exercise “Add two numbers”"
        ),
        "{passed}"
    );
    s.send("1");
    let next = s.expect("0. Back");
    assert!(next.contains("Exercise: Add two numbers"), "{next}");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.expect("0. Quit");
    s.send("0");
    let all = s.finish();
    assert!(
        all.trim_end().ends_with("Your work is saved. Goodbye!"),
        "{all}"
    );
    // The code is a plain .py file in the learner's own folder.
    let learners = home.path().join("data").join("learners");
    let folder = std::fs::read_dir(&learners)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let code = std::fs::read_to_string(folder.join("good").join("greet.py")).unwrap();
    assert!(code.contains("print(\"Hello, \" + name + \"!\")"), "{code}");

    // Start again on the same computer: Ada is remembered but asked for, and Slate
    // continues where she left off.
    let mut s = Session::start(&home);
    s.expect("0. Quit");
    s.send(&s.number_of("Ada (last time)"));
    let menu = s.expect("0. Quit");
    assert!(
        menu.contains(
            "Continue where you left off: My first pack, lesson 1, Hello and adding up: exercise “Add two numbers”"
        ),
        "{menu}"
    );
    s.send("0");
    s.finish();
}

/// A shared computer: after a Welsh-speaking learner, the next person is asked in the
/// computer's language; the Welsh comes back when Gwen chooses her name again.
#[test]
fn the_next_person_is_asked_in_the_computers_language() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Gwen");
    s.send(&s.number_of("Settings"));
    s.expect("0. Back");
    s.send(&s.number_of("Language"));
    s.expect("0. Back");
    s.send(&s.number_of("Cymraeg"));
    s.expect("0. ");
    s.send("0");
    let menu = s.expect("0. ");
    s.send(&s.number_of("Newid dysgwr"));
    let who = s.expect("0. Quit");
    assert!(who.contains("Who are you?"), "{menu}\n---\n{who}");
    s.send("1");
    let hello = s.expect("0. ");
    assert!(hello.contains("Helo, Gwen!"), "{hello}");
    assert!(
        !hello.contains("Hello, Gwen!"),
        "Gwen's Welsh is back: {hello}"
    );
    s.finish();
}

#[test]
fn plain_mode_ends_quietly_when_input_ends() {
    let home = Home::new();
    let out = home.run(&["--plain"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("Who are you?"));
    assert!(stdout(&out).contains("Goodbye"));
}

#[test]
fn plain_mode_is_chosen_when_not_on_a_terminal() {
    let home = Home::new();
    // No --plain: stdin and stdout are pipes here.
    let out = home.run(&[], "0\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Who are you?"), "{}", stdout(&out));
}

#[test]
fn plain_mode_keeps_asking_until_the_answer_is_a_choice() {
    let home = Home::new();
    let out = home.run(&["--plain"], "9\n\n-1\n0\n");
    let text = stdout(&out);
    assert_eq!(
        text.matches("Please type a number from 0 to 1.").count(),
        3,
        "{text}"
    );
}

/// Someone new to computers may type their name where a number is asked for.
#[test]
fn plain_mode_takes_a_name_typed_instead_of_a_number() {
    let home = Home::new();
    home.run(&["learner", "add", "Ada Lovelace"], "");
    let out = home.run(&["--plain"], "  ada   LOVELACE\n0\n");
    let text = stdout(&out);
    assert!(text.contains("Hello, Ada Lovelace!"), "{text}");

    // A new name: offered, not added until they say so.
    let out = home.run(&["--plain"], "Kwame\n0\n0\n");
    let text = stdout(&out);
    assert!(
        text.contains("Nobody called Kwame is on this computer yet.")
            && text.contains("1. Add Kwame as a new learner"),
        "{text}"
    );
    assert!(!stdout(&home.run(&["learner", "list"], "")).contains("Kwame"));
    let out = home.run(&["--plain"], "Kwame\n1\n7B\n0\n");
    assert!(stdout(&out).contains("Hello, Kwame!"), "{}", stdout(&out));
    assert!(stdout(&home.run(&["learner", "list"], "")).contains("Kwame"));

    // Two of the same name: choose by number.
    home.run(&["learner", "add", "Sam", "--group", "7B"], "");
    home.run(&["learner", "add", "Sam", "--group", "8C"], "");
    let out = home.run(&["--plain"], "sam\n0\n");
    let text = stdout(&out);
    assert!(
        text.contains("More than one learner is called Sam. Type the number next to your name."),
        "{text}"
    );
}

#[test]
fn plain_mode_speaks_welsh_with_translated_lessons() {
    let home = Home::new();
    let out = home.run(&["--plain", "--lang", "cy"], "1\nSiân\n\n2\n");
    let text = stdout(&out);
    assert!(text.contains("Pwy wyt ti?"), "{text}");
    // The first lesson of the bundled course has a Welsh translation.
    let title = std::fs::read_to_string(
        root().join("lessons/python-first-steps/translations/cy/01-printing.toml"),
    )
    .unwrap();
    let welsh: toml::Table = title.parse().unwrap();
    let lesson_title = welsh["title"].as_str().unwrap();
    assert!(
        text.contains(lesson_title),
        "{lesson_title} not in:\n{text}"
    );
}

#[test]
fn passing_the_last_exercise_with_work_left_elsewhere_is_not_the_end() {
    // "You have finished everything here" once came after the last exercise of a pack,
    // although earlier exercises (and the other packs) were not done.
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Average");
    s.send(&s.number_of("Type your code here"));
    s.expect("0. Back");
    s.send(&s.number_of("Replace it"));
    s.expect("type END on a line by itself");
    s.send("a = float(input())");
    s.send("b = float(input())");
    s.send("print((a + b) / 2)");
    s.send("END");
    s.expect("0. Back");
    s.send(&s.number_of("Check your code"));
    let passed = s.expect("0. Stay here");
    assert!(passed.contains("Well done!"), "{passed}");
    assert!(passed.contains("Next: "), "{passed}");
    assert!(!passed.contains("finished everything"), "{passed}");
    s.send("0");
    s.finish();
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_only_the_program_in_plain_mode() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    s.open_exercise("Greet someone");
    // The starter asks for a name and waits.
    s.send(&s.number_of("Run your program"));
    s.expect("What is your name?");
    let status = Command::new("kill")
        .args(["-INT", &s.child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let after = s.expect("0. Back");
    assert!(after.contains("stopped"), "{after}");
    // Slate is still here: the menu works.
    s.send(&s.number_of("Read the task again"));
    s.expect("0. Back");
    s.send("0");
    s.finish();
}

#[test]
fn an_exercise_without_hints_offers_none() {
    let home = Home::new();
    let mut s = Session::start(&home);
    s.add_yourself("Ada");
    let menu = s.open_exercise("Count to three");
    assert!(menu.contains("Check your code"), "{menu}");
    assert!(!menu.contains("hint"), "no hint to offer: {menu}");
    // The actions after the missing one still do what they say.
    s.send(&s.number_of("Read the task again"));
    let task = s.expect("0. Back");
    assert!(
        task.contains("Print the numbers 1, 2 and 3 using a"),
        "the task is read again: {task}"
    );
    s.send("0");
    s.expect("0. Back");
    s.send("0");
    s.finish();
}

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

/// Runs `slate ARGS` on a pseudo-terminal made by util-linux's `script`, typing `input`; the
/// output with carriage returns taken out. `None` where there is no `script`.
#[cfg(target_os = "linux")]
fn on_a_terminal(home: &Home, args: &str, input: &str) -> Option<String> {
    let script = Path::new("/usr/bin/script");
    if !script.exists() {
        return None;
    }
    let slate = env!("CARGO_BIN_EXE_slate");
    // `home.slate()`'s settings, on `script`, which runs Slate on a new pseudo-terminal.
    let settings = home.slate();
    let mut cmd = Command::new(script);
    cmd.args(["-qec", &format!("{slate} {args}"), "/dev/null"])
        .env("TERM", "xterm")
        .current_dir(home.path());
    for (key, value) in settings.get_envs() {
        match value {
            Some(v) => cmd.env(key, v),
            None => cmd.env_remove(key),
        };
    }
    let out = run_with(&mut cmd, input);
    Some(stdout(&out).replace('\r', ""))
}

/// Issue 13: on a terminal, plain mode's questions are answered through a line editor: the
/// arrow keys move along the line and never end up in the answer.
#[cfg(target_os = "linux")]
#[test]
fn arrow_keys_edit_the_answer_on_a_terminal() {
    let home = Home::new();
    // "Mya", two steps left, "a", two steps right: "Maya".
    let Some(out) = on_a_terminal(&home, "--plain", "1\nMya\x1b[D\x1b[Da\x1b[C\x1b[C\n\n0\n")
    else {
        return;
    };
    assert!(out.contains("Hello, Maya!"), "{out}");
    assert!(
        stdout(&home.run(&["learner", "list"], "")).contains("Maya"),
        "{out}"
    );
}

/// Issue 13: arrow keys typed while a program asks for input at a terminal never reach it.
#[cfg(target_os = "linux")]
#[test]
fn arrow_keys_typed_into_a_program_never_reach_it() {
    let home = Home::new();
    std::fs::write(
        home.path().join("hello.py"),
        "name = input(\"Name? \")\nprint(\"Hello \" + name + \"!\")\n",
    )
    .unwrap();
    let Some(out) = on_a_terminal(&home, "run hello.py", "Ad\x1b[Da\x1b[C\n") else {
        return;
    };
    assert!(out.contains("Hello Ada!"), "{out}");
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
