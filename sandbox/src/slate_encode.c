/* Python values as data for the host, serialised by native code only.
 *
 * A function test's expected and returned values are walked here, in C, and sent to the
 * host, which compares them (src/sandbox/value.rs). Only objects of exactly the built-in
 * types None, bool, int, float, str, list, tuple, dict, set and frozenset are looked into;
 * anything else, subclasses included, becomes {"opaque": <type name>}, which the host never
 * treats as equal to anything. No Python code runs while walking (no __eq__, __repr__ or
 * __iter__ of the learner's), so a value cannot change or lie about itself while it is read.
 *
 * The JSON matches the host's `Value` enum: "none", {"bool": true}, {"int": "123"} (decimal
 * digits), {"float": "0.1"} (shortest round trip; "NaN", "inf", "-inf"), {"str": ...},
 * {"list": [...]}, {"tuple": [...]}, {"dict": [[key, value], ...]}, {"set": [...]},
 * {"frozen_set": [...]}.
 */
#include "slate.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Containers nested deeper than this (or a list that contains itself) are opaque. */
#define MAX_DEPTH 100
/* What one item costs besides its text. */
#define ITEM 16
/* Ints longer than this are too large to compare (about 90,000 decimal digits); turning
 * them into digits natively takes time that grows with the square of their length. */
#define MAX_INT_BITS 300000

typedef struct {
    size_t left;
    int too_large;
} Budget;

static int spend(Budget *budget, size_t cost) {
    if (budget->too_large || cost > budget->left) {
        budget->too_large = 1;
        return 0;
    }
    budget->left -= cost;
    return 1;
}

static void opaque(Buf *b, const char *what) {
    buf_lit(b, "{\"opaque\": ");
    buf_json_cstr(b, what);
    buf_lit(b, "}");
}

static void opaque_type(Buf *b, PyObject *obj) {
    PyObject *name = PyType_GetName(Py_TYPE(obj));
    char *text = exact_str(name, 200);
    if (name == NULL) PyErr_Clear();
    opaque(b, text ? text : "object");
    free(text);
    Py_XDECREF(name);
}

/* The decimal digits of an exact int, natively (CPython's own str() of a large int calls
 * Python code in the _pylong module, which a program could replace). */
static int int_digits(Buf *b, PyObject *obj, Budget *budget) {
    int overflow = 0;
    long long small = PyLong_AsLongLongAndOverflow(obj, &overflow);
    if (!overflow) {
        if (small == -1 && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
        char text[32];
        int n = snprintf(text, sizeof text, "%lld", small);
        if (!spend(budget, (size_t)n)) return 0;
        buf_lit(b, "{\"int\": \"");
        buf_raw(b, text, (size_t)n);
        buf_lit(b, "\"}");
        return 1;
    }
    int64_t nbits = (int64_t)_PyLong_NumBits(obj);
    if (nbits < 0 || nbits > MAX_INT_BITS) {
        PyErr_Clear();
        budget->too_large = 1;
        return 0;
    }
    /* Little-endian 32-bit limbs of the magnitude. */
    size_t nlimbs = (size_t)(nbits / 32 + 2);
    uint32_t *limbs = calloc(nlimbs, sizeof *limbs);
    if (limbs == NULL) return 0;
    int negative = overflow < 0;
    PyObject *magnitude = negative ? PyNumber_Negative(obj) : Py_NewRef(obj);
    if (magnitude == NULL ||
        PyLong_AsNativeBytes(magnitude, limbs, (Py_ssize_t)(nlimbs * 4),
                             Py_ASNATIVEBYTES_LITTLE_ENDIAN | Py_ASNATIVEBYTES_UNSIGNED_BUFFER) < 0) {
        PyErr_Clear();
        Py_XDECREF(magnitude);
        free(limbs);
        return 0;
    }
    Py_DECREF(magnitude);
    /* Repeatedly divide by 10^9, collecting nine digits at a time, least significant first. */
    size_t cap = (size_t)(nbits * 0.30103) + 20;
    char *digits = malloc(cap);
    size_t ndigits = 0, top = nlimbs;
    while (top > 0 && limbs[top - 1] == 0) top--;
    while (top > 0) {
        uint64_t rem = 0;
        for (size_t i = top; i-- > 0;) {
            uint64_t cur = (rem << 32) | limbs[i];
            limbs[i] = (uint32_t)(cur / 1000000000u);
            rem = cur % 1000000000u;
        }
        while (top > 0 && limbs[top - 1] == 0) top--;
        for (int k = 0; k < 9 && (top > 0 || rem > 0); k++) {
            digits[ndigits++] = (char)('0' + rem % 10);
            rem /= 10;
        }
    }
    free(limbs);
    if (!spend(budget, ndigits + 1)) {
        free(digits);
        return 0;
    }
    buf_lit(b, "{\"int\": \"");
    if (negative) buf_lit(b, "-");
    for (size_t i = ndigits; i-- > 0;) buf_raw(b, &digits[i], 1);
    buf_lit(b, "\"}");
    free(digits);
    return 1;
}

static int walk(Buf *b, PyObject *obj, int depth, Budget *budget);

static int walk_sequence(Buf *b, const char *kind, PyObject **items, Py_ssize_t n, int depth,
                         Budget *budget) {
    buf_fmt(b, "{\"%s\": [", kind);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i) buf_lit(b, ", ");
        if (!walk(b, items[i], depth + 1, budget)) return 0;
    }
    buf_lit(b, "]}");
    return 1;
}

static int walk_set(Buf *b, const char *kind, PyObject *set, int depth, Budget *budget) {
    /* An exact set's iterator is the built-in one: it runs no Python code. */
    PyObject *it = PyObject_GetIter(set), *item;
    if (it == NULL) {
        PyErr_Clear();
        return 0;
    }
    buf_fmt(b, "{\"%s\": [", kind);
    int first = 1, ok = 1;
    while (ok && (item = PyIter_Next(it)) != NULL) {
        if (!first) buf_lit(b, ", ");
        first = 0;
        ok = walk(b, item, depth + 1, budget);
        Py_DECREF(item);
    }
    Py_DECREF(it);
    if (PyErr_Occurred()) PyErr_Clear();
    buf_lit(b, "]}");
    return ok;
}

static int walk(Buf *b, PyObject *obj, int depth, Budget *budget) {
    if (!spend(budget, ITEM)) return 0;
    if (obj == Py_None) {
        buf_lit(b, "\"none\"");
        return 1;
    }
    if (Py_IS_TYPE(obj, &PyBool_Type)) {
        buf_lit(b, obj == Py_True ? "{\"bool\": true}" : "{\"bool\": false}");
        return 1;
    }
    if (PyLong_CheckExact(obj)) return int_digits(b, obj, budget);
    if (PyFloat_CheckExact(obj)) {
        double d = PyFloat_AS_DOUBLE(obj);
        char *text = PyOS_double_to_string(d, 'r', 0, 0, NULL);
        if (text == NULL) {
            PyErr_Clear();
            return 0;
        }
        buf_lit(b, "{\"float\": ");
        buf_json_cstr(b, strcmp(text, "nan") == 0 ? "NaN" : text);
        buf_lit(b, "}");
        PyMem_Free(text);
        return 1;
    }
    if (PyUnicode_CheckExact(obj)) {
        Py_ssize_t n;
        const char *text = PyUnicode_AsUTF8AndSize(obj, &n);
        if (text == NULL) {
            /* Lone surrogates have no exact UTF-8 form: opaque rather than altered. */
            PyErr_Clear();
            opaque(b, "str");
            return 1;
        }
        size_t escaped = 0;
        for (Py_ssize_t i = 0; i < n; i++) {
            unsigned char c = (unsigned char)text[i];
            if (c < 0x20 || c == '"' || c == '\\') escaped++;
        }
        if (!spend(budget, (size_t)n + 5 * escaped)) return 0;
        buf_lit(b, "{\"str\": ");
        buf_json_str(b, text, (size_t)n, (size_t)-1);
        buf_lit(b, "}");
        return 1;
    }
    if (depth >= MAX_DEPTH) {
        opaque(b, "nested too deeply");
        return 1;
    }
    if (PyList_CheckExact(obj)) {
        /* A copy of the items: nothing runs while walking, but the copy keeps them alive. */
        PyObject *items = PyList_AsTuple(obj);
        if (items == NULL) {
            PyErr_Clear();
            return 0;
        }
        int ok = walk_sequence(b, "list", &PyTuple_GET_ITEM(items, 0), PyTuple_GET_SIZE(items),
                               depth, budget);
        Py_DECREF(items);
        return ok;
    }
    if (PyTuple_CheckExact(obj))
        return walk_sequence(b, "tuple", &PyTuple_GET_ITEM(obj, 0), PyTuple_GET_SIZE(obj), depth,
                             budget);
    if (PyDict_CheckExact(obj)) {
        PyObject *items = PyDict_Items(obj);
        if (items == NULL) {
            PyErr_Clear();
            return 0;
        }
        buf_lit(b, "{\"dict\": [");
        int ok = 1;
        for (Py_ssize_t i = 0; ok && i < PyList_GET_SIZE(items); i++) {
            PyObject *pair = PyList_GET_ITEM(items, i);
            if (i) buf_lit(b, ", ");
            buf_lit(b, "[");
            ok = walk(b, PyTuple_GET_ITEM(pair, 0), depth + 1, budget);
            buf_lit(b, ", ");
            ok = ok && walk(b, PyTuple_GET_ITEM(pair, 1), depth + 1, budget);
            buf_lit(b, "]");
        }
        Py_DECREF(items);
        buf_lit(b, "]}");
        return ok;
    }
    if (PySet_CheckExact(obj)) return walk_set(b, "set", obj, depth, budget);
    if (PyFrozenSet_CheckExact(obj)) return walk_set(b, "frozen_set", obj, depth, budget);
    opaque_type(b, obj);
    return 1;
}

char *encode_value(PyObject *value, size_t budget_size, size_t *cost) {
    Budget budget = {budget_size, 0};
    Buf b = {0};
    /* Walking allocates (a copy of a list's items), which could start the cyclic garbage
     * collector and so run a program's __del__ in the middle of the walk: not while a
     * value is being read. */
    int collecting = PyGC_Disable();
    int ok = walk(&b, value, 0, &budget);
    if (collecting) PyGC_Enable();
    if (ok && !budget.too_large) {
        *cost = budget_size - budget.left;
        return buf_take(&b);
    }
    free(b.data);
    Buf tiny = {0};
    opaque(&tiny, "too large to compare");
    *cost = budget_size;
    return buf_take(&tiny);
}
