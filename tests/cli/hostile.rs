//! Hostile programs that try to outlive their limits by waiting in the host (sleep, select,
//! a read that never ends), a forged compiled-code cache, a flood of names for "did you
//! mean", and output that tries to write over Slate's own lines.
//!
//! Each wait is checked against the run's own duration as Slate reports it, not against the
//! wall clock of the whole test, so a busy machine cannot make these fail.

use super::*;
use std::io::{BufRead, BufReader};
use std::process::Child;
use std::time::{Duration, Instant};

/// The bound: a program stops within its limit plus half a second.
const GRACE_MS: f64 = 500.0;

fn run_json_with_open_stdin(home: &Home, program: &str, limit: &str) -> serde_json::Value {
    let path = fixture(&format!("programs/{program}"));
    json(&run_with_open_stdin(
        home.slate()
            .args(["run", "--json", "--time-limit", limit])
            .arg(&path),
    ))
}

fn assert_stopped_at(v: &serde_json::Value, limit_s: f64) {
    assert_eq!(v["verdict"], "time_limit", "{v}");
    let ms = v["duration_ms"].as_f64().expect("a duration");
    assert!(
        ms < limit_s * 1000.0 + GRACE_MS,
        "stopped after {ms} ms, limit {limit_s} s: {v}"
    );
}

#[test]
fn a_long_sleep_stops_at_the_time_limit() {
    let home = Home::new();
    let v = run_json_with_open_stdin(&home, "sleep_long.py", "1");
    assert_stopped_at(&v, 1.0);
    assert_eq!(v["stdout"], "going to sleep\n");
}

#[test]
fn select_with_a_timeout_stops_at_the_time_limit() {
    let home = Home::new();
    let v = run_json_with_open_stdin(&home, "select_sleep.py", "1");
    assert_stopped_at(&v, 1.0);
    assert_eq!(v["stdout"], "waiting\n");
}

#[test]
fn a_read_that_never_ends_stops_at_the_time_limit() {
    // Standard input is a pipe that stays open: nobody is typing, so the wait counts.
    let home = Home::new();
    let v = run_json_with_open_stdin(&home, "input_block.py", "1");
    assert_stopped_at(&v, 1.0);
    assert_eq!(v["stdout"], "ready\n");
}

#[test]
fn marking_a_sleeping_program_stops_at_the_first_tests_limit() {
    let home = Home::new();
    let pack = fixture("packs/sleepy");
    let program = fixture("programs/sleep_long.py");
    let started = Instant::now();
    let out = home.run(
        &[
            "check",
            "--packs",
            pack.to_str().unwrap(),
            "--json",
            "sleepy/nap",
            program.to_str().unwrap(),
        ],
        "",
    );
    let v = json(&out);
    let tests = v["tests"].as_array().expect("test results");
    assert_eq!(tests.len(), 2, "{v}");
    // The first test waits out its half-second limit; the second is not run at all (it
    // would only wait out its own limit too).
    assert_eq!(tests[0]["status"], "time_limit", "{v}");
    assert_eq!(tests[1]["status"], "not_run", "{v}");
    assert_eq!(tests[1]["duration_ms"], 0.0, "{v}");
    // One test of half a second, not two sleeps of 100 s. This bound is loose on purpose
    // (process start and preparing included): it only tells "stopped" from "slept".
    assert!(started.elapsed() < Duration::from_secs(60));
}

#[test]
fn a_check_of_an_endless_loop_stops_after_the_first_test_runs_out_of_time() {
    // Five tests of one second each: before, `while True: pass` waited out all five.
    let home = Home::new();
    let pack = fixture("packs/stuck");
    let program = fixture("programs/infinite_loop.py");
    let started = Instant::now();
    let out = home.run(
        &[
            "check",
            "--packs",
            pack.to_str().unwrap(),
            "--json",
            "stuck/five",
            program.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v = json(&out);
    let statuses: Vec<&str> = v["tests"]
        .as_array()
        .expect("test results")
        .iter()
        .map(|t| t["status"].as_str().unwrap())
        .collect();
    assert_eq!(
        statuses,
        ["time_limit", "not_run", "not_run", "not_run", "not_run"],
        "{v}"
    );
    assert_eq!(
        (v["score"].as_u64(), v["passed"].as_bool()),
        (Some(0), Some(false))
    );
    // The check as Slate measured it: one test's limit (1 s) and a little, well under the
    // limit plus a second. Only one test ran.
    let ms = v["duration_ms"].as_f64().expect("the check's duration");
    assert!(ms < 1000.0 + 1000.0, "the check took {ms} ms: {v}");
    let ran: f64 = v["tests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["duration_ms"].as_f64().unwrap())
        .sum();
    assert!(ran < 1000.0 + GRACE_MS, "the tests ran for {ran} ms: {v}");
    // A generous bound on the wall clock (process start included), far below five limits
    // of waiting on a quiet machine, and still safe on a busy one.
    assert!(started.elapsed() < Duration::from_secs(60));

    // The words say which tests were not run, and why.
    let text = stdout(&home.run(
        &[
            "check",
            "--packs",
            pack.to_str().unwrap(),
            "stuck/five",
            program.to_str().unwrap(),
        ],
        "",
    ));
    assert_eq!(text.matches("– not run ").count(), 4, "{text}");
    assert!(
        text.contains("A test ran out of time, so Slate did not run the 4 tests after it."),
        "{text}"
    );
}

/// Starts `slate run PROGRAM` (not JSON, so Ctrl+C handling is on) and waits for its first
/// line of output, so the program is surely running.
fn start_and_wait_for_first_line(
    home: &Home,
    program: &str,
) -> (Child, BufReader<std::process::ChildStdout>) {
    let mut child = home
        .slate()
        .args(["run", "--time-limit", "60"])
        .arg(fixture(&format!("programs/{program}")))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("slate starts");
    let mut reader = BufReader::new(child.stdout.take().expect("piped"));
    let mut line = String::new();
    reader.read_line(&mut line).expect("the program prints");
    assert!(!line.is_empty(), "the program started");
    (child, reader)
}

fn send(child: &Child, signal: &str) {
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

/// Waits for the child to end; how long that took after the signal.
fn wait_after_signal(mut child: Child) -> (std::process::ExitStatus, Duration, String) {
    let sent = Instant::now();
    let deadline = sent + Duration::from_secs(30);
    loop {
        if let Some(status) = child.try_wait().expect("wait works") {
            let took = sent.elapsed();
            let mut err = String::new();
            if let Some(mut e) = child.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut e, &mut err);
            }
            return (status, took, err);
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("slate did not end within 30 s of the signal");
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_sleeping_program_at_once() {
    let home = Home::new();
    let (child, _out) = start_and_wait_for_first_line(&home, "sleep_long.py");
    send(&child, "INT");
    let (status, took, err) = wait_after_signal(child);
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_eq!(
        status.code(),
        Some(1),
        "the run failed, Slate did not crash: {err}"
    );
    // The learner stopped it: said plainly, as in the tutor, not as a Python error.
    assert!(err.contains("You stopped the program."), "{err}");
    assert!(!err.contains("KeyboardInterrupt"), "{err}");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_a_program_waiting_for_input_at_once() {
    let home = Home::new();
    let (child, _out) = start_and_wait_for_first_line(&home, "input_block.py");
    send(&child, "INT");
    let (status, took, err) = wait_after_signal(child);
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_eq!(status.code(), Some(1), "{err}");
}

#[cfg(unix)]
#[test]
fn sigterm_and_sighup_end_slate_promptly() {
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let home = Home::new();
        let (child, _out) = start_and_wait_for_first_line(&home, "sleep_long.py");
        send(&child, signal);
        let (status, took, _) = wait_after_signal(child);
        assert!(took < Duration::from_secs(1), "SIG{signal} took {took:?}");
        assert_eq!(status.code(), Some(code), "SIG{signal}");
    }
}

#[test]
fn a_forged_compiled_runtime_is_never_run_and_is_prepared_again() {
    // A cache of its own, and a key folder of its own, so this test sees the whole story.
    let home = Home::new();
    let cache = home.path().join("stick-cache");
    let keys = home.path().join("local-data");
    let hello = fixture("programs/hello.py");
    let slate = || {
        let mut cmd = home.slate();
        cmd.env("SLATE_CACHE_DIR", &cache)
            .env("XDG_DATA_HOME", &keys)
            .args(["run"])
            .arg(&hello);
        cmd
    };
    let first = run_with(&mut slate(), "");
    assert_eq!(stdout(&first), "hello\n", "{}", stderr(&first));
    let file = std::fs::read_dir(cache.join("runtime"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "cwasm"))
        .expect("the compiled runtime was cached");
    assert!(
        !file.starts_with(&keys) && keys.join("slate").join("cache-key").is_file(),
        "the key is kept in the local data folder, away from the cache"
    );

    // Someone with write access to the stick changes the compiled code.
    let mut bytes = std::fs::read(&file).unwrap();
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0xff;
    std::fs::write(&file, &bytes).unwrap();

    let second = run_with(&mut slate(), "");
    assert_eq!(stdout(&second), "hello\n");
    assert!(
        stderr(&second).contains("changed by something other than Slate"),
        "a note says why Python is prepared again: {}",
        stderr(&second)
    );
    let rebuilt = std::fs::read(&file).expect("prepared again and cached");
    assert_ne!(rebuilt, bytes, "the forged file was replaced");

    // And the rebuilt one is trusted again: no note the next time.
    let third = run_with(&mut slate(), "");
    assert_eq!(stdout(&third), "hello\n");
    assert!(!stderr(&third).contains("changed by something other than Slate"));
}

#[test]
fn compiled_code_is_never_kept_in_the_data_folder() {
    // SLATE_HOME may be a USB stick or a shared drive: the native code stays in this user's
    // own cache folder (here the tests' shared `$XDG_CACHE_HOME`), memory-mapped from there.
    let home = Home::new();
    let hello = fixture("programs/hello.py");
    let out = run_with(home.slate().args(["run"]).arg(&hello), "");
    assert_eq!(stdout(&out), "hello\n", "{}", stderr(&out));
    let cwasm = |dir: &std::path::Path| {
        walk(dir)
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "cwasm"))
            .collect::<Vec<_>>()
    };
    assert!(!cwasm(&shared_cache().join("slate").join("runtime")).is_empty());
    assert_eq!(cwasm(home.path()), Vec::<std::path::PathBuf>::new());
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}

#[test]
fn a_flood_of_names_still_gets_a_quick_explanation() {
    let home = Home::new();
    let path = fixture("programs/name_flood.py");
    let out = home.run(&["run", "--json", path.to_str().unwrap()], "");
    let v = json(&out);
    assert_eq!(v["verdict"], "error");
    assert_eq!(v["error"]["type"], "NameError");
    assert!(v["error"]["explanation"].is_object(), "{v}");
}

#[test]
fn a_carriage_return_cannot_write_over_slates_lines() {
    let home = Home::new();
    let path = fixture("programs/carriage_return.py");
    let out = home.run(&["run", path.to_str().unwrap()], "");
    assert!(!out.stdout.contains(&b'\r'), "{:?}", stdout(&out));
    assert_eq!(stdout(&out), "hello␍✓ passed … Well done!\n");
}

#[cfg(unix)]
#[test]
fn an_endless_program_file_is_refused_without_reading_it_all() {
    let home = Home::new();
    let out = home.run(&["run", "/dev/zero"], "");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("/dev/zero is too big"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("1024 KB"), "{}", stderr(&out));
    let out = home.run(
        &[
            "run",
            "--stdin",
            "/dev/zero",
            fixture("programs/hello.py").to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("too big"), "{}", stderr(&out));
}
