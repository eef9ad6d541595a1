"""Slate's driver: the Python half of the guest, which prepares a run and describes errors.

The guest's C code (`slate_main.c`, `slate_encode.c`) does everything a mark depends on: it
runs the learner's compiled program and the test expression itself, decides how the run
ended from the real result, and serialises values natively for the host to compare. This
module only does what is safe to leave to Python:

- before the learner's code runs (so nothing here can have been tampered with yet):
  `request` reads the host's request, `prepare` sets up `__main__`, `input()` and the seed and compiles the program,
  `expected_value` reads a function test's expected value, `compile_test` and `called_name`
  look at the test expression, and `inspect` answers code checks (which never run code);
- afterwards, only `describe`: the wording of an error (type, message, line, frames, names
  for "did you mean"). A learner's program can reach this module's globals (through frames,
  or the functions it installs such as `input`) and patch it; that can change how an error
  is worded, never whether a test passed.

Names the driver needs are captured here, at snapshot time, so a program that rebinds
built-ins by accident does not disturb the wording either.
"""

import ast as _ast
import builtins as _builtins
import json as _json
import linecache as _linecache
import random as _random
import sys as _sys
import traceback as _traceback
import types as _types

import _sitebuiltins

# Modules a learner is likely to import: importing them now puts them in the snapshot.
import collections, datetime, itertools, string, time, functools, re, statistics  # noqa

# What `site` would add (the guest does not import `site`): exit() and quit() end the program
# like sys.exit(), help() is Python's own help.
_builtins.exit = _sitebuiltins.Quitter("exit", "Ctrl-D (i.e. EOF)")
_builtins.quit = _sitebuiltins.Quitter("quit", "Ctrl-D (i.e. EOF)")
_builtins.help = _sitebuiltins._Helper()

FILENAME = "main.py"
MAX_REPR = 2000
MAX_FRAMES = 10
MAX_LINE = 300

_type = type
_isinstance = isinstance
_len = len
_str = str
_set = set
_sorted = sorted
_getattr = getattr
_dir = dir
_eval = eval
_compile = compile
_real_input = _builtins.input
_dumps = _json.dumps
_loads = _json.loads
_extract_tb = _traceback.extract_tb
_format_exception_only = _traceback.format_exception_only
_walk = _ast.walk
_parse = _ast.parse
_BaseException = BaseException
_SyntaxError = SyntaxError
_NameError = NameError
_AttributeError = AttributeError
_IndexError = IndexError
_int = int


def _short(text):
    if _len(text) > MAX_REPR:
        return text[:MAX_REPR] + "..."
    return text


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


def _learner_entries(tb):
    """The traceback's entries in the learner's file, outermost first."""
    found = []
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == FILENAME:
            found.append(tb)
        tb = tb.tb_next
    return found


def _frame_info(tb):
    """One traceback entry as the host wants it. Only a few entries are looked at this
    closely, so a traceback a hundred thousand calls deep is still described quickly."""
    info = {
        "line": tb.tb_lineno,
        "function": tb.tb_frame.f_code.co_name,
        "column": None,
        "end_column": None,
        "source_line": None,
    }
    try:
        fs = _extract_tb(tb, limit=1)[0]
        col = _getattr(fs, "colno", None)
        end = _getattr(fs, "end_colno", None)
        info["column"] = (col + 1) if col is not None else None
        info["end_column"] = (end + 1) if end is not None else None
        # The whole line, indentation included: the columns count from its start.
        raw = _linecache.getline(FILENAME, tb.tb_lineno).rstrip("\r\n")
        info["source_line"] = raw[:MAX_LINE] if raw.strip() else None
    except _BaseException:
        pass
    return info


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
    try:
        entries = _learner_entries(exc.__traceback__)
        keys = [(t.tb_lineno, t.tb_frame.f_code.co_name) for t in entries]
    except _BaseException:
        entries, keys = [], []
    if _len(entries) > 2 * MAX_FRAMES:
        # Deep recursion: keep the outermost and innermost frames.
        entries = entries[:MAX_FRAMES] + entries[-MAX_FRAMES:]
    frames = [_frame_info(t) for t in entries]
    info["frames"] = frames
    if _isinstance(exc, _SyntaxError):
        info["message"] = _safe_str(exc.msg)
        if exc.filename == FILENAME or exc.filename in ("<unknown>", None):
            info["line"] = exc.lineno
            info["column"] = exc.offset
            end = _getattr(exc, "end_offset", None)
            # CPython gives 0 (or less than the start) when it knows no end.
            info["end_column"] = end if end and exc.offset and end > exc.offset else None
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
    if _isinstance(exc, _IndexError) and entries and frames:
        try:
            _index_facts(entries[-1], frames[-1], info)
        except _BaseException:
            pass
    info["traceback"] = _format(exc, keys)
    return info


def _index_facts(tb, frame, info):
    """For an IndexError at `name[position]`: how long the list (or text) was and which
    position was asked for, so the explanation can use the real numbers. Only names and
    whole numbers are looked up, and only exact lists, tuples, strings and ints are read,
    so none of the program's own code runs."""
    column, end = frame["column"], frame["end_column"]
    if column is None or end is None:
        return
    line = _linecache.getline(FILENAME, tb.tb_lineno)
    node = _parse(line[column - 1:end - 1], "<spot>", "eval").body
    if not _isinstance(node, _ast.Subscript) or not _isinstance(node.value, _ast.Name):
        return
    scope = tb.tb_frame

    def lookup(name):
        local = scope.f_locals
        if name in local:
            return local[name]
        return scope.f_globals[name]

    container = lookup(node.value.id)
    position = node.slice
    if _isinstance(position, _ast.Name):
        position = lookup(position.id)
    elif _isinstance(position, _ast.Constant):
        position = position.value
    elif (_isinstance(position, _ast.UnaryOp) and _isinstance(position.op, _ast.USub)
          and _isinstance(position.operand, _ast.Constant)):
        position = position.operand.value
        position = -position if _type(position) is _int else None
    if _type(container) in (list, tuple, str) and _type(position) is _int:
        info["length"] = _len(container)
        info["index"] = position


def _format(exc, keys):
    """A CPython-style traceback showing only the learner's own lines.

    `keys` are the (line, function) of every entry in the learner's file, outermost first.
    """
    entries = []
    previous = None
    repeats = 0
    for key in keys:
        if key == previous:
            repeats += 1
            if repeats >= 3:
                continue
        else:
            if repeats >= 3:
                entries.append("  [Previous line repeated %d more times]\n" % (repeats - 2))
            previous = key
            repeats = 0
        line, function = key
        text = '  File "%s", line %s, in %s\n' % (FILENAME, line, function)
        src = _linecache.getline(FILENAME, line).strip()
        if src:
            text += "    %s\n" % src
        entries.append(text)
    if repeats >= 3:
        entries.append("  [Previous line repeated %d more times]\n" % (repeats - 2))
    if _len(entries) > 4 * MAX_FRAMES:
        # A long chain that does not repeat itself line by line (say f calls g calls f).
        hidden = _len(entries) - 2 * MAX_FRAMES
        entries = entries[:MAX_FRAMES] + ["  [... %d more ...]\n" % hidden] + entries[-MAX_FRAMES:]
    lines = ["Traceback (most recent call last):\n"] + entries if entries else []
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


def inspect(request_json):
    """Answers a code check (JSON in, JSON out). The program is parsed, never run."""
    request = _loads(request_json)
    return _dumps(_inspect(request, request.get("source", "")))


def prepare(source, seed, prompts):
    """Sets up a fresh `__main__`, `input()` and the seed, then compiles the program.

    Returns `(namespace, code)`; raises the program's `SyntaxError`.
    """
    _random.seed(seed)
    if prompts == "hide":
        _builtins.input = _input_hiding_prompt
    elif prompts == "transcript":
        _builtins.input = _input_transcript
    else:
        _builtins.input = _real_input
    module = _types.ModuleType("__main__")
    module.__file__ = FILENAME
    # As CPython's own __main__ has it: C code that imports (datetime.strptime) looks for it.
    module.__builtins__ = _builtins
    _sys.modules["__main__"] = module
    _linecache.cache[FILENAME] = (_len(source), None, source.splitlines(True), FILENAME)
    code = _compile(source, FILENAME, "exec", dont_inherit=True)
    return module.__dict__, code


def expected_value(text):
    """A function test's expected value, read from the pack's Python text."""
    return _eval(_compile(text, "<expected>", "eval", dont_inherit=True),
                 {"__builtins__": _builtins})


def compile_test(expr):
    """The test expression (e.g. `add(2, 3)`), compiled to run in the program's namespace."""
    return _compile(expr, "<test>", "eval", dont_inherit=True)


called_name = _called_name


def describe(exc, namespace):
    """The error as a dict, for the host to explain (see `_describe`). The C side keeps only
    the fields it knows, of the right types."""
    return _describe(exc, namespace)


def request(request_json):
    """The host's request as `(mode, source, seed, prompts, expr, expected)`."""
    r = _loads(request_json)
    call = r.get("call") or {}
    return (
        _str(r.get("mode", "run")),
        _str(r.get("source", "")),
        int(r.get("seed", 0)),
        _str(r.get("prompts", "terminal")),
        _str(call.get("expr", "")),
        _str(call.get("expected", "")),
    )
