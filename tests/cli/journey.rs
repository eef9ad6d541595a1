//! The acceptance journeys: a new learner goes through lesson 1 of the bundled course, from
//! "Who are you?" to the last exercise, in the full-screen tutor (the real binary on an 80x24
//! pseudo-terminal, read back as a screen) and in plain mode, in English and in Welsh.
//! Snapshots show what the learner reads at each step.

use super::*;

/// Lesson 1 of the bundled course: each exercise's starter and solution.
fn lesson_1() -> Vec<(String, String, String)> {
    let library = slate::pack::discover(None, &[]);
    let pack = library
        .pack("python-first-steps")
        .expect("the course is bundled");
    pack.lessons[0]
        .exercises
        .iter()
        .map(|e| (e.id.clone(), e.starter.clone(), e.solution.clone()))
        .collect()
}

/// The words a journey waits for, in each language.
struct Words {
    lang: &'static str,
    course: &'static str,
    page_1: &'static str,
    page_3: &'static str,
    program: &'static str,
    well_done: &'static str,
}

const ENGLISH: Words = Words {
    lang: "en-GB",
    course: "Your course",
    page_1: "page 1 of 3",
    page_3: "page 3 of 3",
    program: "Your program",
    well_done: "Well done!",
};

const WELSH: Words = Words {
    lang: "cy",
    course: "Dy gwrs",
    page_1: "tudalen 1 o 3",
    page_3: "tudalen 3 o 3",
    program: "Dy raglen",
    well_done: "Da iawn!",
};

#[cfg(unix)]
fn full_screen_journey(words: &Words) {
    use super::pty::Pty;
    let home = Home::new();
    let (mut pty, child) = Pty::spawn(
        home.slate()
            .args(["--lang", words.lang])
            .env("TERM", "xterm-256color"),
    );
    let name = |step: &str| format!("journey_full_screen_{}_{step}", words.lang);
    // Who are you? A name and a group.
    insta::assert_snapshot!(name("1_welcome"), pty.wait_screen("Slate"));
    pty.send("Maya\t7B\r");
    insta::assert_snapshot!(name("2_course"), pty.wait_screen(words.course));
    // "Start here" opens the first page.
    pty.send("\r");
    insta::assert_snapshot!(
        name("3_first_page"),
        pty.wait_screen(&format!("· {} ─", words.page_1))
    );
    pty.send("\x1b[C");
    pty.send("\x1b[C");
    pty.wait_screen(&format!("· {} ─", words.page_3));
    pty.send("\x1b[C");
    insta::assert_snapshot!(name("4_first_exercise"), pty.wait_screen(words.program));

    // A first try with a slip: a small letter.
    pty.send("print(\"hello, world!\")");
    pty.send("\x1b[15~");
    let tried = pty.wait_screen("◐");
    insta::assert_snapshot!(name("5_first_try"), tried);

    let exercises = lesson_1();
    for (i, (id, _starter, solution)) in exercises.iter().enumerate() {
        // Everything selected, then the solution pasted over it, as a learner's paste.
        pty.wait_screen(&format!("{id}.py"));
        pty.send("\x01\x7f");
        pty.send(&format!("\x1b[200~{solution}\x1b[201~"));
        pty.send("\x1b[15~");
        let passed = pty.wait_screen(words.well_done);
        if i == 0 || i + 1 == exercises.len() {
            insta::assert_snapshot!(name(&format!("6_passed_{id}")), passed);
        }
        // Enter goes on to the next exercise (after the last, to lesson 2's first page).
        pty.send("\r");
    }
    insta::assert_snapshot!(
        name("7_lesson_2"),
        pty.wait_screen(&format!("· {} ─", words.page_1))
    );
    let lesson_2 = if words.lang == "cy" {
        "gwers 2:"
    } else {
        "lesson 2:"
    };
    // Back to the course map (through lesson 2's overview): lesson 1 is done.
    pty.send("\x1b");
    pty.wait_screen(lesson_2);
    pty.send("\x1b");
    let map = pty.wait_screen(words.course);
    assert!(
        map.contains("7 / 7") || map.contains("7 of 7") || map.contains("7 o 7"),
        "{map}"
    );
    insta::assert_snapshot!(name("8_course_after"), map);
    // Esc goes back to "Who are you?", and the window closes.
    pty.send("\x1b");
    pty.wait_screen("Slate");
    pty.close();
    drop(child);
}

#[cfg(unix)]
#[test]
fn a_new_learner_goes_through_lesson_1_full_screen_in_english() {
    full_screen_journey(&ENGLISH);
}

#[cfg(unix)]
#[test]
fn a_new_learner_goes_through_lesson_1_full_screen_in_welsh() {
    full_screen_journey(&WELSH);
}

/// Plain mode, as a screen-reader user goes: every menu answered by its number, code typed
/// line by line and ended with END. The whole transcript is the snapshot: what they hear.
fn plain_journey(lang: &str) {
    let home = Home::new();
    let mut input = vec![
        "1".to_owned(), // Add yourself
        "Maya".into(),
        "7B".into(),
        "1".into(), // Start here: lesson 1, page 1
        "1".into(), // Next page
        "1".into(), // Next page
        "1".into(), // On to the exercises
        // A first try with a slip.
        "1".into(), // Type your code here
        "2".into(), // Replace it
        "print(\"hello, world!\")".into(),
        "END".into(),
        "4".into(), // Check your code
    ];
    for (i, (_id, starter, solution)) in lesson_1().iter().enumerate() {
        input.push("1".into()); // Type your code here
        if i == 0 || !starter.trim().is_empty() {
            input.push("2".into()); // Replace it
        }
        input.extend(solution.lines().map(str::to_owned));
        input.push("END".into());
        input.push("4".into()); // Check your code
        input.push("1".into()); // Go on to the next
    }
    let out = run_with(
        home.slate().args(["--plain", "--lang", lang]),
        &(input.join("\n") + "\n"),
    );
    let transcript = stdout(&out)
        .replace(home.path().to_str().unwrap(), "[HOME]")
        .lines()
        .map(|l| match l.find("maya-") {
            // The learner's folder has a random id.
            Some(at) => format!("{}maya-[ID]{}", &l[..at], &l[at + 13..]),
            None => l.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    // Every exercise of lesson 1 was passed, and the journey ends on lesson 2.
    let well_done = if lang == "cy" {
        "Da iawn!"
    } else {
        "Well done!"
    };
    assert_eq!(
        transcript.matches(well_done).count(),
        lesson_1().len(),
        "{transcript}"
    );
    assert!(
        transcript.contains(if lang == "cy" { "gwers 2" } else { "lesson 2" }),
        "{transcript}"
    );
    insta::assert_snapshot!(format!("journey_plain_{lang}"), transcript);
}

#[test]
fn a_new_learner_goes_through_lesson_1_in_plain_mode_in_english() {
    plain_journey("en-GB");
}

#[test]
fn a_new_learner_goes_through_lesson_1_in_plain_mode_in_welsh() {
    plain_journey("cy");
}
