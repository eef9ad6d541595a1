//! `slate export`, `slate import` and `slate report`: progress carried between lab PCs on a
//! USB stick, merged without duplicates, and reported to the teacher.
//!
//! The export files here are built with the library's own types (fixed ids and times), as
//! several PCs would have written them.

use super::*;
use slate::store::exchange::{ExportAttempt, ExportEvent, ExportLearner, ExportSetting};
use slate::store::{ExportFile, Selection, Store, TestRecord};

/// 2025-03-14 09:00 UTC, and minutes after it.
pub(super) fn t(minutes: i64) -> i64 {
    1_741_942_800_000 + minutes * 60_000
}

pub(super) fn attempt(
    id: &str,
    machine: &str,
    minute: i64,
    exercise: &str,
    score: u32,
) -> ExportAttempt {
    let max = 2;
    ExportAttempt {
        id: id.into(),
        machine: machine.into(),
        at: t(minute),
        pack: "good".into(),
        pack_version: "1.0.0".into(),
        exercise: exercise.into(),
        code: format!("# attempt {id}\nprint('Hello')\n"),
        tests: vec![TestRecord {
            id: "t1".into(),
            status: if score == max { "passed" } else { "failed" }.into(),
            points: score,
            max_points: max,
            detail: None,
        }],
        score,
        max_score: max,
        passed: score == max,
        duration_ms: 250,
        time_spent_ms: 90_000,
    }
}

pub(super) fn learner(id: &str, name: &str, group: Option<&str>, minute: i64) -> ExportLearner {
    ExportLearner {
        id: id.into(),
        also_known_as: vec![],
        merged: vec![],
        name: name.into(),
        group: group.map(Into::into),
        created: t(minute),
        last_seen: t(minute + 30),
        name_set: t(minute),
        settings: vec![],
        attempts: vec![],
        events: vec![],
    }
}

fn hint(exercise: &str, index: u32, minute: i64) -> ExportEvent {
    ExportEvent::Hint {
        pack: "good".into(),
        exercise: exercise.into(),
        index,
        first: t(minute),
        last: t(minute),
    }
}

/// Three lab PCs. Ada was added on PC 1 and PC 2 separately; Bea is only on PC 2 and PC 3
/// (the same id: she was imported from PC 2 into PC 3 earlier); Cy is only on PC 3.
fn machines() -> Vec<ExportFile> {
    let mut ada1 = learner("a1", "Ada Lovelace", Some("7B"), 0);
    ada1.attempts = vec![
        attempt("pc1-1", "pc1", 1, "greet", 0),
        attempt("pc1-2", "pc1", 5, "greet", 2),
        attempt("pc1-3", "pc1", 9, "add", 1),
    ];
    ada1.events = vec![hint("add", 0, 8)];
    ada1.settings = vec![ExportSetting {
        key: "theme".into(),
        value: "dark".into(),
        updated: t(2),
    }];
    let mut ada2 = learner("a2", "  ada   LOVELACE ", Some("7b"), 60);
    ada2.name = "ada lovelace".into();
    ada2.attempts = vec![attempt("pc2-1", "pc2", 61, "add", 2)];
    ada2.events = vec![hint("add", 1, 62), hint("add", 0, 3)];
    ada2.settings = vec![ExportSetting {
        key: "theme".into(),
        value: "high-contrast".into(),
        updated: t(63),
    }];
    let mut bea2 = learner("b1", "Bea", Some("7B"), 0);
    bea2.attempts = vec![attempt("pc2-2", "pc2", 70, "count", 0)];
    let mut bea3 = bea2.clone();
    bea3.attempts.push(attempt("pc3-1", "pc3", 120, "count", 0));
    bea3.attempts.push(attempt("pc3-2", "pc3", 121, "greet", 0));
    bea3.events = vec![ExportEvent::Page {
        pack: "good".into(),
        lesson: "hello".into(),
        index: 0,
        first: t(119),
        last: t(119),
    }];
    let mut cy = learner("c1", "Cy", Some("7C"), 0);
    cy.attempts = vec![attempt("pc3-3", "pc3", 130, "count", 2)];
    vec![
        ExportFile::new("pc1", t(200), vec![ada1]),
        ExportFile::new("pc2", t(200), vec![ada2, bea2]),
        ExportFile::new("pc3", t(200), vec![bea3, cy]),
    ]
}

pub(super) fn write(home: &Home, name: &str, file: &ExportFile) -> PathBuf {
    let path = home.path().join(name);
    std::fs::write(&path, file.to_json()).unwrap();
    path
}

/// Writes each PC's file as `pcN.json`.
fn write_all(home: &Home, files: &[ExportFile]) -> Vec<PathBuf> {
    files
        .iter()
        .enumerate()
        .map(|(i, f)| write(home, &format!("pc{}.json", i + 1), f))
        .collect()
}

fn store(home: &Home) -> Store {
    Store::open_at(&home.path().join("data").join("progress.sqlite3")).unwrap()
}

/// What a store holds, without the ids that depend on the order of merging.
fn content(home: &Home) -> String {
    let mut file = store(home).export(Selection::All).unwrap();
    for l in &mut file.learners {
        l.id = String::new();
        l.also_known_as.clear();
    }
    serde_json::to_string_pretty(&file.learners).unwrap()
}

pub(super) fn import(home: &Home, files: &[&PathBuf]) -> Output {
    let mut args = vec!["import"];
    args.extend(files.iter().map(|f| f.to_str().unwrap()));
    home.run(&args, "")
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let home = Home::new();
    let files = write_all(&home, &machines());
    let out = import(&home, &[&files[0], &files[1]]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let once = content(&home);
    let again = import(&home, &[&files[1], &files[0]]);
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(
        stdout(&again).contains("(0 new, 5 already here)"),
        "{}",
        stdout(&again)
    );
    assert_eq!(content(&home), once);
}

#[test]
fn merging_in_any_order_gives_the_same_progress() {
    let orders: [[usize; 3]; 3] = [[0, 1, 2], [2, 0, 1], [1, 2, 0]];
    let mut results = Vec::new();
    for order in orders {
        let home = Home::new();
        let files = write_all(&home, &machines());
        // One import command per file, as a teacher going round the PCs would.
        for i in order {
            let out = import(&home, &[&files[i]]);
            assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        }
        results.push(content(&home));
    }
    assert_eq!(results[0], results[1]);
    assert_eq!(results[0], results[2]);

    // And the merged content is right: nobody duplicated, nothing lost.
    let home = Home::new();
    let files = write_all(&home, &machines());
    let out = import(&home, &[&files[0], &files[1], &files[2]]);
    assert!(
        stdout(&out).contains("Imported 3 files: 5 learners (3 new, 2 already here)"),
        "{}",
        stdout(&out)
    );
    let s = store(&home);
    let learners = s.learners().unwrap();
    let names: Vec<_> = learners.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        names,
        ["Ada Lovelace", "Bea", "Cy"],
        "the two Adas are one, with the earliest spelling (only the capitals differ)"
    );
    let ada = &learners[0];
    let p = s.progress(&ada.id, "good").unwrap();
    assert_eq!(p["greet"].attempts, 2);
    assert_eq!(p["add"].attempts, 2);
    assert_eq!(p["add"].hints_used, 2, "hints from both PCs");
    assert_eq!(
        s.setting(&ada.id, "theme").unwrap().as_deref(),
        Some("high-contrast"),
        "the newest setting wins"
    );
    assert_eq!(ada.created, t(0), "the earliest creation");
    let bea = &learners[1];
    assert_eq!(s.progress(&bea.id, "good").unwrap()["count"].attempts, 2);
    assert_eq!(s.pages_read(&bea.id, "good", "hello").unwrap(), [0]);
}

#[test]
fn a_learner_known_under_two_ids_stays_one_after_a_rename() {
    // PC 1 and PC 2 both added Ada; the teacher merged them here. Later PC 2 renamed her.
    let home = Home::new();
    let m = machines();
    let pc1 = write(&home, "pc1.json", &m[0]);
    let pc2 = write(&home, "pc2.json", &m[1]);
    import(&home, &[&pc1, &pc2]);
    let mut renamed = m[1].learners[0].clone();
    renamed.name = "Ada King".into();
    renamed.name_set = t(500);
    renamed
        .attempts
        .push(attempt("pc2-9", "pc2", 501, "count", 2));
    let later = write(
        &home,
        "later.json",
        &ExportFile::new("pc2", t(600), vec![renamed]),
    );
    let out = import(&home, &[&later]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("\"Ada Lovelace\" was renamed to \"Ada King\" on another computer"),
        "{}",
        stdout(&out)
    );
    let s = store(&home);
    let names: Vec<_> = s.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Ada King", "Bea"]);
    // An older file with the old name does not undo the rename.
    let out = import(&home, &[&pc1]);
    assert!(stdout(&out).contains("older name"), "{}", stdout(&out));
    let names: Vec<_> = s.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Ada King", "Bea"]);
}

#[test]
fn a_rename_that_clashes_is_refused_and_nothing_is_imported() {
    let home = Home::new();
    let m = machines();
    let pc2 = write(&home, "pc2.json", &m[1]);
    import(&home, &[&pc2]);
    let before = content(&home);
    // On another PC, Bea (b1) was renamed to Ada Lovelace: but Ada Lovelace is someone else.
    let mut bea = m[1].learners[1].clone();
    bea.name = "Ada Lovelace".into();
    bea.name_set = t(900);
    let mut cy = m[2].learners[1].clone();
    cy.attempts.push(attempt("pc9-1", "pc9", 901, "add", 2));
    let clash = write(
        &home,
        "clash.json",
        &ExportFile::new("pc9", t(901), vec![cy, bea]),
    );
    let out = import(&home, &[&clash]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("clash.json"), "{err}");
    assert!(
        err.contains("another learner here is called \"ada lovelace\""),
        "{err}"
    );
    assert!(err.contains("Nothing was imported."), "{err}");
    assert_eq!(content(&home), before, "Cy was not imported either");
}

#[test]
fn bad_files_are_refused_with_clear_messages_and_change_nothing() {
    let home = Home::new();
    let m = machines();
    let good = write(&home, "good.json", &m[0]);
    let text = m[1].to_json();

    let cut = home.path().join("cut.json");
    std::fs::write(&cut, &text[..text.len() / 2]).unwrap();
    let edited = home.path().join("edited.json");
    std::fs::write(&edited, text.replacen("\"score\": 0", "\"score\": 2", 1)).unwrap();
    let newer = home.path().join("newer.json");
    std::fs::write(&newer, text.replacen("\"version\": 2", "\"version\": 7", 1)).unwrap();
    let broken = home.path().join("broken.json");
    std::fs::write(
        &broken,
        text.replacen("\"name\": \"Bea\",", "\"name\": \"Bea\"", 1),
    )
    .unwrap();
    let wrong = home.path().join("wrong.json");
    std::fs::write(
        &wrong,
        text.replacen("\"score\": 0", "\"score\": \"none\"", 1),
    )
    .unwrap();
    let csv = home.path().join("marks.csv");
    std::fs::write(&csv, "name,score\nAda,3\n").unwrap();

    let cases: [(&PathBuf, &str); 6] = [
        (&cut, "ends too early"),
        (&edited, "was changed after Slate wrote it"),
        (&newer, "newer version of Slate (progress format 7"),
        (&broken, "expected `,` or `}`"),
        (&wrong, "invalid type: string \"none\""),
        (&csv, "is not a Slate progress file"),
    ];
    for (file, expected) in cases {
        // The good file first: it must not be imported either.
        let out = import(&home, &[&good, file]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(expected), "{}: {err}", file.display());
        assert!(
            err.contains(file.file_name().unwrap().to_str().unwrap()),
            "{err}"
        );
        assert!(err.contains("Nothing was imported."), "{err}");
        assert!(store(&home).learners().unwrap().is_empty(), "{err}");
    }
    // JSON errors point at the line and column.
    let out = import(&home, &[&broken]);
    let line = text
        .lines()
        .position(|l| l.contains("\"name\": \"Bea\""))
        .unwrap()
        + 2;
    assert!(
        stderr(&out).contains(&format!("broken.json:{line}:")),
        "line {line}: {}",
        stderr(&out)
    );
}

#[test]
fn export_chooses_a_learner_or_a_group() {
    let home = Home::new();
    let files = write_all(&home, &machines());
    import(&home, &[&files[0], &files[1], &files[2]]);
    let out = home.run(&["export", "--group", "7b", "--out", "class.json"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out).trim(),
        "Exported 2 learners and 7 attempts to class.json."
    );
    let class = ExportFile::read(&home.path().join("class.json")).unwrap();
    assert_eq!(class.learners.len(), 2);
    let ada = &class.learners[0];
    assert_eq!(ada.also_known_as.len(), 1, "the merged id travels with her");

    let out = home.run(
        &[
            "export",
            "--learner",
            "cy",
            "--group",
            "7C",
            "--out",
            "cy.json",
        ],
        "",
    );
    assert_eq!(
        stdout(&out).trim(),
        "Exported 1 learner and 1 attempt to cy.json."
    );
    let out = home.run(&["export", "--learner", "Zed", "--out", "z.json"], "");
    assert!(
        stderr(&out).contains("slate learner add"),
        "{}",
        stderr(&out)
    );
    assert!(!home.path().join("z.json").exists());

    // A file exported here imports into a fresh computer as the same learners.
    let other = Home::new();
    let copy = other.path().join("class.json");
    std::fs::copy(home.path().join("class.json"), &copy).unwrap();
    import(&other, &[&copy]);
    assert_eq!(store(&other).learners().unwrap().len(), 2);
}

/// The fixture pack's version is 1.0.0; one attempt was made with 0.9.0, one exercise has
/// left the pack, and one pack is not installed here.
pub(super) fn report_home() -> Home {
    let home = Home::new();
    let mut m = machines();
    m[0].learners[0].attempts.push(ExportAttempt {
        pack_version: "0.9.0".into(),
        ..attempt("pc1-4", "pc1", 11, "average", 1)
    });
    m[0].learners[0]
        .attempts
        .push(attempt("pc1-5", "pc1", 12, "retired", 0));
    m[0].learners[0].attempts.push(ExportAttempt {
        pack: "maths-club".into(),
        ..attempt("pc1-6", "pc1", 13, "fractions", 2)
    });
    m[2].learners[0].name = "=1+1 Béatrice".into();
    m[2].learners[0].name_set = t(300);
    let m = [
        ExportFile::new("pc1", t(200), m[0].learners.clone()),
        m[1].clone(),
        ExportFile::new("pc3", t(200), m[2].learners.clone()),
    ];
    let files = write_all(&home, &m);
    let out = import(&home, &[&files[0], &files[1], &files[2]]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    home
}

pub(super) fn report(home: &Home, extra: &[&str]) -> Output {
    let pack = fixture("packs/good");
    let mut args = vec!["--packs", pack.to_str().unwrap(), "report"];
    args.extend(extra);
    home.run(&args, "")
}

/// The report's own time and Slate's version change from run to run.
fn stable(text: &str) -> String {
    let made = regex::Regex::new(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC").unwrap();
    let version = regex::Regex::new(r"Slate \d+\.\d+\.\d+").unwrap();
    let text = made.replace_all(text, "[made]");
    version.replace_all(&text, "Slate [version]").into_owned()
}

#[test]
fn report_as_csv() {
    let home = report_home();
    let out = report(&home, &["--format", "csv", "--group", "7B"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        out.stdout.starts_with("\u{feff}".as_bytes()),
        "a byte-order mark for Excel"
    );
    let text = stdout(&out);
    assert!(text.contains("\r\n"), "CRLF line ends");
    assert!(text.contains("'=1+1 Béatrice"), "no formula injection");
    // Every row has every column, as a spreadsheet expects.
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let widths: Vec<usize> = reader.records().map(|r| r.unwrap().len()).collect();
    assert!(widths.iter().all(|w| *w == 23), "{widths:?}");
    insta::assert_snapshot!("report_csv", text.replace("\r\n", "\n"));
}

#[test]
fn report_as_html() {
    let home = report_home();
    let out = report(&home, &["--format", "html", "--out", "class.html"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "Wrote the report to class.html.");
    let html = std::fs::read_to_string(home.path().join("class.html")).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en-GB\">"));
    assert!(
        !html.contains("http://") || !html.contains("src=\"http"),
        "no network"
    );
    assert!(!html.contains("<script"), "no scripts");
    assert!(html.contains("<th scope=\"row\">"));
    assert!(html.contains("<desc id=\"progress-desc\">"));
    assert!(html.contains("=1+1 Béatrice"));
    assert!(html.contains("(older pack version)"));
    assert!(html.contains("Pack not installed on this computer"));
    insta::assert_snapshot!("report_html", stable(&html));
}

#[test]
fn report_as_a_table() {
    let home = report_home();
    let out = report(&home, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    insta::assert_snapshot!("report_table", stable(&stdout(&out)));
    let out = report(&home, &["--group", "9Z"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("no learners in group 9Z"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_report_before_anyone_has_tried_says_so() {
    let home = Home::new();
    home.run(&["learner", "add", "Ada", "--group", "7B"], "");
    for format in ["table", "html"] {
        let out = report(&home, &["--format", format]);
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(
            text.contains("Nobody has checked an exercise yet."),
            "{text}"
        );
        assert!(!text.contains("Nobody is stuck"), "{text}");
    }
}

/// A Welsh teacher gets the whole table in Welsh: headings, plurals (with their mutations),
/// durations and the notes, lined up by display width; names, ids and dates stay as they are.
#[test]
fn report_as_a_table_in_welsh() {
    let home = report_home();
    let pack = fixture("packs/good");
    let out = home.run(
        &["--lang", "cy", "--packs", pack.to_str().unwrap(), "report"],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("3 dysgwr, 6 ymarfer mewn 2 becyn"), "{text}");
    insta::assert_snapshot!("report_table_cy", stable(&text));

    let out = home.run(&["--lang", "cy", "report", "--group", "9Z"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Does dim dysgwyr yn y grŵp 9Z"),
        "{}",
        stderr(&out)
    );
}
