//! A learner's settings, typed: theme, language, outside editor, mouse, where they are, and
//! the folder their code lives in.
//!
//! The store keeps settings as key/value rows (so exports and older progress files keep
//! working); the key strings and the text of each value are written here and nowhere else.
//! Reading never fails: a value that is missing, unknown or damaged means the default. A
//! write that fails is not lost silently: the value still applies until Slate closes, and the
//! learner is told once, in plain words, by whichever interface they use
//! ([`Tutor::take_notice`]).

use super::{Place, Tutor};

/// Which theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Default,
    HighContrast,
    Monochrome,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [
        ThemeName::Default,
        ThemeName::HighContrast,
        ThemeName::Monochrome,
    ];

    /// As kept in the learner's settings.
    pub fn key(self) -> &'static str {
        match self {
            ThemeName::Default => "default",
            ThemeName::HighContrast => "high-contrast",
            ThemeName::Monochrome => "monochrome",
        }
    }

    pub fn from_key(key: &str) -> Option<ThemeName> {
        ThemeName::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The message id of the theme's name.
    pub fn label_key(self) -> &'static str {
        match self {
            ThemeName::Default => "theme-default",
            ThemeName::HighContrast => "theme-high-contrast",
            ThemeName::Monochrome => "theme-monochrome",
        }
    }
}

/// The names of the settings as the store keeps them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Key {
    Theme,
    Language,
    Editor,
    Mouse,
    Place,
    Folder,
}

impl Key {
    const ALL: [Key; 6] = [
        Key::Theme,
        Key::Language,
        Key::Editor,
        Key::Mouse,
        Key::Place,
        Key::Folder,
    ];

    fn name(self) -> &'static str {
        match self {
            Key::Theme => "theme",
            Key::Language => "language",
            Key::Editor => "editor",
            Key::Mouse => "mouse",
            Key::Place => "place",
            Key::Folder => "folder",
        }
    }
}

/// Everything a learner has set; `None` (or `false`) where they have not.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub theme: Option<ThemeName>,
    /// A language tag, as chosen (matched against the available languages when used).
    pub language: Option<String>,
    /// The command for the outside editor.
    pub editor: Option<String>,
    /// The mouse is off unless turned on.
    pub mouse: bool,
    /// Where the learner was, for "continue where I left off".
    pub place: Option<Place>,
    /// The learner's own folder under `learners/`.
    pub folder: Option<String>,
}

/// One setting, changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Setting {
    Theme(ThemeName),
    Language(String),
    Editor(String),
    Mouse(bool),
    Place(Place),
    Folder(String),
}

impl Setting {
    fn key(&self) -> Key {
        match self {
            Setting::Theme(_) => Key::Theme,
            Setting::Language(_) => Key::Language,
            Setting::Editor(_) => Key::Editor,
            Setting::Mouse(_) => Key::Mouse,
            Setting::Place(_) => Key::Place,
            Setting::Folder(_) => Key::Folder,
        }
    }

    /// The value as the store keeps it.
    fn stored(&self) -> String {
        match self {
            Setting::Theme(t) => t.key().to_owned(),
            Setting::Language(s) | Setting::Editor(s) | Setting::Folder(s) => s.clone(),
            Setting::Mouse(on) => if *on { "on" } else { "off" }.to_owned(),
            Setting::Place(p) => p.encode(),
        }
    }
}

impl Settings {
    /// Settings from stored rows, given how to look a key up. Unknown or damaged values are
    /// left at their defaults.
    fn from_stored(get: impl Fn(&str) -> Option<String>) -> Settings {
        let mut settings = Settings::default();
        for key in Key::ALL {
            let Some(value) = get(key.name()) else {
                continue;
            };
            match key {
                Key::Theme => settings.theme = ThemeName::from_key(&value),
                Key::Language => settings.language = Some(value),
                Key::Editor => settings.editor = Some(value),
                Key::Mouse => settings.mouse = value == "on",
                Key::Place => settings.place = Place::decode(&value),
                Key::Folder => settings.folder = Some(value),
            }
        }
        settings
    }

    /// Applies one change.
    fn apply(&mut self, setting: Setting) {
        match setting {
            Setting::Theme(t) => self.theme = Some(t),
            Setting::Language(s) => self.language = Some(s),
            Setting::Editor(s) => self.editor = Some(s),
            Setting::Mouse(on) => self.mouse = on,
            Setting::Place(p) => self.place = Some(p),
            Setting::Folder(s) => self.folder = Some(s),
        }
    }
}

/// Settings that could not be saved, kept for this session, and whether the learner has
/// been told.
#[derive(Debug, Default)]
pub(super) struct Unsaved {
    /// (learner id, the change), oldest first.
    changes: Vec<(String, Setting)>,
    told: bool,
    notice: Option<String>,
}

impl Tutor {
    /// The current learner's settings (the computer's when nobody is chosen).
    pub fn settings(&self) -> Settings {
        let id = self.learner_id();
        let mut settings = Settings::from_stored(|key| self.store.setting(id, key).ok().flatten());
        for (learner, change) in &self.unsaved.changes {
            if learner == id {
                settings.apply(change.clone());
            }
        }
        settings
    }

    /// Changes one setting for the current learner. If it cannot be saved, it still applies
    /// until Slate closes, and [`Tutor::take_notice`] says so (once).
    pub fn set(&mut self, setting: Setting) {
        let id = self.learner_id().to_owned();
        if let Err(e) = self
            .store
            .set_setting(&id, setting.key().name(), &setting.stored())
        {
            if !self.unsaved.told {
                self.unsaved.told = true;
                self.unsaved.notice = Some(crate::tr!("settings-not-saved", error = e.to_string()));
            }
            let key = setting.key();
            self.unsaved
                .changes
                .retain(|(l, c)| !(*l == id && c.key() == key));
            self.unsaved.changes.push((id, setting));
        }
    }

    /// Speaks `tag` from now on (unless it is not available), shows the packs in it, and
    /// keeps it as the learner's language.
    pub fn set_language(&mut self, tag: &str) {
        if let Some(l) = crate::i18n::match_available(tag) {
            crate::i18n::set(l);
        }
        self.refresh_language();
        self.set(Setting::Language(tag.to_owned()));
    }

    /// Something the learner must be told, once: a setting that could not be saved, or code
    /// they also changed on another computer.
    pub fn take_notice(&mut self) -> Option<String> {
        self.unsaved.notice.take().or_else(|| self.code_notice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::Library;
    use crate::paths::Paths;
    use crate::store::Store;
    use std::collections::HashMap;

    fn rows(settings: &[Setting]) -> HashMap<String, String> {
        settings
            .iter()
            .map(|s| (s.key().name().to_owned(), s.stored()))
            .collect()
    }

    #[test]
    fn every_setting_round_trips_through_its_stored_text() {
        let changes = [
            Setting::Theme(ThemeName::HighContrast),
            Setting::Language("cy".into()),
            Setting::Editor("code --wait".into()),
            Setting::Mouse(true),
            Setting::Place(Place::Page {
                pack: "p".into(),
                lesson: "l1".into(),
                page: 3,
            }),
            Setting::Folder("sian-evans-1234abcd".into()),
        ];
        let stored = rows(&changes);
        assert_eq!(stored.len(), Key::ALL.len(), "one key per setting");
        let read = Settings::from_stored(|k| stored.get(k).cloned());
        let mut expected = Settings::default();
        for c in changes {
            expected.apply(c);
        }
        assert_eq!(read, expected);
        assert_eq!(read.theme, Some(ThemeName::HighContrast));
        assert!(read.mouse);

        let exercise = Setting::Place(Place::Exercise {
            pack: "p".into(),
            exercise: "e".into(),
        });
        let stored = rows(&[exercise.clone(), Setting::Mouse(false)]);
        let read = Settings::from_stored(|k| stored.get(k).cloned());
        let Setting::Place(place) = exercise else {
            unreachable!()
        };
        assert_eq!(read.place, Some(place));
        assert!(!read.mouse);
    }

    #[test]
    fn unknown_or_damaged_values_fall_back_to_the_defaults() {
        let stored: HashMap<String, String> = [
            ("theme", "sparkly"),
            ("mouse", "yes please"),
            ("place", "page:p/l/not-a-number"),
            ("colour", "red"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        let read = Settings::from_stored(|k| stored.get(k).cloned());
        assert_eq!(read, Settings::default());
        assert_eq!(Settings::from_stored(|_| None), Settings::default());
    }

    #[test]
    fn a_setting_that_cannot_be_saved_still_applies_and_is_reported_once() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            cache_kind: crate::paths::CacheKind::Private,
        };
        let file = dir.path().join("progress.sqlite3");
        let mut store = Store::open_at(&file).unwrap();
        store
            .set_busy_timeout(std::time::Duration::from_millis(20))
            .unwrap();
        let mut tutor = Tutor::with(paths, Library::default(), store);
        tutor.add_learner("Ada", None).unwrap();
        tutor.set(Setting::Editor("nano".into()));
        assert_eq!(tutor.take_notice(), None, "a saved setting says nothing");

        // Another program holds the file locked, so writes fail.
        let other = rusqlite::Connection::open(&file).unwrap();
        other.execute_batch("BEGIN EXCLUSIVE").unwrap();
        tutor.set(Setting::Theme(ThemeName::Monochrome));
        tutor.set(Setting::Mouse(true));
        let notice = tutor.take_notice().expect("the learner is told");
        assert!(notice.contains("could not save your settings"), "{notice}");
        assert_eq!(tutor.take_notice(), None, "told once");
        let settings = tutor.settings();
        assert_eq!(settings.theme, Some(ThemeName::Monochrome));
        assert!(settings.mouse);
        assert_eq!(settings.editor.as_deref(), Some("nano"));

        // Nothing reached the file.
        other.execute_batch("ROLLBACK").unwrap();
        drop(other);
        let saved = Store::open_at(&file).unwrap();
        let id = tutor.learner().unwrap().id.clone();
        assert_eq!(saved.setting(&id, "theme").unwrap(), None);
        assert_eq!(
            saved.setting(&id, "editor").unwrap().as_deref(),
            Some("nano")
        );
    }
}
