//! Marking results as plain sentences.
//!
//! One place turns a [`Report`] into words a learner can read, so `slate check`, the plain
//! (screen-reader) mode and the full-screen interface say the same things the same way.
//! Nothing relies on colour: every result has a symbol *and* a word. Output from learners'
//! programs is made safe for the terminal here. Every word comes from the Fluent messages in
//! `assets/locales/<lang>/feedback.ftl`; errors and limits are explained by
//! [`crate::explain`]. Columns are padded by display width, so they line up in any language.
//! Output tests are worded in [`output`], and the common slips in output are found and said
//! in [`slip`]. A test's result kept in the progress file is said again for the teacher in
//! [`recorded`] (`slate learner show` and `slate class` share it).

pub mod output;
pub mod recorded;
pub mod slip;

use unicode_width::UnicodeWidthStr;

use crate::text::pad;

use crate::explain::{self, Context, Explanation};
use crate::marking::{Report, TestResult, TestStatus};
use crate::pack::MatchMode;
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

/// The explanation of a test's error or limit as short lines for the full-screen results
/// box: where (in words, with the learner's line), why, and what to try. Empty when nothing
/// stopped the program, or the learner may not see this test's details.
pub fn explanation_lines(test: &TestResult) -> Vec<String> {
    let Some(e) = explanation(test).filter(|_| test.shows_details()) else {
        return Vec::new();
    };
    let mut lines = Vec::new();
    if let Some(place) = &e.place {
        lines.push(explain::place_in_words(place));
        if let Some(code) = &place.source_line {
            lines.push(format!("    {}", safe_text::for_terminal(code.trim())));
        }
    }
    lines.push(safe_text::for_terminal(&tr!(
        "explain-label-why",
        text = e.why.as_str()
    )));
    lines.push(safe_text::for_terminal(&tr!(
        "explain-label-try",
        text = e.try_this.as_str()
    )));
    lines
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
                (Some(call), Some(e), Some(a)) => {
                    let (expected, actual) = output::shortened(e, a);
                    tr!(
                        "outcome-call-gave",
                        call = short(call),
                        expected = expected,
                        actual = actual
                    )
                }
                (None, None, Some(a)) if is_pattern(test) => {
                    output::pattern_outcome(test.description.as_deref(), &test.name, a)
                }
                (None, Some(e), Some(a)) => {
                    let (mode, tolerance) = test.compare.unwrap_or_default();
                    output::outcome(mode, tolerance, e, a)
                }
                _ => tr!("outcome-failed"),
            }
        }
    }
}

/// Is this a regex test, whose pattern learners never see?
fn is_pattern(t: &TestResult) -> bool {
    matches!(t.compare, Some((MatchMode::Regex, _)))
}

/// "failed: your program stopped on line 3. Python does not know the name x."
pub fn error_sentence(e: &PyError) -> String {
    let what = explain_in_test(e).what;
    match e.line {
        Some(line) => tr!("outcome-python-error-line", line = line, what = what),
        None => tr!("outcome-python-error", what = what),
    }
}

/// Why a code check failed, for one thing missing or not allowed: "your program never
/// calls input()".
pub fn problem_sentence(p: &crate::sandbox::InspectProblem) -> String {
    if p.kind == "missing"
        && let Some((prefix, name)) = p.item.split_once(':')
    {
        let name = safe_text::for_terminal(name);
        let key = match prefix {
            "call" => "problem-missing-call",
            "method" => "problem-missing-method",
            "function" => "problem-missing-function",
            "import" => "problem-missing-import",
            _ => "problem-missing-name",
        };
        return tr!(key, name = name);
    }
    let what = describe_construct(&p.item);
    match (p.kind.as_str(), p.line) {
        ("missing", _) => tr!("problem-missing", what = what),
        ("forbidden", Some(line)) => tr!("problem-forbidden-line", what = what, line = line),
        ("forbidden", None) => tr!("problem-forbidden", what = what),
        _ => tr!("problem-unknown", item = safe_text::for_terminal(&p.item)),
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
        return tr!(key, name = safe_text::for_terminal(name));
    }
    let key = format!("construct-{item}");
    if crate::i18n::exists(&key) {
        crate::i18n::tr(&key)
    } else {
        safe_text::for_terminal(item)
    }
}

fn short(text: &str) -> String {
    output::shortened(text, text).0
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
    if show_outputs
        && is_pattern(t)
        && let Some(a) = &t.actual
    {
        out.push_str(&output::pattern_details(t.description.as_deref(), a));
    }
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
            let (mode, tolerance) = t.compare.unwrap_or_default();
            out.push_str(&output::details(mode, tolerance, e, a));
        }
    }
    if let Some(mut explanation) = explanation(t) {
        // The sentence above already said what happened, and Python's own words follow in
        // the traceback: this adds where, why and what to try.
        if t.error.as_ref().is_some_and(|e| !e.traceback.is_empty()) {
            explanation.original.clear();
        }
        out.push('\n');
        out.push_str(&indent(
            &explain::render_details(&explanation, explain::Spot::Words),
            "  ",
        ));
    }
    if t.status == TestStatus::Error
        && let Some(e) = &t.error
        && !e.traceback.is_empty()
    {
        out.push_str(&format!("\n  {}\n", tr!("feedback-python-said")));
        out.push_str(&indent(
            &safe_text::for_terminal(&without_carets(&e.traceback)),
            "    ",
        ));
    }
    out
}

/// Python's traceback without its lines of `^` and `~` under the code: the place was
/// already said in words, and a line of carets means nothing to a screen reader.
fn without_carets(traceback: &str) -> String {
    traceback
        .lines()
        .filter(|l| {
            let l = l.trim();
            l.is_empty() || !l.chars().all(|c| matches!(c, '^' | '~'))
        })
        .collect::<Vec<_>>()
        .join("\n")
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

/// Why the solution is not available yet, for an exercise with or without hints: one with
/// none never suggests trying a hint.
pub fn lock_sentence_for(lock: SolutionLock, has_hints: bool) -> String {
    if has_hints {
        return lock_sentence(lock);
    }
    match lock {
        SolutionLock::AfterSolving => tr!("solution-after-solving-no-hints"),
        SolutionLock::AfterAttempts(n) => tr!("solution-after-attempts-no-hints", left = n),
        SolutionLock::Never => tr!("solution-never-no-hints"),
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

    fn crashed(error: PyError) -> TestResult {
        TestResult {
            id: "t".into(),
            name: "greets".into(),
            status: TestStatus::Error,
            visibility: crate::pack::Hidden::Show,
            points: 0,
            max_points: 1,
            expected: Some("Hello!\n".into()),
            actual: Some(String::new()),
            stdin: None,
            compare: Some((MatchMode::Lines, Default::default())),
            description: None,
            error: Some(error),
            missing_function: None,
            problems: Vec::new(),
            call: None,
            exit_code: None,
            limits: crate::sandbox::Limits::default(),
            printed: crate::sandbox::Printed::default(),
            duration: std::time::Duration::ZERO,
        }
    }

    #[test]
    fn a_syntax_error_names_its_line_and_spot_in_words() {
        let t = crashed(PyError {
            kind: "SyntaxError".into(),
            message: "invalid syntax".into(),
            line: Some(2),
            column: Some(14),
            source_line: Some("print(\"Hello\"!)".into()),
            traceback: "  File \"main.py\", line 2\n    print(\"Hello\"!)\n                 ^\nSyntaxError: invalid syntax".into(),
            ..PyError::default()
        });
        let sentence = test_sentence(0, &t);
        assert!(sentence.contains("line 2"), "{sentence}");
        // Nothing is marked in plain mode or `slate check`: no sentence may say so.
        let shown = details(0, &t);
        assert!(!shown.contains("marked"), "{shown}");
        assert!(!shown.contains('^'), "{shown}");
        assert!(shown.contains("Line 2, column 14, near \"!\":"), "{shown}");
        assert!(shown.contains("SyntaxError: invalid syntax"), "{shown}");
        // The full-screen results box gets the where, why and try-this too.
        let lines = explanation_lines(&t);
        assert_eq!(lines[0], "Line 2, column 14, near \"!\":");
        assert!(lines.iter().any(|l| l.starts_with("Why: ")), "{lines:?}");
        assert!(
            lines.iter().any(|l| l.starts_with("Try this: ")),
            "{lines:?}"
        );
        assert!(lines.iter().all(|l| !l.contains("marked")), "{lines:?}");
    }

    #[test]
    fn a_code_check_says_why_it_failed() {
        let mut t = crashed(PyError::default());
        t.status = TestStatus::Failed;
        t.error = None;
        t.name = "uses input".into();
        t.problems = vec![crate::sandbox::InspectProblem {
            kind: "missing".into(),
            item: "call:input".into(),
            line: None,
        }];
        assert_eq!(
            test_sentence(3, &t),
            "Test 4, uses input, failed: your program never calls input()."
        );
    }

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
