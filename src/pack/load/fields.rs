//! Checking one TOML table against its field table in [`crate::pack::schema`].
//!
//! [`check_table`] reports unknown fields (with "did you mean"), values of the wrong type,
//! numbers outside their allowed range (including ones too large for any number type, NaN
//! and infinity), and missing required fields, each at its line and column. What passes is
//! kept in a [`Tbl`] that the loader reads values from. Ids, language tags and limits,
//! shared by several parts of a pack, are checked here too.
//!
//! [`did_you_mean`] is not [`crate::explain::suggest::closest`] on purpose: here the known
//! names are a short, fixed list and authors write near forms of longer words and ids, which
//! Jaro-Winkler (weighted towards a shared start) finds; there the names come from a
//! learner's program, so the work is bounded, and the slips are typing slips (edit distance).

use std::collections::HashMap;
use std::ops::Range;

use fluent_templates::LanguageIdentifier;
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use crate::pack::problem::{LineIndex, Problem};
use crate::pack::schema::{self, Field, Kind};
use crate::pack::{LimitSpec, Location};
use crate::tr;

/// One file being checked: where problems go, and how to place them.
pub(crate) struct FileCx<'a> {
    pub(crate) name: String,
    /// The file, relative to the pack's folder.
    pub(crate) rel: String,
    pub(crate) lines: LineIndex<'a>,
    pub(crate) problems: &'a mut Vec<Problem>,
}

impl FileCx<'_> {
    pub(crate) fn at(&self, span: &Range<usize>) -> (usize, usize) {
        self.lines.at(span.start)
    }

    pub(crate) fn location(&self, span: &Range<usize>) -> Location {
        let (line, column) = self.at(span);
        Location {
            file: self.name.clone(),
            line,
            column,
        }
    }

    pub(crate) fn problem(&mut self, span: &Range<usize>, message: String, help: Option<String>) {
        let mut p = Problem::new(self.name.clone(), Some(self.at(span)), message);
        p.help = help;
        self.problems.push(p);
    }

    /// A zero-width span at the start of a location's line (for problems found after the
    /// table was read).
    pub(crate) fn span_for(&self, at: &Location) -> Range<usize> {
        let start = self.lines.line_start(at.line);
        start..start
    }

    /// The value at `span` as the teacher wrote it.
    fn written(&self, span: &Range<usize>) -> &str {
        self.lines.text().get(span.clone()).unwrap_or("").trim()
    }
}

/// A table being read: its fields that passed [`check_table`], by name.
pub(crate) struct Tbl<'t, 'i> {
    pub(crate) span: Range<usize>,
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
        Kind::Int { .. } => tr!("toml-expect-integer"),
        Kind::Number { .. } => tr!("toml-expect-number"),
        Kind::StrList => tr!("toml-expect-text-list"),
        Kind::Bool => tr!("toml-expect-boolean"),
        Kind::Table(_) | Kind::Map(_) => tr!("toml-expect-table"),
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
    Translation,
    TranslationExercise,
    TranslationTest,
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
            Part::Translation => "pack-part-translation",
            Part::TranslationExercise => "pack-part-translation-exercise",
            Part::TranslationTest => "pack-part-translation-test",
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

/// Checks a table's fields against `fields`: unknown names, types, ranges, required fields.
pub(crate) fn check_table<'t, 'i>(
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
    // A required list of tables (an exercise's tests) is reported by the caller, who can
    // name what lacks it.
    let reported_here = |f: &&Field| f.required && !matches!(f.kind, Kind::TableList(_));
    for field in fields.iter().filter(reported_here) {
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
        Kind::Int { min, max } if v.is_integer() => {
            let fits = integer(v).is_some_and(|i| (min..=max).contains(&i));
            if !fits {
                out_of_range(cx, value, name, kind);
            }
            return fits;
        }
        Kind::Number { min, max } if v.is_integer() || v.is_float() => {
            let fits = number(v).is_some_and(|n| n.is_finite() && min <= n && n <= max);
            if !fits {
                out_of_range(cx, value, name, kind);
            }
            return fits;
        }
        Kind::Int { .. } | Kind::Number { .. } => false,
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
        Kind::Bool => matches!(v, DeValue::Boolean(_)),
        Kind::Table(_) | Kind::Map(_) => v.is_table(),
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

/// A number outside its field's range, quoting the value as written and the range.
fn out_of_range(cx: &mut FileCx<'_>, value: &Spanned<DeValue<'_>>, name: &str, kind: Kind) {
    let (min, max, whole) = match kind {
        Kind::Int { min, max } => (min.to_string(), max.to_string(), true),
        Kind::Number { min, max } => (min.to_string(), max.to_string(), false),
        _ => return,
    };
    let written = cx.written(&value.span()).to_owned();
    // Limits name their unit; `format` has only one allowed value.
    let help = match name {
        "time" => "pack-out-of-range-time-help",
        "memory" => "pack-out-of-range-memory-help",
        "output" => "pack-out-of-range-output-help",
        "format" => "pack-out-of-range-format-help",
        _ if whole => "pack-out-of-range-whole-help",
        _ => "pack-out-of-range-help",
    };
    cx.problem(
        &value.span(),
        tr!("pack-out-of-range", field = name, value = &written),
        Some(tr!(help, field = name, min = &min, max = &max)),
    );
}

/// A TOML integer as an `i64`, or `None` when it is too large for one.
fn integer(v: &DeValue<'_>) -> Option<i64> {
    let i = v.as_integer()?;
    i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok()
}

/// A TOML integer or float as an `f64` (`nan` and `inf` included; a float too large for an
/// `f64` is infinite).
fn number(v: &DeValue<'_>) -> Option<f64> {
    if let Some(f) = v.as_float() {
        return f.as_str().replace('_', "").parse().ok();
    }
    let i = v.as_integer()?;
    match integer(v) {
        Some(n) => Some(n as f64),
        None if i.radix() == 10 => i.as_str().replace('_', "").parse().ok(),
        None => Some(f64::INFINITY),
    }
}

impl<'t, 'i> Tbl<'t, 'i> {
    pub(crate) fn str(&self, name: &str) -> Option<String> {
        self.fields
            .get(name)
            .and_then(|v| v.get_ref().as_str())
            .map(str::to_owned)
    }

    pub(crate) fn bool(&self, name: &str) -> Option<bool> {
        match self.fields.get(name).map(|v| v.get_ref()) {
            Some(DeValue::Boolean(b)) => Some(*b),
            _ => None,
        }
    }

    pub(crate) fn span_of(&self, name: &str) -> Range<usize> {
        self.fields
            .get(name)
            .map(|v| v.span())
            .unwrap_or_else(|| self.span.clone())
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.fields.contains_key(name)
    }

    /// A whole number that passed its range check.
    pub(crate) fn int(&self, name: &str) -> Option<i64> {
        self.fields.get(name).and_then(|v| integer(v.get_ref()))
    }

    /// A number that passed its range check.
    pub(crate) fn number(&self, name: &str) -> Option<f64> {
        self.fields.get(name).and_then(|v| number(v.get_ref()))
    }

    pub(crate) fn strs(&self, name: &str) -> Vec<String> {
        self.str_items(name).into_iter().map(|(s, _)| s).collect()
    }

    pub(crate) fn str_items(&self, name: &str) -> Vec<(String, Range<usize>)> {
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

    pub(crate) fn table(&self, name: &str) -> Option<(&'t DeTable<'i>, Range<usize>)> {
        let v = self.fields.get(name)?;
        v.get_ref().as_table().map(|t| (t, v.span()))
    }

    pub(crate) fn tables(&self, name: &str) -> Vec<(&'t DeTable<'i>, Range<usize>)> {
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
/// digit, at most 64 characters? (So an id never holds a control character.)
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-')
}

/// Is `tag` a language tag such as `cy`, `en-GB` or `pt-BR`: letters, digits and `-` (or
/// `_`), at most 35 characters, in a shape Slate's languages library understands?
pub fn is_language_tag(tag: &str) -> bool {
    !tag.is_empty()
        && tag.len() <= 35
        && tag
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && tag.parse::<LanguageIdentifier>().is_ok()
}

pub(crate) fn check_id(cx: &mut FileCx<'_>, tbl: &Tbl<'_, '_>, what: &str) -> Option<String> {
    let id = tbl.str("id")?;
    if !is_valid_id(&id) {
        cx.problem(
            &tbl.span_of("id"),
            tr!("pack-bad-id", what = what, id = &id),
            Some(tr!(
                "pack-bad-id-help",
                example = crate::text::slug(&id, "my-id")
            )),
        );
    }
    Some(id)
}

/// `locale` in pack.toml: a language tag, or the pack's default.
pub(crate) fn check_locale(cx: &mut FileCx<'_>, tbl: &Tbl<'_, '_>) -> String {
    let Some(locale) = tbl.str("locale") else {
        return "en-GB".into();
    };
    if !is_language_tag(&locale) {
        cx.problem(
            &tbl.span_of("locale"),
            tr!("pack-bad-locale", value = &locale),
            Some(tr!("pack-bad-locale-help")),
        );
    }
    locale
}

/// `[limits]` in `parent`, if it has one. Their ranges are checked with the other fields.
pub(crate) fn limits(cx: &mut FileCx<'_>, parent: &Tbl<'_, '_>) -> LimitSpec {
    let Some((table, span)) = parent.table("limits") else {
        return LimitSpec::default();
    };
    let t = check_table(cx, table, span, schema::LIMITS, Part::Limits);
    LimitSpec {
        time: t.number("time"),
        memory: t.int("memory").and_then(|m| u64::try_from(m).ok()),
        output: t.int("output").and_then(|o| u64::try_from(o).ok()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_valid_id("lesson-1"));
        assert!(!is_valid_id("Lesson 1"));
        assert!(!is_valid_id("-x"));
        assert!(!is_valid_id(""));
        assert!(!is_valid_id("a\u{1b}[2j"));
        assert!(!is_valid_id("a\u{9b}"));
    }

    #[test]
    fn language_tags() {
        for good in ["cy", "en-GB", "pt-BR", "es-419"] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "../../etc",
            "",
            "en GB",
            "cy\u{1b}]0;x\u{7}",
            "not_a_tag",
            "e",
        ] {
            assert!(!is_language_tag(bad), "{bad:?}");
        }
    }

    #[test]
    fn suggestions() {
        assert_eq!(did_you_mean("hint", ["hints", "title"]), Some("hints"));
        assert_eq!(did_you_mean("zzz", ["hints", "title"]), None);
        // Why this is not `explain::suggest::closest`: a shared start counts here.
        let ids = ["loops-basics", "strings"];
        assert_eq!(did_you_mean("loops", ids), Some("loops-basics"));
        assert_eq!(crate::explain::suggest::closest("loops", ids, &[]), None);
    }

    /// The problems a table with `fields` gives for `text`.
    fn problems_for(text: &str, fields: &[Field]) -> Vec<Problem> {
        let (doc, errors) = DeTable::parse_recoverable(text);
        assert!(errors.is_empty(), "{errors:?}");
        let mut problems = Vec::new();
        let mut cx = FileCx {
            name: "x.toml".into(),
            rel: "x.toml".into(),
            lines: LineIndex::new(text),
            problems: &mut problems,
        };
        check_table(&mut cx, doc.get_ref(), doc.span(), fields, Part::Limits);
        problems
    }

    #[test]
    fn numbers_out_of_range_are_placed_and_quote_the_range() {
        let cases = [
            ("time = 1e-300", "`time` cannot be 1e-300", "from 0.1 to 60"),
            ("time = nan", "`time` cannot be nan", "from 0.1 to 60"),
            ("time = -inf", "`time` cannot be -inf", "from 0.1 to 60"),
            (
                "memory = 99999999999999999999999",
                "`memory` cannot be 99999999999999999999999",
                "from 1 to 2048",
            ),
            ("output = -1", "`output` cannot be -1", "from 1 to 1048576"),
            ("time = 1e400", "`time` cannot be 1e400", "from 0.1 to 60"),
        ];
        for (text, message, range) in cases {
            let problems = problems_for(text, schema::LIMITS);
            assert_eq!(problems.len(), 1, "{text}: {problems:?}");
            let p = &problems[0];
            assert_eq!(
                (p.line, p.column),
                (Some(1), Some(text.find('=').unwrap() + 3))
            );
            assert_eq!(p.message, message);
            assert!(p.help.as_deref().unwrap().contains(range), "{p}");
        }
        assert!(problems_for("time = 0.1\nmemory = 2048\noutput = 1", schema::LIMITS).is_empty());
    }

    #[test]
    fn format_points_attempts_and_tolerance_have_ranges() {
        let cases = [
            (
                schema::PACK,
                "format = 99999999999999999999999",
                "write `format = 1`",
            ),
            (
                schema::TEST,
                "points = 99999999999999999999",
                "from 0 to 1000",
            ),
            (schema::TEST, "points = -1", "from 0 to 1000"),
            (schema::SOLUTIONS, "attempts = 0", "from 1 to 1000"),
            (schema::TEST, "tolerance = nan", "from 0 to 1000000"),
            (schema::TEST, "tolerance = inf", "from 0 to 1000000"),
            (schema::TEST, "tolerance = -0.5", "from 0 to 1000000"),
        ];
        for (fields, text, help) in cases {
            let problems = problems_for(text, fields);
            let p = problems
                .iter()
                .find(|p| p.message.contains("cannot be"))
                .unwrap_or_else(|| panic!("{text}: {problems:?}"));
            assert_eq!(p.line, Some(1), "{p}");
            assert!(p.help.as_deref().unwrap().contains(help), "{text}: {p}");
        }
    }
}
