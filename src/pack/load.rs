//! Reading and validating pack files.
//!
//! Files are read through [`PackSource`] (size-capped, never outside the pack's folder),
//! parsed into spanned TOML tables, then walked against the field tables in
//! [`super::schema`]: [`fields`] checks one table (names, types, ranges, ids), [`lesson`]
//! reads a lesson file, and this module reads `pack.toml` and puts the pack together. Every
//! problem found is collected, with the file, line and column and what to do about it, so a
//! teacher sees them all at once rather than one per attempt. Only a pack with no problems
//! becomes a [`Pack`], and its words are made safe to show ([`super::display`]).

pub(crate) mod fields;
mod lesson;

use std::collections::HashSet;

use toml::Spanned;
use toml::de::DeTable;

use self::fields::{FileCx, Part, check_id, check_locale, check_table, limits};
use self::lesson::{SeenIds, load_lesson};
use super::problem::{LineIndex, locate_error};
use super::schema;
use super::source::{PackSource, ReadError};
use super::{FORMAT_VERSION, Pack, SolutionPolicy};
use crate::tr;

pub use self::fields::{did_you_mean, is_language_tag, is_valid_id};
pub use super::problem::Problem;

/// Most lessons a pack may have (a guard against runaway files).
const MAX_LESSONS: usize = 500;
/// Most exercises in a lesson, and tests in an exercise.
const MAX_ITEMS: usize = 500;

/// Parses `text` as TOML, reporting syntax errors as problems.
pub(crate) fn parse<'i>(
    name: &str,
    text: &'i str,
    problems: &mut Vec<Problem>,
) -> Option<Spanned<DeTable<'i>>> {
    let (table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Some(table);
    }
    for e in errors {
        problems.push(not_toml(name, text, e.message(), e.span()));
    }
    None
}

/// A TOML syntax error as a problem, always with a line and column ([`locate_error`]).
pub(crate) fn not_toml(
    name: &str,
    text: &str,
    message: &str,
    span: Option<std::ops::Range<usize>>,
) -> Problem {
    let at = locate_error(text, message, span);
    let error = message.trim();
    // The parser's limit on nesting (lists, inline tables, dotted keys): say what to do.
    if error.contains("recursion") {
        Problem::new(name, Some(at), tr!("pack-too-deep", error = error))
            .help(tr!("pack-too-deep-help"))
    } else if error.contains("escape") {
        // `"\d+"`: a backslash in "double quotes" starts an escape, and `\d` is none. A
        // regular expression is easiest in 'single quotes', where a backslash is itself.
        Problem::new(name, Some(at), tr!("pack-not-toml", error = error))
            .help(tr!("pack-not-toml-escape-help"))
    } else {
        Problem::new(name, Some(at), tr!("pack-not-toml", error = error))
            .help(tr!("pack-not-toml-help"))
    }
}

/// A file that could not be read, as a problem in that file (at the first byte that is
/// not UTF-8, when that is why).
pub(crate) fn unreadable(name: String, err: &ReadError) -> Problem {
    let at = match err {
        ReadError::NotText { line, column } => Some((*line, *column)),
        _ => None,
    };
    Problem::new(name, at, tr!("pack-cannot-read", error = err.to_string())).help(err.help())
}

/// Loads and validates a whole pack. Returns every problem found if it is not sound.
///
/// This checks the files only; running the reference solutions and starters against the
/// tests is `slate pack check`'s job ([`crate::marking`]).
pub fn load_pack(source: &PackSource) -> Result<Pack, Vec<Problem>> {
    let mut problems = Vec::new();
    let text = match source.read("pack.toml") {
        Ok(t) => t,
        Err(e) => return Err(vec![unreadable(source.display("pack.toml"), &e)]),
    };
    let name = source.display("pack.toml");
    let Some(doc) = parse(&name, &text, &mut problems) else {
        return Err(problems);
    };
    let mut cx = FileCx {
        name: name.clone(),
        rel: "pack.toml".into(),
        lines: LineIndex::new(&text),
        problems: &mut problems,
    };
    let root_span = doc.span();
    // A newer format is reported on its own: its other fields may mean something else.
    if let Some(v) = doc.get_ref().get("format")
        && let Some(n) = v
            .get_ref()
            .as_integer()
            .and_then(|i| i.as_str().parse::<i64>().ok())
        && n > FORMAT_VERSION
    {
        cx.problem(
            &v.span(),
            tr!("pack-newer-format", found = n, known = FORMAT_VERSION),
            Some(tr!("pack-newer-format-help")),
        );
        return Err(problems);
    }
    let t = check_table(&mut cx, doc.get_ref(), root_span, schema::PACK, Part::Pack);
    let id = check_id(&mut cx, &t, "pack").unwrap_or_default();
    let locale = check_locale(&mut cx, &t);
    let pack_limits = limits(&mut cx, &t);
    let solutions = match t.table("solutions") {
        Some((table, span)) => {
            let s = check_table(&mut cx, table, span, schema::SOLUTIONS, Part::Solutions);
            // The schema's range (1 to 1000) was checked with the other fields.
            let attempts = s
                .int("attempts")
                .and_then(|a| u32::try_from(a).ok())
                .unwrap_or(3);
            match s.str("show").as_deref() {
                Some("after-attempts") => SolutionPolicy::AfterAttempts(attempts),
                Some("always") => SolutionPolicy::Always,
                Some("never") => SolutionPolicy::Never,
                _ => SolutionPolicy::AfterSolving,
            }
        }
        None => SolutionPolicy::AfterSolving,
    };
    let lesson_files = t.str_items("lessons");
    if t.has("lessons") && lesson_files.is_empty() {
        cx.problem(
            &t.span_of("lessons"),
            tr!("pack-no-lessons"),
            Some(tr!("pack-no-lessons-help")),
        );
    }
    if lesson_files.len() > MAX_LESSONS {
        cx.problem(
            &t.span_of("lessons"),
            tr!("pack-too-many-lessons", max = MAX_LESSONS),
            None,
        );
        return Err(problems);
    }
    let mut pack = Pack {
        id,
        title: t.str("title").unwrap_or_default(),
        description: t.str("description").unwrap_or_default(),
        language: t.str("language").unwrap_or_else(|| "python".into()),
        locale,
        version: t.str("version").unwrap_or_else(|| "0".into()),
        authors: t.strs("authors"),
        licence: t.str("licence").unwrap_or_default(),
        limits: pack_limits,
        solutions,
        lessons: Vec::new(),
        origin: source.origin(),
        warnings: Vec::new(),
    };

    let mut seen_files = HashSet::new();
    let mut entries = Vec::new();
    for (file, span) in &lesson_files {
        // Lessons are listed without ".toml": say so, and read the file anyway.
        if let Some(stem) = file.strip_suffix(".toml") {
            let at = cx.at(span);
            cx.problems.push(
                Problem::new(
                    cx.name.clone(),
                    Some(at),
                    tr!("pack-lesson-with-toml", file = file.as_str()),
                )
                .help(tr!("pack-lesson-with-toml-help", stem = stem))
                .warning(),
            );
        }
        let rel = format!("{}.toml", file.trim_end_matches(".toml"));
        if !seen_files.insert(rel.clone()) {
            cx.problem(
                span,
                tr!("pack-lesson-listed-twice", file = file),
                Some(tr!("pack-remove-one")),
            );
            continue;
        }
        match source.read(&rel) {
            Ok(text) => entries.push((rel, text)),
            // The file is there but not text: the place to fix is in that file.
            Err(e @ ReadError::NotText { .. }) => {
                cx.problems.push(unreadable(source.display(&rel), &e));
            }
            Err(e) => {
                let help = match e {
                    ReadError::NotFound => {
                        tr!("pack-cannot-read-lesson-help-missing", file = &rel)
                    }
                    ReadError::OutsidePack => tr!("pack-cannot-read-lesson-help-outside"),
                    _ => e.help(),
                };
                cx.problem(
                    span,
                    tr!(
                        "pack-cannot-read-lesson",
                        file = &rel,
                        error = e.to_string()
                    ),
                    Some(help),
                );
            }
        }
    }
    drop(cx);

    let mut seen = SeenIds::default();
    for (rel, text) in &entries {
        if let Some(lesson) = load_lesson(source, rel, text, &mut problems, &mut seen) {
            pack.lessons.push(lesson);
        }
    }
    // Warnings go with the pack; anything else means it cannot be used.
    let (warnings, problems): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|p| p.warning);
    if problems.is_empty() {
        pack.warnings = warnings;
        super::display::make_safe(&mut pack);
        Ok(pack)
    } else {
        Err(problems.into_iter().chain(warnings).collect())
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod toml_tests {
    use super::*;

    #[test]
    fn a_key_too_deep_for_the_parser_is_reported_at_its_line() {
        let key = vec!["k"; 90].join(".");
        let text = format!("id = \"x\"\n{key} = 1\n");
        let mut problems = Vec::new();
        assert!(parse("deep.toml", &text, &mut problems).is_none());
        assert_eq!(problems.len(), 1, "{problems:?}");
        let p = &problems[0];
        assert_eq!(
            (p.file.as_str(), p.line, p.column),
            ("deep.toml", Some(2), Some(1))
        );
        assert!(p.message.contains("nested too deeply"), "{p}");
        assert!(p.help.is_some(), "{p}");
    }

    #[test]
    fn a_backslash_escape_toml_refuses_suggests_single_quotes() {
        let text = "[[exercise.test]]\nname = \"digits\"\nexpect = \"You rolled \\d\"\n";
        let mut problems = Vec::new();
        assert!(parse("l.toml", text, &mut problems).is_none());
        let p = &problems[0];
        assert_eq!((p.line, p.file.as_str()), (Some(3), "l.toml"), "{p}");
        let help = p.help.as_deref().unwrap();
        assert!(
            help.contains("single quotes") && help.contains("'"),
            "{help}"
        );
        // Other mistakes keep the general help.
        let mut problems = Vec::new();
        assert!(parse("l.toml", "name = \"x\n", &mut problems).is_none());
        assert!(
            !problems[0]
                .help
                .as_deref()
                .unwrap()
                .contains("single quotes")
        );
    }

    #[test]
    fn deep_nesting_is_reported_at_its_place() {
        let text = format!("x = {}1{}\n", "[".repeat(200), "]".repeat(200));
        let mut problems = Vec::new();
        assert!(parse("deep.toml", &text, &mut problems).is_none());
        assert!(!problems.is_empty());
        for p in &problems {
            assert_eq!(p.line, Some(1), "{p}");
            assert!(p.column.is_some_and(|c| c > 1), "{p}");
        }
    }
}
