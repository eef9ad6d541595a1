use super::*;

/// A small attempt on pack `p`, one test of 1 point, not passed.
pub(crate) fn attempt(learner: &str, exercise: &str) -> NewAttempt {
    NewAttempt {
        learner: learner.to_owned(),
        pack: "p".into(),
        pack_version: "1.0.0".into(),
        exercise: exercise.to_owned(),
        code: "print('hi')\n".into(),
        tests: vec![TestRecord {
            id: "t1".into(),
            status: "failed".into(),
            points: 0,
            max_points: 1,
            detail: None,
        }],
        score: 0,
        max_score: 1,
        passed: false,
        duration_ms: 12,
        time_spent_ms: 60_000,
    }
}

#[test]
fn progress_derives_status_best_score_attempts_time_and_hints() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    assert!(s.progress(&ada, "p").unwrap().is_empty());
    s.record_attempt(&attempt(&ada, "e1")).unwrap();
    s.record_hint(&ada, "p", "e1", 0).unwrap();
    s.record_hint(&ada, "p", "e1", 1).unwrap();
    s.record_hint(&ada, "p", "e1", 1).unwrap();
    let mut good = attempt(&ada, "e1");
    good.score = 1;
    good.passed = true;
    s.record_attempt(&good).unwrap();
    s.record_attempt(&attempt(&ada, "e1")).unwrap();
    s.record_attempt(&attempt(&ada, "e2")).unwrap();
    s.record_solution_viewed(&ada, "p", "e3").unwrap();

    let p = s.progress(&ada, "p").unwrap();
    let e1 = &p["e1"];
    assert_eq!(
        e1.status,
        Status::Passed,
        "a later failure does not undo a pass"
    );
    assert_eq!((e1.best_score, e1.max_score, e1.attempts), (1, 1, 3));
    assert_eq!(e1.hints_used, 2);
    assert_eq!(e1.time_spent_ms, 180_000);
    assert!(!e1.solution_viewed);
    assert_eq!(p["e2"].status, Status::Tried);
    assert_eq!(p["e3"].status, Status::NotStarted);
    assert!(p["e3"].solution_viewed);
    assert_eq!(s.hints_revealed(&ada, "p", "e1").unwrap(), 2);
    assert_eq!(s.hints_revealed(&ada, "p", "e2").unwrap(), 0);
    assert!(s.progress(&ada, "other").unwrap().is_empty());
}

#[test]
fn attempts_for_nobody_are_refused() {
    let mut s = Store::open_in_memory().unwrap();
    let err = s.record_attempt(&attempt("ghost", "e")).unwrap_err();
    assert!(matches!(err, StoreError::UnknownLearnerId(_)), "{err}");
    assert!(s.record_hint("ghost", "p", "e", 0).is_err());
    assert!(s.set_setting("ghost", "theme", "dark").is_err());
}

#[test]
fn pages_and_last_activity() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    assert_eq!(s.last_activity(&ada).unwrap(), None);
    s.record_page_read(&ada, "p", "l1", 2).unwrap();
    s.record_page_read(&ada, "p", "l1", 0).unwrap();
    s.record_page_read(&ada, "p", "l1", 2).unwrap();
    assert_eq!(s.pages_read(&ada, "p", "l1").unwrap(), [0, 2]);
    let last = s.last_activity(&ada).unwrap().unwrap();
    assert_eq!(last.pack, "p");
    assert_eq!(last.lesson.as_deref(), Some("l1"));
    assert_eq!(last.exercise, None);
    assert!(last.page.is_some());
    std::thread::sleep(std::time::Duration::from_millis(2));
    s.record_attempt(&attempt(&ada, "e9")).unwrap();
    let last = s.last_activity(&ada).unwrap().unwrap();
    assert_eq!(last.exercise.as_deref(), Some("e9"));
    assert_eq!((last.lesson, last.page), (None, None));
}

#[test]
fn settings_are_per_learner() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap().id;
    let bob = s.add_learner("Bob", None).unwrap().id;
    s.set_setting(&ada, "language", "fr").unwrap();
    s.set_setting(&ada, "language", "de").unwrap();
    assert_eq!(s.setting(&ada, "language").unwrap().as_deref(), Some("de"));
    assert_eq!(s.setting(&bob, "language").unwrap(), None);
}

#[test]
fn an_attempt_is_built_from_a_marking_report() {
    use crate::marking::{TestResult, TestStatus};
    let test = |id: &str, status, points| TestResult {
        id: id.into(),
        name: id.into(),
        status,
        visibility: crate::pack::Hidden::Show,
        points,
        max_points: 2,
        expected: None,
        actual: None,
        stdin: None,
        compare: None,
        description: None,
        error: None,
        missing_function: None,
        problems: Vec::new(),
        call: None,
        exit_code: None,
        limits: crate::sandbox::Limits::default(),
        printed: crate::sandbox::Printed::default(),
        duration: std::time::Duration::from_millis(5),
    };
    let report = Report {
        exercise: "python-first-steps/hello".into(),
        passed: false,
        score: 2,
        max_score: 4,
        tests: vec![
            test("a", TestStatus::Passed, 2),
            test("b", TestStatus::TimeLimit, 0),
            test("c", TestStatus::NotRun, 0),
        ],
        duration: std::time::Duration::from_millis(1500),
        stopped: false,
    };
    let a = NewAttempt::from_report(
        "L",
        ("python-first-steps", "hello", "1.2.0"),
        "print(1)",
        &report,
        9000,
    );
    assert_eq!(a.pack, "python-first-steps");
    assert_eq!(a.exercise, "hello");
    assert_eq!(a.duration_ms, 1500);
    assert_eq!(a.tests[1].status, "time_limit");
    // A test skipped after another ran out of time is recorded as such, with no points.
    assert_eq!(
        (a.tests[2].status.as_str(), a.tests[2].points),
        ("not_run", 0)
    );
    assert_eq!((a.score, a.max_score, a.passed), (2, 4, false));
    assert_eq!(a.time_spent_ms, 9000);
}
