//! `slate pack check|new|list|schema` on fixture packs.

use super::*;

mod hostile;
mod teacher;

fn pack_check(name: &str) -> (Option<i32>, String) {
    let home = Home::new();
    let dir = fixture(&format!("packs/{name}"));
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    (
        out.status.code(),
        format!("{}{}", stdout(&out), stderr(&out)),
    )
}

#[test]
fn a_sound_pack_passes() {
    let (code, text) = pack_check("good");
    assert_eq!(code, Some(0), "{text}");
    assert!(text.contains("is sound"), "{text}");
}

#[test]
fn toml_errors_have_file_line_and_column() {
    let (code, text) = pack_check("broken-toml");
    assert_eq!(code, Some(1), "{text}");
    assert!(text.contains("01.toml:2:"), "{text}");
    assert!(text.contains("not valid TOML"), "{text}");
}

#[test]
fn unknown_fields_suggest_the_right_name() {
    let (code, text) = pack_check("unknown-field");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("pack.toml:5:1: unknown field `autor`"),
        "{text}"
    );
    assert!(text.contains("did you mean `authors`?"), "{text}");
    assert!(text.contains("01.toml:9:1: unknown field `hint`"), "{text}");
    assert!(text.contains("did you mean `hints`?"), "{text}");
    assert!(text.contains("unknown field `mach`"), "{text}");
    assert!(text.contains("did you mean `match`?"), "{text}");
    assert!(
        text.contains("3 problems found"),
        "every problem is reported at once: {text}"
    );
}

#[test]
fn duplicate_ids_are_reported_with_both_places() {
    let (code, text) = pack_check("duplicate-ids");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("the lesson id \"one\" is already used at"),
        "{text}"
    );
    assert!(
        text.contains("the exercise id \"same\" is already used at"),
        "{text}"
    );
    assert!(text.contains("have the id \"prints-b\""), "{text}");
}

#[test]
fn missing_files_are_reported() {
    let (code, text) = pack_check("missing-files");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("cannot read the lesson file 02-not-here.toml"),
        "{text}"
    );
    assert!(text.contains("cannot read no-such-solution.py"), "{text}");
}

#[test]
fn paths_outside_the_pack_are_refused() {
    let (code, text) = pack_check("escape/pack");
    assert_eq!(code, Some(1));
    assert!(!text.contains("print(\"secret\")"));
    assert_eq!(
        text.matches("outside the pack's folder").count(),
        2,
        "{text}"
    );
}

#[test]
fn tests_with_nothing_to_compare_are_reported() {
    let (code, text) = pack_check("nothing-to-compare");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("\"does something\" has nothing to compare"),
        "{text}"
    );
    assert!(text.contains("has `call` but no `returns`"), "{text}");
    assert!(text.contains("\"mixed\" mixes different kinds"), "{text}");
    assert!(text.contains("cannot look for \"loop\""), "{text}");
}

#[test]
fn a_failing_solution_is_reported_with_the_difference() {
    let (code, text) = pack_check("bad-solution");
    assert_eq!(code, Some(1));
    assert!(
        text.contains(
            "01.toml:14:1: exercise \"greet\": the reference solution fails the test \"greets Ada\""
        ),
        "{text}"
    );
    assert!(text.contains("- Hello, Ada"), "{text}");
    assert!(text.contains("+ Hello Ada"), "{text}");
}

#[test]
fn a_starter_that_passes_is_reported() {
    let (code, text) = pack_check("starter-passes");
    assert_eq!(code, Some(1));
    assert!(
        text.contains("the starter code already passes every test"),
        "{text}"
    );
}

#[test]
fn a_newer_format_asks_for_a_newer_slate() {
    let (code, text) = pack_check("newer-format");
    assert_eq!(code, Some(1));
    assert!(text.contains("made for a newer version of Slate"), "{text}");
    assert!(
        !text.contains("teleport"),
        "only the format is reported: {text}"
    );
}

#[test]
fn not_a_pack_is_a_usage_error() {
    let home = Home::new();
    let out = home.run(&["pack", "check", home.path().to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("has no pack.toml"));
}

#[test]
fn new_makes_a_pack_that_checks() {
    let home = Home::new();
    let dir = home.path().join("Year 8 Loops");
    let out = home.run(&["pack", "new", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let toml = std::fs::read_to_string(dir.join("pack.toml")).unwrap();
    assert!(toml.contains("id = \"year-8-loops\""), "{toml}");
    let check = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    // It never overwrites.
    let again = home.run(&["pack", "new", dir.to_str().unwrap()], "");
    assert_eq!(again.status.code(), Some(2));
}

#[test]
fn list_shows_bundled_and_extra_packs_and_skips_broken_ones() {
    let home = Home::new();
    let good = fixture("packs/good");
    let broken = fixture("packs/broken-toml");
    let out = home.run(
        &[
            "--packs",
            good.to_str().unwrap(),
            "--packs",
            broken.to_str().unwrap(),
            "pack",
            "list",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.contains("good/greet"), "{text}");
    assert!(text.contains("good/add"), "{text}");
    assert!(text.contains("Not loaded:"), "{text}");
}

#[test]
fn packs_in_the_data_folder_are_found() {
    let home = Home::new();
    let packs = home.path().join("data").join("packs").join("good");
    std::fs::create_dir_all(packs.parent().unwrap()).unwrap();
    copy_dir(&fixture("packs/good"), &packs);
    let out = home.run(&["pack", "list"], "");
    assert!(stdout(&out).contains("good/average"), "{}", stdout(&out));
}

#[test]
fn schema_is_json_schema() {
    let home = Home::new();
    let out = home.run(&["pack", "schema", "--for", "lesson"], "");
    let v = json(&out);
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    assert!(v["properties"]["exercise"]["items"]["properties"]["hints"].is_object());
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

#[test]
fn translation_mistakes_have_file_line_and_column() {
    let (code, text) = pack_check("bad-translation");
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains(
            "translations/cy/01-hello.toml:10:22: the test \"greets-adda\" is not in 01-hello.toml"
        ),
        "{text}"
    );
    assert!(text.contains("did you mean \"greets-ada\"?"), "{text}");
    assert!(
        text.contains("translations/cy/01-hello.toml:13:11: the exercise \"gret\" is not in"),
        "{text}"
    );
    // A field a translation cannot have is named, with the field it was probably meant to
    // be, like any other unknown field.
    assert!(
        text.contains(
            "translations/es/01-hello.toml:2:1: unknown field `titel` in an [exercise.ID] of a translation"
        ),
        "{text}"
    );
    assert!(text.contains("did you mean `title`?"), "{text}");
    assert!(
        text.contains("no lesson file 99-none.toml in this pack"),
        "{text}"
    );
    assert!(
        text.contains("\"not_a_tag\" is not a language tag"),
        "{text}"
    );
    // Well-formed parts still translate: marking in Welsh uses the translated test name.
    let home = Home::new();
    let pack = fixture("packs/bad-translation");
    let file = home.path().join("answer.py");
    std::fs::write(&file, "name = input()\nprint('Hello ' + name)\n").unwrap();
    let out = home.run(
        &[
            "--lang",
            "cy",
            "--packs",
            pack.to_str().unwrap(),
            "check",
            "bad-translation/greet",
            file.to_str().unwrap(),
        ],
        "",
    );
    let shown = stdout(&out);
    assert!(shown.contains("Prawf 1, yn cyfarch Ada"), "{shown}");
    assert!(shown.contains("Cyfarch rhywun"), "{shown}");
}

/// The files of "A complete example" in `docs/lesson-packs.md`: each is named on a line of
/// its own (`` `my-pack/pack.toml`: ``) and followed by a fenced block.
pub fn documented_example() -> Vec<(String, String)> {
    let doc = std::fs::read_to_string(root().join("docs/lesson-packs.md")).unwrap();
    let (_, example) = doc
        .split_once("## A complete example")
        .expect("the guide has a complete example");
    let mut files = Vec::new();
    let mut lines = example.lines();
    while let Some(line) = lines.next() {
        let Some(name) = line
            .strip_prefix('`')
            .and_then(|l| l.strip_suffix("`:"))
            .and_then(|l| l.strip_prefix("my-pack/"))
        else {
            continue;
        };
        let fence = lines
            .by_ref()
            .find(|l| !l.trim().is_empty())
            .expect("a block after the file name");
        let fence = fence.trim_end_matches(|c: char| c.is_alphanumeric());
        assert!(fence.starts_with("```"), "{name} is followed by {fence:?}");
        let body: Vec<&str> = lines.by_ref().take_while(|l| *l != fence).collect();
        files.push((name.to_owned(), body.join("\n") + "\n"));
    }
    files
}

/// A teacher who copies the guide's example gets a pack that loads, checks and marks.
#[test]
fn the_guides_complete_example_is_a_sound_pack() {
    let home = Home::new();
    let dir = home.path().join("my-pack");
    std::fs::create_dir_all(&dir).unwrap();
    let files = documented_example();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["pack.toml", "01-hello.toml"]);
    for (name, text) in &files {
        std::fs::write(dir.join(name), text).unwrap();
    }
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("\"My first pack\" is sound"), "{text}");

    // "then try it: `slate check my-pack/add myfile.py`"
    let answer = home.path().join("myfile.py");
    std::fs::write(&answer, "def add(a, b):\n    return a + b\n").unwrap();
    let out = home.run(
        &[
            "--packs",
            home.path().to_str().unwrap(),
            "check",
            "my-pack/add",
            answer.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("All 3 tests passed"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn numbers_out_of_range_are_reported_at_their_place() {
    let (code, text) = pack_check("bad-numbers");
    assert_eq!(code, Some(1), "{text}");
    for expected in [
        "pack.toml:2:10: `format` cannot be 99999999999999999999999\n    help: write `format = 1`",
        "pack.toml:5:10: `locale` cannot be \"../../etc\"\n    help: use a language tag, like \"cy\", \"en-GB\" or \"pt-BR\"",
        "pack.toml:9:8: `time` cannot be 1e-300\n    help: use a number of seconds from 0.1 to 60",
        "pack.toml:10:10: `memory` cannot be 99999999999999999999999\n    help: use a whole number of megabytes from 1 to 2048",
        "pack.toml:11:10: `output` cannot be 0\n    help: use a whole number of kilobytes from 1 to 1048576",
        "pack.toml:15:12: `attempts` cannot be 0\n    help: use a whole number from 1 to 1000",
        "01.toml:14:13: `tolerance` cannot be nan\n    help: use a number from 0 to 1000000",
        "01.toml:15:10: `points` cannot be 99999999999999999999999\n    help: use a whole number from 0 to 1000",
        "01.toml:18:8: `time` cannot be inf\n    help: use a number of seconds from 0.1 to 60",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    assert!(text.contains("9 problems found"), "{text}");
}

#[test]
fn nesting_too_deep_is_reported_at_its_place() {
    let (code, text) = pack_check("too-deep");
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("01.toml:5:3: this is nested too deeply for Slate to read (recursion limit)"),
        "{text}"
    );
    assert!(text.contains("02.toml:2:"), "{text}");
    assert!(text.contains("nested too deeply"), "{text}");
    assert!(
        text.contains("help: a pack needs only a few levels of brackets"),
        "{text}"
    );
}

/// A copy of the fixture `good` to damage.
fn good_copy(home: &Home) -> PathBuf {
    let dir = home.path().join("good");
    copy_dir(&fixture("packs/good"), &dir);
    dir
}

pub(super) fn check_dir(home: &Home, dir: &Path) -> (Option<i32>, String) {
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    (
        out.status.code(),
        format!("{}{}", stdout(&out), stderr(&out)),
    )
}

#[test]
fn a_file_that_is_not_utf8_is_placed_at_its_first_bad_byte() {
    let home = Home::new();
    let dir = good_copy(&home);
    let lesson = dir.join("01-hello.toml");
    let mut bytes = std::fs::read(&lesson).unwrap();
    // Line 2 is `title = "Hello and adding up"`: damage the "a" of "and".
    let at = bytes.iter().position(|b| *b == b'\n').unwrap() + 1 + "title = \"Hello ".len();
    bytes[at] = 0xff;
    std::fs::write(&lesson, bytes).unwrap();
    let (code, text) = check_dir(&home, &dir);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("01-hello.toml:2:16: cannot read this file: the file is not UTF-8 text\n    help: save the file as UTF-8 text"),
        "{text}"
    );
}

#[test]
fn a_pack_toml_that_is_not_a_file_says_what_it_is_and_what_to_do() {
    let home = Home::new();
    let dir = good_copy(&home);
    let pack_toml = dir.join("pack.toml");
    std::fs::remove_file(&pack_toml).unwrap();
    std::fs::create_dir(&pack_toml).unwrap();
    let (code, text) = check_dir(&home, &dir);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("pack.toml: cannot read this file: it is a folder, not a file\n    help: put a file with that name in place of the folder"),
        "{text}"
    );

    #[cfg(unix)]
    {
        std::fs::remove_dir(&pack_toml).unwrap();
        std::os::unix::fs::symlink("/dev/null", &pack_toml).unwrap();
        let (code, text) = check_dir(&home, &dir);
        assert_eq!(code, Some(1), "{text}");
        assert!(
            text.contains(
                "pack.toml: cannot read this file: the path leads outside the pack's folder"
            ),
            "{text}"
        );
        assert!(
            text.contains("help: keep the file inside the pack's folder: copy it there instead of linking to it"),
            "{text}"
        );
        std::fs::remove_file(&pack_toml).unwrap();
        std::os::unix::fs::symlink("nowhere.toml", &pack_toml).unwrap();
        let (code, text) = check_dir(&home, &dir);
        assert_eq!(code, Some(1), "{text}");
        assert!(
            text.contains("pack.toml: cannot read this file: it is not an ordinary file"),
            "{text}"
        );
    }
}

#[test]
fn an_enormous_pack_file_is_refused_with_the_limit() {
    let home = Home::new();
    let dir = good_copy(&home);
    let mut text = std::fs::read_to_string(dir.join("pack.toml")).unwrap();
    text.push_str(&format!("# {}\n", "x".repeat(1 << 20)));
    std::fs::write(dir.join("pack.toml"), text).unwrap();
    let (code, text) = check_dir(&home, &dir);
    assert_eq!(code, Some(1), "{text}");
    assert!(
        text.contains("pack.toml: cannot read this file: the file is larger than 1 MB\n    help: split it into smaller files: each file of a pack can be at most 1 MB"),
        "{text}"
    );
}
