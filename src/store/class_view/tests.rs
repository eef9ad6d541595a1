//! Unit tests of the class view's model: the stuck rule, the current exercise and its title,
//! the counts, times since, the order of rows, and the detail of the latest attempt. Attempts
//! are written with the times the tests choose, so nothing depends on the clock.

use super::*;
use crate::pack::{PackSource, load_pack};
use crate::store::new_id;
use crate::store::rows::{AttemptRecord, insert_attempt};

const MIN: i64 = 60_000;

/// The fixture pack `good`: greet, add, count, average.
fn library() -> Library {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/good");
    Library {
        packs: vec![load_pack(&PackSource::folder(dir)).expect("the fixture pack loads")],
        ..Library::default()
    }
}

fn test(id: &str, status: &str) -> TestRecord {
    TestRecord {
        id: id.into(),
        status: status.into(),
        points: u32::from(status == "passed"),
        max_points: 1,
        detail: None,
    }
}

/// An attempt at `good/exercise` made at `at`, passed or not, with one test.
fn attempt_at(s: &Store, learner: &str, exercise: &str, at: i64, passed: bool) {
    let status = if passed { "passed" } else { "failed" };
    attempt_with(s, learner, ("good", exercise), at, vec![test("t1", status)]);
}

/// An attempt with these tests (passed when all did) and code naming when it was made.
fn attempt_with(
    s: &Store,
    learner: &str,
    (pack, exercise): (&str, &str),
    at: i64,
    tests: Vec<TestRecord>,
) {
    let passed = tests.iter().all(|t| t.status == "passed");
    let score = tests.iter().map(|t| t.points).sum();
    let a = AttemptRecord {
        id: new_id(),
        machine: "m".into(),
        at,
        pack: pack.into(),
        pack_version: "1.0.0".into(),
        exercise: exercise.into(),
        code: format!("print({at})\n"),
        max_score: u32::try_from(tests.len()).unwrap(),
        tests,
        score,
        passed,
        duration_ms: 5,
        time_spent_ms: 0,
    };
    insert_attempt(&s.conn, learner, &a).unwrap();
}

fn view(s: &Store, group: Option<&str>, now: i64) -> ClassView {
    ClassView::build(s, &library(), group, now).unwrap()
}

fn tried(attempts: u32) -> ExerciseProgress {
    ExerciseProgress {
        status: Status::Tried,
        attempts,
        ..ExerciseProgress::default()
    }
}

#[test]
fn stuck_means_three_checks_or_more_without_a_pass() {
    assert!(!is_stuck(&ExerciseProgress::default()));
    assert!(!is_stuck(&tried(1)));
    assert!(!is_stuck(&tried(STUCK_AFTER_ATTEMPTS - 1)));
    assert!(is_stuck(&tried(STUCK_AFTER_ATTEMPTS)));
    assert!(is_stuck(&tried(9)));
    let passed = ExerciseProgress {
        status: Status::Passed,
        ..tried(9)
    };
    assert!(!is_stuck(&passed), "a pass after many tries is not stuck");
}

#[test]
fn the_current_exercise_is_the_latest_attempts_with_its_title() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", Some("7B")).unwrap().id;
    attempt_at(&s, &ada, "greet", 10 * MIN, true);
    attempt_at(&s, &ada, "add", 20 * MIN, false);
    attempt_at(&s, &ada, "greet", 15 * MIN, false);
    let v = view(&s, None, 30 * MIN);
    let c = v.rows[0].current.as_ref().unwrap();
    assert_eq!((c.pack.as_str(), c.exercise.as_str()), ("good", "add"));
    assert_eq!(c.title, "Add two numbers");
    assert_eq!(c.first_attempt, 20 * MIN);

    // An exercise no pack here has goes by its id.
    attempt_with(
        &s,
        &ada,
        ("maths", "fractions"),
        25 * MIN,
        vec![test("t1", "failed")],
    );
    let v = view(&s, None, 30 * MIN);
    let c = v.rows[0].current.as_ref().unwrap();
    assert_eq!((c.pack.as_str(), c.title.as_str()), ("maths", "fractions"));
}

#[test]
fn counts_times_since_and_stuck_for() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    attempt_at(&s, &ada, "greet", MIN, true);
    attempt_at(&s, &ada, "count", 2 * MIN, false);
    for at in [3, 4, 5] {
        attempt_at(&s, &ada, "average", at * MIN, false);
    }
    attempt_at(&s, &ada, "add", 6 * MIN, false);
    attempt_at(&s, &ada, "add", 8 * MIN, false);
    let v = view(&s, None, 20 * MIN);
    let r = &v.rows[0];
    // Passed greet; tried count, average and add; stuck on average (3 checks).
    assert_eq!((r.passed, r.tried, r.stuck), (1, 3, 1));
    assert_eq!(r.last_check, Some(8 * MIN));
    assert_eq!(r.since_last_check(20 * MIN), Some(12 * MIN as u64));
    // On add since its first attempt, 14 minutes ago; twice is not stuck yet.
    assert_eq!(r.stuck_for(20 * MIN), Some(14 * MIN as u64));
    assert!(!r.stuck_now());
    attempt_at(&s, &ada, "add", 9 * MIN, false);
    let v = view(&s, None, 20 * MIN);
    assert!(v.rows[0].stuck_now());
    assert_eq!(v.rows[0].stuck, 2);
    // Passing it ends "stuck for".
    attempt_at(&s, &ada, "add", 10 * MIN, true);
    let v = view(&s, None, 20 * MIN);
    let r = &v.rows[0];
    assert_eq!(
        (r.passed, r.tried, r.stuck, r.stuck_for(20 * MIN)),
        (2, 2, 1, None)
    );
    assert!(!r.stuck_now());
}

#[test]
fn the_one_stuck_longest_comes_first_then_those_trying_then_the_rest_by_name() {
    let mut s = Store::open_in_memory().unwrap();
    let names = ["Ada", "Ben", "Cai", "Dev", "Eve", "Fay"];
    let ids: Vec<String> = names
        .iter()
        .map(|n| s.add_learner(n, Some("7B")).unwrap().id)
        .collect();
    let [ada, ben, cai, dev, eve, _fay] = &ids[..] else {
        unreachable!()
    };
    // Ada passed her current exercise; Ben is trying (once, since minute 2); Cai is stuck
    // since minute 5; Dev is stuck since minute 1; Eve is trying since minute 4; Fay has not
    // checked anything.
    attempt_at(&s, ada, "greet", MIN, true);
    attempt_at(&s, ben, "greet", 2 * MIN, false);
    for at in [5, 6, 7] {
        attempt_at(&s, cai, "add", at * MIN, false);
    }
    for at in [1, 8, 9, 10] {
        attempt_at(&s, dev, "count", at * MIN, false);
    }
    attempt_at(&s, eve, "greet", 4 * MIN, false);
    let v = view(&s, Some("7B"), 20 * MIN);
    let order: Vec<&str> = v.rows.iter().map(|r| r.learner.name.as_str()).collect();
    assert_eq!(order, ["Dev", "Cai", "Ben", "Eve", "Ada", "Fay"]);
    assert_eq!(v.stuck_longest().unwrap().learner.name, "Dev");
    assert_eq!(v.rows[0].stuck_for(20 * MIN), Some(19 * MIN as u64));
    let fay = &v.rows[5];
    assert_eq!((fay.current.as_ref(), fay.last_check), (None, None));

    // Nobody stuck: nobody is named.
    let mut s = Store::open_in_memory().unwrap();
    let kim = s.add_learner("Kim", None).unwrap().id;
    attempt_at(&s, &kim, "greet", MIN, false);
    assert!(view(&s, None, 2 * MIN).stuck_longest().is_none());
}

#[test]
fn a_group_shows_only_its_learners() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", Some("7B")).unwrap().id;
    let sam = s.add_learner("Sam", Some("8C")).unwrap().id;
    attempt_at(&s, &ada, "greet", MIN, false);
    attempt_at(&s, &sam, "greet", MIN, false);
    let v = view(&s, Some("7b"), 2 * MIN);
    let names: Vec<_> = v.rows.iter().map(|r| v.name_of(r)).collect();
    assert_eq!(names, ["Ada"], "one group: names without it");
    assert_eq!(v.group.as_deref(), Some("7B"), "spelt as in the class list");
    let all = view(&s, None, 2 * MIN);
    let names: Vec<_> = all.rows.iter().map(|r| all.name_of(r)).collect();
    assert_eq!(names, ["Ada (7B)", "Sam (8C)"]);
    assert!(view(&s, Some("9Z"), 2 * MIN).rows.is_empty());
}

#[test]
fn the_detail_is_the_latest_attempt_and_its_first_failing_test() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    let two = |first: &str, second: &str| vec![test("t1", first), test("t2", second)];
    attempt_with(&s, &ada, ("good", "add"), MIN, two("failed", "failed"));
    attempt_with(&s, &ada, ("good", "add"), 3 * MIN, two("passed", "error"));
    attempt_with(
        &s,
        &ada,
        ("good", "greet"),
        2 * MIN,
        two("failed", "failed"),
    );
    let v = view(&s, None, 5 * MIN);
    let d = v.rows[0].detail.as_ref().unwrap();
    assert_eq!((d.at, d.code.as_str()), (3 * MIN, "print(180000)\n"));
    let (index, failing) = d.first_failing().unwrap();
    assert_eq!(
        (index, failing.id.as_str(), failing.status.as_str()),
        (1, "t2", "error")
    );

    attempt_with(&s, &ada, ("good", "add"), 4 * MIN, two("passed", "passed"));
    let v = view(&s, None, 5 * MIN);
    assert_eq!(v.rows[0].detail.as_ref().unwrap().first_failing(), None);
}

#[test]
fn the_same_class_read_twice_is_the_same_whenever_it_was_read() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    attempt_at(&s, &ada, "greet", MIN, false);
    let before = view(&s, None, 2 * MIN);
    assert!(before.same_as(&view(&s, None, 9 * MIN)));
    attempt_at(&s, &ada, "greet", 3 * MIN, false);
    assert!(!before.same_as(&view(&s, None, 9 * MIN)));
}
