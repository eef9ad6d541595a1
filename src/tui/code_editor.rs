//! The built-in code editor.
//!
//! Text, cursor and selection come from `ratatui-textarea`; this module adds what a Python
//! beginner needs and draws it: syntax highlighting, line numbers, where the cursor starts
//! ([`start_position`]), scrolling, and the mouse. What each key does is in `keys` (the one
//! table the editor and help share), `edit` (the changes) and `undo` (undo by word or edit).
//! The real terminal cursor sits where the text cursor is, so screen magnifiers and readers
//! follow it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::{CursorMove, TextArea};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::highlight;
use super::theme::Theme;
use crate::safe_text;

mod edit;
pub mod keys;
mod undo;

/// Spaces per indent level, as PEP 8 and every Python course uses.
const INDENT: usize = 4;

/// The editor's state.
pub struct CodeEditor {
    area: TextArea<'static>,
    /// First line shown.
    top: usize,
    /// First column shown (for long lines).
    left: usize,
    /// Highlighted lines, recomputed after each change.
    highlighted: Vec<Vec<Span<'static>>>,
    theme: Theme,
    /// Text as last saved, to tell whether there is unsaved work.
    saved: String,
    history: undo::History,
    /// The editor's height when last laid out: how far PageUp and PageDown go.
    page_height: usize,
    /// The line (and column, where known) Python complained about, until the next change.
    mark: Option<(usize, Option<usize>)>,
}

impl std::fmt::Debug for CodeEditor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CodeEditor")
            .field("text", &self.text())
            .finish_non_exhaustive()
    }
}

impl CodeEditor {
    /// An editor on `code`, the cursor where the learner should start typing.
    pub fn new(code: &str, theme: Theme) -> CodeEditor {
        // A final newline gives an empty last line: a place to start typing.
        let lines: Vec<String> = code
            .replace("\r\n", "\n")
            .split('\n')
            .map(crate::text::tabs_to_spaces)
            .collect();
        let (row, col) = start_position(&lines);
        let mut area = text_area(lines);
        area.move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
        let mut editor = CodeEditor {
            area,
            top: 0,
            left: 0,
            highlighted: Vec::new(),
            theme,
            saved: String::new(),
            history: undo::History::default(),
            page_height: 10,
            mark: None,
        };
        editor.rehighlight();
        editor.saved = editor.text();
        editor
    }

    /// The program, with a final newline.
    pub fn text(&self) -> String {
        let mut t = self.area.lines().join("\n");
        if !t.ends_with('\n') {
            t.push('\n');
        }
        t
    }

    /// Replaces the whole text (after a reset, or when the file changed on disk).
    pub fn set_text(&mut self, code: &str) {
        let cursor = self.area.cursor();
        *self = CodeEditor::new(code, self.theme);
        self.area
            .move_cursor(CursorMove::Jump(cursor.0 as u16, cursor.1 as u16));
    }

    pub fn set_theme(&mut self, theme: Theme) {
        self.theme = theme;
        self.rehighlight();
    }

    /// Whether there are changes since [`CodeEditor::mark_saved`].
    pub fn is_dirty(&self) -> bool {
        self.text() != self.saved
    }

    pub fn mark_saved(&mut self) {
        self.saved = self.text();
    }

    /// Whether some text is selected (Ctrl+C then copies it).
    pub fn is_selecting(&self) -> bool {
        self.area.is_selecting()
    }

    /// (line, column), both from 0.
    pub fn cursor(&self) -> (usize, usize) {
        let c = self.area.cursor();
        (c.0, c.1)
    }

    /// Marks the place Python's error points at (0-based line, and column where known):
    /// the line number gets a `▶` and the spot is shown in reverse video, so it shows
    /// without colour. Any change to the code takes the mark away.
    pub fn set_mark(&mut self, line: usize, column: Option<usize>) {
        self.mark = (line < self.area.lines().len()).then_some((line, column));
    }

    /// The marked place, if any.
    pub fn mark(&self) -> Option<(usize, Option<usize>)> {
        self.mark
    }

    fn rehighlight(&mut self) {
        self.mark = None;
        let code = safe_text::for_terminal(&self.area.lines().join("\n"));
        self.highlighted = highlight::python_lines(&code, &self.theme);
    }

    fn current_line(&self) -> &str {
        let (row, _) = self.cursor();
        self.area.lines().get(row).map(String::as_str).unwrap_or("")
    }

    fn gutter_width(&self) -> usize {
        self.area.lines().len().to_string().len().max(2) + 3
    }

    /// Keeps the cursor on screen in an editor of `area` (call after each key).
    pub fn scroll_into_view(&mut self, area: Rect) {
        let (row, col) = self.cursor();
        let height = area.height.max(1) as usize;
        let width = (area.width as usize)
            .saturating_sub(self.gutter_width())
            .max(1);
        self.page_height = height;
        if row < self.top {
            self.top = row;
        } else if row >= self.top + height {
            self.top = row + 1 - height;
        }
        // Never scrolled past the first lines when there is room for them (after lines were
        // deleted, or the editor grew).
        self.top = self.view_top(height);
        let line = self.current_line();
        let cursor_x: usize = line.chars().take(col).map(|c| c.width().unwrap_or(0)).sum();
        if cursor_x < self.left {
            self.left = cursor_x;
        } else if cursor_x >= self.left + width {
            self.left = cursor_x + 1 - width;
        }
    }

    /// The first line shown in an editor `height` lines high: no lower than it needs to be to
    /// fill the editor.
    fn view_top(&self, height: usize) -> usize {
        let lines = self.area.lines().len();
        self.top.min(lines.saturating_sub(height.max(1)))
    }

    /// Draws the editor into `area` (no border: the screen draws that).
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, focused: bool) {
        let theme = &self.theme;
        let gutter = self.gutter_width();
        let height = area.height as usize;
        let lines = self.area.lines();
        let top = self.view_top(height);
        let selection = self.area.selection_range();
        let mut out: Vec<Line<'static>> = Vec::with_capacity(height);
        for (row, spans) in self.highlighted.iter().enumerate().skip(top).take(height) {
            let marked = self.mark.filter(|(r, _)| *r == row);
            let mut line = vec![match marked {
                Some(_) => Span::styled(format!("{:>w$} ▶ ", row + 1, w = gutter - 3), theme.bad),
                None => Span::styled(
                    format!("{:>w$} │ ", row + 1, w = gutter - 3),
                    theme.line_number,
                ),
            }];
            let sel = selection.and_then(|((r1, c1), (r2, c2))| {
                if row < r1 || row > r2 {
                    None
                } else {
                    let start = if row == r1 { c1 } else { 0 };
                    let end = if row == r2 { c2 } else { usize::MAX };
                    Some((start, end))
                }
            });
            let mut spans = apply_selection(spans, sel, theme.selection);
            if let Some((_, Some(col))) = marked {
                let spot = Style::default().add_modifier(Modifier::REVERSED);
                let len = lines.get(row).map_or(0, |l| l.chars().count());
                if col < len {
                    spans = apply_selection(&spans, Some((col, col + 1)), spot);
                } else {
                    spans.push(Span::styled(" ", spot));
                }
            }
            line.extend(clip(spans, self.left));
            out.push(Line::from(line));
        }
        frame.render_widget(Paragraph::new(out).style(theme.normal), area);
        if focused {
            let (row, col) = self.cursor();
            if row >= top && row < top + height {
                let x: usize = lines
                    .get(row)
                    .map(|l| l.chars().take(col).map(|c| c.width().unwrap_or(0)).sum())
                    .unwrap_or(0);
                let x = x.saturating_sub(self.left);
                let width = area.width as usize;
                if gutter + x < width {
                    frame.set_cursor_position(Position::new(
                        area.x + (gutter + x) as u16,
                        area.y + (row - top) as u16,
                    ));
                }
            }
        }
    }

    /// The text position under a screen cell of an editor drawn in `area`, if the cell is
    /// in the editor. A click in the line numbers means the start of that line; a click
    /// past the end of a line or below the last line means its end.
    fn position_at(&self, area: Rect, x: u16, y: u16) -> Option<(usize, usize)> {
        if !area.contains(Position::new(x, y)) {
            return None;
        }
        let lines = self.area.lines();
        let top = self.view_top(area.height as usize);
        let row = (top + (y - area.y) as usize).min(lines.len().saturating_sub(1));
        let line = lines.get(row).map(String::as_str).unwrap_or("");
        let gutter = self.gutter_width();
        let Some(target) = ((x - area.x) as usize).checked_sub(gutter) else {
            return Some((row, 0));
        };
        let target = target + self.left;
        // The character whose cells cover the target column (wide characters take two).
        let mut width = 0;
        for (i, c) in line.chars().enumerate() {
            let w = c.width().unwrap_or(0);
            if target < width + w.max(1) {
                return Some((row, i));
            }
            width += w;
        }
        Some((row, line.chars().count()))
    }

    /// A mouse press at a screen cell: puts the cursor there. Returns whether it was in
    /// the editor.
    pub fn press_at(&mut self, area: Rect, x: u16, y: u16) -> bool {
        let Some((row, col)) = self.position_at(area, x, y) else {
            return false;
        };
        self.area.cancel_selection();
        self.area
            .move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
        self.history.close();
        true
    }

    /// A drag to a screen cell: selects from where the press was to there.
    pub fn drag_to(&mut self, area: Rect, x: u16, y: u16) {
        // A terminal shrunk mid-drag can leave no editor to select in.
        if area.is_empty() {
            return;
        }
        // Dragging past the edges still selects to the nearest line.
        let x = x.clamp(area.x, area.right().saturating_sub(1));
        let y = y.clamp(area.y, area.bottom().saturating_sub(1));
        if let Some((row, col)) = self.position_at(area, x, y) {
            if !self.area.is_selecting() {
                self.area.start_selection();
            }
            self.area
                .move_cursor(CursorMove::Jump(to_u16(row), to_u16(col)));
            self.scroll_into_view(area);
        }
    }

    /// Scrolls the view by `lines` (negative is up) without moving the cursor, as a mouse
    /// wheel does. The next key brings the cursor back into view.
    pub fn scroll_by(&mut self, area: Rect, lines: isize) {
        let last = self
            .area
            .lines()
            .len()
            .saturating_sub(area.height.max(1) as usize);
        self.top = self.top.saturating_add_signed(lines).min(last);
    }

    /// "Line 3, column 5" for the status line.
    pub fn position_words(&self) -> String {
        let (row, col) = self.cursor();
        crate::tr!("editor-position", line = row + 1, column = col + 1)
    }
}

/// A text area set up for Python: four spaces for a tab, and no history of its own (undo is
/// [`undo::History`]).
fn text_area(lines: Vec<String>) -> TextArea<'static> {
    let mut area = TextArea::new(lines);
    area.set_tab_length(INDENT as u8);
    area.set_hard_tab_indent(false);
    area.set_max_histories(0);
    area
}

/// Phrases in a starter's comment that say the learner's code goes on the next line.
const WRITE_BELOW: &[&str] = &["line below", "lines below", "next line", "here"];

/// Where the learner should start typing in a program of `lines`: on the line after a
/// comment that says to write there (`# Write your program on the line below.`, `# Ask for
/// the colour here.`), at that line's end; otherwise at the end of the program.
pub fn start_position(lines: &[String]) -> (usize, usize) {
    let end = |row: usize| (row, lines.get(row).map_or(0, |l| l.chars().count()));
    let below_comment = lines.iter().position(|line| {
        let line = line.trim_start();
        let lower = line.to_lowercase();
        line.starts_with('#') && WRITE_BELOW.iter().any(|p| lower.contains(p))
    });
    match below_comment {
        Some(row) if row + 1 < lines.len() => end(row + 1),
        _ => end(lines.len().saturating_sub(1)),
    }
}

/// Restyles the characters in `range` (columns in characters) as selected.
fn apply_selection(
    spans: &[Span<'static>],
    range: Option<(usize, usize)>,
    selected: Style,
) -> Vec<Span<'static>> {
    let Some((start, end)) = range else {
        return spans.to_vec();
    };
    let mut out = Vec::new();
    let mut col = 0;
    for span in spans {
        let mut current = String::new();
        let mut current_sel = None;
        for c in span.content.chars() {
            let is_sel = col >= start && col < end;
            if current_sel != Some(is_sel) && !current.is_empty() {
                let style = if current_sel == Some(true) {
                    span.style.patch(selected)
                } else {
                    span.style
                };
                out.push(Span::styled(std::mem::take(&mut current), style));
            }
            current_sel = Some(is_sel);
            current.push(c);
            col += 1;
        }
        if !current.is_empty() {
            let style = if current_sel == Some(true) {
                span.style.patch(selected)
            } else {
                span.style
            };
            out.push(Span::styled(current, style));
        }
    }
    out
}

/// Drops the first `left` columns of a line (horizontal scrolling).
fn clip(spans: Vec<Span<'static>>, left: usize) -> Vec<Span<'static>> {
    if left == 0 {
        return spans;
    }
    let mut skipped = 0;
    let mut out = Vec::new();
    for span in spans {
        if skipped >= left {
            out.push(span);
            continue;
        }
        let mut kept = String::new();
        for c in span.content.chars() {
            if skipped >= left {
                kept.push(c);
            } else {
                skipped += c.width().unwrap_or(0);
            }
        }
        if !kept.is_empty() {
            out.push(Span::styled(kept, span.style));
        }
    }
    out
}

/// A line or column number as the text area's cursor takes it (programs are far shorter).
fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Display width of the first `col` characters of `line`.
pub fn display_col(line: &str, col: usize) -> usize {
    line.chars().take(col).collect::<String>().width()
}

#[cfg(test)]
mod tests;
