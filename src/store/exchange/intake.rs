//! Taking in a file's learners piece by piece: check each piece, add it to the checksum, and
//! hand it on.
//!
//! The reader ([`super::read`]) and the in-memory import ([`feed`]) both call [`Intake`] in the
//! order of the file's canonical form: a learner's details and settings ([`Head`]), their
//! attempts, their events. [`Intake`] checks each piece ([`super::validate`]), keeps the
//! problems with where they are, and passes what is sound to a [`Sink`]: the store's merge
//! ([`super::merge::Merge`]) or a plain collection ([`Collect`]). A learner whose details have
//! a problem is not handed on, but their attempts are still checked, so one message lists
//! everything wrong. The checksum is worked out over the same canonical JSON that
//! [`super::ExportFile::new`] hashes, a piece at a time, so a file is never held whole.

use serde::Serialize;
use sha2::{Digest, Sha256};
use std::path::Path;

use super::validate::{self, Problems};
use super::{
    ExportAttempt, ExportEvent, ExportFile, ExportLearner, ExportSetting, ImportError, read, sealed,
};
use crate::tr;

/// A learner's details and settings: what comes before their attempts in a file. Its fields
/// are [`ExportLearner`]'s first ones, in the same order (the checksum depends on it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub(super) struct Head {
    pub id: String,
    pub also_known_as: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub merged: Vec<String>,
    pub name: String,
    pub group: Option<String>,
    pub created: i64,
    pub last_seen: i64,
    pub name_set: i64,
    pub settings: Vec<ExportSetting>,
}

impl Head {
    fn of(l: &ExportLearner) -> Head {
        Head {
            id: l.id.clone(),
            also_known_as: l.also_known_as.clone(),
            merged: l.merged.clone(),
            name: l.name.clone(),
            group: l.group.clone(),
            created: l.created,
            last_seen: l.last_seen,
            name_set: l.name_set,
            settings: l.settings.clone(),
        }
    }
}

/// Where sound pieces of a file go.
pub(super) trait Sink {
    /// What stops an import: a fatal problem of the file, or of the store.
    type Error: From<ImportError>;

    /// A learner whose details passed the checks; the attempts and events that follow are
    /// theirs.
    fn learner(&mut self, head: &Head) -> Result<(), Self::Error>;

    /// One of their attempts. Returns a problem with what is already there (an attempt of
    /// that id with other content, or another learner's), as a phrase for a message.
    fn attempt(&mut self, attempt: ExportAttempt) -> Result<Option<String>, Self::Error>;

    /// One of their events.
    fn event(&mut self, event: ExportEvent) -> Result<(), Self::Error>;
}

/// Checks the pieces of one file, in order, and passes the sound ones to a sink.
pub(super) struct Intake<'a, S> {
    file: &'a Path,
    sink: S,
    problems: Problems,
    /// The checksum so far; `None` for files already in memory.
    hasher: Option<Sha256>,
    /// The current learner's number in the file (from 1) and name, for messages.
    number: usize,
    name: String,
    /// Whether the current learner went to the sink (their attempts may follow them).
    accepted: bool,
    /// Whether the next attempt or event is the first of its list (no comma before it).
    first: bool,
}

impl<'a, S: Sink> Intake<'a, S> {
    pub fn new(file: &'a Path, sink: S, hashing: bool) -> Self {
        Intake {
            file,
            sink,
            problems: Problems::default(),
            hasher: hashing.then(Sha256::new),
            number: 0,
            name: String::new(),
            accepted: false,
            first: true,
        }
    }

    fn hash(&mut self, bytes: &[u8]) {
        if let Some(h) = &mut self.hasher {
            h.update(bytes);
        }
    }

    fn hash_item(&mut self, item: &impl Serialize) {
        if self.hasher.is_some() {
            let json = serde_json::to_vec(item).expect("an item is valid JSON");
            let comma: &[u8] = if self.first { b"" } else { b"," };
            self.first = false;
            self.hash(comma);
            self.hash(&json);
        }
    }

    /// The start of the `learners` list.
    pub fn begin_learners(&mut self) {
        self.hash(b"[");
    }

    /// The end of the `learners` list.
    pub fn end_learners(&mut self) {
        self.hash(b"]");
    }

    /// A learner's details, from line `line` of the file.
    pub fn learner(&mut self, head: Head, line: Option<usize>) -> Result<(), S::Error> {
        if self.hasher.is_some() {
            let mut json = serde_json::to_vec(&head).expect("a learner is valid JSON");
            // `{...,"settings":[...]}` becomes `{...,"settings":[...],"attempts":[`.
            json.pop();
            json.extend_from_slice(br#","attempts":["#);
            self.hash(if self.number == 0 { b"" } else { b"," });
            self.hash(&json);
        }
        self.number += 1;
        self.first = true;
        self.name = validate::shown(&head.name);
        let found = validate::head(&head);
        self.accepted = found.is_empty();
        for (item, problem) in found {
            self.note(line, item, problem);
        }
        if self.accepted {
            self.sink.learner(&head)?;
        }
        Ok(())
    }

    /// One of the current learner's attempts, from line `line`.
    pub fn attempt(&mut self, a: ExportAttempt, line: Option<usize>) -> Result<(), S::Error> {
        self.hash_item(&a);
        // Named only when there is a problem: a message costs more than a check.
        let item = |id: &str| tr!("import-item-attempt", id = validate::shown(id));
        let found = validate::attempt(&a);
        if !found.is_empty() {
            for problem in found {
                self.note(line, Some(item(&a.id)), problem);
            }
        } else if self.accepted {
            let id = a.id.clone();
            if let Some(problem) = self.sink.attempt(a)? {
                self.note(line, Some(item(&id)), problem);
            }
        }
        Ok(())
    }

    /// The end of the current learner's attempts (their events follow).
    pub fn end_attempts(&mut self) {
        self.hash(br#"],"events":["#);
        self.first = true;
    }

    /// One of the current learner's events, from line `line`.
    pub fn event(&mut self, e: ExportEvent, line: Option<usize>) -> Result<(), S::Error> {
        self.hash_item(&e);
        let found = validate::event(&e);
        if !found.is_empty() {
            let item = validate::event_item(&e);
            for problem in found {
                self.note(line, Some(item.clone()), problem);
            }
        } else if self.accepted {
            self.sink.event(e)?;
        }
        Ok(())
    }

    /// The end of the current learner.
    pub fn end_learner(&mut self) {
        self.hash(b"]}");
        self.accepted = false;
    }

    /// A problem with the file itself (not with one learner), such as its `exported_at`.
    pub fn file_problem(&mut self, line: Option<usize>, problem: String) {
        self.problems.push(line, problem);
    }

    fn note(&mut self, line: Option<usize>, item: Option<String>, problem: String) {
        let text = match item {
            None => tr!(
                "import-learner-problem",
                number = self.number,
                name = &self.name,
                problem = problem
            ),
            Some(item) => tr!(
                "import-learner-item-problem",
                number = self.number,
                name = &self.name,
                item = item,
                problem = problem
            ),
        };
        self.problems.push(line, text);
    }

    /// The end of the file: a checksum that does not match (when `claimed` is given), or any
    /// problem found, refuses the file; otherwise the sink is handed back.
    pub fn finish(self, claimed: Option<&str>) -> Result<S, ImportError> {
        let file = self.file.to_path_buf();
        if let (Some(hasher), Some(claimed)) = (self.hasher, claimed)
            && sealed(hasher) != claimed
        {
            return Err(ImportError::Edited { file });
        }
        if let Some((problems, more)) = self.problems.into_parts() {
            return Err(ImportError::Problems {
                file,
                problems,
                more,
            });
        }
        Ok(self.sink)
    }
}

/// Takes in learners already in memory (no lines, no checksum), as a file would give them.
pub(super) fn feed<S: Sink>(
    file: &Path,
    sink: S,
    learners: &[ExportLearner],
) -> Result<S, S::Error> {
    let mut intake = Intake::new(file, sink, false);
    intake.begin_learners();
    for l in learners {
        intake.learner(Head::of(l), None)?;
        for a in &l.attempts {
            intake.attempt(a.clone(), None)?;
        }
        intake.end_attempts();
        for e in &l.events {
            intake.event(e.clone(), None)?;
        }
        intake.end_learner();
    }
    intake.end_learners();
    Ok(intake.finish(None)?)
}

/// Keeps a file's learners in memory, for [`ExportFile::read`].
#[derive(Debug, Default)]
pub(super) struct Collect {
    learners: Vec<ExportLearner>,
}

impl Collect {
    /// The whole file, with the fields the reader found at its top.
    pub fn into_file(self, header: read::Header) -> ExportFile {
        ExportFile {
            format: super::FORMAT.into(),
            version: header.version,
            about: header.about,
            slate_version: header.slate_version,
            machine: header.machine,
            exported_at: header.exported_at,
            checksum: header.checksum,
            learners: self.learners,
        }
    }

    fn current(&mut self) -> &mut ExportLearner {
        self.learners
            .last_mut()
            .expect("attempts and events come after their learner")
    }
}

impl Sink for Collect {
    type Error = ImportError;

    fn learner(&mut self, head: &Head) -> Result<(), ImportError> {
        let head = head.clone();
        self.learners.push(ExportLearner {
            id: head.id,
            also_known_as: head.also_known_as,
            merged: head.merged,
            name: head.name,
            group: head.group,
            created: head.created,
            last_seen: head.last_seen,
            name_set: head.name_set,
            settings: head.settings,
            attempts: Vec::new(),
            events: Vec::new(),
        });
        Ok(())
    }

    fn attempt(&mut self, attempt: ExportAttempt) -> Result<Option<String>, ImportError> {
        self.current().attempts.push(attempt);
        Ok(None)
    }

    fn event(&mut self, event: ExportEvent) -> Result<(), ImportError> {
        self.current().events.push(event);
        Ok(())
    }
}
