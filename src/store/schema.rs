//! The database schema and its migrations.
//!
//! [`MIGRATIONS`] is append-only: entry *n* takes a database from version *n* to *n + 1*, and
//! an entry is never edited once released (a test compares a fresh database with the fixture
//! `tests/fixtures/store/vN.sql` of every version to catch that). The version lives in the
//! file (`PRAGMA user_version`), with `PRAGMA application_id` marking the file as Slate's. All
//! pending migrations run in one transaction that takes the write lock first, so two Slate
//! windows starting at once cannot both migrate, and a crash leaves the old version intact.
//! Connection settings (foreign keys, journal mode) are not part of migrations: they are set on
//! every open, in [`super::Store::open_at`].

use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use std::path::Path;

use super::StoreError;

/// Marks the file as Slate's progress store ("Slat" in ASCII).
pub const APPLICATION_ID: i64 = 0x536c_6174;

/// The schema version this Slate writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Migrations, oldest first. Append only; never edit a released entry.
pub const MIGRATIONS: &[&str] = &[
    // Version 1: learners, attempts, events (hints, solutions, pages), settings.
    r#"
    CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE learners (
        id        TEXT PRIMARY KEY,
        name      TEXT NOT NULL,
        name_key  TEXT NOT NULL,
        grp       TEXT,
        group_key TEXT NOT NULL,
        created   INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        name_set  INTEGER NOT NULL,
        UNIQUE (group_key, name_key)
    );

    CREATE TABLE learner_aliases (
        alias   TEXT PRIMARY KEY,
        learner TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE
    ) WITHOUT ROWID;
    CREATE INDEX learner_aliases_by_learner ON learner_aliases (learner);

    CREATE TABLE attempts (
        id            TEXT PRIMARY KEY,
        machine       TEXT NOT NULL,
        learner       TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        pack          TEXT NOT NULL,
        pack_version  TEXT NOT NULL,
        exercise      TEXT NOT NULL,
        at            INTEGER NOT NULL,
        code          TEXT NOT NULL,
        tests         TEXT NOT NULL,
        score         INTEGER NOT NULL,
        max_score     INTEGER NOT NULL,
        passed        INTEGER NOT NULL,
        duration_ms   INTEGER NOT NULL,
        time_spent_ms INTEGER NOT NULL
    );
    CREATE INDEX attempts_by_learner ON attempts (learner, pack, exercise);

    CREATE TABLE events (
        learner  TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        kind     TEXT NOT NULL CHECK (kind IN ('hint', 'solution', 'page')),
        pack     TEXT NOT NULL,
        item     TEXT NOT NULL,
        idx      INTEGER NOT NULL,
        first_at INTEGER NOT NULL,
        last_at  INTEGER NOT NULL,
        PRIMARY KEY (learner, kind, pack, item, idx)
    ) WITHOUT ROWID;

    CREATE TABLE settings (
        learner TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        key     TEXT NOT NULL,
        value   TEXT NOT NULL,
        updated INTEGER NOT NULL,
        PRIMARY KEY (learner, key)
    ) WITHOUT ROWID;
    "#,
    // Version 2: learners a teacher merged (`slate learner merge`), by their global ids, so
    // an old export file that still has the merged-away learner never brings them back.
    r#"
    CREATE TABLE merges (
        merged  TEXT PRIMARY KEY,
        into_id TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        at      INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX merges_by_into ON merges (into_id);
    "#,
    // Version 3: the class server (issue 17). Every change a learner makes goes into `outbox`
    // in the same transaction (triggers; a change already waiting moves to the end with a new
    // `seq`: `INSERT OR REPLACE` would not do, as a trigger takes its statement's conflict
    // rule), to be sent when the server can be reached; rows
    // pulled from the server are written with `meta.sync_pulling` set, so they are not sent
    // back. `code` is each learner's latest code for an exercise, with the server version it
    // was written from (`base`) and the newest one the server is known to have (`seen`), so
    // that code changed on two computers is noticed;
    // `code_notices` holds "you also changed this on another computer" until it is told;
    // `tombstones` are learners forgotten everywhere, whom nothing may bring back.
    r#"
    CREATE TABLE outbox (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('learner', 'attempt', 'event', 'setting', 'code')),
        ref  TEXT NOT NULL,
        UNIQUE (kind, ref)
    );

    CREATE TABLE code (
        learner  TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        pack     TEXT NOT NULL,
        exercise TEXT NOT NULL,
        id       TEXT NOT NULL,
        code     TEXT NOT NULL,
        saved_at INTEGER NOT NULL,
        machine  TEXT NOT NULL,
        base     TEXT,
        seen     TEXT,
        PRIMARY KEY (learner, pack, exercise)
    ) WITHOUT ROWID;

    CREATE TABLE code_notices (
        learner  TEXT NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
        pack     TEXT NOT NULL,
        exercise TEXT NOT NULL,
        at       INTEGER NOT NULL,
        PRIMARY KEY (learner, pack, exercise)
    ) WITHOUT ROWID;

    CREATE TABLE tombstones (
        learner TEXT PRIMARY KEY,
        at      INTEGER NOT NULL
    ) WITHOUT ROWID;

    CREATE TRIGGER outbox_learner_added AFTER INSERT ON learners
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'learner' AND ref = NEW.id;
        INSERT INTO outbox (kind, ref) VALUES ('learner', NEW.id); END;
    CREATE TRIGGER outbox_learner_changed AFTER UPDATE ON learners
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'learner' AND ref = NEW.id;
        INSERT INTO outbox (kind, ref) VALUES ('learner', NEW.id); END;
    CREATE TRIGGER outbox_attempt AFTER INSERT ON attempts
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'attempt' AND ref = NEW.id;
        INSERT INTO outbox (kind, ref) VALUES ('attempt', NEW.id); END;
    CREATE TRIGGER outbox_event_added AFTER INSERT ON events
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'event' AND ref = json_array(NEW.learner, NEW.kind, NEW.pack, NEW.item, NEW.idx);
        INSERT INTO outbox (kind, ref) VALUES ('event', json_array(NEW.learner, NEW.kind, NEW.pack, NEW.item, NEW.idx)); END;
    CREATE TRIGGER outbox_event_changed AFTER UPDATE ON events
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'event' AND ref = json_array(NEW.learner, NEW.kind, NEW.pack, NEW.item, NEW.idx);
        INSERT INTO outbox (kind, ref) VALUES ('event', json_array(NEW.learner, NEW.kind, NEW.pack, NEW.item, NEW.idx)); END;
    CREATE TRIGGER outbox_setting_added AFTER INSERT ON settings
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'setting' AND ref = json_array(NEW.learner, NEW.key);
        INSERT INTO outbox (kind, ref) VALUES ('setting', json_array(NEW.learner, NEW.key)); END;
    CREATE TRIGGER outbox_setting_changed AFTER UPDATE ON settings
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'setting' AND ref = json_array(NEW.learner, NEW.key);
        INSERT INTO outbox (kind, ref) VALUES ('setting', json_array(NEW.learner, NEW.key)); END;
    CREATE TRIGGER outbox_code_added AFTER INSERT ON code
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'code' AND ref = json_array(NEW.learner, NEW.pack, NEW.exercise);
        INSERT INTO outbox (kind, ref) VALUES ('code', json_array(NEW.learner, NEW.pack, NEW.exercise)); END;
    CREATE TRIGGER outbox_code_changed AFTER UPDATE OF id, code ON code
    WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_pulling')
    BEGIN DELETE FROM outbox WHERE kind = 'code' AND ref = json_array(NEW.learner, NEW.pack, NEW.exercise);
        INSERT INTO outbox (kind, ref) VALUES ('code', json_array(NEW.learner, NEW.pack, NEW.exercise)); END;

    INSERT INTO outbox (kind, ref) SELECT 'learner', id FROM learners ORDER BY created;
    INSERT INTO outbox (kind, ref) SELECT 'attempt', id FROM attempts ORDER BY at;
    INSERT INTO outbox (kind, ref)
        SELECT 'event', json_array(learner, kind, pack, item, idx) FROM events ORDER BY last_at;
    INSERT INTO outbox (kind, ref) SELECT 'setting', json_array(learner, key) FROM settings;
    "#,
];

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Reads the file's header and catalogue without writing anything, so that a damaged, foreign
/// or newer file is reported and left exactly as it was.
pub(super) fn check_readable(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let fail = |e: rusqlite::Error| StoreError::from(e).at(path);
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))
        .map_err(fail)?;
    let version = user_version(conn).map_err(fail)?;
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .map_err(fail)?;
    let path = path.to_path_buf();
    if (version == 0 && tables > 0) || (version > 0 && app != APPLICATION_ID) {
        return Err(StoreError::NotOurs { path });
    }
    if version > LATEST {
        return Err(StoreError::Newer {
            path,
            found: version,
            known: LATEST,
        });
    }
    Ok(())
}

/// Brings the database to [`LATEST`], in one transaction.
pub(super) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    migrate_to(conn, LATEST).map_err(|e| e.at(path))
}

/// Brings the database to `target` (tests use this to build every older version).
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<(), StoreError> {
    if user_version(conn)? >= target {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // Read again under the write lock: another window may have migrated meanwhile.
    let from = user_version(&tx)?;
    for sql in MIGRATIONS
        .iter()
        .take(usize::try_from(target).unwrap_or(0))
        .skip(usize::try_from(from).unwrap_or(0))
    {
        tx.execute_batch(sql)?;
    }
    if from < target {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        tx.pragma_update(None, "user_version", target)?;
    }
    tx.commit()?;
    Ok(())
}

/// The machine id, made once per store.
pub(super) fn machine_id(conn: &mut Connection) -> Result<String, StoreError> {
    let get = |c: &Connection| {
        c.query_row("SELECT value FROM meta WHERE key = 'machine_id'", [], |r| {
            r.get::<_, String>(0)
        })
        .optional()
    };
    if let Some(id) = get(conn)? {
        return Ok(id);
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    tx.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('machine_id', ?1)",
        [super::new_id()],
    )?;
    let id = get(&tx)?.expect("the machine id was just written");
    tx.commit()?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn fixtures() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/store")
    }

    /// The schema as SQLite reports it, for comparing two databases.
    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut stmt = conn
            .prepare(
                "SELECT name, coalesce(sql, '') FROM sqlite_schema
                 WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
            )
            .unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }

    #[test]
    fn a_fresh_store_is_at_the_latest_version() {
        let store = Store::open_in_memory().unwrap();
        assert_eq!(user_version(&store.conn).unwrap(), LATEST);
        let fk: i64 = store
            .conn
            .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
            .unwrap();
        assert_eq!(fk, 1);
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate_to(&mut conn, LATEST).unwrap();
        let once = schema_of(&conn);
        migrate_to(&mut conn, LATEST).unwrap();
        assert_eq!(schema_of(&conn), once);
        assert_eq!(user_version(&conn).unwrap(), LATEST);
    }

    #[test]
    fn an_empty_file_version_0_migrates_and_reopens() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.sqlite3");
        std::fs::write(&file, b"").unwrap();
        {
            let mut store = Store::open_at(&file).unwrap();
            store.add_learner("Ada", Some("7B")).unwrap();
        }
        let store = Store::open_at(&file).unwrap();
        assert_eq!(store.learners().unwrap().len(), 1);
        let mode: String = store
            .conn
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    /// Every released version has a fixture (`vN.sql`: its schema and some data, as that
    /// version wrote it). Each must migrate to the latest version and keep its data, and the
    /// migrations must still produce exactly the fixture's schema (they are append-only).
    #[test]
    fn every_earlier_version_migrates_and_keeps_its_data() {
        for version in 1..=LATEST {
            let file = fixtures().join(format!("v{version}.sql"));
            let sql = std::fs::read_to_string(&file)
                .unwrap_or_else(|e| panic!("{} is missing: {e}", file.display()));

            let mut fresh = Connection::open_in_memory().unwrap();
            migrate_to(&mut fresh, version).unwrap();
            let old = Connection::open_in_memory().unwrap();
            old.execute_batch(&sql).unwrap();
            assert_eq!(
                schema_of(&old),
                schema_of(&fresh),
                "migrations no longer produce the schema of version {version}: was a released migration edited?"
            );

            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("old.sqlite3");
            old.execute("VACUUM INTO ?1", [path.to_str().unwrap()])
                .unwrap();
            drop(old);
            let store = Store::open_at(&path).unwrap();
            assert_eq!(user_version(&store.conn).unwrap(), LATEST);
            let ada = store.find_learner(" ada   LOVELACE ", Some("7b")).unwrap();
            let ada = ada.expect("the fixture's learner survives");
            let progress = store.progress(&ada.id, "python-first-steps").unwrap();
            assert!(!progress.is_empty(), "version {version}: attempts survive");
            migrate_to(&mut Connection::open(&path).unwrap(), LATEST).unwrap();
            assert!(Store::open_at(&path).is_ok(), "reopens");
        }
    }

    #[test]
    fn a_newer_store_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.sqlite3");
        {
            let conn = Connection::open(&file).unwrap();
            conn.execute_batch(&format!(
                "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {};",
                LATEST + 1
            ))
            .unwrap();
            conn.execute_batch("CREATE TABLE future (x)").unwrap();
        }
        let before = std::fs::read(&file).unwrap();
        let err = Store::open_at(&file).unwrap_err();
        assert!(matches!(err, StoreError::Newer { .. }), "{err}");
        assert!(err.to_string().contains("newer version of Slate"), "{err}");
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    #[test]
    fn someone_elses_database_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("p.sqlite3");
        Connection::open(&file)
            .unwrap()
            .execute_batch("CREATE TABLE photos (x); INSERT INTO photos VALUES (1);")
            .unwrap();
        let err = Store::open_at(&file).unwrap_err();
        assert!(matches!(err, StoreError::NotOurs { .. }), "{err}");
    }
}
