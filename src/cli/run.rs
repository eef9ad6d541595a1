//! `slate run FILE`: runs a Python program in the sandbox.
//!
//! Interactive by default (input from the terminal, output as it is printed); `--stdin`
//! feeds input from a file; `--json` prints one JSON object describing the run and nothing
//! else, for scripts and tests.

use clap::Args;
use serde::Serialize;
use std::io::Read;
use std::path::PathBuf;
use std::time::Duration;

use super::{CliError, Status, read_program};
use crate::paths::Paths;
use crate::sandbox::{Job, Limits, Progress, Sandbox, Stdin, Verdict};

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
}

fn limits(args: &RunArgs) -> Result<Limits, CliError> {
    if !(args.time_limit > 0.0 && args.time_limit <= 3600.0) {
        return Err(CliError::Usage(
            "The time limit must be a number of seconds between 0 and 3600, for example --time-limit 2.5".into(),
        ));
    }
    if args.memory_limit == 0 || args.memory_limit > 2048 {
        return Err(CliError::Usage(
            "The memory limit must be between 1 and 2048 MB, for example --memory-limit 64".into(),
        ));
    }
    if args.output_limit == 0 || args.output_limit > 1024 * 1024 {
        return Err(CliError::Usage(
            "The output limit must be between 1 and 1048576 KB.".into(),
        ));
    }
    Ok(Limits {
        time: Duration::from_secs_f64(args.time_limit),
        memory: (args.memory_limit as usize) << 20,
        output: (args.output_limit as usize) << 10,
    })
}

fn stdin(args: &RunArgs) -> Result<Stdin, CliError> {
    match &args.stdin {
        None => Ok(Stdin::Terminal),
        Some(p) if p.as_os_str() == "-" => {
            let mut buf = Vec::new();
            std::io::stdin().read_to_end(&mut buf).map_err(|e| {
                CliError::Usage(format!("Slate could not read the piped input: {e}."))
            })?;
            Ok(Stdin::Bytes(buf))
        }
        Some(p) => std::fs::read(p).map(Stdin::Bytes).map_err(|_| {
            CliError::Usage(format!(
                "Slate could not read the input file {}. Check its name and the folder you are in.",
                p.display()
            ))
        }),
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
            }),
            duration_ms: (outcome.duration.as_secs_f64() * 1e5).round() / 100.0,
        };
        outln!(
            "{}",
            serde_json::to_string(&report).expect("a run report is always valid JSON")
        );
    } else {
        let limits = job.limits;
        match outcome.verdict {
            Verdict::Ok | Verdict::Error => {
                // The traceback, if any, was already shown as the program's own stderr,
                // except for errors the sandbox found (a stack overflow).
                if let Some(e) = &outcome.error
                    && !outcome.stderr.contains(e.traceback.trim_end())
                {
                    eprint!("{}", crate::safe_text::for_terminal(&e.traceback));
                }
            }
            Verdict::TimeLimit => eprintln!(
                "\nYour program was stopped: it was still running after {} seconds. Is there a loop that never ends?",
                format_seconds(limits.time)
            ),
            Verdict::MemoryLimit => eprintln!(
                "\nYour program was stopped: it used more than {} MB of memory. Is something growing without end?",
                limits.memory >> 20
            ),
            Verdict::OutputLimit => eprintln!(
                "\nYour program was stopped: it printed more than {} KB. Is a print inside a loop that never ends?",
                limits.output >> 10
            ),
        }
    }
    Ok(if outcome.verdict == Verdict::Ok {
        Status::Success
    } else {
        Status::Failed
    })
}

fn format_seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s}")
    }
}
