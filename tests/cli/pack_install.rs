//! Packs over time and across computers: `slate pack install|remove|settings`, two copies of
//! one pack (the newer is used, the other named), `--only-packs` and `--packs-first`, and
//! `slate check FOLDER/EXERCISE`.

use super::pack::copy_dir;
use super::*;

/// A copy of the fixture `good` in `dir`, with `version` in its pack.toml.
fn good_copy(dir: &Path, version: &str) -> PathBuf {
    copy_dir(&fixture("packs/good"), dir);
    set_version(dir, version);
    dir.to_path_buf()
}

fn set_version(dir: &Path, version: &str) {
    let toml = std::fs::read_to_string(dir.join("pack.toml")).unwrap();
    let toml: String = toml
        .lines()
        .map(|l| {
            if l.starts_with("version") {
                format!("version = \"{version}\"\n")
            } else {
                format!("{l}\n")
            }
        })
        .collect();
    std::fs::write(dir.join("pack.toml"), toml).unwrap();
}

fn text(out: &Output) -> String {
    format!("{}{}", stdout(out), stderr(out))
}

/// The names in the data folder's `packs/`, hidden ones too.
fn installed(home: &Home) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(home.path().join("data/packs"))
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn installed_version(home: &Home) -> String {
    let toml = std::fs::read_to_string(home.path().join("data/packs/good/pack.toml")).unwrap();
    let line = toml.lines().find(|l| l.starts_with("version")).unwrap();
    line.split('"').nth(1).unwrap().to_owned()
}

#[test]
fn install_copies_a_checked_pack_and_replaces_only_an_older_version() {
    let home = Home::new();
    let mine = good_copy(&home.path().join("Good Pack"), "1.9");
    // A teacher's own files that are no part of the pack stay behind.
    std::fs::create_dir_all(mine.join(".git")).unwrap();
    std::fs::write(mine.join(".git/HEAD"), "ref").unwrap();
    let install = |extra: &[&str]| {
        let mut args = vec!["pack", "install", "Good Pack"];
        args.extend_from_slice(extra);
        home.run(&args, "")
    };

    // Last term's copy, in a folder of another name.
    good_copy(&home.path().join("data/packs/last-term"), "1.0");

    let out = install(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        stdout(&out).contains("is sound"),
        "checked first: {}",
        text(&out)
    );
    assert!(
        stdout(&out).contains("It replaces the older version 1.0."),
        "{}",
        text(&out)
    );
    assert!(
        stdout(&out).contains("Installed \"My first pack\" (good, version 1.9) in "),
        "{}",
        text(&out)
    );
    assert_eq!(installed(&home), ["good"]);
    assert!(
        home.path()
            .join("data/packs/good/files/average.py")
            .is_file()
    );
    assert!(!home.path().join("data/packs/good/.git").exists());

    set_version(&mine, "1.10");
    let out = install(&[]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        stdout(&out).contains("It replaces the older version 1.9."),
        "{}",
        text(&out)
    );
    assert_eq!(installed_version(&home), "1.10");

    set_version(&mine, "1.2");
    let out = install(&[]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        stderr(&out)
            .contains("Not installed: this computer has a newer version of \"good\" (1.10, in ")
            && stderr(&out).contains("run `slate pack install \"Good Pack\" --force`."),
        "{}",
        text(&out)
    );
    assert_eq!(installed_version(&home), "1.10", "nothing changed");

    let out = install(&["--force"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        stdout(&out).contains("It replaces the newer version 1.10, as --force asked."),
        "{}",
        text(&out)
    );
    assert_eq!(installed_version(&home), "1.2");
    assert_eq!(installed(&home), ["good"], "no temporary folder is left");

    // Installed, it is found without --packs.
    let out = home.run(&["pack", "list"], "");
    assert!(stdout(&out).contains("good/average"), "{}", text(&out));
}

#[test]
fn install_refuses_a_pack_with_problems() {
    let home = Home::new();
    let out = home.run(
        &[
            "pack",
            "install",
            fixture("packs/bad-solution").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(
        stdout(&out).contains("the reference solution fails the test"),
        "{}",
        text(&out)
    );
    assert!(stdout(&out).contains("Not installed: fix the problems above"));
    assert!(installed(&home).is_empty(), "{:?}", installed(&home));
}

#[test]
fn remove_takes_only_a_pack_installed_on_this_computer() {
    let home = Home::new();
    let out = home.run(&["pack", "remove", "python-first-steps"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "\"python-first-steps\" is one of Slate's own courses, so it cannot be removed"
        ),
        "{}",
        text(&out)
    );

    let good = fixture("packs/good");
    let out = home.run(
        &["--packs", good.to_str().unwrap(), "pack", "remove", "good"],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("\"good\" is not installed on this computer: Slate reads it from"),
        "{}",
        text(&out)
    );
    assert!(
        good.join("pack.toml").is_file(),
        "a --packs folder is never removed"
    );

    let out = home.run(&["pack", "install", good.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let out = home.run(&["pack", "remove", "good"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        stdout(&out).contains("Removed \"My first pack\" (good, version 1.0.0) from "),
        "{}",
        text(&out)
    );
    assert!(stdout(&out).contains("progress on it is kept"));
    assert!(installed(&home).is_empty(), "{:?}", installed(&home));

    let out = home.run(&["pack", "remove", "good"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("No pack \"good\" is installed on this computer"),
        "{}",
        text(&out)
    );
}

/// Last term's copy is installed; the teacher's new version is given with --packs.
#[test]
fn the_newer_copy_of_a_pack_is_used_and_the_other_named() {
    let home = Home::new();
    good_copy(&home.path().join("data/packs/good"), "1.9");
    let mine = good_copy(&home.path().join("mine"), "1.10");
    let answer = home.path().join("answer.py");
    std::fs::write(&answer, "def add(a, b):\n    return a + b\n").unwrap();
    let mine_arg = mine.to_str().unwrap();

    let out = home.run(
        &[
            "--packs",
            mine_arg,
            "check",
            "good/add",
            answer.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let err = stderr(&out);
    assert!(
        err.contains("Note: good version 1.9 in ")
            && err.contains(" is not used: a newer version (1.10) is in "),
        "{err}"
    );
    assert!(!err.contains("has problems"), "{err}");
    assert_eq!(err.lines().count(), 1, "one line: {err}");

    let out = home.run(&["--packs", mine_arg, "pack", "list"], "");
    let list = stdout(&out);
    assert!(list.contains("good (version 1.10)"), "{list}");
    assert!(!list.contains("good (version 1.9)"), "{list}");
    assert!(list.contains("good version 1.9 in "), "{list}");
    assert!(!list.contains("Not loaded"), "{list}");
    assert!(!list.contains("different `id`"), "{list}");

    // The tutor in plain mode says it in its own words, once, and carries on.
    let out = home.run(&["--packs", mine_arg, "--plain"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let said = stdout(&out);
    assert_eq!(said.matches("good version 1.9 in ").count(), 1, "{said}");
    assert!(!said.contains("have problems"), "{said}");
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));

    // `pack check` on either copy says the other is there, and which is newer.
    let out = home.run(&["pack", "check", mine_arg], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(
        stdout(&out).contains("Note: an older copy of \"good\" (version 1.9) is in "),
        "{}",
        text(&out)
    );
    set_version(&mine, "1.2");
    let out = home.run(&["pack", "check", mine_arg], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let said = stdout(&out);
    assert!(said.contains("is sound"), "{said}");
    assert!(
        said.contains("Note: another copy of \"good\" has a newer version (1.9), in ")
            && said.contains("raise `version` in this pack's pack.toml above 1.9"),
        "{said}"
    );
}

#[test]
fn only_packs_hides_slates_own_courses_and_packs_first_lists_teachers_first() {
    let home = Home::new();
    let good = fixture("packs/good");
    let good_arg = good.to_str().unwrap();
    let first_pack = |out: &Output| {
        stdout(out)
            .lines()
            .find(|l| l.contains("(version "))
            .map(|l| l.split(' ').next().unwrap().to_owned())
            .unwrap_or_default()
    };
    let out = home.run(&["--packs", good_arg, "pack", "list"], "");
    assert_eq!(first_pack(&out), "python-first-steps");

    let out = home.run(&["--packs", good_arg, "--packs-first", "pack", "list"], "");
    assert_eq!(first_pack(&out), "good");
    assert!(stdout(&out).contains("python-first-steps"));

    let only = |out: &Output| {
        let list = stdout(out);
        assert!(list.contains("good/add"), "{list}");
        assert!(!list.contains("python-first-steps"), "{list}");
        assert!(list.contains("Slate's own courses are hidden"), "{list}");
    };
    only(&home.run(&["--packs", good_arg, "--only-packs", "pack", "list"], ""));
    let mut cmd = home.slate();
    cmd.env("SLATE_ONLY_PACKS", "1")
        .args(["--packs", good_arg, "pack", "list"]);
    only(&run_with(&mut cmd, ""));
    let mut cmd = home.slate();
    cmd.env("SLATE_ONLY_PACKS", "0")
        .args(["--packs", good_arg, "pack", "list"]);
    assert!(stdout(&run_with(&mut cmd, "")).contains("python-first-steps"));

    // The setting, kept on this computer.
    let out = home.run(&["pack", "settings", "only-packs", "on"], "");
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(stdout(&out).contains("only-packs: on"), "{}", text(&out));
    only(&home.run(&["--packs", good_arg, "pack", "list"], ""));

    // With no teacher's pack to show, Slate's own stay, and commands say why.
    let answer = home.path().join("answer.py");
    std::fs::write(&answer, "print('Hello, world!')\n").unwrap();
    let out = home.run(
        &[
            "check",
            "python-first-steps/hello-world",
            answer.to_str().unwrap(),
        ],
        "",
    );
    assert!(
        stderr(&out).contains("Note: only teachers' packs were asked for, but Slate found none"),
        "{}",
        text(&out)
    );

    let out = home.run(&["pack", "settings", "only-packs", "off"], "");
    assert!(stdout(&out).contains("only-packs: off"), "{}", text(&out));
    let out = home.run(&["--packs", good_arg, "pack", "list"], "");
    assert!(stdout(&out).contains("python-first-steps"));
}

#[test]
fn check_names_an_exercise_by_its_pack_folder() {
    let home = Home::new();
    // The folder's name is not the pack's id ("good").
    copy_dir(&fixture("packs/good"), &home.path().join("Year 8 Pack"));
    let answer = home.path().join("answer.py");
    std::fs::write(&answer, "def add(a, b):\n    return a + b\n").unwrap();
    let folder = home.path().join("Year 8 Pack");
    for exercise in [
        "Year 8 Pack/add".to_owned(),
        "Year 8 Pack/hello/add".to_owned(),
        format!("{}/add", folder.display()),
    ] {
        let out = home.run(&["check", &exercise, "answer.py"], "");
        assert_eq!(out.status.code(), Some(0), "{exercise}: {}", text(&out));
        assert!(
            stdout(&out).contains("All 3 tests passed"),
            "{}",
            text(&out)
        );
    }

    // Not a folder here: say how to add one's own pack.
    let out = home.run(&["check", "my-pack/add", "answer.py"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains(
            "There is no pack called \"my-pack\". Run `slate pack list` to see the packs. If this is your own pack, add `--packs FOLDER`"
        ),
        "{}",
        text(&out)
    );

    // A folder of packs given with --packs, from somewhere else: the id to use.
    let elsewhere = tempfile::tempdir().unwrap();
    let mut cmd = home.slate();
    cmd.current_dir(elsewhere.path()).args([
        "--packs",
        home.path().to_str().unwrap(),
        "check",
        "Year 8 Pack/add",
        answer.to_str().unwrap(),
    ]);
    let out = run_with(&mut cmd, "");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        stderr(&out).contains(
            "The folder \"Year 8 Pack\" holds a pack whose id is \"good\": use good/add."
        ),
        "{}",
        text(&out)
    );

    // A broken pack's folder: how to see what is wrong.
    let out = home.run(
        &[
            "check",
            &format!("{}/greet", fixture("packs/broken-toml").display()),
            "answer.py",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Run `slate pack check "),
        "{}",
        text(&out)
    );
}
