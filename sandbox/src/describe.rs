//! Wording errors: the driver's description when it can give one, a native one otherwise.
//!
//! After the learner's code has run, the Python driver may have been patched, so what it
//! says is treated as wording only: [`describe`] restores the built-ins (a program may have
//! emptied them), asks the driver, keeps only the fields the host reads with the right types
//! ([`sanitise`]), and falls back to [`native_description`], made from the exception and its
//! traceback without running any Python. Nothing here changes a verdict.

use rustpython_vm::builtins::{PyBaseExceptionRef, PyCode, PyDictRef};
use rustpython_vm::{AsObject, PyObjectRef, PyRef, VirtualMachine};
use serde_json::{Value, json};

use crate::Driver;
use crate::hooks;

/// The longest message kept in a native description.
const MAX_MESSAGE: usize = 2000;
/// The longest text kept in an error description.
const MAX_TEXT: usize = 20_000;
/// The most names kept for "did you mean".
const MAX_NAMES: usize = 5_000;
/// The learner's file, as tracebacks name it.
const FILENAME: &str = "main.py";
/// Frames kept from each end of a long traceback.
const SHOWN_FRAMES: usize = 10;

/// The error's description from the driver (with the built-ins restored first, in case the
/// program emptied them), or the native one when that fails. With `echo` the traceback is
/// written to stderr, as Python would for an error that ends the program.
pub fn describe(
    vm: &VirtualMachine,
    driver: &Driver,
    exc: &PyBaseExceptionRef,
    namespace: Option<&PyDictRef>,
    source: &str,
    echo: bool,
) -> Value {
    hooks::restore_builtins(vm, &driver.builtins);
    let namespace: PyObjectRef = match namespace {
        Some(ns) => ns.clone().into(),
        None => vm.ctx.none(),
    };
    let worded = driver
        .describe
        .call((exc.clone(), namespace), vm)
        .ok()
        .and_then(|text| exact_str(vm, &text))
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|v| sanitise(&v));
    let description = worded.unwrap_or_else(|| native_description(vm, exc, source));
    if echo && let Some(traceback) = description["traceback"].as_str() {
        flush(vm);
        write_stderr(traceback);
    }
    description
}

/// An error description the host can read, from whatever the driver returned: known fields
/// of the right types only, texts shortened. `None` when it is not a description at all.
fn sanitise(v: &Value) -> Option<Value> {
    let text = |v: &Value| v.as_str().map(|s| shorten(s, MAX_TEXT));
    let number = |v: &Value| v.as_u64().filter(|n| *n <= u64::from(u32::MAX));
    let frames: Vec<Value> = v["frames"]
        .as_array()
        .map(|frames| {
            frames
                .iter()
                .filter_map(|f| {
                    Some(json!({
                        "line": number(&f["line"])?,
                        "function": text(&f["function"]).unwrap_or_default(),
                        "column": number(&f["column"]),
                        "end_column": number(&f["end_column"]),
                        "source_line": text(&f["source_line"]),
                    }))
                })
                .collect()
        })
        .unwrap_or_default();
    let names: Option<Vec<String>> = v["names"].as_array().map(|names| {
        names
            .iter()
            .filter_map(|n| n.as_str().map(|s| shorten(s, 200)))
            .take(MAX_NAMES)
            .collect()
    });
    Some(json!({
        "type": text(&v["type"])?,
        "message": text(&v["message"]).unwrap_or_default(),
        "line": number(&v["line"]),
        "column": number(&v["column"]),
        "end_column": number(&v["end_column"]),
        "source_line": text(&v["source_line"]),
        "frames": frames,
        "names": names,
        "attribute_of": text(&v["attribute_of"]),
        "traceback": text(&v["traceback"]).unwrap_or_default(),
    }))
}

/// A description made without running any Python: the exception's type, its message when
/// that is a plain string, and the learner's frames from the traceback (the first and last
/// ten of a deep recursion, so a traceback 100,000 calls deep stays small).
pub fn native_description(vm: &VirtualMachine, exc: &PyBaseExceptionRef, source: &str) -> Value {
    let kind = exc.class().name().to_string();
    let args = exc.args();
    let message = match args.as_slice() {
        [one] => exact_str(vm, one)
            .map(|s| shorten(&s, MAX_MESSAGE))
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut entries: Vec<(usize, PyRef<PyCode>)> = Vec::new();
    let mut tb = exc.traceback();
    while let Some(t) = tb {
        let code = t.frame.f_code();
        if code.source_path.as_str() == FILENAME {
            entries.push((t.lineno.get(), code));
        }
        tb = t.next.lock().clone();
    }
    if entries.len() > 2 * SHOWN_FRAMES {
        entries.drain(SHOWN_FRAMES..entries.len() - SHOWN_FRAMES);
    }
    let lines: Vec<&str> = source.lines().collect();
    let frames: Vec<Value> = entries
        .iter()
        .map(|(line, code)| {
            json!({
                "line": line,
                "function": code.obj_name.as_str(),
                "source_line": lines.get(line.wrapping_sub(1)).map(|l| shorten(l, 300)),
            })
        })
        .collect();
    let mut traceback = String::new();
    if !frames.is_empty() {
        traceback.push_str("Traceback (most recent call last):\n");
        for f in &frames {
            traceback.push_str(&format!(
                "  File \"{FILENAME}\", line {}, in {}\n",
                f["line"],
                f["function"].as_str().unwrap_or("")
            ));
            if let Some(text) = f["source_line"].as_str() {
                traceback.push_str(&format!("    {}\n", text.trim()));
            }
        }
    }
    if message.is_empty() {
        traceback.push_str(&format!("{kind}\n"));
    } else {
        traceback.push_str(&format!("{kind}: {message}\n"));
    }
    let last = frames.last().cloned().unwrap_or(Value::Null);
    json!({
        "type": kind,
        "message": message,
        "line": last["line"],
        "source_line": last["source_line"],
        "frames": frames,
        "traceback": traceback,
    })
}

/// The text of an object that is exactly a `str` (not a subclass), without running Python.
pub fn exact_str(vm: &VirtualMachine, obj: &PyObjectRef) -> Option<String> {
    if !obj.class().is(vm.ctx.types.str_type) {
        return None;
    }
    obj.downcast_ref::<rustpython_vm::builtins::PyStr>()
        .map(|s| s.to_string_lossy().into_owned())
}

pub fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}...", &text[..cut]),
        None => text.to_owned(),
    }
}

/// Flushes Python's stdout and stderr so what the program printed comes before what the guest
/// writes. Best effort: a program may have replaced them.
pub fn flush(vm: &VirtualMachine) {
    for name in ["stdout", "stderr"] {
        if let Ok(stream) = vm.sys_module.get_attr(name, vm) {
            let _ = vm.call_method(&stream, "flush", ());
        }
    }
}

pub fn write_stderr(text: &str) {
    use std::io::Write;
    let _ = std::io::stderr().write_all(text.as_bytes());
}
