//! Merging a file's learners into the store, inside the import's one transaction.
//!
//! A learner is matched by id (or an id they had elsewhere), then by name and group; names and
//! settings keep the newest, so any order of files gives the same result; a clash (a rename
//! onto someone else's name, one person here twice) stops the import. Attempts are kept by id:
//! an attempt already here is skipped when it is the same, and is a problem when it is not
//! (other content, or another learner's), since an attempt never changes once made. Events
//! keep the earliest first and the latest last time.

use rusqlite::{Connection, OptionalExtension, params};
use std::collections::BTreeSet;
use std::path::Path;

use super::intake::{Head, Sink};
use super::{ExportAttempt, ExportEvent, ImportError, ImportSummary, export};
use crate::safe_text::for_terminal;
use crate::store::rows::{Kind, insert_attempt, upsert_event, upsert_setting};
use crate::store::{StoreError, learners, names, shown};
use crate::tr;

/// Merges what a file says into the store.
pub(super) struct Merge<'t> {
    tx: &'t Connection,
    file: &'t Path,
    summary: &'t mut ImportSummary,
    /// The current learner's id on this computer.
    learner: Option<String>,
}

impl<'t> Merge<'t> {
    pub fn new(tx: &'t Connection, file: &'t Path, summary: &'t mut ImportSummary) -> Self {
        Merge {
            tx,
            file,
            summary,
            learner: None,
        }
    }

    fn learner(&self) -> &str {
        self.learner
            .as_deref()
            .expect("attempts and events come after their learner")
    }
}

impl Sink for Merge<'_> {
    type Error = StoreError;

    fn learner(&mut self, head: &Head) -> Result<(), StoreError> {
        self.learner = Some(merge_learner(self.tx, self.file, head, self.summary)?);
        Ok(())
    }

    fn attempt(&mut self, attempt: ExportAttempt) -> Result<Option<String>, StoreError> {
        let learner = Merge::learner(self);
        if insert_attempt(self.tx, learner, &attempt)? {
            self.summary.attempts_added += 1;
            return Ok(None);
        }
        let (owner, here) = export::attempt_by_id(self.tx, &attempt.id)?
            .expect("an attempt that was not inserted is here");
        if owner != learner {
            let owner = learners::by_id(self.tx, &owner)?
                .map(|o| names::who(&o.name, o.group.as_deref()))
                .unwrap_or_default();
            return Ok(Some(tr!("import-attempt-owner", owner = owner)));
        }
        if here != attempt {
            return Ok(Some(tr!("import-attempt-different")));
        }
        self.summary.attempts_known += 1;
        Ok(None)
    }

    fn event(&mut self, e: ExportEvent) -> Result<(), StoreError> {
        let (kind, pack, item, index, first, last) = match e {
            ExportEvent::Hint {
                pack,
                exercise,
                index,
                first,
                last,
            } => (Kind::Hint, pack, exercise, index, first, last),
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
            } => (Kind::Page, pack, lesson, index, first, last),
        };
        let learner = Merge::learner(self);
        upsert_event(self.tx, learner, kind, &pack, &item, index, (first, last))?;
        Ok(())
    }
}

/// "A and B", "A, B and C": the last two joined by the language's "and".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr!("store-and", first = rest.join(", "), last = last),
    }
}

/// Learners a teacher merged into this one on the computer the file came from
/// (`merged`), who are still learners of their own here: merged here too, so the file does
/// not find "two learners here who are one person".
fn merge_here_too(
    tx: &Connection,
    file: &Path,
    l: &Head,
    ids: &[&str],
    summary: &mut ImportSummary,
) -> Result<(), StoreError> {
    if l.merged.is_empty() {
        return Ok(());
    }
    let mut target = None;
    for id in ids.iter().filter(|id| !l.merged.iter().any(|m| m == *id)) {
        if let Some(found) = resolve(tx, id)? {
            target = Some(found);
            break;
        }
    }
    let Some(target) = target
        .and_then(|t| learners::by_id(tx, &t).transpose())
        .transpose()?
    else {
        return Ok(());
    };
    for m in &l.merged {
        let Some(here) = resolve(tx, m)?.filter(|h| *h != target.id) else {
            continue;
        };
        let Some(gone) = learners::by_id(tx, &here)? else {
            continue;
        };
        learners::merge_in(tx, &gone, &target.id)?;
        tx.execute(
            "INSERT OR IGNORE INTO merges (merged, into_id, at) VALUES (?1, ?2, ?3)",
            params![m, target.id, crate::store::now_ms()],
        )?;
        summary.notes.push(tr!(
            "import-note-merged-here",
            file = shown(file),
            old = names::label(&gone.name, gone.group.as_deref()),
            kept = names::label(&target.name, target.group.as_deref())
        ));
    }
    Ok(())
}

/// How a spelling of the same name (same key) ranks in a merge, highest kept: a spelling
/// set by a rename (set after the learner was added) beats one from adding, the newest
/// rename first; between spellings from adding, the earliest; then the larger text. Every
/// order of files gives the same answer.
fn spelling_rank<'a>(
    created: i64,
    name_set: i64,
    name: &'a str,
    group: Option<&'a str>,
) -> (bool, i64, &'a str, &'a str) {
    let renamed = name_set > created;
    let when = if renamed { name_set } else { -name_set };
    (renamed, when, name, group.unwrap_or(""))
}

/// A learner as the store has them, with what merging compares.
struct Local {
    id: String,
    name: String,
    name_key: String,
    group: Option<String>,
    group_key: String,
    created: i64,
    name_set: i64,
}

fn local(conn: &Connection, id: &str) -> rusqlite::Result<Option<Local>> {
    conn.query_row(
        "SELECT id, name, name_key, grp, group_key, created, name_set FROM learners WHERE id = ?1",
        [id],
        |r| {
            Ok(Local {
                id: r.get(0)?,
                name: r.get(1)?,
                name_key: r.get(2)?,
                group: r.get(3)?,
                group_key: r.get(4)?,
                created: r.get(5)?,
                name_set: r.get(6)?,
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

/// Merges a learner's details and settings from a file; returns their id on this computer.
fn merge_learner(
    tx: &Connection,
    file: &Path,
    l: &Head,
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
    merge_here_too(tx, file, l, &ids, summary)?;
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
    // A learner a teacher merged into another here: the file's name and group are theirs
    // from before the merge, so they change nothing, and the progress goes to the one kept.
    let merged_away = learners::merged_into(tx, &l.id)?.is_some();
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
        Some(here) if merged_away => {
            summary.notes.push(tr!(
                "import-note-merged",
                file = shown(file),
                old = names::label(&name, group.as_deref()),
                kept = names::label(&here.name, here.group.as_deref())
            ));
            widen_dates(tx, &here.id, l.created, l.last_seen)?;
            summary.learners_merged += 1;
            here.id
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
            // When only the spelling differs (capitals, spaces), a spelling from a rename
            // still wins by being newest, but between two learners added separately (a
            // teacher's "Ali Khan", a pupil's own "ali khan") the earliest spelling is kept.
            let incoming_wins = if name_key == here.name_key {
                spelling_rank(l.created, l.name_set, &name, group.as_deref())
                    > spelling_rank(
                        here.created,
                        here.name_set,
                        &here.name,
                        here.group.as_deref(),
                    )
            } else {
                (l.name_set, name.as_str()) > (here.name_set, here.name.as_str())
            };
            if !incoming_wins
                && name_key == here.name_key
                && (name != here.name || group != here.group)
            {
                summary.notes.push(tr!(
                    "import-note-kept-spelling",
                    kept = names::label(&here.name, here.group.as_deref()),
                    had = names::label(&name, group.as_deref())
                ));
            }
            if incoming_wins {
                if name_key != here.name_key {
                    if let Some(other) = learners::by_key(tx, &name_key, &group_key)? {
                        return Err(conflict(tr!(
                            "import-conflict-rename",
                            who = names::who(&here.name, group.as_deref()),
                            name = for_terminal(&name),
                            other = for_terminal(&other.name)
                        )));
                    }
                    summary.notes.push(tr!(
                        "import-note-renamed",
                        old = for_terminal(&here.name),
                        name = for_terminal(&name)
                    ));
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
                    current = for_terminal(&here.name),
                    name = for_terminal(&name)
                ));
            }
            widen_dates(tx, &here.id, l.created, l.last_seen)?;
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
    Ok(id)
}

/// A learner known on both computers: the earliest start and the latest visit of the two.
fn widen_dates(conn: &Connection, id: &str, created: i64, last_seen: i64) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE learners SET created = min(created, ?2), last_seen = max(last_seen, ?3)
         WHERE id = ?1",
        params![id, created, last_seen],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::store::exchange::{ExportAttempt, ExportFile, ExportLearner, ImportError};
    use crate::store::{Store, StoreError, TestRecord};
    use std::path::PathBuf;

    fn attempt(id: &str, code: &str) -> ExportAttempt {
        ExportAttempt {
            id: id.into(),
            machine: "pc1".into(),
            at: 1_741_942_860_000,
            pack: "good".into(),
            pack_version: "1.0.0".into(),
            exercise: "greet".into(),
            code: code.into(),
            tests: vec![TestRecord {
                id: "t1".into(),
                status: "failed".into(),
                points: 0,
                max_points: 2,
                detail: None,
            }],
            score: 0,
            max_score: 2,
            passed: false,
            duration_ms: 250,
            time_spent_ms: 0,
        }
    }

    fn learner(id: &str, name: &str, attempts: Vec<ExportAttempt>) -> ExportLearner {
        ExportLearner {
            id: id.into(),
            also_known_as: vec![],
            merged: vec![],
            name: name.into(),
            group: Some("7B".into()),
            created: 1_741_942_800_000,
            last_seen: 1_741_942_800_000,
            name_set: 1_741_942_800_000,
            settings: vec![],
            attempts,
            events: vec![],
        }
    }

    fn file(name: &str, learners: Vec<ExportLearner>) -> (PathBuf, ExportFile) {
        (
            PathBuf::from(name),
            ExportFile::new("pc1", 1_741_950_000_000, learners),
        )
    }

    fn problems(err: StoreError) -> Vec<String> {
        match err {
            StoreError::Import(ImportError::Problems { problems, .. }) => {
                problems.into_iter().map(|p| p.text).collect()
            }
            other => panic!("{other}"),
        }
    }

    /// The teacher added "Ali Khan" in 9A; the pupil added themselves later on a lab PC as
    /// "ali khan" in "9a". The teacher's (earliest) spelling stays, whatever the order of
    /// files, and the import says what it did not change.
    #[test]
    fn the_earliest_spelling_of_a_name_is_kept_and_the_change_reported() {
        let teacher = || {
            let mut l = learner("t1", "Ali Khan", vec![attempt("x", "print(1)")]);
            l.group = Some("9A".into());
            l
        };
        let pupil = || {
            let mut l = learner("p1", "ali khan", vec![attempt("y", "print(2)")]);
            l.group = Some("9a".into());
            l.created += 60_000;
            l.last_seen = l.created;
            l.name_set = l.created;
            l
        };
        for (teacher_first, order) in [(true, [teacher(), pupil()]), (false, [pupil(), teacher()])]
        {
            let mut store = Store::open_in_memory().unwrap();
            let [first, second] = order;
            store.import(&[file("first.json", vec![first])]).unwrap();
            let s = store.import(&[file("second.json", vec![second])]).unwrap();
            let all = store.learners().unwrap();
            assert_eq!(all.len(), 1);
            assert_eq!(
                (all[0].name.as_str(), all[0].group.as_deref()),
                ("Ali Khan", Some("9A"))
            );
            assert_eq!(
                store.progress(&all[0].id, "good").unwrap()["greet"].attempts,
                2
            );
            if teacher_first {
                assert_eq!(
                    s.notes,
                    ["kept \"Ali Khan (9A)\"; the file had \"ali khan (9a)\"."]
                );
            }
        }
        // A rename is still a rename: the newest wins, even if only the capitals changed.
        let mut store = Store::open_in_memory().unwrap();
        store.import(&[file("t.json", vec![teacher()])]).unwrap();
        let mut renamed = teacher();
        renamed.name = "ALI KHAN".into();
        renamed.name_set += 1_000;
        let s = store.import(&[file("r.json", vec![renamed])]).unwrap();
        assert!(s.notes.is_empty(), "{:?}", s.notes);
        assert_eq!(store.learners().unwrap()[0].name, "ALI KHAN");
    }

    #[test]
    fn the_same_attempt_again_is_known_and_a_different_one_is_refused() {
        let mut store = Store::open_in_memory().unwrap();
        let ada = |code: &str| learner("a1", "Ada", vec![attempt("x", code)]);
        let s = store
            .import(&[file("one.json", vec![ada("print(1)")])])
            .unwrap();
        assert_eq!((s.attempts_added, s.attempts_known), (1, 0));
        let s = store
            .import(&[file("again.json", vec![ada("print(1)")])])
            .unwrap();
        assert_eq!((s.attempts_added, s.attempts_known), (0, 1));
        let before = store.export(crate::store::Selection::All).unwrap().learners;
        let err = store
            .import(&[file("other.json", vec![ada("print(2)")])])
            .unwrap_err();
        assert_eq!(
            problems(err),
            [
                "learner 1 (\"Ada\"), attempt \"x\": Slate already has a different attempt with this id (on this computer, or earlier in the files)"
            ]
        );
        assert_eq!(
            store.export(crate::store::Selection::All).unwrap().learners,
            before
        );
    }

    #[test]
    fn an_attempt_under_another_learner_is_refused_even_in_another_file() {
        let mut store = Store::open_in_memory().unwrap();
        let err = store
            .import(&[
                file(
                    "pc1.json",
                    vec![learner("a1", "Ada", vec![attempt("x", "print(1)")])],
                ),
                file(
                    "pc2.json",
                    vec![learner("b1", "Bea", vec![attempt("x", "print(1)")])],
                ),
            ])
            .unwrap_err();
        assert_eq!(
            problems(err),
            [
                "learner 1 (\"Bea\"), attempt \"x\": it belongs to \"Ada\" in group 7B (on this computer, or earlier in the files), so it cannot be this learner's too"
            ]
        );
        assert!(store.learners().unwrap().is_empty(), "nothing half-way");
    }

    /// The same person added on two computers is one learner here, so an attempt of theirs
    /// listed under either id is theirs.
    #[test]
    fn a_merged_learners_attempt_is_theirs_under_either_id() {
        let mut store = Store::open_in_memory().unwrap();
        let s = store
            .import(&[
                file(
                    "pc1.json",
                    vec![learner("a1", "Ada", vec![attempt("x", "print(1)")])],
                ),
                file(
                    "pc2.json",
                    vec![learner("a2", " ada ", vec![attempt("x", "print(1)")])],
                ),
            ])
            .unwrap();
        assert_eq!((s.learners_added, s.learners_merged), (1, 1));
        assert_eq!((s.attempts_added, s.attempts_known), (1, 1));
    }
}
