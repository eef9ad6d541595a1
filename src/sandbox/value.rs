//! Judging function tests on the host, from values the guest serialised natively.
//!
//! A function test (`add(2, 3)` should give `5`) is judged here, in Slate, never by Python
//! code in the sandbox: the learner's program runs in the same interpreter as the guest's
//! Python driver and could reach and patch it. The guest's Rust code (not Python) walks the
//! returned value and the expected value and sends them as a [`Value`]: exact built-in types
//! (`int`, `float`, `bool`, `None`, `str`, `list`, `tuple`, `dict`, `set`, `frozenset`) keep
//! their contents; anything else, subclasses included, is [`Value::Opaque`] and never equals
//! anything. [`same`] then applies the rules pack authors are promised: strict about types
//! (an `int` never matches a `float`, nor a `bool` an `int`, unless the test says
//! `numeric = true`: then an `int` and a `float` meet as numbers), floats within a
//! tolerance, dictionaries in any order.

use serde::{Deserialize, Serialize};

use super::{CallResult, Task};

/// A Python value as the guest's native code described it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Value {
    None,
    Bool(bool),
    /// Decimal digits with an optional leading `-`, as Python writes them (any size).
    Int(String),
    /// Rust's `{:?}` of the `f64`, which reads back exactly (`NaN` and `inf` included).
    Float(String),
    Str(String),
    List(Vec<Value>),
    Tuple(Vec<Value>),
    /// Entries in the dictionary's own order (which [`same`] ignores).
    Dict(Vec<(Value, Value)>),
    Set(Vec<Value>),
    FrozenSet(Vec<Value>),
    /// Any other object, a subclass of a built-in, or a value too big or deep to send: the
    /// text says which type it was. Never equal to anything.
    Opaque(String),
}

/// The two values of a function test, as the guest sent them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub(crate) struct CallValues {
    /// What the learner's function returned (absent when the call failed).
    pub actual: Option<Value>,
    /// What the pack says it should return, read before the learner's program ran.
    pub expected: Option<Value>,
}

/// Fills in whether a function test passed: the call ended without an error, the program
/// ended normally (`ended_ok`), and the returned value is the [`same`] as the expected one
/// within the task's tolerances. Whatever the guest said about `passed` is ignored.
pub(crate) fn judge(
    mut call: CallResult,
    values: Option<CallValues>,
    task: &Task,
    ended_ok: bool,
) -> CallResult {
    let rules = match task {
        Task::Call {
            rel_tol,
            abs_tol,
            numeric,
            ..
        } => Some(Rules {
            rel_tol: *rel_tol,
            abs_tol: *abs_tol,
            numeric: *numeric,
        }),
        _ => None,
    };
    call.passed = match (rules, values) {
        (
            Some(rules),
            Some(CallValues {
                actual: Some(actual),
                expected: Some(expected),
            }),
        ) => {
            ended_ok
                && call.error.is_none()
                && call.missing.is_none()
                && same(&actual, &expected, rules)
        }
        _ => false,
    };
    call
}

/// How a function test compares values: the tolerances for floats (`math.isclose`), and
/// whether an int and a float may meet as numbers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rules {
    pub rel_tol: f64,
    pub abs_tol: f64,
    /// `numeric = true`: `3` matches `3.0` (and within the tolerances, `3.0000000001`).
    pub numeric: bool,
}

/// Does the learner's value match the expected one? Types must be the same: an `int` never
/// matches a `float` (nor a `float` an `int`) unless `rules.numeric`, when they compare as
/// numbers within the tolerances; a `bool` only ever matches a `bool`. Floats match within
/// the tolerances (`math.isclose`); lists and tuples item by item; dictionaries by key, in
/// any order; `set`s, `str`s, `int`s and `None` must be equal. Opaque values never match.
pub(crate) fn same(actual: &Value, expected: &Value, rules: Rules) -> bool {
    use Value::*;
    let close = |a: f64, e: f64| is_close(a, e, rules.rel_tol, rules.abs_tol);
    match (actual, expected) {
        (Opaque(_), _) | (_, Opaque(_)) => false,
        (Float(a), Float(e)) => close(float(a), float(e)),
        (Int(a), Float(e)) if rules.numeric => int_as_float(a).is_some_and(|a| close(a, float(e))),
        (Float(a), Int(e)) if rules.numeric => int_as_float(e).is_some_and(|e| close(float(a), e)),
        (List(a), List(e)) | (Tuple(a), Tuple(e)) => {
            a.len() == e.len() && a.iter().zip(e).all(|(a, e)| same(a, e, rules))
        }
        (Dict(a), Dict(e)) => {
            a.len() == e.len()
                && e.iter().all(|(key, value)| {
                    lookup(a, key, rules.numeric).is_some_and(|found| same(found, value, rules))
                })
        }
        (Int(_), Int(_))
        | (Str(_), Str(_))
        | (Bool(_), Bool(_))
        | (None, None)
        | (Set(_), Set(_))
        | (FrozenSet(_), FrozenSet(_)) => py_eq(actual, expected, rules.numeric),
        _ => false,
    }
}

/// The value stored under a key equal to `key` ([`py_eq`]).
fn lookup<'a>(entries: &'a [(Value, Value)], key: &Value, numeric: bool) -> Option<&'a Value> {
    entries
        .iter()
        .find(|(k, _)| py_eq(k, key, numeric))
        .map(|(_, v)| v)
}

/// Equality without tolerance (as inside sets and dictionary keys): Python's `==`, except
/// that types must be the same (`1`, `1.0` and `True` are three different values), or with
/// `numeric`, an `int` equals a `float` of exactly its value (a `bool` is still only a
/// `bool`).
fn py_eq(a: &Value, b: &Value, numeric: bool) -> bool {
    use Value::*;
    match (a, b) {
        (Opaque(_), _) | (_, Opaque(_)) => false,
        (None, None) => true,
        (Str(a), Str(b)) => a == b,
        (Bool(a), Bool(b)) => a == b,
        (Int(_), Int(_)) | (Float(_), Float(_)) => numbers_equal(a, b),
        (Int(_) | Float(_), Int(_) | Float(_)) => numeric && numbers_equal(a, b),
        (List(a), List(b)) | (Tuple(a), Tuple(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(a, b)| py_eq(a, b, numeric))
        }
        (Set(a), Set(b)) | (FrozenSet(a), FrozenSet(b)) => {
            a.len() == b.len() && b.iter().all(|x| a.iter().any(|y| py_eq(x, y, numeric)))
        }
        (Dict(a), Dict(b)) => {
            a.len() == b.len()
                && b.iter().all(|(key, value)| {
                    lookup(a, key, numeric).is_some_and(|found| py_eq(found, value, numeric))
                })
        }
        _ => false,
    }
}

/// Exact numeric equality across `bool`, `int` and `float`, as Python compares them (an
/// `int` and a `float` are equal only when the float is exactly that whole number).
fn numbers_equal(a: &Value, b: &Value) -> bool {
    match (exact_integer(a), exact_integer(b)) {
        (Some(a), Some(b)) => a == b,
        _ => match (a, b) {
            (Value::Float(a), Value::Float(b)) => float(a) == float(b),
            // A float that is not a whole number (or not finite) never equals an int.
            _ => false,
        },
    }
}

/// The decimal digits of a whole number: an int, a bool, or a float with no fraction.
fn exact_integer(v: &Value) -> Option<String> {
    match v {
        Value::Bool(b) => Some(if *b { "1" } else { "0" }.to_owned()),
        Value::Int(digits) => Some(canonical_int(digits)),
        Value::Float(text) => {
            let f = float(text);
            (f.is_finite() && f.fract() == 0.0).then(|| canonical_int(&format!("{f:.0}")))
        }
        _ => None,
    }
}

fn canonical_int(digits: &str) -> String {
    let (sign, rest) = match digits.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", digits),
    };
    let rest = rest.trim_start_matches('0');
    if rest.is_empty() {
        "0".to_owned()
    } else {
        format!("{sign}{rest}")
    }
}

/// A float sent as text; text that is not a number (never sent by the guest) is NaN, which
/// matches nothing.
fn float(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

/// An int converted to the nearest float, as Python does before `math.isclose`; `None` when
/// it is too large for a float (Python raises `OverflowError`, so the test fails).
fn int_as_float(digits: &str) -> Option<f64> {
    digits.parse::<f64>().ok().filter(|f| f.is_finite())
}

/// `math.isclose(a, b, rel_tol=rel_tol, abs_tol=abs_tol)`, as CPython computes it.
fn is_close(a: f64, b: f64, rel_tol: f64, abs_tol: f64) -> bool {
    if a == b {
        return true;
    }
    if a.is_infinite() || b.is_infinite() {
        return false;
    }
    let diff = (b - a).abs();
    diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol
}

#[cfg(test)]
mod tests {
    use super::*;
    use Value::*;

    const TOL: f64 = 1e-9;

    fn int(n: i64) -> Value {
        Int(n.to_string())
    }

    fn fl(f: f64) -> Value {
        Float(format!("{f:?}"))
    }

    fn s(text: &str) -> Value {
        Str(text.to_owned())
    }

    fn rules(rel_tol: f64, abs_tol: f64) -> Rules {
        Rules {
            rel_tol,
            abs_tol,
            numeric: false,
        }
    }

    /// As a function test compares, by default (types strict).
    fn check(actual: &Value, expected: &Value) -> bool {
        same(actual, expected, rules(TOL, TOL))
    }

    /// As a function test with `numeric = true` compares.
    fn numeric(actual: &Value, expected: &Value) -> bool {
        let rules = Rules {
            numeric: true,
            ..rules(TOL, TOL)
        };
        same(actual, expected, rules)
    }

    #[test]
    fn floats_meet_within_the_tolerance() {
        assert!(check(&int(5), &int(5)));
        assert!(!check(&int(5), &int(6)));
        assert!(check(&fl(0.1 + 0.2), &fl(0.3)));
        assert!(!check(&fl(0.31), &fl(0.3)));
        assert!(
            same(&fl(0.31), &fl(0.3), rules(0.1, 0.0)),
            "relative tolerance"
        );
        assert!(
            same(&fl(0.0001), &fl(0.0), rules(0.0, 0.001)),
            "absolute tolerance"
        );
        assert!(!same(&fl(0.0001), &fl(0.0), rules(0.1, 0.0)));
        assert!(check(&fl(f64::INFINITY), &fl(f64::INFINITY)));
        assert!(!check(&fl(f64::INFINITY), &fl(f64::NEG_INFINITY)));
    }

    #[test]
    fn an_int_is_not_a_float_unless_the_test_is_numeric() {
        // As the docs promise: `3` does not pass `returns = "3.0"`, nor `3.0` `"3"`.
        assert!(!check(&int(3), &fl(3.0)));
        assert!(!check(&fl(3.0), &int(3)));
        assert!(!check(&List(vec![int(1)]), &List(vec![fl(1.0)])));
        assert!(!check(&Set(vec![fl(2.0)]), &Set(vec![int(2)])));
        assert!(!check(
            &Dict(vec![(fl(1.0), s("x"))]),
            &Dict(vec![(int(1), s("x"))])
        ));
        // With `numeric = true`, they meet as numbers, within the tolerance.
        assert!(numeric(&int(3), &fl(3.0)));
        assert!(numeric(&fl(3.0), &int(3)));
        assert!(numeric(&fl(3.000_000_000_1), &int(3)));
        assert!(!numeric(&fl(3.1), &int(3)));
        assert!(numeric(&List(vec![int(1)]), &List(vec![fl(1.0)])));
        assert!(numeric(&Set(vec![fl(2.0)]), &Set(vec![int(2)])));
        // A bool is never a number, numeric or not.
        assert!(!numeric(&Bool(true), &int(1)));
        assert!(!numeric(&int(1), &Bool(true)));
        assert!(!numeric(&Bool(false), &fl(0.0)));
        assert!(!numeric(&Set(vec![Bool(true)]), &Set(vec![int(1)])));
    }

    #[test]
    fn huge_ints_are_exact_and_too_big_for_floats() {
        let big = "1".to_owned() + &"0".repeat(400);
        assert!(check(&Int(big.clone()), &Int(big.clone())));
        assert!(!check(&Int(big.clone() + "1"), &Int(big.clone() + "2")));
        assert!(!check(&Int(big.clone()), &fl(f64::INFINITY)));
        assert!(!numeric(&Int(big), &fl(f64::INFINITY)));
    }

    #[test]
    fn types_are_strict_for_everything_else() {
        assert!(!check(&s("5"), &int(5)));
        assert!(!check(&int(5), &s("5")));
        assert!(!check(&Bool(true), &int(1)));
        assert!(!check(&int(1), &Bool(true)));
        assert!(!check(&Bool(true), &fl(1.0)), "a bool is not a number here");
        assert!(check(&Bool(false), &Bool(false)));
        assert!(check(&None, &None));
        assert!(!check(&None, &s("None")));
        assert!(!check(&List(vec![int(1)]), &Tuple(vec![int(1)])));
        assert!(!check(&Set(vec![int(1)]), &FrozenSet(vec![int(1)])));
    }

    #[test]
    fn nested_containers_compare_item_by_item() {
        let expected = List(vec![
            Tuple(vec![s("a"), fl(1.5)]),
            Dict(vec![(s("k"), List(vec![int(1), int(2)]))]),
        ]);
        let close = List(vec![
            Tuple(vec![s("a"), fl(1.5 + 1e-12)]),
            Dict(vec![(s("k"), List(vec![int(1), int(2)]))]),
        ]);
        assert!(check(&close, &expected));
        let a_float_for_an_int = List(vec![
            Tuple(vec![s("a"), fl(1.5)]),
            Dict(vec![(s("k"), List(vec![int(1), fl(2.0)]))]),
        ]);
        assert!(!check(&a_float_for_an_int, &expected));
        assert!(numeric(&a_float_for_an_int, &expected));
        let shorter = List(vec![Tuple(vec![s("a"), fl(1.5)])]);
        assert!(!check(&shorter, &expected));
        let wrong_inner = List(vec![
            Tuple(vec![s("a"), fl(1.5)]),
            Dict(vec![(s("k"), List(vec![int(1), int(3)]))]),
        ]);
        assert!(!check(&wrong_inner, &expected));
    }

    #[test]
    fn dictionaries_ignore_order_but_not_keys() {
        let expected = Dict(vec![(s("b"), int(1)), (s("a"), int(3)), (s("n"), int(2))]);
        let reordered = Dict(vec![(s("a"), int(3)), (s("n"), int(2)), (s("b"), int(1))]);
        assert!(check(&reordered, &expected));
        let other_key = Dict(vec![(s("a"), int(3)), (s("n"), int(2)), (s("x"), int(1))]);
        assert!(!check(&other_key, &expected));
        let extra = Dict(vec![
            (s("a"), int(3)),
            (s("n"), int(2)),
            (s("b"), int(1)),
            (s("c"), int(0)),
        ]);
        assert!(!check(&extra, &expected));
        // Unlike Python, 1, 1.0 and True are different keys: types are strict.
        assert!(!check(
            &Dict(vec![(Bool(true), s("x"))]),
            &Dict(vec![(int(1), s("x"))])
        ));
        assert!(check(
            &Dict(vec![(int(1), s("x"))]),
            &Dict(vec![(int(1), s("x"))])
        ));
        assert!(check(&Dict(vec![]), &Dict(vec![])));
    }

    #[test]
    fn sets_compare_as_python_sets() {
        let expected = Set(vec![int(1), int(2), s("x")]);
        assert!(check(&Set(vec![s("x"), int(2), int(1)]), &expected));
        // Types are strict inside sets too: 2.0 is not 2, True is not 1.
        assert!(!check(&Set(vec![s("x"), fl(2.0), Bool(true)]), &expected));
        assert!(!check(&Set(vec![s("x"), int(2), Bool(true)]), &expected));
        assert!(!check(&Set(vec![s("x"), int(2)]), &expected));
        assert!(!check(&Set(vec![s("x"), int(2), int(3)]), &expected));
        assert!(check(
            &FrozenSet(vec![Tuple(vec![int(1), int(2)])]),
            &FrozenSet(vec![Tuple(vec![int(1), int(2)])])
        ));
        // Inside a set, floats must be exactly equal (no tolerance), as with `==`.
        assert!(!check(&Set(vec![fl(0.1 + 0.2)]), &Set(vec![fl(0.3)])));
        assert!(!check(&Set(vec![fl(2.5)]), &Set(vec![int(2)])));
    }

    #[test]
    fn nan_matches_nothing() {
        assert!(!check(&fl(f64::NAN), &fl(f64::NAN)));
        assert!(!check(&fl(f64::NAN), &fl(1.0)));
        assert!(!check(&List(vec![fl(f64::NAN)]), &List(vec![fl(f64::NAN)])));
    }

    #[test]
    fn opaque_objects_never_match() {
        let opaque = Opaque("Always".into());
        assert!(!check(&opaque, &opaque));
        assert!(!check(&opaque, &int(5)));
        assert!(!check(&int(5), &opaque));
        assert!(!check(
            &List(vec![opaque.clone()]),
            &List(vec![opaque.clone()])
        ));
        assert!(!check(
            &Dict(vec![(opaque.clone(), int(1))]),
            &Dict(vec![(opaque, int(1))])
        ));
    }

    #[test]
    fn the_guests_json_reads_back() {
        let json = r#"{"list": [{"int": "-12"}, {"float": "NaN"}, "none", {"bool": true},
            {"dict": [[{"str": "a"}, {"tuple": []}]]}, {"frozen_set": []}, {"set": []},
            {"opaque": "Fraction"}, {"float": "inf"}]}"#;
        let v: Value = serde_json::from_str(json).unwrap();
        let List(items) = &v else {
            panic!("a list: {v:?}")
        };
        assert_eq!(items[0], int(-12));
        assert!(matches!(&items[1], Float(t) if float(t).is_nan()));
        assert_eq!(items[2], None);
        assert_eq!(items[4], Dict(vec![(s("a"), Tuple(vec![]))]));
        assert_eq!(items[5], FrozenSet(vec![]));
        assert_eq!(items[7], Opaque("Fraction".into()));
        assert!(matches!(&items[8], Float(t) if float(t) == f64::INFINITY));
    }

    fn call_task() -> Task {
        Task::Call {
            expr: "f()".into(),
            expected: "5".into(),
            rel_tol: TOL,
            abs_tol: TOL,
            numeric: false,
        }
    }

    fn values(actual: Value, expected: Value) -> Option<CallValues> {
        Some(CallValues {
            actual: Some(actual),
            expected: Some(expected),
        })
    }

    #[test]
    fn judging_ignores_what_the_guest_claims() {
        let claimed = CallResult {
            passed: true,
            ..CallResult::default()
        };
        let judged = judge(claimed.clone(), values(int(4), int(5)), &call_task(), true);
        assert!(
            !judged.passed,
            "a wrong value fails whatever the guest said"
        );
        assert!(!judge(claimed.clone(), Option::None, &call_task(), true).passed);
        let right = judge(
            CallResult::default(),
            values(int(5), int(5)),
            &call_task(),
            true,
        );
        assert!(right.passed);
        assert!(
            !judge(
                CallResult::default(),
                values(int(5), int(5)),
                &call_task(),
                false
            )
            .passed,
            "a program that did not end normally fails"
        );
        let with_error = CallResult {
            error: Some(Default::default()),
            ..CallResult::default()
        };
        assert!(!judge(with_error, values(int(5), int(5)), &call_task(), true).passed);
        let missing = CallResult {
            missing: Some("f".into()),
            ..CallResult::default()
        };
        assert!(!judge(missing, values(int(5), int(5)), &call_task(), true).passed);
        assert!(
            !judge(
                CallResult::default(),
                values(int(5), int(5)),
                &Task::Run,
                true
            )
            .passed
        );
    }
}
