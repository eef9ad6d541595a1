//! Issue 17: `slate class`, the live class view, on the real binary. Learners of two groups
//! make attempts with `slate check --learner`; the class is then printed once as plain
//! lines (one learner a line, in words, stuck longest first), for everyone and for one
//! group. Times since ("12 s") depend on the clock, so only the words around them are
//! compared.

use super::*;
use crate::learner::RIGHT;

const WRONG: &str = "name = input()\nprint('hello ' + name)\n";

/// `slate --packs good check good/greet FILE --learner NAME --group GROUP`.
fn check(home: &Home, program: &str, name: &str, group: &str) {
    let file = home.path().join("answer.py");
    std::fs::write(&file, program).unwrap();
    let pack = fixture("packs/good");
    let out = home.run(
        &[
            "--packs",
            pack.to_str().unwrap(),
            "check",
            "good/greet",
            file.to_str().unwrap(),
            "--learner",
            name,
            "--group",
            group,
        ],
        "",
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr(&out));
}

/// Group 7B: Maya checks three times without passing (stuck), Ali once, Sam passes, Kim
/// has not checked anything. Zed in 8C checks once.
fn lesson() -> Home {
    let home = Home::new();
    for (name, group) in [
        ("Maya Patel", "7B"),
        ("Ali Khan", "7B"),
        ("Sam Jones", "7B"),
        ("Kim Lee", "7B"),
        ("Zed Ward", "8C"),
    ] {
        let out = home.run(&["learner", "add", name, "--group", group], "");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    for _ in 0..3 {
        check(&home, WRONG, "Maya Patel", "7B");
    }
    check(&home, WRONG, "Ali Khan", "7B");
    check(&home, RIGHT, "Sam Jones", "7B");
    check(&home, WRONG, "Zed Ward", "8C");
    home
}

fn class(home: &Home, args: &[&str]) -> Output {
    let pack = fixture("packs/good");
    let mut all = vec!["--packs", pack.to_str().unwrap(), "class"];
    all.extend_from_slice(args);
    home.run(&all, "")
}

/// Asserts that `line` starts with `start` and, after the time in it, goes on with `rest`.
fn says(line: &str, start: &str, rest: &[&str]) {
    assert!(line.starts_with(start), "{line:?} does not start {start:?}");
    for part in rest {
        assert!(line.contains(part), "{line:?} does not say {part:?}");
    }
}

#[test]
fn class_view_once_lists_everyone_stuck_longest_first() {
    let home = lesson();
    let out = class(&home, &["--once"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 7, "{text}");
    says(lines[0], "All learners: 5 learners, read at ", &[" UTC."]);
    says(
        lines[1],
        "Stuck longest: Maya Patel (7B), for ",
        &[", on Greet someone."],
    );
    says(
        lines[2],
        "Maya Patel (7B): stuck on Greet someone for ",
        &[", 3 checks without passing. Passed 0, tried 1, stuck 1. Last check "],
    );
    // Ali started before Zed, so has been on it longer.
    says(
        lines[3],
        "Ali Khan (7B): working on Greet someone for ",
        &[", not passed yet. Passed 0, tried 1, stuck 0."],
    );
    says(
        lines[4],
        "Zed Ward (8C): working on Greet someone for ",
        &[],
    );
    assert_eq!(lines[5], "Kim Lee (7B): has not checked anything yet.");
    says(
        lines[6],
        "Sam Jones (7B): passed Greet someone. Passed 1, tried 0, stuck 0. Last check ",
        &[" ago."],
    );
    for symbol in ["!", "›", "✓", "◐"] {
        assert!(!text.contains(symbol), "plain lines use words: {text}");
    }
}

#[test]
fn class_view_plain_once_for_one_group() {
    let home = lesson();
    let out = class(&home, &["--plain", "--once", "--group", "7b"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 6, "{text}");
    says(lines[0], "Class 7B: 4 learners, read at ", &[]);
    says(lines[1], "Stuck longest: Maya Patel, for ", &[]);
    let names: Vec<&str> = lines[2..]
        .iter()
        .map(|l| l.split(':').next().unwrap())
        .collect();
    assert_eq!(names, ["Maya Patel", "Ali Khan", "Kim Lee", "Sam Jones"]);
    assert!(!text.contains("Zed"), "{text}");
}

#[test]
fn class_view_a_group_with_nobody_in_it_is_one_sentence() {
    let home = lesson();
    let out = class(&home, &["--once", "--group", "9Z"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "There are no learners in group 9Z on this computer. `slate learner list` shows the groups."
    );
    assert_eq!(stdout(&out), "");
}

#[test]
fn class_view_with_nobody_yet_says_how_to_add_learners() {
    let home = Home::new();
    let out = class(&home, &["--once"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("There are no learners on this computer yet."),
        "{text}"
    );
    assert!(
        !home.path().join("data").join("progress.sqlite3").exists(),
        "reading makes no progress file"
    );
}

/// Plain mode without `--once` prints the class, then waits; when standard input ends it
/// stops at once (no waiting for the next refresh).
#[test]
fn class_view_plain_watch_ends_when_input_ends() {
    let home = lesson();
    let started = std::time::Instant::now();
    let out = class(&home, &["--every", "60"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
    assert_eq!(stdout(&out).lines().count(), 7, "{}", stdout(&out));
}

#[test]
fn class_view_every_is_at_least_one_second() {
    let home = Home::new();
    let out = class(&home, &["--every", "0", "--once"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--every"), "{}", stderr(&out));
}
