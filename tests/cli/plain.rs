//! Plain mode, driven through stdin and stdout like a screen-reader user would: numbered
//! menus, lessons as text, code typed and ended with END, results as sentences. A few tests
//! run Slate on a pseudo-terminal (util-linux `script`), where plain mode uses its line editor.

use std::io::{Read, Write};
use std::process::{Child, ChildStdin, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::*;

mod code_entry;
mod learners;
#[cfg(target_os = "linux")]
mod terminal;

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
        Session::start_with(home, |_| {})
    }

    /// Starts with the command changed first (its environment, say).
    fn start_with(home: &Home, change: impl FnOnce(&mut std::process::Command)) -> Session {
        let mut command = home.slate();
        change(&mut command);
        let mut child = command
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
            "Test 1, greets Ada, failed: the output should be \"Hello, Ada!\", but your program printed \"Hello Ada\"."
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

/// "Open in my editor" when the only editor is vi: plain mode says how to leave it and asks
/// first; "no" keeps the learner in Slate, "yes" opens it.
#[test]
fn plain_mode_asks_before_opening_vi_and_says_how_to_leave_it() {
    let home = Home::new();
    let no_editors = home.path().join("no-editors-here");
    std::fs::create_dir_all(&no_editors).unwrap();
    let mut s = Session::start_with(&home, |cmd| {
        cmd.env("PATH", &no_editors)
            .env_remove("EDITOR")
            .env_remove("VISUAL");
    });
    s.add_yourself("Zofia");
    s.open_exercise("Greet someone");
    let open_editor = s.number_of("Open your code in your editor");
    s.send(&open_editor);
    let question = s.expect("Type yes or no.");
    assert!(question.contains("\"vi\""), "{question}");
    assert!(question.contains("press Esc, then type :wq"), "{question}");
    s.send("no");
    let kept = s.expect("0. Back");
    assert!(kept.contains("Choose \"Type your code here\""), "{kept}");
    assert!(
        !kept.contains("could not open"),
        "vi was not started: {kept}"
    );
    s.send(&open_editor);
    s.expect("Type yes or no.");
    s.send("yes");
    // There is no vi on this PATH, so opening it fails: it was tried only after "yes".
    let tried = s.expect("0. Back");
    assert!(tried.contains("could not open your editor (vi)"), "{tried}");
    s.finish();
}
