//! The schemas checked against every bundled pack and the template, with a small validator
//! for the part of JSON Schema they use (no validator crate: a general one brings in far
//! more than these few keywords need), and against files they must refuse.

use serde_json::{Value, json};

use super::*;
use crate::pack::source::BUNDLED;

/// The errors of `value` against `schema`, as JSON pointers with what failed.
fn validate(schema: &Value, value: &Value, at: &str, errors: &mut Vec<String>) {
    let mut fail = |what: &str| errors.push(format!("{at}: {what}"));
    if let Some(t) = schema.get("type").and_then(Value::as_str) {
        let ok = match t {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            "boolean" => value.is_boolean(),
            other => panic!("a type the validator does not know: {other}"),
        };
        if !ok {
            return fail(&format!("not {t}"));
        }
    }
    if let Some(values) = schema.get("enum").and_then(Value::as_array)
        && !values.contains(value)
    {
        fail("not one of the enum");
    }
    if let Some(c) = schema.get("const")
        && c != value
    {
        fail(&format!("not {c}"));
    }
    if let Some(n) = value.as_f64() {
        if schema
            .get("minimum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n < m)
        {
            fail("below the minimum");
        }
        if schema
            .get("maximum")
            .and_then(Value::as_f64)
            .is_some_and(|m| n > m)
        {
            fail("above the maximum");
        }
    }
    if let (Some(p), Some(s)) = (
        schema.get("pattern").and_then(Value::as_str),
        value.as_str(),
    ) && !regex::Regex::new(p).unwrap().is_match(s)
    {
        fail(&format!("{s:?} does not fit {p}"));
    }
    if let Some(items) = schema.get("items") {
        for (i, item) in value.as_array().into_iter().flatten().enumerate() {
            validate(items, item, &format!("{at}/{i}"), errors);
        }
    }
    if let Some(object) = value.as_object() {
        let props = schema.get("properties").and_then(Value::as_object);
        for name in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if !object.contains_key(name.as_str().unwrap()) {
                errors.push(format!("{at}: missing {name}"));
            }
        }
        for (key, v) in object {
            if let Some(names) = schema.get("propertyNames") {
                validate(names, &json!(key), &format!("{at}/{key} (name)"), errors);
            }
            match (
                props.and_then(|p| p.get(key)),
                schema.get("additionalProperties"),
            ) {
                (Some(s), _) => validate(s, v, &format!("{at}/{key}"), errors),
                (None, Some(Value::Bool(false))) => errors.push(format!("{at}: extra {key}")),
                (None, Some(extra)) if extra.is_object() => {
                    validate(extra, v, &format!("{at}/{key}"), errors)
                }
                _ => {}
            }
        }
    }
    if let Some(options) = schema.get("anyOf").and_then(Value::as_array)
        && !options.iter().any(|o| {
            let mut e = Vec::new();
            validate(o, value, at, &mut e);
            e.is_empty()
        })
    {
        errors.push(format!("{at}: fits none of anyOf"));
    }
    if let Some(not) = schema.get("not") {
        let mut e = Vec::new();
        validate(not, value, at, &mut e);
        if e.is_empty() {
            errors.push(format!("{at}: fits `not`"));
        }
    }
}

fn errors(which: SchemaFor, toml_text: &str) -> Vec<String> {
    let value: toml::Value = toml::from_str(toml_text).unwrap();
    let value = serde_json::to_value(value).unwrap();
    let mut errors = Vec::new();
    validate(&json_schema(which), &value, "", &mut errors);
    errors
}

/// Which schema a pack file is for, from its path inside the pack.
fn kind_of(path: &str) -> SchemaFor {
    match (path.contains("translations/"), path.ends_with("/pack.toml")) {
        (false, true) => SchemaFor::Pack,
        (false, false) => SchemaFor::Lesson,
        (true, true) => SchemaFor::TranslationPack,
        (true, false) => SchemaFor::Translation,
    }
}

#[test]
fn every_bundled_pack_file_and_the_template_fit_their_schemas() {
    let mut checked = 0;
    for (path, text) in BUNDLED.iter().filter(|(p, _)| p.ends_with(".toml")) {
        let which = kind_of(path);
        assert!(
            errors(which, text).is_empty(),
            "{path}: {:?}",
            errors(which, text)
        );
        assert!(errors(SchemaFor::Any, text).is_empty(), "{path}");
        checked += 1;
    }
    assert!(checked > 10, "the bundled packs were found");
    let template = [
        (
            SchemaFor::Pack,
            include_str!("../../../../assets/new-pack/pack.toml"),
        ),
        (
            SchemaFor::Lesson,
            include_str!("../../../../assets/new-pack/01-hello.toml"),
        ),
    ];
    for (which, text) in template {
        assert!(
            errors(which, text).is_empty(),
            "{which:?}: {:?}",
            errors(which, text)
        );
    }
}

#[test]
fn the_schemas_refuse_what_pack_check_refuses() {
    let pack = "format = 1\nid = \"p\"\ntitle = \"P\"\nlessons = [\"a\"]\n";
    assert!(errors(SchemaFor::Pack, pack).is_empty());
    let bad_packs = [
        pack.replace("format = 1", "format = 2"),
        pack.replace("id = \"p\"", "id = \"My Pack\""),
        format!("{pack}[limits]\ntime = 600\n"),
        format!("{pack}[limits]\nmemory = 0\n"),
        format!("{pack}colour = \"red\"\n"),
    ];
    for bad in &bad_packs {
        assert!(!errors(SchemaFor::Pack, bad).is_empty(), "{bad}");
    }
    let lesson = "id = \"l\"\ntitle = \"L\"\n[[exercise]]\nid = \"e\"\ntitle = \"E\"\n\
                  task = \"T\"\nsolution = \"print(1)\"\n[[exercise.test]]\nname = \"n\"\n\
                  expect = \"1\"\n";
    assert!(errors(SchemaFor::Lesson, lesson).is_empty());
    let bad_lessons = [
        lesson.replace("solution = \"print(1)\"\n", ""),
        lesson.replace("solution = ", "solution_file = \"s.py\"\nsolution = "),
        lesson.replace("id = \"e\"", "id = \"E!\""),
        format!("{lesson}points = 5000\n"),
        format!("{lesson}tolerance = -1\n"),
    ];
    for bad in &bad_lessons {
        assert!(!errors(SchemaFor::Lesson, bad).is_empty(), "{bad}");
    }
    let translation = "lesson = \"l\"\ntitle = \"Ll\"\n[exercise.e]\ntitle = \"Ee\"\n\
                       [exercise.e.test.n]\nname = \"nn\"\n";
    assert!(errors(SchemaFor::Translation, translation).is_empty());
    for bad in [
        format!("{translation}colour = 1\n"),
        translation.replace("[exercise.e]", "[exercise.\"E E\"]"),
        translation.replace("name = \"nn\"", "nam = \"nn\""),
    ] {
        assert!(!errors(SchemaFor::Translation, &bad).is_empty(), "{bad}");
    }
    assert!(!errors(SchemaFor::TranslationPack, "title = \"x\"\nlessons = []\n").is_empty());
}

#[test]
fn each_schema_is_for_one_kind_of_file() {
    for which in [
        SchemaFor::Pack,
        SchemaFor::Lesson,
        SchemaFor::TranslationPack,
        SchemaFor::Translation,
    ] {
        let s = json_schema(which);
        assert_eq!(s["type"], "object", "{which:?}");
        assert!(
            s.get("anyOf")
                .is_none_or(|a| a.as_array().unwrap().len() == 2)
        );
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
    }
    let lesson = json_schema(SchemaFor::Lesson);
    let test = &lesson["properties"]["exercise"]["items"]["properties"]["test"]["items"];
    assert!(test["properties"]["expect_description"].is_object());
    assert_eq!(test["properties"]["numeric"]["type"], "boolean");
    assert_eq!(lesson["required"], json!(["id", "title"]));
    let pack = json_schema(SchemaFor::Pack);
    assert_eq!(pack["properties"]["format"]["const"], 1);
    let time = &pack["properties"]["limits"]["properties"]["time"];
    assert_eq!(
        (&time["minimum"], &time["maximum"]),
        (&json!(0.1), &json!(60.0))
    );
    assert_eq!(pack["properties"]["id"]["pattern"], ID_PATTERN);
}
