//! `slate learner show NAME [--exercise PACK/EX] [--json]`: why a pupil's attempts failed.
//!
//! For a teacher: every attempt, oldest first, with when it was made, its score, the code
//! the pupil sent, and each test's result in the sentences `feedback` gives a learner. A
//! teacher sees hidden tests' details here (marked as hidden from learners); the tutor never
//! shows them. Each test is rebuilt from what the store kept ([`crate::store::TestDetail`]) by
//! [`crate::feedback::recorded`], which the live class view (`slate class`) shares;
//! attempts recorded before Slate kept details say only passed or failed. Everything from the
//! progress file is made safe for the terminal. `--json` gives the same data to scripts, in
//! a format documented in `docs/progress-format.md` (`slate-learner-attempts`, version 1).
//! Only reads: the progress file is opened read-only.

use serde::Serialize;

use super::super::CliError;
use crate::feedback::{self, recorded};
use crate::paths::Paths;
use crate::safe_text::for_terminal;
use crate::store::exchange::ExportAttempt;
use crate::store::{FILE_NAME, Selection, Store, names, time};
use crate::tr;

/// The `format` of `--json` output.
pub const JSON_FORMAT: &str = "slate-learner-attempts";
/// Its version.
pub const JSON_VERSION: u32 = 1;

pub fn run(
    paths: &Paths,
    name: &str,
    group: Option<&str>,
    exercise: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    let (learner, attempts) = Store::read_with(&paths.data.join(FILE_NAME), |store| {
        let l = store.require_learner(name, group)?;
        let file = store.export(Selection::Learner(&l.id))?;
        let attempts = file
            .learners
            .into_iter()
            .flat_map(|x| x.attempts)
            .filter(|a| exercise.is_none_or(|e| matches(a, e)))
            .collect::<Vec<_>>();
        Ok::<_, CliError>((l, attempts))
    })?;
    if json {
        outln!("{}", to_json(&learner, &attempts));
        return Ok(());
    }
    let who = names::label(&learner.name, learner.group.as_deref());
    if attempts.is_empty() {
        outln!("{}", tr!("learner-show-none", who = who));
        return Ok(());
    }
    outln!(
        "{}",
        tr!("learner-show-heading", who = who, count = attempts.len())
    );
    for (i, a) in attempts.iter().enumerate() {
        outln!();
        out!("{}", attempt_text(i, attempts.len(), a));
    }
    Ok(())
}

/// Whether an attempt is of `pack/exercise` (or `pack/lesson/exercise`).
fn matches(a: &ExportAttempt, wanted: &str) -> bool {
    let (pack, rest) = wanted.split_once('/').unwrap_or((wanted, ""));
    let exercise = rest.rsplit('/').next().unwrap_or(rest);
    a.pack == pack && (exercise.is_empty() || a.exercise == exercise)
}

fn attempt_text(index: usize, count: usize, a: &ExportAttempt) -> String {
    let mut out = tr!(
        "learner-show-attempt",
        number = index + 1,
        count = count,
        at = when(a.at),
        exercise = for_terminal(&format!("{}/{}", a.pack, a.exercise)),
        score = a.score,
        max = a.max_score,
        passed = if a.passed { "yes" } else { "no" }
    );
    out.push('\n');
    for line in recorded::numbered_code(&a.code) {
        out.push_str(&line);
        out.push('\n');
    }
    for (i, t) in a.tests.iter().enumerate() {
        out.push_str(&format!("  {}\n", recorded::sentence(i, t)));
    }
    out
}

/// "2025-03-14 09:05:00" (UTC).
fn when(at: i64) -> String {
    time::rfc3339(at).replace('T', " ").replace('Z', "")
}

#[derive(Debug, Serialize)]
struct JsonOut<'a> {
    format: &'static str,
    version: u32,
    learner: JsonLearner<'a>,
    attempts: Vec<JsonAttempt<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonLearner<'a> {
    id: &'a str,
    name: &'a str,
    group: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct JsonAttempt<'a> {
    id: &'a str,
    at: i64,
    pack: &'a str,
    pack_version: &'a str,
    exercise: &'a str,
    score: u32,
    max_score: u32,
    passed: bool,
    code: &'a str,
    tests: Vec<JsonTest<'a>>,
}

#[derive(Debug, Serialize)]
struct JsonTest<'a> {
    id: &'a str,
    name: String,
    status: &'a str,
    points: u32,
    max_points: u32,
    /// Whether learners are kept from this test's details.
    hidden: bool,
    /// The sentence a learner would read, with the details shown.
    feedback: String,
    /// What the store kept of the test; `null` for attempts recorded before it kept any.
    detail: Option<&'a crate::store::TestDetail>,
}

fn to_json(learner: &crate::store::Learner, attempts: &[ExportAttempt]) -> String {
    let attempts = attempts
        .iter()
        .map(|a| JsonAttempt {
            id: &a.id,
            at: a.at,
            pack: &a.pack,
            pack_version: &a.pack_version,
            exercise: &a.exercise,
            score: a.score,
            max_score: a.max_score,
            passed: a.passed,
            code: &a.code,
            tests: a
                .tests
                .iter()
                .map(|t| {
                    let result = recorded::result(t);
                    JsonTest {
                        id: &t.id,
                        name: result.name.clone(),
                        status: &t.status,
                        points: t.points,
                        max_points: t.max_points,
                        hidden: t.detail.as_ref().is_some_and(|d| d.hidden),
                        feedback: feedback::failure_sentence(&result),
                        detail: t.detail.as_ref(),
                    }
                })
                .collect(),
        })
        .collect();
    serde_json::to_string_pretty(&JsonOut {
        format: JSON_FORMAT,
        version: JSON_VERSION,
        learner: JsonLearner {
            id: &learner.id,
            name: &learner.name,
            group: learner.group.as_deref(),
        },
        attempts,
    })
    .expect("attempts are always valid JSON")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exercise_is_matched_by_pack_and_id() {
        let a = ExportAttempt {
            id: "x".into(),
            machine: "m".into(),
            at: 0,
            pack: "good".into(),
            pack_version: "1".into(),
            exercise: "greet".into(),
            code: String::new(),
            tests: vec![],
            score: 0,
            max_score: 0,
            passed: false,
            duration_ms: 0,
            time_spent_ms: 0,
        };
        assert!(matches(&a, "good/greet"));
        assert!(matches(&a, "good/hello/greet"));
        assert!(matches(&a, "good"));
        assert!(!matches(&a, "good/add"));
        assert!(!matches(&a, "other/greet"));
    }
}
