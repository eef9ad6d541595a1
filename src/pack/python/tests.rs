//! The expression check against what Python's `eval` accepts and refuses: each case was
//! tried with CPython 3.11, except the f-string with quotes inside its braces, which Python
//! 3.12 accepts (PEP 701). A wider run, over about 10,000 expressions taken from the standard
//! library and the bundled packs, refused none that Python accepts.

use super::*;

#[test]
fn expressions_python_accepts_are_accepted() {
    let good = [
        "add(2, 3)",
        "5",
        "-3",
        "3.0",
        "1e-9",
        "1_000_000",
        "0xFF + 0b1010 - 0o17",
        "2j",
        "'hello'",
        "\"it's\"",
        "'''three\nlines'''",
        "r'\\d+' 'more'",
        "b'bytes'",
        "f'{x!r:>{width}}'",
        "f\"{d[\"key\"]}\"",
        "f'{{literal}}'",
        "[1, 2, 3]",
        "[1, 2, 3,]",
        "[]",
        "()",
        "(1,)",
        "1, 2",
        "{}",
        "{'a': 1, 'b': [2, 3]}",
        "{1, 2}",
        "{**a, 'b': 2}",
        "True",
        "None",
        "not x",
        "a if b else c",
        "x is not None and y not in z",
        "1 < x <= 3",
        "lambda: 0",
        "lambda x, *args, y=2, **kw: x + y",
        "sorted(words, key=lambda w: (len(w), w))",
        "f(*args, **kwargs)",
        "[x * 2 for x in range(10) if x % 2 if x > 2]",
        "{k: v for k, v in d.items()}",
        "sum(x for x in xs)",
        "[(i, j) for i in range(3) for j in range(i)]",
        "text[1:3]",
        "text[::-1]",
        "grid[0][1:]",
        "m[1, 2]",
        "obj.method().attr[0]",
        "(y := f(x))",
        "...",
        "~x ** -y // z @ w % v",
        "a << 1 | b >> 2 & c ^ d",
        "add(\n    2,\n    3,\n)",
        "5  # five",
        "5\n",
        "5\n\n   \n",
        "x \\\n + 1",
        "print",
        "match(1)",
        "café(1)",
    ];
    for text in good {
        assert_eq!(check_expression(text), Ok(()), "{text:?}");
    }
}

#[test]
fn what_is_not_an_expression_is_refused_with_its_place() {
    let bad = [
        ("add(2, 3", 4),
        ("add(2, 3))", 10),
        ("[1, 2)", 6),
        ("x = 5", 3),
        ("return 5", 1),
        ("import math", 1),
        ("def f(): pass", 1),
        ("'unclosed", 1),
        ("\"also", 1),
        ("1 +", 4),
        ("f(2,, 3)", 5),
        ("5 6", 3),
        ("a if b", 7),
        ("x.1", 2),
        ("1\n2", 3),
        ("a b", 3),
        ("x +=1", 3),
        ("$", 1),
        ("lambda x x", 10),
        ("for x in y", 1),
    ];
    for (text, at) in bad {
        let e = check_expression(text).expect_err(text);
        assert_eq!(e.at, at, "{text:?}: {e:?}");
        assert!(!e.words().is_empty());
    }
}
