//! What of a pack may reach a terminal, and where it is made safe.
//!
//! A pack is written by someone else and may hold escape sequences (ESC, CSI, OSC, C1
//! controls, BEL) that would retitle the window, clear the screen or worse. They are
//! neutralised in three places, once each:
//!
//! - **The model's words** (titles, descriptions, versions, authors, licences, ideas, page
//!   text, tasks, hints, test names and regex tests' `expect_description`) are made safe
//!   when the pack is loaded
//!   ([`super::load_pack`]) and again after a translation replaces them
//!   ([`super::translate::translate`]), by [`make_safe`]. Every interface (the full-screen
//!   tutor, plain mode, `slate check`, `slate pack list`) can show them as they are.
//! - **Ids, language tags and code-check items** have a pattern, and validation refuses any
//!   that do not match it, so a loaded pack's ids hold no control characters.
//! - **Problems** quote what the teacher wrote; [`super::Problem`]'s `Display` passes the
//!   file, message and help through [`shown`]. Pack folder names are shown through
//!   [`super::Origin`]'s `Display`, which does the same.
//!
//! Code (`starter`, `solution`) and what tests compare (`expect`, `returns`, `call`, `stdin`)
//! stay exactly as written, because they are run and compared; the interfaces make them
//! safe where they show them (`feedback`, the editor).

use super::Pack;
use crate::safe_text;

/// `text` made safe for a terminal (see [`safe_text::for_terminal`]).
pub(crate) fn shown(text: &str) -> String {
    safe_text::for_terminal(text)
}

fn fix(text: &mut String) {
    if text.chars().any(needs_fixing) {
        *text = shown(text);
    }
}

fn needs_fixing(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Makes every word of `pack` that interfaces show safe for a terminal (see the module
/// documentation); code and what tests compare are left as written.
pub(crate) fn make_safe(pack: &mut Pack) {
    fix(&mut pack.title);
    fix(&mut pack.description);
    fix(&mut pack.version);
    fix(&mut pack.licence);
    pack.authors.iter_mut().for_each(fix);
    for lesson in &mut pack.lessons {
        fix(&mut lesson.title);
        lesson.ideas.iter_mut().for_each(fix);
        for page in &mut lesson.pages {
            fix(&mut page.title);
            fix(&mut page.text);
        }
        for exercise in &mut lesson.exercises {
            fix(&mut exercise.title);
            fix(&mut exercise.task);
            exercise.hints.iter_mut().for_each(fix);
            for test in &mut exercise.tests {
                fix(&mut test.name);
                if let super::TestKind::Output {
                    description: Some(d),
                    ..
                } = &mut test.kind
                {
                    fix(d);
                }
            }
        }
    }
}

/// Does `text` hold anything [`shown`] would change (for tests)?
#[cfg(test)]
pub(crate) fn is_safe(text: &str) -> bool {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let lone_cr = c == '\r' && chars.peek() != Some(&'\n');
        if lone_cr || (c != '\r' && needs_fixing(c)) {
            return false;
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_and_lone_carriage_returns_become_visible() {
        assert_eq!(shown("a\u{1b}]0;x\u{7}b"), "a␛]0;x␇b");
        assert_eq!(shown("line\rover"), "line␍over");
        assert_eq!(shown("windows\r\nline"), "windows\r\nline");
        assert!(is_safe(&shown("\u{9b}2J\u{202e}\r")));
        assert!(!is_safe("\u{9b}"));
    }

    #[test]
    fn words_are_made_safe_and_code_is_not() {
        let library = crate::pack::discover(None, &[]);
        let mut pack = library.packs[0].clone();
        pack.title = "\u{1b}]0;PWNED\u{7}".into();
        let lesson = &mut pack.lessons[0];
        lesson.title = "\u{1b}[2J".into();
        let exercise = &mut lesson.exercises[0];
        exercise.hints = vec!["\u{9b}31m".into()];
        exercise.solution = "print('\u{1b}[31m')".into();
        exercise.tests[0].name = "a\u{7}".into();
        exercise.tests[0].kind = crate::pack::TestKind::Output {
            expect: "\u{1b}[1m".into(),
            mode: crate::pack::MatchMode::Regex,
            tolerance: Default::default(),
            description: Some("b\u{1b}]0;x\u{7}".into()),
        };
        make_safe(&mut pack);
        assert_eq!(pack.title, "␛]0;PWNED␇");
        assert_eq!(pack.lessons[0].title, "␛[2J");
        let exercise = &pack.lessons[0].exercises[0];
        assert_eq!(exercise.hints, ["\u{fffd}31m"]);
        assert_eq!(exercise.tests[0].name, "a␇");
        let crate::pack::TestKind::Output {
            expect,
            description,
            ..
        } = &exercise.tests[0].kind
        else {
            unreachable!()
        };
        assert_eq!(description.as_deref(), Some("b␛]0;x␇"), "learners read it");
        assert_eq!(expect, "\u{1b}[1m", "tests compare as written");
        assert_eq!(
            exercise.solution, "print('\u{1b}[31m')",
            "code runs as written"
        );
    }
}
