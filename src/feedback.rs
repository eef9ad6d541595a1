//! Marking results as plain sentences.
//!
//! One place turns a [`Report`] into words a learner can read, so `slate check`, the plain
//! (screen-reader) mode and the full-screen interface say the same things the same way.
//! Nothing relies on colour: every result has a symbol *and* a word. Output from learners'
//! programs is made safe for the terminal here. Every word comes from the Fluent messages in
//! `assets/locales/<lang>/feedback.ftl`; errors and limits are explained by
//! [`crate::explain`]. Columns are padded by display width, so they line up in any language.

use unicode_width::UnicodeWidthStr;

use crate::text::pad;

use crate::explain::{self, Context, Explanation};
use crate::marking::diff::{self, DiffKind};
use crate::marking::{Report, TestResult, TestStatus};
use crate::safe_text;
use crate::sandbox::{PyError, Verdict};
use crate::tr;
use crate::tutor::SolutionLock;

/// The symbol and word for a status ("✓", "passed"), in the learner's language.
pub fn status_label(status: TestStatus) -> (&'static str, String) {
    let (symbol, key) = match status {
        TestStatus::Passed => ("✓", "status-passed"),
        TestStatus::Failed => ("✗", "status-failed"),
        TestStatus::Error => ("✗", "status-error"),
        TestStatus::TimeLimit => ("⏱", "status-time-limit"),
        TestStatus::MemoryLimit => ("✗", "status-memory-limit"),
        TestStatus::OutputLimit => ("✗", "status-output-limit"),
        TestStatus::NotRun => ("–", "status-not-run"),
    };
    (symbol, tr!(key))
}

/// "2 of 3 tests passed."
pub fn summary(report: &Report) -> String {
    let total = report.tests.len();
    if report.passed {
        tr!("feedback-all-passed", total = total)
    } else {
        tr!(
            "test-count-passed",
            passed = report.passed_count(),
            total = total
        )
    }
}

/// "Score: 2 out of 3."
pub fn score_line(report: &Report) -> String {
    tr!(
        "feedback-score",
        score = report.score,
        max = report.max_score
    )
}

/// Whether the learner may see this test's name.
fn shows_name(test: &TestResult) -> bool {
    test.shows_details() || test.visibility == crate::pack::Hidden::OnFailure
}

/// The test's name as shown: hidden tests that may not be shown are "a hidden test".
pub fn test_title(index: usize, test: &TestResult) -> String {
    if shows_name(test) {
        tr!(
            "feedback-test-title",
            number = index + 1,
            name = safe_text::for_terminal(&test.name)
        )
    } else {
        tr!("feedback-test-title-hidden", number = index + 1)
    }
}

/// "Test 3, adding negative numbers, failed: expected -1, your program printed 1."
pub fn test_sentence(index: usize, t: &TestResult) -> String {
    let outcome = failure_sentence(t);
    if shows_name(t) {
        tr!(
            "feedback-test-sentence",
            number = index + 1,
            name = safe_text::for_terminal(&t.name),
            outcome = outcome
        )
    } else {
        tr!(
            "feedback-test-sentence-hidden",
            number = index + 1,
            outcome = outcome
        )
    }
}

/// The explanation of what stopped a test's program, if something did: its Python error
/// or the limit it reached. Input in marking always comes from the test.
pub fn explanation(test: &TestResult) -> Option<Explanation> {
    let verdict = match test.status {
        TestStatus::TimeLimit => Verdict::TimeLimit,
        TestStatus::MemoryLimit => Verdict::MemoryLimit,
        TestStatus::OutputLimit => Verdict::OutputLimit,
        TestStatus::Error => return test.error.as_ref().map(explain_in_test),
        TestStatus::Passed | TestStatus::Failed | TestStatus::NotRun => return None,
    };
    explain::explain_limit(verdict, &test.limits, &test.printed)
}

/// A Python error explained as marking meets it: the input always comes from the test.
pub fn explain_in_test(e: &PyError) -> Explanation {
    explain::explain_error(
        e,
        &Context {
            input_from_test: true,
        },
    )
}

/// One sentence on what went wrong in a test.
pub fn failure_sentence(test: &TestResult) -> String {
    match test.status {
        TestStatus::Passed => tr!("outcome-passed"),
        TestStatus::TimeLimit => {
            let seconds = test.limits.time.as_secs_f64();
            if test.printed.still_printing(test.limits.time) {
                let lines = test.printed.lines;
                tr!(
                    "outcome-time-limit-printing",
                    seconds = seconds,
                    lines = lines
                )
            } else {
                tr!("outcome-time-limit", seconds = seconds)
            }
        }
        TestStatus::MemoryLimit => tr!("outcome-memory-limit"),
        TestStatus::OutputLimit => {
            tr!("outcome-output-limit-printing", lines = test.printed.lines)
        }
        TestStatus::NotRun => tr!("outcome-not-run"),
        TestStatus::Error => match &test.error {
            Some(e) => error_sentence(e),
            None => match test.exit_code {
                Some(code) => tr!("outcome-exit-code", code = code),
                None => tr!("outcome-error"),
            },
        },
        TestStatus::Failed => {
            if let Some(name) = &test.missing_function {
                return tr!(
                    "outcome-missing-function",
                    name = safe_text::for_terminal(name)
                );
            }
            if !test.problems.is_empty() {
                let parts: Vec<String> = test.problems.iter().map(problem_sentence).collect();
                return tr!("outcome-code-problems", problems = parts.join("; "));
            }
            if !test.shows_details() {
                return tr!("outcome-failed");
            }
            match (&test.call, &test.expected, &test.actual) {
                (Some(call), Some(e), Some(a)) => tr!(
                    "outcome-call-gave",
                    call = short(call),
                    expected = short(e),
                    actual = short(a)
                ),
                (None, Some(e), Some(a)) if a.trim().is_empty() => {
                    tr!("outcome-printed-nothing", expected = short(e.trim_end()))
                }
                (None, Some(e), Some(a)) => tr!(
                    "outcome-printed",
                    expected = short(e.trim_end()),
                    actual = short(a.trim_end())
                ),
                _ => tr!("outcome-failed"),
            }
        }
    }
}

/// "failed: your program stopped on line 3. Python does not know the name x."
pub fn error_sentence(e: &PyError) -> String {
    let what = explain_in_test(e).what;
    match e.line {
        Some(line) => tr!("outcome-python-error-line", line = line, what = what),
        None => tr!("outcome-python-error", what = what),
    }
}

fn problem_sentence(p: &crate::sandbox::InspectProblem) -> String {
    let what = describe_construct(&p.item);
    match (p.kind.as_str(), p.line) {
        ("missing", _) => tr!("problem-missing", what = what),
        ("forbidden", Some(line)) => tr!("problem-forbidden-line", what = what, line = line),
        ("forbidden", None) => tr!("problem-forbidden", what = what),
        _ => tr!("problem-unknown", item = p.item.as_str()),
    }
}

/// A construct from a code check in words: `for` becomes "a for loop".
pub fn describe_construct(item: &str) -> String {
    if let Some((prefix, name)) = item.split_once(':') {
        let key = match prefix {
            "call" => "construct-prefix-call",
            "method" => "construct-prefix-method",
            "function" => "construct-prefix-function",
            "import" => "construct-prefix-import",
            _ => "construct-prefix-name",
        };
        return tr!(key, name = name);
    }
    let key = format!("construct-{item}");
    if crate::i18n::exists(&key) {
        crate::i18n::tr(&key)
    } else {
        item.to_owned()
    }
}

fn short(text: &str) -> String {
    let safe = safe_text::for_terminal(text).replace('\n', " ↵ ");
    if safe.chars().count() > 60 {
        let cut: String = safe.chars().take(57).collect();
        format!("{cut}...")
    } else {
        safe
    }
}

/// The whole report as text: a line per test, the summary, then details of the first
/// failure the learner may see.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let labels: Vec<(&str, String)> = report
        .tests
        .iter()
        .map(|t| status_label(t.status))
        .collect();
    let width = labels
        .iter()
        .map(|(_, w)| w.width())
        .max()
        .unwrap_or(0)
        .max(8);
    for (i, (t, (symbol, word))) in report.tests.iter().zip(&labels).enumerate() {
        out.push_str(&format!(
            "  {symbol} {} {}\n",
            pad(word, width),
            test_title(i, t)
        ));
    }
    out.push('\n');
    out.push_str(&summary(report));
    out.push(' ');
    out.push_str(&score_line(report));
    out.push('\n');
    if let Some(note) = not_run_note(report) {
        out.push_str(&note);
        out.push('\n');
    }
    if let Some((i, t)) = report.first_visible_failure() {
        out.push('\n');
        out.push_str(&details(i, t));
    } else if !report.passed {
        out.push('\n');
        out.push_str(&tr!("feedback-hidden-failures"));
        out.push('\n');
    }
    out
}

/// "A test ran out of time, so Slate did not run the 3 tests after it.", when some were not
/// run.
pub fn not_run_note(report: &Report) -> Option<String> {
    match report.not_run_count() {
        0 => None,
        count => Some(tr!("feedback-not-run", count = count)),
    }
}

/// Details of one failed test: sentence, input, expected vs actual, differences, the
/// explanation of an error or limit, and Python's traceback.
pub fn details(index: usize, t: &TestResult) -> String {
    let mut out = format!("{}\n", test_sentence(index, t));
    if let Some(stdin) = t.stdin.as_deref().filter(|s| !s.is_empty()) {
        out.push_str(&format!("\n  {}\n", tr!("feedback-input-given")));
        out.push_str(&indent(&safe_text::for_terminal(stdin), "    "));
    }
    if let Some(call) = &t.call {
        out.push_str(&format!(
            "\n  {}\n",
            tr!("feedback-test-called", call = safe_text::for_terminal(call))
        ));
    }
    let show_outputs =
        t.status == TestStatus::Failed && t.missing_function.is_none() && t.problems.is_empty();
    if show_outputs && let (Some(e), Some(a)) = (&t.expected, &t.actual) {
        if t.call.is_some() {
            out.push_str(&format!(
                "  {}\n",
                tr!(
                    "feedback-expected-value",
                    value = safe_text::for_terminal(e)
                )
            ));
            out.push_str(&format!(
                "  {}\n",
                tr!("feedback-function-gave", value = safe_text::for_terminal(a))
            ));
        } else {
            out.push_str(&format!("\n  {}\n", tr!("feedback-expected-output")));
            out.push_str(&indent(&safe_text::for_terminal(e), "    "));
            out.push_str(&format!("\n  {}\n", tr!("feedback-actual-output")));
            if a.is_empty() {
                out.push_str(&format!("    {}\n", tr!("feedback-nothing")));
            } else {
                out.push_str(&indent(&safe_text::for_terminal(a), "    "));
            }
            out.push_str(&format!("\n  {}\n", tr!("feedback-differences")));
            for line in diff::lines(e, a) {
                let mark = match line.kind {
                    DiffKind::Same => ' ',
                    DiffKind::Missing => '-',
                    DiffKind::Extra => '+',
                };
                out.push_str(&format!("    {mark} {}\n", line.text));
            }
        }
    }
    if let Some(mut explanation) = explanation(t) {
        // The sentence above already said what happened, and Python's own words follow in
        // the traceback: this adds where, why and what to try.
        if t.error.as_ref().is_some_and(|e| !e.traceback.is_empty()) {
            explanation.original.clear();
        }
        out.push('\n');
        out.push_str(&indent(&explain::render_details(&explanation), "  "));
    }
    if t.status == TestStatus::Error
        && let Some(e) = &t.error
        && !e.traceback.is_empty()
    {
        out.push_str(&format!("\n  {}\n", tr!("feedback-python-said")));
        out.push_str(&indent(&safe_text::for_terminal(&e.traceback), "    "));
    }
    out
}

fn indent(text: &str, prefix: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(prefix);
            out.push_str(line);
        }
        out.push('\n');
    }
    if text.is_empty() {
        out.push_str(prefix);
        out.push('\n');
    }
    out
}

/// Why the solution is not available yet.
pub fn lock_sentence(lock: SolutionLock) -> String {
    match lock {
        SolutionLock::AfterSolving => tr!("solution-after-solving"),
        SolutionLock::AfterAttempts(n) => tr!("solution-after-attempts", left = n),
        SolutionLock::Never => tr!("solution-never"),
    }
}

/// One sentence on how an interactive run ended.
pub fn run_ending(outcome: &crate::sandbox::Outcome) -> String {
    use crate::sandbox::Verdict;
    if outcome.stopped {
        return tr!("run-you-stopped");
    }
    match outcome.verdict {
        Verdict::Ok => tr!("run-finished"),
        Verdict::Error => match &outcome.error {
            Some(e) => error_sentence(e),
            None => tr!("run-ended-code", code = outcome.exit_code.unwrap_or(1)),
        },
        // Still printing when stopped: it may just be slow, or print too much.
        Verdict::TimeLimit if outcome.printed.still_printing(outcome.limits.time) => {
            tr!("run-time-limit-printing", lines = outcome.printed.lines)
        }
        Verdict::TimeLimit => tr!("run-time-limit"),
        Verdict::MemoryLimit => tr!("run-memory-limit"),
        Verdict::OutputLimit => tr!("run-output-limit-printing", lines = outcome.printed.lines),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::{Outcome, Verdict};

    #[test]
    fn a_run_stopped_with_ctrl_c_says_so_plainly() {
        let outcome = Outcome {
            verdict: Verdict::Error,
            exit_code: None,
            stdout: String::new(),
            stderr: String::new(),
            error: Some(PyError {
                kind: "KeyboardInterrupt".into(),
                ..PyError::default()
            }),
            call: None,
            inspect: None,
            stopped: true,
            printed: crate::sandbox::Printed::default(),
            limits: crate::sandbox::Limits::default(),
            duration: std::time::Duration::ZERO,
        };
        let said = run_ending(&outcome);
        assert_eq!(said, tr!("run-you-stopped"));
        assert!(!said.contains("KeyboardInterrupt"), "{said}");
        // A program that raises KeyboardInterrupt itself was not stopped by the learner.
        let raised = Outcome {
            stopped: false,
            ..outcome
        };
        assert_ne!(run_ending(&raised), tr!("run-you-stopped"));
    }
}
