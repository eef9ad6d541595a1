//! Writing a learner's progress out as an export file holds it, and reading one attempt back.

use rusqlite::{Connection, OptionalExtension};

use super::{ExportAttempt, ExportEvent, ExportLearner, ExportSetting};
use crate::store::rows::get_u64;
use crate::store::{StoreError, learners};

/// Everything about one learner, as an export file holds it.
pub(super) fn learner(c: &Connection, l: learners::Learner) -> Result<ExportLearner, StoreError> {
    let strings = |sql: &str| -> rusqlite::Result<Vec<String>> {
        let mut stmt = c.prepare_cached(sql)?;
        let rows = stmt.query_map([&l.id], |r| r.get(0))?;
        rows.collect()
    };
    let also_known_as =
        strings("SELECT alias FROM learner_aliases WHERE learner = ?1 ORDER BY alias")?;
    let merged = strings("SELECT merged FROM merges WHERE into_id = ?1 ORDER BY merged")?;
    let name_set: i64 = c.query_row(
        "SELECT name_set FROM learners WHERE id = ?1",
        [&l.id],
        |r| r.get(0),
    )?;
    let mut stmt = c.prepare_cached(
        "SELECT key, value, updated FROM settings WHERE learner = ?1 ORDER BY key",
    )?;
    let settings = stmt
        .query_map([&l.id], |r| {
            Ok(ExportSetting {
                key: r.get(0)?,
                value: r.get(1)?,
                updated: r.get(2)?,
            })
        })?
        .collect::<Result<_, _>>()?;
    let mut stmt = c.prepare_cached(&format!(
        "SELECT {ATTEMPT} FROM attempts WHERE learner = ?1 ORDER BY at, id"
    ))?;
    let attempts = stmt
        .query_map([&l.id], |r| Ok(attempt_from_row(r)?.1))?
        .collect::<Result<_, _>>()?;
    let mut stmt = c.prepare_cached(
        "SELECT kind, pack, item, idx, first_at, last_at FROM events WHERE learner = ?1
         ORDER BY kind, pack, item, idx",
    )?;
    let events = stmt
        .query_map([&l.id], |r| {
            let kind: String = r.get(0)?;
            let (pack, item, index, first, last) =
                (r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?);
            Ok(match kind.as_str() {
                "hint" => ExportEvent::Hint {
                    pack,
                    exercise: item,
                    index,
                    first,
                    last,
                },
                "solution" => ExportEvent::Solution {
                    pack,
                    exercise: item,
                    first,
                    last,
                },
                _ => ExportEvent::Page {
                    pack,
                    lesson: item,
                    index,
                    first,
                    last,
                },
            })
        })?
        .collect::<Result<_, _>>()?;
    Ok(ExportLearner {
        id: l.id,
        also_known_as,
        merged,
        name: l.name,
        group: l.group,
        created: l.created,
        last_seen: l.last_seen,
        name_set,
        settings,
        attempts,
        events,
    })
}

/// The columns [`attempt_from_row`] reads.
const ATTEMPT: &str = "learner, id, machine, at, pack, pack_version, exercise, code, tests, \
     score, max_score, passed, duration_ms, time_spent_ms";

/// An attempt's learner and the attempt, from the columns [`ATTEMPT`].
fn attempt_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<(String, ExportAttempt)> {
    let tests: String = r.get(8)?;
    let tests = serde_json::from_str(&tests).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(8, rusqlite::types::Type::Text, e.into())
    })?;
    let attempt = ExportAttempt {
        id: r.get(1)?,
        machine: r.get(2)?,
        at: r.get(3)?,
        pack: r.get(4)?,
        pack_version: r.get(5)?,
        exercise: r.get(6)?,
        code: r.get(7)?,
        tests,
        score: r.get(9)?,
        max_score: r.get(10)?,
        passed: r.get(11)?,
        duration_ms: get_u64(r, 12)?,
        time_spent_ms: get_u64(r, 13)?,
    };
    Ok((r.get(0)?, attempt))
}

/// The attempt with this id and the id of its learner, if the store has it.
pub(super) fn attempt_by_id(
    c: &Connection,
    id: &str,
) -> rusqlite::Result<Option<(String, ExportAttempt)>> {
    c.prepare_cached(&format!("SELECT {ATTEMPT} FROM attempts WHERE id = ?1"))?
        .query_row([id], attempt_from_row)
        .optional()
}
