//! `slate pack install DIR`, `slate pack remove ID` and `slate pack settings`: a teacher's
//! packs on one computer.
//!
//! Installing checks the pack exactly as `slate pack check` does and refuses one with
//! problems, then copies it into the data folder's `packs/` as `packs/<id>`: first into a
//! hidden folder beside it (which Slate never reads as a pack), then renamed into place, so a
//! learner starting Slate meanwhile sees the old copy or the new one, never half of one. An
//! installed copy with the same id is replaced when it is older or the same version; a newer
//! one only with `--force`. Removing takes only what is in the data folder's `packs/`, never
//! one of Slate's own courses nor a folder given with `--packs`. Learners' progress is kept
//! either way: it is recorded against the pack's id, not its files.

use std::cmp::Ordering;
use std::path::{Path, PathBuf};

use super::{CliError, Status};
use crate::pack::settings::{self as pack_settings, PackSettings, Setting};
use crate::pack::{Library, Origin, Pack, PackSource, load_pack, source, version};
use crate::paths::Paths;
use crate::tr;

/// A pack installed on this computer: its folder in `packs/` and what it holds.
struct Installed {
    folder: PathBuf,
    pack: Option<Pack>,
}

/// Every folder with a `pack.toml` in the data folder's `packs/`, loaded (or not).
fn installed(packs: &Path) -> Vec<Installed> {
    source::folders_in(packs)
        .into_iter()
        .filter_map(|src| match &src {
            PackSource::Folder { root } => Some(Installed {
                folder: root.clone(),
                pack: load_pack(&src).ok(),
            }),
            PackSource::Bundled { .. } => None,
        })
        .collect()
}

fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn shown(path: &Path) -> String {
    crate::safe_text::for_terminal(&path.display().to_string())
}

fn io_error(message: String, source: std::io::Error) -> CliError {
    CliError::Io { message, source }
}

/// `slate pack install DIR [--force]`.
pub fn install(paths: &Paths, dir: &Path, force: bool) -> Result<Status, CliError> {
    let checked = super::check_and_print(paths, dir)?;
    let (Some(pack), true) = (checked.pack, checked.sound) else {
        outln!("{}", tr!("pack-install-not-sound", dir = quoted(dir)));
        return Ok(Status::Failed);
    };
    let packs = paths.data.join("packs");
    let copies: Vec<Installed> = installed(&packs)
        .into_iter()
        .filter(|i| i.pack.as_ref().is_some_and(|p| p.id == pack.id))
        .collect();
    if copies.iter().any(|c| same_folder(&c.folder, dir)) {
        outln!("{}", tr!("pack-install-already-there", id = &pack.id));
        return Ok(Status::Success);
    }
    let newest = copies
        .iter()
        .filter_map(|c| c.pack.as_ref())
        .max_by(|a, b| version::compare(&a.version, &b.version));
    let ordering = newest.map(|old| version::compare(&pack.version, &old.version));
    if let (Some(old), Some(Ordering::Less), false) = (newest, ordering, force) {
        return Err(CliError::Usage(tr!(
            "pack-install-newer-there",
            id = &pack.id,
            version = &pack.version,
            installed = &old.version,
            folder = old.origin.to_string(),
            command = format!("slate pack install {} --force", quoted(dir))
        )));
    }
    std::fs::create_dir_all(&packs).map_err(|e| {
        io_error(
            tr!(
                "pack-install-cannot-copy",
                dir = shown(&packs),
                error = e.to_string()
            ),
            e,
        )
    })?;
    let target = target_folder(&packs, &pack.id, &copies);
    replace(dir, &target, &copies)?;
    outln!(
        "{}",
        tr!(
            "pack-install-done",
            title = &pack.title,
            id = &pack.id,
            version = &pack.version,
            folder = shown(&target)
        )
    );
    if let (Some(old), Some(ordering)) = (newest, ordering) {
        let key = match ordering {
            Ordering::Greater => "pack-install-replaced-older",
            Ordering::Equal => "pack-install-replaced-same",
            Ordering::Less => "pack-install-replaced-newer",
        };
        outln!("{}", tr!(key, installed = &old.version));
    }
    outln!("{}", tr!("pack-install-next"));
    Ok(Status::Success)
}

/// `packs/<id>`, unless a folder of that name holds something else (another pack, or a
/// broken one): then `packs/<id>-2`, `-3`, ... The copies being replaced do not count.
fn target_folder(packs: &Path, id: &str, copies: &[Installed]) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => packs.join(id),
            n => packs.join(format!("{id}-{n}")),
        })
        .find(|f| !f.exists() || copies.iter().any(|c| &c.folder == f))
        .expect("some name is free")
}

/// Copies `dir` to `target` through a hidden folder beside it, and takes the `old` copies
/// away: the old one at `target` is moved aside only for the moment of the rename (and put
/// back if the rename fails).
fn replace(dir: &Path, target: &Path, old: &[Installed]) -> Result<(), CliError> {
    let cannot = |e: std::io::Error| {
        io_error(
            tr!(
                "pack-install-cannot-copy",
                dir = shown(target),
                error = e.to_string()
            ),
            e,
        )
    };
    let temp = crate::files::temp_beside(target);
    let copied = copy_pack(dir, &temp).and_then(|()| {
        // The copy must be the pack that was checked (a file may have been left behind).
        load_pack(&PackSource::folder(temp.clone()))
            .map(drop)
            .map_err(|_| std::io::Error::other(tr!("pack-install-copy-incomplete")))
    });
    if let Err(e) = copied {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(cannot(e));
    }
    let aside = target.exists().then(|| crate::files::temp_beside(target));
    if let Some(aside) = &aside
        && let Err(e) = std::fs::rename(target, aside)
    {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(cannot(e));
    }
    if let Err(e) = std::fs::rename(&temp, target) {
        if let Some(aside) = &aside {
            let _ = std::fs::rename(aside, target);
        }
        let _ = std::fs::remove_dir_all(&temp);
        return Err(cannot(e));
    }
    if let Some(aside) = &aside {
        let _ = std::fs::remove_dir_all(aside);
    }
    // The new copy is in place; an old one under another folder name goes too.
    for copy in old.iter().filter(|c| c.folder != target) {
        remove_folder(&copy.folder)?;
    }
    Ok(())
}

/// Copies a pack's folder: ordinary files and folders, not links (a pack reads nothing
/// through them) and not hidden ones (such as `.git`).
fn copy_pack(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            copy_pack(&entry.path(), &target)?;
        } else if kind.is_file() {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// Removes a folder as one step for anyone reading `packs/`: renamed to a hidden name
/// first, then deleted.
fn remove_folder(folder: &Path) -> Result<(), CliError> {
    let aside = crate::files::temp_beside(folder);
    std::fs::rename(folder, &aside)
        .and_then(|()| std::fs::remove_dir_all(&aside))
        .map_err(|e| {
            io_error(
                tr!(
                    "pack-remove-cannot",
                    folder = shown(folder),
                    error = e.to_string()
                ),
                e,
            )
        })
}

/// `slate pack remove ID`.
pub fn remove(paths: &Paths, library: &Library, id: &str) -> Result<Status, CliError> {
    let packs = paths.data.join("packs");
    let all = installed(&packs);
    let by_id: Vec<&Installed> = all
        .iter()
        .filter(|i| i.pack.as_ref().is_some_and(|p| p.id == id))
        .collect();
    // A pack too broken to load is removed by its folder's name.
    let chosen = if by_id.is_empty() {
        all.iter()
            .filter(|i| i.pack.is_none() && i.folder.file_name().is_some_and(|n| n == id))
            .collect()
    } else {
        by_id
    };
    if chosen.is_empty() {
        let shown_id = crate::safe_text::for_terminal(id);
        let from_folder = library.packs.iter().find(|p| p.id == id).map(|p| &p.origin);
        let message = if crate::pack::discover(None, &[]).pack(id).is_some() {
            tr!("pack-remove-built-in", id = shown_id)
        } else if let Some(origin @ Origin::Folder(_)) = from_folder {
            tr!(
                "pack-remove-not-installed-here",
                id = shown_id,
                origin = origin.to_string()
            )
        } else {
            tr!("pack-remove-unknown", id = shown_id, dir = shown(&packs))
        };
        return Err(CliError::Usage(message));
    }
    for copy in chosen {
        remove_folder(&copy.folder)?;
        let message = match &copy.pack {
            Some(pack) => tr!(
                "pack-remove-done",
                title = &pack.title,
                id = &pack.id,
                version = &pack.version,
                folder = shown(&copy.folder)
            ),
            None => tr!("pack-remove-done-broken", folder = shown(&copy.folder)),
        };
        outln!("{message}");
    }
    outln!("{}", tr!("pack-remove-progress-kept"));
    Ok(Status::Success)
}

/// On or off, for `slate pack settings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

/// `slate pack settings [SETTING on|off]`.
pub fn settings(paths: &Paths, change: Option<(Setting, OnOff)>) -> Result<Status, CliError> {
    let mut now = pack_settings::load(&paths.data);
    if let Some((setting, value)) = change {
        now.set(setting, value == OnOff::On);
        let file = pack_settings::path(&paths.data);
        pack_settings::save(&paths.data, &now).map_err(|e| {
            io_error(
                tr!(
                    "pack-settings-cannot-save",
                    file = shown(&file),
                    error = e.to_string()
                ),
                e,
            )
        })?;
    }
    show_settings(paths, &now);
    Ok(Status::Success)
}

fn show_settings(paths: &Paths, now: &PackSettings) {
    outln!(
        "{}",
        tr!(
            "pack-settings-heading",
            file = shown(&pack_settings::path(&paths.data))
        )
    );
    for setting in Setting::ALL {
        let state = if now.get(setting) {
            tr!("pack-settings-on")
        } else {
            tr!("pack-settings-off")
        };
        let what = match setting {
            Setting::OnlyPacks => tr!("pack-settings-only-packs"),
            Setting::PacksFirst => tr!("pack-settings-packs-first"),
        };
        outln!("  {}: {state}  ({what})", setting.name());
    }
}

/// `dir` as a word of a command to copy, safe for a terminal.
pub fn quoted(dir: &Path) -> String {
    crate::safe_text::for_terminal(&crate::text::shell_word(&dir.display().to_string()))
}
