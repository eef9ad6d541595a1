//! Merging two records of one pupil (`slate learner merge`): "Siân Hughes" added on one PC
//! and "Sian Hughes" on another, say.
//!
//! Everything of the learner merged away moves to the one kept, in one transaction: attempts
//! (all kept), hints, solutions and pages (the earliest first and latest last time), settings
//! (the newest), and the ids they had, which become the kept learner's `also_known_as`. The
//! merge itself is recorded in `merges`, by the global ids, so an old export file that still
//! has the merged-away learner adds its progress to the kept learner and never brings the
//! duplicate back (`exchange::merge` reads it).

use rusqlite::{Connection, OptionalExtension, params};

use super::{Learner, by_id};
use crate::store::{Store, StoreError, now_ms};

/// Whether `id` is a learner a teacher merged into another on this computer.
pub(crate) fn merged_into(conn: &Connection, id: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT into_id FROM merges WHERE merged = ?1", [id], |r| {
        r.get(0)
    })
    .optional()
}

/// Moves everything of learner `gone` to learner `into` and deletes `gone`, inside the
/// caller's transaction; records the merge. Returns how many attempts moved.
pub(crate) fn merge_in(tx: &Connection, gone: &Learner, into: &str) -> Result<usize, StoreError> {
    let from = gone.id.as_str();
    let moved = tx.execute(
        "UPDATE attempts SET learner = ?2 WHERE learner = ?1",
        params![from, into],
    )?;
    tx.execute(
        "INSERT INTO events (learner, kind, pack, item, idx, first_at, last_at)
         SELECT ?2, kind, pack, item, idx, first_at, last_at FROM events WHERE learner = ?1
         ON CONFLICT (learner, kind, pack, item, idx) DO UPDATE SET
             first_at = min(first_at, excluded.first_at),
             last_at = max(last_at, excluded.last_at)",
        params![from, into],
    )?;
    tx.execute(
        "INSERT INTO settings (learner, key, value, updated)
         SELECT ?2, key, value, updated FROM settings WHERE learner = ?1 AND true
         ON CONFLICT (learner, key) DO UPDATE SET
             value = excluded.value, updated = excluded.updated
         WHERE (excluded.updated, excluded.value) > (settings.updated, settings.value)",
        params![from, into],
    )?;
    tx.execute(
        "UPDATE learner_aliases SET learner = ?2 WHERE learner = ?1",
        params![from, into],
    )?;
    tx.execute(
        "INSERT OR IGNORE INTO learner_aliases (alias, learner) VALUES (?1, ?2)",
        params![from, into],
    )?;
    tx.execute(
        "UPDATE merges SET into_id = ?2 WHERE into_id = ?1",
        params![from, into],
    )?;
    tx.execute(
        "INSERT OR REPLACE INTO merges (merged, into_id, at) VALUES (?1, ?2, ?3)",
        params![from, into, now_ms()],
    )?;
    tx.execute(
        "UPDATE learners SET created = min(created, ?2), last_seen = max(last_seen, ?3)
         WHERE id = ?1",
        params![into, gone.created, gone.last_seen],
    )?;
    tx.execute(
        "UPDATE meta SET value = ?2 WHERE key = 'last_learner' AND value = ?1",
        params![from, into],
    )?;
    tx.execute("DELETE FROM learners WHERE id = ?1", [from])?;
    Ok(moved)
}

impl Store {
    /// Joins learner `from` into learner `into`, keeping all of both's progress; `from` is
    /// no more. Returns the learner kept, and how many attempts moved.
    pub fn merge_learners(
        &mut self,
        from: &str,
        into: &str,
    ) -> Result<(Learner, usize), StoreError> {
        self.write(|tx| {
            let (Some(gone), Some(kept)) = (by_id(tx, from)?, by_id(tx, into)?) else {
                let missing = if by_id(tx, from)?.is_none() {
                    from
                } else {
                    into
                };
                return Err(StoreError::UnknownLearnerId(missing.to_owned()));
            };
            if gone.id == kept.id {
                return Err(StoreError::MergeIntoSelf {
                    name: kept.name,
                    group: kept.group,
                });
            }
            let moved = merge_in(tx, &gone, into)?;
            let kept = by_id(tx, into)?.expect("the kept learner is still here");
            Ok((kept, moved))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::store::activity::tests::attempt;
    use crate::store::{Selection, Store, StoreError};

    #[test]
    fn merging_keeps_every_attempt_hint_and_setting() {
        let mut s = Store::open_in_memory().unwrap();
        let a = s.add_learner("Siân Hughes", Some("9A")).unwrap();
        let b = s.add_learner("Sian Hughes", Some("9A")).unwrap();
        s.record_attempt(&attempt(&a.id, "e")).unwrap();
        s.record_attempt(&attempt(&a.id, "f")).unwrap();
        s.record_attempt(&attempt(&b.id, "e")).unwrap();
        s.record_hint(&a.id, "p", "e", 0).unwrap();
        s.record_hint(&b.id, "p", "e", 0).unwrap();
        s.set_setting(&a.id, "theme", "dark").unwrap();
        s.set_last_learner(&a.id).unwrap();
        let (kept, moved) = s.merge_learners(&a.id, &b.id).unwrap();
        assert_eq!((kept.id.as_str(), moved), (b.id.as_str(), 2));
        assert!(s.learner(&a.id).unwrap().is_none());
        let p = s.progress(&b.id, "p").unwrap();
        assert_eq!(p["e"].attempts, 2);
        assert_eq!(p["f"].attempts, 1);
        assert_eq!(s.setting(&b.id, "theme").unwrap().as_deref(), Some("dark"));
        assert_eq!(s.last_learner().unwrap(), Some(b.id.clone()));
        let file = s.export(Selection::All).unwrap();
        assert_eq!(file.learners.len(), 1);
        assert_eq!(file.learners[0].also_known_as, std::slice::from_ref(&a.id));
        assert!(matches!(
            s.merge_learners(&b.id, &b.id),
            Err(StoreError::MergeIntoSelf { .. })
        ));
    }

    /// The teacher merges on one computer; another that has both records takes the merge
    /// from the next export, instead of refusing it as "two learners here are one person".
    #[test]
    fn a_merge_reaches_another_computer_that_has_both() {
        let path = |n: &str| std::path::PathBuf::from(n);
        let mut pc1 = Store::open_in_memory().unwrap();
        let a = pc1.add_learner("Siân Hughes", Some("9A")).unwrap();
        let b = pc1.add_learner("Sian Hughes", Some("9A")).unwrap();
        pc1.record_attempt(&attempt(&a.id, "e")).unwrap();
        pc1.record_attempt(&attempt(&b.id, "e")).unwrap();
        let before = pc1.export(Selection::All).unwrap();
        let mut pc2 = Store::open_in_memory().unwrap();
        pc2.import(&[(path("before.json"), before.clone())])
            .unwrap();
        assert_eq!(pc2.learners().unwrap().len(), 2);

        pc1.merge_learners(&a.id, &b.id).unwrap();
        let after = pc1.export(Selection::All).unwrap();
        assert_eq!(after.learners[0].merged, std::slice::from_ref(&a.id));
        let s = pc2.import(&[(path("after.json"), after.clone())]).unwrap();
        assert!(
            s.notes.iter().any(|n| n.contains("merged them here too")),
            "{:?}",
            s.notes
        );
        for store in [&mut pc1, &mut pc2] {
            store
                .import(&[(path("before.json"), before.clone())])
                .unwrap();
            store
                .import(&[(path("after.json"), after.clone())])
                .unwrap();
            let all = store.learners().unwrap();
            assert_eq!(all.len(), 1, "stays merged");
            assert_eq!(all[0].id, b.id);
            assert_eq!(store.progress(&b.id, "p").unwrap()["e"].attempts, 2);
        }
    }

    /// An export from before the merge still has "Siân Hughes" under her old id: importing
    /// it adds her progress to the learner kept, and she does not come back.
    #[test]
    fn an_old_export_does_not_bring_a_merged_learner_back() {
        let mut s = Store::open_in_memory().unwrap();
        let a = s.add_learner("Siân Hughes", Some("9B")).unwrap();
        let b = s.add_learner("Sian Hughes", Some("9A")).unwrap();
        s.record_attempt(&attempt(&a.id, "e")).unwrap();
        let mut old = s.export(Selection::Learner(&a.id)).unwrap();
        s.merge_learners(&a.id, &b.id).unwrap();
        // The pupil carried on on another PC before the merge reached it.
        let mut more = old.learners[0].attempts[0].clone();
        more.id = "later-attempt".into();
        old.learners[0].attempts.push(more);
        old.learners[0].name_set += 1;
        let old = crate::store::ExportFile::new(&old.machine, old.exported_at, old.learners);
        let summary = s
            .import(&[(std::path::PathBuf::from("old.json"), old)])
            .unwrap();
        let all = s.learners().unwrap();
        assert_eq!(all.len(), 1, "no duplicate");
        assert_eq!(
            (all[0].name.as_str(), all[0].group.as_deref()),
            ("Sian Hughes", Some("9A"))
        );
        assert_eq!(s.progress(&b.id, "p").unwrap()["e"].attempts, 2);
        assert!(
            summary.notes.iter().any(|n| n.contains("merged into")),
            "{:?}",
            summary.notes
        );
    }
}
