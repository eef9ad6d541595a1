//! Loading small packs written to a temporary folder: every problem at once, each placed,
//! named and worded for a teacher; warnings that never stop a pack.

use super::*;
use crate::pack::{MatchMode, TestKind, Tolerance};

const PACK: &str = "format = 1\nid = \"p\"\ntitle = \"P\"\nlessons = [\"01-a\"]\n";

const EXERCISE: &str = "id = \"l\"\ntitle = \"L\"\n\n[[exercise]]\nid = \"add\"\ntitle = \"Add\"\n\
task = \"Add.\"\nsolution = \"def add(a, b):\\n    return a + b\\n\"\nhints = [\"one\"]\n";

/// A pack of `pack.toml` and `01-a.toml` (and any other files), in a folder kept alive by
/// the returned guard.
fn write(pack: &str, lesson: &str, others: &[(&str, &str)]) -> (tempfile::TempDir, PackSource) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pack.toml"), pack).unwrap();
    std::fs::write(dir.path().join("01-a.toml"), lesson).unwrap();
    for (file, text) in others {
        let path = dir.path().join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let source = PackSource::folder(dir.path().to_path_buf());
    (dir, source)
}

fn problems(lesson: &str) -> Vec<Problem> {
    let (_dir, source) = write(PACK, lesson, &[]);
    load_pack(&source).expect_err("the pack has problems")
}

fn test_kind(lesson: &str) -> TestKind {
    let (_dir, source) = write(PACK, lesson, &[]);
    let pack = load_pack(&source).unwrap_or_else(|p| panic!("{p:?}"));
    pack.lessons[0].exercises[0].tests[0].kind.clone()
}

#[test]
fn an_exercise_without_tests_is_named_in_plain_words() {
    let lesson = EXERCISE.replace("\"add\"", "\"initials\"");
    let found = problems(&lesson);
    assert_eq!(found.len(), 1, "{found:?}");
    let p = &found[0];
    assert_eq!(
        p.message,
        "exercise `initials` has no tests; add `[[exercise.test]]`"
    );
    assert_eq!((p.line, p.column), (Some(4), Some(1)), "{p}");
    let help = p.help.as_deref().unwrap();
    assert!(!help.contains("the tests: output tests"), "{help}");
    assert!(
        help.contains("`expect`") && help.contains("`call`"),
        "{help}"
    );
    // An empty list is said the same way, at the list.
    let empty = problems(&format!("{lesson}test = []\n"));
    assert_eq!(empty[0].message, p.message);
    assert_eq!(empty[0].line, Some(10));
}

#[test]
fn call_and_returns_must_be_python_expressions_when_the_pack_is_loaded() {
    let lesson = format!(
        "{EXERCISE}\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3\"\nreturns = \"5\"\n\n\
         [[exercise.test]]\nname = \"lists\"\ncall = \"add([1], [2])\"\nreturns = \"x = [1, 2]\"\n"
    );
    let found = problems(&lesson);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!((found[0].line, found[0].column), (Some(13), Some(8)));
    assert!(found[0].file.ends_with("01-a.toml"), "{}", found[0]);
    for (p, test, field) in [
        (&found[0], "adds", "`call`"),
        (&found[1], "lists", "`returns`"),
    ] {
        assert!(p.message.contains(test) && p.message.contains(field), "{p}");
    }
    assert!(found[0].message.contains("never closed"), "{}", found[0]);
    assert!(found[1].message.contains("\"=\""), "{}", found[1]);
    assert!(
        found[1].help.as_deref().unwrap().contains("'hello'"),
        "{}",
        found[1]
    );
}

#[test]
fn match_on_a_function_test_is_refused_at_its_place() {
    let lesson = format!(
        "{EXERCISE}\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3)\"\nreturns = \"5\"\n\
         match = \"numbers\"\n"
    );
    let found = problems(&lesson);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].line, found[0].column), (Some(15), Some(9)));
    assert!(found[0].message.contains("`match`"), "{}", found[0]);
    assert!(
        found[0].help.as_deref().unwrap().contains("numeric"),
        "{}",
        found[0]
    );
}

#[test]
fn a_lesson_listed_with_toml_is_told_to_drop_it_but_still_loads() {
    let lesson = format!(
        "{EXERCISE}\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3)\"\nreturns = \"5\"\n"
    );
    let (_dir, source) = write(&PACK.replace("\"01-a\"", "\"01-a.toml\""), &lesson, &[]);
    let pack = load_pack(&source).unwrap_or_else(|p| panic!("{p:?}"));
    assert_eq!(pack.lessons.len(), 1);
    assert_eq!(pack.warnings.len(), 1, "{:?}", pack.warnings);
    let w = &pack.warnings[0];
    assert!(w.warning);
    assert_eq!((w.line, w.column), (Some(4), Some(12)), "{w}");
    assert!(w.help.as_deref().unwrap().contains("drop the .toml"), "{w}");
    assert!(w.help.as_deref().unwrap().contains("\"01-a\""), "{w}");
    assert!(w.to_string().contains(": warning: "), "{w}");
}

#[test]
fn code_indented_with_tabs_is_accepted_with_a_warning_and_shown_with_spaces() {
    let lesson = EXERCISE
        .replace("\\n    return", "\\n\\treturn")
        .replace("hints", "starter = \"def add(a, b):\\n\\tpass\\n\"\nhints")
        + "\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3)\"\nreturns = \"5\"\n";
    let (_dir, source) = write(PACK, &lesson, &[]);
    let pack = load_pack(&source).unwrap_or_else(|p| panic!("{p:?}"));
    let exercise = &pack.lessons[0].exercises[0];
    assert_eq!(exercise.solution, "def add(a, b):\n    return a + b\n");
    assert_eq!(exercise.starter, "def add(a, b):\n    pass\n");
    assert_eq!(pack.warnings.len(), 2, "{:?}", pack.warnings);
    for (w, field) in pack.warnings.iter().zip(["`starter`", "`solution`"]) {
        assert!(
            w.message.contains("`add`") && w.message.contains(field),
            "{w}"
        );
        assert!(w.line.is_some() && w.column.is_some(), "{w}");
    }
}

#[test]
fn regex_descriptions_tolerances_and_numeric_are_read_where_they_mean_something() {
    let test = "\n[[exercise.test]]\nname = \"rolls\"\nexpect = 'You rolled \\d'\nmatch = \"regex\"\n\
                expect_description = \"You rolled, then a number\"\n";
    let TestKind::Output {
        mode, description, ..
    } = test_kind(&format!("{EXERCISE}{test}"))
    else {
        panic!("an output test")
    };
    assert_eq!(mode, MatchMode::Regex);
    assert_eq!(description.as_deref(), Some("You rolled, then a number"));

    let numbers = "\n[[exercise.test]]\nname = \"sums\"\nexpect = \"5\"\nmatch = \"numbers\"\n\
                   relative_tolerance = 0.01\n";
    let TestKind::Output { tolerance, .. } = test_kind(&format!("{EXERCISE}{numbers}")) else {
        panic!("an output test")
    };
    assert_eq!(
        tolerance,
        Tolerance {
            absolute: 0.001,
            relative: 0.01
        }
    );

    let call = "\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3)\"\nreturns = \"5.0\"\n\
                numeric = true\n";
    let TestKind::Call {
        numeric, tolerance, ..
    } = test_kind(&format!("{EXERCISE}{call}"))
    else {
        panic!("a function test")
    };
    assert!(numeric);
    assert_eq!(tolerance.absolute, 1e-9);

    // Each where it means nothing, at its place.
    let misplaced = [
        (
            "expect = \"5\"\nexpect_description = \"five\"\n",
            "`expect_description`",
        ),
        ("expect = \"5\"\nnumeric = true\n", "`numeric`"),
        (
            "expect = \"5\"\nrelative_tolerance = 0.1\n",
            "`relative_tolerance`",
        ),
        (
            "expect = \"5\"\nmatch = \"exact\"\ntolerance = 0.1\n",
            "`tolerance`",
        ),
        (
            "call = \"add(1, 2)\"\nreturns = \"3\"\nexpect_description = \"3\"\n",
            "`expect_description`",
        ),
    ];
    for (fields, named) in misplaced {
        let lesson = format!("{EXERCISE}\n[[exercise.test]]\nname = \"t\"\n{fields}");
        let found = problems(&lesson);
        assert_eq!(found.len(), 1, "{fields}: {found:?}");
        assert!(found[0].message.contains(named), "{fields}: {}", found[0]);
        assert!(found[0].line.is_some_and(|l| l > 12), "{}", found[0]);
    }
}

#[test]
fn every_problem_of_a_translation_is_listed_at_once() {
    let lesson = format!(
        "{EXERCISE}\n[[exercise.test]]\nname = \"adds\"\ncall = \"add(2, 3)\"\nreturns = \"5\"\n"
    );
    // An unknown field, a wrong type, an unknown exercise, too many hints, an unknown test.
    let translation = "lesson = \"l\"\ncolour = \"red\"\ntitle = 5\n\n[exercise.ad]\ntitle = \"x\"\n\n\
                       [exercise.add]\nhints = [\"un\", \"dau\"]\n\n[exercise.add.test.addz]\nname = \"y\"\n";
    let (_dir, source) = write(PACK, &lesson, &[("translations/cy/01-a.toml", translation)]);
    let pack = load_pack(&source).unwrap_or_else(|p| panic!("{p:?}"));
    let (languages, found) = crate::pack::translate::check(&source, Some(&pack));
    assert_eq!(languages, ["cy"]);
    let places: Vec<(Option<usize>, Option<usize>)> =
        found.iter().map(|p| (p.line, p.column)).collect();
    assert_eq!(
        places,
        [
            (Some(2), Some(1)),
            (Some(3), Some(9)),
            (Some(5), Some(11)),
            (Some(9), Some(9)),
            (Some(11), Some(20)),
        ],
        "{found:#?}"
    );
    assert!(found[0].message.contains("`colour`"), "{}", found[0]);
    assert!(found.iter().all(|p| p.file.ends_with("01-a.toml")));
    // A regex test's description is translated like its name.
    let lesson = format!(
        "{EXERCISE}\n[[exercise.test]]\nname = \"rolls\"\nexpect = 'You rolled \\d'\n\
         match = \"regex\"\nexpect_description = \"You rolled, then a number\"\n"
    );
    let translation = "[exercise.add.test.rolls]\nname = \"rholio\"\n\
                       expect_description = \"You rolled, wedyn rhif\"\n";
    let (_dir2, welsh) = write(PACK, &lesson, &[("translations/cy/01-a.toml", translation)]);
    let pack = load_pack(&welsh).unwrap_or_else(|p| panic!("{p:?}"));
    assert!(
        crate::pack::translate::check(&welsh, Some(&pack))
            .1
            .is_empty()
    );
    let test = &crate::pack::translate::translate(&pack, "cy").lessons[0].exercises[0].tests[0];
    assert_eq!(test.name, "rholio");
    assert!(
        matches!(&test.kind, TestKind::Output { description: Some(d), .. } if d == "You rolled, wedyn rhif"),
        "{test:?}"
    );
    // Without a pack that loaded, the shape of each file is still checked.
    let (_, shape) = crate::pack::translate::check(&source, None);
    assert_eq!(shape.len(), 2, "{shape:?}");
}
