//! `slate check`: marking programs against the fixture pack `good`.

use super::*;

fn check(home: &Home, exercise: &str, program: &str, json_out: bool) -> Output {
    let file = home.path().join("answer.py");
    std::fs::write(&file, program).unwrap();
    let pack = fixture("packs/good");
    let mut args = vec![
        "--packs",
        pack.to_str().unwrap(),
        "check",
        exercise,
        file.to_str().unwrap(),
    ];
    if json_out {
        args.push("--json");
    }
    home.run(&args, "")
}

#[test]
fn a_correct_program_passes() {
    let home = Home::new();
    let out = check(
        &home,
        "good/greet",
        "name = input()\nprint('Hello, ' + name + '!')\n",
        true,
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let v = json(&out);
    assert_eq!(v["exercise"], "good/greet");
    assert_eq!(v["passed"], true);
    assert_eq!(v["score"], 2);
    assert_eq!(v["max_score"], 2);
}

#[test]
fn hidden_tests_hide_expected_and_actual() {
    let home = Home::new();
    let out = check(
        &home,
        "good/average",
        "a = float(input())\nb = float(input())\nprint(a + b)\n",
        true,
    );
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out);
    let tests = v["tests"].as_array().unwrap();
    assert_eq!(tests[0]["status"], "failed");
    assert_eq!(tests[0]["hidden"], false);
    assert_eq!(tests[0]["expected"], "1.5\n");
    assert_eq!(tests[0]["actual"], "3.0\n");
    assert_eq!(tests[1]["hidden"], true);
    assert!(tests[1]["expected"].is_null() && tests[1]["actual"].is_null());
    assert_eq!(tests[1]["max_points"], 2);
}

#[test]
fn human_output_reads_as_sentences() {
    let home = Home::new();
    let out = check(
        &home,
        "good/greet",
        "name = input()\nprint('Hello ' + name)\n",
        false,
    );
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(text.contains("0 of 2 tests passed."), "{text}");
    assert!(text.contains("✗ failed"), "{text}");
    assert!(
        text.contains(
            "Test 1, greets Ada, failed: expected Hello, Ada!, your program printed Hello Ada."
        ),
        "{text}"
    );
    assert!(text.contains("Input given:"), "{text}");
}

#[test]
fn function_tests_compare_values_and_types() {
    let home = Home::new();
    let v = json(&check(
        &home,
        "good/add",
        "def add(a, b):\n    return str(a + b)\n",
        true,
    ));
    assert_eq!(v["passed"], false);
    assert_eq!(v["tests"][0]["expected"], "5");
    assert_eq!(v["tests"][0]["actual"], "'5'");
}

#[test]
fn a_missing_function_is_a_clear_failure() {
    let home = Home::new();
    let out = check(
        &home,
        "good/add",
        "def plus(a, b):\n    return a + b\n",
        false,
    );
    let text = stdout(&out);
    assert!(
        text.contains("your program has no function called add"),
        "{text}"
    );
}

#[test]
fn code_checks_read_the_syntax_tree() {
    let home = Home::new();
    let v = json(&check(
        &home,
        "good/count",
        "i = 1\nwhile i <= 3:\n    print(i)\n    i += 1\n",
        true,
    ));
    assert_eq!(v["tests"][0]["status"], "passed");
    assert_eq!(v["tests"][1]["status"], "failed");
    // Text search would be fooled by a comment; the syntax tree is not.
    let v = json(&check(
        &home,
        "good/count",
        "# for\nprint(1)\nprint(2)\nprint(3)\n",
        true,
    ));
    assert_eq!(v["tests"][1]["status"], "failed");
}

#[test]
fn a_crash_reports_the_learners_error() {
    let home = Home::new();
    let v = json(&check(
        &home,
        "good/greet",
        "name = input()\nprint('Hello, ' + nmae)\n",
        true,
    ));
    let t = &v["tests"][0];
    assert_eq!(t["status"], "error");
    assert_eq!(t["error"]["type"], "NameError");
    assert_eq!(t["error"]["line"], 2);
}

#[test]
fn limits_have_their_own_status() {
    let home = Home::new();
    let v = json(&check(&home, "good/greet", "while True:\n    pass\n", true));
    assert_eq!(v["tests"][0]["status"], "time_limit");
}

#[test]
fn marking_is_the_same_every_time() {
    let home = Home::new();
    let program =
        "import random\nname = input()\nprint('Hello, ' + name + '!' * random.randint(1, 2))\n";
    let a = stdout(&check(&home, "good/greet", program, true));
    let b = stdout(&check(&home, "good/greet", program, true));
    assert_eq!(a, b);
}

#[test]
fn unknown_exercises_get_a_suggestion() {
    let home = Home::new();
    let out = check(&home, "good/gret", "print(1)\n", false);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("Did you mean good/greet?"),
        "{}",
        stderr(&out)
    );
    let out = check(&home, "god/greet", "print(1)\n", false);
    assert!(
        stderr(&out).contains("Did you mean good?"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn lesson_qualified_ids_work() {
    let home = Home::new();
    let out = check(
        &home,
        "good/hello/add",
        "def add(a, b):\n    return a + b\n",
        true,
    );
    assert_eq!(json(&out)["passed"], true);
}

#[test]
fn feedback_quotes_the_time_limit_of_the_test_that_ran_out_of_time() {
    // The first test has the default limit (5 s); the second, which loops, has 0.5 s.
    let home = Home::new();
    let pack = fixture("packs/two-limits");
    let program = fixture("programs/loops_on_loop.py");
    let out = home.run(
        &[
            "--packs",
            pack.to_str().unwrap(),
            "check",
            "two-limits/echo",
            program.to_str().unwrap(),
        ],
        "",
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("still running after 0.5 seconds"),
        "the second test's own limit is quoted:\n{text}"
    );
    assert!(!text.contains("after 5 seconds"), "{text}");
}
