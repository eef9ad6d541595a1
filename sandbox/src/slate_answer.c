/* The answer to the host and the JSON text it is written in.
 *
 * The answer is one global (`ANSWER`) kept up to date as the run goes, together with the
 * phase of the run (`PHASE`), so that `os._exit` from anywhere reports the answer as it
 * stands, never something better. `finish` writes it as JSON (the host's `GuestAnswer` in
 * src/sandbox.rs), hands it over through the `slate.report` import and ends the process.
 */
#include "slate.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__attribute__((import_module("slate"), import_name("report"))) extern void
slate_report(const char *ptr, unsigned len);

Answer ANSWER = {"ok", 0, NULL, NULL, 0, NULL, NULL, NULL, NULL, NULL, NULL};
Phase PHASE = PHASE_PROGRAM;

static void grow(Buf *b, size_t more) {
    if (b->len + more + 1 <= b->cap) return;
    size_t cap = b->cap ? b->cap * 2 : 256;
    while (cap < b->len + more + 1) cap *= 2;
    char *data = realloc(b->data, cap);
    if (!data) abort();
    b->data = data;
    b->cap = cap;
}

void buf_raw(Buf *b, const char *s, size_t n) {
    grow(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = 0;
}

void buf_lit(Buf *b, const char *s) { buf_raw(b, s, strlen(s)); }

void buf_fmt(Buf *b, const char *fmt, ...) {
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        buf_raw(b, small, (size_t)n);
        return;
    }
    grow(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void buf_json_str(Buf *b, const char *s, size_t n, size_t max) {
    static const char hex[] = "0123456789abcdef";
    size_t chars = 0;
    buf_lit(b, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) != 0x80) {
            if (chars == max) {
                buf_lit(b, "...");
                break;
            }
            chars++;
        }
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            buf_raw(b, esc, 2);
        } else if (c == '\n') {
            buf_lit(b, "\\n");
        } else if (c < 0x20 || c == 0x7f) {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            buf_raw(b, esc, 6);
        } else {
            buf_raw(b, (const char *)&s[i], 1);
        }
    }
    buf_lit(b, "\"");
}

void buf_json_cstr(Buf *b, const char *s) { buf_json_str(b, s, strlen(s), (size_t)-1); }

char *exact_str(PyObject *obj, size_t max) {
    if (obj == NULL || !PyUnicode_CheckExact(obj)) return NULL;
    PyObject *bytes = PyUnicode_AsEncodedString(obj, "utf-8", "replace");
    if (bytes == NULL) {
        PyErr_Clear();
        return NULL;
    }
    Buf b = {0};
    const char *s = PyBytes_AS_STRING(bytes);
    size_t n = (size_t)PyBytes_GET_SIZE(bytes), chars = 0, i = 0;
    for (; i < n; i++) {
        if (((unsigned char)s[i] & 0xC0) != 0x80 && chars++ == max) break;
    }
    buf_raw(&b, s, i);
    if (i < n) buf_lit(&b, "...");
    Py_DECREF(bytes);
    return buf_take(&b);
}

void buf_json_pystr(Buf *b, PyObject *s, size_t max) {
    char *text = exact_str(s, max);
    buf_json_cstr(b, text ? text : "");
    free(text);
}

char *buf_take(Buf *b) {
    if (b->data == NULL) grow(b, 0);
    char *data = b->data;
    b->data = NULL;
    b->len = b->cap = 0;
    return data;
}

void answer_set(char **slot, char *value) {
    free(*slot);
    *slot = value;
}

void answer_exited(int code) {
    ANSWER.exit_code = code & 0xFF;
    ANSWER.status = ANSWER.exit_code == 0 ? "ok" : "exit";
}

void answer_internal(const char *what) {
    Buf b = {0};
    buf_lit(&b, "{\"type\": \"InternalError\", \"message\": ");
    buf_json_cstr(&b, what);
    buf_lit(&b, ", \"traceback\": \"\"}");
    ANSWER.status = "internal";
    ANSWER.exit_code = 70;
    answer_set(&ANSWER.error, buf_take(&b));
    ANSWER.has_call = 0;
}

static void field(Buf *b, const char *name, const char *json) {
    buf_fmt(b, "\"%s\": %s", name, json ? json : "null");
}

static void text_field(Buf *b, const char *name, const char *text) {
    buf_fmt(b, "\"%s\": ", name);
    if (text)
        buf_json_cstr(b, text);
    else
        buf_lit(b, "null");
}

static char *to_json(void) {
    Buf b = {0};
    buf_lit(&b, "{\"status\": ");
    buf_json_cstr(&b, ANSWER.status);
    buf_fmt(&b, ", \"exit_code\": %d, ", ANSWER.exit_code);
    field(&b, "error", ANSWER.error);
    buf_lit(&b, ", ");
    field(&b, "inspect", ANSWER.inspect);
    if (ANSWER.has_call) {
        buf_lit(&b, ", \"call\": {");
        text_field(&b, "actual", ANSWER.actual);
        buf_lit(&b, ", ");
        text_field(&b, "expected", ANSWER.expected);
        buf_lit(&b, ", ");
        text_field(&b, "missing", ANSWER.missing);
        buf_lit(&b, ", ");
        field(&b, "error", ANSWER.call_error);
        buf_lit(&b, "}, \"values\": {");
        field(&b, "actual", ANSWER.actual_value);
        buf_lit(&b, ", ");
        field(&b, "expected", ANSWER.expected_value);
        buf_lit(&b, "}}");
    } else {
        buf_lit(&b, ", \"call\": null, \"values\": null}");
    }
    return buf_take(&b);
}

_Noreturn void finish(void) {
    PHASE = PHASE_SETTLED;
    static int finishing = 0;
    if (!finishing) {
        /* Output the program printed comes before the end; flushing may run a program's
         * own stream object, which can at most end the run with this same answer. */
        finishing = 1;
        flush_python_output();
    }
    char *json = to_json();
    slate_report(json, (unsigned)strlen(json));
    _Exit(ANSWER.exit_code);
}
