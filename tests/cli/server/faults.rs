//! The server goes away, Slate is killed while sending, two PCs work offline at once, and
//! addresses are wrong: nothing is lost, nothing is doubled, and each problem is one sentence.

use super::super::*;
use super::proxy::Proxy;
use super::support::*;

#[test]
fn checks_go_on_while_the_server_is_down_and_are_sent_exactly_once_after() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let mut proxy = Proxy::to(&site.lab);
    let pc1 = pc(&with_port(&site.lab, proxy.port));
    proxy.stop();

    // In the middle of a lesson the server goes: checks still work, and say so calmly.
    let said = plain(
        &pc1,
        &first_exercise("1", "Eve", "print(\"Hello, world!\")"),
    );
    assert!(said.contains("Well done!"), "{said}");
    assert!(said.contains("Working offline"), "{said}");
    let status = pc1.run(&["server", "status"], "");
    assert_eq!(status.status.code(), Some(1));
    assert!(
        stdout(&status).contains("could not reach the class server"),
        "{}",
        stdout(&status)
    );
    assert!(
        stdout(&status).contains("changes are waiting"),
        "{}",
        stdout(&status)
    );
    let synced = pc1.run(&["sync"], "");
    assert_eq!(
        synced.status.code(),
        Some(2),
        "sync fails while the server is down"
    );
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), 0);

    // Back again: one sync sends everything, once.
    proxy.start();
    let synced = pc1.run(&["sync"], "");
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), 1);
    assert_eq!(
        site.count("SELECT count(*) FROM slate.events WHERE kind = 'page'"),
        3,
        "the three pages read"
    );
    assert!(pc1.run(&["sync"], "").status.success());
    assert_eq!(
        site.count("SELECT count(*) FROM slate.attempts"),
        1,
        "never twice"
    );
}

#[test]
fn killing_slate_while_it_sends_loses_nothing_and_doubles_nothing() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let pc1 = pc(&site.lab);
    // Many attempts recorded offline, straight into this PC's store.
    const ATTEMPTS: i64 = 3000;
    {
        let mut store =
            slate::store::Store::open_at(&pc1.path().join("data").join("progress.sqlite3"))
                .unwrap();
        let fay = store.add_learner("Fay", Some("7B")).unwrap();
        for i in 0..ATTEMPTS {
            store
                .record_attempt(&slate::store::NewAttempt {
                    learner: fay.id.clone(),
                    pack: "python-first-steps".into(),
                    pack_version: "1".into(),
                    exercise: format!("e{}", i % 40),
                    code: format!("print({i})"),
                    tests: vec![],
                    score: 0,
                    max_score: 1,
                    passed: false,
                    duration_ms: 1,
                    time_spent_ms: 1000,
                })
                .unwrap();
        }
    }
    // Killed at several moments while sending, then left to finish.
    for delay_ms in [30, 80, 150, 250] {
        let mut child = pc1
            .slate()
            .arg("sync")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
    }
    let synced = pc1.run(&["sync"], "");
    assert!(
        synced.status.success(),
        "{}{}",
        stdout(&synced),
        stderr(&synced)
    );
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), ATTEMPTS);
    assert_eq!(
        site.count("SELECT count(DISTINCT code) FROM slate.attempts"),
        ATTEMPTS,
        "every attempt is there once"
    );
    assert_eq!(site.count("SELECT count(*) FROM slate.learners"), 1);
}

#[test]
fn one_learner_offline_on_two_pcs_keeps_every_attempt_and_the_newer_code() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let mut proxy = Proxy::to(&site.lab);
    let url = with_port(&site.lab, proxy.port);
    let (pc1, pc2) = (pc(&url), pc(&url));
    // Gus starts on PC1 (online), and PC2 knows him.
    plain(&pc1, &first_exercise("1", "Gus", "print(1)"));
    assert!(plain(&pc2, &["1", "0"]).contains("Hello, Gus!"));

    // Both offline: PC1 changes the code, then PC2, later.
    proxy.stop();
    plain(&pc1, &["1", "1", "1", "2", "print('from pc1')", "END", "4"]);
    std::thread::sleep(std::time::Duration::from_millis(50));
    plain(&pc2, &["1", "1", "1", "2", "print('from pc2')", "END", "4"]);

    proxy.start();
    assert!(pc1.run(&["sync"], "").status.success());
    assert!(pc2.run(&["sync"], "").status.success());
    assert_eq!(
        site.count("SELECT count(*) FROM slate.attempts"),
        3,
        "no attempt lost"
    );

    // Back on PC1: the newer code (PC2's) is current, PC1's is in the history, and Gus is
    // told once.
    let said = plain(&pc1, &["1", "1", "6"]);
    assert!(said.contains("Line 1: print('from pc2')"), "{said}");
    assert!(said.contains("You also changed"), "{said}");
    let history: Vec<String> = walk(pc1.path())
        .into_iter()
        .filter(|p| p.to_string_lossy().contains("history"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    assert!(
        history.iter().any(|h| h.contains("from pc1")),
        "{history:?}"
    );
    let again = plain(&pc1, &["1", "0"]);
    assert!(!again.contains("You also changed"), "told once: {again}");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

#[test]
fn a_wrong_database_a_wrong_password_and_a_dropped_connection_are_one_sentence_each() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let home = Home::new();
    let one_sentence = |args: &[&str], expected: &str| {
        let out = home.run(args, "");
        assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
        let err = stderr(&out);
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{err}");
    };
    let wrong_db = with_database(&site.lab, "no_such_database");
    one_sentence(
        &["server", "connect", &wrong_db],
        "no database called \"no_such_database\"",
    );
    let (head, rest) = site.lab.rsplit_once('@').unwrap();
    let (user, _) = head.rsplit_once(':').unwrap();
    let wrong_password = format!("{user}:wrong@{rest}");
    one_sentence(
        &["server", "connect", &wrong_password],
        "did not accept the password",
    );
    one_sentence(
        &["--server", "postgres://nobody@127.0.0.1:1/slate", "sync"],
        "could not reach the class server",
    );
    // A database that is not a Slate server.
    one_sentence(
        &["server", "connect", &with_database(&site.lab, "postgres")],
        "not set up for Slate",
    );

    // The server restarts under a connected PC: its connection is cut, and the next sync
    // connects afresh and works.
    let mut proxy = Proxy::to(&site.lab);
    let pc1 = pc(&with_port(&site.lab, proxy.port));
    proxy.stop();
    proxy.start();
    assert!(pc1.run(&["sync"], "").status.success());
}
