//! Killing Slate at any moment: the real `slate check --learner` is killed at pseudo-random
//! moments while it marks and saves. The progress file must stay sound, and every attempt
//! whose result was printed must be in it (Slate commits before it shows a result).

use super::*;
use std::time::{Duration, Instant};

/// A small deterministic generator, so the test is the same on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
}

#[test]
fn killing_slate_while_it_saves_loses_nothing_that_was_shown() {
    let home = Home::new();
    let out = home.run(&["learner", "add", "Ada"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let file = home.path().join("answer.py");
    std::fs::write(&file, super::learner::RIGHT).unwrap();
    let args = super::learner::greet_args(&file, &["--learner", "Ada"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // How long one check takes here (once the runtime is prepared), to spread the kills over
    // its whole life.
    let first = home.run(&args, "");
    let mut seen = vec![json(&first)["attempt"].as_str().unwrap().to_owned()];
    let started = Instant::now();
    let second = home.run(&args, "");
    seen.push(json(&second)["attempt"].as_str().unwrap().to_owned());
    let span = started.elapsed().as_micros().max(1000) as u64;

    let mut rng = Lcg(42);
    let mut killed = 0;
    for _ in 0..30 {
        let mut child = home
            .slate()
            .args(&args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_micros(rng.next() % (span + span / 4)));
        // `kill` also succeeds on a child that has already ended (it is not yet reaped), so
        // count only the runs the signal really ended.
        let _ = child.kill();
        let out = child.wait_with_output().unwrap();
        if ended_by_kill(&out.status) {
            killed += 1;
        }
        let text = stdout(&out);
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(text.trim())
            && let Some(id) = v["attempt"].as_str()
        {
            seen.push(id.to_owned());
        }
    }
    assert!(killed > 0, "no check was still running when it was killed");
    eprintln!(
        "{} of 30 checks showed their result before the kill",
        seen.len() - 2
    );

    let conn = rusqlite::Connection::open(home.path().join("data/progress.sqlite3")).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let fk: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(fk, 0);
    for id in &seen {
        let n: i64 = conn
            .query_row("SELECT count(*) FROM attempts WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(n, 1, "attempt {id} was shown, so it must be kept");
    }
    // And Slate still works with the file afterwards.
    let out = home.run(&args, "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// Whether the process was ended by SIGKILL rather than ending by itself.
fn ended_by_kill(status: &std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        status.signal() == Some(9)
    }
    #[cfg(not(unix))]
    {
        // `TerminateProcess` leaves exit code 1; Slate itself ends a check with 0 or 1 too,
        // so on Windows count every run that did not succeed.
        !status.success()
    }
}
