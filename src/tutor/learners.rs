//! Learners on a shared computer: noticing that someone who adds themselves is already here.
//!
//! On a lab or library PC the same person often comes back and, not seeing their name at
//! once, adds themselves again: "maya  " or "Máya" for "Maya". A silent second learner would
//! start them with empty progress. So before adding anyone, both interfaces ask
//! [`Tutor::find_similar_learner`], and if it finds someone they ask "There is already a Maya
//! (7B). Is that you?". Names are compared here, once, whatever the capitals, spaces or
//! accents ([`similar_key`]); only when the learner says they are someone else is a new
//! learner added ([`Tutor::add_new_learner`]).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::{Tutor, TutorError};
use crate::safe_text;
use crate::store::{Learner, names};

/// The key two names are compared by when someone adds themselves: spaces tidied, lower case,
/// and accents gone (decomposed, marks dropped, then the letters that do not decompose, such
/// as ł and ø, read as their plain letter).
pub fn similar_key(name: &str) -> String {
    let bare: String = name.nfkd().filter(|c| !is_combining_mark(*c)).collect();
    names::sort_key(&bare)
}

/// "There is already a Maya (7B). Is that you?", for both interfaces (the name and group made
/// safe for a terminal).
pub fn same_learner_question(same: &Learner) -> String {
    let name = safe_text::for_terminal(&same.name);
    match &same.group {
        Some(group) => crate::tr!(
            "same-learner-question",
            name = name,
            group = safe_text::for_terminal(group)
        ),
        None => crate::tr!("same-learner-question-no-group", name = name),
    }
}

impl Tutor {
    /// Every learner whose name is the same as `name` whatever the capitals, spaces or accents.
    pub fn similar_learners(&self, name: &str) -> Vec<Learner> {
        let key = similar_key(name);
        if key.is_empty() {
            return Vec::new();
        }
        self.learners()
            .unwrap_or_default()
            .into_iter()
            .filter(|l| similar_key(&l.name) == key)
            .collect()
    }

    /// The learners whose names begin with what was typed, whatever the capitals, spaces or
    /// accents: how a long list (a whole site's learners) is searched by name.
    pub fn learners_starting_with(&self, typed: &str) -> Vec<Learner> {
        let key = similar_key(typed);
        if key.is_empty() {
            return Vec::new();
        }
        self.learners()
            .unwrap_or_default()
            .into_iter()
            .filter(|l| similar_key(&l.name).starts_with(&key))
            .collect()
    }

    /// The learner someone adding themselves as `name` (in `group`) most likely is already:
    /// one with a similar name, in a similar group if there is one, else the one here last.
    pub fn find_similar_learner(&self, name: &str, group: Option<&str>) -> Option<Learner> {
        let group = group.map(similar_key).unwrap_or_default();
        let mut same = self.similar_learners(name);
        // The same group first, then the most recent.
        same.sort_by_key(|l| {
            let other = l.group.as_deref().map(similar_key).unwrap_or_default();
            (other != group, std::cmp::Reverse(l.last_seen))
        });
        same.into_iter().next()
    }

    /// Adds a learner who said they are not the one of a similar name, and chooses them.
    /// Fails, with a sentence saying what to do, when the name and group are exactly taken.
    pub fn add_new_learner(
        &mut self,
        name: &str,
        group: Option<&str>,
    ) -> Result<Learner, TutorError> {
        if names::tidy(name).is_empty() {
            return Err(TutorError::EmptyName);
        }
        let learner = self.store.add_learner(name, group)?;
        self.choose_learner(&learner.id)?;
        Ok(learner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Library;
    use crate::paths::Paths;
    use crate::store::Store;

    fn tutor() -> (tempfile::TempDir, Tutor) {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            cache_kind: crate::paths::CacheKind::Private,
        };
        let tutor = Tutor::with(paths, Library::default(), Store::open_in_memory().unwrap());
        (dir, tutor)
    }

    #[test]
    fn similar_names_in_a_table() {
        // (already here, typed, is it offered?)
        let table = [
            ("Maya", "Maya", true),
            ("Maya", "maya  ", true),
            ("Maya", "  MAYA", true),
            ("Maya", "Máya", true),
            // "a" and a combining acute accent, as some keyboards type it.
            ("Maya", "Ma\u{301}ya", true),
            ("Siân Evans", "sian   evans", true),
            ("Zoë", "Zoe", true),
            ("Łukasz", "lukasz", true),
            ("Søren", "Soren", true),
            ("Maya", "Mayah", false),
            ("Maya", "Mia", false),
            ("Ada Lovelace", "Ada", false),
        ];
        for (here, typed, offered) in table {
            let (_dir, mut t) = tutor();
            t.store.add_learner(here, Some("7B")).unwrap();
            let found = t.find_similar_learner(typed, None);
            assert_eq!(
                found.is_some(),
                offered,
                "{here:?} here, {typed:?} typed: {found:?}"
            );
            if let Some(l) = found {
                assert_eq!(l.name, here);
            }
        }
    }

    #[test]
    fn the_same_group_is_offered_first() {
        let (_dir, mut t) = tutor();
        t.store.add_learner("Sam", Some("7B")).unwrap();
        t.store.add_learner("Sam", Some("8C")).unwrap();
        let found = t.find_similar_learner("sam", Some("8c")).unwrap();
        assert_eq!(found.group.as_deref(), Some("8C"));
        assert_eq!(t.similar_learners("SAM").len(), 2);
        assert!(t.find_similar_learner("", None).is_none());
    }

    #[test]
    fn a_new_learner_is_added_only_when_asked() {
        let (_dir, mut t) = tutor();
        let maya = t.add_learner("Maya", Some("7B")).unwrap();
        // Someone else called Máya, in no group: a learner of their own.
        let other = t.add_new_learner("Máya", None).unwrap();
        assert_ne!(other.id, maya.id);
        assert_eq!(t.learner().map(|l| l.id.clone()), Some(other.id));
        // Exactly the same name and group cannot be told apart: refused, with a reason.
        assert!(t.add_new_learner("maya", Some("7b")).is_err());
        assert!(matches!(
            t.add_new_learner("  ", None),
            Err(TutorError::EmptyName)
        ));
    }
}
