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
            write!(f, "\n    help: {help}")?;
        }
        Ok(())
    }
}

/// Turns byte offsets into line and column numbers (1-based; columns count characters).
struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    fn at(&self, offset: usize) -> (usize, usize) {
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

fn type_name(v: &DeValue<'_>) -> &'static str {
    match v {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true/false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

fn expected_name(kind: Kind) -> String {
    match kind {
        Kind::Str | Kind::Text => "text in quotes".into(),
        Kind::Enum(values) => format!("one of {}", quoted_list(values)),
        Kind::Int => "a whole number".into(),
        Kind::Number => "a number".into(),
        Kind::StrList => "a list of text, like [\"a\", \"b\"]".into(),
        Kind::Table(_) => "a table".into(),
        Kind::TableList(_) => "a list of tables ([[...]])".into(),
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
    what: &str,
) -> Tbl<'t, 'i> {
    let mut seen = HashMap::new();
    for (key, value) in table.iter() {
        let name: &str = key.get_ref();
        let Some(field) = fields.iter().find(|f| f.name == name) else {
            let help = match did_you_mean(name, fields.iter().map(|f| f.name)) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "the fields {what} can have are: {}",
                    fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ")
                ),
            };
            cx.problem(
                &key.span(),
                format!("unknown field `{name}` in {what}"),
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
                format!("{what} has no `{}`", field.name),
                Some(format!("add `{}`: {}", field.name, field.doc)),
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
                    Some(m) => format!("did you mean \"{m}\"?"),
                    None => format!("use one of {}", quoted_list(values)),
                };
                cx.problem(
                    &value.span(),
                    format!("`{name}` cannot be \"{s}\""),
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
                            format!(
                                "every item of `{name}` must be text in quotes, not {}",
                                type_name(item.get_ref())
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
            format!(
                "`{name}` should be {}, not {}",
                expected_name(kind),
                type_name(v)
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
            format!("the {what} id \"{id}\" is not a valid id"),
            Some(format!(
                "use lower-case letters, digits and '-', for example \"{}\"",
                if slug(&id).is_empty() {
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
    let t = check_table(cx, table, span, schema::LIMITS, "[limits]");
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
            format!("a time limit of {time} seconds is not allowed"),
            Some("use a number of seconds between 0.1 and 60".into()),
        );
    }
    if let Some(m) = spec.memory
        && !(1..=2048).contains(&m)
    {
        cx.problem(
            &t.span_of("memory"),
            format!("a memory limit of {m} MB is not allowed"),
            Some("use a number of megabytes between 1 and 2048".into()),
        );
    }
    if let Some(o) = spec.output
        && !(1..=1 << 20).contains(&o)
    {
        cx.problem(
            &t.span_of("output"),
            format!("an output limit of {o} KB is not allowed"),
            Some("use a number of kilobytes between 1 and 1048576".into()),
        );
    }
    spec
}

/// Parses `text` as TOML, reporting syntax errors as problems.
fn parse<'i>(
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
            Problem::new(
                name,
                at,
                format!("this is not valid TOML: {}", e.message().trim()),
            )
            .help("check quotes, brackets and `=` signs near this place"),
        );
    }
    None
}

fn read(source: &PackSource, rel: &str) -> Result<String, Problem> {
    source.read(rel).map_err(|e| {
        let p = Problem::new(
            source.display(rel),
            None,
            format!("cannot read this file: {e}"),
        );
        match e {
            ReadError::NotFound => {
                p.help("check the file name and that the file is in the pack's folder")
            }
            ReadError::NotText => p.help("save the file as UTF-8 text"),
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
            format!("this pack uses format {n}, made for a newer version of Slate (this one reads format {FORMAT_VERSION})"),
            Some("update Slate to use this pack".into()),
        );
        return Err(problems);
    }
    let t = check_table(&mut cx, doc.get_ref(), root_span, schema::PACK, "pack.toml");
    if let Some(format) = t.int("format")
        && format != FORMAT_VERSION
    {
        cx.problem(
            &t.span_of("format"),
            format!("format {format} is not a pack format Slate knows"),
            Some("write `format = 1`".into()),
        );
    }
    let id = check_id(&mut cx, &t, "pack").unwrap_or_default();
    let pack_limits = limits(&mut cx, &t);
    let solutions = match t.table("solutions") {
        Some((table, span)) => {
            let s = check_table(&mut cx, table, span, schema::SOLUTIONS, "[solutions]");
            let attempts = s.int("attempts").unwrap_or(3);
            if attempts < 1 {
                cx.problem(
                    &s.span_of("attempts"),
                    "`attempts` must be 1 or more".into(),
                    None,
                );
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
            "the pack has no lessons".into(),
            Some("list the lesson files, e.g. lessons = [\"01-hello\"]".into()),
        );
    }
    if lesson_files.len() > MAX_LESSONS {
        cx.problem(
            &t.span_of("lessons"),
            format!("a pack can have at most {MAX_LESSONS} lessons"),
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
                format!("the lesson \"{file}\" is listed twice"),
                Some("remove one of them".into()),
            );
            continue;
        }
        match source.read(&rel) {
            Ok(text) => entries.push((rel, text)),
            Err(e) => {
                let help = match e {
                    ReadError::NotFound => format!(
                        "make a file called {rel} in the pack's folder, or fix the name here"
                    ),
                    ReadError::OutsidePack => {
                        "lesson files must be inside the pack's folder".into()
                    }
                    _ => "check the file".into(),
                };
                cx.problem(
                    span,
                    format!("cannot read the lesson file {rel}: {e}"),
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
        "a lesson",
    );
    let id = check_id(&mut cx, &t, "lesson").unwrap_or_default();
    if !id.is_empty() {
        let here = cx.location(&t.span_of("id")).to_string();
        if let Some(first) = lesson_ids.insert(id.clone(), here) {
            cx.problem(
                &t.span_of("id"),
                format!("the lesson id \"{id}\" is already used at {first}"),
                Some("give each lesson its own id".into()),
            );
        }
    }
    let pages = t
        .tables("page")
        .into_iter()
        .map(|(table, span)| {
            let p = check_table(&mut cx, table, span, schema::PAGE, "a [[page]]");
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
            format!("a lesson can have at most {MAX_ITEMS} exercises"),
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
                format!("the exercise has both `{field}` and `{file_field}`"),
                Some("keep one of them".to_owned()),
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
                        ReadError::OutsidePack => {
                            "use a path inside the pack's folder, like \"02-numbers/add.py\"".into()
                        }
                        ReadError::NotFound => {
                            format!("make the file {path} next to the lesson file, or fix the name")
                        }
                        _ => "check the file".to_owned(),
                    };
                    cx.problem(
                        &e.span_of(&file_field),
                        format!("cannot read {path}: {err}"),
                        Some(help),
                    );
                    None
                }
            }
        }
        (None, None) if required => {
            cx.problem(
                &e.span,
                format!("the exercise has no `{field}`"),
                Some(format!(
                    "add `{field} = \"\"\"...\"\"\"` or `{file_field} = \"file.py\"`"
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
    let e = check_table(cx, table, span.clone(), schema::EXERCISE, "an [[exercise]]");
    let id = check_id(cx, &e, "exercise").unwrap_or_default();
    let at = cx.location(&e.span_of("id"));
    if !id.is_empty()
        && let Some(first) = exercise_ids.insert(id.clone(), at.to_string())
    {
        cx.problem(
            &e.span_of("id"),
            format!("the exercise id \"{id}\" is already used at {first}"),
            Some("exercise ids must be different across the whole pack".into()),
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
            "the exercise has no tests".into(),
            Some("add at least one [[exercise.test]]".into()),
        );
    }
    if test_tables.len() > MAX_ITEMS {
        cx.problem(
            &e.span_of("test"),
            format!("an exercise can have at most {MAX_ITEMS} tests"),
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
                    format!("two tests of exercise \"{id}\" have the id \"{}\"", test.id),
                    Some("give the tests different names, or set `id` on one of them".into()),
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
    let t = check_table(
        cx,
        table,
        span.clone(),
        schema::TEST,
        "an [[exercise.test]]",
    );
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
        cx.problem(
            &t.span_of("points"),
            "`points` must be between 0 and 1000".into(),
            None,
        );
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
            "`tolerance` cannot be negative".into(),
            None,
        );
    }
    let kind = if kinds == 0 {
        cx.problem(
            &span,
            format!("the test \"{name}\" has nothing to compare"),
            Some("give it `expect` (output), or `call` and `returns` (a function), or `require`/`forbid` (a code check)".into()),
        );
        None
    } else if kinds > 1 {
        cx.problem(
            &span,
            format!("the test \"{name}\" mixes different kinds of test"),
            Some("use only one of: `expect`; `call` and `returns`; `require`/`forbid`. Split it into two tests".into()),
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
                format!("`expect` is not a valid regular expression: {err}"),
                None,
            );
        }
        if mode != MatchMode::Numbers && mode != MatchMode::Exact && tolerance.is_some() {
            cx.problem(
                &t.span_of("tolerance"),
                "`tolerance` only matters with match = \"numbers\"".into(),
                Some("remove it, or set match = \"numbers\"".into()),
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
                    cx.problem(
                        &span,
                        format!("the test \"{name}\" has an empty `call` or `returns`"),
                        None,
                    );
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
                    format!("the test \"{name}\" has `call` but no `returns`"),
                    Some(
                        "add `returns = \"...\"`: the value the call should give back, in Python"
                            .into(),
                    ),
                );
                None
            }
            _ => {
                cx.problem(
                    &t.span_of("returns"),
                    format!("the test \"{name}\" has `returns` but no `call`"),
                    Some("add `call = \"...\"`, for example call = \"add(2, 3)\"".into()),
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
                    Some(s) => format!("did you mean \"{s}\"?"),
                    None => "see the list in docs/lesson-packs.md (e.g. \"for\", \"while\", \"call:len\")".into(),
                };
                cx.problem(
                    span,
                    format!("a code check cannot look for \"{item}\""),
                    Some(help),
                );
            }
        }
        if require.is_empty() && forbid.is_empty() {
            cx.problem(
                &span,
                format!("the code check \"{name}\" has nothing to check"),
                Some("list something in `require` or `forbid`".into()),
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
