//! Python values as data for the host, serialised by native code only.
//!
//! A function test's expected and returned values are walked here, in Rust, and sent to the
//! host, which compares them (`src/sandbox/value.rs`). Only objects of exactly the built-in
//! types `None`, `bool`, `int`, `float`, `str`, `list`, `tuple`, `dict`, `set` and `frozenset`
//! are looked into; anything else, subclasses included, becomes `{"opaque": <type name>}`,
//! which the host never treats as equal to anything. No Python code runs while walking (no
//! `__eq__`, `__repr__` or `__iter__` of the learner's), so a value cannot change or lie about
//! itself while it is being read.
//!
//! The JSON matches the host's `Value` enum: `"none"`, `{"bool": true}`, `{"int": "123"}`
//! (decimal digits), `{"float": "0.1"}` (Rust's `{:?}`, exact, also `NaN` and `inf`),
//! `{"str": ...}`, `{"list": [...]}`, `{"tuple": [...]}`, `{"dict": [[key, value], ...]}`,
//! `{"set": [...]}`, `{"frozen_set": [...]}`.

use rustpython_vm::builtins::{PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PySet, PyStr, PyTuple};
use rustpython_vm::{AsObject, PyObject, PyObjectRef, VirtualMachine};
use serde_json::{Value, json};

/// Containers nested deeper than this (or a list that contains itself) are opaque.
const MAX_DEPTH: usize = 100;
/// The size every value may have, whatever the expected one (about 1 MB of JSON).
const FLOOR: usize = 1 << 20;
/// The largest expected value (a pack's literal; far above any real one).
const EXPECTED_MAX: usize = 2 << 20;
/// What one item costs besides its text.
const ITEM: usize = 16;

/// How much a value may cost before it is sent as opaque instead (keeping the report small).
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    left: usize,
}

impl Budget {
    pub fn for_expected() -> Budget {
        Budget { left: EXPECTED_MAX }
    }

    /// A value equal to the expected one costs about as much; twice that, or the floor, is
    /// room enough for every value that could match.
    pub fn for_actual(expected_cost: usize) -> Budget {
        Budget {
            left: FLOOR.max(expected_cost.saturating_mul(2)),
        }
    }

    fn spend(&mut self, cost: usize) -> Result<(), TooLarge> {
        self.left = self.left.checked_sub(cost).ok_or(TooLarge)?;
        Ok(())
    }
}

struct TooLarge;

/// The value as JSON for the host, and what it cost.
pub fn encode(vm: &VirtualMachine, value: &PyObjectRef, budget: Budget) -> (Value, usize) {
    let mut left = budget;
    match walk(vm, value, 0, &mut left) {
        Ok(v) => (v, budget.left - left.left),
        Err(TooLarge) => (json!({"opaque": "too large to compare"}), budget.left),
    }
}

fn walk(
    vm: &VirtualMachine,
    obj: &PyObject,
    depth: usize,
    budget: &mut Budget,
) -> Result<Value, TooLarge> {
    budget.spend(ITEM)?;
    let class = obj.class();
    let types = &vm.ctx.types;
    if vm.is_none(obj) {
        return Ok(json!("none"));
    }
    if class.is(types.bool_type) {
        return Ok(json!({"bool": obj.is(&vm.ctx.true_value)}));
    }
    if class.is(types.int_type)
        && let Some(i) = obj.downcast_ref::<PyInt>()
    {
        let digits = i.as_bigint().to_string();
        budget.spend(digits.len())?;
        return Ok(json!({"int": digits}));
    }
    if class.is(types.float_type)
        && let Some(f) = obj.downcast_ref::<PyFloat>()
    {
        return Ok(json!({"float": format!("{:?}", f.to_f64())}));
    }
    if class.is(types.str_type)
        && let Some(s) = obj.downcast_ref::<PyStr>()
    {
        // A string with lone surrogates has no exact UTF-8 form: opaque rather than altered.
        let Some(text) = s.to_str() else {
            return Ok(json!({"opaque": "str"}));
        };
        // Control characters grow when escaped in JSON.
        let escaped = text
            .bytes()
            .filter(|b| *b < 0x20 || *b == b'"' || *b == b'\\')
            .count();
        budget.spend(text.len() + 5 * escaped)?;
        return Ok(json!({"str": text}));
    }
    if depth >= MAX_DEPTH {
        return Ok(json!({"opaque": "nested too deeply"}));
    }
    if class.is(types.list_type)
        && let Some(list) = obj.downcast_ref::<PyList>()
    {
        // A copy of the items: nothing can change the list while it is walked, but holding its
        // lock across the walk is not needed either.
        let items: Vec<PyObjectRef> = list.borrow_vec().to_vec();
        return Ok(json!({"list": walk_all(vm, &items, depth, budget)?}));
    }
    if class.is(types.tuple_type)
        && let Some(tuple) = obj.downcast_ref::<PyTuple>()
    {
        return Ok(json!({"tuple": walk_all(vm, tuple.as_slice(), depth, budget)?}));
    }
    if class.is(types.dict_type)
        && let Some(dict) = obj.downcast_ref::<PyDict>()
    {
        let mut entries = Vec::new();
        for (key, value) in dict.items_vec() {
            let key = walk(vm, &key, depth + 1, budget)?;
            let value = walk(vm, &value, depth + 1, budget)?;
            entries.push(json!([key, value]));
        }
        return Ok(json!({"dict": entries}));
    }
    if class.is(types.set_type)
        && let Some(set) = obj.downcast_ref::<PySet>()
    {
        return Ok(json!({"set": walk_all(vm, &set.elements(), depth, budget)?}));
    }
    if class.is(types.frozenset_type)
        && let Some(set) = obj.downcast_ref::<PyFrozenSet>()
    {
        return Ok(json!({"frozen_set": walk_all(vm, &set.elements(), depth, budget)?}));
    }
    Ok(json!({"opaque": class.name().to_string()}))
}

fn walk_all(
    vm: &VirtualMachine,
    items: &[PyObjectRef],
    depth: usize,
    budget: &mut Budget,
) -> Result<Vec<Value>, TooLarge> {
    items
        .iter()
        .map(|item| walk(vm, item, depth + 1, budget))
        .collect()
}
