//! Opening the progress file for reading only, for `slate learner list`, `slate report` and
//! `slate export`.
//!
//! Those commands must work from a read-only data folder (a locked USB stick, a share the
//! teacher may only read) and must never change the file: no migration, no machine id made, no
//! `-wal`, `-shm` or `-journal` file left beside it. SQLite's read-only mode still makes the
//! write-ahead log's files when it can, so while no other Slate has the file open (no `-wal` or
//! `-journal` beside it) the file is opened `immutable`: read as it is, with no locks and no
//! files made. Without locks a Slate that starts writing during the read could be missed, so
//! [`Store::read_with`] notices when the file changed while it was read and reads it again,
//! then with SQLite's locks and the other Slate's log. While another Slate has the file open
//! (its `-wal` is there), the ordinary read-only mode reads through that log, as a reader must.
//! A file that an older Slate wrote must be brought up to date first, which needs writing: that
//! is done when the file can be written, and otherwise said in one sentence.

use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{BUSY_TIMEOUT, Store, StoreError, classify, new_id, schema};
use crate::tr;

/// What the file looked like when it was opened without locks: its size and when it changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    fn of(meta: &std::fs::Metadata) -> Stamp {
        Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        }
    }
}

/// The file SQLite keeps beside `file` with this suffix (`-wal`, `-journal`).
fn beside(file: &Path, suffix: &str) -> PathBuf {
    let mut name = file.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether another Slate may be writing: its log or journal is beside the file.
fn in_use(file: &Path) -> bool {
    beside(file, "-wal").exists() || beside(file, "-journal").exists()
}

/// `file` as an SQLite URI (`file:///...?mode=ro`), with everything but plain characters
/// percent-encoded, so spaces, `?`, `#` and `%` in a folder's name keep their meaning.
fn uri(file: &Path, immutable: bool) -> String {
    let absolute = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    #[cfg(unix)]
    let (bytes, prefix) = {
        use std::os::unix::ffi::OsStrExt;
        (absolute.as_os_str().as_bytes().to_vec(), "file://")
    };
    #[cfg(not(unix))]
    let (bytes, prefix) = {
        let text = absolute.to_string_lossy().replace('\\', "/");
        // `C:/x` needs `file:///C:/x`; a share, `//server/x`, needs `file:////server/x`.
        let prefix = if text.starts_with('/') {
            "file://"
        } else {
            "file:///"
        };
        (text.into_bytes(), prefix)
    };
    let mut out = String::from(prefix);
    for b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out.push_str("?mode=ro");
    if immutable {
        out.push_str("&immutable=1");
    }
    out
}

impl Store {
    /// Opens the store in Slate's data folder for reading only. See [`Store::read_with`].
    pub fn open_read_only(paths: &crate::paths::Paths) -> Result<Store, StoreError> {
        Self::open_read_only_at(&paths.data.join(super::FILE_NAME))
    }

    /// Opens the store in `file` for reading only: nothing is written, nothing is made. A
    /// missing or empty file is an empty store. Writing to this store fails with
    /// [`StoreError::ReadOnly`].
    pub fn open_read_only_at(file: &Path) -> Result<Store, StoreError> {
        let path = file.to_path_buf();
        let meta = match std::fs::metadata(file) {
            Ok(m) if m.is_dir() => {
                return Err(StoreError::Unreadable {
                    path,
                    reason: tr!("store-reason-is-folder"),
                    source: None,
                });
            }
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Self::empty_at(path),
            Err(e) => {
                return Err(StoreError::Unreadable {
                    path,
                    reason: e.to_string(),
                    source: Some(Box::new(e)),
                });
            }
        };
        let stamp = (!in_use(file)).then(|| Stamp::of(&meta));
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(uri(file, stamp.is_some()), flags)
            .map_err(|e| classify(e, file))?;
        let fail = |e: rusqlite::Error| classify(e, file);
        conn.busy_timeout(BUSY_TIMEOUT).map_err(fail)?;
        schema::check_readable(&conn, file)?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(fail)?;
        if version < schema::LATEST {
            let tables: i64 = conn
                .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
                .map_err(fail)?;
            drop(conn);
            if tables == 0 {
                // An empty file: nothing to read yet.
                return Self::empty_at(path);
            }
            // Written by an older Slate: bring it up to date where the file can be written.
            return match Store::open_at(file) {
                Ok(updated) => {
                    drop(updated);
                    Self::open_read_only_at(file)
                }
                Err(StoreError::ReadOnly { .. }) => Err(StoreError::NeedsUpdate { path }),
                Err(e) => Err(e),
            };
        }
        // Every store has a machine id; one without is read with a passing one.
        let machine = conn
            .query_row("SELECT value FROM meta WHERE key = 'machine_id'", [], |r| {
                r.get::<_, String>(0)
            })
            .optional()
            .map_err(fail)?
            .unwrap_or_else(new_id);
        Ok(Store {
            conn,
            path,
            machine,
            stamp,
        })
    }

    /// An empty store in memory standing for `path`, which has nothing in it yet.
    fn empty_at(path: PathBuf) -> Result<Store, StoreError> {
        let mut store = Store::open_in_memory()?;
        store.path = path;
        Ok(store)
    }

    /// Whether the file was opened without locks and has changed since: what was read may be
    /// out of date, or mixed.
    fn changed_since_opened(&self) -> bool {
        let Some(stamp) = &self.stamp else {
            return false;
        };
        in_use(&self.path)
            || std::fs::metadata(&self.path).map_or(true, |m| Stamp::of(&m) != *stamp)
    }

    /// Opens the file for reading only and runs `read` on it. If another Slate changed the
    /// file while it was read without locks, it is read again (see the module's notes), so the
    /// answer is never a mix of before and after.
    pub fn read_with<T, E: From<StoreError>>(
        file: &Path,
        mut read: impl FnMut(&Store) -> Result<T, E>,
    ) -> Result<T, E> {
        let store = Store::open_read_only_at(file)?;
        let result = read(&store);
        if !store.changed_since_opened() {
            return result;
        }
        drop(store);
        read(&Store::open_read_only_at(file)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::FILE_NAME;

    /// A store with one learner in `dir`, closed again (so no `-wal` is left).
    fn populated(dir: &Path) -> PathBuf {
        let file = dir.join(FILE_NAME);
        let mut store = Store::open_at(&file).unwrap();
        let ada = store.add_learner("Ada", Some("7B")).unwrap();
        store
            .record_attempt(&crate::store::activity::tests::attempt(&ada.id, "e1"))
            .unwrap();
        drop(store);
        file
    }

    fn listing(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn reading_only_changes_nothing_and_makes_no_files() {
        let dir = tempfile::tempdir().unwrap();
        let file = populated(dir.path());
        assert_eq!(listing(dir.path()), [FILE_NAME]);
        let before = (
            std::fs::read(&file).unwrap(),
            std::fs::metadata(&file).unwrap().modified().unwrap(),
        );
        let store = Store::open_read_only_at(&file).unwrap();
        let learners = store.learners().unwrap();
        assert_eq!(learners.len(), 1);
        assert_eq!(store.tallies(None).unwrap().len(), 1);
        assert_eq!(listing(dir.path()), [FILE_NAME], "nothing made while open");
        drop(store);
        assert_eq!(listing(dir.path()), [FILE_NAME]);
        let after = (
            std::fs::read(&file).unwrap(),
            std::fs::metadata(&file).unwrap().modified().unwrap(),
        );
        assert_eq!(before, after);
    }

    #[test]
    fn a_read_only_store_refuses_to_write() {
        let dir = tempfile::tempdir().unwrap();
        let file = populated(dir.path());
        let mut store = Store::open_read_only_at(&file).unwrap();
        let err = store.add_learner("Bob", None).unwrap_err();
        assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
    }

    #[test]
    fn reading_while_another_window_writes_sees_its_log() {
        let dir = tempfile::tempdir().unwrap();
        let file = populated(dir.path());
        let mut writer = Store::open_at(&file).unwrap();
        writer.add_learner("Bob", None).unwrap();
        assert!(beside(&file, "-wal").exists(), "the writer keeps its log");
        let reader = Store::open_read_only_at(&file).unwrap();
        assert_eq!(
            reader.learners().unwrap().len(),
            2,
            "Bob is only in the log"
        );
        writer.add_learner("Cy", None).unwrap();
        assert_eq!(reader.learners().unwrap().len(), 3);
    }

    #[test]
    fn a_change_during_an_unlocked_read_is_read_again() {
        let dir = tempfile::tempdir().unwrap();
        let file = populated(dir.path());
        let mut reads = Vec::new();
        let counted = Store::read_with(&file, |store| -> Result<usize, StoreError> {
            let n = store.learners()?.len();
            reads.push(n);
            if reads.len() == 1 {
                // Another Slate adds a learner (and closes) while this one reads.
                let mut other = Store::open_at(&file)?;
                other.add_learner("Bob", None)?;
            }
            Ok(n)
        })
        .unwrap();
        assert_eq!(reads, [1, 2]);
        assert_eq!(counted, 2);
    }

    #[test]
    fn a_missing_or_empty_file_is_an_empty_store_and_stays_as_it_was() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("nowhere").join(FILE_NAME);
        let store = Store::open_read_only_at(&missing).unwrap();
        assert!(store.learners().unwrap().is_empty());
        assert!(!dir.path().join("nowhere").exists(), "no folder made");
        let empty = dir.path().join(FILE_NAME);
        std::fs::write(&empty, b"").unwrap();
        let store = Store::open_read_only_at(&empty).unwrap();
        assert!(store.learners().unwrap().is_empty());
        assert_eq!(std::fs::read(&empty).unwrap(), b"");
        assert_eq!(listing(dir.path()), [FILE_NAME]);
    }

    #[test]
    fn damaged_and_foreign_files_are_reported_as_before() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        std::fs::write(
            &file,
            b"SQLite format 3\0 and then nothing useful".repeat(50),
        )
        .unwrap();
        let err = Store::open_read_only_at(&file).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        let err = Store::open_read_only_at(dir.path()).unwrap_err();
        assert!(matches!(err, StoreError::Unreadable { .. }), "{err}");
    }

    #[test]
    fn awkward_folder_names_open() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("Mr O'Neil's 7B #1 ? 100% Ysgol Gymraeg");
        std::fs::create_dir_all(&odd).unwrap();
        populated(&odd);
        let store = Store::open_read_only_at(&odd.join(FILE_NAME)).unwrap();
        assert_eq!(store.learners().unwrap()[0].name, "Ada");
    }

    #[test]
    fn uris_encode_what_sqlite_would_misread() {
        let u = uri(Path::new("/a b/c?d#e%f/é.sqlite3"), true);
        assert!(
            u.starts_with("file:///a%20b/c%3Fd%23e%25f/%C3%A9.sqlite3"),
            "{u}"
        );
        assert!(u.ends_with("?mode=ro&immutable=1"), "{u}");
        assert!(uri(Path::new("/x"), false).ends_with("/x?mode=ro"));
    }

    /// Where writing is really refused (not as root, which may write anyway), the commands
    /// still read: the file and its folder are made read-only.
    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_can_be_read() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        std::fs::create_dir_all(&data).unwrap();
        let file = populated(&data);
        let mode = |p: &Path, m: u32| {
            std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
        };
        mode(&file, 0o444);
        mode(&data, 0o555);
        let store = Store::open_read_only_at(&file);
        let read = store.map(|s| s.learners().map(|l| l.len()));
        mode(&data, 0o755);
        assert_eq!(read.unwrap().unwrap(), 1);
        assert_eq!(listing(&data), [FILE_NAME]);
    }
}
