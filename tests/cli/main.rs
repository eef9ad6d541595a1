//! Integration tests: the real `slate` binary on fixture programs and packs.
//!
//! One test binary with a module per command, so the suite links once. Every test gets its
//! own `SLATE_HOME`; all share one prepared Python runtime (in `$XDG_CACHE_HOME`), so only the
//! first test pays for preparing it.

mod bundled;
mod check;
mod class;
mod class_view;
mod crash;
mod docs;
mod explain;
mod hostile;
mod hostile_import;
mod hostile_suite;
mod journey;
mod learner;
mod pack;
mod pack_install;
mod plain;
mod progress;
#[cfg(unix)]
mod pty;
mod report;
mod run;
mod server;
mod translations;
mod tui;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository's root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests").join("fixtures").join(rel)
}

/// A scratch `SLATE_HOME` for one test.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Default for Home {
    fn default() -> Self {
        Home::new()
    }
}

impl Home {
    pub fn new() -> Home {
        Home {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `slate` with this home and the shared runtime cache.
    pub fn slate(&self) -> Command {
        prepare_shared_runtime();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_slate"));
        cmd.env("SLATE_HOME", self.dir.path())
            // The platform cache folder (`$XDG_CACHE_HOME/slate`), shared by all tests.
            .env("XDG_CACHE_HOME", shared_cache())
            .env_remove("SLATE_CACHE_DIR")
            .env_remove("SLATE_COMPILE_PYTHON")
            .env_remove("SLATE_PACKS")
            .env_remove("SLATE_ONLY_PACKS")
            .env_remove("SLATE_PACKS_FIRST")
            .env_remove("SLATE_LANG")
            .env_remove("SLATE_SERVER")
            // This computer's secret key for the shared cache, kept out of the real home.
            .env("XDG_DATA_HOME", shared_cache().join("local-data"))
            .env("NO_COLOR", "1")
            .env("LANG", "C")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANGUAGE")
            .current_dir(self.dir.path());
        cmd
    }

    /// Runs `slate ARGS` with `stdin` and waits.
    pub fn run(&self, args: &[&str], stdin: &str) -> Output {
        run_with(self.slate().args(args), stdin)
    }
}

/// Starts `cmd` with all three standard streams piped.
fn spawn_piped(cmd: &mut Command) -> std::process::Child {
    cmd.stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("slate starts")
}

pub fn run_with(cmd: &mut Command, stdin: &str) -> Output {
    let mut child = spawn_piped(cmd);
    {
        let mut input = child.stdin.take().expect("stdin is piped");
        // The program may stop reading early; that is fine.
        let _ = input.write_all(stdin.as_bytes());
    }
    child.wait_with_output().expect("slate runs")
}

/// Runs `cmd` with its stdin a pipe that stays open until it ends: input never comes, nor
/// its end (a program waiting for input waits).
pub fn run_with_open_stdin(cmd: &mut Command) -> Output {
    let mut child = spawn_piped(cmd);
    let stdin = child.stdin.take();
    let out = child.wait_with_output().expect("slate runs");
    drop(stdin);
    out
}

/// Prepares the shared runtime once, before any test runs `slate`: otherwise the test that
/// happens to come first on a new machine would find "Getting Python ready" lines on its
/// stderr, which every later test is spared.
fn prepare_shared_runtime() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let home = tempfile::tempdir().expect("a temporary folder");
        let _ = Command::new(env!("CARGO_BIN_EXE_slate"))
            .env("SLATE_HOME", home.path())
            .env("XDG_CACHE_HOME", shared_cache())
            .env("XDG_DATA_HOME", shared_cache().join("local-data"))
            .env_remove("SLATE_CACHE_DIR")
            .env_remove("SLATE_COMPILE_PYTHON")
            .args(["run", "--json"])
            .arg(fixture("programs/hello.py"))
            .stdin(Stdio::null())
            .output();
    });
}

pub fn shared_cache() -> PathBuf {
    PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("slate-test-cache")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Parses stdout as exactly one JSON object.
pub fn json(o: &Output) -> serde_json::Value {
    let text = stdout(o);
    serde_json::from_str(text.trim()).unwrap_or_else(|e| {
        panic!(
            "stdout is not one JSON object ({e}):\n{text}\nstderr:\n{}",
            stderr(o)
        )
    })
}
