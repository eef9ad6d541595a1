//! The bundled course and practice set: sound, big enough, and CPython agrees.

use super::*;

fn pack_check(dir: &Path) {
    let home = Home::new();
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
}

#[test]
fn the_course_is_sound() {
    pack_check(&root().join("lessons/python-first-steps"));
}

#[test]
fn the_practice_set_is_sound() {
    pack_check(&root().join("exercises/python-practice"));
}

/// Counts from `slate pack list`: (lessons, exercises) for one pack.
fn counts(list: &str, pack: &str) -> (usize, usize) {
    let mut lines = list
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{pack} ")));
    lines.next().expect("the pack is listed");
    let summary = lines.nth(1).expect("a count line").trim().to_owned();
    let numbers: Vec<usize> = summary
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

#[test]
fn the_bundled_packs_are_big_enough() {
    let home = Home::new();
    let out = home.run(&["pack", "list"], "");
    let list = stdout(&out);
    let (lessons, exercises) = counts(&list, "python-first-steps");
    assert!(lessons >= 10, "{lessons} lessons");
    assert!(exercises >= 60, "{exercises} exercises");
    let (_, problems) = counts(&list, "python-practice");
    assert!(problems >= 40, "{problems} practice problems");
    // Every lesson of the course has 4 to 8 exercises and 2 to 4 pages, and says which
    // ideas it introduces.
    for entry in std::fs::read_dir(root().join("lessons/python-first-steps")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_owned();
        if name == "pack.toml" || !name.ends_with(".toml") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let doc: toml::Table = text.parse().unwrap();
        let pages = doc
            .get("page")
            .and_then(|p| p.as_array())
            .map_or(0, Vec::len);
        let exercises = doc
            .get("exercise")
            .and_then(|p| p.as_array())
            .map_or(0, Vec::len);
        let ideas = doc
            .get("ideas")
            .and_then(|p| p.as_array())
            .map_or(0, Vec::len);
        assert!((2..=4).contains(&pages), "{name}: {pages} pages");
        assert!(
            (4..=8).contains(&exercises),
            "{name}: {exercises} exercises"
        );
        assert!(ideas > 0, "{name} lists no ideas");
    }
}

/// The reference solutions also pass under CPython, so no exercise depends on how this
/// runtime differs from CPython. Skips (with a note) when python3 is not installed.
#[test]
fn cpython_agrees_with_the_reference_solutions() {
    let python = ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .args([
                "-c",
                "import sys, tomllib; sys.exit(0 if sys.version_info >= (3, 11) else 1)",
            ])
            .output()
            .is_ok_and(|o| o.status.success())
    });
    let Some(python) = python else {
        // CI installs python3 and sets SLATE_REQUIRE_PYTHON3, so there this cannot pass
        // without having run.
        assert!(
            std::env::var_os("SLATE_REQUIRE_PYTHON3").is_none(),
            "SLATE_REQUIRE_PYTHON3 is set but there is no python3 (3.11 or newer)"
        );
        eprintln!("skipped: no python3 (3.11 or newer) on this machine");
        return;
    };
    let out = Command::new(python)
        .arg(root().join("tests/cpython_check.py"))
        .arg(root().join("lessons/python-first-steps"))
        .arg(root().join("exercises/python-practice"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
}
