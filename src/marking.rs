//! Marking: a learner's program against an exercise's tests.
//!
//! Each test runs in a fresh sandbox instance (no state leaks between tests), with the
//! exercise's limits and a fixed seed, so the same program gets the same marks on every
//! machine. The result is a [`Report`]: a status and points per test, the score, and for
//! failures what was expected, what the program did, and the differences between them
//! ([`diff`]). How output is compared (`lines`, `exact`, `numbers`, ...) is in [`compare`].
//!
//! A check never takes much longer than one test's time limit: once a test runs out of
//! time, the tests after it are not run (a program stuck in a loop would only wait out every
//! limit in turn) and are reported as [`TestStatus::NotRun`]. A check can also be stopped on
//! request (Esc in the full-screen tutor); its report then says so ([`Report::stopped`]) and
//! is not recorded as an attempt.

pub mod compare;
pub mod diff;

use serde::Serialize;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use crate::pack::{Exercise, Hidden, MatchMode, Pack, Test, TestKind, Tolerance};
use crate::sandbox::{
    InspectProblem, Job, Limits, Outcome, Printed, PyError, Sandbox, SandboxError, Stdin, Task,
    Verdict,
};

/// The seed for `random` when marking: the same on every machine.
pub const MARKING_SEED: u64 = 0;

/// How one test went.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Passed,
    Failed,
    /// The program crashed (an uncaught exception, a syntax error, a non-zero exit).
    Error,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    /// Not run: an earlier test ran out of time (or the check was stopped), so this one was
    /// skipped rather than left to wait out its own limit too.
    NotRun,
}

impl TestStatus {
    pub fn is_limit(self) -> bool {
        matches!(
            self,
            TestStatus::TimeLimit | TestStatus::MemoryLimit | TestStatus::OutputLimit
        )
    }
}

/// The result of one test.
#[derive(Debug, Clone, PartialEq)]
pub struct TestResult {
    pub id: String,
    pub name: String,
    pub status: TestStatus,
    /// The pack's setting for this test.
    pub visibility: Hidden,
    /// Points earned, and the most the test gives.
    pub points: u32,
    pub max_points: u32,
    /// What was expected: output for output tests, a Python value for function tests.
    pub expected: Option<String>,
    /// What the program did: its output, or the value it returned.
    pub actual: Option<String>,
    /// The input the test gave.
    pub stdin: Option<String>,
    /// For output tests: how output was compared, and the tolerance for numbers.
    pub compare: Option<(MatchMode, Tolerance)>,
    /// For regex tests, what learners are shown instead of the pattern (which never leaves
    /// marking, so `expected` is `None`): the test's `expect_description` (feedback uses the
    /// test's name when there is none).
    pub description: Option<String>,
    /// The learner's error, when their program crashed.
    pub error: Option<PyError>,
    /// For function tests: the function the program does not define.
    pub missing_function: Option<String>,
    /// For code checks: what was missing or not allowed.
    pub problems: Vec<InspectProblem>,
    /// The call made, for function tests (e.g. `add(2, 3)`).
    pub call: Option<String>,
    /// The exit code when the program ended with `sys.exit(n)`, n not 0.
    pub exit_code: Option<i32>,
    /// The limits the test ran under: feedback quotes these, never another test's.
    pub limits: Limits,
    /// How much the program printed, and how recently, when it ended.
    pub printed: Printed,
    pub duration: Duration,
}

impl TestResult {
    pub fn passed(&self) -> bool {
        self.status == TestStatus::Passed
    }

    /// May the learner see this test's details (expected, actual, input)?
    pub fn shows_details(&self) -> bool {
        self.visibility.shows_details(self.passed())
    }
}

/// The result of marking a program against an exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `pack/exercise`.
    pub exercise: String,
    pub passed: bool,
    pub score: u32,
    pub max_score: u32,
    pub tests: Vec<TestResult>,
    pub duration: Duration,
    /// The check was stopped on request before it finished: the report says nothing about
    /// the program, and is never recorded.
    pub stopped: bool,
}

impl Report {
    /// The first failed test whose details the learner may see, with its index.
    pub fn first_visible_failure(&self) -> Option<(usize, &TestResult)> {
        self.tests
            .iter()
            .enumerate()
            .find(|(_, t)| !t.passed() && t.shows_details())
    }

    pub fn passed_count(&self) -> usize {
        self.tests.iter().filter(|t| t.passed()).count()
    }

    /// How many tests were not run, because an earlier one ran out of time.
    pub fn not_run_count(&self) -> usize {
        self.tests
            .iter()
            .filter(|t| t.status == TestStatus::NotRun)
            .count()
    }
}

/// Marks `source` against every test of `exercise`.
pub fn mark(
    sandbox: &Sandbox,
    pack: &Pack,
    exercise: &Exercise,
    source: &str,
) -> Result<Report, SandboxError> {
    mark_with(sandbox, pack, exercise, source, None)
}

/// Marks `source` against every test of `exercise`; setting `cancel` stops the check (the
/// test running stops within a moment, the rest are not run, and the report is
/// [`Report::stopped`]).
///
/// Once a test runs out of time, the tests after it are not run: a check takes at most about
/// one test's limit more than the quick tests before it.
pub fn mark_with(
    sandbox: &Sandbox,
    pack: &Pack,
    exercise: &Exercise,
    source: &str,
    cancel: Option<Arc<AtomicBool>>,
) -> Result<Report, SandboxError> {
    let started = Instant::now();
    let mut tests = Vec::with_capacity(exercise.tests.len());
    let mut skip_rest = false;
    let mut stopped = false;
    for test in &exercise.tests {
        let mut job = job_for(pack, exercise, test, source);
        if skip_rest {
            tests.push(not_run(test, job.limits));
            continue;
        }
        job.cancel = cancel.clone();
        let outcome = sandbox.run(&job)?;
        if outcome.stopped {
            stopped = true;
            skip_rest = true;
            tests.push(not_run(test, job.limits));
            continue;
        }
        let result = judge(test, job.limits, &outcome);
        skip_rest = ends_the_check(result.status);
        tests.push(result);
    }
    Ok(report(pack, exercise, tests, started.elapsed(), stopped))
}

/// Whether a test's result means the tests after it are not run: running out of time. A
/// program stuck in a loop would only wait out every other test's limit too.
pub fn ends_the_check(status: TestStatus) -> bool {
    status == TestStatus::TimeLimit
}

fn report(
    pack: &Pack,
    exercise: &Exercise,
    tests: Vec<TestResult>,
    duration: Duration,
    stopped: bool,
) -> Report {
    let score = tests.iter().map(|t| t.points).sum();
    let max_score = tests.iter().map(|t| t.max_points).sum();
    Report {
        exercise: format!("{}/{}", pack.id, exercise.id),
        passed: !stopped && tests.iter().all(TestResult::passed),
        score,
        max_score,
        tests,
        duration,
        stopped,
    }
}

/// The result of a test that was not run.
pub fn not_run(test: &Test, limits: Limits) -> TestResult {
    TestResult {
        id: test.id.clone(),
        name: test.name.clone(),
        status: TestStatus::NotRun,
        visibility: test.hidden,
        points: 0,
        max_points: test.points,
        expected: None,
        actual: None,
        stdin: None,
        error: None,
        missing_function: None,
        problems: Vec::new(),
        call: None,
        exit_code: None,
        limits,
        printed: Printed::default(),
        duration: Duration::ZERO,
        compare: None,
        description: None,
    }
}

/// The sandbox job for one test.
pub fn job_for(pack: &Pack, exercise: &Exercise, test: &Test, source: &str) -> Job {
    let mut job = Job::new(source);
    job.limits = pack.limits_for(exercise, test);
    job.seed = MARKING_SEED;
    job.prompts = exercise.prompts;
    job.stdin = match &test.stdin {
        Some(s) => Stdin::Bytes(s.as_bytes().to_vec()),
        None => Stdin::Empty,
    };
    job.task = match &test.kind {
        TestKind::Output { .. } => Task::Run,
        TestKind::Call {
            call,
            returns,
            tolerance,
            numeric,
        } => Task::Call {
            expr: call.clone(),
            expected: returns.clone(),
            rel_tol: tolerance.relative,
            abs_tol: tolerance.absolute,
            numeric: *numeric,
        },
        TestKind::Code { require, forbid } => Task::Inspect {
            require: require.clone(),
            forbid: forbid.clone(),
        },
    };
    job
}

/// Runs one test of an exercise.
pub fn run_test(
    sandbox: &Sandbox,
    pack: &Pack,
    exercise: &Exercise,
    test: &Test,
    source: &str,
) -> Result<TestResult, SandboxError> {
    let job = job_for(pack, exercise, test, source);
    let outcome = sandbox.run(&job)?;
    Ok(judge(test, job.limits, &outcome))
}

/// Turns a sandbox outcome, from a run under `limits`, into a test result.
pub fn judge(test: &Test, limits: Limits, outcome: &Outcome) -> TestResult {
    let mut result = TestResult {
        id: test.id.clone(),
        name: test.name.clone(),
        status: TestStatus::Failed,
        visibility: test.hidden,
        points: 0,
        max_points: test.points,
        expected: None,
        actual: None,
        stdin: test.stdin.clone(),
        compare: None,
        description: None,
        error: outcome.error.clone(),
        missing_function: None,
        problems: Vec::new(),
        call: None,
        exit_code: None,
        limits,
        printed: outcome.printed,
        duration: outcome.duration,
    };
    result.status = match outcome.verdict {
        Verdict::TimeLimit => TestStatus::TimeLimit,
        Verdict::MemoryLimit => TestStatus::MemoryLimit,
        Verdict::OutputLimit => TestStatus::OutputLimit,
        Verdict::Error => {
            if outcome.error.is_none() {
                result.exit_code = outcome.exit_code;
            }
            TestStatus::Error
        }
        Verdict::Ok => TestStatus::Failed,
    };
    match &test.kind {
        TestKind::Output {
            expect,
            mode,
            tolerance,
            description,
        } => {
            // A pattern is for Slate, not for learners: they see what it stands for.
            if *mode == MatchMode::Regex {
                result.description = description.clone();
            } else {
                result.expected = Some(expect.clone());
            }
            result.actual = Some(outcome.stdout.clone());
            result.compare = Some((*mode, *tolerance));
            if outcome.verdict == Verdict::Ok
                && compare::matches(*mode, expect, &outcome.stdout, *tolerance)
            {
                result.status = TestStatus::Passed;
            }
        }
        TestKind::Call { call, returns, .. } => {
            result.call = Some(call.clone());
            result.expected = Some(returns.clone());
            if let Some(c) = &outcome.call {
                if let Some(e) = &c.expected {
                    result.expected = Some(e.clone());
                }
                result.actual = c.actual.clone();
                result.missing_function = c.missing.clone();
                if let Some(err) = &c.error {
                    result.error = Some(err.clone());
                    result.status = TestStatus::Error;
                } else if c.passed {
                    result.status = TestStatus::Passed;
                }
            }
        }
        TestKind::Code { .. } => {
            if let Some(i) = &outcome.inspect {
                result.problems = i.problems.clone();
                if i.passed {
                    result.status = TestStatus::Passed;
                }
            }
        }
    }
    if result.status == TestStatus::Passed {
        result.points = test.points;
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::{LimitSpec, Location};
    use crate::sandbox::CallResult;

    fn output_test(expect: &str) -> Test {
        Test {
            id: "t".into(),
            name: "t".into(),
            hidden: Hidden::Show,
            points: 2,
            stdin: None,
            limits: LimitSpec::default(),
            kind: TestKind::Output {
                expect: expect.into(),
                mode: MatchMode::Lines,
                tolerance: Tolerance::default(),
                description: None,
            },
            at: Location::default(),
        }
    }

    fn outcome(verdict: Verdict, stdout: &str) -> Outcome {
        Outcome {
            verdict,
            exit_code: Some(0),
            stdout: stdout.into(),
            stderr: String::new(),
            error: None,
            call: None,
            inspect: None,
            stopped: false,
            printed: Printed::default(),
            limits: Limits::default(),
            duration: Duration::ZERO,
        }
    }

    #[test]
    fn matching_output_passes_and_earns_points() {
        let r = judge(
            &output_test("hi\n"),
            Limits::default(),
            &outcome(Verdict::Ok, "hi  \n\n"),
        );
        assert_eq!(r.status, TestStatus::Passed);
        assert_eq!(r.points, 2);
    }

    #[test]
    fn right_output_from_a_crashing_program_is_an_error() {
        let r = judge(
            &output_test("hi\n"),
            Limits::default(),
            &outcome(Verdict::Error, "hi\n"),
        );
        assert_eq!(r.status, TestStatus::Error);
        assert_eq!(r.points, 0);
    }

    #[test]
    fn limits_have_their_own_status() {
        let r = judge(
            &output_test("hi\n"),
            Limits::default(),
            &outcome(Verdict::TimeLimit, ""),
        );
        assert_eq!(r.status, TestStatus::TimeLimit);
        assert!(r.status.is_limit());
    }

    #[test]
    fn only_running_out_of_time_ends_a_check() {
        assert!(ends_the_check(TestStatus::TimeLimit));
        for quick in [
            TestStatus::Passed,
            TestStatus::Failed,
            TestStatus::Error,
            TestStatus::MemoryLimit,
            TestStatus::OutputLimit,
        ] {
            assert!(!ends_the_check(quick), "{quick:?}");
        }
    }

    #[test]
    fn a_test_not_run_earns_nothing_and_shows_nothing() {
        let r = not_run(&output_test("hi\n"), Limits::default());
        assert_eq!(r.status, TestStatus::NotRun);
        assert_eq!((r.points, r.max_points), (0, 2));
        assert_eq!((r.expected.as_deref(), r.actual.as_deref()), (None, None));
        assert!(!r.passed());
        assert!(!r.status.is_limit());
    }

    #[test]
    fn a_regex_test_shows_its_description_or_name_never_its_pattern() {
        let mut t = output_test(r"You rolled [1-6]\n");
        t.name = "rolls a die".into();
        let regex = |description: Option<&str>| TestKind::Output {
            expect: r"You rolled [1-6]\n".into(),
            mode: MatchMode::Regex,
            tolerance: Tolerance::default(),
            description: description.map(str::to_owned),
        };
        t.kind = regex(None);
        let r = judge(
            &t,
            Limits::default(),
            &outcome(Verdict::Ok, "You rolled 9\n"),
        );
        assert_eq!(r.status, TestStatus::Failed);
        assert_eq!(r.expected, None, "the pattern is never shown");
        assert_eq!(r.description, None);
        assert!(
            crate::feedback::failure_sentence(&r).contains("\"rolls a die\""),
            "{}",
            crate::feedback::failure_sentence(&r)
        );
        t.kind = regex(Some("a number from 1 to 6"));
        let r = judge(
            &t,
            Limits::default(),
            &outcome(Verdict::Ok, "You rolled 9\n"),
        );
        assert_eq!(r.description.as_deref(), Some("a number from 1 to 6"));
        let passed = judge(
            &t,
            Limits::default(),
            &outcome(Verdict::Ok, "You rolled 3\n"),
        );
        assert!(passed.passed());
    }

    #[test]
    fn missing_function_fails_clearly() {
        let mut t = output_test("");
        t.kind = TestKind::Call {
            call: "add(1, 2)".into(),
            returns: "3".into(),
            tolerance: Tolerance::default(),
            numeric: false,
        };
        let mut o = outcome(Verdict::Ok, "");
        o.call = Some(CallResult {
            missing: Some("add".into()),
            expected: Some("3".into()),
            ..CallResult::default()
        });
        let r = judge(&t, Limits::default(), &o);
        assert_eq!(r.status, TestStatus::Failed);
        assert_eq!(r.missing_function.as_deref(), Some("add"));
    }
}
