//! `slate check EXERCISE FILE`: marks a program against an exercise's tests. The exercise
//! may be named by its pack's folder (`my-pack/add`), see [`folder`].
//!
//! One file is marked and explained in full, and may be kept in a learner's progress
//! (`--learner`, which then says where it was saved). Several files, or a folder, are marked
//! one line each ([`batch`]).

mod folder;

use clap::Args;
use serde::Serialize;
use std::path::PathBuf;

mod batch;

use super::{CliError, Status, read_program};
use crate::feedback;
use crate::marking::{self, Report, TestStatus};
use crate::pack::{Library, MatchMode, translate};
use crate::paths::Paths;
use crate::sandbox::{Progress, Sandbox};
use crate::store::{NewAttempt, Store, names};
use crate::tr;

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The exercise: `pack/exercise` (or `pack/lesson/exercise`). `slate pack list` shows them.
    pub exercise: String,
    /// The Python file to mark; or several files, or folders of them (their `.py` files,
    /// not in folders within them, sorted by name) to mark a class's work at once.
    #[arg(value_name = "FILE_OR_FOLDER", required = true, num_args = 1..)]
    pub files: Vec<PathBuf>,
    /// How to write the results of many files: a table, or CSV for a spreadsheet.
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub format: Option<batch::Format>,
    /// Print one JSON object with the results, and nothing else.
    #[arg(long)]
    pub json: bool,
    /// Keep this attempt in the progress of the learner called NAME (see `slate learner`).
    #[arg(long, value_name = "NAME")]
    pub learner: Option<String>,
    /// The learner's group, when they have one.
    #[arg(long, value_name = "GROUP", requires = "learner")]
    pub group: Option<String>,
}

#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    exercise: &'a str,
    passed: bool,
    score: u32,
    max_score: u32,
    tests: Vec<JsonTest<'a>>,
    /// How long marking took, in milliseconds.
    duration_ms: f64,
    /// The id the attempt was saved under, with `--learner`.
    #[serde(skip_serializing_if = "Option::is_none")]
    attempt: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct JsonTest<'a> {
    id: &'a str,
    name: &'a str,
    status: TestStatus,
    hidden: bool,
    points: u32,
    max_points: u32,
    expected: Option<&'a str>,
    /// For a regex test (whose pattern is never shown): what the output should be, in the
    /// author's words (`expect_description`), else the test's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    expect_description: Option<&'a str>,
    actual: Option<&'a str>,
    error: Option<JsonError<'a>>,
    /// Why a test did not pass, in one sentence: the same words `slate check` prints.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
    /// For every test stopped by an error or a limit: what happened, why, what to try.
    #[serde(skip_serializing_if = "Option::is_none")]
    explanation: Option<serde_json::Value>,
    /// How long the test's run took, in milliseconds (0 for a test that was not run).
    duration_ms: f64,
}

fn millis(d: std::time::Duration) -> f64 {
    (d.as_secs_f64() * 1e5).round() / 100.0
}

#[derive(Debug, Serialize)]
struct JsonError<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    message: &'a str,
    line: Option<u32>,
    /// The friendly explanation: `what`, `why`, `try_this`, `line`, ...
    explanation: serde_json::Value,
}

fn json(report: &Report, attempt: Option<&str>) -> String {
    let tests = report
        .tests
        .iter()
        .map(|t| {
            let shown = t.shows_details();
            JsonTest {
                id: &t.id,
                name: &t.name,
                status: t.status,
                hidden: !shown,
                points: t.points,
                max_points: t.max_points,
                expected: t.expected.as_deref().filter(|_| shown),
                expect_description: matches!(t.compare, Some((MatchMode::Regex, _)))
                    .then(|| t.description.as_deref().unwrap_or(&t.name))
                    .filter(|_| shown),
                actual: t.actual.as_deref().filter(|_| shown),
                error: t.error.as_ref().filter(|_| shown).map(|e| JsonError {
                    kind: &e.kind,
                    message: &e.message,
                    line: e.line,
                    explanation: feedback::explain_in_test(e).to_json(),
                }),
                // A hidden test's reason could give its expected output away.
                reason: (!t.passed()).then(|| {
                    if shown || t.status.is_limit() {
                        feedback::failure_sentence(t)
                    } else {
                        tr!("outcome-failed")
                    }
                }),
                explanation: feedback::explanation(t)
                    .filter(|_| shown || t.status.is_limit())
                    .map(|e| e.to_json()),
                duration_ms: millis(t.duration),
            }
        })
        .collect();
    serde_json::to_string(&JsonReport {
        exercise: &report.exercise,
        passed: report.passed,
        score: report.score,
        max_score: report.max_score,
        tests,
        duration_ms: millis(report.duration),
        attempt,
    })
    .expect("a report is always valid JSON")
}

/// Finds an exercise by id, with a helpful message when it is not there.
pub fn find<'a>(
    library: &'a Library,
    id: &str,
) -> Result<(&'a crate::pack::Pack, &'a crate::pack::Exercise), CliError> {
    if let Some((pack, _, exercise)) = library.find_exercise(id) {
        return Ok((pack, exercise));
    }
    let Some((pack_id, rest)) = id.split_once('/') else {
        return Err(CliError::Usage(tr!("check-not-an-exercise-id", id = id)));
    };
    let Some(pack) = library.pack(pack_id) else {
        let known: Vec<&str> = library.packs.iter().map(|p| p.id.as_str()).collect();
        let message = match crate::pack::load::did_you_mean(pack_id, known.iter().copied()) {
            Some(s) => tr!("check-no-such-pack-suggest", pack = pack_id, suggestion = s),
            None => tr!("check-no-such-pack", pack = pack_id),
        };
        let help = folder::not_found_help(library, pack_id, rest);
        return Err(CliError::Usage(format!("{message} {help}")));
    };
    Err(no_such_exercise(pack, rest))
}

/// The exercise `rest` (`exercise` or `lesson/exercise`) of `pack`, or what to do.
fn find_in<'a>(
    pack: &'a crate::pack::Pack,
    rest: &str,
) -> Result<(&'a crate::pack::Pack, &'a crate::pack::Exercise), CliError> {
    match pack.find_exercise(rest) {
        Some((_, exercise)) => Ok((pack, exercise)),
        None => Err(no_such_exercise(pack, rest)),
    }
}

fn no_such_exercise(pack: &crate::pack::Pack, rest: &str) -> CliError {
    let pack_id = pack.id.as_str();
    let names: Vec<&str> = pack.exercises().map(|(_, e)| e.id.as_str()).collect();
    let last = rest.rsplit('/').next().unwrap_or(rest);
    CliError::Usage(
        match crate::pack::load::did_you_mean(last, names.iter().copied()) {
            Some(s) => tr!(
                "check-no-such-exercise-suggest",
                pack = pack_id,
                exercise = rest,
                suggestion = format!("{pack_id}/{s}")
            ),
            None => tr!("check-no-such-exercise", pack = pack_id, exercise = rest),
        },
    )
}

pub fn run(paths: &Paths, library: &Library, args: CheckArgs) -> Result<Status, CliError> {
    let in_folder = folder::pack_in(&args.exercise)?;
    let (pack, exercise) = match &in_folder {
        Some((pack, rest)) => find_in(pack, rest)?,
        None => find(library, &args.exercise)?,
    };
    // Titles and test names in the learner's language, where the pack has them.
    let pack = translate::translate(pack, &crate::i18n::language().to_string());
    let exercise = pack
        .exercises()
        .map(|(_, e)| e)
        .find(|e| e.id == exercise.id)
        .unwrap_or(exercise);
    let many = args.files.len() > 1 || args.files[0].is_dir() || args.format.is_some();
    if many {
        if args.learner.is_some() {
            return Err(CliError::Usage(tr!("check-learner-one-file")));
        }
        if args.json {
            return Err(CliError::Usage(tr!("check-json-one-file")));
        }
        let format = args.format.unwrap_or_default();
        return batch::run(paths, &pack, exercise, &args.files, format);
    }
    let file = &args.files[0];
    let source = read_program(file)?;
    // Find the learner before marking: an unknown name should not cost a marking run.
    let mut learner = match &args.learner {
        Some(name) => {
            let mut store = Store::open(paths)?;
            let l = store.require_learner(name, args.group.as_deref())?;
            store.touch_learner(&l.id)?;
            Some((store, l))
        }
        None => None,
    };
    let progress = if args.json {
        Progress::Quiet
    } else {
        Progress::Terminal
    };
    let sandbox = Sandbox::global(paths, progress)?;
    let report = marking::mark(sandbox, &pack, exercise, &source)?;
    // Saved before it is shown, so a result the learner saw is never lost.
    let saved = learner.as_mut().map(|(store, l)| {
        store.record_attempt(&NewAttempt::from_report(
            &l.id,
            (&pack.id, &exercise.id, &pack.version),
            &source,
            &report,
            0,
        ))
    });
    let attempt = match &saved {
        Some(Ok(id)) => Some(id.as_str()),
        _ => None,
    };
    if args.json {
        outln!("{}", json(&report, attempt));
    } else {
        outln!(
            "{}\n",
            tr!(
                "check-heading",
                file = file.display().to_string(),
                exercise = report.exercise.as_str(),
                // Safe to show: pack words are made safe when loaded (crate::pack::display).
                title = &exercise.title
            )
        );
        out!("{}", feedback::render(&report));
        if let (Some(Ok(_)), Some((_, l))) = (&saved, &learner) {
            outln!(
                "{}",
                tr!(
                    "check-saved",
                    who = names::label(&l.name, l.group.as_deref())
                )
            );
        }
    }
    if let Some(Err(e)) = saved {
        return Err(CliError::Usage(tr!(
            "check-not-saved",
            reason = e.to_string()
        )));
    }
    Ok(if report.passed {
        Status::Success
    } else {
        Status::Failed
    })
}
