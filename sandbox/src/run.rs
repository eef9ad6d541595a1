//! One run: the verdict made natively from the interpreter's real results.
//!
//! The learner's program shares this interpreter with the Python driver and can reach and
//! patch it, so nothing here asks Python code whether a run went well. Before the program
//! runs, the driver (still untouched) prepares `__main__`, compiles the program and reads the
//! expected value of a function test. Then this module runs the compiled program itself and
//! looks at the `PyResult`: an exception, a `SystemExit` and its code, or a normal end. For a
//! function test it evaluates the test expression itself and serialises the returned value
//! with native code (`encode`); the host compares it with the expected value.
//!
//! After the learner's code has run, Python is only asked to word an error (`describe.rs`);
//! a native description is kept ready in case that fails or has been tampered with, so the
//! most a program can change is how its own error reads. `hooks::PENDING` always holds the answer
//! as it stands, so an `os._exit` from anywhere reports that, never something better.

use rustpython_vm::builtins::{PyBaseExceptionRef, PyCode, PyDict, PyDictRef, PyInt, PyTuple};
use rustpython_vm::scope::Scope;
use rustpython_vm::{AsObject, PyObjectRef, PyRef, VirtualMachine};
use serde_json::{Value, json};

use crate::Driver;
use crate::describe::{describe, exact_str, flush, native_description, shorten, write_stderr};
use crate::encode::{self, Budget};
use crate::hooks::{self, Phase};

/// The longest `repr` sent for a test's values.
const MAX_REPR: usize = 2000;
/// What the guest reports (see `GuestAnswer` in the host's `src/sandbox.rs`).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: &'static str,
    pub exit_code: i32,
    pub error: Option<Value>,
    pub call: Option<CallAnswer>,
    pub inspect: Option<Value>,
}

/// The answer to a function test; the host decides whether it passed.
#[derive(Debug, Clone, Default)]
pub struct CallAnswer {
    pub actual: Option<String>,
    pub expected: Option<String>,
    pub missing: Option<String>,
    pub error: Option<Value>,
    pub actual_value: Option<Value>,
    pub expected_value: Option<Value>,
}

impl Answer {
    fn ok() -> Answer {
        Answer {
            status: "ok",
            exit_code: 0,
            error: None,
            call: None,
            inspect: None,
        }
    }

    pub fn to_json(&self) -> Value {
        let mut answer = json!({
            "status": self.status,
            "exit_code": self.exit_code,
            "error": self.error,
            "inspect": self.inspect,
            "call": null,
            "values": null,
        });
        if let Some(c) = &self.call {
            answer["call"] = json!({
                "actual": c.actual, "expected": c.expected, "missing": c.missing, "error": c.error,
            });
            answer["values"] = json!({"actual": c.actual_value, "expected": c.expected_value});
        }
        answer
    }

    /// The program ended with this exit status (`sys.exit`, `os._exit`).
    pub fn exited(&mut self, code: i32) {
        self.exit_code = code & 0xFF;
        self.status = if self.exit_code == 0 { "ok" } else { "exit" };
    }
}

/// The call error when a function test's call ends the program.
pub fn ended_by_call() -> Value {
    json!({"type": "SystemExit", "message": "the function ended the program"})
}

/// The call error when the program ends itself at once (`os._exit(0)`) before a function
/// test's call could be made.
pub fn ended_before_call() -> Value {
    json!({"type": "SystemExit", "message": "the program ended before the function could be called"})
}

/// A function test, prepared before the learner's program runs.
struct PreparedCall {
    /// The expected value (natively encoded) and its `repr`, or why it could not be read.
    expected: Result<(Value, String, usize), String>,
    code: Result<PyRef<PyCode>, PyBaseExceptionRef>,
    called: Option<String>,
}

/// Runs one request and returns the answer.
pub fn run(vm: &VirtualMachine, driver: &Driver, request_text: &str) -> Answer {
    let request: Value = serde_json::from_str(request_text).unwrap_or(Value::Null);
    let mode = request["mode"].as_str().unwrap_or("run");
    if mode == "inspect" {
        return inspect(vm, driver, request_text);
    }
    let source = request["source"].as_str().unwrap_or("");
    let seed = vm.ctx.new_int(request["seed"].as_u64().unwrap_or(0));
    let prompts = request["prompts"].as_str().unwrap_or("terminal");

    // Trusted: no learner code has run yet.
    let args = (vm.ctx.new_str(source), seed, vm.ctx.new_str(prompts));
    let (namespace, code) = match driver.prepare.call(args, vm).map(split_prepared) {
        Ok(Some(prepared)) => prepared,
        Ok(None) => return internal("the driver prepared nothing"),
        Err(exc) => {
            // A syntax error: the program never ran.
            let mut answer = Answer::ok();
            answer.status = "exception";
            answer.exit_code = 1;
            answer.error = Some(describe(vm, driver, &exc, None, source, true));
            return answer;
        }
    };
    let call = (mode == "call").then(|| prepare_call(vm, driver, &request["call"]));

    // The learner's program.
    let mut answer = Answer::ok();
    let mut exiting = answer.clone();
    if call.is_some() {
        // Marks a function test for `os._exit`, which ends the run before the call.
        exiting.call = Some(CallAnswer::default());
    }
    hooks::pending(&exiting, Phase::Program);
    let result = vm.run_code_obj(code, Scope::with_builtins(None, namespace.clone(), vm));
    match result {
        Ok(_) => {}
        Err(exc) if exc.fast_isinstance(vm.ctx.exceptions.system_exit) => {
            answer.exited(exit_status(vm, &exc));
        }
        Err(exc) => {
            answer.status = "exception";
            answer.exit_code = 1;
            answer.error = Some(describe_settled(
                vm, driver, &exc, &namespace, source, &answer,
            ));
        }
    }
    hooks::pending(&answer, Phase::Settled);

    if let Some(call) = call
        && answer.status == "ok"
    {
        run_call(vm, driver, call, &namespace, source, &mut answer);
    }
    hooks::pending(&answer, Phase::Settled);
    flush(vm);
    answer
}

fn internal(what: &str) -> Answer {
    Answer {
        status: "internal",
        exit_code: 70,
        error: Some(json!({"type": "InternalError", "message": what, "traceback": ""})),
        call: None,
        inspect: None,
    }
}

/// `prepare` returns `(namespace, code)`.
fn split_prepared(prepared: PyObjectRef) -> Option<(PyDictRef, PyRef<PyCode>)> {
    let tuple = prepared.downcast_ref::<PyTuple>()?;
    let [namespace, code] = tuple.as_slice() else {
        return None;
    };
    Some((
        namespace.clone().downcast::<PyDict>().ok()?,
        code.clone().downcast::<PyCode>().ok()?,
    ))
}

fn prepare_call(vm: &VirtualMachine, driver: &Driver, call: &Value) -> PreparedCall {
    let expr = call["expr"].as_str().unwrap_or("");
    let expected_text = call["expected"].as_str().unwrap_or("");
    let expected = match driver
        .expected_value
        .call((vm.ctx.new_str(expected_text),), vm)
    {
        Ok(value) => {
            let (encoded, cost) = encode::encode(vm, &value, Budget::for_expected());
            Ok((encoded, repr(vm, &value), cost))
        }
        Err(exc) => Err(format!(
            "the expected value could not be read: {}",
            exception_text(vm, &exc)
        )),
    };
    let code = driver
        .compile_test
        .call((vm.ctx.new_str(expr),), vm)
        .and_then(|c| {
            c.downcast::<PyCode>()
                .map_err(|_| vm.new_type_error("the test did not compile to code"))
        });
    let called = driver
        .called_name
        .call((vm.ctx.new_str(expr),), vm)
        .ok()
        .and_then(|n| exact_str(vm, &n));
    PreparedCall {
        expected,
        code,
        called,
    }
}

/// Calls the function under test and records what it returned.
fn run_call(
    vm: &VirtualMachine,
    driver: &Driver,
    call: PreparedCall,
    namespace: &PyDictRef,
    source: &str,
    answer: &mut Answer,
) {
    let (expected, expected_repr, expected_cost) = match call.expected {
        Ok(expected) => expected,
        Err(message) => {
            answer.call = Some(CallAnswer {
                error: Some(json!({"type": "TestError", "message": message})),
                ..CallAnswer::default()
            });
            return;
        }
    };
    let mut result = CallAnswer {
        expected: Some(expected_repr),
        expected_value: Some(expected),
        ..CallAnswer::default()
    };
    if let Some(name) = call.called
        && !namespace.contains_key(name.as_str(), vm)
        && !vm.builtins.dict().contains_key(name.as_str(), vm)
    {
        result.missing = Some(name);
        answer.call = Some(result);
        return;
    }
    let code = match call.code {
        Ok(code) => code,
        Err(exc) => {
            answer.call = Some(result);
            let error = describe_settled(vm, driver, &exc, namespace, source, answer);
            if let Some(c) = answer.call.as_mut() {
                c.error = Some(error);
            }
            return;
        }
    };
    answer.call = Some(result);
    hooks::pending(answer, Phase::Call);
    let returned = vm.run_code_obj(code, Scope::with_builtins(None, namespace.clone(), vm));
    match returned {
        Ok(value) => {
            // Serialised before any more learner code (a `__repr__`) can run.
            let budget = Budget::for_actual(expected_cost);
            let (encoded, _) = encode::encode(vm, &value, budget);
            set_call(answer, |c| {
                c.actual_value = Some(encoded);
                c.actual = Some(format!("<{}>", value.class().name()));
            });
            hooks::pending(answer, Phase::Settled);
            let text = repr(vm, &value);
            set_call(answer, |c| c.actual = Some(text));
        }
        Err(exc) if exc.fast_isinstance(vm.ctx.exceptions.system_exit) => {
            set_call(answer, |c| c.error = Some(ended_by_call()));
        }
        Err(exc) => {
            let error = describe_settled(vm, driver, &exc, namespace, source, answer);
            set_call(answer, |c| c.error = Some(error));
        }
    }
}

fn set_call(answer: &mut Answer, change: impl FnOnce(&mut CallAnswer)) {
    if let Some(c) = answer.call.as_mut() {
        change(c);
    }
}

fn inspect(vm: &VirtualMachine, driver: &Driver, request_text: &str) -> Answer {
    // Code checks parse the program and never run it: the driver is untouched here.
    let mut answer = Answer::ok();
    match driver.inspect.call((vm.ctx.new_str(request_text),), vm) {
        Ok(result) => match exact_str(vm, &result).and_then(|t| serde_json::from_str(&t).ok()) {
            Some(inspect) => answer.inspect = Some(inspect),
            None => return internal("the code check gave no answer"),
        },
        Err(exc) => {
            answer.status = "exception";
            answer.exit_code = 1;
            answer.error = Some(describe(vm, driver, &exc, None, "", false));
        }
    }
    answer
}

/// The exit status a `SystemExit` asks for, as CPython computes it: `None` is 0, an int is
/// itself, anything else is printed to stderr and gives 1.
fn exit_status(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> i32 {
    use num_traits::ToPrimitive;
    let code = exc
        .as_object()
        .get_attr("code", vm)
        .unwrap_or_else(|_| exc.clone().into());
    if vm.is_none(&code) {
        return 0;
    }
    if let Some(i) = code.downcast_ref::<PyInt>() {
        return i.as_bigint().to_i64().map_or(0xFF, |v| (v & 0xFF) as i32);
    }
    if let Ok(text) = code.str(vm) {
        flush(vm);
        write_stderr(&format!("{}\n", text.to_string_lossy()));
    }
    1
}

/// Words an error after learner code has run: the native description is the pending answer
/// first, then the driver is asked for a better one.
fn describe_settled(
    vm: &VirtualMachine,
    driver: &Driver,
    exc: &PyBaseExceptionRef,
    namespace: &PyDictRef,
    source: &str,
    answer: &Answer,
) -> Value {
    let native = native_description(vm, exc, source);
    let mut settled = answer.clone();
    match settled.call.as_mut() {
        Some(c) => c.error = Some(native),
        None => settled.error = Some(native),
    }
    hooks::pending(&settled, Phase::Settled);
    let echo = answer.call.is_none();
    describe(vm, driver, exc, Some(namespace), source, echo)
}

/// `repr(value)`, shortened; a failing `__repr__` is described instead.
fn repr(vm: &VirtualMachine, value: &PyObjectRef) -> String {
    match value.repr(vm) {
        Ok(text) => shorten(&text.to_string_lossy(), MAX_REPR),
        Err(exc) => format!(
            "<{} (its repr failed: {})>",
            value.class().name(),
            exc.class().name()
        ),
    }
}

/// `str(exc)` for the pack's own errors (the expected value), read before learner code ran.
fn exception_text(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> String {
    match exc.as_object().str(vm) {
        Ok(text) => shorten(&text.to_string_lossy(), MAX_REPR),
        Err(_) => exc.class().name().to_string(),
    }
}
