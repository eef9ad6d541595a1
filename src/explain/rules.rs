//! The rules that pick an explanation for an error, read from `assets/explanations/rules.toml`.
//!
//! The file is embedded in the binary and compiled once, on first use. A rule names the
//! error types it is for and, optionally, regular expressions for Python's message, the
//! learner's line and the exact spot marked; the first rule that matches wins. This module
//! only matches: the words are in Fluent files, and the arguments are filled in by
//! [`super`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;

/// The rules file, as shipped.
pub const RULES_TOML: &str = include_str!("../../assets/explanations/rules.toml");

/// The rules file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    fallback: String,
    suggestions: RawSuggestions,
    #[serde(rename = "rule")]
    rules: Vec<RawRule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSuggestions {
    never: Vec<String>,
    always: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    #[serde(rename = "type")]
    types: Vec<String>,
    message: Option<String>,
    source: Option<String>,
    at: Option<String>,
    #[serde(default)]
    needs: Vec<String>,
    input: Option<InputFrom>,
    text: String,
    #[serde(default)]
    set: BTreeMap<String, String>,
}

/// Where a rule expects `input()` to have read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InputFrom {
    /// A marking test's `stdin`.
    Test,
    /// The keyboard (or a file given to `slate run`).
    Keyboard,
}

/// One compiled rule.
#[derive(Debug)]
pub struct Rule {
    pub types: Vec<String>,
    pub message: Option<Regex>,
    /// A pattern with `{capture}` placeholders, filled in and compiled when matching.
    pub source: Option<String>,
    pub at: Option<Regex>,
    pub needs: Vec<String>,
    pub input: Option<InputFrom>,
    /// The Fluent messages are `explain-<text>-what`, `-why` and `-try`.
    pub text: String,
    pub set: BTreeMap<String, String>,
}

/// Every rule, in order, with the suggestion lists and the fallback.
#[derive(Debug)]
pub struct Rules {
    pub rules: Vec<Rule>,
    pub fallback: String,
    pub never_suggest: Vec<String>,
    pub always_known: Vec<String>,
}

/// Why the rules file could not be used (a mistake in `rules.toml`, found by its tests).
#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("rules.toml is not valid: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("rule {index} (text \"{text}\") has a bad regular expression: {error}")]
    Regex {
        index: usize,
        text: String,
        #[source]
        error: regex::Error,
    },
}

/// Parses and compiles a rules file.
pub fn parse(text: &str) -> Result<Rules, RulesError> {
    let raw: RawFile = toml::from_str(text)?;
    let mut rules = Vec::with_capacity(raw.rules.len());
    for (index, r) in raw.rules.into_iter().enumerate() {
        let compile = |pattern: &str| {
            Regex::new(pattern).map_err(|error| RulesError::Regex {
                index: index + 1,
                text: r.text.clone(),
                error,
            })
        };
        let message = r.message.as_deref().map(compile).transpose()?;
        let at = r.at.as_deref().map(compile).transpose()?;
        if let Some(source) = &r.source {
            // Check the pattern compiles with its placeholders filled in.
            compile(&fill(source, &BTreeMap::new()))?;
        }
        rules.push(Rule {
            types: r.types,
            message,
            source: r.source,
            at,
            needs: r.needs,
            input: r.input,
            text: r.text,
            set: r.set,
        });
    }
    Ok(Rules {
        rules,
        fallback: raw.fallback,
        never_suggest: raw.suggestions.never,
        always_known: raw.suggestions.always,
    })
}

/// The shipped rules, compiled once.
pub fn shipped() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        parse(RULES_TOML).expect("the shipped rules.toml is valid (checked by its tests)")
    })
}

/// Replaces `{name}` in a source pattern with the escaped capture `name` (or a pattern that
/// matches any name, when there is none).
pub fn fill(pattern: &str, captures: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close)
                if after[..close]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_')
                    && !after[..close].is_empty()
                    && !after[..close].chars().all(|c| c.is_ascii_digit()) =>
            {
                let name = &after[..close];
                match captures.get(name) {
                    Some(value) => out.push_str(&regex::escape(value)),
                    None => out.push_str("\\w+"),
                }
                rest = &after[close + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_rules_compile() {
        let rules = parse(RULES_TOML).unwrap();
        assert!(rules.rules.len() > 40);
        assert!(rules.never_suggest.iter().any(|n| n == "help"));
    }

    #[test]
    fn placeholders_are_filled_and_escaped() {
        let mut caps = BTreeMap::new();
        caps.insert("name".to_owned(), "a.b".to_owned());
        assert_eq!(
            fill("[(,]\\s*{name}\\s*[,)]", &caps),
            "[(,]\\s*a\\.b\\s*[,)]"
        );
        // Regex repetitions like {2} and {2,3} are left alone.
        assert_eq!(fill("x{2}y{2,3}{other}", &caps), "x{2}y{2,3}\\w+");
    }
}
