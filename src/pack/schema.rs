//! The fields of the pack format, in one place.
//!
//! These tables drive both the validator in [`super::load`] (unknown fields, wrong types,
//! missing fields, "did you mean") and the JSON Schema that `slate pack schema` prints for
//! teachers' editors ([`json`]), so the two can never disagree. Translation files have
//! tables here too, checked the same way ([`super::translate::check`]).

pub mod json;

pub use json::{SchemaFor, json_schema};

/// What a field holds.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    /// Text on one line (an id, a title).
    Str,
    /// Text that may span lines (Markdown or code).
    Text,
    /// One of these words.
    Enum(&'static [&'static str]),
    /// A whole number from `min` to `max`.
    Int { min: i64, max: i64 },
    /// A number, whole or decimal, from `min` to `max` (never NaN or infinite).
    Number { min: f64, max: f64 },
    /// `true` or `false`.
    Bool,
    /// A list of text.
    StrList,
    /// A table with these fields.
    Table(&'static [Field]),
    /// A list of tables (`[[name]]`) with these fields.
    TableList(&'static [Field]),
    /// A table whose keys are ids, each holding a table with these fields (translations:
    /// `[exercise.ID]`).
    Map(&'static [Field]),
}

/// One field of a table.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub doc: &'static str,
}

const fn f(name: &'static str, kind: Kind, required: bool, doc: &'static str) -> Field {
    Field {
        name,
        kind,
        required,
        doc,
    }
}

/// The shortest and longest time limits, in seconds.
pub const MIN_TIME: f64 = 0.1;
pub const MAX_TIME: f64 = 60.0;
/// The largest memory limit, in megabytes.
pub const MAX_MEMORY_MB: i64 = 2048;
/// The largest output limit, in kilobytes (1 GB).
pub const MAX_OUTPUT_KB: i64 = 1 << 20;
/// The most attempts `[solutions]` may ask for before showing a solution.
pub const MAX_ATTEMPTS: i64 = 1000;
/// The most points one test may be worth.
pub const MAX_POINTS: i64 = 1000;
/// The largest `tolerance` for comparing numbers.
pub const MAX_TOLERANCE: f64 = 1e6;
/// The largest `relative_tolerance` (1 is "within 100%").
pub const MAX_RELATIVE_TOLERANCE: f64 = 1.0;
/// The default `tolerance` of `match = "numbers"` (absolute: how far apart two numbers may be).
pub const NUMBERS_TOLERANCE: f64 = 0.001;
/// The default `tolerance` of function tests (absolute, for floats).
pub const CALL_TOLERANCE: f64 = 1e-9;
/// The default `relative_tolerance` of both (a fraction of the expected number).
pub const RELATIVE_TOLERANCE: f64 = 1e-9;

pub static LIMITS: &[Field] = &[
    f(
        "time",
        Kind::Number {
            min: MIN_TIME,
            max: MAX_TIME,
        },
        false,
        "Seconds a program may run (default 5).",
    ),
    f(
        "memory",
        Kind::Int {
            min: 1,
            max: MAX_MEMORY_MB,
        },
        false,
        "Megabytes of memory a program may use (default 128).",
    ),
    f(
        "output",
        Kind::Int {
            min: 1,
            max: MAX_OUTPUT_KB,
        },
        false,
        "Kilobytes a program may print (default 1024).",
    ),
];

pub static SOLUTIONS: &[Field] = &[
    f(
        "show",
        Kind::Enum(&["after-solving", "after-attempts", "always", "never"]),
        false,
        "When learners may see the reference solution (default after-solving).",
    ),
    f(
        "attempts",
        Kind::Int {
            min: 1,
            max: MAX_ATTEMPTS,
        },
        false,
        "With show = \"after-attempts\": after this many tries (default 3).",
    ),
];

pub static PACK: &[Field] = &[
    f(
        "format",
        Kind::Int {
            min: super::FORMAT_VERSION,
            max: super::FORMAT_VERSION,
        },
        true,
        "The version of the pack format: always 1.",
    ),
    f(
        "id",
        Kind::Str,
        true,
        "The pack's id: lower-case letters, digits and '-'. Never change it once used.",
    ),
    f("title", Kind::Str, true, "The pack's title."),
    f(
        "description",
        Kind::Text,
        false,
        "A sentence or two about the pack.",
    ),
    f(
        "language",
        Kind::Enum(&["python"]),
        false,
        "The programming language (python).",
    ),
    f(
        "locale",
        Kind::Str,
        false,
        "The human language the pack is written in, e.g. en-GB, cy, pl, es.",
    ),
    f(
        "version",
        Kind::Str,
        false,
        "Your version of the pack, e.g. 1.2.0.",
    ),
    f("authors", Kind::StrList, false, "Names of the authors."),
    f("licence", Kind::Str, false, "The licence, e.g. CC-BY-4.0."),
    f(
        "lessons",
        Kind::StrList,
        true,
        "Lesson file names in order, without .toml.",
    ),
    f(
        "limits",
        Kind::Table(LIMITS),
        false,
        "Limits for every test in the pack.",
    ),
    f(
        "solutions",
        Kind::Table(SOLUTIONS),
        false,
        "When learners may see reference solutions.",
    ),
];

pub static PAGE: &[Field] = &[
    f("title", Kind::Str, true, "The page's title."),
    f("text", Kind::Text, true, "The page's text (Markdown)."),
];

pub static TEST: &[Field] = &[
    f(
        "name",
        Kind::Str,
        true,
        "A few words learners see, e.g. \"adds negative numbers\".",
    ),
    f(
        "id",
        Kind::Str,
        false,
        "A stable id (default: made from the name).",
    ),
    f(
        "hidden",
        Kind::Enum(&["show", "hide", "on-failure"]),
        false,
        "What learners see of this test (default show).",
    ),
    f(
        "points",
        Kind::Int {
            min: 0,
            max: MAX_POINTS,
        },
        false,
        "How much the test is worth (default 1).",
    ),
    f(
        "stdin",
        Kind::Text,
        false,
        "Input typed into the program, one answer per line.",
    ),
    f(
        "limits",
        Kind::Table(LIMITS),
        false,
        "Limits for this test.",
    ),
    f(
        "expect",
        Kind::Text,
        false,
        "Output test: what the program should print.",
    ),
    f(
        "match",
        Kind::Enum(&[
            "lines",
            "exact",
            "ignore-case",
            "contains",
            "regex",
            "numbers",
        ]),
        false,
        "Output test: how closely the output must match (default lines).",
    ),
    f(
        "expect_description",
        Kind::Str,
        false,
        "Regex test: what the output should be, in words learners see instead of the pattern.",
    ),
    f(
        "tolerance",
        Kind::Number {
            min: 0.0,
            max: MAX_TOLERANCE,
        },
        false,
        "match = \"numbers\" and function tests: how far apart numbers may be, at least \
         (absolute; default 0.001 for output, 1e-9 for functions).",
    ),
    f(
        "relative_tolerance",
        Kind::Number {
            min: 0.0,
            max: MAX_RELATIVE_TOLERANCE,
        },
        false,
        "match = \"numbers\" and function tests: how far apart numbers may be, as a fraction \
         of the expected number, when that allows more than `tolerance` (default 1e-9).",
    ),
    f(
        "call",
        Kind::Str,
        false,
        "Function test: the Python call to make, e.g. add(2, 3).",
    ),
    f(
        "returns",
        Kind::Str,
        false,
        "Function test: the expected value, in Python, e.g. 5 or 'hello'.",
    ),
    f(
        "numeric",
        Kind::Bool,
        false,
        "Function test: let an int match a float of the same value (3 and 3.0); default false.",
    ),
    f(
        "require",
        Kind::StrList,
        false,
        "Code check: constructs the program must use, e.g. for, call:len.",
    ),
    f(
        "forbid",
        Kind::StrList,
        false,
        "Code check: constructs the program must not use, e.g. while, call:sum.",
    ),
];

pub static EXERCISE: &[Field] = &[
    f(
        "id",
        Kind::Str,
        true,
        "The exercise's id, unique in the pack. Never change it once used.",
    ),
    f("title", Kind::Str, true, "A few words."),
    f(
        "task",
        Kind::Text,
        true,
        "What to do (Markdown), with an example of input and output.",
    ),
    f(
        "starter",
        Kind::Text,
        false,
        "The code the learner starts with. It must not pass the tests.",
    ),
    f(
        "starter_file",
        Kind::Str,
        false,
        "A .py file with the starter code, relative to the lesson file.",
    ),
    f(
        "solution",
        Kind::Text,
        false,
        "A correct answer. It must pass every test.",
    ),
    f(
        "solution_file",
        Kind::Str,
        false,
        "A .py file with the solution, relative to the lesson file.",
    ),
    f(
        "hints",
        Kind::StrList,
        false,
        "Hints, from gentle to nearly-the-answer.",
    ),
    f(
        "prompts",
        Kind::Enum(&["hide", "transcript"]),
        false,
        "Whether input() prompts are part of the marked output (default hide).",
    ),
    f(
        "limits",
        Kind::Table(LIMITS),
        false,
        "Limits for this exercise's tests.",
    ),
    f(
        "test",
        Kind::TableList(TEST),
        true,
        "The tests: output tests, function tests and code checks.",
    ),
];

pub static LESSON: &[Field] = &[
    f(
        "id",
        Kind::Str,
        true,
        "The lesson's id. Never change it once used.",
    ),
    f("title", Kind::Str, true, "The lesson's title."),
    f(
        "ideas",
        Kind::StrList,
        false,
        "The new ideas this lesson introduces.",
    ),
    f("page", Kind::TableList(PAGE), false, "A page to read."),
    f("exercise", Kind::TableList(EXERCISE), false, "An exercise."),
];

/// `translations/<language>/pack.toml`.
pub static TRANSLATION_PACK: &[Field] = &[
    f("title", Kind::Str, false, "The pack's title, translated."),
    f(
        "description",
        Kind::Text,
        false,
        "The pack's description, translated.",
    ),
];

pub static TRANSLATION_PAGE: &[Field] = &[
    f("title", Kind::Str, false, "The page's title, translated."),
    f("text", Kind::Text, false, "The page's text, translated."),
];

pub static TRANSLATION_TEST: &[Field] = &[
    f("name", Kind::Str, false, "The test's name, translated."),
    f(
        "expect_description",
        Kind::Str,
        false,
        "A regex test's expect_description, translated.",
    ),
];

pub static TRANSLATION_EXERCISE: &[Field] = &[
    f(
        "title",
        Kind::Str,
        false,
        "The exercise's title, translated.",
    ),
    f("task", Kind::Text, false, "The task, translated."),
    f(
        "hints",
        Kind::StrList,
        false,
        "The hints, translated, in the same order.",
    ),
    f(
        "test",
        Kind::Map(TRANSLATION_TEST),
        false,
        "Test names, by test id.",
    ),
];

/// `translations/<language>/<lesson file>.toml`.
pub static TRANSLATION_LESSON: &[Field] = &[
    f(
        "lesson",
        Kind::Str,
        false,
        "The id of the lesson translated (a check that this is the right file).",
    ),
    f("title", Kind::Str, false, "The lesson's title, translated."),
    f("ideas", Kind::StrList, false, "The ideas, translated."),
    f(
        "page",
        Kind::TableList(TRANSLATION_PAGE),
        false,
        "The pages, translated, in the lesson's order.",
    ),
    f(
        "exercise",
        Kind::Map(TRANSLATION_EXERCISE),
        false,
        "Exercises, by exercise id.",
    ),
];

/// Constructs a code check may name on its own (see `sandbox/src/driver.py`).
pub static CONSTRUCTS: &[&str] = &[
    "for",
    "while",
    "if",
    "def",
    "return",
    "lambda",
    "class",
    "import",
    "try",
    "with",
    "break",
    "continue",
    "f-string",
    "list-comprehension",
    "comprehension",
    "list",
    "dict",
    "augmented-assignment",
    "assignment",
    "boolean-operator",
    "comparison",
    "slice",
    "global",
];

/// Prefixes a code check may use with a name, e.g. `call:len`.
pub static CONSTRUCT_PREFIXES: &[&str] = &["call", "method", "function", "name", "import"];

/// Is `item` something a code check can look for?
pub fn is_known_construct(item: &str) -> bool {
    match item.split_once(':') {
        Some((prefix, name)) => {
            CONSTRUCT_PREFIXES.contains(&prefix)
                && !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '_' || c == '.')
        }
        None => CONSTRUCTS.contains(&item),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constructs() {
        assert!(is_known_construct("for"));
        assert!(is_known_construct("call:len"));
        assert!(is_known_construct("method:upper"));
        assert!(!is_known_construct("call:"));
        assert!(!is_known_construct("loop"));
        assert!(!is_known_construct("nope:x"));
    }
}
