//! Comparing the `version`s teachers give their packs, so the newer of two copies is used.
//!
//! Versions are compared the way people read them, not as text: `"1.10"` is newer than
//! `"1.9"`, `"1.0"` and `"1.0.0"` are the same, a leading `v` is ignored, and a pre-release
//! (`"2.0.0-beta"`) comes before its release (`"2.0.0"`), as in semantic versioning. Anything
//! after `+` (build details) is ignored. Parts that are not numbers are compared as text, so
//! any version at all can be compared, and the order is always total.

use std::cmp::Ordering;

/// How `a` compares with `b`, as versions.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (a_core, a_pre) = split(a);
    let (b_core, b_pre) = split(b);
    compare_parts(a_core, b_core, true).then_with(|| match (a_pre, b_pre) {
        (None, None) => Ordering::Equal,
        // A release is newer than its pre-releases.
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(a), Some(b)) => compare_parts(a, b, false),
    })
}

/// The release part and the pre-release part of a version, trimmed, without a leading `v`
/// and without build details.
fn split(version: &str) -> (&str, Option<&str>) {
    let version = version.trim();
    let version = version.split('+').next().unwrap_or_default();
    let version = version
        .strip_prefix(['v', 'V'])
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(version);
    match version.split_once('-') {
        Some((core, pre)) => (core, Some(pre)),
        None => (version, None),
    }
}

/// Compares dot-separated parts one by one. In the release part, a missing part counts as
/// `0` (so `1.0` is `1.0.0`); in a pre-release, fewer parts come first (`beta` < `beta.1`).
fn compare_parts(a: &str, b: &str, pad_with_zero: bool) -> Ordering {
    let mut a_parts = a.split('.');
    let mut b_parts = b.split('.');
    loop {
        let ordering = match (a_parts.next(), b_parts.next()) {
            (None, None) => return Ordering::Equal,
            (Some(x), None) if pad_with_zero => compare_part(x, "0"),
            (None, Some(y)) if pad_with_zero => compare_part("0", y),
            (Some(_), None) => Ordering::Greater,
            (None, Some(_)) => Ordering::Less,
            (Some(x), Some(y)) if pad_with_zero => compare_part(or_zero(x), or_zero(y)),
            (Some(x), Some(y)) => compare_part(x, y),
        };
        if ordering != Ordering::Equal {
            return ordering;
        }
    }
}

/// An empty part of a release (as in `""` or `"1..2"`) counts as `0`.
fn or_zero(part: &str) -> &str {
    if part.is_empty() { "0" } else { part }
}

/// Numbers by value (without limit on their length), and before words; words as text.
fn compare_part(a: &str, b: &str) -> Ordering {
    let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match (number(a), number(b)) {
        (true, true) => {
            let a = a.trim_start_matches('0');
            let b = b.trim_start_matches('0');
            a.len().cmp(&b.len()).then_with(|| a.cmp(b))
        }
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        (false, false) => a.cmp(b),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_as_people_read_them() {
        for (older, newer) in [
            ("1.9", "1.10"),
            ("1.9.9", "1.10.0"),
            ("1.0.0", "1.0.1"),
            ("0", "1.0.0"),
            ("1.0", "2"),
            ("2.0.0-beta", "2.0.0"),
            ("2.0.0-alpha", "2.0.0-beta"),
            ("2.0.0-beta", "2.0.0-beta.1"),
            ("2.0.0-beta.2", "2.0.0-beta.10"),
            ("v1.2", "1.10"),
            ("9", "10"),
            ("99999999999999999999999", "100000000000000000000000"),
        ] {
            assert_eq!(compare(older, newer), Ordering::Less, "{older} < {newer}");
            assert_eq!(
                compare(newer, older),
                Ordering::Greater,
                "{newer} > {older}"
            );
        }
        for (a, b) in [
            ("1.0", "1.0.0"),
            ("v1.2.0", "1.2"),
            (" 1.2 ", "1.2"),
            ("1.2+build.5", "1.2"),
            ("01.2", "1.2"),
        ] {
            assert_eq!(compare(a, b), Ordering::Equal, "{a} = {b}");
        }
    }

    #[test]
    fn any_text_compares_without_panicking() {
        for (a, b) in [
            ("", ""),
            ("", "1"),
            ("draft", "final"),
            ("-", "+"),
            ("..", "."),
        ] {
            let _ = compare(a, b);
            assert_eq!(compare(a, b), compare(b, a).reverse(), "{a:?} {b:?}");
        }
        assert_eq!(compare("", "1"), Ordering::Less);
        assert_eq!(compare("draft", "final"), Ordering::Less);
    }
}
