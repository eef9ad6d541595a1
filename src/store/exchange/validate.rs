//! The checks on what an export file says that JSON types cannot make.
//!
//! An export file may come from anywhere, so nothing in it is trusted: times must fall in the
//! years 2000 to 2100, test statuses must be ones Slate writes, points may not exceed the most
//! possible, an event may not end before it starts, and ids, names, groups and settings may not
//! hold control characters (C0, DEL, C1: the escape sequences that act on a terminal) or
//! direction overrides (which make text read differently from what it is). Each check looks at
//! one learner, attempt or event, so a file is checked as it streams past, and says what is
//! wrong as a short phrase that quotes the value made safe to show ([`shown`]). [`Problems`]
//! gathers the phrases with the file's line, and [`message`] turns them into what the teacher
//! reads.

use std::path::Path;
use std::sync::LazyLock;

use super::intake::Head;
use super::{ExportAttempt, ExportEvent};
use crate::marking::TestStatus;
use crate::store::{names, shown as shown_path};
use crate::tr;

/// The earliest time a file may hold: 2000-01-01 00:00 UTC, in unix milliseconds.
pub const EARLIEST_TIME: i64 = 946_684_800_000;
/// The latest time a file may hold: the last millisecond of 2100 (UTC).
pub const LATEST_TIME: i64 = 4_133_980_800_000 - 1;

/// How many problems a message lists; the rest are counted.
pub const LISTED: usize = 10;
/// How much of a value a message quotes, in characters.
const QUOTED: usize = 40;

/// A value from a file as a message may quote it: control characters and direction overrides
/// shown as symbols that do nothing (`crate::safe_text`), line breaks and tabs as symbols too,
/// and a long value cut short.
pub fn shown(value: &str) -> String {
    let safe: String = crate::safe_text::for_terminal(value)
        .chars()
        .map(|c| match c {
            '\n' => '↵',
            '\r' => '␍',
            '\t' => '→',
            c => c,
        })
        .collect();
    if safe.chars().count() <= QUOTED {
        return safe;
    }
    let mut cut: String = safe.chars().take(QUOTED - 1).collect();
    cut.push('…');
    cut
}

/// The test statuses Slate writes: [`TestStatus`] as it is serialised.
static STATUSES: LazyLock<Vec<String>> = LazyLock::new(|| {
    use TestStatus as S;
    // A new status must be added here too; the match makes the compiler say so.
    let all = [
        S::Passed,
        S::Failed,
        S::Error,
        S::TimeLimit,
        S::MemoryLimit,
        S::OutputLimit,
        S::NotRun,
    ];
    for s in all {
        match s {
            S::Passed
            | S::Failed
            | S::Error
            | S::TimeLimit
            | S::MemoryLimit
            | S::OutputLimit
            | S::NotRun => {}
        }
    }
    all.iter()
        .filter_map(|s| serde_json::to_value(s).ok()?.as_str().map(str::to_owned))
        .collect()
});

/// A phrase for text that holds a character it may not, if it does.
fn unsafe_text(field: &str, value: &str) -> Option<String> {
    if value.chars().any(char::is_control) {
        Some(tr!("import-control", field = field, value = shown(value)))
    } else if value.chars().any(names::is_direction_control) {
        Some(tr!("import-direction", field = field, value = shown(value)))
    } else {
        None
    }
}

fn text(found: &mut Vec<String>, field: &str, value: &str) {
    found.extend(unsafe_text(field, value));
}

/// A phrase for a time outside the years 2000 to 2100, if it is.
pub(super) fn time_problem(field: &str, ms: i64) -> Option<String> {
    (!(EARLIEST_TIME..=LATEST_TIME).contains(&ms))
        .then(|| tr!("import-time", field = field, value = ms))
}

fn time(found: &mut Vec<String>, field: &str, ms: i64) {
    found.extend(time_problem(field, ms));
}

/// Problems with a learner's details and settings; each with the setting it is about, if any.
pub(super) fn head(h: &Head) -> Vec<(Option<String>, String)> {
    let mut found = Vec::new();
    if h.id.trim().is_empty() {
        found.push(tr!("import-empty-id"));
    }
    text(&mut found, "id", &h.id);
    for other in &h.also_known_as {
        text(&mut found, "also_known_as", other);
    }
    for other in &h.merged {
        text(&mut found, "merged", other);
    }
    // The name as written, before tidying: tidying would hide some control characters.
    match unsafe_text("name", &h.name) {
        Some(problem) => found.push(problem),
        None => {
            if let Err(e) = names::name(&h.name) {
                found.push(e.to_string().trim_end_matches('.').to_owned());
            }
        }
    }
    if let Some(group) = &h.group {
        match unsafe_text("group", group) {
            Some(problem) => found.push(problem),
            None => {
                if let Err(e) = names::group(Some(group)) {
                    found.push(e.to_string().trim_end_matches('.').to_owned());
                }
            }
        }
    }
    time(&mut found, "created", h.created);
    time(&mut found, "last_seen", h.last_seen);
    time(&mut found, "name_set", h.name_set);
    let mut found: Vec<(Option<String>, String)> = found.into_iter().map(|p| (None, p)).collect();
    for s in &h.settings {
        let mut problems = Vec::new();
        text(&mut problems, "key", &s.key);
        text(&mut problems, "value", &s.value);
        time(&mut problems, "updated", s.updated);
        let item = tr!("import-item-setting", key = shown(&s.key));
        found.extend(problems.into_iter().map(|p| (Some(item.clone()), p)));
    }
    found
}

/// Problems with one attempt.
pub(super) fn attempt(a: &ExportAttempt) -> Vec<String> {
    let mut found = Vec::new();
    if a.id.trim().is_empty() || a.pack.is_empty() || a.exercise.is_empty() {
        found.push(tr!("import-incomplete"));
    }
    for (field, value) in [
        ("id", &a.id),
        ("machine", &a.machine),
        ("pack", &a.pack),
        ("pack_version", &a.pack_version),
        ("exercise", &a.exercise),
    ] {
        text(&mut found, field, value);
    }
    time(&mut found, "at", a.at);
    if a.score > a.max_score {
        found.push(tr!("import-score", score = a.score, max = a.max_score));
    }
    for t in &a.tests {
        text(&mut found, "tests", &t.id);
        if !STATUSES.contains(&t.status) {
            found.push(tr!(
                "import-test-status",
                test = shown(&t.id),
                status = shown(&t.status),
                known = STATUSES.join(", ")
            ));
        }
        if t.points > t.max_points {
            found.push(tr!(
                "import-test-points",
                test = shown(&t.id),
                points = t.points,
                max = t.max_points
            ));
        }
    }
    found
}

/// What an event is about, for messages: the `hint` event for "pack/exercise".
pub(super) fn event_item(e: &ExportEvent) -> String {
    let (kind, pack, item) = parts(e);
    tr!(
        "import-item-event",
        kind = kind,
        item = shown(&format!("{pack}/{item}"))
    )
}

fn parts(e: &ExportEvent) -> (&'static str, &str, &str) {
    match e {
        ExportEvent::Hint { pack, exercise, .. } => ("hint", pack, exercise),
        ExportEvent::Solution { pack, exercise, .. } => ("solution", pack, exercise),
        ExportEvent::Page { pack, lesson, .. } => ("page", pack, lesson),
    }
}

/// Problems with one event.
pub(super) fn event(e: &ExportEvent) -> Vec<String> {
    let mut found = Vec::new();
    let (_, pack, item) = parts(e);
    let (first, last) = match e {
        ExportEvent::Hint { first, last, .. }
        | ExportEvent::Solution { first, last, .. }
        | ExportEvent::Page { first, last, .. } => (*first, *last),
    };
    text(&mut found, "pack", pack);
    let field = if matches!(e, ExportEvent::Page { .. }) {
        "lesson"
    } else {
        "exercise"
    };
    text(&mut found, field, item);
    time(&mut found, "first", first);
    time(&mut found, "last", last);
    if first > last {
        found.push(tr!("import-event-order"));
    }
    found
}

/// One problem and the line of the file it is on, when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub text: String,
}

/// The problems found in a file: the first [`LISTED`], and how many more.
#[derive(Debug, Default)]
pub(super) struct Problems {
    listed: Vec<Problem>,
    more: usize,
}

impl Problems {
    pub fn push(&mut self, line: Option<usize>, text: String) {
        if self.listed.len() < LISTED {
            self.listed.push(Problem { line, text });
        } else {
            self.more += 1;
        }
    }

    /// The problems and the count of the rest, or `None` when there were none.
    pub fn into_parts(self) -> Option<(Vec<Problem>, usize)> {
        (!self.listed.is_empty()).then_some((self.listed, self.more))
    }
}

/// `FILE:LINE` or `FILE`.
fn at(file: &Path, line: Option<usize>) -> String {
    match line {
        Some(line) => format!("{}:{line}", shown_path(file)),
        None => shown_path(file),
    }
}

/// The message for a file refused for these problems: one sentence for one problem, a list
/// for several.
pub(super) fn message(file: &Path, problems: &[Problem], more: usize) -> String {
    if let ([one], 0) = (problems, more) {
        return tr!(
            "import-invalid",
            file = at(file, one.line),
            problem = one.text.as_str()
        );
    }
    let mut list = Vec::new();
    for p in problems {
        list.push(match p.line {
            Some(line) => tr!(
                "import-problem-on-line",
                line = line,
                problem = p.text.as_str()
            ),
            None => p.text.clone(),
        });
    }
    if more > 0 {
        list.push(tr!("import-problems-more", count = more));
    }
    let list: Vec<String> = list.into_iter().map(|p| format!("  - {p}")).collect();
    tr!(
        "import-problems",
        file = shown_path(file),
        count = problems.len() + more,
        problems = list.join("\n")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::TestRecord;
    use std::path::PathBuf;

    fn good_attempt() -> ExportAttempt {
        ExportAttempt {
            id: "a1".into(),
            machine: "pc1".into(),
            at: 1_741_942_800_000,
            pack: "good".into(),
            pack_version: "1.0.0".into(),
            exercise: "greet".into(),
            code: "print('\u{1b}[31m is fine in code')\n".into(),
            tests: vec![TestRecord {
                id: "t1".into(),
                status: "passed".into(),
                points: 2,
                max_points: 2,
                detail: None,
            }],
            score: 2,
            max_score: 2,
            passed: true,
            duration_ms: 10,
            time_spent_ms: 0,
        }
    }

    fn good_head() -> Head {
        Head {
            id: "l1".into(),
            name: "Siân".into(),
            group: Some("7B".into()),
            created: EARLIEST_TIME,
            last_seen: LATEST_TIME,
            name_set: 1_741_942_800_000,
            ..Head::default()
        }
    }

    #[test]
    fn values_are_quoted_safely_and_briefly() {
        assert_eq!(shown("a\u{1b}]52;c;aGk=\u{7}b"), "a␛]52;c;aGk=␇b");
        assert_eq!(shown("x\u{202e}y\r\nz\t"), "x\u{fffd}y␍↵z→");
        assert_eq!(shown(&"é".repeat(100)).chars().count(), QUOTED);
        assert!(shown(&"é".repeat(100)).ends_with('…'));
    }

    #[test]
    fn a_sound_learner_and_attempt_pass() {
        assert_eq!(head(&good_head()), []);
        assert_eq!(attempt(&good_attempt()), Vec::<String>::new());
    }

    #[test]
    fn every_test_status_slate_writes_is_known_and_no_other() {
        assert_eq!(
            *STATUSES,
            [
                "passed",
                "failed",
                "error",
                "time_limit",
                "memory_limit",
                "output_limit",
                "not_run"
            ]
        );
        let mut a = good_attempt();
        a.tests[0].status = "brilliant".into();
        let found = attempt(&a);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("\"brilliant\""), "{found:?}");
    }

    #[test]
    fn points_above_the_most_possible_are_refused() {
        let mut a = good_attempt();
        a.tests[0].points = 3;
        a.score = 5;
        let found = attempt(&a);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("scores 5 out of 2"), "{found:?}");
        assert!(found[1].contains("gives 3 points out of 2"), "{found:?}");
    }

    #[test]
    fn times_outside_2000_to_2100_are_refused() {
        for bad in [0, EARLIEST_TIME - 1, LATEST_TIME + 1, i64::MAX, -5] {
            let mut a = good_attempt();
            a.at = bad;
            let found = attempt(&a);
            assert_eq!(found.len(), 1, "{bad}: {found:?}");
            assert!(found[0].contains("2000 and 2100"), "{found:?}");
        }
        let mut h = good_head();
        h.created = 0;
        assert_eq!(head(&h).len(), 1);
    }

    #[test]
    fn control_characters_in_ids_and_names_are_refused() {
        let mut a = good_attempt();
        a.exercise = "greet\u{1b}]52;c;ZWNobyBoaQ==\u{7}".into();
        a.pack = "good\u{9b}31m".into();
        a.machine = "pc\u{7f}".into();
        let found = attempt(&a);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found
                .iter()
                .all(|p| !p.contains('\u{1b}') && !p.contains('\u{9b}'))
        );
        for name in ["Ada\u{1b}[2J", "Ada\u{85}", "Ada\tL", "Ada\u{202e}ecalevol"] {
            let h = Head {
                name: name.into(),
                ..good_head()
            };
            let found = head(&h);
            assert_eq!(found.len(), 1, "{name:?}: {found:?}");
            assert!(found[0].1.starts_with("its `name`"), "{found:?}");
        }
        let h = Head {
            group: Some("7B\u{2066}".into()),
            id: "\u{1b}".into(),
            ..good_head()
        };
        assert_eq!(head(&h).len(), 2);
    }

    #[test]
    fn an_event_that_ends_before_it_starts_is_refused() {
        let e = ExportEvent::Hint {
            pack: "good".into(),
            exercise: "add".into(),
            index: 0,
            first: 1_741_942_900_000,
            last: 1_741_942_800_000,
        };
        let found = event(&e);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].contains("after"), "{found:?}");
        assert_eq!(event_item(&e), "the `hint` event for \"good/add\"");
    }

    #[test]
    fn one_problem_is_one_sentence_and_many_are_a_list() {
        let file = PathBuf::from("pc3.json");
        let one = [Problem {
            line: Some(12),
            text: "learner 1 (\"Ada\"): the id is empty".into(),
        }];
        let text = message(&file, &one, 0);
        assert!(
            text.starts_with("pc3.json:12: learner 1 (\"Ada\"): the id is empty."),
            "{text}"
        );
        assert!(text.ends_with("Nothing was imported."), "{text}");
        let many = [one[0].clone(), one[0].clone()];
        let text = message(&file, &many, 3);
        assert!(text.starts_with("pc3.json has 5 problems"), "{text}");
        assert!(text.contains("\n  - line 12: learner 1"), "{text}");
        assert!(text.contains("\n  - …and 3 more."), "{text}");
    }
}
