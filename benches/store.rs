//! Benchmarks for the progress store: `cargo bench --bench store`.
//!
//! Not timed tests: this prints medians over repeated runs, to compare with the targets in
//! issue 4 (recording an attempt <= 2 ms; a class report over 30 learners x 100 exercises x 10
//! attempts <= 1 s; importing 100,000 attempts <= 5 s). Every store is a real file in a
//! temporary folder, opened as Slate opens it (WAL, synchronous FULL), so fsync is included.

use std::path::Path;
use std::time::{Duration, Instant};

use slate::pack::Library;
use slate::store::exchange::{ExportAttempt, ExportEvent, ExportLearner};
use slate::store::report::{ClassReport, csv, html, table};
use slate::store::{ExportFile, NewAttempt, Store, TestRecord};

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn show(what: &str, samples: Vec<Duration>, target: Duration) {
    let runs = samples.len();
    let m = median(samples);
    let verdict = if m <= target { "within" } else { "OVER" };
    println!(
        "{what:<48} median {:>10.3} ms over {runs:>4} runs  ({verdict} target {} ms)",
        m.as_secs_f64() * 1000.0,
        target.as_millis()
    );
}

fn tests(score: u32) -> Vec<TestRecord> {
    (0..3)
        .map(|i| TestRecord {
            id: format!("test-{i}"),
            status: if i < score { "passed" } else { "failed" }.into(),
            points: u32::from(i < score),
            max_points: 1,
            detail: None,
        })
        .collect()
}

const CODE: &str =
    "name = input('What is your name? ')\nfor i in range(3):\n    print('Hello, ' + name + '!')\n";

/// `learners` learners, each with `exercises` x `per` attempts and a hint per exercise.
fn class(learners: usize, exercises: usize, per: usize) -> ExportFile {
    let base = 1_741_942_800_000_i64;
    let list = (0..learners)
        .map(|l| {
            let mut attempts = Vec::with_capacity(exercises * per);
            let mut events = Vec::new();
            for e in 0..exercises {
                for a in 0..per {
                    let score = ((l + e + a) % 4) as u32;
                    attempts.push(ExportAttempt {
                        id: format!("{l:04}-{e:04}-{a:04}"),
                        machine: "bench".into(),
                        at: base + ((e * per + a) as i64) * 60_000,
                        pack: "bench".into(),
                        pack_version: "1.0.0".into(),
                        exercise: format!("exercise-{e:03}"),
                        code: CODE.into(),
                        tests: tests(score.min(3)),
                        score: score.min(3),
                        max_score: 3,
                        passed: score >= 3,
                        duration_ms: 200,
                        time_spent_ms: 60_000,
                    });
                }
                events.push(ExportEvent::Hint {
                    pack: "bench".into(),
                    exercise: format!("exercise-{e:03}"),
                    index: 0,
                    first: base,
                    last: base,
                });
            }
            ExportLearner {
                id: format!("learner-{l:04}"),
                also_known_as: vec![],
                merged: vec![],
                name: format!("Learner {l}"),
                group: Some("7B".into()),
                created: base,
                last_seen: base,
                name_set: base,
                settings: vec![],
                attempts,
                events,
            }
        })
        .collect();
    ExportFile::new("bench", base, list)
}

fn fresh(dir: &Path, name: &str) -> Store {
    Store::open_at(&dir.join(name)).expect("a store")
}

fn main() {
    let dir = tempfile::tempdir().expect("a temporary folder");

    // Recording an attempt, in a store that already holds a class's work.
    let mut store = fresh(dir.path(), "record.sqlite3");
    store
        .import(&[("class.json".into(), class(30, 100, 10))])
        .expect("import");
    let ada = store.add_learner("Ada", None).expect("a learner");
    let mut samples = Vec::new();
    for i in 0..300 {
        let attempt = NewAttempt {
            learner: ada.id.clone(),
            pack: "bench".into(),
            pack_version: "1.0.0".into(),
            exercise: format!("exercise-{:03}", i % 100),
            code: CODE.into(),
            tests: tests(2),
            score: 2,
            max_score: 3,
            passed: false,
            duration_ms: 200,
            time_spent_ms: 30_000,
        };
        let started = Instant::now();
        store.record_attempt(&attempt).expect("recorded");
        samples.push(started.elapsed());
    }
    show(
        "record an attempt (commit, fsync)",
        samples,
        Duration::from_millis(2),
    );

    // A class report: 30 learners x 100 exercises x 10 attempts.
    let mut store = fresh(dir.path(), "report.sqlite3");
    store
        .import(&[("class.json".into(), class(30, 100, 10))])
        .expect("import");
    let library = Library::default();
    for (what, render) in [
        ("report 30 x 100 x 10: build + table", 0),
        ("report 30 x 100 x 10: build + CSV", 1),
        ("report 30 x 100 x 10: build + HTML", 2),
    ] {
        let mut samples = Vec::new();
        for _ in 0..7 {
            let started = Instant::now();
            let report = ClassReport::build(&store, &library, Some("7b"), 0).expect("report");
            let bytes = match render {
                0 => table::render(&report).len(),
                1 => csv::render(&report).len(),
                _ => html::render(&report).len(),
            };
            samples.push(started.elapsed());
            assert!(bytes > 0);
        }
        show(what, samples, Duration::from_secs(1));
    }

    // Importing 100,000 attempts from a file: 100 learners x 100 exercises x 10 attempts.
    let big = class(100, 100, 10);
    assert_eq!(big.attempt_count(), 100_000);
    let file = dir.path().join("big.json");
    std::fs::write(&file, big.to_json()).expect("written");
    drop(big);
    let mut samples = Vec::new();
    for run in 0..3 {
        let mut store = fresh(dir.path(), &format!("import-{run}.sqlite3"));
        let started = Instant::now();
        let summary = store
            .import_files(std::slice::from_ref(&file))
            .expect("imported");
        samples.push(started.elapsed());
        assert_eq!(summary.attempts_added, 100_000);
    }
    show(
        "import 100,000 attempts (stream, check, merge)",
        samples,
        Duration::from_secs(5),
    );
}
