//! The live class view (`slate class`, issue 17) drawn on `TestBackend`: the table at 80x24
//! and 120x40, a long class cut with "more below", a learner's latest code with the first
//! failing test, help, a refresh that failed, and the selection following a learner whose
//! row moved. The view is made by hand with fixed times, so nothing depends on the clock.

use super::*;
use crossterm::event::KeyEvent;
use slate::store::class_view::{ClassView, Current, Detail, LearnerRow};
use slate::store::{ExerciseProgress, Learner, Status, TestDetail, TestRecord};
use slate::tui::class::ClassScreen;

const MIN: i64 = 60_000;
/// When the view was read.
const BUILT: i64 = 1_764_000_000_000;

fn learner(id: &str, name: &str) -> Learner {
    Learner {
        id: id.into(),
        name: name.into(),
        group: Some("7B".into()),
        created: 0,
        last_seen: 0,
    }
}

/// A row on `title`, first checked `since` minutes before the view was read, `attempts`
/// times, last `last` minutes before; with `(passed, tried, stuck)` exercises.
fn row(
    id: &str,
    name: &str,
    current: Option<(&str, Status, u32, i64, i64)>,
    (passed, tried, stuck): (usize, usize, usize),
) -> LearnerRow {
    let current = current.map(|(title, status, attempts, since, last)| {
        (
            Current {
                pack: "good".into(),
                exercise: title.to_lowercase().replace(' ', "-"),
                title: title.into(),
                progress: ExerciseProgress {
                    status,
                    attempts,
                    last_attempt: Some(BUILT - last * MIN),
                    ..ExerciseProgress::default()
                },
                first_attempt: BUILT - since * MIN,
            },
            BUILT - last * MIN,
        )
    });
    LearnerRow {
        learner: learner(id, name),
        passed,
        tried,
        stuck,
        last_check: current.as_ref().map(|(_, at)| *at),
        detail: current.as_ref().map(|(_, at)| detail(*at)),
        current: current.map(|(c, _)| c),
    }
}

/// An attempt at adding two numbers whose second test printed the numbers side by side.
fn detail(at: i64) -> Detail {
    let test = |id: &str, name: &str, status: &str, actual: &str| TestRecord {
        id: id.into(),
        status: status.into(),
        points: u32::from(status == "passed"),
        max_points: 1,
        detail: Some(TestDetail {
            name: name.into(),
            stdin: Some("2\n3\n".into()),
            expected: Some("5\n".into()),
            actual: Some(actual.into()),
            ..TestDetail::default()
        }),
    };
    Detail {
        at,
        code: "a = input()\nb = input()\nprint(a + b)\n".into(),
        score: 1,
        max_score: 2,
        passed: false,
        tests: vec![
            test("small", "adds small numbers", "passed", "5\n"),
            test("text", "adds 2 and 3", "failed", "23\n"),
        ],
    }
}

/// Group 7B: Maya stuck for 14 minutes, Oluwaseun trying for 3, Siân done, Tom not started.
fn class() -> ClassView {
    ClassView {
        group: Some("7B".into()),
        built: BUILT,
        rows: vec![
            row(
                "maya",
                "Maya Patel",
                Some(("Add two numbers", Status::Tried, 4, 14, 1)),
                (2, 2, 1),
            ),
            row(
                "olu",
                "Oluwaseun Adeyemi",
                Some(("Count to three", Status::Tried, 1, 3, 3)),
                (1, 1, 0),
            ),
            row(
                "sian",
                "Siân Jones",
                Some(("Greet someone", Status::Passed, 2, 12, 10)),
                (1, 0, 0),
            ),
            row("tom", "Tom Ward", None, (0, 0, 0)),
        ],
    }
}

struct View {
    screen: ClassScreen,
    terminal: Terminal<TestBackend>,
}

impl View {
    /// The class view on a `width` x `height` terminal, 5 seconds after it was read, in
    /// British English.
    fn new(view: ClassView, width: u16, height: u16) -> View {
        slate::i18n::choose(Some("en-GB"), None);
        View {
            screen: ClassScreen::new(view, BUILT + 5_000, Rect::new(0, 0, width, height)),
            terminal: Terminal::new(TestBackend::new(width, height)).unwrap(),
        }
    }

    fn key(&mut self, code: KeyCode) {
        self.screen
            .handle_key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    fn draw(&mut self) -> String {
        self.terminal.draw(|f| self.screen.draw(f)).unwrap();
        self.terminal.backend().to_string()
    }
}

#[test]
fn class_view_table() {
    for (w, h) in sizes() {
        let mut v = View::new(class(), w, h);
        insta::assert_snapshot!(format!("class_view_table_{w}x{h}"), v.draw());
    }
}

#[test]
fn class_view_a_long_class_says_there_is_more() {
    let mut view = class();
    let template = view.rows[1].clone();
    for i in 0..30 {
        let mut r = template.clone();
        r.learner = learner(&format!("l{i}"), &format!("Learner {i:02}"));
        view.rows.push(r);
    }
    let mut v = View::new(view, 80, 24);
    let top = v.draw();
    assert!(
        top.contains("↓ more below") && !top.contains("↑ more above"),
        "{top}"
    );
    v.key(KeyCode::End);
    insta::assert_snapshot!("class_view_long_class_at_the_end_80x24", v.draw());
    v.key(KeyCode::PageUp);
    v.key(KeyCode::Home);
    let back = v.draw();
    assert!(back.contains("› ! Maya Patel"), "{back}");
}

#[test]
fn class_view_detail_shows_the_latest_code_and_the_failing_test() {
    let mut v = View::new(class(), 80, 24);
    v.key(KeyCode::Enter);
    insta::assert_snapshot!("class_view_detail_80x24", v.draw());
    v.key(KeyCode::End);
    let end = v.draw();
    assert!(
        end.contains("+ 23") && end.contains("↑ more above"),
        "{end}"
    );
    v.key(KeyCode::Esc);
    assert!(v.draw().contains("Stuck longest: Maya Patel"));
    assert!(!v.screen.quit(), "Esc in the detail goes back");
    v.key(KeyCode::Esc);
    assert!(v.screen.quit(), "Esc in the table quits");
}

#[test]
fn class_view_help_explains_the_keys_and_the_stuck_rule() {
    let mut v = View::new(class(), 80, 24);
    v.key(KeyCode::F(1));
    insta::assert_snapshot!("class_view_help_80x24", v.draw());
    v.key(KeyCode::Esc);
    assert!(!v.screen.quit(), "Esc closes help first");
}

#[test]
fn class_view_a_failed_refresh_keeps_the_last_view_and_says_why() {
    let mut v = View::new(class(), 80, 24);
    v.screen.tick(BUILT + 65_000);
    v.screen
        .refreshed(Err("The progress file is busy.".to_owned()));
    let screen = v.draw();
    // The title bar wraps at words onto a second row; read it as one line.
    let title = screen
        .lines()
        .take(2)
        .flat_map(|l| l.trim_matches('"').split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        title.contains("updated 1 min ago")
            && title.contains("could not refresh: The progress file is busy."),
        "{screen}"
    );
    assert!(screen.contains("Maya Patel"), "{screen}");
    // The next good refresh clears it.
    v.screen.refreshed(Ok(class()));
    assert!(!v.draw().contains("could not refresh"));
}

#[test]
fn class_view_the_selection_follows_a_learner_whose_row_moves_and_r_asks_to_refresh() {
    let mut v = View::new(class(), 80, 24);
    v.key(KeyCode::Down);
    assert!(v.draw().contains("›   Oluwaseun"));
    let mut moved = class();
    moved.rows.swap(0, 1);
    v.screen.refreshed(Ok(moved));
    assert!(v.draw().contains("›   Oluwaseun"));
    assert!(!v.screen.take_refresh_request());
    v.key(KeyCode::Char('r'));
    assert!(v.screen.take_refresh_request());
    assert!(!v.screen.take_refresh_request(), "asked once");
}

#[test]
fn class_view_names_titles_and_code_from_the_store_cannot_act_on_the_terminal() {
    let mut view = class();
    view.group = Some("7B\u{1b}]52;c;aGk=\u{7}".into());
    let maya = &mut view.rows[0];
    maya.learner.name = "Maya\u{1b}[2J".into();
    maya.current.as_mut().unwrap().title = "Add \u{202e}two".into();
    maya.detail.as_mut().unwrap().code = "print('\u{1b}[31mred')\n".into();
    let mut v = View::new(view, 80, 24);
    let table = v.draw();
    v.key(KeyCode::Enter);
    let detail = v.draw();
    for screen in [&table, &detail] {
        assert!(
            !screen.contains(['\u{1b}', '\u{7}', '\u{202e}']),
            "{screen}"
        );
    }
    assert!(
        table.contains("Maya␛[2J") && table.contains("Class 7B␛]52"),
        "{table}"
    );
    assert!(detail.contains("print('␛[31mred')"), "{detail}");
}
