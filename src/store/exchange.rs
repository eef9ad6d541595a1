//! Moving progress between computers: `slate export` and `slate import`.
//!
//! A school has many lab PCs and no server: a teacher collects each PC's progress on a USB
//! stick and merges it. The export file is JSON ([`ExportFile`], documented with an example in
//! `docs/progress-format.md`): a `format` name, a `version` that a newer Slate raises and an
//! older one refuses, and a checksum over its content, so a truncated or edited file is caught
//! before anything is imported.
//!
//! Importing merges, and is idempotent and order-independent: attempts are kept by their UUID;
//! events keep the earliest first and latest last time; settings and names keep the newest
//! (ties broken by the text, so any order gives the same result); a learner is matched first by
//! id (or an id they had on another computer: `also_known_as`), then by name and group, so the
//! same person added separately on two PCs becomes one learner. All files are imported in one
//! transaction: if any file has a problem, the store is left exactly as it was.

use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::activity::{Kind, TestRecord, get_u64, insert_attempt, upsert_event, upsert_setting};
use super::{Store, StoreError, learners, names, now_ms, shown};
use crate::tr;

/// The `format` field of every export file.
pub const FORMAT: &str = "slate-progress";
/// The newest export format version this Slate reads and the one it writes.
pub const VERSION: u32 = 1;

/// An export file: some learners with everything Slate keeps about them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportFile {
    /// Always [`FORMAT`].
    pub format: String,
    /// The format version, [`VERSION`] for files this Slate writes.
    pub version: u32,
    /// A sentence for a person who opens the file, in the language Slate was speaking (no
    /// program reads it).
    pub about: String,
    /// The Slate that wrote the file.
    pub slate_version: String,
    /// The machine id of the store it came from.
    pub machine: String,
    /// When it was written (unix milliseconds, UTC).
    pub exported_at: i64,
    /// `sha256:` and the hex SHA-256 of `learners` written as compact JSON.
    pub checksum: String,
    pub learners: Vec<ExportLearner>,
}

/// A learner and their activity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportLearner {
    pub id: String,
    /// Ids the same learner had on other computers before their progress was merged.
    pub also_known_as: Vec<String>,
    pub name: String,
    pub group: Option<String>,
    pub created: i64,
    pub last_seen: i64,
    /// When the name was last set: the newest name wins when computers disagree.
    pub name_set: i64,
    pub settings: Vec<ExportSetting>,
    pub attempts: Vec<ExportAttempt>,
    pub events: Vec<ExportEvent>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportSetting {
    pub key: String,
    pub value: String,
    pub updated: i64,
}

/// One check attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportAttempt {
    pub id: String,
    pub machine: String,
    pub at: i64,
    pub pack: String,
    pub pack_version: String,
    pub exercise: String,
    pub code: String,
    pub tests: Vec<TestRecord>,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    pub duration_ms: u64,
    pub time_spent_ms: u64,
}

/// A hint revealed, a solution viewed or a page read, with the first and last time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ExportEvent {
    Hint {
        pack: String,
        exercise: String,
        index: u32,
        first: i64,
        last: i64,
    },
    Solution {
        pack: String,
        exercise: String,
        first: i64,
        last: i64,
    },
    Page {
        pack: String,
        lesson: String,
        index: u32,
        first: i64,
        last: i64,
    },
}

/// Which learners to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection<'a> {
    All,
    /// Everyone in a group (matched like names: case and spaces do not matter).
    Group(&'a str),
    /// One learner, by id.
    Learner(&'a str),
}

/// Why a file could not be imported. Nothing is imported when any file has a problem.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("{}", tr!("import-read", file = shown(file), reason = reason))]
    Read { file: PathBuf, reason: String },
    #[error("{}", tr!("import-not-progress", file = shown(file)))]
    NotProgress { file: PathBuf },
    #[error("{}", tr!("import-newer", file = shown(file), found = *found, known = *known))]
    Newer {
        file: PathBuf,
        found: u64,
        known: u32,
    },
    #[error(
        "{}",
        tr!("import-truncated", file = shown(file), line = *line, column = *column)
    )]
    Truncated {
        file: PathBuf,
        line: usize,
        column: usize,
    },
    /// `message` is serde_json's, in English.
    #[error(
        "{}",
        tr!(
            "import-json",
            file = shown(file),
            line = *line,
            column = *column,
            message = message
        )
    )]
    Json {
        file: PathBuf,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{}", tr!("import-edited", file = shown(file)))]
    Edited { file: PathBuf },
    #[error("{}", tr!("import-invalid", file = shown(file), problem = message))]
    Invalid { file: PathBuf, message: String },
    #[error("{}", tr!("import-conflict", file = shown(file), problem = message))]
    Conflict { file: PathBuf, message: String },
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    /// Learners new to this computer.
    pub learners_added: usize,
    /// Learners already here, whose progress was merged.
    pub learners_merged: usize,
    pub attempts_added: usize,
    /// Attempts this computer already had (from an earlier import, or its own).
    pub attempts_known: usize,
    /// Things the teacher should know, such as a learner renamed on another computer.
    pub notes: Vec<String>,
}

/// `sha256:` and the hex digest of the learners as compact JSON.
fn checksum(learners: &[ExportLearner]) -> String {
    let json = serde_json::to_vec(learners).expect("learners are valid JSON");
    let digest = Sha256::digest(&json);
    let mut text = String::from("sha256:");
    for byte in digest {
        text.push_str(&format!("{byte:02x}"));
    }
    text
}

/// Just enough of a file to tell what it is before reading it whole.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: Option<serde_json::Value>,
    #[serde(default)]
    version: Option<serde_json::Value>,
}

impl ExportFile {
    /// A file of these learners, from the store with machine id `machine`.
    pub fn new(machine: &str, exported_at: i64, learners: Vec<ExportLearner>) -> ExportFile {
        ExportFile {
            format: FORMAT.into(),
            version: VERSION,
            about: tr!("export-about"),
            slate_version: env!("CARGO_PKG_VERSION").into(),
            machine: machine.into(),
            exported_at,
            checksum: checksum(&learners),
            learners,
        }
    }

    /// The file's text: indented JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).expect("an export is valid JSON");
        text.push('\n');
        text
    }

    /// How many attempts the file holds.
    pub fn attempt_count(&self) -> usize {
        self.learners.iter().map(|l| l.attempts.len()).sum()
    }

    /// Reads and checks an export file.
    pub fn read(file: &Path) -> Result<ExportFile, ImportError> {
        let bytes = std::fs::read(file).map_err(|e| ImportError::Read {
            file: file.to_path_buf(),
            reason: match e.kind() {
                std::io::ErrorKind::NotFound => tr!("import-reason-no-file"),
                _ if file.is_dir() => tr!("store-reason-is-folder"),
                _ => e.to_string(),
            },
        })?;
        let text = String::from_utf8(bytes).map_err(|_| ImportError::NotProgress {
            file: file.to_path_buf(),
        })?;
        Self::parse(&text, file)
    }

    /// Parses and checks the text of an export file; `file` is for messages.
    pub fn parse(text: &str, file: &Path) -> Result<ExportFile, ImportError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let path = || file.to_path_buf();
        if !text.trim_start().starts_with('{') {
            return Err(ImportError::NotProgress { file: path() });
        }
        let header: Header = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
        if header.format.as_ref().and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(ImportError::NotProgress { file: path() });
        }
        match header.version.as_ref().and_then(serde_json::Value::as_u64) {
            Some(v) if v > u64::from(VERSION) => {
                return Err(ImportError::Newer {
                    file: path(),
                    found: v,
                    known: VERSION,
                });
            }
            Some(v) if v >= 1 => {}
            _ => {
                return Err(ImportError::Invalid {
                    file: path(),
                    message: tr!("import-bad-version"),
                });
            }
        }
        let parsed: ExportFile = serde_json::from_str(text).map_err(|e| json_error(file, &e))?;
        if parsed.checksum != checksum(&parsed.learners) {
            return Err(ImportError::Edited { file: path() });
        }
        validate(&parsed).map_err(|message| ImportError::Invalid {
            file: path(),
            message,
        })?;
        Ok(parsed)
    }
}

fn json_error(file: &Path, e: &serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    if e.is_eof() {
        return ImportError::Truncated {
            file: file.to_path_buf(),
            line,
            column,
        };
    }
    // serde_json ends its message with the position, which we give first instead.
    let text = e.to_string();
    let message = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(m, _)| m)
        .to_owned();
    ImportError::Json {
        file: file.to_path_buf(),
        line,
        column,
        message,
    }
}

/// Checks what JSON types cannot: names Slate would accept, ids present, scores in range.
fn validate(file: &ExportFile) -> Result<(), String> {
    for (i, l) in file.learners.iter().enumerate() {
        let at = |problem: String| {
            tr!(
                "import-learner-problem",
                number = i + 1,
                name = &l.name,
                problem = problem
            )
        };
        let bad = |e: StoreError| at(e.to_string().trim_end_matches('.').to_owned());
        if l.id.trim().is_empty() {
            return Err(at(tr!("import-empty-id")));
        }
        names::name(&l.name).map_err(bad)?;
        names::group(l.group.as_deref()).map_err(bad)?;
        for a in &l.attempts {
            if a.id.trim().is_empty() || a.pack.is_empty() || a.exercise.is_empty() {
                return Err(at(tr!("import-attempt-incomplete", id = &a.id)));
            }
            if a.score > a.max_score {
                return Err(at(tr!(
                    "import-attempt-score",
                    id = &a.id,
                    score = a.score,
                    max = a.max_score
                )));
            }
        }
    }
    Ok(())
}

/// "A and B", "A, B and C": the last two joined by the language's "and".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!("store-and", first = rest.join(", "), last = last),
    }
}

/// A learner as the store has them, with what merging compares.
struct Local {
    id: String,
    name: String,
    name_key: String,
    group_key: String,
    name_set: i64,
}

fn local(conn: &Connection, id: &str) -> rusqlite::Result<Option<Local>> {
    conn.query_row(
        "SELECT id, name, name_key, group_key, name_set FROM learners WHERE id = ?1",
        [id],
        |r| {
            Ok(Local {
                id: r.get(0)?,
                name: r.get(1)?,
                name_key: r.get(2)?,
                group_key: r.get(3)?,
                name_set: r.get(4)?,
            })
        },
    )
    .optional()
}

/// The local learner an id refers to: theirs, or one they had before a merge.
fn resolve(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    if local(conn, id)?.is_some() {
        return Ok(Some(id.to_owned()));
    }
    conn.query_row(
        "SELECT learner FROM learner_aliases WHERE alias = ?1",
        [id],
        |r| r.get(0),
    )
    .optional()
}

impl Store {
    /// Everything about the selected learners, as an export file.
    pub fn export(&self, selection: Selection<'_>) -> Result<ExportFile, StoreError> {
        let learners = self.read(|c| {
            let chosen = match selection {
                Selection::All => learners::all(c, None)?,
                Selection::Group(g) => learners::all(c, Some(g))?,
                Selection::Learner(id) => learners::by_id(c, id)?.into_iter().collect(),
            };
            let mut out = Vec::with_capacity(chosen.len());
            for l in chosen {
                out.push(export_learner(c, l)?);
            }
            Ok(out)
        })?;
        Ok(ExportFile::new(&self.machine, now_ms(), learners))
    }

    /// Merges export files into this store, all in one transaction: either every file is
    /// imported, or (on any problem) nothing is.
    pub fn import(&mut self, files: &[(PathBuf, ExportFile)]) -> Result<ImportSummary, StoreError> {
        self.write(|tx| {
            let mut summary = ImportSummary::default();
            for (path, file) in files {
                for learner in &file.learners {
                    merge_learner(tx, path, learner, &mut summary)?;
                }
            }
            Ok(summary)
        })
    }
}

fn export_learner(c: &Connection, l: learners::Learner) -> Result<ExportLearner, StoreError> {
    let strings = |sql: &str| -> rusqlite::Result<Vec<String>> {
        let mut stmt = c.prepare_cached(sql)?;
        let rows = stmt.query_map([&l.id], |r| r.get(0))?;
        rows.collect()
    };
    let also_known_as =
        strings("SELECT alias FROM learner_aliases WHERE learner = ?1 ORDER BY alias")?;
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
    let mut stmt = c.prepare_cached(
        "SELECT id, machine, at, pack, pack_version, exercise, code, tests, score, max_score,
                passed, duration_ms, time_spent_ms
         FROM attempts WHERE learner = ?1 ORDER BY at, id",
    )?;
    let attempts = stmt
        .query_map([&l.id], |r| {
            let tests: String = r.get(7)?;
            let tests = serde_json::from_str(&tests).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(7, rusqlite::types::Type::Text, e.into())
            })?;
            Ok(ExportAttempt {
                id: r.get(0)?,
                machine: r.get(1)?,
                at: r.get(2)?,
                pack: r.get(3)?,
                pack_version: r.get(4)?,
                exercise: r.get(5)?,
                code: r.get(6)?,
                tests,
                score: r.get(8)?,
                max_score: r.get(9)?,
                passed: r.get(10)?,
                duration_ms: get_u64(r, 11)?,
                time_spent_ms: get_u64(r, 12)?,
            })
        })?
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

/// Merges one learner from a file; returns their id on this computer.
fn merge_learner(
    tx: &Connection,
    file: &Path,
    l: &ExportLearner,
    summary: &mut ImportSummary,
) -> Result<String, StoreError> {
    let conflict = |message: String| {
        StoreError::Import(ImportError::Conflict {
            file: file.to_path_buf(),
            message,
        })
    };
    let name = names::name(&l.name)?;
    let group = names::group(l.group.as_deref())?;
    let (name_key, group_key) = (
        names::key(&name),
        names::key(group.as_deref().unwrap_or("")),
    );
    let who = names::who(&name, group.as_deref());

    let ids: Vec<&str> = std::iter::once(l.id.as_str())
        .chain(l.also_known_as.iter().map(String::as_str))
        .collect();
    let mut found = BTreeSet::new();
    for id in &ids {
        if let Some(local) = resolve(tx, id)? {
            found.insert(local);
        }
    }
    if found.len() > 1 {
        let mut who_here = Vec::new();
        for id in &found {
            if let Some(x) = learners::by_id(tx, id)? {
                who_here.push(names::who(&x.name, x.group.as_deref()));
            }
        }
        return Err(conflict(tr!(
            "import-conflict-two-here",
            who = &who,
            count = who_here.len(),
            learners = and_list(&who_here)
        )));
    }
    let existing = match found.into_iter().next() {
        Some(id) => local(tx, &id)?,
        None => match learners::by_key(tx, &name_key, &group_key)? {
            // The same person, added separately on two computers.
            Some(same) => local(tx, &same.id)?,
            None => None,
        },
    };
    let id = match existing {
        None => {
            tx.execute(
                "INSERT INTO learners (id, name, name_key, grp, group_key, created, last_seen, name_set)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![l.id, name, name_key, group, group_key, l.created, l.last_seen, l.name_set],
            )?;
            summary.learners_added += 1;
            l.id.clone()
        }
        Some(here) => {
            if here.group_key != group_key {
                let group_here: Option<String> =
                    tx.query_row("SELECT grp FROM learners WHERE id = ?1", [&here.id], |r| {
                        r.get(0)
                    })?;
                return Err(conflict(tr!(
                    "import-conflict-group",
                    who = &who,
                    here = names::who(&here.name, group_here.as_deref())
                )));
            }
            // The newest name wins; ties go to the larger text, so any order gives one result.
            if (l.name_set, name.as_str()) > (here.name_set, here.name.as_str()) {
                if name_key != here.name_key {
                    if let Some(other) = learners::by_key(tx, &name_key, &group_key)? {
                        return Err(conflict(tr!(
                            "import-conflict-rename",
                            who = names::who(&here.name, group.as_deref()),
                            name = &name,
                            other = other.name
                        )));
                    }
                    summary
                        .notes
                        .push(tr!("import-note-renamed", old = &here.name, name = &name));
                }
                // The group's spelling goes with the name, so it too is the same in any order.
                tx.execute(
                    "UPDATE learners SET name = ?2, name_key = ?3, name_set = ?4, grp = ?5
                     WHERE id = ?1",
                    params![here.id, name, name_key, l.name_set, group],
                )?;
            } else if name_key != here.name_key {
                summary.notes.push(tr!(
                    "import-note-older-name",
                    file = shown(file),
                    current = &here.name,
                    name = &name
                ));
            }
            tx.execute(
                "UPDATE learners SET created = min(created, ?2), last_seen = max(last_seen, ?3)
                 WHERE id = ?1",
                params![here.id, l.created, l.last_seen],
            )?;
            summary.learners_merged += 1;
            here.id
        }
    };
    let mut alias = tx
        .prepare_cached("INSERT OR IGNORE INTO learner_aliases (alias, learner) VALUES (?1, ?2)")?;
    for other in ids.iter().filter(|i| **i != id) {
        alias.execute(params![other, id])?;
    }
    for s in &l.settings {
        upsert_setting(tx, &id, &s.key, &s.value, s.updated)?;
    }
    for a in &l.attempts {
        if insert_attempt(tx, &id, a)? {
            summary.attempts_added += 1;
        } else {
            summary.attempts_known += 1;
        }
    }
    for e in &l.events {
        let (kind, pack, item, index, first, last) = match e {
            ExportEvent::Hint {
                pack,
                exercise,
                index,
                first,
                last,
            } => (Kind::Hint, pack, exercise, *index, first, last),
            ExportEvent::Solution {
                pack,
                exercise,
                first,
                last,
            } => (Kind::Solution, pack, exercise, 0, first, last),
            ExportEvent::Page {
                pack,
                lesson,
                index,
                first,
                last,
            } => (Kind::Page, pack, lesson, *index, first, last),
        };
        upsert_event(tx, &id, kind, pack, item, index, (*first, *last))?;
    }
    Ok(id)
}
