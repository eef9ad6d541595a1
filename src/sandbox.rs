//! The sandbox: runs learners' Python inside WebAssembly, with hard limits.
//!
//! Learner code never runs on the host. It runs in CPython 3.13 compiled to `wasm32-wasip1`
//! (built from `sandbox/`, committed as `assets/python/`), executed by wasmtime with no files,
//! no network, no environment variables and fixed arguments. Each run gets a fresh instance
//! of a pre-initialised snapshot, so no state leaks between runs and a run starts in
//! milliseconds.
//!
//! This module owns the process-wide [`Sandbox`] (one wasmtime engine, the compiled runtime
//! from [`cache`], and a clock thread for time limits) and turns a [`Job`] into an
//! [`Outcome`]: what the program printed, how it ended ([`Verdict`]), and a structured
//! description of any Python error, read from the guest's report rather than scraped from
//! text. Limits on wall time, memory and output each have their own verdict; stack
//! exhaustion is reported as a `RecursionError`.

pub mod cache;
mod clock;
mod engine;
mod error;
mod job;
mod poll;
pub mod preparing;
mod streams;
mod value;

use serde::Deserialize;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Instant;
use wasmtime::{Caller, Engine, InstancePre, Linker, Store, Trap};
use wasmtime_wasi::WasiCtxBuilder;
use wasmtime_wasi::p1::WasiP1Ctx;

pub use crate::limits::{Limits, Prompts};
use crate::paths::Paths;
pub use cache::{Prepared, Progress};
use clock::{Clock, Deadline, RunClock};
use engine::RUN_THREAD_STACK;
pub(crate) use engine::engine_config;
pub use error::{Cause, SandboxError};
pub use job::{
    CallResult, Frame, InspectProblem, InspectResult, Job, Outcome, Printed, PyError,
    STILL_PRINTING, Stdin, Task, Verdict,
};
use streams::{Capture, SharedCapture, TerminalStdin};

/// The name learners' programs have inside the sandbox, so tracebacks read naturally.
pub const PROGRAM_NAME: &str = "main.py";

/// The largest report the guest may send back.
const MAX_REPORT: u32 = 8 << 20;

/// The guest's answer, as JSON.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct GuestAnswer {
    status: String,
    exit_code: i32,
    error: Option<PyError>,
    call: Option<CallResult>,
    /// The values of a function test, for the host to compare (see [`value`]).
    values: Option<value::CallValues>,
    inspect: Option<InspectResult>,
}

/// A limit was reached; carried through wasmtime as the reason for a trap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LimitHit {
    Time,
    Memory,
    Output,
    /// Not a limit: the run was stopped on request.
    Cancelled,
}

impl std::fmt::Display for LimitHit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?} limit reached")
    }
}

impl std::error::Error for LimitHit {}

/// Per-run state inside the wasmtime store.
struct Host {
    wasi: WasiP1Ctx,
    /// When the run must stop; every host call that can wait asks it.
    deadline: Arc<Deadline>,
    /// The guest's monotonic clock.
    clock: RunClock,
    memory: MemoryLimiter,
    request: Vec<u8>,
    report: Option<Vec<u8>>,
}

/// Memory limit relative to the size the instance starts with.
struct MemoryLimiter {
    allowance: usize,
    base: Option<usize>,
    hit: bool,
}

impl wasmtime::ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        let base = *self.base.get_or_insert(desired);
        if desired > base.saturating_add(self.allowance) {
            self.hit = true;
            return Err(wasmtime::Error::new(LimitHit::Memory));
        }
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1_000_000)
    }
}

/// The process-wide sandbox: one engine, the compiled runtime, and the linker for it.
pub struct Sandbox {
    engine: Engine,
    pre: InstancePre<Host>,
    clock: Clock,
    prepared: Prepared,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").finish_non_exhaustive()
    }
}

static GLOBAL: OnceLock<Sandbox> = OnceLock::new();
static GLOBAL_INIT: Mutex<()> = Mutex::new(());

impl Sandbox {
    /// The sandbox for this process, preparing the runtime on first use.
    pub fn global(paths: &Paths, progress: Progress) -> Result<&'static Sandbox, SandboxError> {
        if let Some(s) = GLOBAL.get() {
            return Ok(s);
        }
        let _guard = GLOBAL_INIT.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(s) = GLOBAL.get() {
            return Ok(s);
        }
        let sandbox = Sandbox::new(paths, progress)?;
        Ok(GLOBAL.get_or_init(|| sandbox))
    }

    /// Whether this process's sandbox is ready (Python prepared and loaded).
    pub fn is_ready() -> bool {
        GLOBAL.get().is_some()
    }

    /// A new sandbox with its own engine. Prefer [`Sandbox::global`].
    pub fn new(paths: &Paths, progress: Progress) -> Result<Sandbox, SandboxError> {
        let engine = Engine::new(&engine_config()).map_err(SandboxError::engine)?;
        let (module, prepared) =
            cache::load_or_prepare(&engine, &paths.cache, paths.cache_kind, progress)?;
        let mut linker: Linker<Host> = Linker::new(&engine);
        let engine_err = |e: wasmtime::Error| SandboxError::engine(e);
        wasmtime_wasi::p1::add_to_linker_sync(&mut linker, |h: &mut Host| &mut h.wasi)
            .map_err(engine_err)?;
        // Sleeps and waits that the time limit and Ctrl+C can end.
        poll::add_to_linker(&mut linker).map_err(engine_err)?;
        linker
            .func_wrap("slate", "request_len", |caller: Caller<'_, Host>| {
                caller.data().request.len() as u32
            })
            .map_err(engine_err)?;
        linker
            .func_wrap(
                "slate",
                "request_read",
                |mut caller: Caller<'_, Host>, ptr: u32| -> wasmtime::Result<()> {
                    let memory = guest_memory(&mut caller)?;
                    let request = std::mem::take(&mut caller.data_mut().request);
                    let result = memory.write(&mut caller, ptr as usize, &request);
                    caller.data_mut().request = request;
                    result.map_err(wasmtime::Error::new)
                },
            )
            .map_err(engine_err)?;
        linker
            .func_wrap(
                "slate",
                "report",
                |mut caller: Caller<'_, Host>, ptr: u32, len: u32| -> wasmtime::Result<()> {
                    if len > MAX_REPORT {
                        wasmtime::bail!("report too large");
                    }
                    let memory = guest_memory(&mut caller)?;
                    let mut buf = vec![0u8; len as usize];
                    memory
                        .read(&caller, ptr as usize, &mut buf)
                        .map_err(wasmtime::Error::new)?;
                    caller.data_mut().report = Some(buf);
                    Ok(())
                },
            )
            .map_err(engine_err)?;
        let pre = linker.instantiate_pre(&module).map_err(engine_err)?;
        let clock = Clock::new(engine.clone());
        Ok(Sandbox {
            engine,
            pre,
            clock,
            prepared,
        })
    }

    /// How this sandbox got its compiled runtime: from the cache, from the code compiled
    /// when Slate was built, or compiled here.
    pub fn prepared(&self) -> Prepared {
        self.prepared
    }

    /// Runs a job on a thread of its own (with a stack big enough for the interpreter) and
    /// waits for it.
    pub fn run(&self, job: &Job) -> Result<Outcome, SandboxError> {
        std::thread::scope(|scope| {
            let handle = std::thread::Builder::new()
                .name("slate-sandbox".into())
                .stack_size(RUN_THREAD_STACK)
                .spawn_scoped(scope, || self.run_here(job))
                .map_err(|source| SandboxError::Thread { source })?;
            handle.join().unwrap_or_else(|_| {
                Err(SandboxError::Engine {
                    detail: "the run thread failed".into(),
                    source: None,
                })
            })
        })
    }

    fn run_here(&self, job: &Job) -> Result<Outcome, SandboxError> {
        let started = Instant::now();
        let output = SharedCapture::new(job.limits.output);
        let stdout = Capture::new(output.clone(), streams::Target::Stdout, job.live);
        let stderr = Capture::new(output.clone(), streams::Target::Stderr, job.live);
        let deadline = Arc::new(Deadline::new(job.limits.time, job.cancel.clone()));
        let clock = RunClock { origin: started };

        let mut wasi = WasiCtxBuilder::new();
        wasi.stdout(stdout).stderr(stderr);
        match &job.stdin {
            Stdin::Empty => {}
            Stdin::Bytes(bytes) => {
                wasi.stdin(wasmtime_wasi::p2::pipe::MemoryInputPipe::new(bytes.clone()));
            }
            Stdin::Terminal => {
                wasi.stdin(TerminalStdin::new(deadline.clone()));
            }
        }
        wasi.args(&[PROGRAM_NAME])
            .secure_random(seeded_rng(job.seed))
            .insecure_random(seeded_rng(job.seed ^ 0x5eed))
            .insecure_random_seed(u128::from(job.seed))
            .monotonic_clock(clock);
        let host = Host {
            wasi: wasi.build_p1(),
            deadline: deadline.clone(),
            clock,
            memory: MemoryLimiter {
                allowance: job.limits.memory,
                base: None,
                hit: false,
            },
            request: request_json(job).into_bytes(),
            report: None,
        };
        let mut store = Store::new(&self.engine, host);
        store.limiter(|h| &mut h.memory);

        // A cancellable run looks at its flag every tenth of a second.
        let step = |ticks: u64| {
            if deadline.cancellable() {
                ticks.min(10)
            } else {
                ticks
            }
        };
        store.set_epoch_deadline(step(Clock::ticks_for(job.limits.time)));
        {
            let deadline = deadline.clone();
            store.epoch_deadline_callback(move |_| {
                deadline.check().map_err(wasmtime::Error::new)?;
                let left = Clock::ticks_for(deadline.remaining()).max(1);
                let left = if deadline.cancellable() {
                    left.min(10)
                } else {
                    left
                };
                Ok(wasmtime::UpdateDeadline::Continue(left))
            });
        }

        let _ticking = self.clock.start();
        let result = self
            .pre
            .instantiate(&mut store)
            .and_then(|instance| instance.get_typed_func::<(), ()>(&mut store, "_start"))
            .and_then(|start| start.call(&mut store, ()));
        let duration = started.elapsed();
        drop(_ticking);

        let memory_hit = store.data().memory.hit;
        let report = store.data_mut().report.take();
        drop(store);
        let (stdout, stderr, output_hit, printed) = output.finish(started);
        let answer: Option<GuestAnswer> = report.and_then(|r| serde_json::from_slice(&r).ok());

        let mut outcome = Outcome {
            verdict: Verdict::Ok,
            exit_code: None,
            stdout,
            stderr,
            error: None,
            call: None,
            inspect: None,
            stopped: false,
            printed,
            limits: job.limits,
            duration,
        };

        let exit = match &result {
            Ok(()) => Some(0),
            Err(e) => e.downcast_ref::<wasmtime_wasi::I32Exit>().map(|e| e.0),
        };
        if let Some(code) = exit {
            outcome.exit_code = Some(code);
            match answer {
                Some(answer) => {
                    outcome.verdict = match answer.status.as_str() {
                        "ok" if code == 0 => Verdict::Ok,
                        _ => Verdict::Error,
                    };
                    outcome.error = answer.error;
                    // The host, not the guest, decides whether a function test passed.
                    let ended_ok = outcome.verdict == Verdict::Ok;
                    outcome.call = answer
                        .call
                        .map(|c| value::judge(c, answer.values, &job.task, ended_ok));
                    outcome.inspect = answer.inspect;
                    let _ = answer.exit_code;
                }
                None => {
                    outcome.verdict = Verdict::Error;
                    outcome.error = Some(internal_error("the program ended without a report"));
                }
            }
            if code != 0 && outcome.verdict == Verdict::Ok {
                outcome.verdict = Verdict::Error;
            }
            return Ok(outcome);
        }

        let err = result.expect_err("not an exit, so an error");
        let limit = err.downcast_ref::<LimitHit>().copied();
        outcome.verdict = if limit == Some(LimitHit::Cancelled) {
            outcome.stopped = true;
            outcome.error = Some(PyError {
                kind: "KeyboardInterrupt".into(),
                message: "the program was stopped with Ctrl+C".into(),
                traceback: "KeyboardInterrupt\n".into(),
                ..PyError::default()
            });
            Verdict::Error
        } else if limit == Some(LimitHit::Time) || deadline.timed_out() {
            Verdict::TimeLimit
        } else if limit == Some(LimitHit::Output) || output_hit {
            Verdict::OutputLimit
        } else if limit == Some(LimitHit::Memory)
            || memory_hit
            || outcome.stderr.contains("memory allocation of")
        {
            Verdict::MemoryLimit
        } else {
            match err.downcast_ref::<Trap>() {
                Some(Trap::StackOverflow) | Some(Trap::MemoryOutOfBounds) => {
                    outcome.error = Some(PyError {
                        kind: "RecursionError".into(),
                        message: "maximum recursion depth exceeded".into(),
                        traceback: "RecursionError: maximum recursion depth exceeded\n".into(),
                        ..PyError::default()
                    });
                    Verdict::Error
                }
                _ => {
                    outcome.error = Some(internal_error(&format!("{err:#}")));
                    Verdict::Error
                }
            }
        };
        Ok(outcome)
    }
}

fn internal_error(what: &str) -> PyError {
    let message = crate::tr!("sandbox-internal", detail = what);
    PyError {
        kind: "InternalError".into(),
        traceback: format!("{message}\n"),
        message,
        ..PyError::default()
    }
}

fn guest_memory(caller: &mut Caller<'_, Host>) -> wasmtime::Result<wasmtime::Memory> {
    match caller.get_export("memory") {
        Some(wasmtime::Extern::Memory(m)) => Ok(m),
        _ => wasmtime::bail!("the guest has no memory export"),
    }
}

fn seeded_rng(seed: u64) -> rand::rngs::StdRng {
    use rand::SeedableRng;
    rand::rngs::StdRng::seed_from_u64(seed)
}

/// The request the guest's driver reads (see `sandbox/src/driver.py`).
fn request_json(job: &Job) -> String {
    let mut request = serde_json::json!({
        "source": job.source,
        "seed": job.seed,
        "prompts": job.prompts,
        "mode": "run",
    });
    match &job.task {
        Task::Run => {}
        Task::Call {
            expr,
            expected,
            rel_tol,
            abs_tol,
            ..
        } => {
            request["mode"] = "call".into();
            request["call"] = serde_json::json!({
                "expr": expr, "expected": expected, "rel_tol": rel_tol, "abs_tol": abs_tol,
            });
        }
        Task::Inspect { require, forbid } => {
            request["mode"] = "inspect".into();
            request["require"] = serde_json::json!(require);
            request["forbid"] = serde_json::json!(forbid);
        }
    }
    request.to_string()
}
