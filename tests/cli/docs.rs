//! What the teachers' documentation tells them to type works as written, and what it shows
//! Slate printing is what Slate prints.
//!
//! Every `slate pack new|check|install|remove|settings` and `slate check` command in
//! `README.md` and `docs/*.md` (in a code block or in `backticks`, without placeholders such
//! as `DIR`) is run from a fresh folder, exactly as printed, next to the guide's complete
//! example pack in `my-pack`.

use super::pack::{copy_dir, documented_example};
use super::*;

/// A command's words, as a POSIX shell splits them: spaces separate, quotes keep together
/// (`'...'` as written, `"..."` with `\"` and `\\`), a backslash outside quotes escapes.
pub fn shell_words(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut chars = command.chars();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                words.extend(word.take());
            }
            '\'' => {
                let w = word.get_or_insert_with(String::new);
                w.extend(chars.by_ref().take_while(|c| *c != '\''));
            }
            '"' => {
                let w = word.get_or_insert_with(String::new);
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => w.extend(chars.next()),
                        c => w.push(c),
                    }
                }
            }
            '\\' => word.get_or_insert_with(String::new).extend(chars.next()),
            c => word.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(word);
    words
}

/// The `slate ...` commands in a Markdown file: lines of code blocks (without a trailing
/// `# comment`) and code spans.
fn commands_in(markdown: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut in_block = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            let line = line.trim();
            if line.starts_with("slate ") {
                let command = line.split(" #").next().unwrap_or(line).trim_end();
                found.push(command.to_owned());
            }
            continue;
        }
        for (i, span) in line.split('`').enumerate() {
            if i % 2 == 1 && span.starts_with("slate ") {
                found.push(span.to_owned());
            }
        }
    }
    found
}

/// A word that stands for something the reader fills in: `DIR`, `PACK/EXERCISE`, `...`.
fn is_placeholder(word: &str) -> bool {
    word.contains("...")
        || word.contains(['[', '|', '>', '<'])
        || word
            .split(|c: char| !c.is_ascii_alphabetic())
            .any(|part| part.len() >= 2 && part.chars().all(|c| c.is_ascii_uppercase()))
}

/// The command's subcommand words (after global options and their values).
fn subcommand(words: &[String]) -> Vec<&str> {
    let mut rest = words[1..].iter().map(String::as_str);
    let mut out = Vec::new();
    while let Some(word) = rest.next() {
        if word == "--packs" || word == "--lang" {
            rest.next();
        } else if !word.starts_with('-') {
            out.push(word);
        }
    }
    out
}

/// Which documented commands this test runs: the ones that make, check, install and mark
/// with packs.
/// A command's name alone in a sentence ("run `slate pack check` on it") is not a command to
/// copy; it is one when it has what it needs.
fn is_teachers_pack_command(words: &[String]) -> bool {
    let sub = subcommand(words);
    matches!(
        sub.as_slice(),
        ["check", _, _, ..]
            | ["pack", "new" | "check" | "install" | "remove", _, ..]
            | ["pack", "settings", ..]
    )
}

fn documented_commands() -> Vec<(String, Vec<String>)> {
    let mut files = vec![root().join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root().join("docs"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut commands = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for command in commands_in(&text) {
            let words = shell_words(&command);
            if words.iter().any(|w| is_placeholder(w)) || !is_teachers_pack_command(&words) {
                continue;
            }
            let name = file.strip_prefix(root()).unwrap().display().to_string();
            if !commands
                .iter()
                .any(|(_, c): &(String, Vec<String>)| *c == words)
            {
                commands.push((name, words));
            }
        }
    }
    commands
}

/// The guide's complete example, written into `dir/my-pack`.
fn write_example(dir: &Path) {
    let pack = dir.join("my-pack");
    std::fs::create_dir_all(&pack).unwrap();
    for (name, text) in documented_example() {
        std::fs::write(pack.join(name), text).unwrap();
    }
}

/// The example's reference solution for `exercise`.
fn example_solution(exercise: &str) -> String {
    let (_, lesson) = documented_example()
        .into_iter()
        .find(|(name, _)| name == "01-hello.toml")
        .unwrap();
    let lesson: toml::Table = lesson.parse().unwrap();
    lesson["exercise"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"].as_str() == Some(exercise))
        .unwrap_or_else(|| panic!("the complete example has no exercise {exercise:?}"))["solution"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[test]
fn every_pack_command_in_the_docs_works_as_written() {
    let commands = documented_commands();
    let shown: Vec<String> = commands.iter().map(|(_, w)| w.join(" ")).collect();
    for expected in [
        "slate pack new my-pack",
        "slate pack check my-pack",
        "slate check my-pack/add myfile.py",
        "slate pack install my-pack",
        "slate pack remove my-pack",
        "slate pack settings only-packs on",
    ] {
        assert!(
            shown.iter().any(|c| c == expected),
            "the docs no longer have `{expected}`: {shown:#?}"
        );
    }
    for (file, words) in &commands {
        let home = Home::new();
        let sub = subcommand(words);
        if sub[..2] != ["pack", "new"] {
            write_example(home.path());
        }
        match sub.as_slice() {
            // A pack other than the example: one made as the guide says.
            ["pack", "check" | "install", dir] if *dir != "my-pack" => {
                let out = home.run(&["pack", "new", dir], "");
                assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
            }
            ["check", exercise, answer] => {
                let id = exercise.rsplit('/').next().unwrap();
                std::fs::write(home.path().join(answer), example_solution(id)).unwrap();
            }
            ["pack", "remove", _] => {
                let out = home.run(&["pack", "install", "my-pack"], "");
                assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
            }
            _ => {}
        }
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let out = home.run(&args, "");
        assert_eq!(
            out.status.code(),
            Some(0),
            "`{}` from {file} fails:\n{}{}",
            words.join(" "),
            stdout(&out),
            stderr(&out)
        );
        assert!(
            !stderr(&out).contains("Note:"),
            "`{}` from {file}:\n{}",
            words.join(" "),
            stderr(&out)
        );
    }
}

/// The block after "it prints:" in the guide's "Checking your pack" is exactly what
/// `slate pack check my-pack` prints for `tests/fixtures/packs/docs-check-example`.
#[test]
fn the_guides_pack_check_output_is_what_slate_prints() {
    let doc = std::fs::read_to_string(root().join("docs/lesson-packs.md")).unwrap();
    let (_, after) = doc
        .split_once("## Checking your pack")
        .and_then(|(_, section)| section.split_once("it prints:"))
        .expect("the guide shows what `pack check` prints");
    let block = after
        .split_once("```\n")
        .and_then(|(_, rest)| rest.split_once("```\n"))
        .map(|(block, _)| block)
        .expect("a code block follows");
    let home = Home::new();
    copy_dir(
        &fixture("packs/docs-check-example"),
        &home.path().join("my-pack"),
    );
    let out = home.run(&["pack", "check", "my-pack"], "");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let printed = stdout(&out);
    assert_eq!(
        block, printed,
        "docs/lesson-packs.md shows (left) what Slate no longer prints (right)"
    );
}

/// `pack new` ends with the command to run next; copied as it is, it works, whatever the
/// folder is called.
#[test]
fn pack_new_suggests_a_command_that_works_when_copied() {
    let mut names = vec!["My Pack", "Year 8 Loops/week 1"];
    if cfg!(unix) {
        names.push("Ms O'Brien's $5 \"pack\"");
    }
    for name in names {
        let home = Home::new();
        let out = home.run(&["pack", "new", name], "");
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        let text = stdout(&out);
        let suggested = text
            .split('`')
            .find(|s| s.starts_with("slate pack check "))
            .unwrap_or_else(|| panic!("no command to run next in:\n{text}"));
        let words = shell_words(suggested);
        assert_eq!(words[3], name, "the folder made: {suggested}");
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let out = home.run(&args, "");
        assert_eq!(
            out.status.code(),
            Some(0),
            "`{suggested}`: {}",
            stdout(&out)
        );
    }
}

#[test]
fn shell_words_split_as_a_shell_does() {
    assert_eq!(
        shell_words(r#"slate pack check "Year 8" 'it'\''s' a\ b"#),
        ["slate", "pack", "check", "Year 8", "it's", "a b"]
    );
    assert!(is_placeholder("PACK/EXERCISE"));
    assert!(is_placeholder("DIR"));
    assert!(!is_placeholder("my-pack/add"));
    assert!(!is_placeholder("Year 8 Loops"));
}

/// `show = "never"` hides solutions in the tutor, not on the disk: the guide says so where it
/// explains how packs reach computers.
#[test]
fn the_guide_says_solutions_are_plain_files_on_every_computer() {
    let doc = std::fs::read_to_string(root().join("docs/lesson-packs.md")).unwrap();
    let (_, sharing) = doc.split_once("## Sharing your pack").unwrap();
    let (sharing, _) = sharing.split_once("\n## ").unwrap();
    assert!(
        sharing.contains("**A pack's solutions are on every computer that has it.**")
            && sharing.contains("`show = \"never\"` keeps the solutions out of the\ntutor"),
        "{sharing}"
    );
}

/// The guide's Welsh translation of its complete example checks as a sound translation.
#[test]
fn the_guides_translation_example_checks() {
    let home = Home::new();
    write_example(home.path());
    let dir = home.path().join("my-pack");
    let guide = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/lesson-packs.md"),
    )
    .unwrap();
    let from = guide
        .find("`translations/cy/pack.toml`:")
        .expect("the guide shows a translated pack.toml");
    let blocks: Vec<&str> = guide[from..]
        .split("```toml\n")
        .skip(1)
        .take(2)
        .map(|b| b.split("```").next().unwrap())
        .collect();
    let cy = dir.join("translations").join("cy");
    std::fs::create_dir_all(&cy).unwrap();
    std::fs::write(cy.join("pack.toml"), blocks[0]).unwrap();
    std::fs::write(cy.join("01-hello.toml"), blocks[1]).unwrap();
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    assert!(
        stdout(&out).contains("Translations checked: cy."),
        "{}",
        stdout(&out)
    );
}

/// Issue 14's acceptance: a pack written by someone else, from the guide alone (a teacher's
/// first pack: two lessons, eight exercises, every kind of test the guide describes, and a
/// Welsh translation), passes `slate pack check`.
#[test]
fn a_pack_written_from_the_guide_alone_passes_pack_check() {
    let home = Home::new();
    let out = home.run(
        &[
            "pack",
            "check",
            fixture("packs/year9-python").to_str().unwrap(),
        ],
        "",
    );
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    let said = stdout(&out);
    assert!(said.contains("is sound: 2 lessons, 8 exercises"), "{said}");
    assert!(said.contains("Translations checked: cy."), "{said}");
}
