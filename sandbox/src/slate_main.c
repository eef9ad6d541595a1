/* Start-up, one run, and the native hooks (see slate.h for the whole guest).
 *
 * `wizer-initialize` (called once, at build time) starts CPython, loads the standard
 * library into memory and the driver, and installs the hooks:
 * - `os._exit` ends the program at once, as in Python, but reports first: in the program it
 *   is an end with that exit status (and a function test's call, which can no longer be
 *   made, gets an error); during the call it is the call's error; once the verdict is made
 *   it reports exactly that, so no program can exit its way to a better mark;
 * - `sys.setrecursionlimit` accepts at most RECURSION_CAP, so deep recursion stops with
 *   Python's own RecursionError (with the learner's traceback) inside the memory limit.
 *
 * `main` runs one request: the driver (untouched, since no learner code has run yet) reads
 * it, sets up `__main__` and compiles the program; this file runs the compiled program and
 * the test expression itself and makes the verdict from the interpreter's real results.
 */
#include "slate.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__((import_module("slate"), import_name("request_len"))) extern unsigned
slate_request_len(void);
__attribute__((import_module("slate"), import_name("request_read"))) extern void
slate_request_read(char *ptr);

/* The highest recursion limit a program can set (the default stays 1000, as in CPython). */
#define RECURSION_CAP 100000
/* The longest repr sent for a test's values. */
#define MAX_REPR 2000
/* Where the snapshot's Python sources are mapped while it is taken (never at run time). */
#define SLATE_DIR "/slate"
#define STDLIB_DIR "/lib/python3.13"

static int READY = 0;

/* The driver's functions, captured at snapshot time: a program can rebind the driver's
 * globals, not these references. */
static struct {
    PyObject *request, *prepare, *expected_value, *compile_test, *called_name, *inspect;
} DRIVER;
static PyObject *SET_LIMIT; /* the interpreter's own sys.setrecursionlimit */

/* ---- Start-up (at snapshot time) ---- */

_Noreturn static void init_failed(const char *what) {
    fprintf(stderr, "Slate's Python failed to start: %s\n", what);
    if (PyErr_Occurred()) PyErr_Print();
    abort();
}

static char *read_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) init_failed(path);
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_raw(&b, chunk, n);
    fclose(f);
    return buf_take(&b);
}

/* Runs a Python file of Slate's in a fresh namespace and returns that namespace. */
static PyObject *run_file(const char *path, const char *name) {
    char *source = read_file(path);
    PyObject *globals = PyDict_New();
    if (globals == NULL || PyDict_SetItemString(globals, "__builtins__", PyEval_GetBuiltins()) < 0)
        init_failed(name);
    PyObject *module_name = PyUnicode_FromString(name);
    PyDict_SetItemString(globals, "__name__", module_name);
    Py_XDECREF(module_name);
    PyObject *code = Py_CompileString(source, name, Py_file_input);
    free(source);
    if (code == NULL) init_failed(name);
    PyObject *r = PyEval_EvalCode(code, globals, globals);
    Py_DECREF(code);
    if (r == NULL) init_failed(name);
    Py_DECREF(r);
    return globals;
}

static PyObject *get(PyObject *ns, const char *name) {
    PyObject *v = PyDict_GetItemString(ns, name);
    if (v == NULL) init_failed(name);
    return Py_NewRef(v);
}

static PyObject *native_exit(PyObject *self, PyObject *arg);
static PyObject *capped_setrecursionlimit(PyObject *self, PyObject *arg);
static PyMethodDef EXIT_DEF = {"_exit", native_exit, METH_O, "Exit to the system with the given status, without normal exit processing."};
static PyMethodDef LIMIT_DEF = {"setrecursionlimit", capped_setrecursionlimit, METH_O,
                                "Set the maximum depth of the Python interpreter stack to n."};

static void install_hooks(void) {
    PyObject *exit_fn = PyCFunction_New(&EXIT_DEF, NULL);
    const char *modules[] = {"os", "posix"};
    for (int i = 0; i < 2; i++) {
        PyObject *m = PyImport_ImportModule(modules[i]);
        if (m == NULL || PyObject_SetAttrString(m, "_exit", exit_fn) < 0) init_failed(modules[i]);
        Py_DECREF(m);
    }
    Py_DECREF(exit_fn);
    PyObject *sys = PyImport_ImportModule("sys");
    if (sys == NULL) init_failed("sys");
    SET_LIMIT = PyObject_GetAttrString(sys, "setrecursionlimit");
    PyObject *capped = PyCFunction_New(&LIMIT_DEF, NULL);
    if (SET_LIMIT == NULL || capped == NULL || PyObject_SetAttrString(sys, "setrecursionlimit", capped) < 0)
        init_failed("setrecursionlimit");
    Py_DECREF(capped);
    Py_DECREF(sys);
}

static void slate_init(void) {
    if (READY) return;
    PyPreConfig pre;
    PyPreConfig_InitIsolatedConfig(&pre);
    pre.utf8_mode = 1;
    PyStatus status = Py_PreInitialize(&pre);
    if (PyStatus_Exception(status)) init_failed("preinitialise");

    PyConfig config;
    PyConfig_InitIsolatedConfig(&config);
    config.use_hash_seed = 1; /* the same set and dict orders on every machine */
    config.hash_seed = 0;
    config.buffered_stdio = 0; /* output reaches the host as soon as it is written */
    config.site_import = 0;
    config.write_bytecode = 0;
    config.install_signal_handlers = 0;
    config.user_site_directory = 0;
    config.safe_path = 1;
    config.parse_argv = 0;
    config.pathconfig_warnings = 0;
    config.module_search_paths_set = 1;
    wchar_t *argv[] = {L"main.py"};
    status = PyConfig_SetArgv(&config, 1, argv);
    if (!PyStatus_Exception(status))
        status = PyWideStringList_Append(&config.module_search_paths, L"" STDLIB_DIR);
    if (!PyStatus_Exception(status)) status = PyConfig_SetString(&config, &config.home, L"/");
    if (!PyStatus_Exception(status)) status = Py_InitializeFromConfig(&config);
    PyConfig_Clear(&config);
    if (PyStatus_Exception(status)) init_failed(status.err_msg ? status.err_msg : "initialise");

    /* The standard library, into memory: at run time no file is visible to the program. */
    PyObject *stdlib = run_file(SLATE_DIR "/stdlib.py", "<slate-stdlib>");
    Py_DECREF(stdlib);
    PyObject *driver = run_file(SLATE_DIR "/driver.py", "<slate>");
    DRIVER.request = get(driver, "request");
    DRIVER.prepare = get(driver, "prepare");
    DRIVER.expected_value = get(driver, "expected_value");
    DRIVER.compile_test = get(driver, "compile_test");
    DRIVER.called_name = get(driver, "called_name");
    DRIVER.inspect = get(driver, "inspect");
    DESCRIBER.describe = get(driver, "describe");
    Py_DECREF(driver);
    install_hooks();
    DESCRIBER.builtins = Py_NewRef(PyEval_GetBuiltins());
    DESCRIBER.builtins_copy = PyDict_Copy(DESCRIBER.builtins);
    /* Everything made so far lives as long as the snapshot: the collector need not look at
     * it again in every run. */
    PyObject *gc = PyImport_ImportModule("gc");
    PyObject *r = gc ? PyObject_CallMethod(gc, "collect", NULL) : NULL;
    Py_XDECREF(r);
    r = gc ? PyObject_CallMethod(gc, "freeze", NULL) : NULL;
    if (r == NULL) init_failed("gc");
    Py_DECREF(r);
    Py_DECREF(gc);
    /* Nothing written while starting may wait in a buffer to come out in a learner's run. */
    flush_python_output();
    READY = 1;
}

__attribute__((export_name("wizer-initialize"))) void wizer_initialize(void) { slate_init(); }

/* ---- Hooks ---- */

static char *call_error_json(const char *message) {
    Buf b = {0};
    buf_lit(&b, "{\"type\": \"SystemExit\", \"message\": ");
    buf_json_cstr(&b, message);
    buf_lit(&b, "}");
    return buf_take(&b);
}

static PyObject *native_exit(PyObject *self, PyObject *arg) {
    (void)self;
    int status = PyLong_AsInt(arg);
    if (status == -1 && PyErr_Occurred()) return NULL;
    switch (PHASE) {
    case PHASE_PROGRAM:
        answer_exited(status);
        /* A function test's call can no longer be made; after a non-zero exit there is no
         * call at all, as after sys.exit(3). */
        if (ANSWER.exit_code != 0) ANSWER.has_call = 0;
        if (ANSWER.has_call)
            answer_set(&ANSWER.call_error,
                       call_error_json("the program ended before the function could be called"));
        break;
    case PHASE_CALL:
        answer_set(&ANSWER.call_error, call_error_json("the function ended the program"));
        break;
    case PHASE_SETTLED:
        break;
    }
    finish();
}

static PyObject *capped_setrecursionlimit(PyObject *self, PyObject *arg) {
    (void)self;
    int limit = PyLong_AsInt(arg);
    if (limit == -1 && PyErr_Occurred()) return NULL;
    PyObject *capped = PyLong_FromLong(limit < RECURSION_CAP ? limit : RECURSION_CAP);
    if (capped == NULL) return NULL;
    PyObject *r = PyObject_CallOneArg(SET_LIMIT, capped);
    Py_DECREF(capped);
    return r;
}

/* ---- One run ---- */

/* `repr(value)`, shortened; a failing __repr__ is described instead. */
static char *repr_of(PyObject *value) {
    PyObject *r = PyObject_Repr(value);
    char *text = exact_str(r, MAX_REPR);
    Py_XDECREF(r);
    if (text) return text;
    PyObject *exc = PyErr_GetRaisedException();
    PyObject *type_name = PyType_GetName(Py_TYPE(value));
    PyObject *exc_name = exc ? PyType_GetName(Py_TYPE(exc)) : NULL;
    char *t = exact_str(type_name, 200), *e = exact_str(exc_name, 200);
    PyErr_Clear();
    Buf b = {0};
    buf_fmt(&b, "<%s (its repr failed: %s)>", t ? t : "object", e ? e : "error");
    free(t);
    free(e);
    Py_XDECREF(type_name);
    Py_XDECREF(exc_name);
    Py_XDECREF(exc);
    return buf_take(&b);
}

/* The exit status a SystemExit asks for, as CPython computes it: None is 0, an int is
 * itself, anything else is printed to stderr and gives 1. */
static int exit_status(PyObject *exc) {
    PyObject *code = PyObject_GetAttrString(exc, "code");
    if (code == NULL) {
        PyErr_Clear();
        return 1;
    }
    int status = 1;
    if (code == Py_None) {
        status = 0;
    } else if (PyLong_Check(code)) {
        int overflow = 0;
        long long v = PyLong_AsLongLongAndOverflow(code, &overflow);
        status = overflow ? 0xFF : (int)(v & 0xFF);
        PyErr_Clear();
    } else {
        PyObject *text = PyObject_Str(code);
        char *s = exact_str(text, 20000);
        Py_XDECREF(text);
        PyErr_Clear();
        flush_python_output();
        if (s) {
            write_stderr(s);
            write_stderr("\n");
        }
        free(s);
    }
    Py_DECREF(code);
    return status;
}

/* Words an error after learner code has run: the native description is the answer first,
 * then the driver is asked for a better one. */
static void describe_settled(PyObject *exc, PyObject *ns, const char *source, char **slot, int echo) {
    answer_set(slot, native_description(exc, source, NULL));
    PHASE = PHASE_SETTLED;
    answer_set(slot, describe(exc, ns, source, echo));
}

static int is_system_exit(PyObject *exc) {
    return PyErr_GivenExceptionMatches(exc, PyExc_SystemExit);
}

/* A function test, prepared before the learner's program runs. */
typedef struct {
    char *expected_error;
    char *expected_json, *expected_repr;
    size_t expected_cost;
    PyObject *code, *code_error;
    PyObject *called;
} PreparedCall;

static PyObject *call1(PyObject *fn, PyObject *arg) { return PyObject_CallOneArg(fn, arg); }

static void prepare_call(PreparedCall *c, PyObject *expr, PyObject *expected) {
    memset(c, 0, sizeof *c);
    PyObject *value = call1(DRIVER.expected_value, expected);
    if (value == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        PyObject *text = exc ? PyObject_Str(exc) : NULL;
        char *s = exact_str(text, MAX_REPR);
        PyErr_Clear();
        Buf b = {0};
        buf_lit(&b, "the expected value could not be read: ");
        buf_lit(&b, s ? s : "");
        c->expected_error = buf_take(&b);
        free(s);
        Py_XDECREF(text);
        Py_XDECREF(exc);
    } else {
        c->expected_json = encode_value(value, BUDGET_EXPECTED, &c->expected_cost);
        c->expected_repr = repr_of(value);
        Py_DECREF(value);
    }
    c->code = call1(DRIVER.compile_test, expr);
    if (c->code == NULL) {
        c->code_error = PyErr_GetRaisedException();
    } else if (!PyCode_Check(c->code)) {
        Py_CLEAR(c->code);
        PyErr_SetString(PyExc_TypeError, "the test did not compile to code");
        c->code_error = PyErr_GetRaisedException();
    }
    PyObject *called = call1(DRIVER.called_name, expr);
    if (called && PyUnicode_CheckExact(called))
        c->called = called;
    else
        Py_XDECREF(called);
    PyErr_Clear();
}

static int defined(PyObject *dict, PyObject *name) {
    int found = PyDict_Contains(dict, name);
    PyErr_Clear();
    return found == 1;
}

/* Calls the function under test and records what it returned. */
static void run_call(PreparedCall *c, PyObject *ns, const char *source) {
    if (c->expected_error) {
        Buf b = {0};
        buf_lit(&b, "{\"type\": \"TestError\", \"message\": ");
        buf_json_cstr(&b, c->expected_error);
        buf_lit(&b, "}");
        answer_set(&ANSWER.call_error, buf_take(&b));
        return;
    }
    answer_set(&ANSWER.expected, c->expected_repr);
    answer_set(&ANSWER.expected_value, c->expected_json);
    c->expected_repr = c->expected_json = NULL;
    if (c->called && !defined(ns, c->called) && !defined(DESCRIBER.builtins_copy, c->called)) {
        answer_set(&ANSWER.missing, exact_str(c->called, 200));
        return;
    }
    if (c->code == NULL) {
        describe_settled(c->code_error, ns, source, &ANSWER.call_error, 0);
        return;
    }
    PHASE = PHASE_CALL;
    PyObject *returned = PyEval_EvalCode(c->code, ns, ns);
    if (returned != NULL) {
        /* Serialised before any more learner code (a __repr__) can run. */
        size_t budget = c->expected_cost * 2 > BUDGET_FLOOR ? c->expected_cost * 2 : BUDGET_FLOOR, cost;
        answer_set(&ANSWER.actual_value, encode_value(returned, budget, &cost));
        PyObject *type_name = PyType_GetName(Py_TYPE(returned));
        char *t = exact_str(type_name, 200);
        Py_XDECREF(type_name);
        PyErr_Clear();
        Buf b = {0};
        buf_fmt(&b, "<%s>", t ? t : "object");
        free(t);
        answer_set(&ANSWER.actual, buf_take(&b));
        PHASE = PHASE_SETTLED;
        answer_set(&ANSWER.actual, repr_of(returned));
        Py_DECREF(returned);
        return;
    }
    PyObject *exc = PyErr_GetRaisedException();
    if (is_system_exit(exc))
        answer_set(&ANSWER.call_error, call_error_json("the function ended the program"));
    else
        describe_settled(exc, ns, source, &ANSWER.call_error, 0);
    PHASE = PHASE_SETTLED;
    Py_XDECREF(exc);
}

static void run(PyObject *request_text) {
    /* Trusted: no learner code has run yet. */
    PyObject *req = call1(DRIVER.request, request_text);
    if (req == NULL || !PyTuple_CheckExact(req) || PyTuple_GET_SIZE(req) != 6) {
        PyErr_Clear();
        answer_internal("the request could not be read");
        return;
    }
    PyObject *mode = PyTuple_GET_ITEM(req, 0), *source_obj = PyTuple_GET_ITEM(req, 1);
    char *source = exact_str(source_obj, (size_t)-1);
    if (source == NULL) source = strdup("");
    if (PyUnicode_CompareWithASCIIString(mode, "inspect") == 0) {
        /* Code checks parse the program and never run it: the driver is untouched here. */
        PyObject *result = call1(DRIVER.inspect, request_text);
        if (result == NULL) {
            PyObject *exc = PyErr_GetRaisedException();
            ANSWER.status = "exception";
            ANSWER.exit_code = 1;
            answer_set(&ANSWER.error, describe(exc, NULL, "", 0));
            Py_XDECREF(exc);
        } else {
            char *json = exact_str(result, (size_t)-1);
            if (json)
                answer_set(&ANSWER.inspect, json);
            else
                answer_internal("the code check gave no answer");
            Py_DECREF(result);
        }
        free(source);
        Py_DECREF(req);
        return;
    }
    PyObject *prepared = PyObject_CallFunctionObjArgs(DRIVER.prepare, source_obj, PyTuple_GET_ITEM(req, 2),
                                                      PyTuple_GET_ITEM(req, 3), NULL);
    if (prepared == NULL) {
        /* A syntax error: the program never ran. */
        PyObject *exc = PyErr_GetRaisedException();
        ANSWER.status = "exception";
        ANSWER.exit_code = 1;
        answer_set(&ANSWER.error, describe(exc, NULL, source, 1));
        Py_XDECREF(exc);
        free(source);
        Py_DECREF(req);
        return;
    }
    PyObject *ns = NULL, *code = NULL;
    if (PyTuple_CheckExact(prepared) && PyTuple_GET_SIZE(prepared) == 2) {
        ns = PyTuple_GET_ITEM(prepared, 0);
        code = PyTuple_GET_ITEM(prepared, 1);
    }
    if (ns == NULL || !PyDict_CheckExact(ns) || !PyCode_Check(code)) {
        answer_internal("the driver prepared nothing");
        free(source);
        return;
    }
    int is_call = PyUnicode_CompareWithASCIIString(mode, "call") == 0;
    PreparedCall call;
    if (is_call) prepare_call(&call, PyTuple_GET_ITEM(req, 4), PyTuple_GET_ITEM(req, 5));

    /* The learner's program. */
    ANSWER.has_call = is_call;
    PHASE = PHASE_PROGRAM;
    PyObject *result = PyEval_EvalCode(code, ns, ns);
    if (result == NULL) {
        PyObject *exc = PyErr_GetRaisedException();
        if (is_system_exit(exc)) {
            answer_exited(exit_status(exc));
        } else {
            ANSWER.status = "exception";
            ANSWER.exit_code = 1;
            describe_settled(exc, ns, source, &ANSWER.error, 1);
        }
        Py_XDECREF(exc);
    }
    Py_XDECREF(result);
    PHASE = PHASE_SETTLED;
    if (strcmp(ANSWER.status, "ok") != 0) ANSWER.has_call = 0;
    if (is_call && ANSWER.has_call) run_call(&call, ns, source);
    PHASE = PHASE_SETTLED;
    free(source);
}

int main(void) {
    slate_init();
    unsigned len = slate_request_len();
    char *request = malloc((size_t)len + 1);
    if (request == NULL) abort();
    slate_request_read(request);
    request[len] = 0;
    PyObject *text = PyUnicode_DecodeUTF8(request, len, "replace");
    free(request);
    if (text == NULL)
        answer_internal("the request could not be read");
    else
        run(text);
    finish();
}
