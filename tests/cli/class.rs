//! Issue 14, a teacher's class: marking a folder of pupils' files at once, class lists from
//! school systems, moving learners between groups, and `check --learner` saying where the
//! attempt went.

use super::*;
use crate::learner::{RIGHT, greet_args};

fn good_pack() -> String {
    fixture("packs/good").to_str().unwrap().to_owned()
}

/// `slate --packs good check good/greet ARGS...`
fn check(home: &Home, args: &[&str]) -> Output {
    let pack = good_pack();
    let mut all = vec!["--packs", pack.as_str(), "check", "good/greet"];
    all.extend_from_slice(args);
    home.run(&all, "")
}

fn work() -> String {
    fixture("class-work/9A").to_str().unwrap().to_owned()
}

#[test]
fn check_with_a_learner_says_where_the_attempt_was_saved() {
    let home = Home::new();
    home.run(&["learner", "add", "Ali Khan", "--group", "9A"], "");
    let file = home.path().join("answer.py");
    std::fs::write(&file, RIGHT).unwrap();
    let mut args = greet_args(&file, &["--learner", "ali khan"]);
    args.retain(|a| a != "--json");
    let out = run_with(home.slate().args(&args), "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out)
            .trim_end()
            .ends_with("Saved for Ali Khan (9A)."),
        "{}",
        stdout(&out)
    );
    // Without a learner, nothing is saved and nothing says so.
    args.truncate(args.len() - 2);
    let out = run_with(home.slate().args(&args), "");
    assert!(!stdout(&out).contains("Saved for"), "{}", stdout(&out));
}

#[test]
fn a_folder_of_pupils_files_is_marked_one_line_each() {
    let home = Home::new();
    let out = check(&home, &[&work()]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "not all passed: {}",
        stderr(&out)
    );
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("File"), "{text}");
    assert!(
        lines[1].contains("=cara.py") && lines[1].contains("0/2"),
        "{text}"
    );
    assert!(
        lines[1].contains("failed") && lines[1].contains("Test 1"),
        "{text}"
    );
    assert!(
        lines[2].contains("ali.py") && lines[2].contains("2/2"),
        "{text}"
    );
    assert!(lines[2].contains("passed"), "{text}");
    assert!(
        lines[3].contains("bob.py") && lines[3].contains("failed"),
        "{text}"
    );
    assert!(
        !text.contains("readme") && !text.contains("dan.py"),
        "{text}"
    );
    assert!(
        text.contains("Passed: 1 of 3. Average score: 0.7 out of 2."),
        "{text}"
    );
    assert!(
        !text.contains("Oluwaseun"),
        "hidden tests stay hidden: {text}"
    );
}

#[test]
fn many_files_as_csv_are_quoted_and_safe_for_spreadsheets() {
    let home = Home::new();
    let ali = fixture("class-work/9A/ali.py");
    let cara = fixture("class-work/9A/=cara.py");
    let out = check(
        &home,
        &[
            ali.to_str().unwrap(),
            cara.to_str().unwrap(),
            "--format",
            "csv",
        ],
    );
    let text = stdout(&out);
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let rows: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(rows[0], "File,Score,Max score,Result,First problem");
    assert!(rows[1].ends_with("ali.py,2,2,passed,"), "{text}");
    assert!(rows[2].contains(",0,2,failed,"), "{text}");
    assert!(!rows[2].starts_with('='), "no formula: {text}");
    // A single file with --format csv is a one-row table too.
    let out = check(&home, &[ali.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 2);
}

#[test]
fn learner_and_json_stay_single_file() {
    let home = Home::new();
    home.run(&["learner", "add", "Ali Khan", "--group", "9A"], "");
    let out = check(&home, &[&work(), "--learner", "Ali Khan"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("--learner keeps one pupil's attempt"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
    let out = check(&home, &[&work(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--format csv"), "{}", stderr(&out));
    let empty = home.path().join("empty");
    std::fs::create_dir(&empty).unwrap();
    let out = check(&home, &[empty.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has no .py files"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_learner_moves_to_another_group_with_their_progress() {
    let home = Home::new();
    home.run(&["learner", "add", "Ali Khan", "--group", "9A"], "");
    home.run(&["learner", "add", "Ali Khan", "--group", "9B"], "");
    let out = home.run(&["learner", "move", "ali khan", "--group", "10A"], "");
    assert_eq!(out.status.code(), Some(2), "which Ali?");
    assert!(stderr(&out).contains("9A, 9B"), "{}", stderr(&out));
    let out = home.run(
        &[
            "learner", "move", "ali khan", "--from", "9a", "--group", "10A",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "Moved \"Ali Khan\" in group 9A: now Ali Khan (10A). Their progress is kept."
    );
    let out = home.run(
        &[
            "learner", "move", "ali khan", "--from", "9b", "--group", "10a",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "10A has an Ali Khan now");
    let list = stdout(&home.run(&["learner", "list", "--group", "10A"], ""));
    assert!(list.contains("Ali Khan  10A"), "{list}");
}

fn import(home: &Home, list: &str) -> Output {
    let file = fixture(&format!("class-lists/{list}"));
    home.run(&["learner", "import", file.to_str().unwrap()], "")
}

#[test]
fn class_lists_in_each_layout_are_imported() {
    let home = Home::new();
    home.run(&["learner", "add", "ali KHAN", "--group", "9a"], "");
    let out = import(&home, "simple.csv");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Added Sian Hughes (9A)\nAlready here: ali KHAN (9a)\nAdded: 1. Already here: 1.\n"
    );
    let out = import(&home, "sims-semicolon-bom.csv");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Added Siân Hughes (9B)\nAlready here: ali KHAN (9a)\nAdded: 1. Already here: 1.\n"
    );
    let out = import(&home, "windows-1252.csv");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "Added Zoë Brontë (9C)\nAdded José García (9C)\nAdded: 2. Already here: 0.\n"
    );
    let out = import(&home, "no-header.csv");
    assert!(
        stdout(&out).contains("Added Bob Jones (9A)"),
        "{}",
        stdout(&out)
    );
    let list = stdout(&home.run(&["learner", "list"], ""));
    assert!(list.contains("6 learners."), "{list}");
}

#[test]
fn a_class_list_with_problems_says_where_and_adds_nobody() {
    let home = Home::new();
    let out = import(&home, "missing-name.csv");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("missing-name.csv:3: this line has no name"),
        "{err}"
    );
    let out = import(&home, "no-names.csv");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("has no column of names. Its first row has: UPN, Group."),
        "{}",
        stderr(&out)
    );
    let list = stdout(&home.run(&["learner", "list"], ""));
    assert!(list.contains("no learners"), "nobody added: {list}");
}

#[test]
fn two_records_of_one_pupil_are_merged_and_stay_merged() {
    let home = Home::new();
    home.run(&["learner", "add", "Siân Hughes", "--group", "9A"], "");
    home.run(&["learner", "add", "Sian Hughes", "--group", "9A"], "");
    let file = home.path().join("answer.py");
    std::fs::write(&file, RIGHT).unwrap();
    for who in ["Siân Hughes", "Sian Hughes"] {
        let out = run_with(
            home.slate().args(greet_args(&file, &["--learner", who])),
            "",
        );
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let old = home.path().join("old.json");
    let out = home.run(
        &[
            "export",
            "--learner",
            "Siân Hughes",
            "--out",
            old.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let both = home.path().join("both.json");
    home.run(&["export", "--out", both.to_str().unwrap()], "");
    let out = home.run(
        &["learner", "merge", "Siân Hughes", "--into", "sian hughes"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "Merged \"Siân Hughes (9A)\" into \"Sian Hughes (9A)\": 1 attempt moved, and nothing was lost."
    );
    let out = home.run(&["import", old.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("was merged into"), "{}", stdout(&out));
    let list = stdout(&home.run(&["learner", "list"], ""));
    assert!(
        list.contains("1 learner.") && !list.contains("Siân"),
        "{list}"
    );
    // Another computer that has both records takes the merge from the next export.
    let after = home.path().join("after.json");
    home.run(&["export", "--out", after.to_str().unwrap()], "");
    let other = Home::new();
    other.run(&["import", both.to_str().unwrap()], "");
    let out = other.run(&["import", after.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("merged them here too"),
        "{}",
        stdout(&out)
    );
    let list = stdout(&other.run(&["learner", "list"], ""));
    assert!(
        list.contains("1 learner.") && !list.contains("Siân"),
        "{list}"
    );
    let out = home.run(
        &["learner", "merge", "Sian Hughes", "--into", "SIAN hughes"],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "not into themselves");
}

/// A teacher sees why a pupil failed: the code and every test, hidden ones too, also after
/// the progress has moved to another computer; the pupil's own check keeps hidden tests'
/// details back.
#[test]
fn a_learners_attempts_are_shown_with_each_tests_feedback() {
    let home = Home::new();
    home.run(&["learner", "add", "Ali Khan", "--group", "9A"], "");
    let bob = fixture("class-work/9A/bob.py");
    let out = check(
        &home,
        &[bob.to_str().unwrap(), "--learner", "Ali Khan", "--json"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let ali = fixture("class-work/9A/ali.py");
    let out = check(
        &home,
        &[ali.to_str().unwrap(), "--learner", "Ali Khan", "--json"],
    );
    let v = json(&out);
    assert_eq!(
        v["tests"][1]["expected"],
        serde_json::Value::Null,
        "the pupil does not see a passed on-failure test's details"
    );

    let shown = |home: &Home, extra: &[&str]| {
        let mut args = vec!["learner", "show", "ali khan"];
        args.extend_from_slice(extra);
        let out = home.run(&args, "");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        stdout(&out)
    };
    let text = shown(&home, &[]);
    assert!(text.starts_with("Ali Khan (9A): 2 attempts"), "{text}");
    assert!(
        text.contains("good/greet: 0 out of 2, not passed."),
        "{text}"
    );
    assert!(text.contains("  2 | print('hello ' + name)"), "{text}");
    assert!(
        text.contains("Test 2, greets someone with a long name, failed: the output should be \"Hello, Oluwaseun!\", but your program printed \"hello Oluwaseun\". (hidden from learners)"),
        "{text}"
    );
    assert!(text.contains("good/greet: 2 out of 2, passed."), "{text}");

    let v: serde_json::Value = serde_json::from_str(&shown(&home, &["--json"])).unwrap();
    assert_eq!(v["format"], "slate-learner-attempts");
    assert_eq!(v["version"], 1);
    let test = &v["attempts"][0]["tests"][1];
    assert_eq!(test["hidden"], true);
    assert_eq!(test["detail"]["expected"], "Hello, Oluwaseun!\n");
    let test = &v["attempts"][1]["tests"][1];
    assert_eq!(test["feedback"], "passed.");
    assert_eq!(
        test["detail"]["expected"], "Hello, Oluwaseun!\n",
        "the teacher does"
    );
    let none = shown(&home, &["--exercise", "good/add"]);
    assert_eq!(none.trim(), "Ali Khan (9A) has no attempts to show yet.");

    // Exported and imported elsewhere, the details come too.
    let file = home.path().join("9a.json");
    home.run(&["export", "--out", file.to_str().unwrap()], "");
    let other = Home::new();
    let out = other.run(&["import", file.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(shown(&other, &[]), text);
}
