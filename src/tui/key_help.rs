//! A screen's keys as one list for both its key bar and help (F1): each row names the keys as
//! help shows them, and as the key bar shows them if it shows them at all. Screens build their
//! list in one function next to their key handling, so the two cannot drift apart.

/// One key (or group of keys) of a screen.
pub struct KeyRow {
    /// The name on the key bar, if the key is there (`Enter`).
    pub bar: Option<&'static str>,
    /// Every name help lists (`Enter, →`).
    pub names: &'static str,
    /// What the key does, in the learner's language.
    pub label: String,
}

impl KeyRow {
    /// A key on the key bar and in help.
    pub fn shown(bar: &'static str, names: &'static str, label: String) -> KeyRow {
        KeyRow {
            bar: Some(bar),
            names,
            label,
        }
    }

    /// A key only help lists (the key bar has no room for it).
    pub fn help_only(names: &'static str, label: String) -> KeyRow {
        KeyRow {
            bar: None,
            names,
            label,
        }
    }
}

/// The key bar's part of `rows`.
pub fn bar(rows: Vec<KeyRow>) -> Vec<(&'static str, String)> {
    rows.into_iter()
        .filter_map(|r| r.bar.map(|b| (b, r.label)))
        .collect()
}

/// Every row, for help.
pub fn help(rows: Vec<KeyRow>) -> Vec<(&'static str, String)> {
    rows.into_iter().map(|r| (r.names, r.label)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_shows_its_part_and_help_shows_every_name() {
        let rows = || {
            vec![
                KeyRow::shown("Enter", "Enter, →", "Open".to_owned()),
                KeyRow::help_only("PgUp/PgDn", "Up or down a page".to_owned()),
            ]
        };
        assert_eq!(bar(rows()), [("Enter", "Open".to_owned())]);
        assert_eq!(
            help(rows()),
            [
                ("Enter, →", "Open".to_owned()),
                ("PgUp/PgDn", "Up or down a page".to_owned())
            ]
        );
    }
}
