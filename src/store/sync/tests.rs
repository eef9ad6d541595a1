use super::*;
use crate::store::NewAttempt;

fn attempt(learner: &str, exercise: &str, passed: bool) -> NewAttempt {
    NewAttempt {
        learner: learner.into(),
        pack: "p".into(),
        pack_version: "1.0.0".into(),
        exercise: exercise.into(),
        code: "print(1)".into(),
        tests: vec![],
        score: u32::from(passed),
        max_score: 1,
        passed,
        duration_ms: 5,
        time_spent_ms: 1000,
    }
}

fn kinds(batch: &Batch) -> Vec<&'static str> {
    batch
        .changes
        .iter()
        .map(|c| match c {
            Change::Learner(_) => "learner",
            Change::Attempt { .. } => "attempt",
            Change::Event(_) => "event",
            Change::Setting(_) => "setting",
            Change::Code(_) => "code",
        })
        .collect()
}

#[test]
fn every_change_waits_in_the_outbox_until_sent() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", Some("7B")).unwrap();
    s.record_attempt(&attempt(&ada.id, "hello", true)).unwrap();
    s.record_hint(&ada.id, "p", "hello", 0).unwrap();
    s.set_setting(&ada.id, "theme", "dark").unwrap();
    s.record_code(&ada.id, "p", "hello", "print(2)").unwrap();
    s.record_code(&ada.id, "p", "hello", "print(2)").unwrap();
    assert_eq!(
        s.outbox_len().unwrap(),
        5,
        "the same code twice is one change"
    );
    let batch = s.outbox_batch(100).unwrap();
    // An attempt marks the learner as seen, which moves their change after it; the batch
    // still names every learner its changes are about, for the server to know them first.
    assert_eq!(
        kinds(&batch),
        ["attempt", "learner", "event", "setting", "code"]
    );
    assert_eq!(batch.learners.len(), 1);
    assert_eq!(batch.learners[0].id, ada.id);
    s.outbox_sent(&batch).unwrap();
    assert_eq!(s.outbox_len().unwrap(), 0);
}

#[test]
fn a_change_made_while_a_batch_is_on_its_way_is_sent_again() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap();
    s.record_code(&ada.id, "p", "hello", "print(1)").unwrap();
    let batch = s.outbox_batch(100).unwrap();
    s.record_code(&ada.id, "p", "hello", "print(2)").unwrap();
    s.outbox_sent(&batch).unwrap();
    let again = s.outbox_batch(100).unwrap();
    assert_eq!(kinds(&again), ["code"]);
    let Change::Code(v) = &again.changes[0] else {
        unreachable!()
    };
    assert_eq!(v.code, "print(2)");
}

#[test]
fn pulled_rows_are_not_sent_back_and_pulling_twice_changes_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let pulled = Pulled {
        learners: vec![LearnerRow {
            id: "l1".into(),
            name: "Bea".into(),
            group: Some("7B".into()),
            created: 1,
            last_seen: 2,
            name_set: 1,
        }],
        attempts: vec![(
            "l1".into(),
            AttemptRecord {
                id: "a1".into(),
                machine: "m".into(),
                at: 5,
                pack: "p".into(),
                pack_version: "1".into(),
                exercise: "hello".into(),
                code: "x".into(),
                tests: vec![],
                score: 1,
                max_score: 1,
                passed: true,
                duration_ms: 1,
                time_spent_ms: 1,
            },
        )],
        events: vec![],
        settings: vec![SettingRow {
            learner: "l1".into(),
            key: "theme".into(),
            value: "dark".into(),
            updated: 3,
        }],
        code: vec![],
    };
    assert_eq!(s.take_pulled(&pulled, &[]).unwrap(), 1);
    assert_eq!(s.take_pulled(&pulled, &[]).unwrap(), 0);
    assert_eq!(s.outbox_len().unwrap(), 0);
    assert_eq!(s.setting("l1", "theme").unwrap().as_deref(), Some("dark"));
    assert_eq!(s.progress("l1", "p").unwrap().len(), 1);
}

#[test]
fn a_pulled_learner_with_a_name_already_here_becomes_an_alias() {
    let mut s = Store::open_in_memory().unwrap();
    let here = s.add_learner("Bea", Some("7B")).unwrap();
    let pulled = Pulled {
        learners: vec![LearnerRow {
            id: "other".into(),
            name: "bea".into(),
            group: Some("7b".into()),
            created: 1,
            last_seen: 2,
            name_set: 1,
        }],
        settings: vec![SettingRow {
            learner: "other".into(),
            key: "theme".into(),
            value: "dark".into(),
            updated: 3,
        }],
        ..Pulled::default()
    };
    s.take_pulled(&pulled, &[]).unwrap();
    assert_eq!(s.learners().unwrap().len(), 1);
    assert_eq!(
        s.setting(&here.id, "theme").unwrap().as_deref(),
        Some("dark")
    );
}

fn version(id: &str, code: &str, saved_at: i64, learner: &str) -> CodeVersion {
    CodeVersion {
        learner: learner.into(),
        pack: "p".into(),
        exercise: "e".into(),
        id: id.into(),
        code: code.into(),
        saved_at,
        machine: "pc2".into(),
        base: None,
    }
}

#[test]
fn code_changed_on_two_computers_keeps_the_newer_and_tells_the_learner_once() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap();
    // Nothing here yet: the server's code is simply taken.
    let first = version("v1", "print(1)", 10, &ada.id);
    let pulled = Pulled {
        code: vec![first.clone()],
        ..Pulled::default()
    };
    let choices = s.code_choices(&pulled).unwrap();
    assert_eq!(choices, [CodeChoice::Take(first.clone())]);
    s.take_pulled(&pulled, &choices).unwrap();
    assert!(s.code_choices(&pulled).unwrap().is_empty(), "seen already");
    assert!(s.take_code_notices(&ada.id).unwrap().is_empty());

    // Changed here (not sent), and changed on another computer later: theirs is newer.
    s.record_code(&ada.id, "p", "e", "print('here')").unwrap();
    let ours = s.code_version(&ada.id, "p", "e").unwrap().unwrap();
    let theirs = version("v2", "print('there')", ours.saved_at + 1000, &ada.id);
    let pulled = Pulled {
        code: vec![theirs.clone()],
        ..Pulled::default()
    };
    let choices = s.code_choices(&pulled).unwrap();
    assert_eq!(
        choices,
        [CodeChoice::TakeKeepingOurs {
            theirs: theirs.clone(),
            ours
        }]
    );
    s.take_pulled(&pulled, &choices).unwrap();
    assert_eq!(
        s.code_version(&ada.id, "p", "e").unwrap().unwrap().code,
        "print('there')"
    );
    assert_eq!(
        s.take_code_notices(&ada.id).unwrap(),
        [("p".to_owned(), "e".to_owned())]
    );
    assert!(
        s.take_code_notices(&ada.id).unwrap().is_empty(),
        "told once"
    );

    // Changed here after an older change elsewhere: ours stays.
    s.record_code(&ada.id, "p", "e", "print('newest')").unwrap();
    let older = version("v3", "print('old')", 11, &ada.id);
    let choices = s
        .code_choices(&Pulled {
            code: vec![older.clone()],
            ..Pulled::default()
        })
        .unwrap();
    assert_eq!(choices, [CodeChoice::KeepOurs { theirs: older }]);
}

#[test]
fn a_learner_forgotten_everywhere_is_deleted_and_never_pulled_back() {
    let mut s = Store::open_in_memory().unwrap();
    let ada = s.add_learner("Ada", None).unwrap();
    let gone = s.take_tombstones(&[(ada.id.clone(), 5)]).unwrap();
    assert_eq!(gone.len(), 1);
    assert!(s.learners().unwrap().is_empty());
    assert!(s.is_tombstoned(&ada.id).unwrap());
    let pulled = Pulled {
        learners: vec![LearnerRow {
            id: ada.id.clone(),
            name: "Ada".into(),
            group: None,
            created: 1,
            last_seen: 1,
            name_set: 1,
        }],
        ..Pulled::default()
    };
    s.take_pulled(&pulled, &[]).unwrap();
    assert!(s.learners().unwrap().is_empty());
}
