//! Slate's Python runtime, the guest side of the sandbox.
//!
//! This program is compiled to `wasm32-wasip1` and only ever runs inside Slate's wasmtime
//! sandbox. At build time `wizer-initialize` starts a RustPython interpreter, imports the
//! modules every run needs, loads the Python driver (`driver.py`) and installs the native
//! hooks (`hooks`); the memory is then snapshotted, so each run starts with a ready
//! interpreter in a couple of milliseconds.
//!
//! At run time `main` asks the host for a request (JSON: the learner's program, the seed, what
//! to do with it) through the `slate` imports, runs it (`run`), and sends the answer back. The
//! answer's verdict (how the program ended, the values a function test compares) is made by
//! this Rust code from the interpreter's real results; the driver only words errors. The
//! learner's own output goes to WASI stdout and stderr as usual.

mod describe;
mod encode;
mod hooks;
mod run;

use rustpython::InterpreterBuilderExt;
use rustpython_vm::builtins::PyDictRef;
use rustpython_vm::{Interpreter, InterpreterBuilder, PyObjectRef, PyPayload, VirtualMachine};
use std::cell::RefCell;

#[link(wasm_import_module = "slate")]
unsafe extern "C" {
    /// Length in bytes of the host's request.
    fn request_len() -> u32;
    /// Copies the host's request to `ptr` (which has `request_len()` bytes of room).
    fn request_read(ptr: *mut u8);
    /// Hands the answer (UTF-8 JSON) to the host.
    fn report(ptr: *const u8, len: u32);
}

/// The driver, written in Python: prepares a run and words errors.
const DRIVER: &str = include_str!("driver.py");

/// The driver's functions and what the guest keeps beside them, captured at snapshot time
/// (a learner's program can rebind the driver's globals, not these references).
pub(crate) struct Driver {
    pub prepare: PyObjectRef,
    pub expected_value: PyObjectRef,
    pub compile_test: PyObjectRef,
    pub called_name: PyObjectRef,
    pub describe: PyObjectRef,
    pub inspect: PyObjectRef,
    /// A copy of the built-ins as the snapshot has them, restored before errors are worded.
    pub builtins: PyDictRef,
}

thread_local! {
    /// The interpreter and the driver, made once (normally at snapshot time).
    static STATE: RefCell<Option<(Interpreter, Driver)>> = const { RefCell::new(None) };
}

fn settings() -> rustpython_vm::Settings {
    let mut s = rustpython_vm::Settings::default();
    s.hash_seed = Some(0); // the same set and dict orders on every machine
    s.buffered_stdio = false; // output reaches the host as soon as it is written
    s.argv = vec!["main.py".to_owned()];
    s.ignore_environment = true;
    s.import_site = false;
    s.isolated = true;
    s.safe_path = true;
    s.user_site_directory = false;
    s.install_signal_handlers = false;
    s.write_bytecode = false;
    s.utf8_mode = 1;
    s
}

fn load_driver(vm: &VirtualMachine) -> rustpython_vm::PyResult<Driver> {
    let scope = vm.new_scope_with_builtins();
    vm.run_string(scope.clone(), DRIVER, "<slate>")?;
    let get = |name: &str| scope.globals.get_item(name, vm);
    hooks::install(vm)?;
    Ok(Driver {
        prepare: get("prepare")?,
        expected_value: get("expected_value")?,
        compile_test: get("compile_test")?,
        called_name: get("called_name")?,
        describe: get("describe")?,
        inspect: get("inspect")?,
        builtins: vm.builtins.dict().copy().into_ref(&vm.ctx),
    })
}

fn build() -> (Interpreter, Driver) {
    let interp = InterpreterBuilder::new()
        .settings(settings())
        .init_stdlib()
        .interpreter();
    let driver = interp.enter(|vm| match load_driver(vm) {
        Ok(driver) => driver,
        Err(exc) => {
            vm.print_exception(&exc);
            panic!("Slate's Python driver failed to load");
        }
    });
    (interp, driver)
}

/// Called once by Wizer at build time; the state it leaves is saved in the snapshot.
#[unsafe(export_name = "wizer-initialize")]
pub extern "C" fn wizer_initialize() {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        if s.is_none() {
            *s = Some(build());
        }
    });
}

/// Sends the answer to the host and ends the process with its exit code. Nothing the
/// learner's program does can run after this.
// Exiting at once, without destructors, is the point: no Python may run after the report.
#[allow(clippy::disallowed_methods)]
pub(crate) fn finish(answer: &run::Answer) -> ! {
    let json = answer.to_json().to_string();
    unsafe { report(json.as_ptr(), json.len() as u32) };
    std::process::exit(answer.exit_code)
}

fn main() {
    wizer_initialize();
    let request = unsafe {
        let len = request_len() as usize;
        let mut buf = vec![0u8; len];
        request_read(buf.as_mut_ptr());
        String::from_utf8(buf).unwrap_or_default()
    };
    let answer = STATE.with(|s| {
        let s = s.borrow();
        let (interp, driver) = s.as_ref().expect("interpreter is built");
        interp.enter(|vm| run::run(vm, driver, &request))
    });
    finish(&answer)
}
