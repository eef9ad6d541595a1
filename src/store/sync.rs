//! The store's side of the class server: what is waiting to be sent, and taking in what was
//! pulled.
//!
//! Every change a learner makes is written to the store first, exactly as without a server,
//! and in the same transaction a trigger puts a reference to it in the `outbox` (see schema
//! version 3). [`Store::outbox_batch`] reads the oldest references with the rows they name, as
//! [`Change`]s; once the server has committed them, [`Store::outbox_sent`] deletes exactly
//! those references. A change made while a batch was on its way gets a new reference (the
//! triggers replace it), so it is sent again and never lost; sending one twice is harmless,
//! because the server keeps everything by its global id.
//!
//! [`Store::take_pulled`] merges rows from the server with the `sync_pulling` flag set in the
//! same transaction, so the triggers leave them out of the outbox. It is idempotent, like an
//! import: attempts are kept by id, events keep the earliest first and latest last time,
//! settings and names keep the newest. Code is the one thing that can conflict: see
//! [`CodeChoice`]. The store knows nothing of PostgreSQL; `crate::server` does the talking.

mod code;
mod pulled;

pub use super::rows::{AttemptRecord, TestRecord};
pub use code::{CodeChoice, CodeVersion};
pub use pulled::Pulled;

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::rows::get_u64;
use super::{Store, StoreError};

/// A learner as the server keeps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerRow {
    pub id: String,
    pub name: String,
    pub group: Option<String>,
    pub created: i64,
    pub last_seen: i64,
    /// When the name or group was last set: the newest wins.
    pub name_set: i64,
}

impl From<LearnerRow> for super::Learner {
    fn from(l: LearnerRow) -> super::Learner {
        super::Learner {
            id: l.id,
            name: l.name,
            group: l.group,
            created: l.created,
            last_seen: l.last_seen,
        }
    }
}

/// A hint revealed, a solution viewed or a page read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRow {
    pub learner: String,
    pub kind: String,
    pub pack: String,
    pub item: String,
    pub index: u32,
    pub first_at: i64,
    pub last_at: i64,
}

/// One of a learner's settings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SettingRow {
    pub learner: String,
    pub key: String,
    pub value: String,
    pub updated: i64,
}

/// One thing waiting to be sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Learner(LearnerRow),
    Attempt {
        learner: String,
        attempt: AttemptRecord,
    },
    Event(EventRow),
    Setting(SettingRow),
    Code(CodeVersion),
}

impl Change {
    /// The learner the change is about.
    pub fn learner(&self) -> &str {
        match self {
            Change::Learner(l) => &l.id,
            Change::Attempt { learner, .. } => learner,
            Change::Event(e) => &e.learner,
            Change::Setting(s) => &s.learner,
            Change::Code(c) => &c.learner,
        }
    }
}

/// A batch read from the outbox: the references to delete once sent, and what they name.
/// A reference whose row is gone (its learner was forgotten) is in `seqs` but has no change.
#[derive(Debug, Default)]
pub struct Batch {
    pub seqs: Vec<i64>,
    pub changes: Vec<Change>,
    /// Every learner a change is about, so the server knows them first.
    pub learners: Vec<LearnerRow>,
}

/// Set while pulled rows are written, so the outbox triggers leave them out.
const PULLING_ON: &str = "INSERT OR REPLACE INTO meta (key, value) VALUES ('sync_pulling', '1')";
const PULLING_OFF: &str = "DELETE FROM meta WHERE key = 'sync_pulling'";

pub(super) fn learner_row(conn: &Connection, id: &str) -> rusqlite::Result<Option<LearnerRow>> {
    conn.query_row(
        "SELECT id, name, grp, created, last_seen, name_set FROM learners WHERE id = ?1",
        [id],
        |r| {
            Ok(LearnerRow {
                id: r.get(0)?,
                name: r.get(1)?,
                group: r.get(2)?,
                created: r.get(3)?,
                last_seen: r.get(4)?,
                name_set: r.get(5)?,
            })
        },
    )
    .optional()
}

fn attempt_row(conn: &Connection, id: &str) -> rusqlite::Result<Option<(String, AttemptRecord)>> {
    conn.query_row(
        "SELECT learner, id, machine, at, pack, pack_version, exercise, code, tests, score,
                max_score, passed, duration_ms, time_spent_ms
         FROM attempts WHERE id = ?1",
        [id],
        |r| {
            let tests: String = r.get(8)?;
            Ok((
                r.get(0)?,
                AttemptRecord {
                    id: r.get(1)?,
                    machine: r.get(2)?,
                    at: r.get(3)?,
                    pack: r.get(4)?,
                    pack_version: r.get(5)?,
                    exercise: r.get(6)?,
                    code: r.get(7)?,
                    tests: serde_json::from_str::<Vec<TestRecord>>(&tests).unwrap_or_default(),
                    score: r.get(9)?,
                    max_score: r.get(10)?,
                    passed: r.get(11)?,
                    duration_ms: get_u64(r, 12)?,
                    time_spent_ms: get_u64(r, 13)?,
                },
            ))
        },
    )
    .optional()
}

fn event_row(conn: &Connection, reference: &str) -> rusqlite::Result<Option<EventRow>> {
    let Ok((learner, kind, pack, item, index)) =
        serde_json::from_str::<(String, String, String, String, u32)>(reference)
    else {
        return Ok(None);
    };
    conn.query_row(
        "SELECT first_at, last_at FROM events
         WHERE learner = ?1 AND kind = ?2 AND pack = ?3 AND item = ?4 AND idx = ?5",
        params![learner, kind, pack, item, index],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map(|found| {
        found.map(|(first_at, last_at)| EventRow {
            learner,
            kind,
            pack,
            item,
            index,
            first_at,
            last_at,
        })
    })
}

fn setting_row(conn: &Connection, reference: &str) -> rusqlite::Result<Option<SettingRow>> {
    let Ok((learner, key)) = serde_json::from_str::<(String, String)>(reference) else {
        return Ok(None);
    };
    conn.query_row(
        "SELECT value, updated FROM settings WHERE learner = ?1 AND key = ?2",
        params![learner, key],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map(|found| {
        found.map(|(value, updated)| SettingRow {
            learner,
            key,
            value,
            updated,
        })
    })
}

impl Store {
    /// How many changes are waiting to be sent to the class server.
    pub fn outbox_len(&self) -> Result<u64, StoreError> {
        self.read(|c| Ok(c.query_row("SELECT count(*) FROM outbox", [], |r| get_u64(r, 0))?))
    }

    /// The oldest `limit` changes waiting to be sent, with the rows they name as they are now.
    pub fn outbox_batch(&self, limit: usize) -> Result<Batch, StoreError> {
        self.read(|c| {
            let mut stmt =
                c.prepare_cached("SELECT seq, kind, ref FROM outbox ORDER BY seq LIMIT ?1")?;
            let refs = stmt
                .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let mut batch = Batch::default();
            for (seq, kind, reference) in refs {
                batch.seqs.push(seq);
                let change = match kind.as_str() {
                    "learner" => learner_row(c, &reference)?.map(Change::Learner),
                    "attempt" => attempt_row(c, &reference)?
                        .map(|(learner, attempt)| Change::Attempt { learner, attempt }),
                    "event" => event_row(c, &reference)?.map(Change::Event),
                    "setting" => setting_row(c, &reference)?.map(Change::Setting),
                    "code" => code::by_reference(c, &reference)?.map(Change::Code),
                    _ => None,
                };
                if let Some(change) = change {
                    batch.changes.push(change);
                }
            }
            let mut ids: Vec<&str> = batch.changes.iter().map(Change::learner).collect();
            ids.sort_unstable();
            ids.dedup();
            for id in ids {
                if let Some(row) = learner_row(c, id)? {
                    batch.learners.push(row);
                }
            }
            Ok(batch)
        })
    }

    /// The server has committed a batch: its references leave the outbox, and code sent is
    /// marked as seen by the server (unless the learner changed it again meanwhile).
    pub fn outbox_sent(&mut self, batch: &Batch) -> Result<(), StoreError> {
        self.write(|tx| {
            let mut delete = tx.prepare_cached("DELETE FROM outbox WHERE seq = ?1")?;
            for seq in &batch.seqs {
                delete.execute([seq])?;
            }
            for change in &batch.changes {
                if let Change::Code(v) = change {
                    code::mark_seen(tx, v)?;
                }
            }
            Ok(())
        })
    }

    /// Learners forgotten everywhere: their rows here are deleted (files are the caller's),
    /// and they are remembered so nothing brings them back. Returns those who were here.
    pub fn take_tombstones(
        &mut self,
        forgotten: &[(String, i64)],
    ) -> Result<Vec<super::Learner>, StoreError> {
        let gone = self.write(|tx| {
            let mut gone = Vec::new();
            for (id, at) in forgotten {
                tx.execute(
                    "INSERT OR IGNORE INTO tombstones (learner, at) VALUES (?1, ?2)",
                    params![id, at],
                )?;
                if let Some(l) = super::learners::by_id(tx, id)? {
                    super::learners::delete(tx, id)?;
                    gone.push(l);
                }
            }
            Ok(gone)
        })?;
        if !gone.is_empty() {
            self.empty_log();
        }
        Ok(gone)
    }

    /// Whether this learner was forgotten everywhere.
    pub fn is_tombstoned(&self, id: &str) -> Result<bool, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT EXISTS (SELECT 1 FROM tombstones WHERE learner = ?1)",
                [id],
                |r| r.get(0),
            )?)
        })
    }
}

#[cfg(test)]
mod tests;
