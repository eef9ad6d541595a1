//! Learners' names and groups: how they are tidied, checked and compared.
//!
//! People type names in many ways on a shared PC ("  ada   LOVELACE "), so a name is kept as
//! typed with its spaces tidied, and compared by a *key*: spaces collapsed, lower case. Two
//! names with the same key in the same group are the same learner, on this computer and when
//! progress from several computers is merged.
//!
//! A name may hold no control characters and no direction overrides (which would make it read
//! differently from what it is), and [`who`] and [`options`] make a name safe to show before it
//! goes into a message, in case a file made elsewhere holds one all the same.

use super::StoreError;
use crate::safe_text::for_terminal;
use crate::tr;

/// The longest name or group Slate keeps, in characters.
pub const MAX_LEN: usize = 60;

/// A name as it will be shown: spaces at the ends removed, runs of spaces made one.
pub fn tidy(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key two names are compared by: tidied and lower case.
pub fn key(text: &str) -> String {
    tidy(text).to_lowercase()
}

/// The key names are sorted by: the [`key`] with common accented Latin letters read as their
/// plain letter, so "Émile" sorts among the Es rather than after "Zoe".
pub fn sort_key(text: &str) -> String {
    const FOLDS: [(&str, &str); 22] = [
        ("àáâãäåāăą", "a"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("æ", "ae"),
        ("œ", "oe"),
        ("ß", "ss"),
    ];
    let mut out = String::new();
    for ch in key(text).chars() {
        match FOLDS.iter().find(|(from, _)| from.contains(ch)) {
            Some((_, to)) => out.push_str(to),
            None => out.push(ch),
        }
    }
    out
}

/// Checks and tidies a learner's name.
pub fn name(text: &str) -> Result<String, StoreError> {
    let name = tidy(text);
    if name.is_empty() {
        return Err(StoreError::BadName(tr!("store-name-empty")));
    }
    check(&name, "store-name-too-long", "store-name-control")?;
    Ok(name)
}

/// Checks and tidies a group; an empty group is no group.
pub fn group(text: Option<&str>) -> Result<Option<String>, StoreError> {
    let Some(group) = text.map(tidy).filter(|g| !g.is_empty()) else {
        return Ok(None);
    };
    check(&group, "store-group-too-long", "store-group-control")?;
    Ok(Some(group))
}

/// Checks a tidied name or group; the messages are `too_long` (with `max`) and `control`.
fn check(text: &str, too_long: &str, control: &str) -> Result<(), StoreError> {
    if text.chars().count() > MAX_LEN {
        return Err(StoreError::BadName(tr!(too_long, max = MAX_LEN)));
    }
    if text
        .chars()
        .any(|c| c.is_control() || is_direction_control(c))
    {
        return Err(StoreError::BadName(tr!(control)));
    }
    Ok(())
}

/// Characters that change the direction text is shown in (the overrides, embeddings and
/// isolates): `crate::safe_text` shows them as `�`; names may not hold them.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// "\"Ada\"" or "\"Ada\" in group 7B", for messages (safe to show on a terminal).
pub fn who(name: &str, group: Option<&str>) -> String {
    let name = for_terminal(name);
    match group {
        Some(g) => tr!("store-who-in-group", name = name, group = for_terminal(g)),
        None => tr!("store-who", name = name),
    }
}

/// "Ali Khan (9A)" or "Ali Khan": a learner as a short label (safe to show on a terminal).
pub fn label(name: &str, group: Option<&str>) -> String {
    let name = for_terminal(name);
    match group {
        Some(g) => format!("{name} ({})", for_terminal(g)),
        None => name,
    }
}

/// `"Ada"` or `"Ada" --group "7B"`: how to name a learner on Slate's command line (safe to
/// show on a terminal).
pub fn options(name: &str, group: Option<&str>) -> String {
    let name = for_terminal(name);
    match group {
        Some(g) => format!("\"{name}\" --group \"{}\"", for_terminal(g)),
        None => format!("\"{name}\""),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_ignoring_case_and_spaces() {
        assert_eq!(key("  ada   LOVELACE "), key("Ada Lovelace"));
        assert_eq!(tidy("  ada   LOVELACE "), "ada LOVELACE");
        assert_eq!(key("ÉMILE"), "émile");
        assert_ne!(key("Ada"), key("Ada L"));
    }

    #[test]
    fn accented_names_sort_among_their_letters() {
        let mut names = vec!["Zoe", "Émile", "eve", "Ørjan", "Adam"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, ["Adam", "Émile", "eve", "Ørjan", "Zoe"]);
    }

    #[test]
    fn bad_names_say_why() {
        assert!(
            name("   ")
                .unwrap_err()
                .to_string()
                .contains("needs a name")
        );
        assert!(name(&"a".repeat(61)).is_err());
        assert!(name("Ada\u{7}").is_err());
        assert!(name("Ada\u{202e}ecalevoL").is_err(), "a direction override");
        assert!(group(Some("7B\u{2067}")).is_err());
        assert_eq!(group(Some("  ")).unwrap(), None);
        assert_eq!(group(Some(" 7 B ")).unwrap().as_deref(), Some("7 B"));
    }

    #[test]
    fn names_in_messages_cannot_act_on_the_terminal() {
        let shown = who("Ada\u{1b}]52;c;aGk=\u{7}", Some("7B\u{9b}2J"));
        assert_eq!(shown, "\"Ada␛]52;c;aGk=␇\" in group 7B\u{fffd}2J");
        assert_eq!(options("A\u{1b}", None), "\"A␛\"");
        assert_eq!(label("Ali\u{1b}", Some("9A")), "Ali␛ (9A)");
        assert_eq!(label("Ali", None), "Ali");
    }
}
