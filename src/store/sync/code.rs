//! Learners' code, kept so it can follow them to another computer.
//!
//! The `code` table holds each learner's latest code for an exercise on this computer, with
//! `base`, the version it was written from (the last one this computer was in step with the
//! server on), and `seen`, the newest version the server is known to have (sent from here or
//! pulled to here). Every version on the server keeps its `base` too. When the server's latest
//! version is news here, it was written from this computer's code (its `base` is ours), or
//! this computer has not changed the code since it was in step: then it is simply taken.
//! Otherwise the code was changed on two computers: the newer becomes the current code, the
//! other goes to the learner's history, and the learner is told once ([`CodeChoice`]).

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};

use super::super::{Store, StoreError, new_id, now_ms};

/// One saved version of a learner's code for an exercise.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CodeVersion {
    pub learner: String,
    pub pack: String,
    pub exercise: String,
    /// A global id for this version.
    pub id: String,
    pub code: String,
    pub saved_at: i64,
    pub machine: String,
    /// The version this one was written from, when there was one.
    pub base: Option<String>,
}

/// What to do with the server's latest code for an exercise, when it is news here.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeChoice {
    /// Nothing changed here since the server last had it: the server's code is the current
    /// code.
    Take(CodeVersion),
    /// Changed on both computers, and the server's is newer: it becomes the current code and
    /// this computer's goes to the learner's history.
    TakeKeepingOurs {
        theirs: CodeVersion,
        ours: CodeVersion,
    },
    /// Changed on both computers, and this computer's is newer: it stays, and the server's
    /// goes to the learner's history.
    KeepOurs { theirs: CodeVersion },
}

impl CodeChoice {
    /// Whether the learner must be told that they changed this on another computer too.
    pub fn is_conflict(&self) -> bool {
        !matches!(self, CodeChoice::Take(_))
    }
}

const COLUMNS: &str = "learner, pack, exercise, id, code, saved_at, machine, base";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<CodeVersion> {
    Ok(CodeVersion {
        learner: r.get(0)?,
        pack: r.get(1)?,
        exercise: r.get(2)?,
        id: r.get(3)?,
        code: r.get(4)?,
        saved_at: r.get(5)?,
        machine: r.get(6)?,
        base: r.get(7)?,
    })
}

/// The current version and what the server is known to have.
fn current(
    conn: &Connection,
    learner: &str,
    pack: &str,
    exercise: &str,
) -> rusqlite::Result<Option<(CodeVersion, Option<String>)>> {
    conn.query_row(
        &format!(
            "SELECT {COLUMNS}, seen FROM code WHERE learner = ?1 AND pack = ?2 AND exercise = ?3"
        ),
        params![learner, pack, exercise],
        |r| Ok((from_row(r)?, r.get(8)?)),
    )
    .optional()
}

pub(super) fn by_reference(
    conn: &Connection,
    reference: &str,
) -> rusqlite::Result<Option<CodeVersion>> {
    let Ok((learner, pack, exercise)) = serde_json::from_str::<(String, String, String)>(reference)
    else {
        return Ok(None);
    };
    Ok(current(conn, &learner, &pack, &exercise)?.map(|(v, _)| v))
}

/// The server has this version now (unless the code changed again since it was read).
pub(super) fn mark_seen(conn: &Connection, v: &CodeVersion) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE code SET seen = id WHERE learner = ?1 AND pack = ?2 AND exercise = ?3 AND id = ?4",
        params![v.learner, v.pack, v.exercise, v.id],
    )?;
    Ok(())
}

/// Decides what to do with the server's latest version (see [`CodeChoice`]); `None` when it
/// is nothing new here.
pub(super) fn choose(
    conn: &Connection,
    theirs: &CodeVersion,
) -> rusqlite::Result<Option<CodeChoice>> {
    let Some((ours, seen)) = current(conn, &theirs.learner, &theirs.pack, &theirs.exercise)? else {
        return Ok(Some(CodeChoice::Take(theirs.clone())));
    };
    if ours.id == theirs.id || seen.as_deref() == Some(theirs.id.as_str()) {
        return Ok(None);
    }
    let built_on_ours = theirs.base.as_deref() == Some(ours.id.as_str());
    let unchanged_here = ours.base.as_deref() == Some(ours.id.as_str());
    if built_on_ours || unchanged_here || ours.code == theirs.code {
        return Ok(Some(CodeChoice::Take(theirs.clone())));
    }
    Ok(Some(
        if (theirs.saved_at, &theirs.id) > (ours.saved_at, &ours.id) {
            CodeChoice::TakeKeepingOurs {
                theirs: theirs.clone(),
                ours,
            }
        } else {
            CodeChoice::KeepOurs {
                theirs: theirs.clone(),
            }
        },
    ))
}

/// Writes what [`choose`] decided (inside a pull, so nothing here goes to the outbox).
pub(super) fn apply(conn: &Connection, choice: &CodeChoice, now: i64) -> rusqlite::Result<()> {
    let theirs = match choice {
        CodeChoice::Take(t) | CodeChoice::TakeKeepingOurs { theirs: t, .. } => {
            conn.execute(
                "INSERT INTO code (learner, pack, exercise, id, code, saved_at, machine, base, seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4, ?4)
                 ON CONFLICT (learner, pack, exercise) DO UPDATE SET id = excluded.id,
                     code = excluded.code, saved_at = excluded.saved_at,
                     machine = excluded.machine, base = excluded.base, seen = excluded.seen",
                params![t.learner, t.pack, t.exercise, t.id, t.code, t.saved_at, t.machine],
            )?;
            t
        }
        CodeChoice::KeepOurs { theirs } => {
            // Ours is now written knowing theirs: a later version built on ours is no
            // conflict with it.
            conn.execute(
                "UPDATE code SET seen = ?4, base = ?4
                 WHERE learner = ?1 AND pack = ?2 AND exercise = ?3",
                params![theirs.learner, theirs.pack, theirs.exercise, theirs.id],
            )?;
            theirs
        }
    };
    if choice.is_conflict() {
        conn.execute(
            "INSERT OR REPLACE INTO code_notices (learner, pack, exercise, at) VALUES (?1, ?2, ?3, ?4)",
            params![theirs.learner, theirs.pack, theirs.exercise, now],
        )?;
    }
    Ok(())
}

impl Store {
    /// Remembers the learner's code for an exercise as they saved it, to be sent to the class
    /// server. Saving the same code again changes nothing.
    pub fn record_code(
        &mut self,
        learner: &str,
        pack: &str,
        exercise: &str,
        code: &str,
    ) -> Result<(), StoreError> {
        let machine = self.machine.clone();
        self.write(|tx| {
            if super::super::learners::by_id(tx, learner)?.is_none() {
                return Ok(());
            }
            let before = current(tx, learner, pack, exercise)?;
            if before.as_ref().is_some_and(|(ours, _)| ours.code == code) {
                return Ok(());
            }
            // Written from the version this computer was last in step with the server on:
            // the one before, if the server had it, else that one's own base.
            let base = before.and_then(|(ours, seen)| {
                if seen.as_deref() == Some(ours.id.as_str()) {
                    Some(ours.id)
                } else {
                    ours.base
                }
            });
            tx.execute(
                "INSERT INTO code (learner, pack, exercise, id, code, saved_at, machine, base)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (learner, pack, exercise) DO UPDATE SET id = excluded.id,
                     code = excluded.code, saved_at = excluded.saved_at,
                     machine = excluded.machine, base = excluded.base",
                params![
                    learner,
                    pack,
                    exercise,
                    new_id(),
                    code,
                    now_ms(),
                    machine,
                    base
                ],
            )?;
            Ok(())
        })
    }

    /// The learner's latest code for an exercise on this computer.
    pub fn code_version(
        &self,
        learner: &str,
        pack: &str,
        exercise: &str,
    ) -> Result<Option<CodeVersion>, StoreError> {
        self.read(|c| Ok(current(c, learner, pack, exercise)?.map(|(v, _)| v)))
    }

    /// The exercises whose code the learner also changed on another computer, each told once.
    pub fn take_code_notices(
        &mut self,
        learner: &str,
    ) -> Result<Vec<(String, String)>, StoreError> {
        self.write(|tx| {
            let mut stmt =
                tx.prepare("DELETE FROM code_notices WHERE learner = ?1 RETURNING pack, exercise")?;
            let mut found = stmt
                .query_map([learner], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<Vec<(String, String)>>>()?;
            found.sort();
            Ok(found)
        })
    }
}
