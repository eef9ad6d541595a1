//! A test's result said again from what the store kept of it, for the teacher.
//!
//! An attempt in the progress file keeps each test's details ([`TestDetail`]), not the
//! marking `TestResult` itself. `slate learner show` and the live class view (`slate class`)
//! both rebuild the result here and word it with the same sentences a learner reads, so the
//! two say a failed test the same way. Hidden tests' details are shown (this is the teacher's
//! view) and marked as hidden from learners; attempts recorded before Slate kept details say
//! only passed or failed.
//!
//! [`TestDetail`]: crate::store::TestDetail

use crate::marking::{TestResult, TestStatus};
use crate::store::TestRecord;
use crate::tr;

/// The test's result as marking gave it, from what the store kept, with its details shown
/// (this is the teacher's view).
pub fn result(t: &TestRecord) -> TestResult {
    let d = t.detail.clone().unwrap_or_default();
    let mut limits = crate::limits::Limits::default();
    if let Some(ms) = d.time_limit_ms {
        limits.time = std::time::Duration::from_millis(ms);
    }
    TestResult {
        id: t.id.clone(),
        name: if d.name.is_empty() {
            t.id.clone()
        } else {
            d.name
        },
        status: status(&t.status),
        visibility: crate::pack::Hidden::Show,
        points: t.points,
        max_points: t.max_points,
        expected: d.expected,
        actual: d.actual,
        stdin: d.stdin,
        compare: None,
        description: None,
        error: d.error.map(|e| crate::sandbox::PyError {
            kind: e.kind,
            message: e.message,
            line: e.line,
            column: e.column,
            source_line: e.source_line,
            ..Default::default()
        }),
        missing_function: d.missing_function,
        problems: Vec::new(),
        call: d.call,
        exit_code: d.exit_code,
        limits,
        printed: Default::default(),
        duration: std::time::Duration::ZERO,
    }
}

/// A stored status word (`passed`, `time_limit`, ...) as marking's status.
pub fn status(word: &str) -> TestStatus {
    match word {
        "passed" => TestStatus::Passed,
        "error" => TestStatus::Error,
        "time_limit" => TestStatus::TimeLimit,
        "memory_limit" => TestStatus::MemoryLimit,
        "output_limit" => TestStatus::OutputLimit,
        "not_run" => TestStatus::NotRun,
        _ => TestStatus::Failed,
    }
}

/// Whether learners are kept from this test's details.
fn hidden(t: &TestRecord) -> bool {
    t.detail.as_ref().is_some_and(|d| d.hidden)
}

/// "Test 2, greets Ada, failed: ...", with "(hidden from learners)" after a hidden test:
/// test `index` (from 0) of an attempt in one line.
pub fn sentence(index: usize, t: &TestRecord) -> String {
    let mut line = super::test_sentence(index, &result(t));
    if hidden(t) {
        line.push(' ');
        line.push_str(&tr!("learner-show-hidden"));
    }
    line
}

/// Everything about test `index` (from 0) of an attempt, as a learner's full results say it
/// (input, expected and actual output, the error explained), with "(hidden from learners)"
/// under a hidden test: what the class view shows of a learner's failing test.
pub fn details(index: usize, t: &TestRecord) -> String {
    let mut text = super::details(index, &result(t));
    if hidden(t) {
        text.push_str(&format!("  {}\n", tr!("learner-show-hidden")));
    }
    text
}

/// The lines of a learner's code as the teacher reads them in plain text, numbered:
/// `      1 | print("hi")`, made safe for the terminal.
pub fn numbered_code(code: &str) -> Vec<String> {
    code.lines()
        .enumerate()
        .map(|(n, line)| {
            format!(
                "    {:>3} | {}",
                n + 1,
                crate::safe_text::for_terminal(line)
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hidden_test_is_rebuilt_with_its_details_for_the_teacher() {
        let t = TestRecord {
            id: "long".into(),
            status: "failed".into(),
            points: 0,
            max_points: 1,
            detail: Some(crate::store::TestDetail {
                name: "greets someone with a long name".into(),
                hidden: true,
                stdin: Some("Oluwaseun\n".into()),
                expected: Some("Hello, Oluwaseun!\n".into()),
                actual: Some("hello Oluwaseun\n".into()),
                ..Default::default()
            }),
        };
        let sentence = super::super::failure_sentence(&result(&t));
        assert!(sentence.contains("Oluwaseun"), "{sentence}");
        assert!(details(0, &t).contains(&tr!("learner-show-hidden")));
        let old = TestRecord {
            detail: None,
            ..t.clone()
        };
        assert_eq!(result(&old).name, "long");
    }

    #[test]
    fn code_is_numbered_and_made_safe() {
        assert_eq!(
            numbered_code("x = 1\nprint('\u{1b}[2J')\n"),
            ["      1 | x = 1", "      2 | print('␛[2J')"]
        );
    }
}
