//! Learners: adding, finding, renaming, moving, merging ([`merge`]) and forgetting them.
//!
//! A learner has a random id that never changes, a display name and an optional group. Names
//! are unique within a group by their key ([`super::names::key`]). Forgetting a learner deletes
//! every row about them in one transaction (attempts, events, settings, aliases cascade), with
//! SQLite's `secure_delete` on so the words do not linger in free pages, and then empties the
//! write-ahead log.

mod merge;

pub(crate) use merge::{merge_in, merged_into};

use rusqlite::{Connection, OptionalExtension, Row, params};
use serde::Serialize;

use super::{Store, StoreError, names, new_id, now_ms};

/// A learner on this computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Learner {
    /// A UUID, the same on every computer the learner's progress is merged into.
    pub id: String,
    pub name: String,
    pub group: Option<String>,
    /// When the learner was added (unix milliseconds).
    pub created: i64,
    /// When the learner last did something (unix milliseconds).
    pub last_seen: i64,
}

pub(super) const COLUMNS: &str = "id, name, grp, created, last_seen";

pub(super) fn from_row(r: &Row<'_>) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: r.get(0)?,
        name: r.get(1)?,
        group: r.get(2)?,
        created: r.get(3)?,
        last_seen: r.get(4)?,
    })
}

/// The learner with this name key in this group, if any.
pub(super) fn by_key(
    conn: &Connection,
    name_key: &str,
    group_key: &str,
) -> rusqlite::Result<Option<Learner>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM learners WHERE group_key = ?1 AND name_key = ?2"),
        params![group_key, name_key],
        from_row,
    )
    .optional()
}

/// Fails when someone other than `except` already has this name in this group.
pub(super) fn refuse_taken(
    conn: &Connection,
    name_key: &str,
    group_key: &str,
    except: Option<&str>,
) -> Result<(), StoreError> {
    match by_key(conn, name_key, group_key)?.filter(|o| Some(o.id.as_str()) != except) {
        Some(other) => Err(StoreError::LearnerExists {
            name: other.name,
            group: other.group,
        }),
        None => Ok(()),
    }
}

/// Adds a new learner row, created and last seen `now`.
pub(super) fn insert_new(
    conn: &Connection,
    name: String,
    group: Option<String>,
    name_key: &str,
    group_key: &str,
    now: i64,
) -> Result<Learner, StoreError> {
    let learner = Learner {
        id: new_id(),
        name,
        group,
        created: now,
        last_seen: now,
    };
    conn.execute(
        "INSERT INTO learners (id, name, name_key, grp, group_key, created, last_seen, name_set)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?6)",
        params![
            learner.id,
            learner.name,
            name_key,
            learner.group,
            group_key,
            now
        ],
    )?;
    Ok(learner)
}

/// Deletes a learner and every row about them (the rest cascades); whether they were here.
pub(super) fn delete(conn: &Connection, id: &str) -> rusqlite::Result<bool> {
    let n = conn.execute("DELETE FROM learners WHERE id = ?1", [id])?;
    conn.execute(
        "DELETE FROM meta WHERE key = 'last_learner' AND value = ?1",
        [id],
    )?;
    Ok(n > 0)
}

pub(super) fn by_id(conn: &Connection, id: &str) -> rusqlite::Result<Option<Learner>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM learners WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()
}

/// Every learner, sorted by name then group; only those of `group` when given.
pub(super) fn all(conn: &Connection, group: Option<&str>) -> rusqlite::Result<Vec<Learner>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT {COLUMNS} FROM learners WHERE ?1 IS NULL OR group_key = ?1
         ORDER BY name_key, group_key, id"
    ))?;
    let rows = stmt.query_map([group.map(names::key)], from_row)?;
    Ok(sorted(rows.collect::<rusqlite::Result<Vec<_>>>()?))
}

/// Learners in the order every list shows them: by name as people read it ("Émile" among
/// the Es), then group, then id.
pub fn sorted(mut learners: Vec<Learner>) -> Vec<Learner> {
    learners.sort_by_cached_key(|l| {
        (
            names::sort_key(&l.name),
            names::key(&l.name),
            names::key(l.group.as_deref().unwrap_or("")),
            l.id.clone(),
        )
    });
    learners
}

impl Store {
    /// Adds a learner. Fails if the same name (ignoring case and spaces) is in that group.
    pub fn add_learner(&mut self, name: &str, group: Option<&str>) -> Result<Learner, StoreError> {
        let name = names::name(name)?;
        let group = names::group(group)?;
        let (name_key, group_key) = (
            names::key(&name),
            names::key(group.as_deref().unwrap_or("")),
        );
        self.write(|tx| {
            refuse_taken(tx, &name_key, &group_key, None)?;
            insert_new(tx, name, group, &name_key, &group_key, now_ms())
        })
    }

    /// Finds a learner by name in a group (no group: learners without one), ignoring case and
    /// spaces.
    pub fn find_learner(
        &self,
        name: &str,
        group: Option<&str>,
    ) -> Result<Option<Learner>, StoreError> {
        self.read(|c| {
            Ok(by_key(
                c,
                &names::key(name),
                &names::key(group.unwrap_or("")),
            )?)
        })
    }

    /// Like [`Store::find_learner`], but a learner who is not there is an error that says how
    /// to add them.
    ///
    /// Without a group, a learner who is in a group is found too when they are the only one
    /// with that name (a teacher should not have to remember every pupil's class); when
    /// several groups have someone of that name, the error lists the groups to choose from.
    pub fn require_learner(&self, name: &str, group: Option<&str>) -> Result<Learner, StoreError> {
        if let Some(learner) = self.find_learner(name, group)? {
            return Ok(learner);
        }
        if group.is_none() {
            let key = names::key(name);
            let mut same_name: Vec<Learner> = self
                .learners()?
                .into_iter()
                .filter(|l| names::key(&l.name) == key)
                .collect();
            if same_name.len() == 1 {
                return Ok(same_name.remove(0));
            }
            if same_name.len() > 1 {
                return Err(StoreError::WhichGroup {
                    name: same_name[0].name.clone(),
                    groups: same_name.into_iter().filter_map(|l| l.group).collect(),
                });
            }
        }
        Err(StoreError::NoSuchLearner {
            name: names::tidy(name),
            group: group.map(names::tidy).filter(|g| !g.is_empty()),
        })
    }

    /// The learner with this id.
    pub fn learner(&self, id: &str) -> Result<Option<Learner>, StoreError> {
        self.read(|c| Ok(by_id(c, id)?))
    }

    /// Every learner on this computer, sorted by name.
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        self.read(|c| Ok(all(c, None)?))
    }

    /// The learners of one group, sorted by name.
    pub fn learners_in(&self, group: Option<&str>) -> Result<Vec<Learner>, StoreError> {
        self.read(|c| Ok(all(c, group)?))
    }

    /// Gives a learner a new name (their group stays). Fails if someone else in the group has
    /// that name already.
    pub fn rename_learner(&mut self, id: &str, new_name: &str) -> Result<Learner, StoreError> {
        let name = names::name(new_name)?;
        let name_key = names::key(&name);
        self.write(|tx| {
            let Some(mut learner) = by_id(tx, id)? else {
                return Err(StoreError::UnknownLearnerId(id.to_owned()));
            };
            let group_key = names::key(learner.group.as_deref().unwrap_or(""));
            refuse_taken(tx, &name_key, &group_key, Some(id))?;
            tx.execute(
                "UPDATE learners SET name = ?2, name_key = ?3, name_set = ?4 WHERE id = ?1",
                params![id, name, name_key, now_ms()],
            )?;
            learner.name = name;
            Ok(learner)
        })
    }

    /// Moves a learner into another group (`None`: no group); their name and progress stay.
    /// Fails if the new group already has someone of that name. The move counts as setting
    /// the name, so it wins when progress is merged on another computer.
    pub fn move_learner(&mut self, id: &str, group: Option<&str>) -> Result<Learner, StoreError> {
        let group = names::group(group)?;
        let group_key = names::key(group.as_deref().unwrap_or(""));
        self.write(|tx| {
            let Some(mut learner) = by_id(tx, id)? else {
                return Err(StoreError::UnknownLearnerId(id.to_owned()));
            };
            let name_key = names::key(&learner.name);
            refuse_taken(tx, &name_key, &group_key, Some(id))?;
            tx.execute(
                "UPDATE learners SET grp = ?2, group_key = ?3, name_set = ?4 WHERE id = ?1",
                params![id, group, group_key, now_ms()],
            )?;
            learner.group = group;
            Ok(learner)
        })
    }

    /// Deletes everything Slate keeps about a learner. This cannot be undone.
    pub fn forget_learner(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            if !delete(tx, id)? {
                return Err(StoreError::UnknownLearnerId(id.to_owned()));
            }
            Ok(())
        })?;
        self.empty_log();
        Ok(())
    }

    /// Old copies of deleted rows may still be in the write-ahead log: empties it. If
    /// another window is reading, this does what it can; the log is emptied on a later
    /// forget or when the last window closes.
    pub(super) fn empty_log(&self) {
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }

    /// Marks the learner as seen now.
    pub fn touch_learner(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx| touch(tx, id, now_ms()))
    }

    /// The id of the learner who last used this computer, for the sign-in screen.
    pub fn last_learner(&self) -> Result<Option<String>, StoreError> {
        self.read(|c| {
            Ok(c.query_row(
                "SELECT m.value FROM meta m JOIN learners l ON l.id = m.value
                 WHERE m.key = 'last_learner'",
                [],
                |r| r.get(0),
            )
            .optional()?)
        })
    }

    pub fn set_last_learner(&mut self, id: &str) -> Result<(), StoreError> {
        self.write(|tx| {
            if by_id(tx, id)?.is_none() {
                return Err(StoreError::UnknownLearnerId(id.to_owned()));
            }
            tx.execute(
                "INSERT INTO meta (key, value) VALUES ('last_learner', ?1)
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [id],
            )?;
            Ok(())
        })
    }
}

/// Sets last seen to `at` (never backwards); an unknown id is an error.
pub(super) fn touch(conn: &Connection, id: &str, at: i64) -> Result<(), StoreError> {
    let n = conn.execute(
        "UPDATE learners SET last_seen = max(last_seen, ?2) WHERE id = ?1",
        params![id, at],
    )?;
    if n == 0 {
        return Err(StoreError::UnknownLearnerId(id.to_owned()));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_within_a_group_ignoring_case_and_spaces() {
        let mut s = Store::open_in_memory().unwrap();
        let ada = s.add_learner("Ada Lovelace", Some("7B")).unwrap();
        let err = s.add_learner("  ada   LOVELACE ", Some("7b")).unwrap_err();
        assert!(matches!(err, StoreError::LearnerExists { .. }));
        assert!(
            err.to_string().contains("\"Ada Lovelace\" in group 7B"),
            "{err}"
        );
        // Another group, or no group, is another learner.
        s.add_learner("Ada Lovelace", Some("7C")).unwrap();
        s.add_learner("Ada Lovelace", None).unwrap();
        let found = s
            .find_learner("ADA lovelace", Some(" 7b "))
            .unwrap()
            .unwrap();
        assert_eq!(found, ada);
        assert_eq!(s.learner(&ada.id).unwrap().unwrap(), ada);
        assert_eq!(s.learners().unwrap().len(), 3);
        assert_eq!(s.learners_in(Some("7b")).unwrap().len(), 1);
    }

    #[test]
    fn without_a_group_the_only_learner_of_that_name_is_found_in_any_group() {
        let mut s = Store::open_in_memory().unwrap();
        let ana = s.add_learner("Ana Silva", Some("7B")).unwrap();
        assert_eq!(s.require_learner(" ANA  silva", None).unwrap(), ana);
        // A group that is given must match.
        let err = s.require_learner("Ana Silva", Some("8C")).unwrap_err();
        assert!(matches!(err, StoreError::NoSuchLearner { .. }), "{err}");
        // Two groups with an Ana Silva: which one?
        s.add_learner("Ana Silva", Some("8C")).unwrap();
        let err = s.require_learner("ana silva", None).unwrap_err();
        assert_eq!(
            err.to_string(),
            "2 learners are called Ana Silva, in groups 7B, 8C. \
             Add the group, for example \"Ana Silva\" --group \"7B\"."
        );
        // A learner with no group is who "no group" means.
        let plain = s.add_learner("Ana Silva", None).unwrap();
        assert_eq!(s.require_learner("Ana Silva", None).unwrap(), plain);
        assert!(s.require_learner("Nobody", None).is_err());
    }

    #[test]
    fn learners_are_sorted_by_name() {
        let mut s = Store::open_in_memory().unwrap();
        for n in ["zoe", "Bea", "amir"] {
            s.add_learner(n, None).unwrap();
        }
        let names: Vec<_> = s.learners().unwrap().into_iter().map(|l| l.name).collect();
        assert_eq!(names, ["amir", "Bea", "zoe"]);
    }

    #[test]
    fn renaming_keeps_the_id_and_refuses_a_taken_name() {
        let mut s = Store::open_in_memory().unwrap();
        let ada = s.add_learner("ada", Some("7B")).unwrap();
        s.add_learner("Grace", Some("7B")).unwrap();
        let renamed = s.rename_learner(&ada.id, "Ada Lovelace").unwrap();
        assert_eq!(renamed.id, ada.id);
        assert_eq!(renamed.name, "Ada Lovelace");
        assert!(s.find_learner("ada", Some("7B")).unwrap().is_none());
        let err = s.rename_learner(&ada.id, "grace").unwrap_err();
        assert!(matches!(err, StoreError::LearnerExists { .. }));
        // Changing only the capitals is fine.
        s.rename_learner(&ada.id, "ADA LOVELACE").unwrap();
    }

    #[test]
    fn moving_changes_the_group_and_keeps_the_progress() {
        let mut s = Store::open_in_memory().unwrap();
        let ada = s.add_learner("Ada", Some("7B")).unwrap();
        s.record_attempt(&crate::store::activity::tests::attempt(&ada.id, "e"))
            .unwrap();
        let moved = s.move_learner(&ada.id, Some(" 8 C ")).unwrap();
        assert_eq!(moved.group.as_deref(), Some("8 C"));
        assert_eq!(
            s.find_learner("ada", Some("8  c")).unwrap().unwrap().id,
            ada.id
        );
        assert!(s.find_learner("ada", Some("7B")).unwrap().is_none());
        assert_eq!(s.progress(&ada.id, "p").unwrap().len(), 1, "progress stays");
        s.add_learner("Ada", Some("9D")).unwrap();
        assert!(matches!(
            s.move_learner(&ada.id, Some("9d")),
            Err(StoreError::LearnerExists { .. })
        ));
        assert_eq!(s.move_learner(&ada.id, None).unwrap().group, None);
    }

    #[test]
    fn forgetting_deletes_everything_about_the_learner() {
        let mut s = Store::open_in_memory().unwrap();
        let ada = s.add_learner("Ada", None).unwrap();
        let bob = s.add_learner("Bob", None).unwrap();
        for who in [&ada.id, &bob.id] {
            s.record_attempt(&crate::store::activity::tests::attempt(who, "e"))
                .unwrap();
            s.record_hint(who, "p", "e", 0).unwrap();
            s.record_page_read(who, "p", "l", 0).unwrap();
            s.set_setting(who, "theme", "dark").unwrap();
        }
        s.set_last_learner(&ada.id).unwrap();
        s.forget_learner(&ada.id).unwrap();
        assert!(s.learner(&ada.id).unwrap().is_none());
        assert_eq!(s.last_learner().unwrap(), None);
        for table in ["attempts", "events", "settings", "learner_aliases"] {
            let n: i64 = s
                .conn
                .query_row(
                    &format!("SELECT count(*) FROM {table} WHERE learner = ?1"),
                    [&ada.id],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 0, "{table}");
        }
        assert_eq!(s.progress(&bob.id, "p").unwrap().len(), 1, "Bob keeps his");
        assert!(matches!(
            s.forget_learner(&ada.id),
            Err(StoreError::UnknownLearnerId(_))
        ));
    }

    #[test]
    fn the_last_learner_is_remembered() {
        let mut s = Store::open_in_memory().unwrap();
        assert_eq!(s.last_learner().unwrap(), None);
        let ada = s.add_learner("Ada", None).unwrap();
        s.set_last_learner(&ada.id).unwrap();
        assert_eq!(s.last_learner().unwrap(), Some(ada.id.clone()));
        assert!(s.set_last_learner("nobody").is_err());
        s.touch_learner(&ada.id).unwrap();
        assert!(s.learner(&ada.id).unwrap().unwrap().last_seen >= ada.last_seen);
    }
}
