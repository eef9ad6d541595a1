//! Where Slate keeps its files.
//!
//! Everything Slate writes lives in two folders: *data* (progress, learners' code, teachers'
//! packs) and *cache* (the compiled Python runtime, which can always be rebuilt). By default
//! they are the platform's own folders (the `directories` crate: AppData on Windows,
//! `~/Library` on macOS, XDG folders on Linux). `SLATE_HOME=DIR` moves the data under DIR,
//! for a portable install on a USB stick and for tests.
//!
//! The cache holds native code for this computer's processor, so it does not move with
//! `SLATE_HOME`: it stays in the user's own cache folder, which only this user can write
//! ([`CacheKind::Private`]). `SLATE_CACHE_DIR` moves it anywhere, for example so that test
//! runs share one prepared runtime; such a folder may be shared, so its files must carry
//! this computer's signature ([`CacheKind::Shared`], [`machine_key_dir`]).

use std::path::PathBuf;

/// The folders Slate uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Progress database, learners' code, teachers' packs.
    pub data: PathBuf,
    /// Compiled runtime; safe to delete at any time.
    pub cache: PathBuf,
    /// Who else may be able to write to `cache`.
    pub cache_kind: CacheKind,
}

/// Whether the cache folder is the user's own, or one that others may write to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CacheKind {
    /// The platform's per-user cache folder: compiled code is memory-mapped from it (after
    /// checking, on Unix, that only this user can write there).
    Private,
    /// A folder named by `SLATE_CACHE_DIR`: every file must carry this computer's signature.
    Shared,
}

/// Why Slate could not find a place for its files.
#[derive(Debug, thiserror::Error)]
#[error("{}", crate::tr!("cli-no-home"))]
pub struct NoHome;

impl Paths {
    /// The folders for this process, from the environment.
    pub fn from_env() -> Result<Paths, NoHome> {
        Self::resolve(
            std::env::var_os("SLATE_HOME").map(PathBuf::from),
            std::env::var_os("SLATE_CACHE_DIR").map(PathBuf::from),
        )
    }

    fn resolve(home: Option<PathBuf>, cache: Option<PathBuf>) -> Result<Paths, NoHome> {
        let dirs = directories::ProjectDirs::from("org", "Slate", "slate");
        let data = match home.filter(|h| !h.as_os_str().is_empty()) {
            Some(home) => home.join("data"),
            None => dirs.as_ref().ok_or(NoHome)?.data_local_dir().to_path_buf(),
        };
        let (cache, cache_kind) = match cache.filter(|c| !c.as_os_str().is_empty()) {
            Some(cache) => (cache, CacheKind::Shared),
            None => (
                dirs.as_ref().ok_or(NoHome)?.cache_dir().to_path_buf(),
                CacheKind::Private,
            ),
        };
        Ok(Paths {
            data,
            cache,
            cache_kind,
        })
    }
}

/// The folder for secrets that belong to this user on this computer: the platform's local
/// data folder, whatever `SLATE_HOME` says. `None` when the platform gives none.
pub fn machine_key_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("org", "Slate", "slate")?;
    Some(dirs.data_local_dir().to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slate_home_holds_data_but_compiled_code_stays_on_this_computer() {
        let p = Paths::resolve(Some("/stick/slate".into()), None).unwrap();
        assert_eq!(p.data, PathBuf::from("/stick/slate/data"));
        assert!(!p.cache.starts_with("/stick"), "{:?}", p.cache);
        assert_eq!(p.cache_kind, CacheKind::Private);
    }

    #[test]
    fn a_cache_dir_named_in_the_environment_is_treated_as_shared() {
        let p = Paths::resolve(Some("/h".into()), Some("/c".into())).unwrap();
        assert_eq!(p.data, PathBuf::from("/h/data"));
        assert_eq!(p.cache, PathBuf::from("/c"));
        assert_eq!(p.cache_kind, CacheKind::Shared);
    }

    #[test]
    fn empty_slate_home_means_platform_folders() {
        let p = Paths::resolve(Some("".into()), None).unwrap();
        assert_ne!(p.data, PathBuf::from("data"));
    }
}
