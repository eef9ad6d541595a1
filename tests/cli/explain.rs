//! Friendly explanations, and how Slate chooses its language.
//!
//! One fixture program per kind of error (`tests/fixtures/errors/*.py`) is run with
//! `slate run`; what it says on stderr (Python's traceback, then the explanation) is kept as
//! a reviewed snapshot in British English and in Welsh, so a change of wording or a broken
//! rule shows up as a readable difference.

use super::*;

/// The fixture programs, sorted.
fn error_fixtures() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(fixture("errors"))
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_owned))
        .filter(|n| n.ends_with(".py"))
        .collect();
    names.sort();
    names
}

/// What `slate run` says on stderr about `program`, in `lang`.
fn explained(home: &Home, program: &str, lang: &str) -> String {
    let path = fixture(&format!("errors/{program}"));
    // Only the endless loop should meet the time limit, however busy the machine is.
    let seconds = if program == "time_limit.py" {
        "1"
    } else {
        "20"
    };
    let out = run_with(
        home.slate().args([
            "--lang",
            lang,
            "run",
            "--time-limit",
            seconds,
            "--memory-limit",
            "32",
            "--output-limit",
            "16",
            path.to_str().unwrap(),
        ]),
        "",
    );
    assert_eq!(out.status.code(), Some(1), "{program} should fail");
    stderr(&out)
}

fn snapshots(lang: &str) {
    let home = Home::new();
    let fixtures = error_fixtures();
    assert!(fixtures.len() >= 30, "{} fixtures", fixtures.len());
    for program in fixtures {
        let text = explained(&home, &program, lang);
        let name = format!("{lang}__{}", program.trim_end_matches(".py"));
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn errors_are_explained_in_british_english() {
    snapshots("en-GB");
}

#[test]
fn errors_are_explained_in_welsh() {
    snapshots("cy");
}

#[test]
fn did_you_mean_comes_from_the_names_in_scope() {
    let home = Home::new();
    let text = explained(&home, "name_error_typo.py", "en-GB");
    assert!(text.contains("did you mean print?"), "{text}");
    assert!(text.contains("Change pritn to print."), "{text}");
    let text = explained(&home, "attribute_typo.py", "en-GB");
    assert!(text.contains("did you mean .upper?"), "{text}");
}

#[test]
fn a_bare_word_is_probably_text_missing_its_quotes() {
    let home = Home::new();
    let text = explained(&home, "name_error_missing_quotes.py", "en-GB");
    assert!(text.contains("Did you mean the text \"hello\"?"), "{text}");
    assert!(text.contains("put it in quotes"), "{text}");
    // The marker sits under the word, not the whole line.
    assert!(
        text.contains("    print(hello)\n          ^^^^^\n"),
        "{text}"
    );
}

#[test]
fn the_time_limit_is_explained_with_its_seconds() {
    let home = Home::new();
    let text = explained(&home, "time_limit.py", "en-GB");
    assert!(
        text.contains("it was still running after 1 second."),
        "{text}"
    );
    assert!(text.contains("Is there a loop that never ends?"), "{text}");
}

#[test]
fn json_runs_carry_the_explanation() {
    let home = Home::new();
    let path = fixture("errors/name_error_typo.py");
    let out = home.run(
        &["--lang", "es", "run", "--json", path.to_str().unwrap()],
        "",
    );
    let v = json(&out);
    let e = &v["error"];
    assert_eq!(e["type"], "NameError");
    assert_eq!(e["explanation"]["line"], 2);
    assert_eq!(e["explanation"]["column"], 1);
    assert_eq!(e["explanation"]["end_column"], 6);
    assert_eq!(
        e["explanation"]["what"],
        "Python no conoce el nombre pritn."
    );
    assert!(
        e["explanation"]["try_this"]
            .as_str()
            .unwrap()
            .contains("print"),
        "{e}"
    );
}

/// `slate --lang LANG check good/greet` on `program`, with `extra` arguments.
fn check_good(home: &Home, lang: &str, program: &str, extra: &[&str]) -> Output {
    let file = home.path().join("answer.py");
    std::fs::write(&file, program).unwrap();
    let pack = fixture("packs/good");
    let mut args = vec![
        "--lang",
        lang,
        "--packs",
        pack.to_str().unwrap(),
        "check",
        "good/greet",
        file.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    home.run(&args, "")
}

#[test]
fn running_out_of_a_tests_input_says_so() {
    let home = Home::new();
    let program = "name = input()\nagain = input()\nprint('Hello, ' + name + '!')\n";
    let text = stdout(&check_good(&home, "en-GB", program, &[]));
    assert!(
        text.contains("Your program asked for more input than this test gives."),
        "{text}"
    );
    // Said in words, not with a caret: plain text is read by screen readers too.
    assert!(
        text.contains("Line 2, column 9, near \"input()\":"),
        "{text}"
    );
    // Interactive runs say something else: nobody is typing for a test there.
    let keyboard = explained(&home, "eof_input.py", "en-GB");
    assert!(
        keyboard.contains("Your program asked for input, but there was no more to read."),
        "{keyboard}"
    );
}

#[test]
fn check_json_errors_have_an_explanation_in_the_chosen_language() {
    let home = Home::new();
    let program = "name = input()\nprint('Hello, ' + nmae)\n";
    let v = json(&check_good(&home, "pl", program, &["--json"]));
    let error = &v["tests"][0]["error"];
    assert_eq!(error["type"], "NameError");
    assert_eq!(error["line"], 2);
    assert_eq!(error["explanation"]["what"], "Python nie zna nazwy nmae.");
    assert!(
        error["explanation"]["why"]
            .as_str()
            .unwrap()
            .contains("name"),
        "{error}"
    );
}

#[test]
fn check_output_is_translated_and_aligned() {
    let home = Home::new();
    let text = stdout(&check_good(
        &home,
        "pl",
        "name = input()\nprint('Hello ' + name)\n",
        &[],
    ));
    assert!(text.contains("Zaliczone testy: 0 z 2."), "{text}");
    assert!(
        text.contains("  ✗ niezaliczony Test 1, greets Ada"),
        "{text}"
    );
}

/// What `slate run` says about a file that is not there, with this environment.
fn missing_file_message(env: &[(&str, &str)], args: &[&str]) -> String {
    let home = Home::new();
    let mut cmd = home.slate();
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.args(args).args(["run", "no-such-file.py"]);
    let out = run_with(&mut cmd, "");
    assert_eq!(out.status.code(), Some(2));
    stderr(&out)
}

const ENGLISH: &str = "Slate could not find the file no-such-file.py.";
const WELSH: &str = "Doedd Slate ddim yn gallu dod o hyd i'r ffeil no-such-file.py.";
const POLISH: &str = "Slate nie może znaleźć pliku no-such-file.py.";
const SPANISH: &str = "Slate no encuentra el archivo no-such-file.py.";

#[test]
fn the_system_locale_chooses_the_language() {
    assert!(missing_file_message(&[("LANG", "cy_GB.UTF-8")], &[]).contains(WELSH));
    assert!(missing_file_message(&[("LANG", "pl_PL.UTF-8")], &[]).contains(POLISH));
    assert!(missing_file_message(&[("LANG", "es_MX.UTF-8")], &[]).contains(SPANISH));
    // LC_ALL wins over LANG, as on every Unix.
    let both = missing_file_message(&[("LANG", "cy_GB.UTF-8"), ("LC_ALL", "es_ES.UTF-8")], &[]);
    assert!(both.contains(SPANISH), "{both}");
}

#[test]
fn c_and_posix_mean_british_english() {
    assert!(missing_file_message(&[("LANG", "C")], &[]).contains(ENGLISH));
    assert!(missing_file_message(&[("LANG", "POSIX")], &[]).contains(ENGLISH));
    assert!(
        missing_file_message(&[("LC_ALL", "C.UTF-8"), ("LANG", "cy_GB")], &[]).contains(ENGLISH)
    );
}

#[test]
fn lang_option_and_setting_win_over_the_system() {
    let text = missing_file_message(&[("LANG", "cy_GB.UTF-8")], &["--lang", "pl"]);
    assert!(text.contains(POLISH), "{text}");
    let text = missing_file_message(&[("LANG", "cy_GB.UTF-8"), ("SLATE_LANG", "es")], &[]);
    assert!(text.contains(SPANISH), "{text}");
    let text = missing_file_message(&[], &["--lang", "cy-GB"]);
    assert!(
        text.contains(WELSH),
        "a region still finds the language: {text}"
    );
}

#[test]
fn unknown_languages_fall_back_with_a_note() {
    let text = missing_file_message(&[("LANG", "C")], &["--lang", "xx"]);
    assert!(text.contains(ENGLISH), "{text}");
    assert!(
        text.contains("Slate does not have the language \"xx\""),
        "{text}"
    );
    assert!(text.contains("cy (Cymraeg)"), "{text}");
    // A system language Slate does not have also falls back to British English.
    let text = missing_file_message(&[("LANG", "fr_FR.UTF-8")], &[]);
    assert!(text.contains(ENGLISH), "{text}");
}

#[test]
fn pack_list_uses_the_packs_translation() {
    let home = Home::new();
    let out = home.run(&["--lang", "cy", "pack", "list"], "");
    let text = stdout(&out);
    assert!(
        text.contains("printing: Argraffu geiriau ar y sgrin"),
        "{text}"
    );
    assert!(
        text.contains("translations: cy") || text.contains("cyfieithiadau: cy"),
        "{text}"
    );
    // Lessons with no translation keep the pack's own words.
    assert!(
        text.contains("input: Asking questions with input"),
        "{text}"
    );
}

/// What `slate run` says on stderr about a program from `programs/`, with these limits.
fn explained_run(home: &Home, program: &str, limits: &[&str]) -> String {
    let path = fixture(&format!("programs/{program}"));
    let mut args = vec!["--lang", "en-GB", "run"];
    args.extend_from_slice(limits);
    args.push(path.to_str().unwrap());
    let out = run_with(home.slate().args(&args), "");
    assert_eq!(out.status.code(), Some(1), "{program} should be stopped");
    stderr(&out)
}

#[test]
fn a_program_still_printing_at_the_time_limit_is_told_it_may_be_slow_not_stuck() {
    // It would end, after a hundred million lines: it is still printing when its second is
    // up (the output limit is raised out of the way).
    let home = Home::new();
    let text = explained_run(
        &home,
        "print_many.py",
        &["--time-limit", "1", "--output-limit", "1048576"],
    );
    assert!(text.contains("while it was still printing"), "{text}");
    assert!(
        text.contains("It may not be stuck: it may just be slow"),
        "{text}"
    );
    assert!(!text.contains("loop that never ends"), "{text}");
}

#[test]
fn a_program_quiet_at_the_time_limit_is_asked_about_a_loop_that_never_ends() {
    // It printed once, then nothing for the rest of its two seconds.
    let home = Home::new();
    let text = explained_run(&home, "print_then_loop.py", &["--time-limit", "2"]);
    assert!(text.contains("Is there a loop that never ends?"), "{text}");
    assert!(!text.contains("still printing"), "{text}");
}

#[test]
fn a_program_stopped_at_the_output_limit_is_told_how_much_it_printed() {
    let home = Home::new();
    let text = explained_run(&home, "output_flood.py", &["--output-limit", "4"]);
    // 4 KB of 40-byte lines: 102 whole lines and the start of one more.
    assert!(
        text.contains("It printed 103 lines before it was stopped."),
        "{text}"
    );
    assert!(text.contains("It may just print too much"), "{text}");
}

/// The caret sits under the very spot in the excerpt, however deep the line is indented:
/// inside a function, a loop and an `if` (1, 2 and 3 levels).
#[test]
fn the_caret_points_at_the_spot_at_every_indentation() {
    let home = Home::new();
    for level in 1..=3 {
        let text = explained(&home, &format!("name_error_indented_{level}.py"), "en-GB");
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .rposition(|l| l.contains("print(\"Hello \" + nam)"))
            .unwrap_or_else(|| panic!("level {level}: no excerpt in\n{text}"));
        let code = lines[at];
        let caret = lines[at + 1];
        assert_eq!(
            caret.find('^'),
            code.find("nam)"),
            "level {level}: the caret is not under `nam`:\n{code}\n{caret}"
        );
        assert_eq!(caret.trim(), "^^^", "level {level}: {caret:?}");
    }
}
