//! Reading and validating pack files.
//!
//! Files are parsed into spanned TOML tables, then walked against the field tables in
//! [`super::schema`]. Every problem found is collected, with the file, line and column and
//! what to do about it, so a teacher sees them all at once rather than one per attempt.
//! Only a pack with no problems becomes a [`Pack`].

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::schema::{self, Field, Kind};
use super::source::{PackSource, ReadError};
use super::{
    Exercise, FORMAT_VERSION, Hidden, LimitSpec, Location, MatchMode, Pack, Page, SolutionPolicy,
    Test, TestKind,
};
use crate::pack::Lesson;
use crate::sandbox::Prompts;
use crate::tr;

/// Most lessons a pack may have (a guard against runaway files).
const MAX_LESSONS: usize = 500;
/// Most exercises in a lesson, and tests in an exercise.
const MAX_ITEMS: usize = 500;

/// Something wrong with a pack, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, as shown to the teacher.
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
    /// What to do about it.
    pub help: Option<String>,
}

impl Problem {
    pub fn new(file: impl Into<String>, at: Option<(usize, usize)>, message: String) -> Problem {
        Problem {
            file: file.into(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
            message,
            help: None,
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n    {}", tr!("pack-problem-help", text = help))?;
        }
        Ok(())
    }
}

/// Turns byte offsets into line and column numbers (1-based; columns count characters).
pub(crate) struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    pub(crate) fn at(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        (line + 1, col + 1)
    }
}

/// One file being checked: where problems go, and how to place them.
struct FileCx<'a> {
    name: String,
    rel: String,
    lines: LineIndex<'a>,
    problems: &'a mut Vec<Problem>,
}

impl FileCx<'_> {
    fn at(&self, span: &Range<usize>) -> (usize, usize) {
        self.lines.at(span.start)
    }

    fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.at(span);
        Location {
            file: self.name.clone(),
            line,
            column,
        }
    }

    fn problem(&mut self, span: &Range<usize>, message: String, help: Option<String>) {
        let mut p = Problem::new(self.name.clone(), Some(self.at(span)), message);
        p.help = help;
        self.problems.push(p);
    }
}

/// A table being read: its fields by name.
struct Tbl<'t, 'i> {
    span: Range<usize>,
    fields: HashMap<&'t str, &'t Spanned<DeValue<'i>>>,
}

fn type_name(v: &DeValue<'_>) -> String {
    tr!(match v {
        DeValue::String(_) => "toml-type-text",
        DeValue::Integer(_) => "toml-type-integer",
        DeValue::Float(_) => "toml-type-float",
        DeValue::Boolean(_) => "toml-type-boolean",
        DeValue::Datetime(_) => "toml-type-date",
        DeValue::Array(_) => "toml-type-list",
        DeValue::Table(_) => "toml-type-table",
    })
}

fn expected_name(kind: Kind) -> String {
    match kind {
        Kind::Str | Kind::Text => tr!("toml-expect-text"),
        Kind::Enum(values) => tr!("toml-expect-one-of", values = quoted_list(values)),
        Kind::Int => tr!("toml-expect-integer"),
        Kind::Number => tr!("toml-expect-number"),
        Kind::StrList => tr!("toml-expect-text-list"),
        Kind::Table(_) => tr!("toml-expect-table"),
        Kind::TableList(_) => tr!("toml-expect-table-list"),
    }
}

/// A part of a pack, in words, for messages: "pack.toml", "an [[exercise]]", ...
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    Pack,
    Lesson,
    Page,
    Exercise,
    Test,
    Limits,
    Solutions,
}

impl Part {
    pub(crate) fn words(self) -> String {
        tr!(match self {
            Part::Pack => "pack-part-pack",
            Part::Lesson => "pack-part-lesson",
            Part::Page => "pack-part-page",
            Part::Exercise => "pack-part-exercise",
            Part::Test => "pack-part-test",
            Part::Limits => "pack-part-limits",
            Part::Solutions => "pack-part-solutions",
        })
    }
}

/// What a required field is for, in the teacher's language.
fn field_doc(field: &Field) -> String {
    let key = format!("pack-field-doc-{}", field.name);
    if crate::i18n::exists(&key) {
        crate::i18n::tr(&key)
    } else {
        field.doc.to_owned()
    }
}

fn quoted_list(values: &[&str]) -> String {
    values
        .iter()
        .map(|v| format!("\"{v}\""))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The known name closest to `unknown`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    unknown: &str,
    known: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    known
        .into_iter()
        .map(|k| (k, strsim::jaro_winkler(unknown, k)))
        .filter(|(_, score)| *score > 0.8)
        .max_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(k, _)| k)
}

/// Checks a table's fields against `fields`: unknown names, types, required fields.
fn check_table<'t, 'i>(
    cx: &mut FileCx<'_>,
    table: &'t DeTable<'i>,
    span: Range<usize>,
    fields: &[Field],
    part: Part,
) -> Tbl<'t, 'i> {
    let what = part.words();
    let mut seen = HashMap::new();
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let Some(field) = fields.iter().find(|f| f.name == name) else {
            let help = match did_you_mean(name, fields.iter().map(|f| f.name)) {
                Some(s) => tr!("pack-did-you-mean-field", suggestion = s),
                None => tr!(
                    "pack-fields-allowed",
                    what = &what,
                    fields = fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
                ),
            };
            cx.problem(
                &key.span(),
                tr!("pack-unknown-field", field = name, what = &what),
                Some(help),
            );
            continue;
        };
        if check_kind(cx, value, field.kind, name) {
            seen.insert(field.name, value);
        }
    }
    for field in fields.iter().filter(|f| f.required) {
        if !table.iter().any(|(k, _)| k.get_ref() == field.name) {
            cx.problem(
                &span,
                tr!("pack-missing-field", what = &what, field = field.name),
                Some(tr!(
                    "pack-add-field",
                    field = field.name,
                    doc = field_doc(field)
                )),
            );
        }
    }
    Tbl { span, fields: seen }
}

fn check_kind(cx: &mut FileCx<'_>, value: &Spanned<DeValue<'_>>, kind: Kind, name: &str) -> bool {
    let v = value.get_ref();
    let ok = match kind {
        Kind::Str | Kind::Text => v.is_str(),
        Kind::Enum(values) => match v.as_str() {
            Some(s) if values.contains(&s) => true,
            Some(s) => {
                let help = match did_you_mean(s, values.iter().copied()) {
                    Some(m) => tr!("pack-did-you-mean-value", suggestion = m),
                    None => tr!("pack-use-one-of", values = quoted_list(values)),
                };
                cx.problem(
                    &value.span(),
                    tr!("pack-bad-value", field = name, value = s),
                    Some(help),
                );
                return false;
            }
            None => false,
        },
        Kind::Int => v.is_integer(),
        Kind::Number => v.is_integer() || v.is_float(),
        Kind::StrList => match v.as_array() {
            Some(items) => {
                let mut all = true;
                for item in items.iter() {
                    if !item.get_ref().is_str() {
                        cx.problem(
                            &item.span(),
                            tr!(
                                "pack-list-item-not-text",
                                field = name,
                                found = type_name(item.get_ref())
                            ),
                            None,
                        );
                        all = false;
                    }
                }
                return all;
            }
            None => false,
        },
        Kind::Table(_) => v.is_table(),
        Kind::TableList(_) => v
            .as_array()
            .map(|a| a.iter().all(|t| t.get_ref().is_table()))
            .unwrap_or(false),
    };
    if !ok {
        cx.problem(
            &value.span(),
            tr!(
                "pack-wrong-type",
                field = name,
                expected = expected_name(kind),
                found = type_name(v)
            ),
            None,
        );
    }
    ok
}

impl<'t, 'i> Tbl<'t, 'i> {
    fn str(&self, name: &str) -> Option<String> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_owned)
    }

    fn span_of(&self, name: &str) -> Range<usize> {
        self.fields
            .get(name)
            .map(|v| v.span())
            .unwrap_or_else(|| self.span.clone())
    }

    fn has(&self, name: &str) -> bool {
        self.fields.contains_key(name)
    }

    fn int(&self, name: &str) -> Option<i64> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_integer())
            .and_then(|i| i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok())
    }

    fn number(&self, name: &str) -> Option<f64> {
        let v = self.fields.get(name)?.get_ref();
        if let Some(f) = v.as_float() {
            return f.as_str().replace('_', "").parse().ok();
        }
        self.int(name).map(|i| i as f64)
    }

    fn strs(&self, name: &str) -> Vec<String> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.get_ref().as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn str_items(&self, name: &str) -> Vec<(String, Range<usize>)> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_array())
            .map(|a| {
                a.iter()
                    .filter_map(|s| s.get_ref().as_str().map(|x| (x.to_owned(), s.span())))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn table(&self, name: &str) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let v = self.fields.get(name)?;
        v.get_ref().as_table().map(|t| (t, v.span()))
    }

    fn tables(&self, name: &str) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_array())
            .map(|a: &DeArray<'i>| {
                a.iter()
                    .filter_map(|t| t.get_ref().as_table().map(|tb| (tb, t.span())))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// Is `id` a well-formed id: lower-case letters, digits and `-`, starting with a letter or
/// digit, at most 64 characters?
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

/// An id made from a test's name: "Adds 2 and 3!" becomes "adds-2-and-3".
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_owned();
    out.chars().take(64).collect()
}

fn check_id(cx: &mut FileCx<'_>, tbl: &Tbl<'_, '_>, what: &str) -> Option<String> {
    let id = tbl.str("id")?;
    if !is_valid_id(&id) {
        cx.problem(
            &tbl.span_of("id"),
            tr!("pack-bad-id", what = what, id = &id),
            Some(tr!(
                "pack-bad-id-help",
                example = if slug(&id).is_empty() {
                    "my-id".to_owned()
                } else {
                    slug(&id)
                }
            )),
        );
    }
    Some(id)
}

fn limits(cx: &mut FileCx<'_>, parent: &Tbl<'_, '_>) -> LimitSpec {
    let Some((table, span)) = parent.table("limits") else {
        return LimitSpec::default();
    };
    let t = check_table(cx, table, span, schema::LIMITS, Part::Limits);
    let spec = LimitSpec {
        time: t.number("time"),
        memory: t.int("memory").map(|m| m.max(0) as u64),
        output: t.int("output").map(|o| o.max(0) as u64),
    };
    if let Some(time) = spec.time
        && !(time > 0.0 && time <= 60.0)
    {
        cx.problem(
            &t.span_of("time"),
            tr!("pack-bad-time-limit", value = time),
            Some(tr!("pack-bad-time-limit-help")),
        );
    }
    if let Some(m) = spec.memory
        && !(1..=2048).contains(&m)
    {
        cx.problem(
            &t.span_of("memory"),
            tr!("pack-bad-memory-limit", value = m),
            Some(tr!("pack-bad-memory-limit-help")),
        );
    }
    if let Some(o) = spec.output
        && !(1..=1 << 20).contains(&o)
    {
        cx.problem(
            &t.span_of("output"),
            tr!("pack-bad-output-limit", value = o),
            Some(tr!("pack-bad-output-limit-help")),
        );
    }
    spec
}

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
    let lines = LineIndex::new(text);
    for e in errors {
        let at = e.span().map(|s| lines.at(s.start));
        problems.push(
            Problem::new(name, at, tr!("pack-not-toml", error = e.message().trim()))
                .help(tr!("pack-not-toml-help")),
        );
    }
    None
}

fn read(source: &PackSource, rel: &str) -> Result<String, Problem> {
    source.read(rel).map_err(|e| {
        let p = Problem::new(
            source.display(rel),
            None,
            tr!("pack-cannot-read", error = e.to_string()),
        );
        match e {
            ReadError::NotFound => p.help(tr!("pack-cannot-read-help-missing")),
            ReadError::NotText => p.help(tr!("pack-cannot-read-help-not-text")),
            _ => p,
        }
    })
}

/// Loads and validates a whole pack. Returns every problem found if it is not sound.
///
/// This checks the files only; running the reference solutions and starters against the
/// tests is `slate pack check`'s job ([`crate::marking`]).
pub fn load_pack(source: &PackSource) -> Result<Pack, Vec<Problem>> {
    let mut problems = Vec::new();
    let text = match read(source, "pack.toml") {
        Ok(t) => t,
        Err(p) => return Err(vec![p]),
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
    if let Some(format) = t.int("format")
        && format != FORMAT_VERSION
    {
        cx.problem(
            &t.span_of("format"),
            tr!("pack-unknown-format", found = format),
            Some(tr!("pack-unknown-format-help")),
        );
    }
    let id = check_id(&mut cx, &t, "pack").unwrap_or_default();
    let pack_limits = limits(&mut cx, &t);
    let solutions = match t.table("solutions") {
        Some((table, span)) => {
            let s = check_table(&mut cx, table, span, schema::SOLUTIONS, Part::Solutions);
            let attempts = s.int("attempts").unwrap_or(3);
            if attempts < 1 {
                cx.problem(&s.span_of("attempts"), tr!("pack-bad-attempts"), None);
            }
            match s.str("show").as_deref() {
                Some("after-attempts") => {
                    SolutionPolicy::AfterAttempts(attempts.clamp(1, 1000) as u32)
                }
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
        locale: t.str("locale").unwrap_or_else(|| "en-GB".into()),
        version: t.str("version").unwrap_or_else(|| "0".into()),
        authors: t.strs("authors"),
        licence: t.str("licence").unwrap_or_default(),
        limits: pack_limits,
        solutions,
        lessons: Vec::new(),
        origin: source.origin(),
    };

    let mut seen_files = HashSet::new();
    let mut entries = Vec::new();
    for (file, span) in &lesson_files {
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
            Err(e) => {
                let help = match e {
                    ReadError::NotFound => {
                        tr!("pack-cannot-read-lesson-help-missing", file = &rel)
                    }
                    ReadError::OutsidePack => tr!("pack-cannot-read-lesson-help-outside"),
                    _ => tr!("pack-check-the-file"),
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

    let mut lesson_ids: HashMap<String, String> = HashMap::new();
    let mut exercise_ids: HashMap<String, String> = HashMap::new();
    for (rel, text) in &entries {
        if let Some(lesson) = load_lesson(
            source,
            rel,
            text,
            &mut problems,
            &mut lesson_ids,
            &mut exercise_ids,
        ) {
            pack.lessons.push(lesson);
        }
    }
    if problems.is_empty() {
        Ok(pack)
    } else {
        Err(problems)
    }
}

fn load_lesson(
    source: &PackSource,
    rel: &str,
    text: &str,
    problems: &mut Vec<Problem>,
    lesson_ids: &mut HashMap<String, String>,
    exercise_ids: &mut HashMap<String, String>,
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
        if let Some(first) = lesson_ids.insert(id.clone(), here) {
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
        if let Some(e) = load_exercise(source, &mut cx, table, span, exercise_ids) {
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
                Err(err) => {
                    let help = match err {
                        ReadError::OutsidePack => tr!("pack-cannot-read-code-help-outside"),
                        ReadError::NotFound => {
                            tr!("pack-cannot-read-code-help-missing", file = &path)
                        }
                        _ => tr!("pack-check-the-file"),
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
    let starter = code(source, cx, &e, "starter", false);
    let solution = code(source, cx, &e, "solution", true);
    let prompts = match e.str("prompts").as_deref() {
        Some("transcript") => Prompts::Transcript,
        _ => Prompts::Hide,
    };
    let limits = limits(cx, &e);
    let test_tables = e.tables("test");
    if e.has("test") && test_tables.is_empty() {
        cx.problem(
            &e.span_of("test"),
            tr!("pack-no-tests"),
            Some(tr!("pack-no-tests-help")),
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
                cx.problem(
                    &span_for(cx, &test.at),
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

/// A zero-width span at a location (for problems found after the span was dropped).
fn span_for(cx: &FileCx<'_>, at: &Location) -> Range<usize> {
    let start = cx
        .lines
        .starts
        .get(at.line.saturating_sub(1))
        .copied()
        .unwrap_or(0);
    start..start
}

fn load_test(cx: &mut FileCx<'_>, table: &DeTable<'_>, span: Range<usize>) -> Option<Test> {
    let t = check_table(cx, table, span.clone(), schema::TEST, Part::Test);
    let name = t.str("name").unwrap_or_default();
    let id = match check_id(cx, &t, "test") {
        Some(id) => id,
        None => {
            let s = slug(&name);
            if s.is_empty() { "test".to_owned() } else { s }
        }
    };
    let hidden = match t.str("hidden").as_deref() {
        Some("hide") => Hidden::Hide,
        Some("on-failure") => Hidden::OnFailure,
        _ => Hidden::Show,
    };
    let points = t.int("points").unwrap_or(1);
    if !(0..=1000).contains(&points) {
        cx.problem(&t.span_of("points"), tr!("pack-bad-points"), None);
    }
    let is_output = t.has("expect");
    let is_call = t.has("call") || t.has("returns");
    let is_code = t.has("require") || t.has("forbid");
    let kinds = [is_output, is_call, is_code].iter().filter(|k| **k).count();
    let tolerance = t.number("tolerance");
    if let Some(tol) = tolerance
        && tol < 0.0
    {
        cx.problem(
            &t.span_of("tolerance"),
            tr!("pack-negative-tolerance"),
            None,
        );
    }
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
        if mode != MatchMode::Numbers && mode != MatchMode::Exact && tolerance.is_some() {
            cx.problem(
                &t.span_of("tolerance"),
                tr!("pack-tolerance-unused"),
                Some(tr!("pack-tolerance-unused-help")),
            );
        }
        Some(TestKind::Output {
            expect,
            mode,
            tolerance: tolerance.unwrap_or(0.001),
        })
    } else if is_call {
        let call = t.str("call");
        let returns = t.str("returns");
        match (call, returns) {
            (Some(call), Some(returns)) => {
                if call.trim().is_empty() || returns.trim().is_empty() {
                    cx.problem(&span, tr!("pack-empty-call", name = &name), None);
                }
                Some(TestKind::Call {
                    call,
                    returns,
                    tolerance: tolerance.unwrap_or(1e-9),
                })
            }
            (Some(_), None) => {
                cx.problem(
                    &t.span_of("call"),
                    tr!("pack-call-without-returns", name = &name),
                    Some(tr!("pack-call-without-returns-help")),
                );
                None
            }
            _ => {
                cx.problem(
                    &t.span_of("returns"),
                    tr!("pack-returns-without-call", name = &name),
                    Some(tr!("pack-returns-without-call-help")),
                );
                None
            }
        }
    } else {
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
                tr!("pack-empty-code-check", name = &name),
                Some(tr!("pack-empty-code-check-help")),
            );
        }
        Some(TestKind::Code {
            require: require.into_iter().map(|(s, _)| s).collect(),
            forbid: forbid.into_iter().map(|(s, _)| s).collect(),
        })
    };
    let limits = limits(cx, &t);
    Some(Test {
        id,
        name,
        hidden,
        points: points.clamp(0, 1000) as u32,
        stdin: t.str("stdin"),
        limits,
        kind: kind?,
        at: cx.location(&span),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_index_counts_characters() {
        let li = LineIndex::new("ab\ncdé\nx");
        assert_eq!(li.at(0), (1, 1));
        assert_eq!(li.at(3), (2, 1));
        assert_eq!(li.at(7), (2, 4));
        assert_eq!(li.at(8), (3, 1));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Adds 2 and 3!"), "adds-2-and-3");
        assert_eq!(slug("  --Hello--  "), "hello");
        assert_eq!(slug("Pen-blwydd hapus, Siân"), "pen-blwydd-hapus-si-n");
    }

    #[test]
    fn ids() {
        assert!(is_valid_id("lesson-1"));
        assert!(!is_valid_id("Lesson 1"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
    }

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("hint", ["hints", "title"]), Some("hints"));
        assert_eq!(did_you_mean("zzz", ["hints", "title"]), None);
    }
}
