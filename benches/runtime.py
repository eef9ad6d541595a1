#!/usr/bin/env python3
"""Compare Slate's Python runtimes (e.g. RustPython against CPython for wasm32-wasip1).

Usage:
    python3 benches/runtime.py SLATE [SLATE ...] [--runs 5] [--markdown]

Each SLATE is a slate binary, or LABEL=PATH to name its column, e.g.
    python3 benches/runtime.py rustpython=/work/bench/slate-rustpython \
        cpython=target/release/slate --markdown

Python 3.11+ standard library only (Linux: it uses os.wait4 for each child's peak memory).
Every binary gets its own empty SLATE_HOME and XDG_CACHE_HOME (SLATE_CACHE_DIR and the
other SLATE_* variables are removed), so nothing on this computer is used or changed. The
runtime is prepared once, untimed, before the warm measurements. Runs of the binaries and
of /usr/bin/python3 take turns, so a change in the machine's load falls on all of them.

What it measures, each slate binary beside /usr/bin/python3 (notes() below prints exactly
how, under the table): (1) five compute programs in benches/programs/, whole process, as a
ratio to python3 (target <= 2.5x each) and their geometric mean, with a 120 s time limit so
a slow runtime is measured rather than cut off (a run that hits a limit, fails or prints
something other than python3 is reported as that, not as a time); (2) `slate run hello.py`
against `python3 hello.py` (<= 0.6x); (3) hello's in-process `duration_ms` (<= 5 ms);
(4) marking a 5-test exercise, warm (<= 15 ms); (5) first start into empty folders: wall
time (<= 3 s) and peak memory (<= 300 MB); (6) binary size. The 1-minute load average is
sampled before each part and printed: on a busy machine, compare binaries from one run.
"""
import argparse
import datetime
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PROGRAMS = os.path.join(ROOT, "benches", "programs")
BENCH_PACK = os.path.join(ROOT, "tests", "fixtures", "packs", "bench")
PYTHON = "/usr/bin/python3"
TIME_LIMIT = "120"  # seconds; generous, so that a slow runtime is measured, not cut off
COMPUTE = [
    ("loop.py", "(1a) 1,000,000-iteration loop"),
    ("strings.py", "(1b) 200,000 x `s += \"x\"` in a function"),
    ("fib.py", "(1c) fib(25), recursive"),
    ("sort.py", "(1d) sort 200,000 numbers"),
    ("sets_dicts.py", "(1e) dict and set work, 200,000 items"),
]
HELLO = os.path.join(PROGRAMS, "hello.py")
MB = 1024 * 1024
loads = []  # 1-minute load averages, sampled before each part


def note_load():
    loads.append(os.getloadavg()[0])


def run(cmd, env=None):
    """Runs cmd once. Returns (wall seconds, exit code, stdout, stderr, peak RSS in MB).

    os.wait4 gives the resource usage of this one child, so its peak memory is its own."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)  # already reaped
        out.seek(0)
        err.seek(0)
        return (wall, child.returncode, out.read().decode(errors="replace"),
                err.read().decode(errors="replace"), usage.ru_maxrss / 1024)


def fresh_env(folder):
    """This environment without SLATE_* settings, with Slate's files kept under folder."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLATE_")}
    env["SLATE_HOME"] = os.path.join(folder, "home")
    env["XDG_CACHE_HOME"] = os.path.join(folder, "cache")
    return env


class Slate:
    def __init__(self, spec, tmp):
        self.label, _, path = spec.rpartition("=")
        self.path = os.path.abspath(path)
        self.label = self.label or os.path.basename(path)
        if not os.access(self.path, os.X_OK):
            sys.exit(f"not an executable: {self.path}")
        self.env = fresh_env(tempfile.mkdtemp(prefix="warm-", dir=tmp))
        helptext = subprocess.run([self.path, "run", "--help"], capture_output=True, text=True).stdout
        self.limit = ["--time-limit", TIME_LIMIT] if "--time-limit" in helptext else []

    def run(self, *args):
        return run([self.path, *args], self.env)

    def run_json(self, *args):
        """Runs `slate ARGS` (which include --json); returns (wall, parsed JSON or None, error)."""
        wall, code, out, err, _ = self.run(*args)
        try:
            return wall, json.loads(out), None
        except ValueError:
            return wall, None, f"exit {code}: {(err or out).strip()[:200]}"


def ratio(r):
    return f"{r:.2f}x" if r < 10 else f"{r:.0f}x"


def median(xs):
    return statistics.median(xs) if xs else None


def compute_part(slates, runs):
    """Part 1: each program, interleaved runs of python3 and every slate binary."""
    rows, ratios = [], {s.label: [] for s in slates}
    for name, what in COMPUTE:
        note_load()
        path = os.path.join(PROGRAMS, name)
        expected = run([PYTHON, path])[2]  # python3's output, also its warm-up
        py, times, failed = [], {s.label: [] for s in slates}, {}

        def one_slate(s):
            wall, out, error = s.run_json("run", "--json", *s.limit, path)
            if error or out.get("verdict") != "ok":
                failed[s.label] = error or "not timed: {} after {:.1f} s".format(
                    str(out.get("verdict")).replace("_", " "), (out.get("duration_ms") or 0) / 1000)
            elif out.get("stdout") != expected:
                failed[s.label] = f"wrong output: {out.get('stdout', '')[:60]!r}"
            return wall

        for s in slates:
            one_slate(s)  # warm-up
        for _ in range(runs):
            py.append(run([PYTHON, path])[0])
            for s in slates:
                if s.label not in failed:
                    times[s.label].append(one_slate(s))
        p = median(py)
        cells = {}
        for s in slates:
            if s.label in failed:
                cells[s.label] = failed[s.label]
                ratios[s.label] = None
            else:
                t = median(times[s.label])
                cells[s.label] = f"{t * 1000:.0f} ms ({ratio(t / p)})"
                if ratios[s.label] is not None:
                    ratios[s.label].append(t / p)
        rows.append((what, cells, f"{p * 1000:.0f} ms", "<= 2.5x"))
    geo = {label: f"**{ratio(math.exp(statistics.fmean(map(math.log, r))))}**" if r else "n/a (not every program was timed)"
           for label, r in ratios.items()}
    rows.append(("(1) geometric mean of the five ratios", geo, "1x", "<= 2.5x"))
    return rows


def hello_parts(slates):
    """Parts 2 and 3: hello.py as a whole process against python3, and in process."""
    note_load()
    run([PYTHON, HELLO])
    for s in slates:
        s.run("run", HELLO)
        s.run("run", "--json", HELLO)
    py, walls, inproc = [], {s.label: [] for s in slates}, {s.label: [] for s in slates}
    for _ in range(30):
        py.append(run([PYTHON, HELLO])[0])
        for s in slates:
            wall, code, out, err, _ = s.run("run", HELLO)
            if code != 0 or out != "hello\n":
                sys.exit(f"{s.label}: slate run hello.py failed (exit {code}): {err.strip()[:300]}")
            walls[s.label].append(wall)
    for _ in range(30):
        for s in slates:
            out = s.run_json("run", "--json", HELLO)[1] or {}
            if "duration_ms" in out:
                inproc[s.label].append(out["duration_ms"])
    p = median(py)
    whole = {label: f"{median(w) * 1000:.1f} ms ({ratio(median(w) / p)})" for label, w in walls.items()}
    inside = {label: f"{median(d):.2f} ms" if d else "n/a (no duration_ms)" for label, d in inproc.items()}
    return [("(2) `slate run hello.py`, whole process", whole, f"{p * 1000:.1f} ms", "<= 0.6x"),
            ("(3) hello in process (`duration_ms`)", inside, "–", "<= 5 ms")]


def check_part(slates, tmp):
    """Part 4: marking the bench pack's 5-test exercise with its own solution, warm."""
    note_load()
    with open(os.path.join(BENCH_PACK, "01-bench.toml"), "rb") as f:
        exercise = tomllib.load(f)["exercise"][0]
    solution = os.path.join(tmp, "solution.py")
    with open(solution, "w") as f:
        f.write(exercise["solution"])
    args = ("check", "--json", "--packs", BENCH_PACK, "bench/" + exercise["id"], solution)
    marks, walls = {s.label: [] for s in slates}, {s.label: [] for s in slates}
    for s in slates:
        s.run_json(*args)  # warm-up
    for _ in range(10):
        for s in slates:
            wall, out, error = s.run_json(*args)
            if error or not out.get("passed") or len(out.get("tests", [])) != 5:
                sys.exit(f"{s.label}: the check did not pass all 5 tests: {error or out}")
            marks[s.label].append(out["duration_ms"])
            walls[s.label].append(wall)
    cells = {s.label: f"{median(marks[s.label]):.1f} ms (whole command {median(walls[s.label]) * 1000:.0f} ms)"
             for s in slates}
    return [("(4) mark a 5-test exercise, warm",
             cells, "–", "<= 15 ms")]


def first_start_part(slates, tmp):
    """Part 5: `slate run hello.py` into new, empty folders, 3 times per binary."""
    note_load()
    walls, peaks = {s.label: [] for s in slates}, {s.label: [] for s in slates}
    for i in range(3):
        for s in slates:
            folder = tempfile.mkdtemp(prefix=f"first-{i}-", dir=tmp)
            wall, code, out, err, peak = run([s.path, "run", HELLO], fresh_env(folder))
            if code != 0 or out != "hello\n":
                sys.exit(f"{s.label}: first start failed (exit {code}): {err.strip()[:300]}")
            walls[s.label].append(wall)
            peaks[s.label].append(peak)
            shutil.rmtree(folder)  # the prepared runtime is large
    each = lambda xs, f: ", ".join(f.format(x) for x in xs)
    return [("(5) first start, wall time",
             {l: f"{median(w):.1f} s ({each(w, '{:.1f}')})" for l, w in walls.items()}, "–", "<= 3 s"),
            ("(5) first start, peak memory",
             {l: f"{median(m):.0f} MB ({each(m, '{:.0f}')})" for l, m in peaks.items()}, "–", "<= 300 MB")]


def notes(runs, limit):
    """What each row measured, printed under the table."""
    return [
        f"(1) Wall time of the whole process, median of {runs} runs after one warm-up, taking turns with "
        f"`{PYTHON} FILE` (its column; the ratio is slate / python3): `slate run --json {limit} "
        "benches/programs/FILE` for loop.py, strings.py, fib.py, sort.py, sets_dicts.py. Output checked "
        "against python3's. Other limits at Slate's defaults (128 MB memory).",
        "(2) Wall time of `slate run benches/programs/hello.py` against `python3 hello.py`, "
        "median of 30 after a warm-up, runtime already prepared.",
        "(3) `duration_ms` printed by `slate run --json hello.py` (Slate's own timer: one fresh sandbox "
        "instance running the program, not process start or loading the runtime), median of 30.",
        "(4) `slate check --json --packs tests/fixtures/packs/bench bench/shopping SOLUTION`, that exercise's "
        "own solution, 5 tests (output, numbers, a function call, a code test), all passing; median of 10 after "
        "a warm-up. The figure is the JSON's top-level `duration_ms`: marking alone (5 fresh sandbox runs and "
        "judging), not process start, reading packs or loading the prepared runtime; the whole command's wall "
        "time is in brackets.",
        "(5) `slate run hello.py` with a new, empty SLATE_HOME and XDG_CACHE_HOME (SLATE_CACHE_DIR unset) "
        "each time, so the runtime is prepared from scratch: wall time and the process's peak resident "
        "memory (os.wait4), median of 3 (each run in brackets).",
        "(6) File size. MB = 2**20 bytes.",
    ]


def table(rows, labels, markdown):
    head = ["what", *labels, "python3", "target"]
    body = [[what, *(cells[l] for l in labels), py, target] for what, cells, py, target in rows]
    if markdown:
        body = [[c.replace("<=", "≤").replace("|", "\\|") for c in r] for r in body]
        lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in body])
    body = [[c.replace("**", "") for c in r] for r in body]
    widths = [max(len(r[i]) for r in [head, *body]) for i in range(len(head))]
    fmt = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()
    return "\n".join([fmt(head), fmt(["-" * w for w in widths])] + [fmt(r) for r in body])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("slates", nargs="+", metavar="[LABEL=]SLATE_BINARY")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each compute program")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp(prefix="slate-runtime-bench-")
    try:
        slates = [Slate(spec, tmp) for spec in args.slates]
        labels = [s.label for s in slates]
        if len(set(labels)) != len(labels):
            sys.exit("give each binary its own label: LABEL=PATH")
        started = datetime.datetime.now(datetime.timezone.utc)
        note_load()
        for s in slates:  # prepare each runtime once (untimed) for the warm parts
            print(f"preparing {s.label} ...", file=sys.stderr)
            s.run("run", HELLO)
        print("measuring (several minutes) ...", file=sys.stderr)
        rows = compute_part(slates, args.runs) + hello_parts(slates) + check_part(slates, tmp)
        rows += first_start_part(slates, tmp)
        rows.append(("(6) binary size", {s.label: f"{os.path.getsize(s.path) / MB:.1f} MB" for s in slates}, "–", ""))
        note_load()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    version = subprocess.run([PYTHON, "--version"], capture_output=True, text=True).stdout.strip()
    minutes = (datetime.datetime.now(datetime.timezone.utc) - started).total_seconds() / 60
    print(f"{started:%Y-%m-%d %H:%M} UTC, {minutes:.1f} min; {os.cpu_count()} cores; python3 = {PYTHON} ({version}); "
          f"load average (1 min) {loads[0]:.2f} at the start, {min(loads):.2f}-{max(loads):.2f} during, "
          f"{loads[-1]:.2f} at the end")
    print("binaries: " + "; ".join(f"{s.label} = {s.path}" for s in slates))
    print(f"command: python3 benches/runtime.py {' '.join(sys.argv[1:])}\n")
    print(table(rows, labels, args.markdown) + "\n")
    limit = " ".join(slates[0].limit) if all(s.limit for s in slates) else "(no time limit flag)"
    for line in notes(args.runs, limit):
        print(("- " if args.markdown else "") + line)


if __name__ == "__main__":
    main()
