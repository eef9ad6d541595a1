//! `slate learner` and `slate check --learner`: learners on a shared PC, their attempts kept,
//! and a damaged progress file that never stops anyone running code.

use super::*;

/// `slate --packs good check good/greet FILE --json` and `who` (`--learner NAME`...).
pub fn greet_args(file: &std::path::Path, who: &[&str]) -> Vec<String> {
    let pack = fixture("packs/good");
    let mut args: Vec<String> = ["--packs", pack.to_str().unwrap(), "check", "good/greet"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    args.push(file.to_str().unwrap().to_owned());
    args.push("--json".into());
    args.extend(who.iter().map(|s| (*s).to_owned()));
    args
}

fn greet(home: &Home, program: &str, who: &[&str]) -> Output {
    let file = home.path().join("answer.py");
    std::fs::write(&file, program).unwrap();
    run_with(home.slate().args(greet_args(&file, who)), "")
}

pub const RIGHT: &str = "name = input()\nprint('Hello, ' + name + '!')\n";

#[test]
fn learners_are_added_listed_renamed_and_matched_loosely() {
    let home = Home::new();
    let out = home.run(
        &["learner", "add", "  ada   LOVELACE ", "--group", "7B"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Added \"ada LOVELACE\" in group 7B."));
    let out = home.run(&["learner", "add", "Ada Lovelace", "--group", "7b"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("There is already a learner called"));
    home.run(&["learner", "add", "Émile"], "");
    let out = home.run(
        &[
            "learner",
            "rename",
            "ADA lovelace",
            "Ada Lovelace",
            "--group",
            "7b",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list = stdout(&home.run(&["learner", "list"], ""));
    assert!(list.contains("Ada Lovelace  7B"), "{list}");
    assert!(list.contains("Émile"), "{list}");
    assert!(list.contains("2 learners."), "{list}");
    let list = stdout(&home.run(&["learner", "list", "--group", "7c"], ""));
    assert!(list.contains("no learners in group 7c"), "{list}");
}

#[test]
fn check_with_a_learner_keeps_the_attempt() {
    let home = Home::new();
    home.run(&["learner", "add", "Ada", "--group", "7B"], "");
    let v = json(&greet(
        &home,
        RIGHT,
        &["--learner", " ada ", "--group", "7b"],
    ));
    assert_eq!(v["passed"], true);
    let id = v["attempt"].as_str().expect("the attempt's id").to_owned();
    let without = json(&greet(&home, RIGHT, &[]));
    assert!(without.get("attempt").is_none(), "no learner, nothing kept");

    let export = home.path().join("ada.json");
    home.run(&["export", "--out", export.to_str().unwrap()], "");
    let file = slate::store::ExportFile::read(&export).unwrap();
    let attempts = &file.learners[0].attempts;
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0].id, id);
    assert_eq!(attempts[0].code, RIGHT);
    assert_eq!((attempts[0].score, attempts[0].max_score), (2, 2));
    assert_eq!(attempts[0].tests[0].status, "passed");
}

#[test]
fn check_never_creates_a_learner_silently() {
    let home = Home::new();
    let out = greet(&home, RIGHT, &["--learner", "Nobody", "--group", "7B"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "There is no learner called \"Nobody\" in group 7B on this computer. Add them with `slate learner add \"Nobody\" --group \"7B\"`, or see who is here with `slate learner list`."
    );
    assert!(stdout(&out).is_empty(), "nothing was marked");
}

/// A teacher types a pupil's name without their class: the only pupil of that name is found;
/// when two classes have one, Slate asks which.
#[test]
fn a_name_without_a_group_finds_the_only_learner_of_that_name() {
    let home = Home::new();
    home.run(&["learner", "add", "Ana Silva", "--group", "7B"], "");
    let v = json(&greet(&home, RIGHT, &["--learner", "ANA SILVA"]));
    assert_eq!(v["passed"], true);
    assert!(
        v["attempt"].is_string(),
        "the attempt is kept for Ana in 7B"
    );

    home.run(&["learner", "add", "Ana Silva", "--group", "8C"], "");
    let out = greet(&home, RIGHT, &["--learner", "ana silva"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "2 learners are called Ana Silva, in groups 7B, 8C. Add the group, for example \"Ana Silva\" --group \"7B\"."
    );
    assert!(stdout(&out).is_empty(), "nothing was marked");
    let out = greet(&home, RIGHT, &["--learner", "ana silva", "--group", "8c"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn forgetting_asks_first_and_then_deletes_everything() {
    let home = Home::new();
    home.run(&["learner", "add", "Ada"], "");
    home.run(&["learner", "add", "Bob"], "");
    greet(&home, RIGHT, &["--learner", "Ada"]);
    let out = home.run(&["learner", "forget", "ada"], "ada\n");
    assert_eq!(out.status.code(), Some(2), "stdin is not a terminal");
    assert!(stderr(&out).contains("add --yes"), "{}", stderr(&out));
    assert!(stdout(&home.run(&["learner", "list"], "")).contains("Ada"));

    let out = home.run(&["learner", "forget", "ada", "--yes"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("Slate has forgotten \"Ada\"."));
    let list = stdout(&home.run(&["learner", "list"], ""));
    assert!(!list.contains("Ada") && list.contains("Bob"), "{list}");
    // No trace of her code in the file, its log, or anywhere in the data folder.
    for entry in std::fs::read_dir(home.path().join("data")).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("Hello, ' + name"), "code left behind");
    }
}

#[test]
fn a_damaged_progress_file_is_kept_and_running_code_still_works() {
    let home = Home::new();
    let data = home.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    let file = data.join("progress.sqlite3");
    let junk = b"SQLite format 3\0 but then the USB stick was pulled out".repeat(100);
    std::fs::write(&file, &junk).unwrap();

    let out = home.run(&["learner", "list"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("is damaged, so Slate cannot read it"), "{err}");
    assert!(err.contains("left it untouched"), "{err}");
    let out = greet(&home, RIGHT, &["--learner", "Ada"]);
    assert!(stderr(&out).contains("is damaged"), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).unwrap(), junk, "never overwritten");

    let out = home.run(&["run", fixture("programs/hello.py").to_str().unwrap()], "");
    assert_eq!(stdout(&out), "hello\n", "{}", stderr(&out));
    let out = greet(&home, RIGHT, &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "checking without a learner works"
    );
}

#[test]
fn a_data_folder_that_cannot_be_made_is_a_clear_message() {
    let home = Home::new();
    std::fs::write(
        home.path().join("data"),
        "a file where the folder should be",
    )
    .unwrap();
    let out = home.run(&["learner", "add", "Ada"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("Slate cannot make its data folder"),
        "{}",
        stderr(&out)
    );
}
