//! Unit tests of the report's model: what is counted in a total and how, who is stuck, how a
//! learner is named, and text made safe to show. The renderers' output is tested through the
//! real `slate report` in `tests/cli/report.rs` and `tests/cli/progress.rs`.

use super::*;
use crate::pack::{PackSource, load_pack};
use crate::store::activity::NewAttempt;
use crate::store::activity::tests::attempt;

#[test]
fn shown_text_cannot_act_on_a_terminal() {
    assert_eq!(
        shown("ex\u{1b}]52;c;aGk=\u{7}\r\n\u{202e}x"),
        "ex␛]52;c;aGk=␇  \u{fffd}x"
    );
    assert_eq!(shown("Siân 7B"), "Siân 7B");
}

/// The fixture pack `good`: greet (2 points), add (3), count (2), average (3).
fn library() -> Library {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/good");
    Library {
        packs: vec![load_pack(&PackSource::folder(dir)).expect("the fixture pack loads")],
        ..Library::default()
    }
}

fn on(pack: &str, a: NewAttempt) -> NewAttempt {
    NewAttempt {
        pack: pack.into(),
        ..a
    }
}

fn scored(a: NewAttempt, score: u32, max: u32) -> NewAttempt {
    NewAttempt {
        score,
        max_score: max,
        passed: score == max,
        ..a
    }
}

#[test]
fn max_score_is_the_packs_for_every_exercise_started_or_not() {
    let mut s = Store::open_in_memory().unwrap();
    let sam = s.add_learner("Sam", Some("7A")).unwrap().id;
    s.record_attempt(&scored(on("good", attempt(&sam, "greet")), 1, 2))
        .unwrap();
    let r = ClassReport::build(&s, &library(), None, 0).unwrap();
    let max: Vec<_> = r
        .columns
        .iter()
        .map(|c| (c.exercise.as_str(), c.max_score))
        .collect();
    assert_eq!(
        max,
        [
            ("greet", Some(2)),
            ("add", Some(3)),
            ("count", Some(2)),
            ("average", Some(3))
        ]
    );
    let t = r.totals(&r.rows[0]);
    assert_eq!((t.score, t.max_score, t.percent()), (1, 10, Some(10)));
    assert_eq!(
        (t.score_of(), t.percent_text()),
        ("1 of 10".into(), "10%".into())
    );
    assert!(r.missing_packs.is_empty());
}

#[test]
fn a_pack_not_installed_counts_what_was_tried_and_says_so() {
    let mut s = Store::open_in_memory().unwrap();
    let sam = s.add_learner("Sam", Some("7A")).unwrap().id;
    let kim = s.add_learner("Kim", Some("7A")).unwrap().id;
    s.record_attempt(&scored(on("maths", attempt(&sam, "fractions")), 4, 4))
        .unwrap();
    s.record_attempt(&scored(on("maths", attempt(&kim, "ratios")), 1, 5))
        .unwrap();
    let r = ClassReport::build(&s, &library(), None, 0).unwrap();
    assert_eq!(r.missing_packs, ["maths"]);
    assert_eq!(
        r.missing_pack_notes(),
        [
            "Pack maths is not installed on this computer: totals count only the exercises someone tried."
        ]
    );
    // Both exercises someone tried count for both learners, with what their attempts were
    // out of; the pack's other exercises are unknown here.
    let kim_row = r.rows.iter().find(|row| row.learner.name == "Kim").unwrap();
    let t = r.totals(kim_row);
    assert_eq!((t.score, t.max_score, t.percent()), (1, 9, Some(11)));
}

#[test]
fn an_exercise_no_longer_in_its_pack_is_left_out_of_totals() {
    let mut s = Store::open_in_memory().unwrap();
    let sam = s.add_learner("Sam", None).unwrap().id;
    s.record_attempt(&scored(on("good", attempt(&sam, "retired")), 5, 5))
        .unwrap();
    let r = ClassReport::build(&s, &library(), None, 0).unwrap();
    let gone = r.columns.iter().find(|c| c.exercise == "retired").unwrap();
    assert_eq!(gone.max_score, None);
    let t = r.totals(&r.rows[0]);
    assert_eq!((t.score, t.max_score), (0, 10));
}

#[test]
fn nothing_to_score_and_unknown_time_are_dashes() {
    let t = Totals::default();
    assert_eq!(t.percent(), None);
    assert_eq!(
        (t.score_of(), t.percent_text(), t.time()),
        (UNKNOWN.into(), UNKNOWN.into(), UNKNOWN.into())
    );
    let known = Totals {
        time_known: true,
        time_spent_ms: 500,
        ..Totals::default()
    };
    assert_eq!(known.time(), "0 s", "known and short is not unknown");
}

#[test]
fn time_is_known_only_when_an_attempt_recorded_it() {
    let mut s = Store::open_in_memory().unwrap();
    let sam = s.add_learner("Sam", None).unwrap().id;
    let kim = s.add_learner("Kim", None).unwrap().id;
    s.record_attempt(&NewAttempt {
        time_spent_ms: 0,
        ..on("good", attempt(&sam, "greet"))
    })
    .unwrap();
    s.record_attempt(&on("good", attempt(&kim, "greet")))
        .unwrap();
    let r = ClassReport::build(&s, &library(), None, 0).unwrap();
    let time = |name: &str| {
        let row = r.rows.iter().find(|row| row.learner.name == name).unwrap();
        r.totals(row).time()
    };
    assert_eq!(time("Sam"), UNKNOWN);
    assert_eq!(time("Kim"), "1 min");
}

#[test]
fn stuck_names_the_learners_with_their_groups() {
    let mut s = Store::open_in_memory().unwrap();
    let a = s.add_learner("Sam Jones", Some("7A")).unwrap().id;
    let b = s.add_learner("Sam Jones", Some("8B")).unwrap().id;
    let c = s.add_learner("Ann", None).unwrap().id;
    for l in [&a, &b, &c] {
        s.record_attempt(&on("good", attempt(l, "greet"))).unwrap();
    }
    s.record_attempt(&scored(on("good", attempt(&c, "greet")), 2, 2))
        .unwrap();
    let r = ClassReport::build(&s, &library(), None, 0).unwrap();
    let stuck = r.stuck();
    assert_eq!((stuck.len(), stuck[0].stuck), (1, 2));
    assert_eq!(r.stuck_names(&stuck[0]), "Sam Jones (7A), Sam Jones (8B)");
    let ann = r.rows.iter().find(|row| row.learner.name == "Ann").unwrap();
    assert_eq!(learner_label(&ann.learner), "Ann", "no group, no brackets");
}
