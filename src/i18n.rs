//! Translations: every word Slate shows comes from Fluent message files.
//!
//! Messages live in `assets/locales/<language>/*.ftl` and are embedded in the binary
//! (`fluent-templates`), so Slate works offline and a teacher can translate it without
//! touching Rust (see `docs/translating.md`). The language is chosen once at start-up from
//! `--lang`, then the learner's setting, then the system locale (`LC_ALL`, `LC_MESSAGES`,
//! `LANG`, `LANGUAGE`, or the operating system's setting on Windows and macOS), falling back
//! to British English; `C` and `POSIX` mean British English. A message missing from a
//! language falls back to British English, never to an empty string.
//!
//! Use the [`tr!`](crate::tr) macro: `tr!("run-stopped-time", seconds = 5)`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::RwLock;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./assets/locales",
        fallback_language: "en-GB",
        // No invisible Unicode isolation marks around arguments: terminals show them as
        // odd spaces and screen readers may read them out.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The fallback language, and the language of Slate's own text.
pub const DEFAULT: &str = "en-GB";

static CURRENT: RwLock<Option<LanguageIdentifier>> = RwLock::new(None);

/// Set when `--lang` chose the language: a learner's saved setting does not override it.
static REQUESTED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn default_language() -> LanguageIdentifier {
    DEFAULT.parse().expect("en-GB is a valid language tag")
}

/// The language in use.
pub fn language() -> LanguageIdentifier {
    CURRENT
        .read()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .unwrap_or_else(default_language)
}

/// Turns a locale as the system writes it (`cy_GB.UTF-8`, `pl-PL`, `C`) into a language Slate
/// has, if any.
pub fn match_available(raw: &str) -> Option<LanguageIdentifier> {
    let raw = raw.trim();
    let base = raw.split(['.', '@']).next().unwrap_or("").replace('_', "-");
    if base.is_empty() || base.eq_ignore_ascii_case("C") || base.eq_ignore_ascii_case("POSIX") {
        return Some(default_language());
    }
    let wanted: LanguageIdentifier = base.parse().ok()?;
    let available: Vec<&LanguageIdentifier> = LOCALES.locales().collect();
    // The exact language and region first, then the same language anywhere.
    if let Some(exact) = available.iter().find(|l| **l == &wanted) {
        return Some((*exact).clone());
    }
    available
        .iter()
        .find(|l| l.language == wanted.language)
        .map(|l| (*l).clone())
}

/// The system's preferred language, from the environment or the operating system.
fn system_locale() -> Option<String> {
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Ok(v) = std::env::var(var)
            && !v.is_empty()
        {
            return Some(v);
        }
    }
    if let Ok(v) = std::env::var("LANGUAGE")
        && let Some(first) = v.split(':').find(|s| !s.is_empty())
    {
        return Some(first.to_owned());
    }
    sys_locale::get_locale()
}

/// Chooses the language: `requested` (from `--lang`), then the learner's `setting`, then the
/// system's, then British English. Returns the language chosen.
pub fn choose(requested: Option<&str>, setting: Option<&str>) -> LanguageIdentifier {
    let requested = requested.and_then(match_available);
    REQUESTED.store(requested.is_some(), std::sync::atomic::Ordering::SeqCst);
    let chosen = requested.unwrap_or_else(|| from_setting(setting));
    set(chosen.clone());
    chosen
}

/// The learner's `setting`, then the system's language, then British English.
fn from_setting(setting: Option<&str>) -> LanguageIdentifier {
    setting
        .and_then(match_available)
        .or_else(|| system_locale().as_deref().and_then(match_available))
        .unwrap_or_else(default_language)
}

/// Applies a learner's saved language (after they choose their name), unless `--lang` asked
/// for one: then that stays. With no setting, the system's language is used.
pub fn apply_learner_setting(setting: Option<&str>) {
    if REQUESTED.load(std::sync::atomic::Ordering::SeqCst) {
        return;
    }
    set(from_setting(setting));
}

/// Uses `language` from now on.
pub fn set(language: LanguageIdentifier) {
    *CURRENT.write().unwrap_or_else(|e| e.into_inner()) = Some(language);
}

/// The languages Slate can speak, as (tag, name in that language), British English first.
pub fn available() -> Vec<(String, String)> {
    let mut langs: Vec<(String, String)> = LOCALES
        .locales()
        .map(|l| {
            let name = LOCALES
                .try_lookup(l, "language-name")
                .unwrap_or_else(|| l.to_string());
            (l.to_string(), name)
        })
        .collect();
    langs.sort_by_key(|(tag, _)| (tag != DEFAULT, tag.clone()));
    langs
}

/// A value for a message argument.
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(f64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Text(s.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

/// The message `key` in the current language.
pub fn tr(key: &str) -> String {
    LOCALES.lookup(&language(), key)
}

/// The message `key` with arguments, in the current language.
pub fn tr_args(key: &str, args: &[(&'static str, Arg)]) -> String {
    lookup(
        key,
        args.iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value)),
    )
}

/// The message `key` with arguments whose names are only known at run time (explanation
/// rules name their own arguments).
pub fn tr_named(key: &str, args: &[(String, Arg)]) -> String {
    lookup(
        key,
        args.iter()
            .map(|(name, value)| (Cow::Owned(name.clone()), value)),
    )
}

fn lookup<'a>(key: &str, args: impl Iterator<Item = (Cow<'static, str>, &'a Arg)>) -> String {
    let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .map(|(name, value)| {
            let value = match value {
                Arg::Text(s) => FluentValue::from(s.clone()),
                Arg::Number(n) => FluentValue::from(*n),
            };
            (name, value)
        })
        .collect();
    LOCALES.lookup_with_args(&language(), key, &map)
}

/// Is `key` a message in `language` itself (not by falling back)?
pub fn has_message(language: &LanguageIdentifier, key: &str) -> bool {
    LOCALES
        .lookup_single_language::<&str>(language, key, None)
        .is_ok()
}

/// Is `key` a message of Slate's at all (in British English, which has every key)?
pub fn exists(key: &str) -> bool {
    has_message(&default_language(), key)
}

/// A translated message: `tr!("key")` or `tr!("key", name = value, ...)`.
#[macro_export]
macro_rules! tr {
    ($key:expr) => {
        $crate::i18n::tr($key)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr_args($key, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn c_and_posix_mean_british_english() {
        assert_eq!(match_available("C").unwrap().to_string(), "en-GB");
        assert_eq!(match_available("POSIX").unwrap().to_string(), "en-GB");
        assert_eq!(match_available("C.UTF-8").unwrap().to_string(), "en-GB");
    }

    #[test]
    fn system_locales_are_understood() {
        assert_eq!(match_available("en_GB.UTF-8").unwrap().to_string(), "en-GB");
        assert_eq!(match_available("en_US.UTF-8").unwrap().to_string(), "en-GB");
        assert!(match_available("xx_XX.UTF-8").is_none());
    }

    #[test]
    fn messages_take_arguments() {
        set(default_language());
        assert_eq!(tr!("language-name"), "English (UK)");
        let text = tr!("test-count-passed", passed = 2, total = 3);
        assert_eq!(text, "2 of 3 tests passed.");
        let one = tr!("test-count-passed", passed = 0, total = 1);
        assert_eq!(one, "0 of 1 test passed.");
    }
}
