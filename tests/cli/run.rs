//! `slate run`: ordinary and hostile programs in the sandbox.

use super::*;

fn run_json(home: &Home, program: &str, extra: &[&str], stdin: &str) -> serde_json::Value {
    let path = fixture(&format!("programs/{program}"));
    let mut args = vec!["run", "--json"];
    args.extend_from_slice(extra);
    args.push(path.to_str().unwrap());
    let out = home.run(&args, stdin);
    let v = json(&out);
    let ok = v["verdict"] == "ok";
    assert_eq!(
        out.status.code(),
        Some(if ok { 0 } else { 1 }),
        "exit status for {program}: {v}"
    );
    v
}

#[test]
fn hello_prints_hello() {
    let home = Home::new();
    let out = home.run(&["run", fixture("programs/hello.py").to_str().unwrap()], "");
    assert_eq!(stdout(&out), "hello\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn json_report_has_every_field() {
    let home = Home::new();
    let v = run_json(&home, "hello.py", &[], "");
    assert_eq!(v["verdict"], "ok");
    assert_eq!(v["exit_code"], 0);
    assert_eq!(v["stdout"], "hello\n");
    assert_eq!(v["stderr"], "");
    assert!(v["error"].is_null());
    assert!(v["duration_ms"].as_f64().unwrap() >= 0.0);
}

#[test]
fn infinite_loop_hits_the_time_limit() {
    let home = Home::new();
    let v = run_json(&home, "infinite_loop.py", &["--time-limit", "1"], "");
    assert_eq!(v["verdict"], "time_limit");
    assert!(v["exit_code"].is_null());
}

#[test]
fn catching_every_exception_does_not_escape_the_time_limit() {
    let home = Home::new();
    let v = run_json(&home, "catch_everything.py", &["--time-limit", "1"], "");
    assert_eq!(v["verdict"], "time_limit");
}

#[test]
fn huge_power_is_stopped() {
    let home = Home::new();
    let v = run_json(&home, "huge_power.py", &["--time-limit", "1"], "");
    assert!(
        v["verdict"] == "time_limit" || v["verdict"] == "memory_limit",
        "{v}"
    );
}

#[test]
fn output_flood_hits_the_output_limit() {
    let home = Home::new();
    let v = run_json(&home, "output_flood.py", &["--output-limit", "64"], "");
    assert_eq!(v["verdict"], "output_limit");
    let printed = v["stdout"].as_str().unwrap();
    assert_eq!(printed.len(), 64 * 1024, "output is kept up to the limit");
}

#[test]
fn memory_hog_hits_the_memory_limit() {
    let home = Home::new();
    let v = run_json(&home, "memory_hog.py", &["--memory-limit", "32"], "");
    assert_eq!(v["verdict"], "memory_limit", "{v}");
}

#[test]
fn catching_memory_error_does_not_escape_the_memory_limit() {
    let home = Home::new();
    let v = run_json(
        &home,
        "catch_memory_error.py",
        &["--memory-limit", "32", "--time-limit", "3"],
        "",
    );
    assert_eq!(v["verdict"], "memory_limit", "{v}");
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let home = Home::new();
    let v = run_json(&home, "deep_recursion.py", &[], "");
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["error"]["type"], "RecursionError");
    assert_eq!(v["error"]["line"], 2);
}

#[test]
fn raising_the_recursion_limit_still_stops_safely() {
    // Python frames live in the interpreter's memory, so without Python's own recursion
    // limit the memory limit is what stops runaway recursion.
    let home = Home::new();
    let v = run_json(&home, "deeper_recursion.py", &["--memory-limit", "32"], "");
    assert_eq!(v["verdict"], "memory_limit", "{v}");
    // The sandbox is still healthy afterwards.
    let again = run_json(&home, "hello.py", &[], "");
    assert_eq!(again["stdout"], "hello\n");
}

#[test]
fn interpreter_stack_overflow_is_a_recursion_error() {
    // repr() of a list nested a million deep recurses inside the interpreter itself,
    // beyond Python's recursion limit: the wasm stack runs out and the run traps.
    let home = Home::new();
    let v = run_json(&home, "nested_lists.py", &[], "");
    assert_eq!(v["verdict"], "error", "{v}");
    assert_eq!(v["error"]["type"], "RecursionError");
    let again = run_json(&home, "hello.py", &[], "");
    assert_eq!(again["stdout"], "hello\n");
}

#[test]
fn deeply_nested_code_is_refused_safely() {
    let home = Home::new();
    let v = run_json(&home, "nested_parentheses.py", &[], "");
    assert_eq!(v["verdict"], "error", "{v}");
    assert!(
        v["stderr"]
            .as_str()
            .unwrap()
            .lines()
            .all(|l| l.chars().count() < 400),
        "enormous source lines are shortened in tracebacks"
    );
}

#[test]
fn syntax_error_is_reported_with_its_line() {
    let home = Home::new();
    let v = run_json(&home, "syntax_error.py", &[], "");
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["error"]["type"], "SyntaxError");
    assert_eq!(v["error"]["line"], 2);
    assert_eq!(
        v["stdout"], "",
        "nothing runs when the program cannot be read"
    );
}

#[test]
fn name_error_is_structured() {
    let home = Home::new();
    let v = run_json(&home, "name_error.py", &[], "");
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["stdout"], "start\n");
    assert_eq!(v["error"]["type"], "NameError");
    assert_eq!(v["error"]["line"], 2);
    assert!(v["error"]["message"].as_str().unwrap().contains("nmae"));
    let stderr = v["stderr"].as_str().unwrap();
    assert!(stderr.contains("File \"main.py\", line 2"), "{stderr}");
}

#[test]
fn sys_exit_three_is_an_error_with_its_code() {
    let home = Home::new();
    let v = run_json(&home, "exit_three.py", &[], "");
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["exit_code"], 3);
    assert!(v["error"].is_null());
    assert_eq!(v["stdout"], "leaving\n");
}

#[test]
fn input_with_nothing_left_is_an_eof_error() {
    let home = Home::new();
    let v = run_json(&home, "input_eof.py", &["--stdin", "-"], "Ada\n");
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["error"]["type"], "EOFError");
    assert_eq!(v["error"]["line"], 3);
    assert_eq!(v["stdout"], "What is your name? Hello, Ada\nAgain? ");
}

#[test]
fn unicode_in_and_out() {
    let home = Home::new();
    let v = run_json(&home, "unicode.py", &["--stdin", "-"], "Siân\n");
    assert_eq!(v["verdict"], "ok", "{v}");
    assert_eq!(
        v["stdout"],
        "Helô, Siân! 👋\nShwmae, Siân. Diolch yn fawr.\nবাংলা ভাষা\n1 Ŵ\n"
    );
}

#[test]
fn files_cannot_be_opened_or_written() {
    let home = Home::new();
    let v = run_json(&home, "open_file.py", &[], "");
    let out = v["stdout"].as_str().unwrap();
    assert!(!out.contains("READ:"), "{out}");
    assert!(!out.contains("WROTE"), "{out}");
    assert_eq!(out.matches("refused:").count(), 2, "{out}");
    assert!(!home.path().join("secret.txt").exists());
}

#[test]
fn directories_cannot_be_listed() {
    let home = Home::new();
    let v = run_json(&home, "list_directory.py", &[], "");
    let out = v["stdout"].as_str().unwrap();
    for line in out.lines() {
        assert!(line.contains("refused:"), "a directory was listed: {line}");
    }
}

#[test]
fn the_environment_does_not_leak_in() {
    let home = Home::new();
    let out = home
        .slate()
        .env("SECRET_TOKEN", "hunter2")
        .args([
            "run",
            "--json",
            fixture("programs/environment.py").to_str().unwrap(),
        ])
        .output()
        .unwrap();
    let v = json(&out);
    let printed = v["stdout"].as_str().unwrap();
    assert!(!printed.contains("hunter2"));
    assert!(printed.contains("environment: {}"), "{printed}");
    assert!(printed.contains("HOME: None None"), "{printed}");
    assert!(printed.contains("argv: ['main.py']"), "{printed}");
}

#[test]
fn sockets_are_refused() {
    let home = Home::new();
    let v = run_json(&home, "socket_attempt.py", &[], "");
    let out = v["stdout"].as_str().unwrap();
    assert!(
        !out.contains("CONNECTED") && !out.contains("FETCHED"),
        "{out}"
    );
    assert_eq!(out.matches("refused:").count(), 2, "{out}");
}

#[test]
fn random_is_seeded_and_repeatable() {
    let home = Home::new();
    let a = run_json(&home, "random_numbers.py", &[], "");
    let b = run_json(&home, "random_numbers.py", &[], "");
    let c = run_json(&home, "random_numbers.py", &["--seed", "7"], "");
    assert_eq!(a["stdout"], b["stdout"]);
    assert_ne!(a["stdout"], c["stdout"]);
}

#[test]
fn escape_sequences_are_neutralised_on_the_terminal_but_kept_for_marking() {
    let home = Home::new();
    let path = fixture("programs/escape_sequences.py");
    let shown = home.run(&["run", path.to_str().unwrap()], "");
    assert!(
        !stdout(&shown).contains('\u{1b}'),
        "an escape reached the terminal"
    );
    assert!(stdout(&shown).contains("␛[31mred"));
    let v = run_json(&home, "escape_sequences.py", &[], "");
    assert!(v["stdout"].as_str().unwrap().contains("\u{1b}[31mred"));
}

#[test]
fn interactive_input_is_read_as_typed() {
    let home = Home::new();
    let out = home.run(
        &["run", fixture("programs/input_eof.py").to_str().unwrap()],
        "Mei\nno\n",
    );
    assert_eq!(stdout(&out), "What is your name? Hello, Mei\nAgain? ");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn missing_file_is_a_usage_error() {
    let home = Home::new();
    let out = home.run(&["run", "no-such-file.py"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("could not find the file no-such-file.py"));
}

#[test]
fn non_utf8_file_is_a_usage_error() {
    let home = Home::new();
    let path = home.path().join("latin1.py");
    std::fs::write(&path, b"print('caf\xe9')\n").unwrap();
    let out = home.run(&["run", path.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("UTF-8"), "{}", stderr(&out));
}

#[test]
fn notepad_byte_order_mark_is_ignored() {
    let home = Home::new();
    let path = home.path().join("bom.py");
    std::fs::write(&path, "\u{feff}print('ok')\n").unwrap();
    let out = home.run(&["run", path.to_str().unwrap()], "");
    assert_eq!(stdout(&out), "ok\n", "{}", stderr(&out));
}

#[test]
fn bad_limits_are_usage_errors() {
    let home = Home::new();
    let hello = fixture("programs/hello.py");
    let out = home.run(&["run", "--time-limit", "0", hello.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("time limit"));
}

#[test]
fn frame_walking_from_the_program_cannot_hide_its_error() {
    // The program looks through every frame above it for the driver's JSON writer and
    // makes it report success, then fails. The status is decided natively.
    let home = Home::new();
    let path = home.path().join("forge.py");
    std::fs::write(
        &path,
        r#"import sys
frame = sys._getframe()
while frame is not None:
    g = frame.f_globals
    if "_dumps" in g:
        g["_dumps"] = lambda *args, **kwargs: '{"status": "ok", "exit_code": 0}'
    frame = frame.f_back
raise ValueError("still an error")
"#,
    )
    .unwrap();
    let out = home.run(&["run", "--json", path.to_str().unwrap()], "");
    let v = json(&out);
    assert_eq!(v["verdict"], "error", "{v}");
    assert_eq!(v["exit_code"], 1);
    assert_eq!(v["error"]["type"], "ValueError");
    assert_eq!(v["error"]["line"], 8);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn os_exit_zero_is_a_normal_end() {
    let home = Home::new();
    let v = run_json(&home, "os_exit_zero.py", &[], "");
    assert_eq!(v["verdict"], "ok", "{v}");
    assert_eq!(v["exit_code"], 0);
    assert!(v["error"].is_null());
    assert_eq!(v["stdout"], "leaving\n");
}

#[test]
fn os_exit_three_is_an_error_with_its_code() {
    let home = Home::new();
    let v = run_json(&home, "os_exit_three.py", &[], "");
    assert_eq!(v["verdict"], "error", "{v}");
    assert_eq!(v["exit_code"], 3);
    assert!(v["error"].is_null());
    assert_eq!(v["stdout"], "leaving\n");
}

#[test]
fn quit_and_exit_end_the_program_like_sys_exit() {
    let home = Home::new();
    let v = run_json(&home, "quit_and_exit.py", &[], "");
    assert_eq!(v["verdict"], "error", "{v}");
    assert_eq!(v["exit_code"], 4);
    assert!(v["error"].is_null());
    assert_eq!(
        v["stdout"],
        "before\nexit() raised SystemExit None\nUse quit() or Ctrl-D (i.e. EOF) to exit\n"
    );
}

#[test]
fn help_does_not_crash() {
    let home = Home::new();
    let v = run_json(&home, "help_builtin.py", &[], "");
    assert_eq!(v["verdict"], "ok", "{v}");
    let printed = v["stdout"].as_str().unwrap();
    assert!(printed.contains("len"), "{printed}");
    assert!(printed.ends_with("after help\n"), "{printed}");
}

#[test]
fn a_program_that_empties_the_builtins_gets_its_own_error() {
    let home = Home::new();
    for (program, name, line) in [
        ("clear_builtins.py", "print", 3),
        ("clear_main_builtins.py", "len", 2),
    ] {
        let v = run_json(&home, program, &[], "");
        assert_eq!(v["verdict"], "error", "{v}");
        assert_eq!(v["error"]["type"], "NameError", "{v}");
        assert_eq!(v["error"]["line"], line, "{v}");
        assert!(
            v["error"]["message"].as_str().unwrap().contains(name),
            "{v}"
        );
        let stderr = v["stderr"].as_str().unwrap();
        assert!(stderr.contains("File \"main.py\""), "{stderr}");
        for inner in ["<slate>", "driver", "_describe", "slate"] {
            assert!(
                !stderr.contains(inner),
                "Slate's own {inner} shown: {stderr}"
            );
        }
    }
}

#[test]
fn a_raised_recursion_limit_still_ends_in_a_recursion_error() {
    // The guest caps the limit a program can set, so Python's RecursionError (with the
    // learner's traceback) comes before the interpreter's stack runs out.
    let home = Home::new();
    let v = run_json(&home, "raised_recursion_limit.py", &[], "");
    assert_eq!(v["verdict"], "error", "{v}");
    assert_eq!(v["stdout"], "True\n");
    assert_eq!(v["error"]["type"], "RecursionError");
    assert_eq!(v["error"]["line"], 6, "{v}");
    let stderr = v["stderr"].as_str().unwrap();
    assert!(
        stderr.contains("line 6, in down") && stderr.contains("[Previous line repeated"),
        "the learner's own traceback: {stderr}"
    );
}

/// `slate run hello.py` with its compiled Python cached in `cache` (an empty folder is a new
/// computer); `compile` asks Slate to compile Python itself rather than use the code
/// compiled with it.
fn hello_with_cache(home: &Home, cache: &std::path::Path, compile: bool) -> std::process::Output {
    let mut cmd = home.slate();
    cmd.env("XDG_CACHE_HOME", cache);
    if compile {
        cmd.env("SLATE_COMPILE_PYTHON", "1");
    }
    run_with(cmd.args(["run"]).arg(fixture("programs/hello.py")), "")
}

/// A new computer (an empty cache folder) uses the Python compiled when Slate was built:
/// nothing is compiled, so there is nothing to wait for and nothing on stderr, and the code
/// is cached for the next start.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
#[test]
fn the_first_start_uses_the_code_compiled_with_slate() {
    let home = Home::new();
    let fresh = home.path().join("new-computer-cache");
    let out = hello_with_cache(&home, &fresh, false);
    assert_eq!(
        (stdout(&out).as_str(), stderr(&out).as_str()),
        ("hello\n", "")
    );
    let runtime = fresh.join("slate").join("runtime");
    let cached: Vec<_> = std::fs::read_dir(&runtime)
        .expect("the cache folder was made")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "cwasm"))
        .collect();
    assert_eq!(cached.len(), 1, "{cached:?}");
    assert!(
        !runtime.join("prepare-time-ms").exists(),
        "nothing was compiled, so no compile time was recorded"
    );
}

/// A computer that compiles Python itself (here asked to, as one would be whose processor
/// the code compiled with Slate does not fit) takes a while: with stderr a pipe (a log, a
/// teacher's script), a line every few seconds says how far it has got, so it never looks
/// frozen. (The one test that compiles Python from nothing on purpose.)
#[test]
fn the_first_start_tells_its_progress_on_a_piped_stderr() {
    let home = Home::new();
    let fresh = home.path().join("new-computer-cache");
    let out = hello_with_cache(&home, &fresh, true);
    assert_eq!(stdout(&out), "hello\n", "{}", stderr(&out));
    let err = stderr(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.last(), Some(&"Python is ready."), "{err}");
    let progress = &lines[..lines.len() - 1];
    // A line at once, then one every few seconds; each an estimate, never "100%".
    assert!(!progress.is_empty(), "{err}");
    for line in progress {
        assert!(
            line.starts_with("Getting Python ready, the first time only: about ")
                && line.ends_with(" s)")
                && !line.contains("100%"),
            "{err}"
        );
    }
    // How long it took is kept, for the next estimate on this computer.
    let record = fresh.join("slate").join("runtime").join("prepare-time-ms");
    let ms: u64 = std::fs::read_to_string(&record)
        .expect("the time is recorded")
        .trim()
        .parse()
        .expect("in milliseconds");
    assert!(ms > 0);
    // The next start loads it: not a word on stderr.
    let again = hello_with_cache(&home, &fresh, false);
    assert_eq!(
        (stdout(&again).as_str(), stderr(&again).as_str()),
        ("hello\n", "")
    );
}

#[test]
fn dates_can_be_read_from_text() {
    // `strptime` needs `time.tzname`, which Slate's earlier Python lacked (issue 16).
    let home = Home::new();
    let v = run_json(&home, "dates.py", &[], "");
    assert_eq!(v["verdict"], "ok", "{v}");
    assert_eq!(
        v["stdout"],
        "2015-01-02 00:00:00\nFriday 02 January 2015\n45\n2\n"
    );
}
