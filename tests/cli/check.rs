//! `slate check`: marking programs against the fixture pack `good`.

use super::*;

fn check(home: &Home, exercise: &str, program: &str, json_out: bool) -> Output {
    check_in(home, "good", exercise, program, json_out)
}

/// `slate check` of `program` against `exercise` of the fixture pack in `packs/PACK`.
fn check_in(home: &Home, pack: &str, exercise: &str, program: &str, json_out: bool) -> Output {
    let file = home.path().join("answer.py");
    std::fs::write(&file, program).unwrap();
    let pack = fixture(&format!("packs/{pack}"));
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
            "Test 1, greets Ada, failed: the output should be \"Hello, Ada!\", but your program printed \"Hello Ada\"."
        ),
        "{text}"
    );
    assert!(text.contains("Input given:"), "{text}");
}

#[test]
fn a_common_slip_is_said_in_one_sentence_not_a_diff() {
    let home = Home::new();
    let out = check(
        &home,
        "good/greet",
        "name = input()\nprint('hello, ' + name + '!')\n",
        false,
    );
    let text = stdout(&out);
    assert!(
        text.contains("Test 1, greets Ada, failed. The first letter should be a capital \"H\".\n"),
        "{text}"
    );
    assert!(!text.contains("Differences"), "{text}");
    // Output is shown as labelled lines.
    assert!(
        text.contains("Your program printed:\n    hello, Ada!\n"),
        "{text}"
    );
}

#[test]
fn a_syntax_error_is_placed_in_words_not_with_a_caret() {
    let home = Home::new();
    let out = check(
        &home,
        "good/greet",
        "name = input()\nprint(\"Hello\"!)\n",
        false,
    );
    let text = stdout(&out);
    assert!(text.contains("Line 2, column 14, near \"!\":"), "{text}");
    assert!(!text.contains("marked"), "{text}");
    let details = text.split("What Python said:").next().unwrap();
    assert!(!details.contains('^'), "{text}");
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
    // The reason is given in --json too, in the same words `slate check` prints.
    assert_eq!(
        v["tests"][1]["reason"],
        "failed: your program should use a for loop; \
         your program should not use a while loop (it does on line 2)."
    );
    assert!(v["tests"][0].get("reason").is_none(), "{v}");
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
    // Both tests crashed, and both are explained.
    for t in v["tests"].as_array().unwrap() {
        assert_eq!(t["explanation"]["line"], 2, "{t}");
        assert!(t["reason"].as_str().unwrap().contains("line 2"), "{t}");
    }
}

#[test]
fn limits_have_their_own_status() {
    let home = Home::new();
    let v = json(&check(&home, "good/greet", "while True:\n    pass\n", true));
    assert_eq!(v["tests"][0]["status"], "time_limit");
    let first = &v["tests"][0];
    assert!(
        first["reason"].as_str().unwrap().contains("still running"),
        "{first}"
    );
    assert!(
        !first["explanation"]["why"].as_str().unwrap().is_empty(),
        "{first}"
    );
    // The check stopped there: every later test says it was not run, and why.
    let rest = &v["tests"].as_array().unwrap()[1..];
    assert!(!rest.is_empty());
    for t in rest {
        assert_eq!(t["status"], "not_run", "{t}");
        assert!(t["reason"].as_str().unwrap().contains("not run"), "{t}");
    }
}

#[test]
fn marking_is_the_same_every_time() {
    let home = Home::new();
    let program =
        "import random\nname = input()\nprint('Hello, ' + name + '!' * random.randint(1, 2))\n";
    // Everything but the time each run took (`duration_ms`), which the clock decides.
    let marks = |out: &std::process::Output| {
        let mut v = json(out);
        v.as_object_mut().unwrap().remove("duration_ms");
        for t in v["tests"].as_array_mut().unwrap() {
            assert!(t["duration_ms"].as_f64().is_some(), "{t}");
            t.as_object_mut().unwrap().remove("duration_ms");
        }
        v
    };
    let a = marks(&check(&home, "good/greet", program, true));
    let b = marks(&check(&home, "good/greet", program, true));
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

/// `slate check --json` of `program` against an exercise of the fixture pack `hardening`.
fn check_hardening(home: &Home, exercise: &str, program: &str) -> serde_json::Value {
    json(&check_in(home, "hardening", exercise, program, true))
}

#[test]
fn check_of_the_right_function_passes_every_value_test() {
    let home = Home::new();
    let v = check_hardening(
        &home,
        "hardening/double",
        "def double(x):\n    return x * 2\n",
    );
    assert_eq!(v["passed"], true, "{v}");
    assert_eq!(v["score"], 4);
}

#[test]
fn frame_walking_cannot_make_a_wrong_function_pass() {
    // The learner's function walks the frames above it and follows `input` (a function of
    // the guest's driver while marking) to the driver's globals, and replaces the driver's
    // comparison with one that always agrees. The verdict is made on the host, so it fails.
    let program = r#"
import sys, builtins

def forge(g):
    g["_same"] = lambda *args: True
    return True

def double(x):
    reached = False
    frame = sys._getframe()
    while frame is not None:
        if "_same" in frame.f_globals or "_describe" in frame.f_globals:
            reached = forge(frame.f_globals)
        frame = frame.f_back
    driver = getattr(builtins.input, "__globals__", {})
    if "_describe" in driver:
        reached = forge(driver)
    return "reached the driver" if reached else "found no driver"
"#;
    let home = Home::new();
    let v = check_hardening(&home, "hardening/double", program);
    assert_eq!(v["passed"], false, "{v}");
    assert_eq!(v["score"], 0, "{v}");
    let tests = v["tests"].as_array().unwrap();
    assert_eq!(tests.len(), 4);
    for t in tests {
        assert_eq!(t["status"], "failed", "{t}");
        assert_eq!(t["actual"], "'reached the driver'", "the attack ran: {t}");
    }
}

#[test]
fn check_of_a_patched_drivers_dumps_still_reports_the_error() {
    // The program rewrites the driver's JSON writer so that every answer says "ok", prints
    // the expected output, then fails. The run's status is decided natively: an error.
    let program = r#"
import builtins
driver = getattr(builtins.input, "__globals__", {})
real_dumps = driver.get("_dumps")

def forged(answer, *args, **kwargs):
    if isinstance(answer, dict):
        answer.update(status="ok", exit_code=0, error=None)
    return real_dumps(answer, *args, **kwargs)

if real_dumps is not None:
    driver["_dumps"] = forged
print(input().upper())
print("reached the driver" if real_dumps is not None else "found no driver")
raise ValueError("not finished")
"#;
    let home = Home::new();
    let v = check_hardening(&home, "hardening/shout", program);
    let t = &v["tests"][0];
    assert!(
        t["actual"].as_str().unwrap().contains("reached the driver"),
        "the attack ran: {t}"
    );
    assert_eq!(v["passed"], false, "{v}");
    assert_eq!(t["status"], "error", "{t}");
    assert_eq!(t["error"]["type"], "ValueError", "{t}");
    assert_eq!(t["error"]["line"], 15, "{t}");
}

#[test]
fn check_survives_exiting_while_the_error_is_worded() {
    // Wording the error is the driver's job, and the program can reach it: here wording
    // calls os._exit(0). The verdict was made before, and is what the host gets.
    let program = r#"
import builtins, os
driver = getattr(builtins.input, "__globals__", {})
if "_describe" in driver:
    driver["_describe"] = lambda *args: os._exit(0)
    print("reached the driver")
print(input().upper())
raise ValueError("not finished")
"#;
    let home = Home::new();
    let v = check_hardening(&home, "hardening/shout", program);
    let t = &v["tests"][0];
    assert!(
        t["actual"].as_str().unwrap().contains("reached the driver"),
        "the attack ran: {t}"
    );
    assert_eq!(t["status"], "error", "{t}");
    assert_eq!(t["error"]["type"], "ValueError", "{t}");
    assert_eq!(t["error"]["message"], "not finished", "{t}");
    assert_eq!(t["error"]["line"], 8, "{t}");
}

#[test]
fn check_of_a_function_that_exits_is_an_error_not_a_pass() {
    let home = Home::new();
    let v = check_hardening(
        &home,
        "hardening/double",
        "import os\n\ndef double(x):\n    os._exit(0)\n",
    );
    assert_eq!(v["score"], 0, "{v}");
    for t in v["tests"].as_array().unwrap() {
        assert_eq!(t["status"], "error", "{t}");
        assert_eq!(t["error"]["type"], "SystemExit", "{t}");
    }
    // Exiting at once before the test can call the right function is not a pass either.
    let v = check_hardening(
        &home,
        "hardening/double",
        "import os

def double(x):
    return x * 2

os._exit(0)
",
    );
    assert_eq!(v["score"], 0, "{v}");
    let t = &v["tests"][0];
    assert_eq!(t["status"], "error", "{t}");
    assert!(
        t["error"]["message"]
            .as_str()
            .unwrap()
            .contains("before the function"),
        "{t}"
    );
}

#[test]
fn check_compares_values_natively_not_by_their_own_eq() {
    // An int subclass that claims to equal everything is not an int: it never matches.
    let program = r#"
class Always(int):
    def __eq__(self, other):
        return True
    __hash__ = int.__hash__

def double(x):
    return Always(4)
"#;
    let home = Home::new();
    let v = check_hardening(&home, "hardening/double", program);
    assert_eq!(v["score"], 0, "{v}");
    assert_eq!(v["tests"][0]["status"], "failed");
    assert_eq!(v["tests"][0]["actual"], "4");
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
