//! This computer's pack settings, which a teacher sets with `slate pack settings`: whether
//! learners see only teachers' packs (Slate's own courses hidden), and whether teachers'
//! packs come first.
//!
//! They are kept in `pack-settings.toml` in Slate's data folder, as `name = true` lines a
//! teacher could also read or edit. Reading never fails: a missing, unreadable or damaged
//! file means both are off, so a mistake there can only ever show more packs, never fewer.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The file's name, in the data folder.
pub const FILE: &str = "pack-settings.toml";

/// One of the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Setting {
    /// Learners see only teachers' packs: Slate's own courses are hidden.
    OnlyPacks,
    /// Teachers' packs are listed before Slate's own courses.
    PacksFirst,
}

impl Setting {
    pub const ALL: [Setting; 2] = [Setting::OnlyPacks, Setting::PacksFirst];

    /// Its name, in the file and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Setting::OnlyPacks => "only-packs",
            Setting::PacksFirst => "packs-first",
        }
    }
}

/// The settings, each on or off.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PackSettings {
    pub only_packs: bool,
    pub packs_first: bool,
}

impl PackSettings {
    pub fn get(&self, setting: Setting) -> bool {
        match setting {
            Setting::OnlyPacks => self.only_packs,
            Setting::PacksFirst => self.packs_first,
        }
    }

    pub fn set(&mut self, setting: Setting, on: bool) {
        match setting {
            Setting::OnlyPacks => self.only_packs = on,
            Setting::PacksFirst => self.packs_first = on,
        }
    }
}

/// Where the settings are kept, for a data folder.
pub fn path(data: &Path) -> PathBuf {
    data.join(FILE)
}

/// The settings kept in `data`; both off when there are none or they cannot be read.
pub fn load(data: &Path) -> PackSettings {
    let mut bytes = Vec::new();
    let read =
        std::fs::File::open(path(data)).and_then(|f| f.take(64 << 10).read_to_end(&mut bytes));
    if read.is_err() {
        return PackSettings::default();
    }
    let Ok(table) = String::from_utf8_lossy(&bytes).parse::<toml::Table>() else {
        return PackSettings::default();
    };
    let mut settings = PackSettings::default();
    for setting in Setting::ALL {
        let on = table.get(setting.name()).and_then(toml::Value::as_bool);
        settings.set(setting, on == Some(true));
    }
    settings
}

/// Keeps `settings` in `data` (written whole, atomically).
pub fn save(data: &Path, settings: &PackSettings) -> std::io::Result<()> {
    let mut text = String::from(
        "# This computer's pack settings, written by `slate pack settings`.\n\
         # See docs/lesson-packs.md, \"Installing a pack on a computer\".\n",
    );
    for setting in Setting::ALL {
        text.push_str(&format!("{} = {}\n", setting.name(), settings.get(setting)));
    }
    crate::files::write_atomic_making_folder(&path(data), text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_are_kept_and_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        assert_eq!(load(&data), PackSettings::default());
        let mut settings = PackSettings::default();
        settings.set(Setting::OnlyPacks, true);
        save(&data, &settings).unwrap();
        assert_eq!(load(&data), settings);
        let text = std::fs::read_to_string(path(&data)).unwrap();
        assert!(
            text.contains("only-packs = true\npacks-first = false\n"),
            "{text}"
        );
    }

    #[test]
    fn a_damaged_file_means_every_setting_is_off() {
        let dir = tempfile::tempdir().unwrap();
        for damaged in ["only-packs = \"yes\"", "only-packs = tru", "\u{0}\u{ff}"] {
            std::fs::write(path(dir.path()), damaged).unwrap();
            assert_eq!(load(dir.path()), PackSettings::default(), "{damaged:?}");
        }
    }
}
