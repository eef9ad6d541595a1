//! What a run of a learner's program may use, and how its `input()` prompts are treated.
//!
//! A leaf module: lesson packs set these per exercise and test, and the sandbox enforces
//! them, so both depend on this and neither on the other.

use serde::{Deserialize, Serialize};
use std::time::Duration;

/// Limits for one run.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Limits {
    /// Wall-clock time for the run (time spent waiting for the learner to type is not counted).
    pub time: Duration,
    /// Memory the program may use on top of what the interpreter needs to start, in bytes.
    pub memory: usize,
    /// Bytes of output (stdout and stderr together).
    pub output: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            time: Duration::from_secs(5),
            memory: 128 << 20,
            output: 1 << 20,
        }
    }
}

/// How `input()` treats its prompt.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Prompts {
    /// As in Python: the prompt is written to stdout.
    #[default]
    Terminal,
    /// The prompt is not written (marking ignores prompts).
    Hide,
    /// The prompt and the answer read are both written, so output reads like the screen.
    Transcript,
}
