"""Slate's standard library in memory: loaded once, when the snapshot is taken.

At run time a learner's program can see no files at all, so the standard library cannot be
read from a folder as CPython normally does. While the snapshot is taken, the library is
mapped read-only at /lib/python3.13; this module compiles every module Slate ships, keeps
the compiled code in memory (marshalled), and puts a finder first on `sys.meta_path` that
imports from there. The snapshot keeps it all, so `import fractions` in a learner's program
needs no file, and no host path is ever visible: `__file__` names the module's place in
CPython's own layout (/lib/python3.13/...).

Modules that cannot work in the sandbox (no processes, sockets, threads or GUI), or that
only Python's own developers use, are left out, so importing them says "No module named".
"""

import marshal as _marshal
import os as _os
import sys as _sys
from importlib.machinery import ModuleSpec as _ModuleSpec

ROOT = "/lib/python3.13"

# Packages and modules left out (see the docstring).
SKIP = {
    "test", "idlelib", "tkinter", "turtledemo", "turtle", "ensurepip", "venv", "lib2to3",
    "multiprocessing", "concurrent", "asyncio", "curses", "dbm", "sqlite3", "ctypes",
    "xmlrpc", "wsgiref", "site-packages", "__phello__", "config-3.13-wasm32-wasi",
}

_modules = {}


def _load(path, name, is_package):
    with open(path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, path, "exec", dont_inherit=True)
    except SyntaxError:
        return  # a few files are templates, not modules
    _modules[name] = (_marshal.dumps(code), is_package, path)


def _walk(folder, prefix):
    for entry in sorted(_os.scandir(folder), key=lambda e: e.name):
        stem = entry.name[:-3] if entry.name.endswith(".py") else entry.name
        if stem in SKIP and not prefix:
            continue
        if entry.is_dir():
            init = _os.path.join(entry.path, "__init__.py")
            if entry.name in ("__pycache__",) or not _os.path.exists(init):
                continue
            name = prefix + entry.name
            _load(init, name, True)
            _walk(entry.path, name + ".")
        elif entry.name.endswith(".py"):
            _load(entry.path, prefix + stem, False)


class SlateStdlib:
    """Imports the standard library from memory (a meta path finder and loader)."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        entry = _modules.get(name)
        if entry is None:
            return None
        spec = _ModuleSpec(name, cls, origin=entry[2], is_package=entry[1])
        spec.has_location = True
        if entry[1]:
            spec.submodule_search_locations = [entry[2].rpartition("/")[0]]
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        entry = _modules[module.__spec__.name]
        exec(_marshal.loads(entry[0]), module.__dict__)

    @staticmethod
    def is_package(name):
        return _modules[name][1]

    @staticmethod
    def get_source(name):
        return None


_walk(ROOT, "")
_sys.meta_path.insert(0, SlateStdlib)
# Nothing is on disk at run time: no folder to search, no cache to fill.
_sys.path[:] = []
_sys.path_importer_cache.clear()
