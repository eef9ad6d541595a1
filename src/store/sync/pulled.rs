//! Taking in what was pulled from the class server.

use rusqlite::{Connection, OptionalExtension, params};
use std::collections::HashMap;

use super::code::{self, CodeChoice, CodeVersion};
use super::{EventRow, LearnerRow, PULLING_OFF, PULLING_ON, SettingRow};
use crate::store::rows::{AttemptRecord, Kind, insert_attempt, upsert_event, upsert_setting};
use crate::store::{Store, StoreError, names, now_ms};

/// Rows from the server, to merge into this computer's store.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pulled {
    pub learners: Vec<LearnerRow>,
    pub attempts: Vec<(String, AttemptRecord)>,
    pub events: Vec<EventRow>,
    pub settings: Vec<SettingRow>,
    /// The server's latest code for each exercise.
    pub code: Vec<CodeVersion>,
}

/// The learner here for a server learner: the same id; an id this computer knows as another
/// name of one of its learners; or, for someone new here, the learner added with the server's
/// id (or, when someone of that name and group is already here under another id, that one,
/// remembered as an alias). `None` for someone forgotten everywhere.
fn local_learner(conn: &Connection, row: &LearnerRow) -> rusqlite::Result<Option<String>> {
    let tombstoned: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM tombstones WHERE learner = ?1)",
        [&row.id],
        |r| r.get(0),
    )?;
    if tombstoned {
        return Ok(None);
    }
    let name_key = names::key(&row.name);
    let group_key = names::key(row.group.as_deref().unwrap_or(""));
    if super::learner_row(conn, &row.id)?.is_some() {
        conn.execute(
            "UPDATE OR IGNORE learners SET name = ?2, grp = ?3, name_key = ?4, group_key = ?5,
                 name_set = ?6 WHERE id = ?1 AND name_set < ?6",
            params![
                row.id,
                row.name,
                row.group,
                name_key,
                group_key,
                row.name_set
            ],
        )?;
        conn.execute(
            "UPDATE learners SET last_seen = max(last_seen, ?2), created = min(created, ?3)
             WHERE id = ?1",
            params![row.id, row.last_seen, row.created],
        )?;
        return Ok(Some(row.id.clone()));
    }
    if let Some(id) = conn
        .query_row(
            "SELECT learner FROM learner_aliases WHERE alias = ?1",
            [&row.id],
            |r| r.get::<_, String>(0),
        )
        .optional()?
    {
        return Ok(Some(id));
    }
    let same_name: Option<String> = conn
        .query_row(
            "SELECT id FROM learners WHERE group_key = ?1 AND name_key = ?2",
            params![group_key, name_key],
            |r| r.get(0),
        )
        .optional()?;
    if let Some(id) = same_name {
        conn.execute(
            "INSERT OR IGNORE INTO learner_aliases (alias, learner) VALUES (?1, ?2)",
            params![row.id, id],
        )?;
        return Ok(Some(id));
    }
    conn.execute(
        "INSERT INTO learners (id, name, name_key, grp, group_key, created, last_seen, name_set)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            row.id,
            row.name,
            name_key,
            row.group,
            group_key,
            row.created,
            row.last_seen,
            row.name_set
        ],
    )?;
    Ok(Some(row.id.clone()))
}

fn kind(name: &str) -> Option<Kind> {
    match name {
        "hint" => Some(Kind::Hint),
        "solution" => Some(Kind::Solution),
        "page" => Some(Kind::Page),
        _ => None,
    }
}

impl Store {
    /// What to do with each of the server's latest code versions that is news here (before
    /// any file is written: the caller writes files first, then [`Store::take_pulled`]).
    pub fn code_choices(&self, pulled: &Pulled) -> Result<Vec<CodeChoice>, StoreError> {
        self.read(|c| {
            let mut choices = Vec::new();
            for v in &pulled.code {
                let mut v = v.clone();
                if let Some(local) = mapped(c, &v.learner)? {
                    v.learner = local;
                    choices.extend(code::choose(c, &v)?);
                }
            }
            Ok(choices)
        })
    }

    /// Takes in the server's list of learners (no progress), as "Who are you?" shows it.
    pub fn take_roster(&mut self, learners: Vec<LearnerRow>) -> Result<(), StoreError> {
        self.take_pulled(
            &Pulled {
                learners,
                ..Pulled::default()
            },
            &[],
        )
        .map(drop)
    }

    /// Merges rows from the server (one transaction; nothing of it goes back to the outbox),
    /// with the code choices made by [`Store::code_choices`]. Returns how many attempts were
    /// new here.
    pub fn take_pulled(
        &mut self,
        pulled: &Pulled,
        choices: &[CodeChoice],
    ) -> Result<usize, StoreError> {
        let now = now_ms();
        self.write(|tx| {
            tx.execute_batch(PULLING_ON)?;
            let mut ids: HashMap<&str, Option<String>> = HashMap::new();
            for l in &pulled.learners {
                ids.insert(&l.id, local_learner(tx, l)?);
            }
            let local = |id: &str| -> rusqlite::Result<Option<String>> {
                if let Some(found) = ids.get(id) {
                    return Ok(found.clone());
                }
                mapped(tx, id)
            };
            let mut added = 0;
            for (learner, a) in &pulled.attempts {
                if let Some(l) = local(learner)? {
                    added += usize::from(insert_attempt(tx, &l, a)?);
                }
            }
            for e in &pulled.events {
                if let (Some(l), Some(k)) = (local(&e.learner)?, kind(&e.kind)) {
                    upsert_event(
                        tx,
                        &l,
                        k,
                        &e.pack,
                        &e.item,
                        e.index,
                        (e.first_at, e.last_at),
                    )?;
                }
            }
            for s in &pulled.settings {
                if let Some(l) = local(&s.learner)? {
                    upsert_setting(tx, &l, &s.key, &s.value, s.updated)?;
                }
            }
            for choice in choices {
                code::apply(tx, choice, now)?;
            }
            tx.execute_batch(PULLING_OFF)?;
            Ok(added)
        })
    }
}

/// The learner here for an id from the server, if there is one.
fn mapped(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT id FROM learners WHERE id = ?1
         UNION ALL SELECT learner FROM learner_aliases WHERE alias = ?1 LIMIT 1",
        [id],
        |r| r.get(0),
    )
    .optional()
}
