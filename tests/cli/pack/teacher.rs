//! `slate pack check` and `slate pack new` for what a teacher needs (issue 14): warnings that
//! never stop a pack, regex tests that show learners a description and never the pattern,
//! and a schema for each kind of file.

use super::*;

#[test]
fn new_writes_the_schema_each_file_names() {
    let home = Home::new();
    let dir = home.path().join("schemas");
    let out = home.run(&["pack", "new", dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for (file, title) in [
        ("pack.toml", "pack.toml (format 1)"),
        ("01-hello.toml", "lesson file (format 1)"),
    ] {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let named = text
            .lines()
            .find_map(|l| l.strip_prefix("#:schema ./"))
            .unwrap_or_else(|| panic!("{file} names its schema"));
        let schema: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join(named)).unwrap()).unwrap();
        assert!(
            schema.get("anyOf").is_none() || schema["type"] == "object",
            "{named}"
        );
        assert!(
            schema["title"].as_str().unwrap().ends_with(title),
            "{file} names {named}: {}",
            schema["title"]
        );
    }
}

/// A pack in `home` whose one lesson is `lesson`.
fn written_pack(home: &Home, lesson: &str) -> PathBuf {
    let dir = home.path().join("regex-pack");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("pack.toml"),
        "format = 1\nid = \"rx\"\ntitle = \"Rx\"\nlessons = [\"01-a.toml\"]\n",
    )
    .unwrap();
    std::fs::write(dir.join("01-a.toml"), lesson).unwrap();
    dir
}

const DICE: &str = "id = \"a\"\ntitle = \"A\"\n\n[[exercise]]\nid = \"dice\"\ntitle = \"Dice\"\n\
task = \"Roll.\"\nstarter = \"if True:\\n\\tpass\\n\"\nsolution = \"print('You rolled 4')\\n\"\n\n\
[[exercise.test]]\nname = \"rolls a die\"\nexpect = 'You rolled [1-6]'\nmatch = \"regex\"\n\
expect_description = \"You rolled, then a number from 1 to 6\"\n";

#[test]
fn warnings_are_shown_but_a_pack_with_only_warnings_is_sound() {
    let home = Home::new();
    let dir = written_pack(&home, DICE);
    let (code, text) = check_dir(&home, &dir);
    assert_eq!(code, Some(0), "{text}");
    assert!(
        text.contains("pack.toml:4:12: warning: the lesson \"01-a.toml\" is listed with \".toml\""),
        "{text}"
    );
    assert!(text.contains("drop the .toml: write \"01-a\""), "{text}");
    assert!(
        text.contains("01-a.toml:8:11: warning: exercise `dice`: `starter` is indented with tabs"),
        "{text}"
    );
    assert!(text.contains("is sound"), "{text}");
}

#[test]
fn a_regex_test_shows_learners_its_description_never_its_pattern() {
    let home = Home::new();
    let dir = written_pack(&home, DICE);
    let file = home.path().join("answer.py");
    std::fs::write(&file, "print('You rolled 9')\n").unwrap();
    let args = ["--packs", dir.to_str().unwrap(), "check", "rx/dice"];
    let plain = home.run(&[&args[..], &[file.to_str().unwrap()]].concat(), "");
    assert_eq!(plain.status.code(), Some(1), "{}", stderr(&plain));
    let text = stdout(&plain);
    assert!(
        text.contains("the output should be You rolled, then a number from 1 to 6."),
        "{text}"
    );
    assert!(
        !text.contains("[1-6]") && !text.contains("pattern"),
        "{text}"
    );
    let out = home.run(
        &[&args[..], &[file.to_str().unwrap(), "--json"]].concat(),
        "",
    );
    let v = json(&out);
    let test = &v["tests"][0];
    assert_eq!(
        test["expect_description"],
        "You rolled, then a number from 1 to 6"
    );
    assert_eq!(test["expected"], serde_json::Value::Null, "{test}");
    assert!(!out_text(&out).contains("[1-6]"), "{}", out_text(&out));
}

fn out_text(o: &Output) -> String {
    stdout(o) + &stderr(o)
}

#[test]
fn a_function_test_is_type_strict_unless_it_says_numeric() {
    let home = Home::new();
    let lesson = |numeric: &str| {
        format!(
            "id = \"a\"\ntitle = \"A\"\n\n[[exercise]]\nid = \"half\"\ntitle = \"Half\"\n\
             task = \"Halve.\"\nsolution = \"def half(n):\\n    return n / 2\\n\"\n\n\
             [[exercise.test]]\nname = \"half of 6\"\ncall = \"half(6)\"\nreturns = \"3.0\"\n{numeric}"
        )
    };
    let file = home.path().join("answer.py");
    std::fs::write(&file, "def half(n):\n    return n // 2\n").unwrap();
    for (extra, passes) in [("", false), ("numeric = true\n", true)] {
        let dir = written_pack(&home, &lesson(extra));
        let out = home.run(
            &[
                "--packs",
                dir.to_str().unwrap(),
                "check",
                "rx/half",
                file.to_str().unwrap(),
                "--json",
            ],
            "",
        );
        let v = json(&out);
        assert_eq!(v["passed"], passes, "{extra:?}: {v}");
        assert_eq!(v["tests"][0]["actual"], "3", "{v}");
    }
}
