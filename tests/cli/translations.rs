//! Every language has every message British English has, with no broken placeables.
//!
//! Parses each `assets/locales/<lang>/*.ftl` with `fluent-syntax`: a syntax error, a message
//! missing from a language, a message British English does not have, or a `{ $variable }`
//! the British English message does not have, fails the test and names the file and key.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;

use super::*;

/// Message id -> (variables used, file it is in), for one language.
type Messages = BTreeMap<String, (BTreeSet<String>, String)>;

fn variables_in_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            variables_in_expression(expression, out);
        }
    }
}

fn variables_in_expression(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            variables_in_inline(selector, out);
            for variant in variants {
                variables_in_pattern(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => variables_in_inline(inline, out),
    }
}

fn variables_in_inline(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                variables_in_inline(a, out);
            }
            for a in &arguments.named {
                variables_in_inline(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => variables_in_expression(expression, out),
        _ => {}
    }
}

fn load(language: &Path) -> (Messages, Vec<String>) {
    let mut messages = Messages::new();
    let mut errors = Vec::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(language)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let name = file.strip_prefix(root()).unwrap().display().to_string();
        let text = std::fs::read_to_string(&file).unwrap();
        let resource = match fluent_syntax::parser::parse(text.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(format!("{name}: Fluent syntax error: {e:?}"));
                }
                r
            }
        };
        for entry in &resource.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(value) = &m.value {
                        variables_in_pattern(value, &mut vars);
                    }
                    for attribute in &m.attributes {
                        variables_in_pattern(&attribute.value, &mut vars);
                    }
                    let id = m.id.name.to_owned();
                    if let Some((_, other)) = messages.get(&id) {
                        errors.push(format!("{name}: `{id}` is also in {other}"));
                    }
                    messages.insert(id, (vars, name.clone()));
                }
                ast::Entry::Junk { content } => {
                    errors.push(format!("{name}: cannot read: {}", content.trim()));
                }
                _ => {}
            }
        }
    }
    (messages, errors)
}

#[test]
fn every_language_has_every_message_with_the_same_placeables() {
    let locales = root().join("assets/locales");
    let (reference, mut problems) = load(&locales.join("en-GB"));
    assert!(
        reference.len() > 300,
        "en-GB has {} messages",
        reference.len()
    );
    let mut languages: Vec<PathBuf> = std::fs::read_dir(&locales)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.is_dir() && !p.ends_with("en-GB"))
        .collect();
    languages.sort();
    let names: Vec<String> = languages
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    for wanted in ["cy", "pl", "es"] {
        assert!(
            names.iter().any(|n| n == wanted),
            "no {wanted} in {names:?}"
        );
    }
    for language in &languages {
        let (messages, errors) = load(language);
        problems.extend(errors);
        let lang = language.file_name().unwrap().to_string_lossy();
        for (id, (vars, file)) in &reference {
            match messages.get(id) {
                None => problems.push(format!("{lang} has no `{id}` (from {file})")),
                Some((theirs, their_file)) => {
                    for v in theirs.difference(vars) {
                        problems.push(format!(
                            "{their_file}: `{id}` uses {{ ${v} }}, which the en-GB message does not have"
                        ));
                    }
                }
            }
        }
        for (id, (_, file)) in &messages {
            if !reference.contains_key(id) {
                problems.push(format!(
                    "{file}: `{id}` is not an en-GB message (renamed or removed?)"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_explanation_rule_has_its_words() {
    let rules: toml::Table = std::fs::read_to_string(root().join("assets/explanations/rules.toml"))
        .unwrap()
        .parse()
        .unwrap();
    let (reference, _) = load(&root().join("assets/locales/en-GB"));
    let mut texts: Vec<String> = rules["rule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["text"].as_str().unwrap().to_owned())
        .collect();
    texts.push(rules["fallback"].as_str().unwrap().to_owned());
    for text in texts {
        for part in ["what", "why", "try"] {
            let key = format!("explain-{text}-{part}");
            assert!(
                reference.contains_key(&key),
                "no `{key}` in en-GB/explain.ftl"
            );
        }
    }
}

/// Every message the code asks for exists in British English (a missing one would show the
/// learner a raw key). Finds `tr!("key"` in every Rust file under `src/`, including calls
/// split over lines.
#[test]
fn every_message_the_code_uses_exists() {
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                rust_files(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(&root().join("src"), &mut files);
    let (english, _) = load(&root().join("assets/locales/en-GB"));
    let mut missing = Vec::new();
    let mut found = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("tr!(") {
            // Not `include_str!(`, and not in a comment (documentation shows examples).
            let before = text[..i].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
            if text[line_start..i].trim_start().starts_with("//") {
                continue;
            }
            let rest = text[i + 4..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue; // a computed key, e.g. tr!(theme.label_key())
            };
            let key: String = rest.chars().take_while(|c| *c != '"').collect();
            if key.is_empty() || key.contains(' ') {
                continue;
            }
            found += 1;
            if !english.contains_key(&key) {
                missing.push(format!("{}: {key}", file.display()));
            }
        }
    }
    assert!(found > 300, "the scan found only {found} messages");
    assert!(
        missing.is_empty(),
        "messages missing from en-GB:\n{}",
        missing.join("\n")
    );
}

/// The one-line messages of `<lang>/tui.ftl`: id -> value.
fn one_line_messages(lang: &str) -> BTreeMap<String, String> {
    let text =
        std::fs::read_to_string(root().join(format!("assets/locales/{lang}/tui.ftl"))).unwrap();
    text.lines()
        .filter_map(|line| line.split_once(" = "))
        .filter(|(id, _)| !id.starts_with(['#', ' ']))
        .map(|(id, value)| (id.to_owned(), value.to_owned()))
        .collect()
}

/// The words of the key bar, help and hints are translated, not left in English (`F1 Help`
/// once stayed English in Welsh).
#[test]
fn the_key_bar_help_and_hint_words_are_translated() {
    let english = one_line_messages("en-GB");
    // Words that really are the same in that language.
    let same = [("es", "key-no")];
    let mut problems = Vec::new();
    for lang in ["cy", "es", "pl"] {
        let theirs = one_line_messages(lang);
        for (id, value) in &english {
            let shown = id.starts_with("key-")
                || id.starts_with("help-")
                || id.starts_with("hint-")
                || id == "more-below";
            if shown && !same.contains(&(lang, id.as_str())) && theirs.get(id) == Some(value) {
                problems.push(format!("{lang}: `{id}` is still English: {value}"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
