//! `slate class [--group G] [--every SECONDS] [--once]`: the live class view, for a teacher
//! during a lesson.
//!
//! Each learner's current exercise, how many exercises they passed, tried and are stuck on,
//! when they last checked, and who has been stuck longest (the model is
//! [`crate::store::class_view`]). On a terminal it is a full screen ([`crate::tui::class`])
//! that reads the class again every `--every` seconds; with `--plain`, `--once`, or when
//! standard input or output is not a terminal, it prints the class as plain lines (one
//! learner a line, in words, for a screen reader) and, unless `--once`, prints it again only
//! when something changed, until Ctrl+C or the end of standard input.
//!
//! Every reading of the class goes through [`load`], the one place that knows where the
//! class comes from: today this computer's progress file, opened read-only.

use clap::Args;
use std::io::IsTerminal;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{CliError, Status};
use crate::pack::Library;
use crate::paths::Paths;
use crate::store::class_view::{ClassView, LearnerRow};
use crate::store::report::shown;
use crate::store::time::{duration, minute};
use crate::store::{FILE_NAME, Store, names, now_ms};
use crate::tr;

#[derive(Debug, Args)]
pub struct ClassArgs {
    /// Only this group.
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// Read the class again every SECONDS seconds (at least 1).
    #[arg(
        long,
        value_name = "SECONDS",
        default_value_t = 5,
        value_parser = clap::value_parser!(u64).range(1..)
    )]
    pub every: u64,
    /// Print the class once, as plain text, and stop.
    #[arg(long)]
    pub once: bool,
}

/// Reads the class: the learners of `group` (everyone when `None`) as they are now. The one
/// place the class view reads from; today this computer's progress file, read-only.
pub fn load(
    paths: &Paths,
    target: Option<&crate::server::Target>,
    library: &Library,
    group: Option<&str>,
) -> Result<ClassView, CliError> {
    // On a computer that uses a class server, the class is every computer's, from the server.
    if let Some(target) = target {
        let mut server =
            crate::server::Server::open(target, crate::server::connect::CONNECT_TIMEOUT)?;
        let store = crate::server::sync::site(&mut server, group)?;
        return Ok(ClassView::build(&store, library, group, now_ms())?);
    }
    Ok(Store::read_with(&paths.data.join(FILE_NAME), |store| {
        ClassView::build(store, library, group, now_ms())
    })?)
}

pub fn run(
    paths: &Paths,
    library: &Library,
    target: Option<&crate::server::Target>,
    args: ClassArgs,
    plain: bool,
) -> Result<Status, CliError> {
    let library = super::report::in_language(library);
    let group = args.group.clone();
    let view = load(paths, target, &library, group.as_deref())?;
    if let (Some(g), true) = (&group, view.rows.is_empty()) {
        return Err(CliError::Usage(tr!(
            "report-none-in-group",
            group = crate::safe_text::for_terminal(&names::tidy(g))
        )));
    }
    let every = Duration::from_secs(args.every);
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    if !(plain || args.once || dumb || !terminal) {
        let paths = paths.clone();
        let target = target.cloned();
        crate::tui::class::run(view, every, move || {
            load(&paths, target.as_ref(), &library, group.as_deref()).map_err(|e| e.to_string())
        })?;
        return Ok(Status::Success);
    }
    print(&view);
    if args.once {
        return Ok(Status::Success);
    }
    crate::interrupt::install();
    let input = InputEnd::watch();
    let mut shown_view = view;
    let mut last_error: Option<String> = None;
    while wait(every, &input) {
        match load(paths, target, &library, group.as_deref()) {
            Ok(view) => {
                last_error = None;
                if !view.same_as(&shown_view) {
                    outln!();
                    print(&view);
                    shown_view = view;
                }
            }
            // Said once, not every few seconds; the last view stands.
            Err(e) => {
                let reason = e.to_string();
                if last_error.as_ref() != Some(&reason) {
                    eprintln!("{}", tr!("class-refresh-failed", reason = reason.as_str()));
                    last_error = Some(reason);
                }
            }
        }
    }
    Ok(Status::Success)
}

/// Waits `every`; false when it is time to stop instead: standard input ended, or Slate was
/// asked to end.
fn wait(every: Duration, input: &InputEnd) -> bool {
    let until = Instant::now() + every;
    loop {
        if crate::interrupt::take_quit_request() {
            return false;
        }
        let left = until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return true;
        }
        match input
            .ended
            .recv_timeout(left.min(Duration::from_millis(200)))
        {
            Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => return false,
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
    }
}

/// Hears when standard input ends. A thread of its own reads it (and lets what is typed go),
/// because a read cannot wait with a time limit on every platform.
struct InputEnd {
    ended: mpsc::Receiver<()>,
    /// Kept when the thread could not start, so the input never seems to end: Ctrl+C still
    /// does.
    _unwatched: Option<mpsc::Sender<()>>,
}

impl InputEnd {
    fn watch() -> InputEnd {
        let (tell, ended) = mpsc::channel();
        let keep = tell.clone();
        let spawned = std::thread::Builder::new()
            .name("class-view-input".into())
            .spawn(move || {
                let mut line = String::new();
                while matches!(crate::stdin::read_line(&mut line), Ok(n) if n > 0) {
                    line.clear();
                }
                let _ = tell.send(());
            });
        InputEnd {
            ended,
            _unwatched: spawned.is_err().then_some(keep),
        }
    }
}

fn print(view: &ClassView) {
    for line in plain_lines(view, view.built) {
        outln!("{line}");
    }
}

/// The class as plain lines at `now`: a heading, who is stuck longest, then one learner a
/// line, in words (no symbols), stuck longest first.
pub fn plain_lines(view: &ClassView, now: i64) -> Vec<String> {
    let learners = tr!("report-learners", count = view.rows.len());
    let time = minute(view.built);
    let mut lines = vec![match &view.group {
        Some(g) => tr!(
            "class-plain-heading-group",
            group = shown(g),
            learners = learners,
            time = time
        ),
        None => tr!("class-plain-heading-all", learners = learners, time = time),
    }];
    if view.rows.is_empty() {
        lines.push(tr!("class-no-learners"));
        return lines;
    }
    lines.push(match view.stuck_longest() {
        Some(row) => tr!(
            "class-plain-stuck-longest",
            who = shown(&view.name_of(row)),
            time = duration(row.stuck_for(now).unwrap_or(0)),
            exercise = row
                .current
                .as_ref()
                .map(|c| shown(&c.title))
                .unwrap_or_default()
        ),
        None => tr!("class-nobody-stuck"),
    });
    lines.extend(view.rows.iter().map(|row| plain_row(view, row, now)));
    lines
}

/// "Maya Patel (7B): stuck on Add two numbers for 14 min, 4 checks without passing. Passed
/// 2, tried 3, stuck 1. Last check 1 min ago."
fn plain_row(view: &ClassView, row: &LearnerRow, now: i64) -> String {
    let who = shown(&view.name_of(row));
    let Some(current) = &row.current else {
        return tr!("class-plain-nothing-yet", who = who);
    };
    let exercise = shown(&current.title);
    let state = match row.stuck_for(now) {
        Some(ms) if current.stuck() => tr!(
            "class-plain-stuck",
            who = who,
            exercise = exercise,
            time = duration(ms),
            attempts = current.progress.attempts
        ),
        Some(ms) => tr!(
            "class-plain-trying",
            who = who,
            exercise = exercise,
            time = duration(ms)
        ),
        None => tr!("class-plain-passed", who = who, exercise = exercise),
    };
    let counts = tr!(
        "class-plain-counts",
        passed = row.passed,
        tried = row.tried,
        stuck = row.stuck,
        time = duration(row.since_last_check(now).unwrap_or(0))
    );
    format!("{state} {counts}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::class_view::{Current, LearnerRow};
    use crate::store::{ExerciseProgress, Learner, Status};

    const MIN: i64 = 60_000;

    fn row(name: &str, title: &str, status: Status, attempts: u32) -> LearnerRow {
        LearnerRow {
            learner: Learner {
                id: name.into(),
                name: name.into(),
                group: Some("7B".into()),
                created: 0,
                last_seen: 0,
            },
            passed: usize::from(status == Status::Passed),
            tried: usize::from(status == Status::Tried),
            stuck: usize::from(attempts >= 3 && status == Status::Tried),
            last_check: Some(9 * MIN),
            current: Some(Current {
                pack: "p".into(),
                exercise: "e".into(),
                title: title.into(),
                progress: ExerciseProgress {
                    status,
                    attempts,
                    ..ExerciseProgress::default()
                },
                first_attempt: 0,
            }),
            detail: None,
        }
    }

    #[test]
    fn class_view_plain_lines_say_each_learner_in_words_and_safely() {
        crate::i18n::choose(Some("en-GB"), None);
        let view = ClassView {
            group: None,
            built: 10 * MIN,
            rows: vec![
                row("Maya\u{1b}[2J", "Add \u{202e}two", Status::Tried, 4),
                row("Ali", "Greet", Status::Tried, 1),
                row("Sam", "Greet", Status::Passed, 2),
            ],
        };
        let lines = plain_lines(&view, 10 * MIN);
        assert_eq!(
            lines[1..],
            [
                "Stuck longest: Maya␛[2J (7B), for 10 min, on Add \u{fffd}two.",
                "Maya␛[2J (7B): stuck on Add \u{fffd}two for 10 min, 4 checks without passing. Passed 0, tried 1, stuck 1. Last check 1 min ago.",
                "Ali (7B): working on Greet for 10 min, not passed yet. Passed 0, tried 1, stuck 0. Last check 1 min ago.",
                "Sam (7B): passed Greet. Passed 1, tried 0, stuck 0. Last check 1 min ago.",
            ]
        );
        assert!(lines[0].starts_with("All learners: 3 learners, read at "));
        assert!(!lines.concat().contains('\u{1b}'));
    }
}
