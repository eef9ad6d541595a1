//! What a run is asked to do ([`Job`]) and what it gives back ([`Outcome`]): the program,
//! its input, limits and task, then its output, how it ended and the structured description
//! of any Python error, read from the guest's report rather than scraped from text.

use serde::{Deserialize, Serialize};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use crate::limits::{Limits, Prompts};

/// Where the program's standard input comes from.
#[derive(Debug, Clone, Default)]
pub enum Stdin {
    /// No input at all: `input()` raises `EOFError`.
    #[default]
    Empty,
    /// These bytes, then end of input.
    Bytes(Vec<u8>),
    /// The real terminal (interactive `slate run`).
    Terminal,
}

/// What to do with the program.
#[derive(Debug, Clone, PartialEq)]
pub enum Task {
    /// Run it.
    Run,
    /// Run it, then evaluate `expr` (e.g. `add(2, 3)`) and compare with `expected`.
    Call {
        expr: String,
        expected: String,
        rel_tol: f64,
        abs_tol: f64,
        /// An int and a float of the same value match (the test's `numeric = true`);
        /// otherwise types must be the same.
        numeric: bool,
    },
    /// Do not run it: look at its syntax tree for required and forbidden constructs.
    Inspect {
        require: Vec<String>,
        forbid: Vec<String>,
    },
}

/// One run of one program.
#[derive(Debug, Clone)]
pub struct Job {
    pub source: String,
    pub stdin: Stdin,
    pub limits: Limits,
    pub seed: u64,
    pub prompts: Prompts,
    pub task: Task,
    /// Copy output to the real stdout/stderr as it is printed (made safe for the terminal).
    pub live: bool,
    /// Set this flag to stop the run early (Ctrl+C during an interactive run).
    pub cancel: Option<Arc<AtomicBool>>,
}

impl Job {
    /// A plain run of `source` with no input and default limits.
    pub fn new(source: impl Into<String>) -> Job {
        Job {
            source: source.into(),
            stdin: Stdin::Empty,
            limits: Limits::default(),
            seed: 0,
            prompts: Prompts::Terminal,
            task: Task::Run,
            live: false,
            cancel: None,
        }
    }
}

/// How a run ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// The program ran and ended normally.
    Ok,
    /// An uncaught exception, a syntax error, or a non-zero `sys.exit`.
    Error,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
}

/// A Python error, as the guest described it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PyError {
    /// Exception type, e.g. `NameError`.
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
    /// Line in the learner's program (1-based).
    pub line: Option<u32>,
    /// Column (1-based) where known.
    pub column: Option<u32>,
    pub end_column: Option<u32>,
    /// The learner's line of code at that place.
    pub source_line: Option<String>,
    /// The learner's own traceback frames, outermost first.
    pub frames: Vec<Frame>,
    /// Names that were in scope (for a `NameError`) or attributes of the object (for an
    /// `AttributeError`): the raw material for "did you mean".
    pub names: Option<Vec<String>>,
    /// For an `AttributeError`: the type of the object, e.g. `str`.
    pub attribute_of: Option<String>,
    /// For an `IndexError` at `name[position]`: the length of the list or text...
    pub length: Option<u64>,
    /// ...and the position the program asked for (negative counts from the end).
    pub index: Option<i64>,
    /// A CPython-style traceback showing only the learner's lines.
    pub traceback: String,
}

/// One frame of a traceback in the learner's program.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Frame {
    pub line: u32,
    pub function: String,
    pub column: Option<u32>,
    pub end_column: Option<u32>,
    pub source_line: Option<String>,
}

/// The answer to a [`Task::Call`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CallResult {
    /// Whether the returned value matched. Decided by the host (`value::judge`) from values
    /// the guest serialised natively, never taken from the guest.
    pub passed: bool,
    /// `repr` of the value the call returned.
    pub actual: Option<String>,
    /// `repr` of the expected value.
    pub expected: Option<String>,
    /// The function the test calls, when the program does not define it.
    pub missing: Option<String>,
    /// The error raised by the call.
    pub error: Option<PyError>,
}

/// The answer to a [`Task::Inspect`].
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InspectResult {
    pub passed: bool,
    pub problems: Vec<InspectProblem>,
}

/// One thing a code check found wrong.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InspectProblem {
    /// `missing`, `forbidden` or `unknown` (a check the guest does not know).
    pub kind: String,
    /// The construct, e.g. `for` or `call:sum`.
    pub item: String,
    pub line: Option<u32>,
}

/// What happened when a [`Job`] ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub verdict: Verdict,
    /// The exit status, when the program ended by itself.
    pub exit_code: Option<i32>,
    /// Raw output, exactly as printed (not made safe: use [`crate::safe_text`] to show it).
    pub stdout: String,
    pub stderr: String,
    pub error: Option<PyError>,
    pub call: Option<CallResult>,
    pub inspect: Option<InspectResult>,
    /// The run was stopped on request (Ctrl+C), not by anything the program did.
    pub stopped: bool,
    /// How much the program printed, and how recently.
    pub printed: Printed,
    /// The limits it ran under.
    pub limits: Limits,
    pub duration: Duration,
}

/// How much a program printed (stdout and stderr together) and how long it had been quiet
/// when it ended: what tells a program that is slow, or prints too much, from one stuck in
/// a loop that never ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Printed {
    /// Bytes kept (up to the output limit).
    pub bytes: usize,
    /// Lines begun (a last line without a line break counts too).
    pub lines: usize,
    /// How long the program had printed nothing when it ended: since its last write, or since
    /// it started when it printed nothing at all.
    pub quiet_for: Duration,
}

/// The longest quiet spell after which a stopped program no longer counts as "still
/// printing" (shorter for runs whose whole limit is short: half the limit).
pub const STILL_PRINTING: Duration = Duration::from_secs(1);

impl Printed {
    /// Whether the program was still printing when it was stopped under a time limit of
    /// `limit`: it had printed something, and something within the last moment. A program
    /// that printed nothing for the last second or more is more likely stuck in a loop.
    pub fn still_printing(&self, limit: Duration) -> bool {
        self.bytes > 0 && self.quiet_for < STILL_PRINTING.min(limit / 2)
    }
}
