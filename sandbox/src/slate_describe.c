/* Wording errors: the driver's description when it can give one, a native one otherwise.
 *
 * After the learner's code has run, the Python driver may have been patched, so what it
 * says is treated as wording only: `describe` restores the built-ins (a program may have
 * emptied them), asks the driver, keeps only the fields the host reads with the right types
 * (`sanitise`), and falls back to `native_description`, made from the exception and its
 * traceback without running any Python. Nothing here changes a verdict.
 */
#include "slate.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The longest message kept in a native description. */
#define MAX_MESSAGE 2000
/* The longest text kept in an error description. */
#define MAX_TEXT 20000
/* The most names kept for "did you mean", and the longest. */
#define MAX_NAMES 5000
#define MAX_NAME 200
/* Frames kept from each end of a long traceback. */
#define SHOWN_FRAMES 10
#define FILENAME "main.py"

Describer DESCRIBER = {NULL, NULL, NULL};

void write_stderr(const char *text) {
    size_t n = strlen(text);
    while (n > 0) {
        ssize_t w = write(2, text, n);
        if (w <= 0) return;
        text += w;
        n -= (size_t)w;
    }
}

void flush_python_output(void) {
    const char *names[] = {"stdout", "stderr"};
    for (int i = 0; i < 2; i++) {
        PyObject *stream = PySys_GetObject(names[i]); /* borrowed */
        if (stream == NULL || stream == Py_None) continue;
        PyObject *r = PyObject_CallMethod(stream, "flush", NULL);
        Py_XDECREF(r);
        PyErr_Clear();
    }
}

/* Puts back the built-ins as the snapshot had them. */
static void restore_builtins(void) {
    if (DESCRIBER.builtins == NULL || DESCRIBER.builtins_copy == NULL) return;
    PyDict_Clear(DESCRIBER.builtins);
    if (PyDict_Update(DESCRIBER.builtins, DESCRIBER.builtins_copy) < 0) PyErr_Clear();
}

/* ---- The driver's description, checked ---- */

/* A value from the driver's dict (borrowed), or NULL; the callers check its type. */
static PyObject *item(PyObject *dict, const char *key) {
    PyObject *v = PyDict_GetItemString(dict, key); /* borrowed */
    if (PyErr_Occurred()) PyErr_Clear();
    return v;
}

static void text_or_null(Buf *b, PyObject *v, size_t max) {
    char *text = exact_str(v, max);
    if (text) {
        buf_json_cstr(b, text);
        free(text);
    } else {
        buf_lit(b, "null");
    }
}

static int number(PyObject *v, unsigned long *out) {
    if (v == NULL || !PyLong_CheckExact(v)) return 0;
    int overflow = 0;
    long long n = PyLong_AsLongLongAndOverflow(v, &overflow);
    if (overflow || n < 0 || n > 0xFFFFFFFFLL) {
        PyErr_Clear();
        return 0;
    }
    *out = (unsigned long)n;
    return 1;
}

static void number_or_null(Buf *b, PyObject *v) {
    unsigned long n;
    if (number(v, &n))
        buf_fmt(b, "%lu", n);
    else
        buf_lit(b, "null");
}

/* The description as JSON, and its traceback text (read once, for the echo), or NULL when
 * `d` is not a description at all. */
static char *sanitise(PyObject *d, char **traceback_out) {
    if (d == NULL || !PyDict_CheckExact(d)) return NULL;
    char *kind = exact_str(item(d, "type"), MAX_TEXT);
    if (kind == NULL) return NULL;
    Buf b = {0};
    buf_lit(&b, "{\"type\": ");
    buf_json_cstr(&b, kind);
    free(kind);
    buf_lit(&b, ", \"message\": ");
    char *message = exact_str(item(d, "message"), MAX_TEXT);
    buf_json_cstr(&b, message ? message : "");
    free(message);
    const char *numbers[] = {"line", "column", "end_column"};
    for (int i = 0; i < 3; i++) {
        buf_fmt(&b, ", \"%s\": ", numbers[i]);
        number_or_null(&b, item(d, numbers[i]));
    }
    buf_lit(&b, ", \"source_line\": ");
    text_or_null(&b, item(d, "source_line"), MAX_TEXT);
    buf_lit(&b, ", \"frames\": [");
    PyObject *frames = item(d, "frames");
    int first = 1;
    if (frames && PyList_CheckExact(frames)) {
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(frames); i++) {
            PyObject *f = PyList_GET_ITEM(frames, i);
            unsigned long line;
            if (!PyDict_CheckExact(f) || !number(item(f, "line"), &line)) continue;
            if (!first) buf_lit(&b, ", ");
            first = 0;
            buf_fmt(&b, "{\"line\": %lu, \"function\": ", line);
            char *function = exact_str(item(f, "function"), MAX_TEXT);
            buf_json_cstr(&b, function ? function : "");
            free(function);
            buf_lit(&b, ", \"column\": ");
            number_or_null(&b, item(f, "column"));
            buf_lit(&b, ", \"end_column\": ");
            number_or_null(&b, item(f, "end_column"));
            buf_lit(&b, ", \"source_line\": ");
            text_or_null(&b, item(f, "source_line"), MAX_TEXT);
            buf_lit(&b, "}");
        }
    }
    buf_lit(&b, "], \"names\": ");
    PyObject *names = item(d, "names");
    if (names && PyList_CheckExact(names)) {
        buf_lit(&b, "[");
        Py_ssize_t kept = 0;
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(names) && kept < MAX_NAMES; i++) {
            char *name = exact_str(PyList_GET_ITEM(names, i), MAX_NAME);
            if (name == NULL) continue;
            if (kept++) buf_lit(&b, ", ");
            buf_json_cstr(&b, name);
            free(name);
        }
        buf_lit(&b, "]");
    } else {
        buf_lit(&b, "null");
    }
    /* For an IndexError: the length and the position asked for (which may be negative). */
    unsigned long length;
    PyObject *index = item(d, "index");
    if (number(item(d, "length"), &length) && index && PyLong_CheckExact(index)) {
        int overflow = 0;
        long long i = PyLong_AsLongLongAndOverflow(index, &overflow);
        if (!overflow && !(i == -1 && PyErr_Occurred()))
            buf_fmt(&b, ", \"length\": %lu, \"index\": %lld", length, i);
        PyErr_Clear();
    }
    buf_lit(&b, ", \"attribute_of\": ");
    text_or_null(&b, item(d, "attribute_of"), MAX_TEXT);
    buf_lit(&b, ", \"traceback\": ");
    char *traceback = exact_str(item(d, "traceback"), MAX_TEXT);
    buf_json_cstr(&b, traceback ? traceback : "");
    *traceback_out = traceback;
    buf_lit(&b, "}");
    if (PyErr_Occurred()) PyErr_Clear();
    return buf_take(&b);
}

/* ---- The native description ---- */

typedef struct {
    long line;
    char *function;
} Entry;

static const char *nth_line(const char *source, long line, size_t *len) {
    const char *p = source;
    for (long i = 1; i < line && p; i++) {
        p = strchr(p, '\n');
        if (p) p++;
    }
    if (p == NULL || line < 1) return NULL;
    const char *end = strchr(p, '\n');
    *len = end ? (size_t)(end - p) : strlen(p);
    return p;
}

char *native_description(PyObject *exc, const char *source, char **traceback_out) {
    PyObject *type_name = PyType_GetName(Py_TYPE(exc));
    char *kind = exact_str(type_name, 200);
    Py_XDECREF(type_name);
    PyErr_Clear();
    char *message = NULL;
    PyObject *args = PyException_GetArgs(exc);
    if (args && PyTuple_CheckExact(args) && PyTuple_GET_SIZE(args) == 1)
        message = exact_str(PyTuple_GET_ITEM(args, 0), MAX_MESSAGE);
    Py_XDECREF(args);

    /* The learner's frames, outermost first; the first and last ten of a deep recursion. */
    Entry *entries = NULL;
    size_t n = 0, cap = 0;
    PyObject *tb = PyException_GetTraceback(exc);
    while (tb != NULL && tb != Py_None && PyTraceBack_Check(tb)) {
        PyFrameObject *frame = ((PyTracebackObject *)tb)->tb_frame;
        PyCodeObject *code = frame ? PyFrame_GetCode(frame) : NULL;
        if (code && PyUnicode_Check(code->co_filename) &&
            PyUnicode_CompareWithASCIIString(code->co_filename, FILENAME) == 0) {
            PyObject *line = PyObject_GetAttrString(tb, "tb_lineno");
            long lineno = line ? PyLong_AsLong(line) : -1;
            Py_XDECREF(line);
            PyErr_Clear();
            if (n == cap) {
                cap = cap ? cap * 2 : 16;
                entries = realloc(entries, cap * sizeof *entries);
            }
            entries[n].line = lineno;
            entries[n].function = exact_str(code->co_name, 200);
            n++;
        }
        Py_XDECREF(code);
        PyObject *next = (PyObject *)((PyTracebackObject *)tb)->tb_next;
        Py_XINCREF(next);
        Py_DECREF(tb);
        tb = next;
    }
    Py_XDECREF(tb);

    Buf frames = {0}, traceback = {0};
    long last_line = -1;
    if (n) buf_lit(&traceback, "Traceback (most recent call last):\n");
    for (size_t i = 0; i < n; i++) {
        if (n > 2 * SHOWN_FRAMES && i >= SHOWN_FRAMES && i < n - SHOWN_FRAMES) continue;
        size_t len = 0;
        const char *text = nth_line(source, entries[i].line, &len);
        const char *function = entries[i].function ? entries[i].function : "";
        if (frames.len) buf_lit(&frames, ", ");
        buf_fmt(&frames, "{\"line\": %ld, \"function\": ", entries[i].line);
        buf_json_cstr(&frames, function);
        buf_lit(&frames, ", \"source_line\": ");
        if (text)
            buf_json_str(&frames, text, len, 300);
        else
            buf_lit(&frames, "null");
        buf_lit(&frames, "}");
        buf_fmt(&traceback, "  File \"%s\", line %ld, in %s\n", FILENAME, entries[i].line, function);
        if (text) {
            while (len && (*text == ' ' || *text == '\t')) text++, len--;
            buf_lit(&traceback, "    ");
            buf_raw(&traceback, text, len);
            buf_lit(&traceback, "\n");
        }
        last_line = entries[i].line;
    }
    buf_fmt(&traceback, "%s%s%s\n", kind ? kind : "Exception", message && *message ? ": " : "",
            message ? message : "");

    Buf b = {0};
    buf_lit(&b, "{\"type\": ");
    buf_json_cstr(&b, kind ? kind : "Exception");
    buf_lit(&b, ", \"message\": ");
    buf_json_cstr(&b, message ? message : "");
    if (last_line >= 0) {
        size_t len = 0;
        const char *text = nth_line(source, last_line, &len);
        buf_fmt(&b, ", \"line\": %ld, \"source_line\": ", last_line);
        if (text)
            buf_json_str(&b, text, len, 300);
        else
            buf_lit(&b, "null");
    }
    buf_lit(&b, ", \"frames\": [");
    if (frames.data) buf_lit(&b, frames.data);
    buf_lit(&b, "], \"traceback\": ");
    buf_json_cstr(&b, traceback.data ? traceback.data : "");
    buf_lit(&b, "}");
    for (size_t i = 0; i < n; i++) free(entries[i].function);
    free(entries);
    free(frames.data);
    if (traceback_out)
        *traceback_out = traceback.data;
    else
        free(traceback.data);
    free(kind);
    free(message);
    return buf_take(&b);
}

char *describe(PyObject *exc, PyObject *namespace, const char *source, int echo) {
    restore_builtins();
    PyObject *described = NULL;
    if (DESCRIBER.describe)
        described = PyObject_CallFunctionObjArgs(DESCRIBER.describe, exc,
                                                 namespace ? namespace : Py_None, NULL);
    PyErr_Clear();
    char *traceback = NULL;
    char *json = sanitise(described, &traceback);
    Py_XDECREF(described);
    if (json == NULL) json = native_description(exc, source, &traceback);
    if (echo && traceback) {
        flush_python_output();
        write_stderr(traceback);
    }
    free(traceback);
    return json;
}
