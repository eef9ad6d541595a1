//! Sending the outbox to the class server and pulling from it.
//!
//! [`push`] sends the outbox in batches, each one server transaction that is committed before
//! the batch leaves the outbox: a crash or a lost connection at any point means the batch is
//! sent again, and the server keeps everything by its global id (`ON CONFLICT DO NOTHING`, or
//! a merge that keeps the earliest, latest or newest), so nothing is ever doubled. Rows for a
//! learner forgotten everywhere are dropped by the server, never refused.
//!
//! The pulls ([`roster`], [`learner`], [`tombstones`], [`packs`], [`site`]) read what this
//! site's computers sent. The server is checked like a file from a USB stick: every row is
//! bounded in size and count ([`Limits`]), and anything that does not fit is a
//! [`ServerError::Garbage`], never a crash and never a half-written store.

use postgres::{GenericClient, Row, Transaction};

use super::{Server, ServerError};
use crate::store::sync::{
    AttemptRecord, Batch, Change, CodeVersion, EventRow, LearnerRow, Pulled, SettingRow, TestRecord,
};
use crate::store::{Store, names};

/// Changes sent in one server transaction.
pub const BATCH: usize = 500;
/// The most rows of one kind a pull takes: far more than any site has.
pub const MAX_ROWS: i64 = 2_000_000;
/// The longest text a row may hold (a program is at most 1 MiB).
const MAX_TEXT: usize = 1 << 20;
/// The most text one read takes in (a school's report reads about 15 MB).
pub const MAX_PULL_BYTES: usize = 256 << 20;

/// Sends everything waiting in the outbox; returns how many changes were sent.
pub fn push(server: &mut Server, store: &mut Store) -> Result<usize, ServerError> {
    let mut sent = 0;
    loop {
        let batch = store.outbox_batch(BATCH)?;
        if batch.seqs.is_empty() {
            return Ok(sent);
        }
        let site = server.site.clone();
        let mut tx = server.client().transaction()?;
        send(&mut tx, &site, &batch)?;
        tx.commit()?;
        store.outbox_sent(&batch)?;
        sent += batch.changes.len();
    }
}

fn send(tx: &mut Transaction<'_>, site: &str, batch: &Batch) -> Result<(), ServerError> {
    let learner = tx.prepare(
        "INSERT INTO slate.learners (id, site, name, grp, created, last_seen, name_set)
         SELECT $1, $2, $3, $4, $5, $6, $7
         WHERE NOT EXISTS (SELECT 1 FROM slate.tombstones WHERE learner = $1)
         ON CONFLICT (id) DO UPDATE SET
             name = CASE WHEN EXCLUDED.name_set > learners.name_set
                         THEN EXCLUDED.name ELSE learners.name END,
             grp = CASE WHEN EXCLUDED.name_set > learners.name_set
                        THEN EXCLUDED.grp ELSE learners.grp END,
             name_set = GREATEST(learners.name_set, EXCLUDED.name_set),
             last_seen = GREATEST(learners.last_seen, EXCLUDED.last_seen),
             created = LEAST(learners.created, EXCLUDED.created)",
    )?;
    for l in &batch.learners {
        tx.execute(
            &learner,
            &[
                &l.id,
                &site,
                &l.name,
                &l.group,
                &l.created,
                &l.last_seen,
                &l.name_set,
            ],
        )?;
    }
    const KNOWN: &str = "EXISTS (SELECT 1 FROM slate.learners WHERE id = $2)";
    let attempt = tx.prepare(&format!(
        "INSERT INTO slate.attempts (id, learner, site, machine, pack, pack_version, exercise, at,
             code, tests, score, max_score, passed, duration_ms, time_spent_ms)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15 WHERE {KNOWN}
         ON CONFLICT (id) DO NOTHING"
    ))?;
    let event = tx.prepare(&format!(
        "INSERT INTO slate.events (kind, learner, site, pack, item, idx, first_at, last_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE {KNOWN}
         ON CONFLICT (learner, kind, pack, item, idx) DO UPDATE SET
             first_at = LEAST(events.first_at, EXCLUDED.first_at),
             last_at = GREATEST(events.last_at, EXCLUDED.last_at)"
    ))?;
    let setting = tx.prepare(&format!(
        "INSERT INTO slate.settings (key, learner, site, value, updated)
         SELECT $1, $2, $3, $4, $5 WHERE {KNOWN}
         ON CONFLICT (learner, key) DO UPDATE SET value = EXCLUDED.value, updated = EXCLUDED.updated
         WHERE (EXCLUDED.updated, EXCLUDED.value) > (settings.updated, settings.value)"
    ))?;
    let code = tx.prepare(&format!(
        "INSERT INTO slate.code (id, learner, site, pack, exercise, code, saved_at, machine, base)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9 WHERE {KNOWN}
         ON CONFLICT (id) DO NOTHING"
    ))?;
    for change in &batch.changes {
        match change {
            Change::Learner(_) => {}
            Change::Attempt {
                learner,
                attempt: a,
            } => {
                let tests = serde_json::to_string(&a.tests).unwrap_or_else(|_| "[]".into());
                tx.execute(
                    &attempt,
                    &[
                        &a.id,
                        learner,
                        &site,
                        &a.machine,
                        &a.pack,
                        &a.pack_version,
                        &a.exercise,
                        &a.at,
                        &a.code,
                        &tests,
                        &to_i32(a.score),
                        &to_i32(a.max_score),
                        &a.passed,
                        &to_i64(a.duration_ms),
                        &to_i64(a.time_spent_ms),
                    ],
                )?;
            }
            Change::Event(e) => {
                tx.execute(
                    &event,
                    &[
                        &e.kind,
                        &e.learner,
                        &site,
                        &e.pack,
                        &e.item,
                        &to_i32(e.index),
                        &e.first_at,
                        &e.last_at,
                    ],
                )?;
            }
            Change::Setting(s) => {
                tx.execute(&setting, &[&s.key, &s.learner, &site, &s.value, &s.updated])?;
            }
            Change::Code(v) => {
                tx.execute(
                    &code,
                    &[
                        &v.id,
                        &v.learner,
                        &site,
                        &v.pack,
                        &v.exercise,
                        &v.code,
                        &v.saved_at,
                        &v.machine,
                        &v.base,
                    ],
                )?;
            }
        }
    }
    Ok(())
}

fn to_i32(n: u32) -> i32 {
    i32::try_from(n).unwrap_or(i32::MAX)
}

fn to_i64(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn from_i32(n: i32) -> u32 {
    u32::try_from(n).unwrap_or(0)
}

/// Text refused when it is longer than anything Slate writes.
fn bounded(s: String) -> Result<String, ServerError> {
    if s.len() > MAX_TEXT {
        return Err(ServerError::Garbage {
            reason: crate::tr!("server-garbage-too-long", bytes = s.len()),
        });
    }
    Ok(s)
}

/// A text column, [`bounded`].
fn text(row: &Row, i: usize) -> Result<String, ServerError> {
    bounded(row.try_get(i)?)
}

fn opt_text(row: &Row, i: usize) -> Result<Option<String>, ServerError> {
    row.try_get::<_, Option<String>>(i)?
        .map(bounded)
        .transpose()
}

/// A name or an id: one line, no control characters (nothing in it may act on a terminal,
/// as for a name in an export file).
fn word(row: &Row, i: usize) -> Result<String, ServerError> {
    let s = text(row, i)?;
    if s.len() > 200 || s.chars().any(char::is_control) {
        return Err(ServerError::Garbage {
            reason: crate::tr!("server-garbage-bad-name"),
        });
    }
    Ok(s)
}

fn opt_word(row: &Row, i: usize) -> Result<Option<String>, ServerError> {
    match opt_text(row, i)? {
        Some(_) => word(row, i).map(Some),
        None => Ok(None),
    }
}

fn learner_row(r: &Row) -> Result<LearnerRow, ServerError> {
    Ok(LearnerRow {
        id: word(r, 0)?,
        name: word(r, 1)?,
        group: opt_word(r, 2)?,
        created: r.try_get(3)?,
        last_seen: r.try_get(4)?,
        name_set: r.try_get(5)?,
    })
}

/// Runs a read, taking rows one at a time and refusing more than [`MAX_ROWS`] rows or
/// [`MAX_PULL_BYTES`] of text: what a server sends is bounded before it is all in memory.
fn query(
    client: &mut impl GenericClient,
    sql: &str,
    params: &[&(dyn postgres::types::ToSql + Sync)],
) -> Result<Vec<Row>, ServerError> {
    use postgres::fallible_iterator::FallibleIterator;
    let mut stream =
        client.query_raw(&format!("{sql} LIMIT {MAX_ROWS}"), params.iter().copied())?;
    let (mut rows, mut bytes) = (Vec::new(), 0usize);
    let mut text_columns: Option<Vec<usize>> = None;
    while let Some(row) = stream.next()? {
        let text_columns = text_columns.get_or_insert_with(|| {
            let text = [postgres::types::Type::TEXT, postgres::types::Type::VARCHAR];
            (0..row.len())
                .filter(|&i| text.contains(row.columns()[i].type_()))
                .collect()
        });
        bytes += text_columns
            .iter()
            .filter_map(|&i| row.try_get::<_, Option<&str>>(i).ok().flatten())
            .map(str::len)
            .sum::<usize>();
        if bytes > MAX_PULL_BYTES {
            return Err(ServerError::Garbage {
                reason: crate::tr!("server-garbage-too-much", megabytes = MAX_PULL_BYTES >> 20),
            });
        }
        rows.push(row);
    }
    if rows.len() as i64 >= MAX_ROWS {
        return Err(ServerError::Garbage {
            reason: crate::tr!("server-garbage-too-many-rows", rows = MAX_ROWS),
        });
    }
    Ok(rows)
}

const LEARNER_COLUMNS: &str = "id, name, grp, created, last_seen, name_set";

/// The site's learners (of one group, compared as names are: capitals, spaces and accents
/// aside), for "Who are you?".
pub fn roster(server: &mut Server, group: Option<&str>) -> Result<Vec<LearnerRow>, ServerError> {
    let site = server.site.clone();
    let rows = query(
        server.client(),
        &format!("SELECT {LEARNER_COLUMNS} FROM slate.learners WHERE site = $1 ORDER BY name, id"),
        &[&site],
    )?;
    let wanted = group.map(names::key);
    let mut learners = Vec::with_capacity(rows.len());
    for r in &rows {
        // One unreadable row (a name with control characters, say) is left out; the rest of
        // the class can still find their names.
        let Ok(l) = learner_row(r) else {
            continue;
        };
        if wanted
            .as_ref()
            .is_none_or(|g| names::key(l.group.as_deref().unwrap_or("")) == *g)
        {
            learners.push(l);
        }
    }
    Ok(learners)
}

fn attempt(r: &Row, offset: usize) -> Result<(String, AttemptRecord), ServerError> {
    let tests = text(r, offset + 9)?;
    let tests: Vec<TestRecord> = if tests.is_empty() {
        Vec::new()
    } else {
        serde_json::from_str(&tests).map_err(|e| ServerError::Garbage {
            reason: e.to_string(),
        })?
    };
    Ok((
        word(r, offset)?,
        AttemptRecord {
            id: word(r, offset + 1)?,
            machine: word(r, offset + 2)?,
            pack: word(r, offset + 3)?,
            pack_version: word(r, offset + 4)?,
            exercise: word(r, offset + 5)?,
            at: r.try_get(offset + 6)?,
            code: text(r, offset + 8)?,
            tests,
            score: from_i32(r.try_get(offset + 10)?),
            max_score: from_i32(r.try_get(offset + 11)?),
            passed: r.try_get(offset + 12)?,
            duration_ms: u64::try_from(r.try_get::<_, i64>(offset + 13)?).unwrap_or(0),
            time_spent_ms: u64::try_from(r.try_get::<_, i64>(offset + 14)?).unwrap_or(0),
        },
    ))
}

/// Column 7 is unused (kept so full and lean reads line up).
const ATTEMPT_COLUMNS: &str = "learner, id, machine, pack, pack_version, exercise, at, 0, code, \
                               tests, score, max_score, passed, duration_ms, time_spent_ms";
const LEAN_ATTEMPT_COLUMNS: &str = "learner, id, machine, pack, pack_version, exercise, at, 0, \
                                    '', '', score, max_score, passed, duration_ms, time_spent_ms";

fn event(r: &Row) -> Result<EventRow, ServerError> {
    Ok(EventRow {
        learner: word(r, 0)?,
        kind: word(r, 1)?,
        pack: word(r, 2)?,
        item: word(r, 3)?,
        index: from_i32(r.try_get(4)?),
        first_at: r.try_get(5)?,
        last_at: r.try_get(6)?,
    })
}

/// Everything about one learner: their row, attempts, hints, pages, settings, and their
/// latest code for every exercise. Empty when the server does not have them.
pub fn learner(server: &mut Server, id: &str) -> Result<Pulled, ServerError> {
    let mut tx = server
        .client()
        .build_transaction()
        .read_only(true)
        .start()?;
    let mut pulled = Pulled::default();
    for r in query(
        &mut tx,
        &format!("SELECT {LEARNER_COLUMNS} FROM slate.learners WHERE id = $1"),
        &[&id],
    )? {
        pulled.learners.push(learner_row(&r)?);
    }
    if pulled.learners.is_empty() {
        return Ok(pulled);
    }
    for r in query(
        &mut tx,
        &format!("SELECT {ATTEMPT_COLUMNS} FROM slate.attempts WHERE learner = $1 ORDER BY at"),
        &[&id],
    )? {
        pulled.attempts.push(attempt(&r, 0)?);
    }
    for r in query(
        &mut tx,
        "SELECT learner, kind, pack, item, idx, first_at, last_at FROM slate.events
         WHERE learner = $1",
        &[&id],
    )? {
        pulled.events.push(event(&r)?);
    }
    for r in query(
        &mut tx,
        "SELECT learner, key, value, updated FROM slate.settings WHERE learner = $1",
        &[&id],
    )? {
        pulled.settings.push(SettingRow {
            learner: text(&r, 0)?,
            key: text(&r, 1)?,
            value: text(&r, 2)?,
            updated: r.try_get(3)?,
        });
    }
    for r in query(
        &mut tx,
        "SELECT DISTINCT ON (pack, exercise) learner, pack, exercise, id, code, saved_at, machine,
             base FROM slate.code WHERE learner = $1 ORDER BY pack, exercise, saved_at DESC, id DESC",
        &[&id],
    )? {
        pulled.code.push(CodeVersion {
            learner: text(&r, 0)?,
            pack: text(&r, 1)?,
            exercise: text(&r, 2)?,
            id: text(&r, 3)?,
            code: text(&r, 4)?,
            saved_at: r.try_get(5)?,
            machine: text(&r, 6)?,
            base: opt_text(&r, 7)?,
        });
    }
    tx.commit()?;
    Ok(pulled)
}

/// The learners forgotten everywhere at this site, with when.
pub fn tombstones(server: &mut Server) -> Result<Vec<(String, i64)>, ServerError> {
    let site = server.site.clone();
    query(
        server.client(),
        "SELECT learner, at FROM slate.tombstones WHERE site = $1 ORDER BY at",
        &[&site],
    )?
    .iter()
    .map(|r| Ok((text(r, 0)?, r.try_get(1)?)))
    .collect()
}

/// Forgets a learner everywhere (a teacher's account): their rows go, a tombstone stays.
pub fn forget(server: &mut Server, id: &str) -> Result<(), ServerError> {
    let site = server.site.clone();
    let mut tx = server.client().transaction()?;
    tx.execute(
        "INSERT INTO slate.tombstones (learner, site, at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING",
        &[&id, &site, &crate::store::now_ms()],
    )?;
    tx.execute("DELETE FROM slate.learners WHERE id = $1", &[&id])?;
    tx.commit()?;
    Ok(())
}

/// Everything the site's computers sent, for the class view, in a store of its own (in
/// memory): learners (of one group), their attempts (with the code and tests of each
/// learner's latest attempt only: that is all a report or the class view shows), hints and
/// solutions viewed.
pub fn site(server: &mut Server, group: Option<&str>) -> Result<Store, ServerError> {
    let learners = roster(server, group)?;
    let ids: Vec<String> = learners.iter().map(|l| l.id.clone()).collect();
    let mut pulled = Pulled {
        learners,
        ..Pulled::default()
    };
    let mut tx = server
        .client()
        .build_transaction()
        .read_only(true)
        .start()?;
    // The latest attempt of each learner in full first: the lean copy of it that follows is
    // then skipped, as an attempt already there.
    for r in query(
        &mut tx,
        &format!(
            "SELECT DISTINCT ON (learner) {ATTEMPT_COLUMNS} FROM slate.attempts
             WHERE learner = ANY($1) ORDER BY learner, at DESC, id DESC"
        ),
        &[&ids],
    )? {
        pulled.attempts.push(attempt(&r, 0)?);
    }
    for r in query(
        &mut tx,
        &format!("SELECT {LEAN_ATTEMPT_COLUMNS} FROM slate.attempts WHERE learner = ANY($1)"),
        &[&ids],
    )? {
        pulled.attempts.push(attempt(&r, 0)?);
    }
    for r in query(
        &mut tx,
        "SELECT learner, kind, pack, item, idx, first_at, last_at FROM slate.events
         WHERE learner = ANY($1) AND kind IN ('hint', 'solution')",
        &[&ids],
    )? {
        pulled.events.push(event(&r)?);
    }
    tx.commit()?;
    let mut store = Store::open_in_memory()?;
    store.take_pulled(&pulled, &[])?;
    Ok(store)
}

/// The site's learners (of one group) and their progress, for a report: the summary of each
/// attempt only, folded into progress by the same code as on one computer
/// (`store::activity::fold_attempt`), with no copy of the rows made on this computer.
pub fn site_progress(
    server: &mut Server,
    group: Option<&str>,
) -> Result<(Vec<crate::store::Learner>, crate::store::activity::TallyMap), ServerError> {
    use crate::store::activity::{AttemptRow, TallyMap, fold_attempt, fold_event};
    let rows = roster(server, group)?;
    let ids: Vec<String> = rows.iter().map(|l| l.id.clone()).collect();
    let learners = crate::store::learners::sorted(rows.into_iter().map(Into::into).collect());
    let mut tallies = TallyMap::new();
    let mut tx = server
        .client()
        .build_transaction()
        .read_only(true)
        .start()?;
    // Sorted here, as this store sorts them (time, then id byte by byte): cheaper than on
    // the server, whose sort of a school's attempts spills to disk.
    let mut attempts = Vec::new();
    for r in query(
        &mut tx,
        "SELECT learner, pack, exercise, pack_version, score, max_score, passed, time_spent_ms, at,
                id
         FROM slate.attempts WHERE learner = ANY($1)",
        &[&ids],
    )? {
        let row = AttemptRow {
            learner: word(&r, 0)?,
            pack: word(&r, 1)?,
            exercise: word(&r, 2)?,
            pack_version: word(&r, 3)?,
            score: from_i32(r.try_get(4)?),
            max_score: from_i32(r.try_get(5)?),
            passed: r.try_get(6)?,
            time_spent_ms: u64::try_from(r.try_get::<_, i64>(7)?).unwrap_or(0),
            at: r.try_get(8)?,
        };
        attempts.push((row, word(&r, 9)?));
    }
    attempts.sort_unstable_by(|(a, a_id), (b, b_id)| (a.at, a_id).cmp(&(b.at, b_id)));
    for (row, _) in attempts {
        fold_attempt(&mut tallies, row);
    }
    for r in query(
        &mut tx,
        "SELECT learner, pack, item, kind, max(idx) FROM slate.events
         WHERE learner = ANY($1) AND kind IN ('hint', 'solution')
         GROUP BY learner, pack, item, kind",
        &[&ids],
    )? {
        let key = (word(&r, 0)?, word(&r, 1)?, word(&r, 2)?);
        fold_event(&mut tallies, key, &word(&r, 3)?, from_i32(r.try_get(4)?));
    }
    tx.commit()?;
    Ok((learners, tallies))
}

/// A pack published to the site: its id, version and files (path → text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedPack {
    pub id: String,
    pub version: String,
    pub files: std::collections::BTreeMap<String, String>,
}

/// The newest published version of each pack the site has, without its files.
pub fn pack_versions(server: &mut Server) -> Result<Vec<(String, String)>, ServerError> {
    let site = server.site.clone();
    let rows = query(
        server.client(),
        "SELECT id, version FROM slate.packs WHERE site = $1 ORDER BY id, published_at",
        &[&site],
    )?;
    let mut newest: std::collections::BTreeMap<String, String> = Default::default();
    for r in &rows {
        let (id, version) = (text(r, 0)?, text(r, 1)?);
        let newer = newest
            .get(&id)
            .is_none_or(|v| crate::pack::version::compare(&version, v).is_gt());
        if newer {
            newest.insert(id, version);
        }
    }
    Ok(newest.into_iter().collect())
}

/// A published pack's files.
pub fn pack(server: &mut Server, id: &str, version: &str) -> Result<PublishedPack, ServerError> {
    let site = server.site.clone();
    let row = server.client().query_one(
        "SELECT files::text FROM slate.packs WHERE site = $1 AND id = $2 AND version = $3",
        &[&site, &id, &version],
    )?;
    let files: String = row.try_get(0)?;
    if files.len() > 64 * MAX_TEXT {
        return Err(ServerError::Garbage {
            reason: crate::tr!("server-garbage-too-long", bytes = files.len()),
        });
    }
    let files = serde_json::from_str(&files).map_err(|e| ServerError::Garbage {
        reason: e.to_string(),
    })?;
    Ok(PublishedPack {
        id: id.to_owned(),
        version: version.to_owned(),
        files,
    })
}

/// Publishes a pack to the site (a teacher's account).
pub fn publish(server: &mut Server, pack: &PublishedPack) -> Result<(), ServerError> {
    let site = server.site.clone();
    let files = serde_json::to_value(&pack.files).unwrap_or_default();
    server.client().execute(
        "INSERT INTO slate.packs (site, id, version, published_at, files)
         VALUES ($1, $2, $3, $4, $5::text::jsonb)
         ON CONFLICT (site, id, version) DO UPDATE SET files = EXCLUDED.files,
             published_at = EXCLUDED.published_at",
        &[
            &site,
            &pack.id,
            &pack.version,
            &crate::store::now_ms(),
            &files.to_string(),
        ],
    )?;
    Ok(())
}
