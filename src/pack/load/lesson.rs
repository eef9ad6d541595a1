//! Reading one lesson file: its pages, exercises (with code inline or in `.py` files) and
//! tests, checked against [`crate::pack::schema`] with every problem placed in the file.
//!
//! Ids must be unique across the pack, so the ids seen so far are passed in and each
//! repeat is reported with the place of the first.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::de::DeTable;

use super::fields::{FileCx, Part, Tbl, check_id, check_table, did_you_mean, limits};
use super::{MAX_ITEMS, parse, unreadable};
use crate::limits::Prompts;
use crate::pack::problem::{LineIndex, Problem};
use crate::pack::schema;
use crate::pack::source::{PackSource, ReadError};
use crate::pack::{Exercise, Hidden, Lesson, MatchMode, Page, Test, TestKind, Tolerance};
use crate::tr;

/// The ids used so far in a pack, with where each was first used.
#[derive(Debug, Default)]
pub(super) struct SeenIds {
    pub(super) lessons: HashMap<String, String>,
    pub(super) exercises: HashMap<String, String>,
}

pub(super) fn load_lesson(
    source: &PackSource,
    rel: &str,
    text: &str,
    problems: &mut Vec<Problem>,
    seen: &mut SeenIds,
) -> Option<Lesson> {
    let name = source.display(rel);
    let doc = parse(&name, text, problems)?;
    let mut cx = FileCx {
        name: name.clone(),
        rel: rel.to_owned(),
        lines: LineIndex::new(text),
        problems,
    };
    let t = check_table(
        &mut cx,
        doc.get_ref(),
        doc.span(),
        schema::LESSON,
        Part::Lesson,
    );
    let id = check_id(&mut cx, &t, "lesson").unwrap_or_default();
    if !id.is_empty() {
        let here = cx.location(&t.span_of("id")).to_string();
        if let Some(first) = seen.lessons.insert(id.clone(), here) {
            cx.problem(
                &t.span_of("id"),
                tr!("pack-duplicate-lesson", id = &id, first = first),
                Some(tr!("pack-duplicate-lesson-help")),
            );
        }
    }
    let pages = t
        .tables("page")
        .into_iter()
        .map(|(table, span)| {
            let p = check_table(&mut cx, table, span, schema::PAGE, Part::Page);
            Page {
                title: p.str("title").unwrap_or_default(),
                text: p.str("text").unwrap_or_default(),
            }
        })
        .collect();
    let tables = t.tables("exercise");
    if tables.len() > MAX_ITEMS {
        cx.problem(
            &t.span,
            tr!("pack-too-many-exercises", max = MAX_ITEMS),
            None,
        );
        return None;
    }
    let mut exercises = Vec::new();
    for (table, span) in tables {
        if let Some(e) = load_exercise(source, &mut cx, table, span, &mut seen.exercises) {
            exercises.push(e);
        }
    }
    Some(Lesson {
        id,
        title: t.str("title").unwrap_or_default(),
        ideas: t.strs("ideas"),
        pages,
        exercises,
        file: rel.to_owned(),
    })
}

/// Code written inline (`starter`) or in a file (`starter_file`).
fn code(
    source: &PackSource,
    cx: &mut FileCx<'_>,
    e: &Tbl<'_, '_>,
    field: &str,
    required: bool,
) -> Option<String> {
    let file_field = format!("{field}_file");
    match (e.str(field), e.str(&file_field)) {
        (Some(_), Some(_)) => {
            cx.problem(
                &e.span_of(&file_field),
                tr!("pack-code-twice", field = field, file_field = &file_field),
                Some(tr!("pack-code-twice-help")),
            );
            None
        }
        (Some(code), None) => Some(code),
        (None, Some(path)) => {
            // Relative to the lesson file's folder.
            let base = cx.rel.rsplit_once('/').map(|(d, _)| d).unwrap_or("");
            let rel = if base.is_empty() {
                path.clone()
            } else {
                format!("{base}/{path}")
            };
            match source.read(&rel) {
                Ok(code) => Some(code),
                // The file is there but not text: the place to fix is in that file.
                Err(err @ ReadError::NotText { .. }) => {
                    cx.problems.push(unreadable(source.display(&rel), &err));
                    None
                }
                Err(err) => {
                    let help = match err {
                        ReadError::OutsidePack => tr!("pack-cannot-read-code-help-outside"),
                        ReadError::NotFound => {
                            tr!("pack-cannot-read-code-help-missing", file = &path)
                        }
                        _ => err.help(),
                    };
                    cx.problem(
                        &e.span_of(&file_field),
                        tr!(
                            "pack-cannot-read-code",
                            file = &path,
                            error = err.to_string()
                        ),
                        Some(help),
                    );
                    None
                }
            }
        }
        (None, None) if required => {
            cx.problem(
                &e.span,
                tr!("pack-no-code", field = field),
                Some(tr!(
                    "pack-no-code-help",
                    field = field,
                    file_field = &file_field
                )),
            );
            None
        }
        (None, None) => Some(String::new()),
    }
}

/// Code indented with tabs, accepted with a warning and shown with spaces
/// ([`crate::text::tabs_to_spaces`], the rule the editor uses for what is typed and pasted).
fn untabbed(
    cx: &mut FileCx<'_>,
    e: &Tbl<'_, '_>,
    field: &str,
    exercise: &str,
    code: String,
) -> String {
    let indented_with_tabs = code
        .lines()
        .any(|l| l.trim_start_matches(' ').starts_with('\t'));
    if !indented_with_tabs {
        return code;
    }
    let written = if e.has(field) {
        field.to_owned()
    } else {
        format!("{field}_file")
    };
    let at = cx.at(&e.span_of(&written));
    cx.problems.push(
        Problem::new(
            cx.name.clone(),
            Some(at),
            tr!("pack-tabs", exercise = exercise, field = written.as_str()),
        )
        .help(tr!("pack-tabs-help"))
        .warning(),
    );
    crate::text::tabs_to_spaces(&code)
}

fn load_exercise(
    source: &PackSource,
    cx: &mut FileCx<'_>,
    table: &DeTable<'_>,
    span: Range<usize>,
    exercise_ids: &mut HashMap<String, String>,
) -> Option<Exercise> {
    let e = check_table(cx, table, span.clone(), schema::EXERCISE, Part::Exercise);
    let id = check_id(cx, &e, "exercise").unwrap_or_default();
    let at = cx.location(&e.span_of("id"));
    if !id.is_empty()
        && let Some(first) = exercise_ids.insert(id.clone(), at.to_string())
    {
        cx.problem(
            &e.span_of("id"),
            tr!("pack-duplicate-exercise", id = &id, first = first),
            Some(tr!("pack-duplicate-exercise-help")),
        );
    }
    let starter =
        code(source, cx, &e, "starter", false).map(|c| untabbed(cx, &e, "starter", &id, c));
    let solution =
        code(source, cx, &e, "solution", true).map(|c| untabbed(cx, &e, "solution", &id, c));
    let prompts = match e.str("prompts").as_deref() {
        Some("transcript") => Prompts::Transcript,
        _ => Prompts::Hide,
    };
    let limits = limits(cx, &e);
    let test_tables = e.tables("test");
    // An exercise with no tests at all (no `test` field, or an empty list): said once,
    // naming it, rather than as a missing field.
    let wrong_type = table.iter().any(|(k, _)| k.get_ref() == "test") && !e.has("test");
    if test_tables.is_empty() && !wrong_type {
        let span = e.span_of("test");
        cx.problem(
            &span,
            tr!("pack-exercise-no-tests", exercise = &id),
            Some(tr!("pack-exercise-no-tests-help")),
        );
    }
    if test_tables.len() > MAX_ITEMS {
        cx.problem(
            &e.span_of("test"),
            tr!("pack-too-many-tests", max = MAX_ITEMS),
            None,
        );
        return None;
    }
    let mut tests = Vec::new();
    let mut test_ids = HashSet::new();
    for (table, span) in test_tables {
        if let Some(test) = load_test(cx, table, span) {
            if !test_ids.insert(test.id.clone()) {
                let span = cx.span_for(&test.at);
                cx.problem(
                    &span,
                    tr!("pack-duplicate-test", exercise = &id, id = &test.id),
                    Some(tr!("pack-duplicate-test-help")),
                );
            }
            tests.push(test);
        }
    }
    Some(Exercise {
        id,
        title: e.str("title").unwrap_or_default(),
        task: e.str("task").unwrap_or_default(),
        starter: starter?,
        solution: solution?,
        hints: e.strs("hints"),
        prompts,
        limits,
        tests,
        at,
    })
}

fn load_test(cx: &mut FileCx<'_>, table: &DeTable<'_>, span: Range<usize>) -> Option<Test> {
    let t = check_table(cx, table, span.clone(), schema::TEST, Part::Test);
    let name = t.str("name").unwrap_or_default();
    let id = match check_id(cx, &t, "test") {
        Some(id) => id,
        None => crate::text::slug(&name, "test"),
    };
    let hidden = match t.str("hidden").as_deref() {
        Some("hide") => Hidden::Hide,
        Some("on-failure") => Hidden::OnFailure,
        _ => Hidden::Show,
    };
    // The schema's range (0 to 1000) was checked with the other fields.
    let points = t
        .int("points")
        .and_then(|p| u32::try_from(p).ok())
        .unwrap_or(1);
    let is_output = t.has("expect");
    let is_call = t.has("call") || t.has("returns");
    let is_code = t.has("require") || t.has("forbid");
    let kinds = [is_output, is_call, is_code].iter().filter(|k| **k).count();
    let kind = if kinds == 0 {
        cx.problem(
            &span,
            tr!("pack-nothing-to-compare", name = &name),
            Some(tr!("pack-nothing-to-compare-help")),
        );
        None
    } else if kinds > 1 {
        cx.problem(
            &span,
            tr!("pack-mixed-test", name = &name),
            Some(tr!("pack-mixed-test-help")),
        );
        None
    } else if is_output {
        output_test(cx, &t)
    } else if is_call {
        call_test(cx, &t, &name, span.clone())
    } else {
        code_check(cx, &t, &name, span.clone())
    };
    let limits = limits(cx, &t);
    Some(Test {
        id,
        name,
        hidden,
        points,
        stdin: t.str("stdin"),
        limits,
        kind: kind?,
        at: cx.location(&span),
    })
}

/// The tolerance a test asks for, or the defaults.
fn tolerance(t: &Tbl<'_, '_>, absolute: f64) -> Tolerance {
    Tolerance {
        absolute: t.number("tolerance").unwrap_or(absolute),
        relative: t
            .number("relative_tolerance")
            .unwrap_or(schema::RELATIVE_TOLERANCE),
    }
}

/// A field that means nothing in this kind of test, at its place.
fn unused(cx: &mut FileCx<'_>, t: &Tbl<'_, '_>, field: &str, message: String, help: String) {
    if t.has(field) {
        cx.problem(&t.span_of(field), message, Some(help));
    }
}

/// `expect`, `match`, `expect_description` and the tolerances.
fn output_test(cx: &mut FileCx<'_>, t: &Tbl<'_, '_>) -> Option<TestKind> {
    let mode = t
        .str("match")
        .and_then(|m| {
            MatchMode::ALL
                .iter()
                .find(|(n, _)| *n == m)
                .map(|(_, mode)| *mode)
        })
        .unwrap_or(MatchMode::Lines);
    let expect = t.str("expect").unwrap_or_default();
    if mode == MatchMode::Regex
        && let Err(err) = regex::Regex::new(&expect)
    {
        cx.problem(
            &t.span_of("expect"),
            tr!("pack-bad-regex", error = err.to_string()),
            None,
        );
    }
    if mode != MatchMode::Numbers {
        for field in ["tolerance", "relative_tolerance"] {
            unused(
                cx,
                t,
                field,
                tr!("pack-tolerance-field-unused", field = field),
                tr!("pack-tolerance-unused-help"),
            );
        }
    }
    if mode != MatchMode::Regex {
        unused(
            cx,
            t,
            "expect_description",
            tr!("pack-description-unused"),
            tr!("pack-description-unused-help"),
        );
    }
    unused(
        cx,
        t,
        "numeric",
        tr!("pack-numeric-unused"),
        tr!("pack-numeric-unused-help"),
    );
    Some(TestKind::Output {
        expect,
        mode,
        tolerance: tolerance(t, schema::NUMBERS_TOLERANCE),
        description: t.str("expect_description").filter(|d| !d.trim().is_empty()),
    })
}

/// `call` and `returns` (each a Python expression), `numeric` and the tolerances.
fn call_test(
    cx: &mut FileCx<'_>,
    t: &Tbl<'_, '_>,
    name: &str,
    span: Range<usize>,
) -> Option<TestKind> {
    // `match` and `expect_description` are for output: a value is compared by its type.
    unused(
        cx,
        t,
        "match",
        tr!("pack-match-on-call", name = name),
        tr!("pack-match-on-call-help"),
    );
    unused(
        cx,
        t,
        "expect_description",
        tr!("pack-description-unused"),
        tr!("pack-description-unused-help"),
    );
    match (t.str("call"), t.str("returns")) {
        (Some(call), Some(returns)) => {
            if call.trim().is_empty() || returns.trim().is_empty() {
                cx.problem(&span, tr!("pack-empty-call", name = name), None);
            } else {
                for (field, text) in [("call", &call), ("returns", &returns)] {
                    python_expression(cx, t, name, field, text);
                }
            }
            Some(TestKind::Call {
                call,
                returns,
                tolerance: tolerance(t, schema::CALL_TOLERANCE),
                numeric: t.bool("numeric").unwrap_or(false),
            })
        }
        (Some(_), None) => {
            cx.problem(
                &t.span_of("call"),
                tr!("pack-call-without-returns", name = name),
                Some(tr!("pack-call-without-returns-help")),
            );
            None
        }
        _ => {
            cx.problem(
                &t.span_of("returns"),
                tr!("pack-returns-without-call", name = name),
                Some(tr!("pack-returns-without-call-help")),
            );
            None
        }
    }
}

/// A `call` or `returns` that is not a Python expression, at its place, naming the test.
fn python_expression(cx: &mut FileCx<'_>, t: &Tbl<'_, '_>, name: &str, field: &str, text: &str) {
    if let Err(e) = crate::pack::python::check_expression(text) {
        let (line, column) = cx.at(&t.span_of(field));
        cx.problems.push(
            Problem::new(
                cx.name.clone(),
                Some((line, column)),
                tr!(
                    "pack-not-python",
                    test = name,
                    field = field,
                    error = e.words()
                ),
            )
            .help(tr!(if field == "returns" {
                "pack-not-python-returns-help"
            } else {
                "pack-not-python-call-help"
            })),
        );
    }
}

/// `require` and `forbid`: only constructs Slate can look for (so no control characters).
fn code_check(
    cx: &mut FileCx<'_>,
    t: &Tbl<'_, '_>,
    name: &str,
    span: Range<usize>,
) -> Option<TestKind> {
    let require = t.str_items("require");
    let forbid = t.str_items("forbid");
    for (item, span) in require.iter().chain(forbid.iter()) {
        if !schema::is_known_construct(item) {
            let help = match did_you_mean(item, schema::CONSTRUCTS.iter().copied()) {
                Some(s) => tr!("pack-did-you-mean-value", suggestion = s),
                None => tr!("pack-unknown-construct-help"),
            };
            cx.problem(
                span,
                tr!("pack-unknown-construct", item = item.as_str()),
                Some(help),
            );
        }
    }
    if require.is_empty() && forbid.is_empty() {
        cx.problem(
            &span,
            tr!("pack-empty-code-check", name = name),
            Some(tr!("pack-empty-code-check-help")),
        );
    }
    Some(TestKind::Code {
        require: require.into_iter().map(|(s, _)| s).collect(),
        forbid: forbid.into_iter().map(|(s, _)| s).collect(),
    })
}
