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
//!
//! An import is read as a stream ([`read`]), one attempt at a time, straight into that
//! transaction, so a file of a million attempts needs little memory, and no file is read past
//! [`MAX_FILE_BYTES`]. Everything a file says is checked as it comes ([`validate`]): times,
//! test statuses, points, and no control characters in ids and names, so nothing in a file can
//! act on the teacher's terminal. [`merge`] matches learners and keeps attempts, refusing an
//! attempt id that is already here with other content or under another learner; [`intake`]
//! joins the three and works out the checksum on the way; [`export`] writes files.

mod export;
mod intake;
mod merge;
mod read;
mod validate;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

pub use super::rows::{AttemptRecord as ExportAttempt, TestRecord};
use super::{Store, StoreError, learners, now_ms, shown};
use crate::tr;

pub use read::MAX_FILE_BYTES;
pub use validate::{EARLIEST_TIME, LATEST_TIME};

/// The `format` field of every export file.
pub const FORMAT: &str = "slate-progress";
/// The newest export format version this Slate reads and the one it writes. Version 2 added
/// each test's `detail` (what a teacher sees in `slate learner show`); version 1 files, which
/// have none, still import.
pub const VERSION: u32 = 2;

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
    /// Ids of learners a teacher merged into this one (`slate learner merge`): a computer
    /// that still has them as learners of their own merges them too. Written only when
    /// there are some (format version 2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
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
    Read {
        file: PathBuf,
        reason: String,
        #[source]
        source: std::io::Error,
    },
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
    /// Longer than [`MAX_FILE_BYTES`] (`cap`, in bytes).
    #[error(
        "{}",
        tr!("import-too-big", file = shown(file), megabytes = cap / (1024 * 1024))
    )]
    TooBig { file: PathBuf, cap: u64 },
    #[error("{}", tr!("import-invalid", file = shown(file), problem = message))]
    Invalid { file: PathBuf, message: String },
    /// What the checks found: the first few problems, and how many more there were.
    #[error("{}", validate::message(file, problems, *more))]
    Problems {
        file: PathBuf,
        problems: Vec<validate::Problem>,
        more: usize,
    },
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
    let mut hasher = Sha256::new();
    hasher.update(&json);
    sealed(hasher)
}

/// `sha256:` and the hex digest of what `hasher` was given.
fn sealed(hasher: Sha256) -> String {
    let mut text = String::from("sha256:");
    for byte in hasher.finalize() {
        text.push_str(&format!("{byte:02x}"));
    }
    text
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

    /// Reads and checks an export file into memory. Importing does not need this:
    /// [`Store::import_files`] reads files as a stream.
    pub fn read(file: &Path) -> Result<ExportFile, ImportError> {
        let (collected, header) = read::read_path(file, intake::Collect::default())?;
        Ok(collected.into_file(header))
    }

    /// Parses and checks the text of an export file; `file` is for messages.
    pub fn parse(text: &str, file: &Path) -> Result<ExportFile, ImportError> {
        let (collected, header) = read::read_from(
            text.as_bytes(),
            file,
            intake::Collect::default(),
            MAX_FILE_BYTES,
        )?;
        Ok(collected.into_file(header))
    }
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
                out.push(export::learner(c, l)?);
            }
            Ok(out)
        })?;
        Ok(ExportFile::new(&self.machine, now_ms(), learners))
    }

    /// Reads export files and merges them into this store as they stream past, all in one
    /// transaction: either every file is imported, or (on any problem in any file) nothing is.
    pub fn import_files(&mut self, files: &[PathBuf]) -> Result<ImportSummary, StoreError> {
        self.write(|tx| {
            let mut summary = ImportSummary::default();
            for file in files {
                read::read_path(file, merge::Merge::new(tx, file, &mut summary))?;
            }
            Ok(summary)
        })
    }

    /// Merges export files already in memory into this store, with the same checks and in
    /// one transaction, like [`Store::import_files`]. Their checksums are not checked: they
    /// were not read from a file.
    pub fn import(&mut self, files: &[(PathBuf, ExportFile)]) -> Result<ImportSummary, StoreError> {
        self.write(|tx| {
            let mut summary = ImportSummary::default();
            for (path, file) in files {
                let sink = merge::Merge::new(tx, path, &mut summary);
                intake::feed(path, sink, &file.learners)?;
            }
            Ok(summary)
        })
    }
}
