//! Marking results as plain sentences.
//!
//! One place turns a [`Report`] into words a learner can read, so `slate check`, the plain
//! (screen-reader) mode and the full-screen interface say the same things the same way.
//! Nothing relies on colour: every result has a symbol *and* a word. Output from learners'
//! programs is made safe for the terminal here.

use crate::marking::diff::{self, DiffKind};
use crate::marking::{Report, TestResult, TestStatus};
use crate::safe_text;
use crate::sandbox::PyError;

/// The symbol and word for a status ("✓ passed").
pub fn status_label(status: TestStatus) -> (&'static str, &'static str) {
    match status {
        TestStatus::Passed => ("✓", "passed"),
        TestStatus::Failed => ("✗", "failed"),
        TestStatus::Error => ("✗", "error"),
        TestStatus::TimeLimit => ("⏱", "too slow"),
        TestStatus::MemoryLimit => ("✗", "too much memory"),
        TestStatus::OutputLimit => ("✗", "too much output"),
    }
}

/// "2 of 3 tests passed."
pub fn summary(report: &Report) -> String {
    let total = report.tests.len();
    let passed = report.passed_count();
    if report.passed {
        if total == 1 {
            "The test passed. Well done!".to_owned()
        } else {
            format!("All {total} tests passed. Well done!")
        }
    } else {
        let tests = if total == 1 { "test" } else { "tests" };
        format!("{passed} of {total} {tests} passed.")
    }
}

/// "Score: 2 out of 3."
pub fn score_line(report: &Report) -> String {
    let points = if report.max_score == 1 {
        "point"
    } else {
        "points"
    };
    format!(
        "Score: {} out of {} {points}.",
        report.score, report.max_score
    )
}

/// The test's name as shown: hidden tests that may not be shown are "a hidden test".
pub fn test_title(index: usize, test: &TestResult) -> String {
    if test.shows_details() || test.visibility == crate::pack::Hidden::OnFailure {
        format!("Test {}, {}", index + 1, test.name)
    } else {
        format!("Test {} (a hidden test)", index + 1)
    }
}

/// "Test 3, adding negative numbers, failed: expected -1, your program printed 1."
pub fn test_sentence(
    index: usize,
    t: &TestResult,
    limits: Option<&crate::sandbox::Limits>,
) -> String {
    let title = test_title(index, t);
    let comma = if title.ends_with(')') { "" } else { "," };
    format!("{title}{comma} {}", failure_sentence(t, limits))
}

/// One sentence on what went wrong in a test.
pub fn failure_sentence(test: &TestResult, limits: Option<&crate::sandbox::Limits>) -> String {
    match test.status {
        TestStatus::Passed => "passed.".to_owned(),
        TestStatus::TimeLimit => {
            let secs = limits
                .map(|l| format_seconds(l.time.as_secs_f64()))
                .unwrap_or_else(|| "a few".into());
            format!("was stopped: your program was still running after {secs} seconds. Is there a loop that never ends?")
        }
        TestStatus::MemoryLimit => "was stopped: your program used too much memory. Is a list or some text growing without end?".to_owned(),
        TestStatus::OutputLimit => "was stopped: your program printed far too much. Is a print inside a loop that never ends?".to_owned(),
        TestStatus::Error => match &test.error {
            Some(e) => error_sentence(e),
            None => match test.exit_code {
                Some(code) => format!("failed: your program ended early with sys.exit({code})."),
                None => "failed: your program stopped with an error.".to_owned(),
            },
        },
        TestStatus::Failed => {
            if let Some(name) = &test.missing_function {
                return format!("failed: your program has no function called {name}.");
            }
            if !test.problems.is_empty() {
                let parts: Vec<String> = test.problems.iter().map(problem_sentence).collect();
                return format!("failed: {}.", parts.join("; "));
            }
            if !test.shows_details() {
                return "failed.".to_owned();
            }
            match (&test.call, &test.expected, &test.actual) {
                (Some(call), Some(e), Some(a)) => format!(
                    "failed: {call} should give {}, your function gave {}.",
                    short(e),
                    short(a)
                ),
                (None, Some(e), Some(a)) if a.trim().is_empty() => format!(
                    "failed: expected {}, your program printed nothing.",
                    short(e.trim_end())
                ),
                (None, Some(e), Some(a)) => format!(
                    "failed: expected {}, your program printed {}.",
                    short(e.trim_end()),
                    short(a.trim_end())
                ),
                _ => "failed.".to_owned(),
            }
        }
    }
}

fn format_seconds(s: f64) -> String {
    if s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s}")
    }
}

/// "your program stopped with a NameError on line 3: name 'x' is not defined."
pub fn error_sentence(e: &PyError) -> String {
    let place = match e.line {
        Some(line) => format!(" on line {line}"),
        None => String::new(),
    };
    let article = if e.kind.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!(
        "failed: your program stopped with {article} {}{place}: {}.",
        e.kind,
        safe_text::for_terminal(e.message.trim_end_matches('.'))
    )
}

fn problem_sentence(p: &crate::sandbox::InspectProblem) -> String {
    let what = describe_construct(&p.item);
    match p.kind.as_str() {
        "missing" => format!("your program should use {what}"),
        "forbidden" => match p.line {
            Some(line) => format!("your program should not use {what} (it does on line {line})"),
            None => format!("your program should not use {what}"),
        },
        _ => format!(
            "this test asks for something Slate cannot check ({})",
            p.item
        ),
    }
}

/// A construct from a code check in words: `for` becomes "a for loop".
pub fn describe_construct(item: &str) -> String {
    if let Some((prefix, name)) = item.split_once(':') {
        return match prefix {
            "call" => format!("{name}()"),
            "method" => format!("the method .{name}()"),
            "function" => format!("a function called {name}"),
            "import" => format!("the module {name}"),
            _ => format!("the name {name}"),
        };
    }
    match item {
        "for" => "a for loop".into(),
        "while" => "a while loop".into(),
        "if" => "an if statement".into(),
        "def" => "a function (def)".into(),
        "return" => "return".into(),
        "f-string" => "an f-string".into(),
        "list-comprehension" => "a list comprehension".into(),
        "comprehension" => "a comprehension".into(),
        "list" => "a list".into(),
        "dict" => "a dictionary".into(),
        "augmented-assignment" => "+= (or -=, *=, ...)".into(),
        "assignment" => "a variable (=)".into(),
        "boolean-operator" => "and / or".into(),
        "comparison" => "a comparison".into(),
        "slice" => "a slice like text[1:3]".into(),
        other => other.to_owned(),
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
pub fn render(report: &Report, limits: Option<&crate::sandbox::Limits>) -> String {
    let mut out = String::new();
    for (i, t) in report.tests.iter().enumerate() {
        let (symbol, word) = status_label(t.status);
        out.push_str(&format!("  {symbol} {word:<8} {}\n", test_title(i, t)));
    }
    out.push('\n');
    out.push_str(&summary(report));
    out.push(' ');
    out.push_str(&score_line(report));
    out.push('\n');
    if let Some((i, t)) = report
        .tests
        .iter()
        .enumerate()
        .find(|(_, t)| !t.passed() && t.shows_details())
    {
        out.push('\n');
        out.push_str(&details(i, t, limits));
    } else if !report.passed {
        out.push_str("\nThe tests that failed are hidden. Check your program with other inputs, or ask for a hint.\n");
    }
    out
}

/// Details of one failed test: sentence, input, expected vs actual, differences, traceback.
pub fn details(index: usize, t: &TestResult, limits: Option<&crate::sandbox::Limits>) -> String {
    let mut out = format!("{}\n", test_sentence(index, t, limits));
    if let Some(stdin) = t.stdin.as_deref().filter(|s| !s.is_empty()) {
        out.push_str("\n  Input given:\n");
        out.push_str(&indent(&safe_text::for_terminal(stdin), "    "));
    }
    if let Some(call) = &t.call {
        out.push_str(&format!(
            "\n  The test called: {}\n",
            safe_text::for_terminal(call)
        ));
    }
    let show_outputs =
        t.status == TestStatus::Failed && t.missing_function.is_none() && t.problems.is_empty();
    if show_outputs && let (Some(e), Some(a)) = (&t.expected, &t.actual) {
        if t.call.is_some() {
            out.push_str(&format!(
                "  Expected value: {}\n",
                safe_text::for_terminal(e)
            ));
            out.push_str(&format!(
                "  Your function gave: {}\n",
                safe_text::for_terminal(a)
            ));
        } else {
            out.push_str("\n  Expected output:\n");
            out.push_str(&indent(&safe_text::for_terminal(e), "    "));
            out.push_str("\n  Your program printed:\n");
            if a.is_empty() {
                out.push_str("    (nothing)\n");
            } else {
                out.push_str(&indent(&safe_text::for_terminal(a), "    "));
            }
            out.push_str("\n  Differences (- expected but missing, + printed but not expected):\n");
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
    if t.status == TestStatus::Error
        && let Some(e) = &t.error
        && !e.traceback.is_empty()
    {
        out.push_str("\n  What Python said:\n");
        out.push_str(&indent(&safe_text::for_terminal(&e.traceback), "    "));
    }
    out
}

fn indent(text: &str, prefix: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        out.push_str(prefix);
        out.push_str(line);
        out.push('\n');
    }
    if text.is_empty() {
        out.push_str(prefix);
        out.push('\n');
    }
    out
}
