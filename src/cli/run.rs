//! `slate run FILE`: runs a Python program in the sandbox.
//!
//! Interactive by default (input from the terminal, output as it is printed); `--stdin`
//! feeds input from a file; `--json` prints one JSON object describing the run and nothing
//! else, for scripts and tests. Errors and stopped programs are explained in plain words
//! ([`crate::explain`]) after Python's own traceback.

use clap::Args;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Duration;

use super::{CliError, Status, read_program};
use crate::explain::{self, Context, explain_error, explain_limit};
use crate::paths::Paths;
use crate::sandbox::{Job, Limits, Progress, Sandbox, Stdin, Verdict};
use crate::tr;

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The Python file to run.
    pub file: PathBuf,
    /// Read the program's input from FILE instead of the keyboard (`-` for piped input).
    #[arg(long, value_name = "FILE")]
    pub stdin: Option<PathBuf>,
    /// Stop the program after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 5.0)]
    pub time_limit: f64,
    /// Stop the program if it uses more than this much memory.
    #[arg(long, value_name = "MB", default_value_t = 128)]
    pub memory_limit: u64,
    /// Stop the program if it prints more than this much.
    #[arg(long, value_name = "KB", default_value_t = 1024)]
    pub output_limit: u64,
    /// Seed for `random`, so runs can be repeated (the same seed gives the same numbers).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// Print one JSON object describing the run, and nothing else.
    #[arg(long)]
    pub json: bool,
}

/// The `--json` report.
#[derive(Debug, Serialize)]
struct JsonReport<'a> {
    verdict: Verdict,
    exit_code: Option<i32>,
    stdout: &'a str,
    stderr: &'a str,
    error: Option<JsonError<'a>>,
    duration_ms: f64,
}

#[derive(Debug, Serialize)]
struct JsonError<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    message: &'a str,
    line: Option<u32>,
    column: Option<u32>,
    end_column: Option<u32>,
    /// The friendly explanation, in the chosen language.
    explanation: serde_json::Value,
}

fn limits(args: &RunArgs) -> Result<Limits, CliError> {
    if !(args.time_limit > 0.0 && args.time_limit <= 3600.0) {
        return Err(CliError::Usage(tr!("run-bad-time-limit")));
    }
    if args.memory_limit == 0 || args.memory_limit > 2048 {
        return Err(CliError::Usage(tr!("run-bad-memory-limit")));
    }
    if args.output_limit == 0 || args.output_limit > 1024 * 1024 {
        return Err(CliError::Usage(tr!("run-bad-output-limit")));
    }
    Ok(Limits {
        time: Duration::from_secs_f64(args.time_limit),
        memory: (args.memory_limit as usize) << 20,
        output: (args.output_limit as usize) << 10,
    })
}

/// The most input a run may be given from a file or a pipe.
const MAX_INPUT: u64 = 16 << 20;

fn stdin(args: &RunArgs) -> Result<Stdin, CliError> {
    let too_big = |file: String| {
        CliError::Usage(tr!(
            "cli-file-too-big",
            file = file,
            limit = MAX_INPUT.div_ceil(1 << 10)
        ))
    };
    match &args.stdin {
        None => Ok(Stdin::Terminal),
        Some(p) if p.as_os_str() == "-" => {
            match super::read_capped_from(std::io::stdin().lock(), MAX_INPUT) {
                Ok(buf) => Ok(Stdin::Bytes(buf)),
                Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => Err(too_big("-".into())),
                Err(e) => Err(CliError::Io {
                    message: tr!("run-piped-input-unreadable", error = e.to_string()),
                    source: e,
                }),
            }
        }
        Some(p) => match super::read_capped(p, MAX_INPUT) {
            Ok(buf) => Ok(Stdin::Bytes(buf)),
            Err(e) if e.kind() == std::io::ErrorKind::FileTooLarge => {
                Err(too_big(p.display().to_string()))
            }
            Err(_) => Err(CliError::Usage(tr!(
                "run-input-file-unreadable",
                file = p.display().to_string()
            ))),
        },
    }
}

pub fn run(paths: &Paths, args: RunArgs) -> Result<Status, CliError> {
    let source = read_program(&args.file)?;
    let mut job = Job::new(source);
    job.limits = limits(&args)?;
    job.stdin = stdin(&args)?;
    job.seed = args.seed;
    job.live = !args.json;
    let progress = if args.json {
        Progress::Quiet
    } else {
        Progress::Terminal
    };
    let sandbox = Sandbox::global(paths, progress)?;
    let outcome = if args.json {
        sandbox.run(&job)?
    } else {
        // Ctrl+C stops the learner's program, not Slate.
        crate::interrupt::install();
        job.cancel = Some(crate::interrupt::cancel_flag());
        crate::interrupt::while_running(|| sandbox.run(&job))?
    };
    // `slate run` reads the keyboard, or a file the learner chose: not a test's input.
    let context = Context::default();

    if args.json {
        let report = JsonReport {
            verdict: outcome.verdict,
            exit_code: outcome.exit_code,
            stdout: &outcome.stdout,
            stderr: &outcome.stderr,
            error: outcome.error.as_ref().map(|e| JsonError {
                kind: &e.kind,
                message: &e.message,
                line: e.line,
                column: e.column,
                end_column: e.end_column,
                explanation: explain_error(e, &context).to_json(),
            }),
            duration_ms: (outcome.duration.as_secs_f64() * 1e5).round() / 100.0,
        };
        outln!(
            "{}",
            serde_json::to_string(&report).expect("a run report is always valid JSON")
        );
    } else if outcome.stopped {
        // Ctrl+C: the learner stopped it; nothing failed.
        eprintln!("\n{}", crate::feedback::run_ending(&outcome));
    } else {
        match outcome.verdict {
            Verdict::Ok | Verdict::Error => {
                if let Some(e) = &outcome.error {
                    // The traceback was already shown as the program's own stderr, except
                    // for errors the sandbox found (a stack overflow).
                    if !outcome.stderr.contains(e.traceback.trim_end()) {
                        eprint!("{}", crate::safe_text::for_terminal(&e.traceback));
                    }
                    eprint!("\n{}", explain::render(&explain_error(e, &context)));
                }
            }
            verdict => {
                if let Some(explanation) = explain_limit(verdict, &job.limits, &outcome.printed) {
                    eprint!("\n{}", explain::render(&explanation));
                }
            }
        }
    }
    Ok(if outcome.verdict == Verdict::Ok {
        Status::Success
    } else {
        Status::Failed
    })
}
