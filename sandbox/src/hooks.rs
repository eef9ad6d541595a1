//! Native replacements installed into the interpreter at snapshot time.
//!
//! - `os._exit` ends the program at once, as in Python, but reports first: in the program it
//!   is an end with that exit status (and a function test's call, which can no longer be
//!   made, gets an error); during the call it is the call's error; once the verdict is made
//!   it reports exactly that (`PENDING` holds it), so no program can exit its way to a
//!   better mark.
//! - `sys.setrecursionlimit` accepts at most [`RECURSION_CAP`], so deep recursion stops with
//!   Python's own `RecursionError` (with the learner's traceback) before the interpreter's
//!   stack runs out.
//! - [`restore_builtins`] puts back the built-ins a program may have emptied, so its error can
//!   still be worded.

use rustpython_vm::builtins::PyDictRef;
use rustpython_vm::{AsObject, PyObjectRef, PyResult, VirtualMachine};
use std::cell::RefCell;

use crate::run::{Answer, ended_before_call, ended_by_call};

/// The highest recursion limit a program can set (the default stays 1000, as in CPython).
/// Measured with `def down(n): return down(n + 1) + 1`: the interpreter itself stops near
/// 131,000 calls, unwinding 100,000 calls with their traceback needs 48-64 MB and about a
/// second, well inside the default limits of 128 MB and 5 s (see docs/sandbox.md).
pub const RECURSION_CAP: i32 = 100_000;

/// Where the run is, for `os._exit`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// The learner's program is running: `os._exit(n)` is how it ends, with status `n`.
    Program,
    /// A function test's call is running: `os._exit` is the call's error.
    Call,
    /// The verdict is made; `os._exit` reports it unchanged.
    Settled,
}

thread_local! {
    /// The answer as it stands and the phase of the run.
    static PENDING: RefCell<Option<(Answer, Phase)>> = const { RefCell::new(None) };
    /// The interpreter's own `sys.setrecursionlimit`.
    static SET_LIMIT: RefCell<Option<PyObjectRef>> = const { RefCell::new(None) };
}

/// Records the answer as it stands, to be reported if the program calls `os._exit`.
pub fn pending(answer: &Answer, phase: Phase) {
    PENDING.with(|p| *p.borrow_mut() = Some((answer.clone(), phase)));
}

/// Installs the native `os._exit` and `sys.setrecursionlimit`.
pub fn install(vm: &VirtualMachine) -> PyResult<()> {
    let exit = vm.new_function("_exit", native_exit);
    for name in ["os", "posix"] {
        if let Ok(module) = vm.import(name, 0)
            && module.get_attr("_exit", vm).is_ok()
        {
            module.set_attr("_exit", exit.clone(), vm)?;
        }
    }
    let original = vm.sys_module.get_attr("setrecursionlimit", vm)?;
    SET_LIMIT.with(|s| *s.borrow_mut() = Some(original));
    let capped = vm.new_function("setrecursionlimit", capped_setrecursionlimit);
    vm.sys_module.set_attr("setrecursionlimit", capped, vm)?;
    Ok(())
}

/// `os._exit(status)`: reports, then ends the process without running any more Python.
// Ending at once is what `os._exit` means (and what `finish` does after reporting).
#[allow(clippy::disallowed_methods)]
fn native_exit(status: i32, _vm: &VirtualMachine) {
    let pending = PENDING.with(|p| p.borrow_mut().take());
    let Some((mut answer, phase)) = pending else {
        std::process::exit(status)
    };
    match phase {
        Phase::Program => {
            answer.exited(status);
            // A function test's call can no longer be made; after a non-zero exit there is
            // no call at all, as after `sys.exit(3)`.
            answer.call = answer.call.take().filter(|_| answer.exit_code == 0);
            if let Some(call) = answer.call.as_mut() {
                call.error = Some(ended_before_call());
            }
        }
        Phase::Call => {
            if let Some(call) = answer.call.as_mut() {
                call.error = Some(ended_by_call());
            }
        }
        Phase::Settled => {}
    }
    crate::finish(&answer)
}

/// `sys.setrecursionlimit(limit)`, with the limit capped at [`RECURSION_CAP`]; errors (a limit
/// below one, or below the current depth) are the interpreter's own.
fn capped_setrecursionlimit(limit: i32, vm: &VirtualMachine) -> PyResult<()> {
    let original = SET_LIMIT.with(|s| s.borrow().clone());
    let Some(original) = original else {
        return Err(vm.new_runtime_error("setrecursionlimit is not available"));
    };
    original.call((vm.ctx.new_int(limit.min(RECURSION_CAP)),), vm)?;
    Ok(())
}

/// Puts back the built-ins as the snapshot had them (a program may have deleted or replaced
/// them; the driver needs them to word an error).
pub fn restore_builtins(vm: &VirtualMachine, saved: &PyDictRef) {
    let live = vm.builtins.dict();
    if live.is(saved) {
        return;
    }
    live.clear();
    for (key, value) in saved.items_vec() {
        let _ = live.set_item(&*key, value, vm);
    }
}
