//! Translations of a pack's text: titles, pages, tasks, hints and test names.
//!
//! A pack may carry `translations/<language>/<lesson-file>.toml` (and `pack.toml` for the
//! pack's title and description), mirroring the lesson file: exercises and tests are found by
//! their ids, pages and hints by their position. Anything not translated stays in the pack's
//! own language, so a half-finished translation is still useful. Code, tests and ids never
//! change: a learner's progress and marks are the same in every language. [`translate`]
//! gives the pack in a language, using what it can of a file with mistakes; [`check`] is
//! what `slate pack check` uses to report every mistake of every file at once (unknown
//! fields and ids, wrong types, extra pages or hints), each with file, line and column. The format is documented in
//! `docs/lesson-packs.md` and `docs/translating.md`.

use std::collections::BTreeMap;

use fluent_templates::LanguageIdentifier;
use serde::Deserialize;
use toml::Spanned;

use std::ops::Range;

use toml::de::DeTable;

use super::load::fields::{FileCx, Part, Tbl, check_table};
use super::load::{did_you_mean, is_language_tag, parse, unreadable};
use super::problem::{LineIndex, Problem};
use super::{Lesson, Pack, PackSource, schema};
use crate::tr;

/// The folder, inside a pack, that holds its translations.
pub const FOLDER: &str = "translations";

/// `translations/<language>/pack.toml`.
#[derive(Debug, Default, Deserialize)]
struct PackText {
    title: Option<String>,
    description: Option<String>,
}

/// `translations/<language>/<lesson-file>.toml`.
#[derive(Debug, Default, Deserialize)]
struct LessonText {
    title: Option<String>,
    ideas: Option<Vec<String>>,
    page: Option<Spanned<Vec<PageText>>>,
    #[serde(default)]
    exercise: BTreeMap<Spanned<String>, ExerciseText>,
}

#[derive(Debug, Default, Deserialize)]
struct PageText {
    title: Option<String>,
    text: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
struct ExerciseText {
    title: Option<String>,
    task: Option<String>,
    hints: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    test: BTreeMap<Spanned<String>, TestText>,
}

#[derive(Debug, Default, Deserialize)]
struct TestText {
    name: Option<String>,
    expect_description: Option<String>,
}

/// The languages a pack has translations for: its folders under `translations/` named
/// with a language tag (others are reported by [`check`] and never used).
pub fn languages(source: &PackSource) -> Vec<String> {
    source
        .folders(FOLDER)
        .into_iter()
        .filter(|f| is_language_tag(f))
        .collect()
}

/// Do two language tags name the same language (`cy` and `cy-GB`, `en-GB` and `en`)?
fn same_language(a: &str, b: &str) -> bool {
    match (
        a.parse::<LanguageIdentifier>(),
        b.parse::<LanguageIdentifier>(),
    ) {
        (Ok(a), Ok(b)) => a.language == b.language,
        _ => a.eq_ignore_ascii_case(b),
    }
}

/// The translation folder for `wanted`: the exact tag first, then the same language.
fn pick(available: &[String], wanted: &str) -> Option<String> {
    available
        .iter()
        .find(|a| a.eq_ignore_ascii_case(wanted))
        .or_else(|| available.iter().find(|a| same_language(a, wanted)))
        .cloned()
}

/// The pack with its text in `language` where a translation has it, and in the pack's own
/// language elsewhere. Code, tests, limits and ids are unchanged.
pub fn translate(pack: &Pack, language: &str) -> Pack {
    let mut out = pack.clone();
    if same_language(&pack.locale, language) {
        return out;
    }
    let Some(source) = PackSource::of(&pack.origin) else {
        return out;
    };
    let Some(folder) = pick(&languages(&source), language) else {
        return out;
    };
    let base = format!("{FOLDER}/{folder}");
    if let Some(text) = read::<PackText>(&source, &format!("{base}/pack.toml")) {
        replace(&mut out.title, text.title);
        replace(&mut out.description, text.description);
    }
    for lesson in &mut out.lessons {
        if let Some(text) = read::<LessonText>(&source, &format!("{base}/{}", lesson.file)) {
            apply(lesson, text);
        }
    }
    // Translated words come from pack files too.
    super::display::make_safe(&mut out);
    out
}

fn read<T: serde::de::DeserializeOwned>(source: &PackSource, rel: &str) -> Option<T> {
    let text = source.read(rel).ok()?;
    toml::from_str(&text).ok()
}

fn replace(target: &mut String, text: Option<String>) {
    if let Some(text) = text.filter(|t| !t.trim().is_empty()) {
        *target = text;
    }
}

fn apply(lesson: &mut Lesson, text: LessonText) {
    replace(&mut lesson.title, text.title);
    if let Some(ideas) = text.ideas.filter(|i| !i.is_empty()) {
        lesson.ideas = ideas;
    }
    let pages = text.page.map(Spanned::into_inner).unwrap_or_default();
    for (page, t) in lesson.pages.iter_mut().zip(pages) {
        replace(&mut page.title, t.title);
        replace(&mut page.text, t.text);
    }
    let mut exercises = text.exercise;
    for exercise in &mut lesson.exercises {
        let Some(t) = exercises.remove(exercise.id.as_str()) else {
            continue;
        };
        replace(&mut exercise.title, t.title);
        replace(&mut exercise.task, t.task);
        if let Some(hints) = t.hints {
            for (hint, new) in exercise.hints.iter_mut().zip(hints.into_inner()) {
                replace(hint, Some(new));
            }
        }
        let mut tests = t.test;
        for test in &mut exercise.tests {
            if let Some(t) = tests.remove(test.id.as_str()) {
                replace(&mut test.name, t.name);
                if let super::TestKind::Output {
                    description: Some(d),
                    ..
                } = &mut test.kind
                {
                    replace(d, t.expect_description);
                }
            }
        }
    }
}

/// Checks every translation of a pack. Returns the languages found and the problems, each
/// with its file, line and column: every problem of every file that could be read, at once
/// (fields are checked against [`schema::TRANSLATION_LESSON`] and its kin, as lesson files
/// are). Without a loaded `pack` (it has problems of its own) only the files' shape is
/// checked, not the ids they name.
pub fn check(source: &PackSource, pack: Option<&Pack>) -> (Vec<String>, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut languages = Vec::new();
    for language in source.folders(FOLDER) {
        let folder = format!("{FOLDER}/{language}");
        if !is_language_tag(&language) {
            problems.push(
                Problem::new(
                    source.display(&folder),
                    None,
                    tr!("pack-translation-bad-language", language = &language),
                )
                .help(tr!("pack-translation-bad-language-help")),
            );
            continue;
        }
        for file in source.toml_files(&folder) {
            let rel = format!("{folder}/{file}");
            let name = source.display(&rel);
            let text = match source.read(&rel) {
                Ok(text) => text,
                Err(e) => {
                    problems.push(unreadable(name, &e));
                    continue;
                }
            };
            let Some(doc) = parse(&name, &text, &mut problems) else {
                continue;
            };
            let mut cx = FileCx {
                name,
                rel,
                lines: LineIndex::new(&text),
                problems: &mut problems,
            };
            if file == "pack.toml" {
                check_table(
                    &mut cx,
                    doc.get_ref(),
                    doc.span(),
                    schema::TRANSLATION_PACK,
                    Part::Translation,
                );
                continue;
            }
            let lesson = pack.map(|p| p.lessons.iter().find(|l| l.file == file));
            if let Some(None) = lesson {
                cx.problems.push(
                    Problem::new(
                        cx.name.clone(),
                        None,
                        tr!("pack-translation-no-lesson", file = &file),
                    )
                    .help(tr!("pack-translation-no-lesson-help")),
                );
            }
            check_lesson(&mut cx, doc.get_ref(), doc.span(), lesson.flatten());
        }
        languages.push(language);
    }
    (languages, problems)
}

fn too_many(cx: &mut FileCx<'_>, span: &Range<usize>, what: &str, found: usize, max: usize) {
    if found > max {
        cx.problem(
            span,
            tr!(
                "pack-translation-too-many",
                what = what,
                found = found,
                expected = max
            ),
            Some(tr!("pack-translation-too-many-help")),
        );
    }
}

fn unknown_id<'k>(
    cx: &mut FileCx<'_>,
    key: &Spanned<std::borrow::Cow<'_, str>>,
    what: &str,
    known: impl IntoIterator<Item = &'k str> + Clone,
    file: &str,
) {
    let help = match did_you_mean(key.get_ref(), known) {
        Some(s) => tr!("pack-did-you-mean-value", suggestion = s),
        None => tr!("pack-translation-unknown-id-help"),
    };
    cx.problem(
        &key.span(),
        tr!(
            "pack-translation-unknown-id",
            what = what,
            id = key.get_ref().as_ref(),
            file = file
        ),
        Some(help),
    );
}

/// The entries of a table of ids (`[exercise.ID]`, `[exercise.ID.test.ID]`), each checked
/// against `fields`; an entry that is not a table is reported and left out.
fn entries<'t, 'i>(
    cx: &mut FileCx<'_>,
    table: Option<(&'t DeTable<'i>, Range<usize>)>,
    fields: &[schema::Field],
    part: Part,
) -> Vec<(&'t Spanned<std::borrow::Cow<'i, str>>, Tbl<'t, 'i>)> {
    let mut out = Vec::new();
    for (key, value) in table.map(|(t, _)| t.iter()).into_iter().flatten() {
        match value.get_ref().as_table() {
            Some(t) => out.push((key, check_table(cx, t, value.span(), fields, part))),
            None => cx.problem(
                &value.span(),
                tr!("pack-translation-not-a-table", id = key.get_ref().as_ref()),
                Some(tr!("pack-translation-invalid-help")),
            ),
        }
    }
    out
}

fn check_lesson(
    cx: &mut FileCx<'_>,
    table: &DeTable<'_>,
    span: Range<usize>,
    lesson: Option<&Lesson>,
) {
    let t = check_table(
        cx,
        table,
        span,
        schema::TRANSLATION_LESSON,
        Part::Translation,
    );
    for (page, span) in t.tables("page") {
        check_table(cx, page, span, schema::TRANSLATION_PAGE, Part::Page);
    }
    let exercises = entries(
        cx,
        t.table("exercise"),
        schema::TRANSLATION_EXERCISE,
        Part::TranslationExercise,
    );
    let mut tests = Vec::new();
    for (key, e) in &exercises {
        for (test, _) in entries(
            cx,
            e.table("test"),
            schema::TRANSLATION_TEST,
            Part::TranslationTest,
        ) {
            tests.push((key.get_ref().to_string(), test));
        }
    }
    // The ids and counts can only be checked against a lesson that loaded.
    let Some(lesson) = lesson else {
        return;
    };
    if let Some(id) = t.str("lesson")
        && id != lesson.id
    {
        cx.problem(
            &t.span_of("lesson"),
            tr!(
                "pack-translation-id-mismatch",
                found = &id,
                file = &lesson.file,
                expected = &lesson.id
            ),
            None,
        );
    }
    if t.has("page") {
        let found = t.tables("page").len();
        too_many(cx, &t.span_of("page"), "`page`", found, lesson.pages.len());
    }
    for (key, e) in &exercises {
        let Some(exercise) = lesson
            .exercises
            .iter()
            .find(|x| x.id == key.get_ref().as_ref())
        else {
            let known = lesson.exercises.iter().map(|x| x.id.as_str());
            unknown_id(cx, key, "exercise", known, &lesson.file);
            continue;
        };
        if e.has("hints") {
            let found = e.strs("hints").len();
            too_many(
                cx,
                &e.span_of("hints"),
                "`hints`",
                found,
                exercise.hints.len(),
            );
        }
        for (owner, key) in &tests {
            if owner == &exercise.id
                && !exercise
                    .tests
                    .iter()
                    .any(|x| x.id == key.get_ref().as_ref())
            {
                let known = exercise.tests.iter().map(|x| x.id.as_str());
                unknown_id(cx, key, "test", known, &lesson.file);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_matched_exactly_then_by_language() {
        let available = vec!["cy".to_owned(), "pt-BR".to_owned()];
        assert_eq!(pick(&available, "cy-GB").as_deref(), Some("cy"));
        assert_eq!(pick(&available, "pt-BR").as_deref(), Some("pt-BR"));
        assert_eq!(pick(&available, "pt").as_deref(), Some("pt-BR"));
        assert_eq!(pick(&available, "pl"), None);
    }

    #[test]
    fn the_bundled_course_speaks_welsh() {
        let library = crate::pack::discover(None, &[]);
        let pack = library.pack("python-first-steps").unwrap();
        let welsh = translate(pack, "cy");
        let (_, hello) = welsh.find_exercise("hello-world").unwrap();
        let (_, original) = pack.find_exercise("hello-world").unwrap();
        assert_ne!(hello.title, original.title, "the title is translated");
        assert_eq!(hello.solution, original.solution, "code is unchanged");
        assert_eq!(hello.tests.len(), original.tests.len());
        for (a, b) in hello.tests.iter().zip(&original.tests) {
            assert_eq!(a.id, b.id, "ids are unchanged");
            assert_eq!(a.kind, b.kind, "tests are unchanged");
        }
        // Lessons without a translation keep the pack's own words.
        assert_eq!(welsh.lessons[5].title, pack.lessons[5].title);
        // The bundled translations have no mistakes.
        let source = PackSource::of(&pack.origin).unwrap();
        let (languages, problems) = check(&source, Some(pack));
        assert!(languages.contains(&"cy".to_owned()));
        assert!(problems.is_empty(), "{problems:?}");
    }
}
