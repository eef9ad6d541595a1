//! Hostile packs: escape sequences in a pack's words, in its problems and in folder names
//! never reach the terminal.

use super::*;

/// Asserts that `out` is safe to print on a terminal: no ESC, no BEL and no C1 control
/// character (U+0080 to U+009F, e.g. U+009B, a one-character CSI) in stdout or stderr.
fn assert_terminal_safe(what: &str, out: &Output) {
    for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        let text = std::str::from_utf8(bytes)
            .unwrap_or_else(|e| panic!("{what}: {stream} is not UTF-8 ({e})"));
        assert!(!bytes.contains(&0x1b), "{what}: ESC in {stream}:\n{text:?}");
        assert!(!bytes.contains(&0x07), "{what}: BEL in {stream}:\n{text:?}");
        assert!(
            !text.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)),
            "{what}: a C1 control in {stream}:\n{text:?}"
        );
    }
}

/// What a terminal shows for the escape sequence the fixtures use.
const SHOWN: &str = "␛]0;PWNED␇␛[2J";

#[test]
fn escape_sequences_in_a_packs_words_never_reach_the_terminal() {
    let home = Home::new();
    let pack = fixture("packs/escapes-in-words");
    let dir = pack.to_str().unwrap();

    // Sound: the expected output's escape sequence is compared as written.
    let out = home.run(&["pack", "check", dir], "");
    assert_terminal_safe("pack check", &out);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(
        stdout(&out).contains(&format!("\"Words {SHOWN}\" is sound")),
        "{}",
        stdout(&out)
    );

    for lang in ["en-GB", "cy"] {
        let out = home.run(&["--lang", lang, "--packs", dir, "pack", "list"], "");
        assert_terminal_safe("pack list", &out);
        let text = stdout(&out);
        let (title, lesson, exercise) = match lang {
            "cy" => ("Geiriau", "Gwers ␛]0;PWNED␇", "Ymarfer"),
            _ => ("Words", "Lesson ␛]0;PWNED␇␛[2J", "Exercise"),
        };
        assert!(text.contains(" 1.0␛[31m): "), "the version: {text}");
        assert!(text.contains(&format!("): {title} {SHOWN}\n")), "{text}");
        assert!(text.contains(&format!("one: {lesson}")), "{text}");
        assert!(
            text.contains(&format!("escapes-in-words/red  {exercise} {SHOWN}")),
            "{text}"
        );
    }

    let answer = home.path().join("answer.py");
    std::fs::write(&answer, "print('red')\n").unwrap();
    let check = |lang: &str| {
        home.run(
            &[
                "--lang",
                lang,
                "--packs",
                dir,
                "check",
                "escapes-in-words/red",
                answer.to_str().unwrap(),
            ],
            "",
        )
    };
    let out = check("en-GB");
    assert_terminal_safe("slate check", &out);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(text.contains(&format!("Exercise {SHOWN}")), "{text}");
    assert!(text.contains(&format!("test {SHOWN}")), "{text}");
    assert!(
        text.contains("␛[31mred"),
        "the expected output is shown: {text}"
    );
    let out = check("cy");
    assert_terminal_safe("slate check in Welsh", &out);
    assert!(
        stdout(&out).contains(&format!("prawf {SHOWN}")),
        "{}",
        stdout(&out)
    );

    // The right answer, escape sequence and all, passes.
    std::fs::write(&answer, "print('\\x1b[31mred')\n").unwrap();
    let out = check("en-GB");
    assert_terminal_safe("slate check, passing", &out);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn escape_sequences_in_problems_never_reach_the_terminal() {
    let home = Home::new();
    let dir = fixture("packs/escapes-in-problems");
    let out = home.run(&["pack", "check", dir.to_str().unwrap()], "");
    assert_terminal_safe("pack check", &out);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    for expected in [
        format!("pack.toml:7:1: unknown field `{SHOWN}` in pack.toml"),
        "the pack id \"escapes␛[2J\" is not a valid id".to_owned(),
        "pack.toml:5:10: `locale` cannot be \"../../etc␛]0;PWNED␇\"".to_owned(),
        format!("cannot read the lesson file missing{SHOWN}.toml"),
        "01.toml:3:1: unknown field `field\u{fffd}2J` in a lesson".to_owned(),
        "the lesson id \"lesson␛]0;PWNED␇\" is not a valid id".to_owned(),
        "the exercise id \"exercise␛[2J\" is not a valid id".to_owned(),
        "the test id \"test\u{fffd}2J\" is not a valid id".to_owned(),
        "cannot read missing␛]0;PWNED␇.py".to_owned(),
        format!("the test \"nothing {SHOWN}\" has nothing to compare"),
        "a code check cannot look for \"for␛]0;PWNED␇\"".to_owned(),
        "a code check cannot look for \"call:len␛[2J\"".to_owned(),
    ] {
        assert!(text.contains(&expected), "missing {expected:?} in:\n{text}");
    }

    let out = home.run(&["--packs", dir.to_str().unwrap(), "pack", "list"], "");
    assert_terminal_safe("pack list", &out);
    assert!(stdout(&out).contains("Not loaded:"), "{}", stdout(&out));
}

/// Pack folders and translation folders are named by whoever made them.
#[cfg(unix)]
#[test]
fn escape_sequences_in_folder_names_never_reach_the_terminal() {
    let home = Home::new();
    let packs = home.path().join("packs");
    let nasty = "\u{1b}]0;PWNED\u{7}\u{1b}[2J";
    let sound = packs.join(format!("words{nasty}"));
    copy_dir(&fixture("packs/escapes-in-words"), &sound);
    let broken = packs.join(format!("problems{nasty}"));
    copy_dir(&fixture("packs/escapes-in-problems"), &broken);

    let out = home.run(&["--packs", packs.to_str().unwrap(), "pack", "list"], "");
    assert_terminal_safe("pack list", &out);
    let text = stdout(&out);
    assert!(text.contains(&format!("words{SHOWN}")), "{text}");
    assert!(text.contains("Not loaded: "), "{text}");
    assert!(text.contains(&format!("problems{SHOWN}")), "{text}");

    // A broken pack is mentioned on stderr by any command that loads packs.
    let answer = home.path().join("answer.py");
    std::fs::write(&answer, "print('red')\n").unwrap();
    let out = home.run(
        &[
            "--packs",
            packs.to_str().unwrap(),
            "check",
            "escapes-in-words/red",
            answer.to_str().unwrap(),
        ],
        "",
    );
    assert_terminal_safe("slate check", &out);
    assert!(
        stderr(&out).contains(&format!("problems{SHOWN}")),
        "{}",
        stderr(&out)
    );

    // A translation folder that is not a language tag is reported, never listed or used.
    let folder = sound.join("translations").join(format!("cy{nasty}"));
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("pack.toml"), "title = \"x\"\n").unwrap();
    let out = home.run(&["pack", "check", sound.to_str().unwrap()], "");
    assert_terminal_safe("pack check", &out);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains(&format!(
            "words{SHOWN}/translations/cy{SHOWN}: \"cy{SHOWN}\" is not a language tag"
        )),
        "{text}"
    );
    let out = home.run(&["--packs", packs.to_str().unwrap(), "pack", "list"], "");
    assert!(
        stdout(&out).contains("translations: cy\n"),
        "{}",
        stdout(&out)
    );
}
