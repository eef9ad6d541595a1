"""Slate's driver: runs a learner's program inside the sandbox and describes what happened.

The host sends one request (JSON) and gets one answer (JSON) back. The learner's output goes
to stdout and stderr as it is written; everything the host needs to mark the program (the
error, the result of a function call, the answers to code checks) is in the answer, so the
host never has to read a traceback's text to understand it.

Names the driver needs are captured here, at snapshot time, so a learner's program that
rebinds built-ins cannot change how the driver behaves. This makes marking sturdy against
accidents; it is not a security boundary (the sandbox is).
"""

import ast as _ast
import builtins as _builtins
import io as _io
import json as _json
import linecache as _linecache
import math as _math
import random as _random
import sys as _sys
import traceback as _traceback
import types as _types

# Modules a learner is likely to import: importing them now puts them in the snapshot.
import collections, datetime, itertools, string, time, functools, re, statistics  # noqa

FILENAME = "main.py"
MAX_REPR = 2000
MAX_FRAMES = 10
MAX_LINE = 300

_type = type
_isinstance = isinstance
_repr = repr
_len = len
_str = str
_int = int
_float = float
_bool = bool
_list = list
_tuple = tuple
_dict = dict
_set = set
_frozenset = frozenset
_sorted = sorted
_getattr = getattr
_dir = dir
_exec = exec
_eval = eval
_compile = compile
_print = print
_real_input = _builtins.input
_isclose = _math.isclose
_dumps = _json.dumps
_loads = _json.loads
_extract_tb = _traceback.extract_tb
_format_exception_only = _traceback.format_exception_only
_walk = _ast.walk
_parse = _ast.parse
_BaseException = BaseException
_SystemExit = SystemExit
_SyntaxError = SyntaxError
_NameError = NameError
_AttributeError = AttributeError
_stdout_write = None


def _short(text):
    if _len(text) > MAX_REPR:
        return text[:MAX_REPR] + "..."
    return text


def _safe_repr(value):
    try:
        return _short(_repr(value))
    except _BaseException as exc:  # a learner's __repr__ may fail
        return "<%s (its repr failed: %s)>" % (_type(value).__name__, _type(exc).__name__)


def _safe_str(value):
    try:
        return _short(_str(value))
    except _BaseException:
        return ""


def _public_names(obj):
    try:
        return [n for n in _dir(obj) if not n.startswith("_")]
    except _BaseException:
        return []


def _describe(exc, namespace):
    """Everything the host needs to explain an exception, without parsing text."""
    info = {
        "type": _type(exc).__name__,
        "message": _safe_str(exc),
        "line": None,
        "column": None,
        "end_column": None,
        "source_line": None,
        "frames": [],
        "names": None,
        "attribute_of": None,
        "traceback": "",
    }
    frames = []
    try:
        for fs in _extract_tb(exc.__traceback__):
            if fs.filename == FILENAME:
                col = _getattr(fs, "colno", None)
                end = _getattr(fs, "end_colno", None)
                frames.append({
                    "line": fs.lineno,
                    "function": fs.name,
                    "column": (col + 1) if col is not None else None,
                    "end_column": (end + 1) if end is not None else None,
                    "source_line": fs.line[:MAX_LINE] if fs.line else None,
                })
    except _BaseException:
        pass
    all_frames = frames
    if _len(frames) > 2 * MAX_FRAMES:
        # Deep recursion: keep the outermost and innermost frames.
        frames = frames[:MAX_FRAMES] + frames[-MAX_FRAMES:]
    info["frames"] = frames
    if _isinstance(exc, _SyntaxError):
        info["message"] = _safe_str(exc.msg)
        if exc.filename == FILENAME or exc.filename in ("<unknown>", None):
            info["line"] = exc.lineno
            info["column"] = exc.offset
            info["end_column"] = _getattr(exc, "end_offset", None)
            text = exc.text
            if text is None and exc.lineno:
                text = _linecache.getline(FILENAME, exc.lineno)
            info["source_line"] = (text or "").rstrip("\n")[:MAX_LINE] or None
    elif frames:
        last = frames[-1]
        info["line"] = last["line"]
        info["column"] = last["column"]
        info["end_column"] = last["end_column"]
        info["source_line"] = last["source_line"]
    if _isinstance(exc, _NameError) and namespace is not None:
        names = _set(namespace.keys()) | _set(_dir(_builtins))
        tb = exc.__traceback__
        while tb is not None and tb.tb_next is not None:
            tb = tb.tb_next
        if tb is not None and tb.tb_frame.f_code.co_filename == FILENAME:
            names |= _set(tb.tb_frame.f_locals.keys())
        info["names"] = _sorted(n for n in names if not n.startswith("__"))
    if _isinstance(exc, _AttributeError):
        obj = _getattr(exc, "obj", None)
        if obj is not None:
            info["attribute_of"] = _type(obj).__name__
            info["names"] = _public_names(obj)
    info["traceback"] = _format(exc, all_frames)
    return info


def _format(exc, frames):
    """A CPython-style traceback showing only the learner's own lines."""
    lines = []
    if frames:
        lines.append("Traceback (most recent call last):\n")
        previous = None
        repeats = 0
        for f in frames:
            key = (f["line"], f["function"])
            if key == previous:
                repeats += 1
                if repeats >= 3:
                    continue
            else:
                if repeats >= 3:
                    lines.append("  [Previous line repeated %d more times]\n" % (repeats - 2))
                previous = key
                repeats = 0
            lines.append('  File "%s", line %s, in %s\n' % (FILENAME, f["line"], f["function"]))
            src = f["source_line"]
            if src:
                lines.append("    %s\n" % src.strip())
        if repeats >= 3:
            lines.append("  [Previous line repeated %d more times]\n" % (repeats - 2))
    try:
        lines.extend(_format_exception_only(_type(exc), exc))
    except _BaseException:
        lines.append("%s: %s\n" % (_type(exc).__name__, _safe_str(exc)))
    text = "".join(lines)
    # Keep the traceback readable when a line of code is enormous.
    return "".join(
        (line[:MAX_LINE] + "...\n") if _len(line) > MAX_LINE else line
        for line in text.splitlines(True)
    )


def _input_hiding_prompt(prompt=""):
    """input() for marking: the prompt is not part of the marked output."""
    _sys.stdout.flush()
    line = _sys.stdin.readline()
    if not line:
        raise EOFError("EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


def _input_transcript(prompt=""):
    """input() for marking: output reads like the screen, prompt and typed answer included."""
    _sys.stdout.write(_str(prompt))
    line = _sys.stdin.readline()
    if not line:
        _sys.stdout.write("\n")
        raise EOFError("EOF when reading a line")
    text = line[:-1] if line.endswith("\n") else line
    _sys.stdout.write(text + "\n")
    return text


def _flush():
    for stream in (_sys.stdout, _sys.stderr):
        try:
            stream.flush()
        except _BaseException:
            pass


def _run_program(source, namespace):
    """Compile and run the learner's program. Returns (exception or None, exit_code)."""
    _linecache.cache[FILENAME] = (_len(source), None, source.splitlines(True), FILENAME)
    try:
        code = _compile(source, FILENAME, "exec", dont_inherit=True)
        _exec(code, namespace)
    except _SystemExit as exc:
        code = exc.code
        if code is None:
            return None, 0
        if _isinstance(code, _int) and not _isinstance(code, _bool):
            return None, code & 0xFF
        # sys.exit("message") prints the message and exits with 1, as CPython does.
        try:
            _sys.stderr.write(_str(code) + "\n")
        except _BaseException:
            pass
        return None, 1
    except _BaseException as exc:
        return exc, 1
    return None, 0


def _same(actual, expected, rel_tol, abs_tol):
    """Does the learner's value match the expected one? Strict about types of built-ins."""
    ta, te = _type(actual), _type(expected)
    if te is _float or (ta is _float and te is _int):
        if ta not in (_int, _float) or ta is _bool:
            return False
        return _isclose(actual, expected, rel_tol=rel_tol, abs_tol=abs_tol)
    if te in (_list, _tuple):
        if ta is not te or _len(actual) != _len(expected):
            return False
        for a, e in zip(actual, expected):
            if not _same(a, e, rel_tol, abs_tol):
                return False
        return True
    if te is _dict:
        if ta is not _dict or _len(actual) != _len(expected):
            return False
        for k in expected:
            if k not in actual or not _same(actual[k], expected[k], rel_tol, abs_tol):
                return False
        return True
    if te in (_int, _str, _bool, _set, _frozenset, _type(None)):
        if ta is not te:
            return False
        return _bool(expected == actual)
    return _bool(expected == actual)


def _called_name(expr):
    """The name of the function a test expression calls, e.g. 'add' in 'add(2, 3)'."""
    try:
        tree = _parse(expr, "<test>", "eval")
    except _SyntaxError:
        return None
    node = tree.body
    if _isinstance(node, _ast.Call) and _isinstance(node.func, _ast.Name):
        return node.func.id
    return None


def _call(request, namespace):
    expr = request["expr"]
    rel_tol = request.get("rel_tol", 1e-9)
    abs_tol = request.get("abs_tol", 1e-9)
    answer = {"passed": False, "actual": None, "expected": None, "missing": None, "error": None}
    try:
        expected = _eval(_compile(request["expected"], "<expected>", "eval", dont_inherit=True),
                         {"__builtins__": _builtins})
    except _BaseException as exc:
        answer["error"] = {"type": "TestError", "message": "the expected value could not be read: %s" % _safe_str(exc)}
        return answer
    answer["expected"] = _safe_repr(expected)
    name = _called_name(expr)
    if name is not None and name not in namespace and not hasattr(_builtins, name):
        answer["missing"] = name
        return answer
    try:
        actual = _eval(_compile(expr, "<test>", "eval", dont_inherit=True), namespace)
    except _SystemExit:
        answer["error"] = {"type": "SystemExit", "message": "the function ended the program"}
        return answer
    except _BaseException as exc:
        answer["error"] = _describe(exc, namespace)
        return answer
    answer["actual"] = _safe_repr(actual)
    try:
        answer["passed"] = _same(actual, expected, rel_tol, abs_tol)
    except _BaseException:
        answer["passed"] = False
    return answer


# Constructs a code check can ask for, by the syntax-tree nodes that make them.
_CONSTRUCTS = {
    "for": (_ast.For, _ast.AsyncFor),
    "while": (_ast.While,),
    "if": (_ast.If, _ast.IfExp),
    "def": (_ast.FunctionDef, _ast.AsyncFunctionDef),
    "return": (_ast.Return,),
    "lambda": (_ast.Lambda,),
    "class": (_ast.ClassDef,),
    "import": (_ast.Import, _ast.ImportFrom),
    "try": (_ast.Try,),
    "with": (_ast.With,),
    "break": (_ast.Break,),
    "continue": (_ast.Continue,),
    "f-string": (_ast.JoinedStr,),
    "list-comprehension": (_ast.ListComp,),
    "comprehension": (_ast.ListComp, _ast.SetComp, _ast.DictComp, _ast.GeneratorExp),
    "list": (_ast.List, _ast.ListComp),
    "dict": (_ast.Dict, _ast.DictComp),
    "augmented-assignment": (_ast.AugAssign,),
    "assignment": (_ast.Assign, _ast.AugAssign, _ast.AnnAssign),
    "boolean-operator": (_ast.BoolOp,),
    "comparison": (_ast.Compare,),
    "slice": (_ast.Slice,),
    "global": (_ast.Global,),
}


def _first_line(tree, item):
    """The first line where `item` is used, or None."""
    kind, _, name = item.partition(":")
    if name:
        for node in _walk(tree):
            line = _getattr(node, "lineno", None)
            if kind == "call" and _isinstance(node, _ast.Call):
                f = node.func
                if (_isinstance(f, _ast.Name) and f.id == name) or (_isinstance(f, _ast.Attribute) and f.attr == name):
                    return line
            elif kind == "method" and _isinstance(node, _ast.Call):
                f = node.func
                if _isinstance(f, _ast.Attribute) and f.attr == name:
                    return line
            elif kind == "name":
                if _isinstance(node, _ast.Name) and node.id == name:
                    return line
                if _isinstance(node, _ast.Attribute) and node.attr == name:
                    return line
                if _isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef, _ast.ClassDef)) and node.name == name:
                    return line
                if _isinstance(node, (_ast.Import, _ast.ImportFrom)):
                    for alias in node.names:
                        if (alias.asname or alias.name).split(".")[0] == name:
                            return line
            elif kind == "function":
                if _isinstance(node, (_ast.FunctionDef, _ast.AsyncFunctionDef)) and node.name == name:
                    return line
            elif kind == "import":
                if _isinstance(node, _ast.Import):
                    for alias in node.names:
                        if alias.name.split(".")[0] == name:
                            return line
                if _isinstance(node, _ast.ImportFrom) and (node.module or "").split(".")[0] == name:
                    return line
        return None
    types = _CONSTRUCTS.get(item)
    if types is None:
        raise ValueError(item)
    for node in _walk(tree):
        if _isinstance(node, types):
            return _getattr(node, "lineno", None)
    if item == "if":
        return None
    return None


def _inspect(request, source):
    answer = {"passed": True, "problems": []}
    tree = _parse(source, FILENAME)
    for item in request.get("require", []):
        try:
            line = _first_line(tree, item)
        except ValueError:
            answer["problems"].append({"kind": "unknown", "item": item, "line": None})
            answer["passed"] = False
            continue
        if line is None:
            answer["problems"].append({"kind": "missing", "item": item, "line": None})
            answer["passed"] = False
    for item in request.get("forbid", []):
        try:
            line = _first_line(tree, item)
        except ValueError:
            answer["problems"].append({"kind": "unknown", "item": item, "line": None})
            answer["passed"] = False
            continue
        if line is not None:
            answer["problems"].append({"kind": "forbidden", "item": item, "line": line})
            answer["passed"] = False
    return answer


def main(request_json):
    request = _loads(request_json)
    source = request.get("source", "")
    mode = request.get("mode", "run")
    _random.seed(request.get("seed", 0))
    answer = {"status": "ok", "exit_code": 0, "error": None, "call": None, "inspect": None}

    if mode == "inspect":
        try:
            answer["inspect"] = _inspect(request, source)
        except _BaseException as exc:
            answer["status"] = "exception"
            answer["exit_code"] = 1
            answer["error"] = _describe(exc, None)
        return _dumps(answer)

    prompts = request.get("prompts", "terminal")
    if prompts == "hide":
        _builtins.input = _input_hiding_prompt
    elif prompts == "transcript":
        _builtins.input = _input_transcript
    else:
        _builtins.input = _real_input

    module = _types.ModuleType("__main__")
    module.__file__ = FILENAME
    _sys.modules["__main__"] = module
    namespace = module.__dict__
    exc, code = _run_program(source, namespace)
    if exc is not None:
        answer["status"] = "exception"
        answer["error"] = _describe(exc, namespace)
        try:
            _sys.stderr.write(answer["error"]["traceback"])
        except _BaseException:
            pass
    elif code != 0:
        answer["status"] = "exit"
    answer["exit_code"] = code

    if mode == "call" and exc is None and code == 0:
        answer["call"] = _call(request["call"], namespace)
    _flush()
    return _dumps(answer)
