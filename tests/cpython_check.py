#!/usr/bin/env python3
"""Check Slate lesson packs with native CPython.

For every exercise in each pack given on the command line this script:
  - runs the reference solution against every test and reports each test it fails;
  - runs the starter and reports it if it passes every test (it must leave work to do);
  - reports a starter or solution that is not valid Python.
It follows the marking rules in docs/lesson-packs.md (pack format 1): stdin fed line by
line, input() prompts hidden unless `prompts = "transcript"`, the six `match` modes,
function tests, and code checks read from the program's structure with `ast`.

Usage:
  python3 tests/cpython_check.py PACK_DIR [PACK_DIR ...]            check the packs
  python3 tests/cpython_check.py --counts PACK_DIR [PACK_DIR ...]   also print counts
  python3 tests/cpython_check.py --strict PACK_DIR ...              also ask for 3+ tests and 2+ hints

Exits 0 when no problem was found, 1 otherwise. Standard library only (Python 3.11+).
"""
import ast
import json
import math
import re
import subprocess
import sys
import tomllib
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PACK_FIELDS = {"format", "id", "title", "description", "language", "locale", "version",
               "authors", "licence", "lessons", "limits", "solutions"}
LESSON_FIELDS = {"id", "title", "ideas", "page", "exercise"}
PAGE_FIELDS = {"title", "text"}
EXERCISE_FIELDS = {"id", "title", "task", "starter", "starter_file", "solution",
                   "solution_file", "hints", "prompts", "limits", "test"}
TEST_FIELDS = {"name", "id", "hidden", "points", "stdin", "limits", "expect", "match",
               "tolerance", "call", "returns", "require", "forbid", "expect_description",
               "relative_tolerance", "numeric"}
LIMIT_FIELDS = {"time", "memory", "output"}
MATCHES = {"lines", "exact", "ignore-case", "contains", "regex", "numbers"}
DEFAULT_LIMITS = {"time": 5, "memory": 128, "output": 1024}

# The runner executes one program in a fresh interpreter and prints one JSON line:
# {"output": ..., "error": ..., "returned": ...}. Program output is captured in memory.
RUNNER = r'''
import builtins, io, json, math, random, sys, traceback
spec = json.loads(sys.argv[1])
real_stdout, limit = sys.stdout, spec["output_limit"]
class Capped(io.StringIO):
    def write(self, s):
        if self.tell() + len(s) > limit:
            raise RuntimeError("output limit reached")
        return super().write(s)
buf = Capped()
def fake_input(prompt=""):
    if spec["transcript"]:
        buf.write(str(prompt))
    line = sys.stdin.readline()
    if not line and spec["transcript"]:
        buf.write("\n")
    if not line:
        raise EOFError("EOF when reading a line")
    line = line[:-1] if line.endswith("\n") else line
    if spec["transcript"]:
        buf.write(line + "\n")
    return line
def same(expected, actual, tol):
    # Types strict (an int is not a float, a bool not an int) unless `numeric`, when an int
    # and a float meet as numbers; floats within `tolerance` (absolute) or
    # `relative_tolerance` (of the expected); looking inside lists, tuples and dicts.
    te, ta = type(expected), type(actual)
    numbers = (int, float)
    if tol["numeric"] and te in numbers and ta in numbers and (te is float or ta is float):
        te = ta = float
    if te is float:
        return ta is float and math.isclose(actual, expected, rel_tol=tol["rel"], abs_tol=tol["abs"])
    if te in (list, tuple):
        return ta is te and len(actual) == len(expected) and all(
            same(e, a, tol) for e, a in zip(expected, actual))
    if te is dict:
        return ta is dict and len(actual) == len(expected) and all(
            k in actual and same(expected[k], actual[k], tol) for k in expected)
    return ta is te and expected == actual
builtins.input = fake_input
sys.stdout = buf
random.seed(0)
result = {"error": None}
ns = {"__name__": "__main__", "__builtins__": builtins}
try:
    exec(compile(spec["code"], "<program>", "exec"), ns)
    if spec.get("call") is not None:
        actual = eval(spec["call"], ns)
        expected = eval(spec["returns"], {})
        result["returned"] = repr(actual)
        result["expected"] = repr(expected)
        result["same"] = same(expected, actual, spec["tolerance"])
except SystemExit as e:
    if e.code not in (None, 0):
        result["error"] = "SystemExit: %r" % (e.code,)
except BaseException:
    result["error"] = traceback.format_exc(limit=-3)
sys.stdout = real_stdout
result["output"] = buf.getvalue()
print(json.dumps(result))
'''


def run_program(code, stdin, limits, transcript, call=None, returns=None, tolerance=None):
    spec = {"code": code, "transcript": transcript, "call": call, "returns": returns,
            "tolerance": tolerance, "output_limit": limits["output"] * 1024}
    try:
        proc = subprocess.run([sys.executable, "-I", "-c", RUNNER, json.dumps(spec)],
                              input=stdin, capture_output=True, text=True,
                              timeout=limits["time"] + 2)  # +2: interpreter start-up
    except subprocess.TimeoutExpired:
        return {"error": f"took longer than {limits['time']} s", "output": ""}
    try:
        return json.loads(proc.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": "runner failed: " + proc.stderr[-500:], "output": ""}


def short(text, limit=300):
    return repr(text) if len(text) <= limit else repr(text[:limit]) + f" (and {len(text) - limit} more characters)"


def clean_lines(text):
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    while lines and lines[-1] == "":
        lines.pop()
    return lines


NUMBER_IN_WORD = re.compile(r"^(.*?)(-?[0-9.]*[0-9][0-9.]*)(\D*)$")


def words_match(expected, actual, tolerance):
    """Two words are the same, or the same number with the same text stuck to it (e.g. £3.50)."""
    if expected == actual:
        return True
    e, a = NUMBER_IN_WORD.match(expected), NUMBER_IN_WORD.match(actual)
    if not e or not a or e[1] != a[1] or e[3] != a[3]:
        return False
    try:
        want, got = float(e[2]), float(a[2])
        # |a - b| <= max(tolerance, relative_tolerance * |expected|), as docs/lesson-packs.md says.
        return abs(want - got) <= max(tolerance[0], tolerance[1] * abs(want))
    except ValueError:
        return False


def output_matches(expect, output, mode, tolerance):
    if mode == "exact":
        return output == expect
    if mode == "regex":  # the whole output must match (a final newline may be left out)
        pattern = re.compile(f"(?:{expect})")
        return bool(pattern.fullmatch(output) or pattern.fullmatch(output.rstrip("\r\n")))
    want, got = clean_lines(expect), clean_lines(output)
    if mode == "ignore-case":
        return [w.lower() for w in want] == [g.lower() for g in got]
    if mode == "contains":
        return "\n".join(want) in "\n".join(got)
    if mode == "numbers":
        if len(want) != len(got):
            return False
        for w_line, g_line in zip(want, got):
            w_words, g_words = w_line.split(), g_line.split()
            if len(w_words) != len(g_words):
                return False
            if not all(words_match(w, g, tolerance) for w, g in zip(w_words, g_words)):
                return False
        return True
    return want == got  # "lines"


# ---- code checks -------------------------------------------------------------------------
NODE_ITEMS = {
    "for": (ast.For, ast.AsyncFor), "while": (ast.While,), "if": (ast.If, ast.IfExp),
    "def": (ast.FunctionDef, ast.AsyncFunctionDef), "return": (ast.Return,),
    "lambda": (ast.Lambda,), "class": (ast.ClassDef,), "import": (ast.Import, ast.ImportFrom),
    "try": (ast.Try,) + ((ast.TryStar,) if hasattr(ast, "TryStar") else ()),
    "with": (ast.With, ast.AsyncWith), "break": (ast.Break,), "continue": (ast.Continue,),
    "global": (ast.Global,), "f-string": (ast.JoinedStr,), "list": (ast.List, ast.ListComp),
    "dict": (ast.Dict, ast.DictComp), "list-comprehension": (ast.ListComp,),
    "comprehension": (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp),
    "assignment": (ast.Assign, ast.AugAssign, ast.AnnAssign),
    "augmented-assignment": (ast.AugAssign,),
    "comparison": (ast.Compare,), "boolean-operator": (ast.BoolOp,), "slice": (ast.Slice,),
}
PREFIXES = ("call:", "method:", "function:", "name:", "import:")


def valid_item(item):
    return item in NODE_ITEMS or (item.startswith(PREFIXES) and item.split(":", 1)[1] != "")


def code_features(tree):
    """Every code-check item that the program uses."""
    found = set()
    for node in ast.walk(tree):
        for item, types in NODE_ITEMS.items():
            if isinstance(node, types):
                found.add(item)
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name):
                found.add("call:" + node.func.id)
            elif isinstance(node.func, ast.Attribute):
                found.add("call:" + node.func.attr)
                found.add("method:" + node.func.attr)
        if isinstance(node, ast.Attribute):
            found.add("name:" + node.attr)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.add("name:" + node.name)
            if not isinstance(node, ast.ClassDef):
                found.add("function:" + node.name)
        elif isinstance(node, ast.Name):
            found.add("name:" + node.id)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                found.add("import:" + alias.name.split(".")[0])
                found.add("name:" + (alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            found.add("import:" + (node.module or "").split(".")[0])
            for alias in node.names:
                found.add("name:" + (alias.asname or alias.name))
    return found


# ---- marking one test --------------------------------------------------------------------
def mark(code, test, limits, transcript):
    """Returns None when `code` passes `test`, otherwise a short reason."""
    limits = {**limits, **test.get("limits", {})}
    if "require" in test or "forbid" in test:
        try:
            found = code_features(ast.parse(code))
        except SyntaxError as e:
            return f"not valid Python: {e.msg} (line {e.lineno})"
        missing = [i for i in test.get("require", []) if i not in found]
        banned = [i for i in test.get("forbid", []) if i in found]
        if missing or banned:
            return f"code check: missing {missing}, forbidden but used {banned}"
        return None
    call_tolerance = {"abs": test.get("tolerance", 1e-9),
                      "rel": test.get("relative_tolerance", 1e-9),
                      "numeric": test.get("numeric", False)}
    res = run_program(code, test.get("stdin", ""), limits, transcript, test.get("call"),
                      test.get("returns"), call_tolerance)
    if res.get("error"):
        return "error: " + res["error"].strip().splitlines()[-1]
    if "call" in test:
        if res.get("same"):
            return None
        return f"{test['call']} returned {res['returned']}, expected {res['expected']}"
    if not output_matches(test["expect"], res["output"], test.get("match", "lines"),
                          (test.get("tolerance", 0.001), test.get("relative_tolerance", 1e-9))):
        return f"expected {short(test['expect'])}, printed {short(res['output'])}"
    return None


# ---- loading and checking packs ----------------------------------------------------------
class Checker:
    def __init__(self, strict):
        self.problems, self.strict, self.counts = [], strict, []

    def problem(self, where, message):
        self.problems.append(f"{where}: {message}")

    def fields(self, where, table, known, what):
        for key in table if isinstance(table, dict) else ["(not a table)"]:
            if key not in known:
                self.problem(where, f"unknown field `{key}` in {what}")

    def code_of(self, where, path, ex, field):
        if field + "_file" in ex:
            rel = ex[field + "_file"]
            target = (path.parent / rel).resolve()
            if ".." in Path(rel).parts or Path(rel).is_absolute() or not target.is_file():
                self.problem(where, f"{field}_file {rel!r} is missing or outside the pack")
                return ""
            return target.read_text(encoding="utf-8")
        return ex.get(field, "")

    def check_pack(self, pack_dir):
        pack_dir = Path(pack_dir)
        pack_file = pack_dir / "pack.toml"
        try:
            pack = tomllib.loads(pack_file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            self.problem(pack_file, f"cannot read: {e}")
            return
        self.fields(pack_file, pack, PACK_FIELDS, "pack.toml")
        for key in ("format", "id", "title", "lessons"):
            if key not in pack:
                self.problem(pack_file, f"missing required field `{key}`")
        if pack.get("format") != 1:
            self.problem(pack_file, "format must be 1")
        limits = {**DEFAULT_LIMITS, **pack.get("limits", {})}
        count = {"pack": pack.get("id"), "lessons": 0, "pages": 0, "exercises": 0, "tests": 0}
        lesson_ids, exercise_ids, jobs = set(), set(), []
        for name in pack.get("lessons", []):
            path = pack_dir / (name + ".toml")
            try:
                lesson = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, tomllib.TOMLDecodeError) as e:
                self.problem(path, f"cannot read: {e}")
                continue
            count["lessons"] += 1
            self.fields(path, lesson, LESSON_FIELDS, "a lesson")
            self.check_id(path, lesson.get("id"), lesson_ids, "lesson")
            if "title" not in lesson:  # also required: a lesson id (checked just above)
                self.problem(path, "lesson has no title")
            for page in lesson.get("page", []):
                count["pages"] += 1
                self.fields(path, page, PAGE_FIELDS, "a page")
                if not page.get("title") or not page.get("text"):
                    self.problem(path, "a page needs a title and text")
            for ex in lesson.get("exercise", []):
                count["exercises"] += 1
                count["tests"] += len(ex.get("test", []))
                jobs.append((path, ex))
                self.check_exercise_fields(path, ex, exercise_ids)
        self.counts.append(count)
        with ThreadPoolExecutor(max_workers=4) as pool:
            list(pool.map(lambda job: self.run_exercise(*job, limits), jobs))

    def check_id(self, where, value, seen, what):
        if not isinstance(value, str) or not ID_RE.match(value):
            self.problem(where, f"{what} id {value!r} is missing or not lower-case letters, digits and -")
        elif value in seen:
            self.problem(where, f"{what} id {value!r} is used twice")
        else:
            seen.add(value)

    def check_exercise_fields(self, path, ex, seen):
        where = f"{path}: exercise {ex.get('id')!r}"
        self.fields(where, ex, EXERCISE_FIELDS, "an exercise")
        self.check_id(path, ex.get("id"), seen, "exercise")
        for key in ("title", "task"):
            if not ex.get(key):
                self.problem(where, f"missing `{key}`")
        if "solution" not in ex and "solution_file" not in ex:
            self.problem(where, "missing `solution` or `solution_file`")
        if ex.get("prompts", "hide") not in ("hide", "transcript"):
            self.problem(where, "prompts must be \"hide\" or \"transcript\"")
        self.fields(where, ex.get("limits", {}), LIMIT_FIELDS, "limits")
        tests = ex.get("test", [])
        if not tests:
            self.problem(where, "has no tests")
        if self.strict and len(tests) < 3:
            self.problem(where, f"has {len(tests)} tests (--strict asks for 3 or more)")
        if self.strict and len(ex.get("hints", [])) < 2:
            self.problem(where, "has fewer than 2 hints (--strict)")
        test_ids = set()
        for test in tests:
            t_where = f"{where} test {test.get('name')!r}"
            self.fields(t_where, test, TEST_FIELDS, "a test")
            self.fields(t_where, test.get("limits", {}), LIMIT_FIELDS, "limits")
            if not test.get("name"):
                self.problem(t_where, "test has no name")
            tid = test.get("id") or re.sub(r"[^a-z0-9]+", "-", str(test.get("name", "")).lower()).strip("-")
            if tid in test_ids:
                self.problem(t_where, f"two tests with the id {tid!r}")
            test_ids.add(tid)
            kinds = [("expect" in test), ("call" in test or "returns" in test),
                     ("require" in test or "forbid" in test)]
            if sum(kinds) != 1:
                self.problem(t_where, "a test needs exactly one of: expect, call/returns, require/forbid")
            if ("call" in test) != ("returns" in test):
                self.problem(t_where, "a function test needs both `call` and `returns`")
            if test.get("match", "lines") not in MATCHES:
                self.problem(t_where, f"unknown match {test.get('match')!r}")
            if test.get("hidden", "show") not in ("show", "hide", "on-failure"):
                self.problem(t_where, f"unknown hidden {test.get('hidden')!r}")
            for item in test.get("require", []) + test.get("forbid", []):
                if not valid_item(item):
                    self.problem(t_where, f"unknown code-check item {item!r}")
            if "stdin" in test and test["stdin"] and not test["stdin"].endswith("\n"):
                self.problem(t_where, "stdin should end with a newline")

    def run_exercise(self, path, ex, pack_limits):
        where = f"{path}: exercise {ex.get('id')!r}"
        limits = {**pack_limits, **ex.get("limits", {})}
        transcript = ex.get("prompts") == "transcript"
        solution = self.code_of(where, path, ex, "solution")
        starter = self.code_of(where, path, ex, "starter")
        for label, code in (("solution", solution), ("starter", starter)):
            try:
                ast.parse(code)
            except SyntaxError as e:
                self.problem(where, f"the {label} is not valid Python: {e.msg} (line {e.lineno})")
        tests = ex.get("test", [])
        starter_passes = bool(tests)
        for test in tests:
            reason = mark(solution, test, limits, transcript)
            if reason:
                self.problem(where, f"the solution fails the test {test.get('name')!r}: {reason}")
            if starter_passes:  # stop running the starter once it has failed a test
                starter_passes = mark(starter, test, limits, transcript) is None
        if starter_passes:
            self.problem(where, "the starter already passes every test")


def main(argv):
    counts, strict = "--counts" in argv, "--strict" in argv
    dirs = [a for a in argv if not a.startswith("--")]
    if not dirs:
        print(__doc__.strip())
        return 2
    checker = Checker(strict)
    for d in dirs:
        checker.check_pack(d)
    for p in sorted(checker.problems):
        print(p)
    if counts:
        for c in checker.counts:
            print(f"{c['pack']}: {c['lessons']} lessons, {c['pages']} pages, "
                  f"{c['exercises']} exercises, {c['tests']} tests")
    print(f"{len(checker.problems)} problem(s) found" if checker.problems else "no problems found")
    return 1 if checker.problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
