/* Slate's Python runtime, the guest side of the sandbox: shared declarations.
 *
 * This program is CPython 3.13 built for wasm32-wasip1 with Slate's own entry point in
 * place of CPython's `main` (see sandbox/cpython/build.sh). It only ever runs inside
 * Slate's wasmtime sandbox. At build time `wizer-initialize` starts the interpreter, loads
 * the standard library into memory (stdlib.py), loads the Python driver (driver.py) and
 * installs the native hooks; the memory is then snapshotted, so each run starts with a
 * ready interpreter in a few milliseconds.
 *
 * At run time `main` asks the host for a request (JSON: the learner's program, the seed,
 * what to do with it) through the `slate` imports, runs it, and sends the answer back. The
 * answer's verdict (how the program ended, the values a function test compares) is made by
 * this C code from the interpreter's real results; the driver only prepares a run before
 * any learner code has run, and words errors afterwards.
 *
 * Files: slate_main.c (start-up, the run, hooks), slate_answer.c (the answer and JSON
 * text), slate_encode.c (values for the host to compare), slate_describe.c (wording
 * errors: the driver's description, checked, or a native one).
 */
#ifndef SLATE_H
#define SLATE_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stddef.h>

/* ---- JSON text (slate_answer.c) ---- */

typedef struct {
    char *data;
    size_t len, cap;
} Buf;

void buf_raw(Buf *b, const char *s, size_t n);
void buf_lit(Buf *b, const char *s);
void buf_fmt(Buf *b, const char *fmt, ...);
/* A JSON string with these UTF-8 bytes, cut to `max` characters ("..." added). */
void buf_json_str(Buf *b, const char *s, size_t n, size_t max);
/* A JSON string from a C string. */
void buf_json_cstr(Buf *b, const char *s);
/* A JSON string from a Python str (lossy for lone surrogates); "" when not a str. Runs
 * no Python code. */
void buf_json_pystr(Buf *b, PyObject *s, size_t max);
char *buf_take(Buf *b);

/* UTF-8 text of an object that is exactly a str (lossy), or NULL. Runs no Python code. */
char *exact_str(PyObject *obj, size_t max);

/* ---- The answer (slate_answer.c) ---- */

typedef enum { PHASE_PROGRAM, PHASE_CALL, PHASE_SETTLED } Phase;

typedef struct {
    const char *status; /* "ok", "exit", "exception", "internal" */
    int exit_code;
    char *error;   /* JSON text or NULL */
    char *inspect; /* JSON text or NULL */
    int has_call;
    char *actual, *expected, *missing; /* plain UTF-8 text or NULL */
    char *call_error;                 /* JSON text or NULL */
    char *actual_value, *expected_value; /* JSON text or NULL */
} Answer;

/* The one answer of this run, as it stands, and the phase of the run: `os._exit` from
 * anywhere reports exactly this. */
extern Answer ANSWER;
extern Phase PHASE;

void answer_set(char **slot, char *value);
void answer_exited(int code);
/* Flushes Python's output, sends the answer and ends the process: nothing the learner's
 * program does can run after this. */
_Noreturn void finish(void);
void answer_internal(const char *what);

/* ---- Values (slate_encode.c) ---- */

#define BUDGET_EXPECTED ((size_t)2 << 20)
#define BUDGET_FLOOR ((size_t)1 << 20)
/* The value as JSON for the host; `*cost` is what it cost of `budget`. */
char *encode_value(PyObject *value, size_t budget, size_t *cost);

/* ---- Errors (slate_describe.c) ---- */

typedef struct {
    PyObject *describe;     /* driver.describe(exc, namespace) -> dict */
    PyObject *builtins;     /* the live builtins dict */
    PyObject *builtins_copy; /* the built-ins as the snapshot has them */
} Describer;

extern Describer DESCRIBER;

/* A description made without running any Python. */
char *native_description(PyObject *exc, const char *source, char **traceback);
/* The driver's description (built-ins restored first), checked field by field, or the
 * native one when that fails. With `echo`, the traceback goes to stderr. */
char *describe(PyObject *exc, PyObject *namespace, const char *source, int echo);
void flush_python_output(void);
void write_stderr(const char *text);

#endif
