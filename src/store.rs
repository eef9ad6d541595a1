//! Learners and their progress, kept on this computer in one SQLite file.
//!
//! A shared lab PC serves many learners, so Slate keeps who they are (a display name and an
//! optional group, no passwords) and everything they did: every check attempt with its code
//! and per-test results, hints revealed, solutions viewed, pages read, and their settings.
//! This module owns that file (`progress.sqlite3` in Slate's data folder): opening it safely
//! (foreign keys, WAL where the folder allows it, a busy timeout so two Slate windows never lose
//! a write), the schema and its append-only migrations ([`schema`]), and the typed API the
//! command line and the terminal UI use. Every write is one transaction committed before its
//! result is shown, so killing Slate at any moment loses nothing that was shown. A damaged or
//! foreign file is reported and left exactly as it was; nothing here "repairs" in place.
//!
//! Learners ([`learners`]) are matched by name case- and space-insensitively within a group.
//! Attempts, hints, pages and settings are in [`activity`]; moving progress between computers
//! (a versioned JSON file that merges without duplicates) is [`exchange`]; class lists from
//! school systems ([`class_list`]) add many learners at once; teachers' reports
//! (terminal table, CSV, self-contained HTML) are [`report`], and the live class view's model
//! (`slate class`: each learner's current exercise, who is stuck) is [`class_view`]. Commands
//! that only read open the file read-only ([`Store::read_with`]), so they work from a
//! read-only folder and never change the file.

pub mod activity;
pub mod class_list;
pub mod class_view;
pub mod exchange;
pub mod learners;
pub mod names;
mod read_only;
pub mod report;
mod rows;
pub mod schema;
pub mod sync;
pub mod time;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::tr;

pub use activity::{Activity, ExerciseProgress, NewAttempt, Status, TestDetail, TestRecord};
pub use exchange::{ExportFile, ImportError, ImportSummary, Selection};
pub use learners::Learner;

/// The database's file name inside Slate's data folder.
pub const FILE_NAME: &str = "progress.sqlite3";

/// How long a write waits for another Slate window that holds the file.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Slate's progress file on this computer.
pub struct Store {
    conn: Connection,
    /// Where the file is, for messages (`:memory:` for an in-memory store).
    path: PathBuf,
    machine: String,
    /// Set when the file was opened read-only without locks ([`read_only`]): how it looked.
    stamp: Option<read_only::Stamp>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("machine", &self.machine)
            .finish_non_exhaustive()
    }
}

/// Why the progress store could not do something. The message is one sentence for the user,
/// in their language (`assets/locales/*/store.ftl`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{}", tr!("store-folder", path = shown(path), reason = source.to_string()))]
    Folder {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", tr!("store-read-only", path = shown(path)))]
    ReadOnly { path: PathBuf },
    #[error("{}", tr!("store-disk-full", path = shown(path)))]
    DiskFull { path: PathBuf },
    #[error("{}", tr!("store-busy", path = shown(path)))]
    Busy { path: PathBuf },
    #[error("{}", tr!("store-corrupt", path = shown(path)))]
    Corrupt { path: PathBuf },
    #[error("{}", tr!("store-not-ours", path = shown(path)))]
    NotOurs { path: PathBuf },
    #[error("{}", tr!("store-newer", path = shown(path), found = *found, known = *known))]
    Newer {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    /// An older Slate's file, which must be brought up to date, in a folder that cannot be
    /// written.
    #[error("{}", tr!("store-needs-update", path = shown(path)))]
    NeedsUpdate { path: PathBuf },
    #[error("{}", tr!("store-unreadable", path = shown(path), reason = reason))]
    Unreadable {
        path: PathBuf,
        reason: String,
        #[source]
        source: Option<Cause>,
    },
    #[error("{}", tr!("store-database", path = shown(path), reason = source.to_string()))]
    Database {
        path: PathBuf,
        #[source]
        source: rusqlite::Error,
    },
    /// A database error not yet tied to a file; [`Store`] turns it into one of the above.
    #[error("{}", tr!("store-sql", reason = .0.to_string()))]
    Sql(#[from] rusqlite::Error),
    #[error("{}", tr!("store-learner-exists", who = names::who(name, group.as_deref())))]
    LearnerExists { name: String, group: Option<String> },
    #[error(
        "{}",
        tr!(
            "store-no-such-learner",
            who = names::who(name, group.as_deref()),
            command = format!("slate learner add {}", names::options(name, group.as_deref()))
        )
    )]
    NoSuchLearner { name: String, group: Option<String> },
    /// Several groups have a learner of this name, and no group was given.
    #[error(
        "{}",
        tr!(
            "store-which-group",
            name = name.as_str(),
            count = groups.len(),
            groups = groups.join(", "),
            example = names::options(name, groups.first().map(String::as_str))
        )
    )]
    WhichGroup { name: String, groups: Vec<String> },
    /// `slate learner merge` was given the same learner twice.
    #[error("{}", tr!("store-merge-into-self", who = names::who(name, group.as_deref())))]
    MergeIntoSelf { name: String, group: Option<String> },
    #[error("{}", tr!("store-unknown-learner-id", id = .0))]
    UnknownLearnerId(String),
    /// A name or group that cannot be used; the message says why.
    #[error("{0}")]
    BadName(String),
    #[error(transparent)]
    Import(#[from] ImportError),
    /// A class list (`slate learner import`) that could not be read.
    #[error(transparent)]
    ClassList(#[from] class_list::ClassListError),
    #[error("{}", tr!("store-write", path = shown(path), reason = reason))]
    Write {
        path: PathBuf,
        reason: String,
        #[source]
        source: std::io::Error,
    },
}

/// The lower-level error behind a [`StoreError`], kept for `Error::source`.
pub type Cause = Box<dyn std::error::Error + Send + Sync>;

/// A path as messages show it.
pub(crate) fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl StoreError {
    /// Ties a bare database error to the file it happened in, as one clear sentence.
    fn at(self, path: &Path) -> StoreError {
        match self {
            StoreError::Sql(e) => classify(e, path),
            other => other,
        }
    }
}

/// Turns a database error into the sentence the user needs.
fn classify(e: rusqlite::Error, path: &Path) -> StoreError {
    use rusqlite::ErrorCode as C;
    let path = path.to_path_buf();
    match e.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => StoreError::Busy { path },
        Some(C::DatabaseCorrupt | C::NotADatabase) => StoreError::Corrupt { path },
        Some(C::DiskFull) => StoreError::DiskFull { path },
        Some(C::ReadOnly | C::PermissionDenied) => StoreError::ReadOnly { path },
        Some(C::CannotOpen) => StoreError::Unreadable {
            path,
            reason: tr!("store-reason-cannot-open"),
            source: Some(Box::new(e)),
        },
        _ => StoreError::Database { path, source: e },
    }
}

/// The time now, in milliseconds since 1970 (UTC).
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

/// A new random id (UUID version 4), for learners, attempts and machines.
pub(crate) fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

impl Store {
    /// Opens (or creates) the store in Slate's data folder: `DATA/progress.sqlite3`.
    pub fn open(paths: &crate::paths::Paths) -> Result<Store, StoreError> {
        Self::open_at(&paths.data.join(FILE_NAME))
    }

    /// Opens (or creates) the store in `file`, making its folder if needed.
    pub fn open_at(file: &Path) -> Result<Store, StoreError> {
        if let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| folder_error(dir, e))?;
        }
        if file.is_dir() {
            return Err(StoreError::Unreadable {
                path: file.to_path_buf(),
                reason: tr!("store-reason-is-folder"),
                source: None,
            });
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(file, flags).map_err(|e| classify(e, file))?;
        Self::setup(conn, file.to_path_buf(), true)
    }

    /// A store that lives in memory only, for tests and trying things out.
    pub fn open_in_memory() -> Result<Store, StoreError> {
        let path = PathBuf::from(":memory:");
        let conn = Connection::open_in_memory().map_err(|e| classify(e, &path))?;
        Self::setup(conn, path, false)
    }

    fn setup(mut conn: Connection, path: PathBuf, on_disk: bool) -> Result<Store, StoreError> {
        let fail = |e: StoreError| e.at(&path);
        conn.busy_timeout(BUSY_TIMEOUT)
            .map_err(|e| fail(e.into()))?;
        // Read before anything can write: a damaged or foreign file must stay as it is.
        schema::check_readable(&conn, &path)?;
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;")
            .map_err(|e| fail(e.into()))?;
        if on_disk {
            set_journal(&conn);
        }
        schema::migrate(&mut conn, &path)?;
        let machine = schema::machine_id(&mut conn).map_err(fail)?;
        Ok(Store {
            conn,
            path,
            machine,
            stamp: None,
        })
    }

    /// This store's machine id: random, made once when the store was created.
    pub fn machine_id(&self) -> &str {
        &self.machine
    }

    /// Where the store's file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// How long a write waits for another window before giving up (5 seconds by default).
    pub fn set_busy_timeout(&mut self, wait: Duration) -> Result<(), StoreError> {
        self.conn
            .busy_timeout(wait)
            .map_err(|e| classify(e, &self.path))
    }

    /// Runs a read.
    fn read<T>(
        &self,
        f: impl FnOnce(&Connection) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        f(&self.conn).map_err(|e| e.at(&self.path))
    }

    /// Runs `f` in one write transaction, committed before returning. `IMMEDIATE` takes the
    /// write lock at the start, so a second window waits (busy timeout) instead of failing
    /// half-way.
    fn write<T>(
        &mut self,
        f: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let result = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        result.map_err(|e: StoreError| e.at(&self.path))
    }
}

/// Writes a file so that it is either whole or not there: into a temporary file beside it,
/// then renamed over it. An export or report cut short by a full disk or a killed Slate never
/// leaves a half-written file that looks complete.
pub fn save_file(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    let fail = |e: std::io::Error| StoreError::Write {
        path: path.to_path_buf(),
        reason: match e.kind() {
            std::io::ErrorKind::StorageFull => tr!("store-reason-disk-full"),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                tr!("store-reason-folder-read-only")
            }
            std::io::ErrorKind::NotFound => tr!("store-reason-no-folder"),
            _ if path.is_dir() => tr!("store-reason-is-folder"),
            _ => e.to_string(),
        },
        source: e,
    };
    crate::files::write_atomic(path, bytes).map_err(fail)
}

/// WAL lets a reader and a writer work at once and makes commits cheap; it needs shared memory,
/// which some network drives do not offer. Where it fails, the default rollback journal is
/// just as safe, only slower.
fn set_journal(conn: &Connection) {
    let wal = conn
        .query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0))
        .map(|m| m.eq_ignore_ascii_case("wal"))
        .unwrap_or(false);
    if wal {
        // In WAL mode FULL syncs the log at every commit: an attempt survives a power cut too.
        let _ = conn.execute_batch("PRAGMA synchronous = FULL");
    } else {
        let _ = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| {
            r.get::<_, String>(0)
        });
    }
}

fn folder_error(dir: &Path, e: std::io::Error) -> StoreError {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
            StoreError::ReadOnly {
                path: dir.to_path_buf(),
            }
        }
        std::io::ErrorKind::StorageFull => StoreError::DiskFull {
            path: dir.to_path_buf(),
        },
        _ => StoreError::Folder {
            path: dir.to_path_buf(),
            source: e,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_classified_into_sentences() {
        let p = Path::new("/x/progress.sqlite3");
        let err = |code| {
            rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some("boom".into()))
        };
        assert!(matches!(
            classify(err(rusqlite::ffi::SQLITE_FULL), p),
            StoreError::DiskFull { .. }
        ));
        assert!(matches!(
            classify(err(rusqlite::ffi::SQLITE_READONLY), p),
            StoreError::ReadOnly { .. }
        ));
        assert!(matches!(
            classify(err(rusqlite::ffi::SQLITE_BUSY), p),
            StoreError::Busy { .. }
        ));
        assert!(matches!(
            classify(err(rusqlite::ffi::SQLITE_NOTADB), p),
            StoreError::Corrupt { .. }
        ));
        let text = classify(err(rusqlite::ffi::SQLITE_FULL), p).to_string();
        assert!(text.starts_with("The disk is full"), "{text}");
        assert!(text.contains("/x/progress.sqlite3"), "{text}");
    }

    #[test]
    fn a_store_has_a_machine_id_that_stays() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("deep").join(FILE_NAME);
        let first = Store::open_at(&file).unwrap().machine_id().to_owned();
        let again = Store::open_at(&file).unwrap().machine_id().to_owned();
        assert_eq!(first, again);
        assert_eq!(first.len(), 36);
        let other = Store::open_in_memory().unwrap();
        assert_ne!(other.machine_id(), first);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        let junk = b"This is my homework, not a database.\n".repeat(200);
        std::fs::write(&file, &junk).unwrap();
        let err = Store::open_at(&file).unwrap_err();
        assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), junk);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no -wal or -journal files were made");
    }

    #[test]
    fn a_folder_in_the_way_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("data"), "a file where the folder should be").unwrap();
        let err = Store::open_at(&dir.path().join("data").join(FILE_NAME)).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("Slate cannot make its data folder"),
            "{err}"
        );
        let cause = std::error::Error::source(&err).expect("the I/O error is kept");
        assert!(err.to_string().contains(&cause.to_string()), "{err}");
    }

    #[test]
    fn a_locked_store_waits_then_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        let mut a = Store::open_at(&file).unwrap();
        let mut b = Store::open_at(&file).unwrap();
        b.set_busy_timeout(Duration::from_millis(50)).unwrap();
        let tx = a
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .unwrap();
        let err = b.add_learner("Ada", None).unwrap_err();
        assert!(matches!(err, StoreError::Busy { .. }), "{err}");
        drop(tx);
        b.add_learner("Ada", None).unwrap();
    }

    #[test]
    fn two_windows_writing_at_once_lose_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(FILE_NAME);
        let mut setup = Store::open_at(&file).unwrap();
        let ada = setup.add_learner("Ada", None).unwrap();
        std::thread::scope(|s| {
            for window in 0..3 {
                let file = &file;
                let ada = &ada.id;
                s.spawn(move || {
                    let mut store = Store::open_at(file).unwrap();
                    for i in 0..40 {
                        let mut a = activity::tests::attempt(ada, &format!("e{window}"));
                        a.score = i;
                        store.record_attempt(&a).unwrap();
                    }
                });
            }
        });
        let n: u32 = setup
            .conn
            .query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))
            .unwrap();
        assert_eq!(n, 120);
    }

    #[test]
    fn a_full_disk_is_a_clear_error_and_the_store_stays_usable() {
        let mut store = Store::open_in_memory().unwrap();
        let ada = store.add_learner("Ada", None).unwrap();
        let pages: i64 = store
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .unwrap();
        store
            .conn
            .execute_batch(&format!("PRAGMA max_page_count = {}", pages + 2))
            .unwrap();
        let mut big = activity::tests::attempt(&ada.id, "e");
        big.code = "x".repeat(64 * 1024);
        let err = store.record_attempt(&big).unwrap_err();
        assert!(matches!(err, StoreError::DiskFull { .. }), "{err}");
        assert_eq!(store.progress(&ada.id, "p").unwrap().len(), 0);
        store
            .record_attempt(&activity::tests::attempt(&ada.id, "e"))
            .unwrap();
    }
}
