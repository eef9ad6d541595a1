//! Where Slate keeps its files.
//!
//! Everything Slate writes lives in two folders: *data* (progress, learners' code, teachers'
//! packs) and *cache* (the compiled Python runtime, which can always be rebuilt). By default
//! they are the platform's own folders (the `directories` crate: AppData on Windows,
//! `~/Library` on macOS, XDG folders on Linux). `SLATE_HOME=DIR` puts both under DIR, for a
//! portable install on a USB stick and for tests. `SLATE_CACHE_DIR` moves only the cache, so
//! many test runs can share one prepared runtime.
//!
//! One thing never moves with `SLATE_HOME`: this computer's secret key that signs the
//! compiled runtime ([`machine_key_dir`]). It stays in the user's own local data folder, so
//! someone who can write to a USB stick or a shared folder cannot also sign what is there.

use std::path::PathBuf;

/// The folders Slate uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paths {
    /// Progress database, learners' code, teachers' packs.
    pub data: PathBuf,
    /// Compiled runtime; safe to delete at any time.
    pub cache: PathBuf,
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
        let mut paths = match home.filter(|h| !h.as_os_str().is_empty()) {
            Some(home) => Paths {
                data: home.join("data"),
                cache: home.join("cache"),
            },
            None => {
                let dirs = directories::ProjectDirs::from("org", "Slate", "slate").ok_or(NoHome)?;
                Paths {
                    data: dirs.data_local_dir().to_path_buf(),
                    cache: dirs.cache_dir().to_path_buf(),
                }
            }
        };
        if let Some(cache) = cache.filter(|c| !c.as_os_str().is_empty()) {
            paths.cache = cache;
        }
        Ok(paths)
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
    fn slate_home_holds_data_and_cache() {
        let p = Paths::resolve(Some("/stick/slate".into()), None).unwrap();
        assert_eq!(p.data, PathBuf::from("/stick/slate/data"));
        assert_eq!(p.cache, PathBuf::from("/stick/slate/cache"));
    }

    #[test]
    fn cache_dir_can_be_moved_on_its_own() {
        let p = Paths::resolve(Some("/h".into()), Some("/c".into())).unwrap();
        assert_eq!(p.data, PathBuf::from("/h/data"));
        assert_eq!(p.cache, PathBuf::from("/c"));
    }

    #[test]
    fn empty_slate_home_means_platform_folders() {
        let p = Paths::resolve(Some("".into()), None).unwrap();
        assert_ne!(p.data, PathBuf::from("data"));
    }
}
