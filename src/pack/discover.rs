//! Finding packs: Slate's own, this computer's packs folder, and folders given with
//! `--packs`; which copy is used when two packs share an id; and, when a teacher asks,
//! hiding Slate's own courses or listing theirs first.
//!
//! Two packs with the same id are two copies of one pack (a teacher's newer copy beside the
//! one installed last term, say): the one with the newer `version` is used (compared as
//! people read versions, [`super::version`]); with the same version, the one found later is
//! used, so a folder given with `--packs` comes before this computer's packs folder, which
//! comes before Slate's own. The copy not used is kept in [`Library::skipped`], with why, so
//! every command can say so in one line; it is not a broken pack. The same folder found twice
//! is one pack.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use super::{BrokenPack, Library, Origin, Pack, PackSource, load_pack, source, version};

/// Which packs to find, and how to order them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choice {
    /// Folders from `--packs` and `SLATE_PACKS`: each a pack, or a folder of packs.
    pub extra: Vec<PathBuf>,
    /// Hide Slate's own courses when any other pack is found (`--only-packs`).
    pub only_own: bool,
    /// List teachers' packs before Slate's own (`--packs-first`).
    pub own_first: bool,
}

/// A copy of a pack that is not used, because another copy with the same id is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub id: String,
    pub version: String,
    pub origin: Origin,
    /// The version and place of the copy that is used.
    pub used_version: String,
    pub used_origin: Origin,
}

impl Skipped {
    /// Whether the copy used has the same version (and so was chosen by where it was found).
    pub fn same_version(&self) -> bool {
        version::compare(&self.version, &self.used_version) == Ordering::Equal
    }

    /// One sentence: which copy is not used, and why.
    pub fn sentence(&self) -> String {
        let key = if self.same_version() {
            "pack-skipped-same-version"
        } else {
            "pack-skipped-older"
        };
        crate::tr!(
            key,
            id = &self.id,
            version = &self.version,
            origin = self.origin.to_string(),
            used = &self.used_version,
            used_origin = self.used_origin.to_string()
        )
    }
}

/// Finds and loads every pack: bundled ones, then the data folder's `packs/`, then each
/// folder in `extra` (from `--packs` and `SLATE_PACKS`). A folder may be a pack itself or
/// hold packs. A broken pack is reported in [`Library::broken`] and never hides the others;
/// of two packs with one id, the newer is used and the other is in [`Library::skipped`].
pub fn discover(data_dir: Option<&Path>, extra: &[PathBuf]) -> Library {
    discover_with(
        data_dir,
        &Choice {
            extra: extra.to_vec(),
            ..Choice::default()
        },
    )
}

/// [`discover`], with Slate's own courses hidden or put last as `choice` asks.
pub fn discover_with(data_dir: Option<&Path>, choice: &Choice) -> Library {
    let mut sources: Vec<PackSource> = source::bundled();
    if let Some(data) = data_dir {
        sources.extend(source::folders_in(&data.join("packs")));
    }
    for dir in &choice.extra {
        if source::has_pack_file(dir) {
            sources.push(PackSource::folder(dir.clone()));
        } else {
            sources.extend(source::folders_in(dir));
        }
    }
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut library = Library::default();
    for src in sources {
        if let PackSource::Folder { root } = &src {
            let same = root.canonicalize().unwrap_or_else(|_| root.clone());
            if seen.contains(&same) {
                continue;
            }
            seen.push(same);
        }
        match load_pack(&src) {
            Ok(pack) => add(&mut library, pack),
            Err(problems) => library.broken.push(BrokenPack {
                origin: src.origin(),
                problems,
            }),
        }
    }
    let is_own = |p: &Pack| !matches!(p.origin, Origin::Bundled(_));
    if choice.only_own && library.packs.iter().any(is_own) {
        library.packs.retain(is_own);
        library.built_in_hidden = true;
    }
    if choice.own_first {
        // A stable sort: each group keeps its order.
        library.packs.sort_by_key(|p| !is_own(p));
    }
    library
}

/// Adds `pack`, or, when a pack with its id is there already, keeps the newer of the two
/// (the one found later when their versions are the same) in the first one's place.
fn add(library: &mut Library, pack: Pack) {
    let Some(i) = library.packs.iter().position(|p| p.id == pack.id) else {
        library.packs.push(pack);
        return;
    };
    let there = &library.packs[i];
    let (used, skipped) = match version::compare(&pack.version, &there.version) {
        Ordering::Less => (there.clone(), pack),
        Ordering::Equal | Ordering::Greater => {
            let old = std::mem::replace(&mut library.packs[i], pack);
            (library.packs[i].clone(), old)
        }
    };
    library.skipped.push(Skipped {
        id: skipped.id,
        version: skipped.version,
        origin: skipped.origin,
        used_version: used.version,
        used_origin: used.origin,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A copy of the fixture `good` in `dir/name`, with `version` in its pack.toml.
    fn good_copy(dir: &Path, name: &str, version: &str) -> PathBuf {
        let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/good");
        let to = dir.join(name);
        copy(&from, &to);
        let toml = std::fs::read_to_string(to.join("pack.toml")).unwrap();
        let toml: String = toml
            .lines()
            .filter(|l| !l.starts_with("version"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(
            to.join("pack.toml"),
            format!("{toml}version = \"{version}\"\n"),
        )
        .unwrap();
        to
    }

    fn copy(from: &Path, to: &Path) {
        std::fs::create_dir_all(to).unwrap();
        for entry in std::fs::read_dir(from).unwrap().flatten() {
            if entry.path().is_dir() {
                copy(&entry.path(), &to.join(entry.file_name()));
            } else {
                std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
            }
        }
    }

    fn good(library: &Library) -> &Pack {
        library.pack("good").expect("the pack good is found")
    }

    #[test]
    fn the_newer_of_two_copies_is_used_wherever_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let installed = good_copy(&data.join("packs"), "good", "1.9");
        let newer = good_copy(dir.path(), "mine", "1.10");
        let library = discover(Some(&data), std::slice::from_ref(&newer));
        assert_eq!(good(&library).version, "1.10");
        assert_eq!(good(&library).origin, Origin::Folder(newer.clone()));
        assert!(library.broken.is_empty(), "{:?}", library.broken);
        assert_eq!(
            library.skipped,
            [Skipped {
                id: "good".into(),
                version: "1.9".into(),
                origin: Origin::Folder(installed.clone()),
                used_version: "1.10".into(),
                used_origin: Origin::Folder(newer.clone()),
            }]
        );
        let sentence = library.skipped[0].sentence();
        assert!(
            sentence.contains("1.9") && sentence.contains("1.10"),
            "{sentence}"
        );

        // An older copy given with --packs does not replace a newer installed one.
        let older = good_copy(dir.path(), "old", "1.2.0");
        let library = discover(Some(&data), std::slice::from_ref(&older));
        assert_eq!(good(&library).origin, Origin::Folder(installed.clone()));
        assert_eq!(library.skipped[0].origin, Origin::Folder(older));
        assert!(!library.skipped[0].same_version());
    }

    #[test]
    fn with_the_same_version_the_folder_given_with_packs_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        let installed = good_copy(&data.join("packs"), "good", "1.0");
        let mine = good_copy(dir.path(), "mine", "1.0.0");
        let library = discover(Some(&data), std::slice::from_ref(&mine));
        assert_eq!(good(&library).origin, Origin::Folder(mine));
        assert_eq!(library.skipped[0].origin, Origin::Folder(installed));
        assert!(library.skipped[0].same_version());
    }

    #[test]
    fn the_same_folder_given_twice_is_one_pack() {
        let dir = tempfile::tempdir().unwrap();
        let mine = good_copy(dir.path(), "mine", "1.0");
        let library = discover(None, &[mine.clone(), dir.path().to_path_buf()]);
        assert!(library.skipped.is_empty(), "{:?}", library.skipped);
        assert_eq!(library.packs.iter().filter(|p| p.id == "good").count(), 1);
    }

    #[test]
    fn built_in_courses_are_hidden_or_put_last_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let mine = good_copy(dir.path(), "mine", "1.0");
        let all = discover(None, std::slice::from_ref(&mine));
        assert!(all.packs.len() > 1);
        assert_ne!(all.packs[0].id, "good", "Slate's own come first by default");
        assert!(!all.built_in_hidden);

        let choice = |only_own, own_first| Choice {
            extra: vec![mine.clone()],
            only_own,
            own_first,
        };
        let first = discover_with(None, &choice(false, true));
        assert_eq!(first.packs[0].id, "good");
        assert_eq!(first.packs.len(), all.packs.len());
        let only = discover_with(None, &choice(true, false));
        let ids: Vec<&str> = only.packs.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["good"]);
        assert!(only.built_in_hidden);

        // With no pack of the teacher's to show, Slate's own stay.
        let none = discover_with(
            None,
            &Choice {
                only_own: true,
                ..Choice::default()
            },
        );
        assert!(!none.packs.is_empty());
        assert!(!none.built_in_hidden);
    }
}
