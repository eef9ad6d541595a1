//! The hostile-program suite: many small programs that try to escape a limit, hang Slate,
//! crash it or fool the terminal, each run with `slate run --json` with an input that never
//! ends, under a one-second time limit when being stopped is the point (ten seconds
//! otherwise). For every one it checks the verdict, that Slate did not panic, and that the
//! run ended within its limit plus half a second (by the run's own measured duration). It
//! prints the counts the hardening issue asks for.

use super::*;
use std::sync::Mutex;

/// What a program must get.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Want {
    Ok,
    Error,
    Time,
    Memory,
    Output,
    /// Either error or a limit: the program is stopped one way or another (e.g. a huge
    /// computation may run out of time or memory first, depending on the machine).
    Stopped,
}

const SUITE: &[(&str, &str, Want)] = &[
    // Waiting in the host.
    ("sleep", "import time\ntime.sleep(100)", Want::Time),
    (
        "sleep forever-ish",
        "import time\ntime.sleep(10**9)",
        Want::Time,
    ),
    (
        "many short sleeps",
        "import time\nwhile True:\n    time.sleep(0.001)",
        Want::Time,
    ),
    (
        "sleep zero loop",
        "import time\nwhile True:\n    time.sleep(0)",
        Want::Time,
    ),
    (
        "sleep caught",
        "import time\nwhile True:\n    try:\n        time.sleep(5)\n    except BaseException:\n        pass",
        Want::Time,
    ),
    (
        "select no streams",
        "import select\nselect.select([], [], [], 100)",
        Want::Time,
    ),
    (
        "select stdin",
        "import select, sys\nwhile True:\n    select.select([sys.stdin], [], [], 100)\n    sys.stdin.readline()",
        Want::Time,
    ),
    ("input never comes", "input()", Want::Time),
    ("input loop", "while True:\n    input()", Want::Time),
    ("stdin read", "import sys\nsys.stdin.read()", Want::Time),
    ("os read", "import os\nos.read(0, 10)", Want::Time),
    (
        "readline caught",
        "import sys\nwhile True:\n    try:\n        sys.stdin.readline()\n    except BaseException:\n        pass",
        Want::Time,
    ),
    // Burning time.
    ("busy loop", "while True:\n    pass", Want::Time),
    (
        "catch everything",
        "while True:\n    try:\n        while True:\n            pass\n    except BaseException:\n        pass",
        Want::Time,
    ),
    (
        "huge power",
        "x = 10**10**8\nprint(len(str(x)))",
        Want::Stopped,
    ),
    (
        "huge int to str",
        "import sys\nsys.set_int_max_str_digits(0)\nprint(str(7**2000000)[:5])",
        Want::Stopped,
    ),
    (
        "sort forever",
        "import random\nwhile True:\n    sorted(random.random() for _ in range(10000))",
        Want::Time,
    ),
    (
        "generator forever",
        "def g():\n    while True:\n        yield 1\nfor _ in g():\n    pass",
        Want::Time,
    ),
    (
        "recursion caught forever",
        "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()",
        Want::Stopped,
    ),
    // Memory.
    (
        "doubling string",
        "s = 'x'\nwhile True:\n    s = s + s",
        Want::Memory,
    ),
    (
        "list growth",
        "a = []\nwhile True:\n    a.append([0] * 100000)",
        Want::Memory,
    ),
    (
        "catch memory error",
        "a = []\nwhile True:\n    try:\n        a.append(' ' * 10**7)\n    except MemoryError:\n        pass",
        Want::Stopped,
    ),
    ("bytearray huge", "b = bytearray(10**10)", Want::Stopped),
    (
        "dict growth",
        "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 100\n    i += 1",
        Want::Stopped,
    ),
    // Output.
    (
        "print flood",
        "while True:\n    print('spam ' * 20)",
        Want::Output,
    ),
    (
        "stderr flood",
        "import sys\nwhile True:\n    sys.stderr.write('x' * 1000)",
        Want::Output,
    ),
    ("one huge print", "print('x' * 10**8)", Want::Stopped),
    (
        "print no newline",
        "while True:\n    print('.', end='')",
        Want::Stopped,
    ),
    (
        "write caught",
        "import sys\nwhile True:\n    try:\n        sys.stdout.write('y' * 10000)\n    except BaseException:\n        pass",
        Want::Output,
    ),
    // Stack.
    (
        "deep recursion",
        "def f(n):\n    return f(n + 1)\nf(0)",
        Want::Error,
    ),
    (
        "raised limit",
        "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)",
        Want::Error,
    ),
    (
        "nested parentheses",
        "print(eval('(' * 200000 + '1' + ')' * 200000))",
        Want::Stopped,
    ),
    (
        "nested list repr",
        "x = []\nfor _ in range(100000):\n    x = [x]\nprint(x)",
        Want::Stopped,
    ),
    (
        "nested dict json",
        "import json\nx = {}\nfor _ in range(100000):\n    x = {'a': x}\nprint(json.dumps(x)[:10])",
        Want::Stopped,
    ),
    // The host and its files.
    (
        "open passwd",
        "print(open('/etc/passwd').read())",
        Want::Error,
    ),
    (
        "write a file",
        "open('owned.txt', 'w').write('x')",
        Want::Error,
    ),
    (
        "list root",
        "import os\nprint(os.listdir('/'))",
        Want::Error,
    ),
    (
        "environment",
        "import os\nassert dict(os.environ) == {}\nprint('empty')",
        Want::Ok,
    ),
    (
        "socket",
        "import socket\nsocket.socket().connect(('127.0.0.1', 80))",
        Want::Error,
    ),
    (
        "subprocess",
        "import subprocess\nsubprocess.run(['ls'])",
        Want::Error,
    ),
    ("os system", "import os\nos.system('ls')", Want::Error),
    (
        "ctypes",
        "import ctypes\nprint(ctypes.CDLL(None))",
        Want::Error,
    ),
    (
        "threads",
        // CPython on WASI has no threads: a RuntimeError, explained (issue 16).
        "import threading\nt = threading.Thread(target=print, args=('x',))\nt.start()\nt.join()",
        Want::Error,
    ),
    // Ways to end.
    (
        "sys exit 0",
        "import sys\nprint('bye')\nsys.exit(0)",
        Want::Ok,
    ),
    ("sys exit 3", "import sys\nsys.exit(3)", Want::Error),
    (
        "sys exit text",
        "import sys\nsys.exit('goodbye')",
        Want::Error,
    ),
    (
        "raise SystemExit caught",
        "try:\n    raise SystemExit(4)\nexcept SystemExit:\n    print('still here')",
        Want::Ok,
    ),
    (
        "keyboard interrupt raised",
        "raise KeyboardInterrupt",
        Want::Error,
    ),
    (
        "exception in del",
        "class A:\n    def __del__(self):\n        raise ValueError('x')\na = A()\ndel a\nprint('fine')",
        Want::Ok,
    ),
    ("syntax error", "if True\n    print('x')", Want::Error),
    ("null byte source", "print('a')\x00", Want::Error),
    (
        "bad unicode escape",
        "print('\\N{NO SUCH NAME}')",
        Want::Error,
    ),
    // The terminal.
    (
        "escapes",
        "print('\\x1b[2J\\x1b]0;owned\\x07\\x1b]52;c;aGk=\\x07')",
        Want::Ok,
    ),
    ("c1 csi", "print('\\x9b2J')", Want::Ok),
    ("bidi override", "print('abc\\u202edef')", Want::Ok),
    (
        "carriage return",
        "print('hello\\r✓ passed … Well done!')",
        Want::Ok,
    ),
    // Ordinary programs stay ordinary.
    ("hello", "print('hello')", Want::Ok),
    (
        "loop",
        "t = 0\nfor i in range(100000):\n    t += i % 7\nprint(t)",
        Want::Ok,
    ),
    (
        "random",
        "import random\nprint(random.randint(1, 6))",
        Want::Ok,
    ),
    (
        "name flood",
        "for i in range(5000):\n    globals()['n' * 60 + str(i)] = i\nprint(nnnnnn)",
        Want::Error,
    ),
];

fn verdict_fits(want: Want, verdict: &str) -> bool {
    match want {
        Want::Ok => verdict == "ok",
        Want::Error => verdict == "error",
        Want::Time => verdict == "time_limit",
        Want::Memory => verdict == "memory_limit",
        Want::Output => verdict == "output_limit",
        Want::Stopped => verdict != "ok",
    }
}

#[test]
fn every_hostile_program_gets_its_verdict_without_hanging_or_panicking() {
    let home = Home::new();
    let dir = home.path().join("programs");
    std::fs::create_dir_all(&dir).unwrap();
    let failures = Mutex::new(Vec::new());
    let counts = Mutex::new((0usize, 0usize, 0usize, 0usize)); // tried, right, panics, hangs
    let next = Mutex::new(SUITE.iter().enumerate());
    std::thread::scope(|scope| {
        for _ in 0..2 {
            scope.spawn(|| {
                loop {
                    let Some((i, (name, source, want))) = next.lock().unwrap().next() else {
                        break;
                    };
                    let path = dir.join(format!("p{i}.py"));
                    // Programs that must be stopped get one second; the others get more
                    // than they need even on a busy machine, so only a real hang or a wrong
                    // verdict fails the suite.
                    let limit_s: f64 = match want {
                        Want::Time | Want::Stopped => 1.0,
                        Want::Ok | Want::Error | Want::Memory | Want::Output => 10.0,
                    };
                    std::fs::write(&path, source).unwrap();
                    let out = run_with_open_stdin(
                        home.slate()
                            .args(["run", "--json", "--time-limit", &limit_s.to_string()])
                            .arg(&path),
                    );
                    let err = stderr(&out);
                    let panicked = err.contains("panicked") || out.status.code().is_none();
                    let v: serde_json::Value =
                        serde_json::from_str(stdout(&out).trim()).unwrap_or_default();
                    let verdict = v["verdict"].as_str().unwrap_or("none").to_owned();
                    let ms = v["duration_ms"].as_f64().unwrap_or(f64::MAX);
                    let hung = ms >= limit_s * 1000.0 + 500.0;
                    let right = verdict_fits(*want, &verdict);
                    let mut c = counts.lock().unwrap();
                    c.0 += 1;
                    c.1 += usize::from(right);
                    c.2 += usize::from(panicked);
                    c.3 += usize::from(hung);
                    if !right || panicked || hung {
                        failures.lock().unwrap().push(format!(
                            "{name}: wanted {want:?}, got {verdict} in {ms} ms (exit {:?}) {err}",
                            out.status.code()
                        ));
                    }
                }
            });
        }
    });
    let (tried, right, panics, hangs) = *counts.lock().unwrap();
    println!(
        "hostile suite: {tried} programs tried, {right} verdicts right, {panics} panics, {hangs} hangs"
    );
    let failures = failures.into_inner().unwrap();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert_eq!(
        (tried, right, panics, hangs),
        (SUITE.len(), SUITE.len(), 0, 0)
    );
}
