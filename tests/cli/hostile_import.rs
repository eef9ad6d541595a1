//! Export files that are wrong or hostile (`tests/fixtures/store/exports/`), a progress file in a
//! read-only folder, and files too large to read: `slate import`, `slate report`, `slate
//! learner list` and `slate export` stay safe and say what is wrong.
//!
//! Every hostile fixture has a correct checksum (`seal.py` made it), so it is refused for what
//! it holds. Each is imported after a good file in the same command, to show that nothing is
//! imported half-way.

use super::*;

fn export_fixture(name: &str) -> PathBuf {
    fixture(&format!("store/exports/{name}"))
}

/// The line (from 1) of the `{` that opens the object whose line `nth` (from 0) contains
/// `needle`: the line before it, as the fixtures are indented JSON.
fn object_line(file: &Path, needle: &str, nth: usize) -> usize {
    let text = std::fs::read_to_string(file).unwrap();
    let found = text
        .lines()
        .enumerate()
        .filter(|(_, l)| l.contains(needle))
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle} is in {}", file.display()));
    found.0
}

/// Imports the good file and then `name`, and checks that Slate refused, said so naming the
/// file, and imported nothing. Returns what it said.
fn refused(name: &str) -> String {
    let home = Home::new();
    let good = export_fixture("good.json");
    let bad = export_fixture(name);
    let out = home.run(
        &["import", good.to_str().unwrap(), bad.to_str().unwrap()],
        "",
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(stdout(&out).is_empty(), "{}", stdout(&out));
    assert!(err.contains(bad.to_str().unwrap()), "names the file: {err}");
    assert!(err.trim_end().ends_with("Nothing was imported."), "{err}");
    let list = home.run(&["learner", "list"], "");
    assert_eq!(
        stdout(&list).trim(),
        "There are no learners on this computer yet. Add one with `slate learner add NAME`.",
        "the good file was not imported either"
    );
    err
}

#[test]
fn a_good_file_imports() {
    let home = Home::new();
    let good = export_fixture("good.json");
    let out = home.run(&["import", good.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("2 learners (2 new, 0 already here) and 3 attempts (3 new"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn an_attempt_id_twice_with_different_content_is_refused() {
    let err = refused("same-attempt-twice.json");
    let file = export_fixture("same-attempt-twice.json");
    let line = object_line(&file, "\"id\": \"pc1-1\"", 1);
    assert!(
        err.starts_with(&format!(
            "{}:{line}: learner 1 (\"Ada Lovelace\"), attempt \"pc1-1\": Slate already has a different attempt with this id",
            file.display()
        )),
        "{err}"
    );
    assert!(
        err.contains("Export it again on the computer it came from"),
        "{err}"
    );
}

#[test]
fn an_attempt_listed_under_another_learner_is_refused() {
    let err = refused("attempt-of-another.json");
    let line = object_line(
        &export_fixture("attempt-of-another.json"),
        "\"id\": \"pc1-1\"",
        1,
    );
    assert!(
        err.contains(&format!(
            ":{line}: learner 2 (\"Bea\"), attempt \"pc1-1\": it belongs to \"Ada Lovelace\" in group 7B"
        )),
        "{err}"
    );
}

#[test]
fn a_test_status_that_does_not_exist_is_refused() {
    let err = refused("unknown-status.json");
    assert!(
        err.contains("attempt \"pc1-1\": its test \"t1\" has the status \"brilliant\", which Slate does not know (it knows passed, failed, error, time_limit, memory_limit, output_limit, not_run)"),
        "{err}"
    );
}

#[test]
fn points_above_the_most_possible_are_refused() {
    let err = refused("too-many-points.json");
    assert!(
        err.contains("attempt \"pc1-1\": its test \"t1\" gives 9 points out of 2"),
        "{err}"
    );
}

#[test]
fn an_event_that_ends_before_it_starts_is_refused() {
    let err = refused("event-backwards.json");
    let line = object_line(
        &export_fixture("event-backwards.json"),
        "\"kind\": \"hint\"",
        0,
    );
    assert!(
        err.contains(&format!(
            ":{line}: learner 1 (\"Ada Lovelace\"), the `hint` event for \"good/greet\": its `first` time is after its `last` time"
        )),
        "{err}"
    );
}

#[test]
fn times_outside_the_years_2000_to_2100_are_all_listed() {
    let err = refused("odd-times.json");
    let file = export_fixture("odd-times.json");
    let learner = object_line(&file, "\"id\": \"a1\"", 0);
    let attempt = object_line(&file, "\"id\": \"pc1-1\"", 0);
    assert!(
        err.starts_with(&format!(
            "{} has 2 problems, so Slate did not import it:\n",
            file.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "\n  - line {learner}: learner 1 (\"Ada Lovelace\"): its `created` time, 5000000000000, is not between the years 2000 and 2100\n"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "\n  - line {attempt}: learner 1 (\"Ada Lovelace\"), attempt \"pc1-1\": its `at` time, 0, is not between the years 2000 and 2100\n"
        )),
        "{err}"
    );
}

/// Bytes that act on a terminal: ESC, BEL, the C1 CSI, and the right-to-left override.
fn acts_on_a_terminal(text: &str) -> bool {
    text.contains(['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'])
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let err = refused("escapes.json");
    assert!(!acts_on_a_terminal(&err), "{err:?}");
    assert!(
        err.contains(
            "learner 1 (\"Ada␛[2J␛]0;pwned␇\"): its `name` \"Ada␛[2J␛]0;pwned␇\" has a control character (such as Escape), which Slate does not accept"
        ),
        "{err}"
    );
    assert!(
        err.contains("its `exercise` \"greet␛]52;c;ZWNobyBoYWNrZWQ=␇\" has a control character"),
        "the clipboard write is shown, not done: {err}"
    );
}

#[test]
fn a_name_with_a_direction_override_is_refused() {
    let err = refused("direction-override.json");
    assert!(!acts_on_a_terminal(&err), "{err:?}");
    assert!(
        err.contains(
            "its `name` \"Ada \u{fffd}ecalevoL\" has a character that changes the direction of text"
        ),
        "{err}"
    );
}

/// A store that already holds hostile ids and names (from an older Slate, or edited by hand):
/// what `slate learner list` and `slate report` show of them cannot act on the terminal.
#[test]
fn stored_ids_and_names_are_shown_safely() {
    let home = Home::new();
    let file = home.path().join("data").join("progress.sqlite3");
    {
        let mut store = slate::store::Store::open_at(&file).unwrap();
        let ada = store.add_learner("Ada", Some("7B")).unwrap();
        let attempt = slate::store::NewAttempt {
            learner: ada.id.clone(),
            pack: "maths\u{9b}2J".into(),
            pack_version: "1.0.0".into(),
            exercise: "sums\u{1b}]52;c;ZWNobyBoYWNrZWQ=\u{7}".into(),
            code: "print(1)\n".into(),
            tests: vec![],
            score: 0,
            max_score: 1,
            passed: false,
            duration_ms: 5,
            time_spent_ms: 0,
        };
        store.record_attempt(&attempt).unwrap();
    }
    let conn = rusqlite::Connection::open(&file).unwrap();
    conn.execute(
        "UPDATE learners SET name = ?1, grp = ?2",
        ["Ada\u{1b}[2J\u{202e}", "7B\u{1b}]0;x\u{7}"],
    )
    .unwrap();
    drop(conn);

    let list = home.run(&["learner", "list"], "");
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    let text = stdout(&list);
    assert!(!acts_on_a_terminal(&text), "{text:?}");
    assert!(text.contains("Ada␛[2J\u{fffd}  7B␛]0;x␇"), "{text}");

    for format in ["table", "csv"] {
        let out = home.run(&["report", "--format", format], "");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        assert!(!acts_on_a_terminal(&text), "{format}: {text:?}");
        assert!(text.contains("Ada␛[2J\u{fffd}"), "{format}: {text}");
        assert!(
            text.contains("sums␛]52;c;ZWNobyBoYWNrZWQ=␇"),
            "{format}: {text}"
        );
        assert!(text.contains("maths\u{fffd}2J"), "{format}: {text}");
    }
    let out = home.run(&["report", "--format", "html", "--out", "r.html"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let html = std::fs::read_to_string(home.path().join("r.html")).unwrap();
    assert!(!acts_on_a_terminal(&html), "{html:?}");
    assert!(html.contains("sums␛]52;c;ZWNobyBoYWNrZWQ=␇"), "{html}");
}

/// Everything in a folder: names, bytes and modification times.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>, std::time::SystemTime)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let path = e.unwrap().path();
            (
                path.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
                std::fs::metadata(&path).unwrap().modified().unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

/// `slate learner list`, `slate report` and `slate export` read a data folder that cannot be
/// written. They open the progress file read-only whatever the folder, so they are also shown
/// never to write: the file's bytes and time are the same after, and no `-wal`, `-shm` or
/// `-journal` file appears. (Tests may run as root, whom `chmod` does not stop; the check that
/// nothing was written holds either way.)
#[cfg(unix)]
#[test]
fn read_only_commands_work_in_a_read_only_folder_and_write_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let home = Home::new();
    let good = export_fixture("good.json");
    let out = home.run(&["import", good.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let data = home.path().join("data");
    let before = snapshot(&data);
    assert_eq!(
        before.len(),
        1,
        "only progress.sqlite3: {:?}",
        before.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let set_mode = |mode: u32| {
        for entry in std::fs::read_dir(&data).unwrap() {
            let path = entry.unwrap().path();
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode & 0o666)).unwrap();
        }
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set_mode(0o555);

    let list = home.run(&["learner", "list"], "");
    let report = home.run(&["report", "--format", "csv"], "");
    let export = home.run(&["export", "--out", "copy.json"], "");
    let after = snapshot(&data);
    set_mode(0o755);

    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    assert!(
        stdout(&list).contains("Ada Lovelace  7B"),
        "{}",
        stdout(&list)
    );
    assert_eq!(report.status.code(), Some(0), "{}", stderr(&report));
    assert!(
        stdout(&report).contains("Bea,7B,good"),
        "{}",
        stdout(&report)
    );
    assert_eq!(export.status.code(), Some(0), "{}", stderr(&export));
    assert_eq!(
        stdout(&export).trim(),
        "Exported 2 learners and 3 attempts to copy.json."
    );
    assert!(
        after == before,
        "the data folder changed: {:?}",
        after.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
}

#[test]
fn a_file_larger_than_the_cap_is_refused_before_it_is_read() {
    let home = Home::new();
    let big = home.path().join("big.json");
    let file = std::fs::File::create(&big).unwrap();
    std::io::Write::write_all(&mut &file, b"{\"format\": \"slate-progress\", ").unwrap();
    // Sparse: it takes no room on the disk.
    file.set_len(slate::store::exchange::MAX_FILE_BYTES + 1)
        .unwrap();
    drop(file);
    let out = home.run(&["import", "big.json"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "big.json is larger than 1024 MB, the most Slate imports from one file, so Slate did not read it. Check that it is a file from `slate export`; for a very large school, export one group at a time with `slate export --group`. Nothing was imported."
    );
}

/// `slate import /dev/zero` used to read until memory ran out.
#[cfg(unix)]
#[test]
fn an_endless_device_is_not_read() {
    let home = Home::new();
    let out = home.run(&["import", "/dev/zero"], "");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out).trim(),
        "/dev/zero is not a Slate progress file (those are made with `slate export`). Nothing was imported."
    );
}
