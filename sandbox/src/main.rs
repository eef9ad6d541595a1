//! Slate's Python runtime, the guest side of the sandbox.
//!
//! This program is compiled to `wasm32-wasip1` and only ever runs inside Slate's wasmtime
//! sandbox. At build time `wizer-initialize` starts a RustPython interpreter, imports the
//! modules every run needs and loads the driver (`driver.py`); the memory is then snapshotted,
//! so each run starts with a ready interpreter in a couple of milliseconds.
//!
//! At run time `main` asks the host for a request (JSON: the learner's program, the seed, what
//! to do with it) through the `slate` imports, hands it to the driver, and sends the driver's
//! structured answer back. The learner's own output goes to WASI stdout and stderr as usual.

use rustpython::InterpreterBuilderExt;
use rustpython_vm::{Interpreter, InterpreterBuilder, PyObjectRef, VirtualMachine};
use std::cell::RefCell;

#[link(wasm_import_module = "slate")]
unsafe extern "C" {
    /// Length in bytes of the host's request.
    fn request_len() -> u32;
    /// Copies the host's request to `ptr` (which has `request_len()` bytes of room).
    fn request_read(ptr: *mut u8);
    /// Hands the driver's answer (UTF-8 JSON) to the host.
    fn report(ptr: *const u8, len: u32);
}

/// The driver, written in Python: runs the learner's program and describes what happened.
const DRIVER: &str = include_str!("driver.py");

thread_local! {
    /// The interpreter and the driver's `main` function, made once (normally at snapshot time).
    static STATE: RefCell<Option<(Interpreter, PyObjectRef)>> = const { RefCell::new(None) };
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

fn build() -> (Interpreter, PyObjectRef) {
    let interp = InterpreterBuilder::new()
        .settings(settings())
        .init_stdlib()
        .interpreter();
    let main = interp.enter(|vm: &VirtualMachine| {
        let scope = vm.new_scope_with_builtins();
        let loaded = vm
            .run_string(scope.clone(), DRIVER, "<slate>")
            .and_then(|_| scope.globals.get_item("main", vm));
        match loaded {
            Ok(main) => main,
            Err(exc) => {
                vm.print_exception(&exc);
                panic!("Slate's Python driver failed to load");
            }
        }
    });
    (interp, main)
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

fn main() {
    wizer_initialize();
    let request = unsafe {
        let len = request_len() as usize;
        let mut buf = vec![0u8; len];
        request_read(buf.as_mut_ptr());
        String::from_utf8(buf).unwrap_or_default()
    };
    let (answer, exit_code) = STATE.with(|s| {
        let s = s.borrow();
        let (interp, main) = s.as_ref().expect("interpreter is built");
        interp.enter(|vm| {
            let result = main
                .call((vm.ctx.new_str(request.as_str()),), vm)
                .and_then(|r| r.str(vm).map(|s| s.to_string_lossy().into_owned()));
            let answer = match result {
                Ok(answer) => answer,
                Err(exc) => {
                    // Only a broken driver gets here: the driver catches everything the
                    // learner's program can raise.
                    vm.print_exception(&exc);
                    r#"{"status":"internal","exit_code":70}"#.to_owned()
                }
            };
            let exit_code = serde_json::from_str::<serde_json::Value>(&answer)
                .ok()
                .and_then(|v| v.get("exit_code").and_then(|c| c.as_i64()))
                .unwrap_or(0);
            (answer, exit_code)
        })
    });
    unsafe { report(answer.as_ptr(), answer.len() as u32) };
    std::process::exit(exit_code as i32);
}
