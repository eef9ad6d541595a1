use super::*;
use crate::tui::theme::ThemeName;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

pub(super) fn editor(code: &str) -> CodeEditor {
    CodeEditor::new(code, Theme::new(ThemeName::Monochrome))
}

pub(super) fn press(e: &mut CodeEditor, code: KeyCode) {
    e.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

pub(super) fn ctrl(e: &mut CodeEditor, c: char) {
    e.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

pub(super) fn type_text(e: &mut CodeEditor, text: &str) {
    for c in text.chars() {
        press(e, KeyCode::Char(c));
    }
}

#[test]
fn a_click_puts_the_cursor_under_the_pointer() {
    // Gutter: " 1 │ " is 5 cells wide for a short program.
    let mut e = editor("name = 'Ana'\nprint(name)\n");
    let area = Rect::new(10, 5, 40, 10);
    assert!(e.press_at(area, 10 + 5 + 3, 6));
    assert_eq!(e.cursor(), (1, 3));
    // In the line numbers: the start of the line.
    assert!(e.press_at(area, 11, 5));
    assert_eq!(e.cursor(), (0, 0));
    // Past the end of a line, and below the last line.
    assert!(e.press_at(area, 45, 5));
    assert_eq!(e.cursor(), (0, 12));
    assert!(e.press_at(area, 12, 14));
    assert_eq!(e.cursor(), (2, 0));
    // Outside the editor: nothing happens.
    assert!(!e.press_at(area, 2, 2));
    assert_eq!(e.cursor(), (2, 0));
}

#[test]
fn a_click_on_a_wide_character_lands_on_it() {
    let mut e = editor("s = '日本'\n");
    let area = Rect::new(0, 0, 40, 5);
    // '日' covers display columns 5 and 6 (cells 10 and 11) after the gutter.
    assert!(e.press_at(area, 5 + 5, 0));
    assert_eq!(e.cursor(), (0, 5));
    assert!(e.press_at(area, 5 + 7, 0));
    assert_eq!(e.cursor(), (0, 6));
}

#[test]
fn dragging_selects_and_the_wheel_scrolls_without_moving_the_cursor() {
    let code: String = (1..=30).map(|i| format!("print({i})\n")).collect();
    let mut e = editor(&code);
    let area = Rect::new(0, 0, 40, 10);
    e.press_at(area, 5, 0);
    e.drag_to(area, 5 + 5, 1);
    assert!(e.is_selecting());
    ctrl(&mut e, 'c');
    assert_eq!(e.area.yank_text(), "print(1)\nprint");
    e.press_at(area, 5, 3);
    assert!(!e.is_selecting());
    e.scroll_by(area, 5);
    assert_eq!(e.cursor(), (3, 0));
    assert_eq!(e.top, 5);
    e.scroll_by(area, 100);
    assert_eq!(e.top, 31 - 10);
    e.scroll_by(area, -100);
    assert_eq!(e.top, 0);
}

fn start(code: &str) -> (usize, usize) {
    editor(code).cursor()
}

#[test]
fn the_cursor_starts_below_a_comment_that_says_to_write_there() {
    // Starters from the bundled lessons, as written there.
    assert_eq!(start("# Write your program on the line below.\n\n"), (1, 0));
    assert_eq!(
        start("print(\"Bus 42 to the city centre\")\n# Add the other two lines below.\n"),
        (2, 0)
    );
    assert_eq!(
        start("team = \"Leeds\"\n# Put the new team in the variable here.\n\nprint(team)\n"),
        (2, 0)
    );
    assert_eq!(
        start("food = \"rice\"\n# Print the sentence on the next line.\nprint(\"My food\")\n"),
        (2, 16)
    );
    // No such comment: the end of the program, ready to add to it.
    assert_eq!(start("name = input(\"Name: \")\n"), (1, 0));
    assert_eq!(start("print(\"  *\")"), (0, 12));
    assert_eq!(start(""), (0, 0));
    assert_eq!(
        start("# Use commas between the words and the numbers.\nprint(\"Rovers\", 2)\n"),
        (2, 0)
    );
    // A comment that is the very last line: the end of it.
    assert_eq!(start("# Write your code on the line below"), (0, 35));
}

#[test]
fn the_marked_line_shows_without_colour_and_goes_when_the_code_changes() {
    let theme = Theme::choose(Some(crate::tutor::ThemeName::Monochrome));
    let mut e = CodeEditor::new("x = 1\nprint(x +)\n", theme);
    e.set_mark(1, Some(9));
    let backend = ratatui::backend::TestBackend::new(30, 4);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|f| e.draw(f, Rect::new(0, 0, 30, 4), true))
        .unwrap();
    let buffer = terminal.backend().buffer().clone();
    let row: String = (0..30)
        .map(|x| buffer[(x, 1)].symbol().to_owned())
        .collect();
    assert!(row.trim_start().starts_with("2 ▶ print(x +)"), "{row:?}");
    // Column 9 (0-based) is the `)`: shown in reverse video.
    let code_x = row.find("print").unwrap() as u16 - 2; // "▶" is three bytes, one cell
    assert!(
        buffer[(code_x + 9, 1)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    assert!(
        !buffer[(code_x + 8, 1)]
            .modifier
            .contains(Modifier::REVERSED)
    );
    let other: String = (0..10)
        .map(|x| buffer[(x, 0)].symbol().to_owned())
        .collect();
    assert!(other.trim_start().starts_with("1 │ "), "{other:?}");
    e.paste("y");
    assert_eq!(e.mark(), None, "a change takes the mark away");
}

#[test]
fn the_view_never_stays_scrolled_past_lines_it_has_room_for() {
    let code: String = (1..=30).map(|i| format!("print({i})\n")).collect();
    let mut e = editor(&code);
    let small = Rect::new(0, 0, 40, 10);
    e.scroll_into_view(small);
    assert_eq!(e.top, 21, "the end of the program is in view");
    // The editor grows: all 31 lines fit, so the first line shows again.
    e.scroll_into_view(Rect::new(0, 0, 40, 40));
    assert_eq!(e.top, 0);
    // Lines deleted at the end: the view follows instead of showing empty space.
    e.scroll_into_view(small);
    ctrl(&mut e, 'a');
    press(&mut e, KeyCode::Backspace);
    type_text(&mut e, "print(1)");
    e.scroll_into_view(small);
    assert_eq!(e.top, 0);
    // Drawing never shows a view past the end either, even before a key is pressed.
    let mut e = editor(&code);
    e.top = 25;
    let backend = ratatui::backend::TestBackend::new(40, 40);
    let mut terminal = ratatui::Terminal::new(backend).unwrap();
    terminal
        .draw(|f| e.draw(f, Rect::new(0, 0, 40, 40), true))
        .unwrap();
    let screen = terminal.backend().to_string();
    assert!(screen.contains(" 1 │ print(1)"), "{screen}");
}

#[test]
fn tabs_in_loaded_code_become_spaces() {
    let e = editor("if x:\n\tprint(1)\n");
    assert_eq!(e.text(), "if x:\n    print(1)\n");
}

#[test]
fn dirty_tracking() {
    let mut e = editor("x = 1\n");
    assert!(!e.is_dirty());
    type_text(&mut e, "y");
    assert!(e.is_dirty());
    e.mark_saved();
    assert!(!e.is_dirty());
}

#[test]
fn paste_normalises_line_endings() {
    let mut e = editor("");
    e.paste("a\r\nb\tc");
    assert_eq!(e.text(), "a\nb    c\n");
}
