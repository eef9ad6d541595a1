//! Benchmarks for the class server: `SLATE_TEST_POSTGRES=ADMIN-URL cargo bench --bench class_server`
//! (start a throwaway cluster with `.ci/postgres start DIR`). Add `-- --council` for the
//! council-sized data set (20,000 learners, 5 million attempts: several minutes to build).
//!
//! Not timed tests: this prints figures to compare with the targets in issue 17 and
//! `docs/performance.md`. Each part makes a database of its own on the cluster.
//! - A simulated site: 30 PCs (threads, each with its own progress file and the real
//!   background sync), each recording 100 attempts as fast as checks come (one every 20 ms):
//!   sync throughput, and the delay from an attempt recorded on a PC to its arrival on the
//!   server (the server's clock stamps arrival; both clocks are this machine's).
//! - Pulling one learner with 500 attempts, as choosing a name does (target <= 50 ms).
//! - `slate report` (the real binary, a teacher's PC) for 1,000 learners by 130 exercises
//!   (target <= 1 s).

use std::time::{Duration, Instant};

use slate::server::worker::Worker;
use slate::server::{Server, Target, sync};
use slate::store::{NewAttempt, Store, TestRecord};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

struct Db {
    owner: String,
    lab: String,
    teacher: String,
}

fn with_database(url: &str, db: &str) -> String {
    let (base, _) = url.rsplit_once('/').expect("the URL names a database");
    format!("{base}/{db}")
}

/// A new database with one site and its accounts, set up by `slate server init`.
fn database(admin: &str, name: &str) -> Db {
    let mut client = postgres::Client::connect(admin, postgres::NoTls).expect("the cluster");
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {name}"))
        .expect("an old copy dropped");
    client
        .batch_execute(&format!("CREATE DATABASE {name}"))
        .expect("a database");
    let owner = with_database(admin, name);
    let home = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_slate"))
        .env("SLATE_HOME", home.path())
        .args(["server", "init", &owner, "--site", name, "--create-roles"])
        .output()
        .expect("slate runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let url = |label: &str| {
        text.lines()
            .find_map(|l| l.trim().strip_prefix(label))
            .map(|u| u.trim().to_owned())
            .expect("an account's address")
    };
    Db {
        owner,
        lab: url("Lab PCs:"),
        teacher: url("Teachers:"),
    }
}

fn tests() -> Vec<TestRecord> {
    (0..3)
        .map(|i| TestRecord {
            id: format!("test-{i}"),
            status: if i < 2 { "passed" } else { "failed" }.into(),
            points: u32::from(i < 2),
            max_points: 1,
            detail: None,
        })
        .collect()
}

fn attempt(learner: &str, i: usize) -> NewAttempt {
    NewAttempt {
        learner: learner.into(),
        pack: "python-first-steps".into(),
        pack_version: "1.0.0".into(),
        exercise: format!("exercise-{}", i % 40),
        code: format!("name = input()\nprint('Hello, ' + name)  # attempt {i}\n"),
        tests: tests(),
        score: 2,
        max_score: 3,
        passed: false,
        duration_ms: 15,
        time_spent_ms: 30_000,
    }
}

/// 30 PCs, 100 attempts each, with the real background sync.
fn site(admin: &str) {
    const PCS: usize = 30;
    const ATTEMPTS: usize = 100;
    let db = database(admin, "slate_bench_site");
    let homes: Vec<tempfile::TempDir> = (0..PCS).map(|_| tempfile::tempdir().unwrap()).collect();
    let start = Instant::now();
    std::thread::scope(|scope| {
        for (n, home) in homes.iter().enumerate() {
            let lab = db.lab.clone();
            scope.spawn(move || {
                let data = home.path().to_path_buf();
                let mut store = Store::open_at(&data.join("progress.sqlite3")).unwrap();
                let learner = store
                    .add_learner(&format!("Pupil {n}"), Some("7B"))
                    .unwrap();
                let worker = Worker::start(data, Target::new(&lab, None, None));
                for i in 0..ATTEMPTS {
                    store.record_attempt(&attempt(&learner.id, i)).unwrap();
                    worker.poke();
                    std::thread::sleep(Duration::from_millis(20));
                }
                // Wait until everything is on the server.
                while worker.flush(Duration::from_secs(5)).waiting > 0 {}
            });
        }
    });
    let wall = start.elapsed();
    let mut owner = postgres::Client::connect(&db.owner, postgres::NoTls).unwrap();
    let row = owner
        .query_one(
            "SELECT count(*),
                    percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received) * 1000 - at),
                    percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received) * 1000 - at),
                    (extract(epoch FROM max(received)) * 1000 - min(at))::float8
             FROM slate.attempts",
            &[],
        )
        .unwrap();
    let (count, p50, p99, span): (i64, f64, f64, f64) =
        (row.get(0), row.get(1), row.get(2), row.get(3));
    assert_eq!(
        count,
        (PCS * ATTEMPTS) as i64,
        "every attempt arrived, once"
    );
    println!(
        "site of {PCS} PCs x {ATTEMPTS} attempts (one every 20 ms per PC): {count} on the server in {:.2} s",
        wall.as_secs_f64()
    );
    println!(
        "  sync throughput {:.0} attempts/s (first recorded to last arrived: {:.2} s)",
        count as f64 / (span / 1000.0),
        span / 1000.0
    );
    println!("  delay from recorded to on the server: p50 {p50:.0} ms, p99 {p99:.0} ms");
}

/// Pulling one learner with `attempts` attempts, as choosing a name does, 7 times.
fn pull(db: &Db, learner: &str, attempts: usize) -> Duration {
    let target = Target::new(&db.lab, None, None);
    let mut server = Server::open(&target, Duration::from_secs(5)).unwrap();
    let samples: Vec<Duration> = (0..7)
        .map(|_| {
            let dir = tempfile::tempdir().unwrap();
            let mut store = Store::open_at(&dir.path().join("progress.sqlite3")).unwrap();
            let t = Instant::now();
            sync::push(&mut server, &mut store).unwrap();
            let pulled = sync::learner(&mut server, learner).unwrap();
            store.take_pulled(&pulled, &[]).unwrap();
            let choices = store.code_choices(&pulled).unwrap();
            store.take_pulled(&Default::default(), &choices).unwrap();
            let took = t.elapsed();
            assert_eq!(pulled.attempts.len(), attempts);
            took
        })
        .collect();
    median(samples)
}

fn one_learner(admin: &str) {
    let db = database(admin, "slate_bench_pull");
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_at(&dir.path().join("progress.sqlite3")).unwrap();
    let learner = store.add_learner("Maya", Some("7B")).unwrap();
    for i in 0..500 {
        store.record_attempt(&attempt(&learner.id, i)).unwrap();
    }
    let mut server =
        Server::open(&Target::new(&db.lab, None, None), Duration::from_secs(5)).unwrap();
    sync::push(&mut server, &mut store).unwrap();
    let m = pull(&db, &learner.id, 500);
    println!(
        "pull one learner with 500 attempts (push, pull, take in): median {:.1} ms over 7 (target 50 ms)",
        ms(m)
    );
}

/// Fills the site with `learners` learners in groups of 30, each with `per_learner`
/// attempts spread over `exercises` exercises, straight in SQL (fast to build).
fn fill(db: &Db, learners: i64, exercises: i64, per_learner: i64) {
    let mut owner = postgres::Client::connect(&db.owner, postgres::NoTls).unwrap();
    let site: String = owner
        .query_one("SELECT name FROM slate.sites LIMIT 1", &[])
        .unwrap()
        .get(0);
    owner
        .execute(
            "INSERT INTO slate.learners (id, site, name, grp, created, last_seen, name_set)
             SELECT 'l' || g, $1, 'Pupil ' || g, 'G' || (g / 30), 1764000000000, 1764000000000,
                    1764000000000
             FROM generate_series(1, $2::bigint) g",
            &[&site, &learners],
        )
        .unwrap();
    owner
        .execute(
            "INSERT INTO slate.attempts (id, site, learner, machine, pack, pack_version, exercise,
                 at, code, tests, score, max_score, passed, duration_ms, time_spent_ms)
             SELECT 'a' || l || '-' || n, $1, 'l' || l, 'm', 'python-first-steps', '1.0.0',
                    'exercise-' || (n % $3::bigint), 1764000000000 + n * 60000,
                    'name = input()' || chr(10) || 'print(''Hello, '' + name)',
                    '[{\"id\":\"t1\",\"status\":\"passed\",\"points\":1,\"max_points\":1}]',
                    1, 1, true, 15, 30000
             FROM generate_series(1, $2::bigint) l, generate_series(1, $4::bigint) n",
            &[&site, &learners, &exercises, &per_learner],
        )
        .unwrap();
    owner.batch_execute("ANALYZE").unwrap();
}

/// `slate report` as a teacher's PC runs it, whole process, 5 times.
fn report(db: &Db, group: Option<&str>) -> Duration {
    let home = tempfile::tempdir().unwrap();
    let slate = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_slate"));
        c.env("SLATE_HOME", home.path());
        c
    };
    let out = slate()
        .args(["server", "connect", &db.teacher])
        .output()
        .unwrap();
    assert!(out.status.success());
    let samples: Vec<Duration> = (0..5)
        .map(|_| {
            let mut c = slate();
            c.arg("report");
            if let Some(g) = group {
                c.args(["--group", g]);
            }
            let t = Instant::now();
            let out = c.output().unwrap();
            let took = t.elapsed();
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            took
        })
        .collect();
    median(samples)
}

fn school(admin: &str) {
    let db = database(admin, "slate_bench_school");
    let t = Instant::now();
    fill(&db, 1000, 130, 130);
    println!(
        "school: 1,000 learners x 130 exercises (130,000 attempts) built in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    println!(
        "  slate report, whole school: median {:.0} ms over 5 (target 1000 ms)",
        ms(report(&db, None))
    );
    println!(
        "  slate report --group G3 (30 learners): median {:.0} ms over 5",
        ms(report(&db, Some("G3")))
    );
}

fn council(admin: &str) {
    let db = database(admin, "slate_bench_council");
    let t = Instant::now();
    fill(&db, 20_000, 130, 250);
    println!(
        "council: 20,000 learners, 5,000,000 attempts built in {:.0} s",
        t.elapsed().as_secs_f64()
    );
    println!(
        "  slate report --group G3 (30 learners): median {:.0} ms over 5",
        ms(report(&db, Some("G3")))
    );
    let m = pull(&db, "l4321", 250);
    println!(
        "  pull one learner with 250 attempts: median {:.1} ms over 7",
        ms(m)
    );
    let t = Instant::now();
    let target = Target::new(&db.lab, None, None);
    let mut server = Server::open(&target, Duration::from_secs(5)).unwrap();
    let roster = sync::roster(&mut server, Some("G3")).unwrap();
    println!(
        "  the list at \"Who are you?\" for one group of {} out of 20,000: {:.0} ms",
        roster.len(),
        ms(t.elapsed())
    );
}

fn main() {
    let Ok(admin) = std::env::var("SLATE_TEST_POSTGRES") else {
        println!("skipped: no PostgreSQL (set SLATE_TEST_POSTGRES; see .ci/postgres)");
        return;
    };
    // cargo bench passes --bench; anything else names a part.
    let args: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| a != "--bench")
        .collect();
    let all = args.is_empty();
    let want = |part: &str| all || args.iter().any(|a| a == part);
    if want("site") {
        site(&admin);
    }
    if want("pull") {
        one_learner(&admin);
    }
    if want("school") {
        school(&admin);
    }
    if args.iter().any(|a| a == "--council") {
        council(&admin);
    }
}
