//! Small drawing helpers shared by the screens: lesson text, the key bar, pop-ups, and
//! progress bars drawn with characters (with the numbers in words beside them).

use ratatui::Frame;
use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::highlight;
use super::theme::Theme;
use crate::markdown::{self, Inline};
use crate::safe_text;

/// Lesson Markdown as styled lines.
pub fn markdown_text(source: &str, theme: &Theme) -> Text<'static> {
    let mut lines: Vec<Line<'static>> = Vec::new();
    for block in markdown::parse(source) {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        match block {
            markdown::Block::Heading(_, inl) => {
                lines.push(Line::from(Span::styled(
                    safe_text::for_terminal(&markdown::inline_text(&inl)),
                    theme.heading,
                )));
            }
            markdown::Block::Paragraph(inl) => {
                for line in inline_lines(&inl, theme) {
                    lines.push(line);
                }
            }
            markdown::Block::List { start, items } => {
                for (i, item) in items.iter().enumerate() {
                    let bullet = match start {
                        Some(n) => format!("{}. ", n + i as u64),
                        None => "• ".to_owned(),
                    };
                    let mut spans = vec![Span::styled(bullet, theme.strong)];
                    spans.extend(inline_spans(item, theme));
                    lines.push(Line::from(spans));
                }
            }
            markdown::Block::Code { language, text } => {
                let code_lines = if language.is_empty() || language == "python" || language == "py"
                {
                    if language.is_empty() {
                        text.lines()
                            .map(|l| vec![Span::styled(safe_text::for_terminal(l), theme.normal)])
                            .collect()
                    } else {
                        highlight::python_lines(&safe_text::for_terminal(&text), theme)
                    }
                } else {
                    text.lines()
                        .map(|l| vec![Span::styled(safe_text::for_terminal(l), theme.normal)])
                        .collect()
                };
                for spans in code_lines {
                    let mut line = vec![Span::styled("│ ", theme.muted)];
                    line.extend(spans);
                    lines.push(Line::from(line));
                }
            }
        }
    }
    Text::from(lines)
}

fn inline_spans(inl: &[Inline], theme: &Theme) -> Vec<Span<'static>> {
    inl.iter()
        .map(|i| {
            let mut style = theme.normal;
            if i.style.emphasis {
                style = style.patch(theme.emphasis);
            }
            if i.style.strong {
                style = style.patch(theme.strong);
            }
            if i.style.code {
                // Marked with backticks as well as colour, so it shows without colour too.
                style = style.patch(theme.inline_code);
                return Span::styled(format!("`{}`", safe_text::for_terminal(&i.text)), style);
            }
            Span::styled(safe_text::for_terminal(&i.text), style)
        })
        .collect()
}

/// Inline runs split at hard line breaks.
fn inline_lines(inl: &[Inline], theme: &Theme) -> Vec<Line<'static>> {
    let mut lines = vec![Vec::new()];
    for span in inline_spans(inl, theme) {
        let parts: Vec<&str> = span.content.split('\n').collect();
        for (n, part) in parts.iter().enumerate() {
            if n > 0 {
                lines.push(Vec::new());
            }
            if !part.is_empty() {
                lines
                    .last_mut()
                    .expect("there is always a line")
                    .push(Span::styled(part.to_string(), span.style));
            }
        }
    }
    lines.into_iter().map(Line::from).collect()
}

/// The number of screen rows `text` takes when word-wrapped to `width`, exactly as a
/// wrapping `Paragraph` draws it.
pub fn wrapped_height(text: &Text<'_>, width: u16) -> usize {
    Paragraph::new(text.clone())
        .wrap(Wrap { trim: false })
        .line_count(width.max(1))
}

/// How far a box `height` rows tall may scroll through `text` wrapped to `width`: to its
/// last row and no further, so a box never scrolls into blank space.
pub fn max_scroll(text: &Text<'_>, width: u16, height: u16) -> u16 {
    to_u16(wrapped_height(text, width).saturating_sub(height as usize))
}

/// Says on a box's borders, in words, where its contents are cut: "more above" at the top
/// right and "more below" at the bottom right. Arrows alone or colour alone would be missed.
pub fn mark_cut<'a>(block: Block<'a>, above: bool, below: bool, theme: &Theme) -> Block<'a> {
    let mut block = block;
    if above {
        block = block.title(
            Line::from(Span::styled(
                format!(" {} ", crate::tr!("more-above")),
                theme.key,
            ))
            .right_aligned(),
        );
    }
    if below {
        block = block.title_bottom(
            Line::from(Span::styled(
                format!(" {} ", crate::tr!("more-below")),
                theme.key,
            ))
            .right_aligned(),
        );
    }
    block
}

/// Draws `text` in `area` inside `block` (with a one-column margin), scrolled by `scroll`
/// rows but never past its end, and with the borders saying where it is cut.
pub fn scrolled_text(
    frame: &mut Frame<'_>,
    area: Rect,
    block: Block<'_>,
    text: Text<'static>,
    scroll: u16,
    theme: &Theme,
) {
    let inner = margin(block.inner(area));
    let scroll = scroll.min(max_scroll(&text, inner.width, inner.height));
    let total = wrapped_height(&text, inner.width);
    let below = total > scroll as usize + inner.height as usize;
    frame.render_widget(mark_cut(block, scroll > 0, below, theme), area);
    frame.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme.normal),
        inner,
    );
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Lays out a key bar on at most `rows` rows of `width` columns: which keys are shown (by
/// index) on which row. A key and its label are never split apart: when they do not all fit,
/// keys are left out from the end, but the last (F1 Help) is always kept.
fn key_bar_layout(keys: &[(&str, String)], width: u16, rows: u16) -> Vec<Vec<usize>> {
    let width = width as usize;
    let rows = rows.max(1) as usize;
    let fill = |chosen: &[usize]| -> Option<Vec<Vec<usize>>> {
        let mut lines: Vec<Vec<usize>> = vec![Vec::new()];
        let mut used = 0;
        for &i in chosen {
            let (key, label) = &keys[i];
            let w = key.width() + 1 + label.width();
            let gap = if used == 0 { 0 } else { 2 };
            if used + gap + w <= width {
                used += gap + w;
            } else if w <= width && lines.len() < rows {
                lines.push(Vec::new());
                used = w;
            } else {
                return None;
            }
            lines.last_mut().expect("there is a line").push(i);
        }
        Some(lines)
    };
    // All the keys; else the first `n` and the last, for the largest `n` that fits.
    let last = keys.len().saturating_sub(1);
    (0..keys.len())
        .rev()
        .find_map(|n| {
            let mut chosen: Vec<usize> = (0..n).collect();
            chosen.push(last);
            fill(&chosen)
        })
        .unwrap_or_default()
}

/// How many rows the key bar needs at `width`: 1, or 2 when not every key fits on one.
pub fn key_bar_rows(keys: &[(&str, String)], width: u16) -> u16 {
    let one: usize = key_bar_layout(keys, width, 1).iter().map(Vec::len).sum();
    if one == keys.len() { 1 } else { 2 }
}

/// The key bar's lines: `F5 Check  F6 Run ...` (see [`key_bar_layout`]).
pub fn key_bar_lines(
    keys: &[(&str, String)],
    width: u16,
    rows: u16,
    theme: &Theme,
) -> Vec<Line<'static>> {
    key_bar_layout(keys, width, rows)
        .into_iter()
        .map(|row| {
            let mut spans = Vec::new();
            for (n, i) in row.into_iter().enumerate() {
                let (key, label) = &keys[i];
                if n > 0 {
                    spans.push(Span::raw("  "));
                }
                spans.push(Span::styled((*key).to_owned(), theme.key));
                spans.push(Span::styled(format!(" {label}"), theme.normal));
            }
            Line::from(spans)
        })
        .collect()
}

/// Draws the row (or rows) of keys in `area`.
pub fn key_bar(frame: &mut Frame<'_>, area: Rect, keys: &[(&str, String)], theme: &Theme) {
    let lines = key_bar_lines(keys, area.width, area.height, theme);
    frame.render_widget(Paragraph::new(lines), area);
}

/// A bordered block with a title.
pub fn panel<'a>(title: impl Into<Line<'a>>, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Plain)
        .border_style(if focused {
            theme.focused_border
        } else {
            theme.border
        })
        .title(title)
        .title_style(theme.title)
}

/// `area` with one column of space on the left and right (text inside a border).
pub fn margin(area: Rect) -> Rect {
    Rect {
        x: area.x + 1,
        width: area.width.saturating_sub(2),
        ..area
    }
}

/// A rectangle in the middle of `area`, at most `width` x `height`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(height.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [rect] = Layout::horizontal([Constraint::Length(width.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    rect
}

/// Draws a pop-up with a title, text and a line of keys at the bottom. When the text goes
/// on below the box, its bottom border says so.
pub fn popup(
    frame: &mut Frame<'_>,
    title: &str,
    body: Text<'static>,
    keys: &[(&str, String)],
    scroll: u16,
    theme: &Theme,
) {
    let (rect, text_area, keys_area) = popup_areas(frame.area(), &body);
    frame.render_widget(Clear, rect);
    let scroll = scroll.min(max_scroll(&body, text_area.width, text_area.height));
    let below = wrapped_height(&body, text_area.width) > (scroll + text_area.height) as usize;
    let block = panel(format!(" {title} "), true, theme).style(theme.normal);
    frame.render_widget(mark_cut(block, scroll > 0, below, theme), rect);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme.normal),
        text_area,
    );
    key_bar(frame, keys_area, keys, theme);
}

/// How far a pop-up with `body` can scroll on a screen of `screen`: to its last line, and
/// not into empty rows below it.
pub fn popup_scroll_limit(screen: Rect, body: &Text<'_>) -> u16 {
    let (_, text_area, _) = popup_areas(screen, body);
    max_scroll(body, text_area.width, text_area.height)
}

/// A pop-up's box, its text area and its key row, on a screen of `area`.
fn popup_areas(area: Rect, body: &Text<'_>) -> (Rect, Rect, Rect) {
    let width = area.width.saturating_sub(4).clamp(20, 76);
    let inner_width = width.saturating_sub(4);
    let wanted = to_u16(wrapped_height(body, inner_width)).saturating_add(4);
    let rect = centered(
        area,
        width,
        wanted.min(area.height.saturating_sub(2)).max(5),
    );
    let inner = Block::default().borders(Borders::ALL).inner(rect);
    let [text_area, _, keys_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    (rect, margin(text_area), margin(keys_area))
}

/// A progress bar of `width` cells: `██████░░░░`.
pub fn bar(done: usize, total: usize, width: usize) -> String {
    let filled = if total == 0 {
        0
    } else {
        (done * width).div_ceil(total).min(width)
    };
    let filled = if done < total {
        filled.min(width - 1)
    } else {
        filled
    };
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

/// Pads `text` with spaces to `width` terminal columns (accents and wide characters count
/// by their display width).
pub fn pad(text: &str, width: usize) -> String {
    let w = text.width();
    if w >= width {
        truncate(text, width)
    } else {
        format!("{text}{}", " ".repeat(width - w))
    }
}

/// Cuts `text` to at most `width` terminal columns, ending in `…` when cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_owned();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// A line of text in one style.
pub fn styled_line(text: impl Into<String>, style: Style) -> Line<'static> {
    Line::from(Span::styled(text.into(), style))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_code_is_marked_without_colour() {
        let theme = Theme::choose(Some(crate::tutor::ThemeName::Monochrome));
        let text = markdown_text("Use `print` to show words.", &theme);
        let shown: String = text.lines[0]
            .spans
            .iter()
            .map(|s| s.content.as_ref())
            .collect();
        assert_eq!(shown, "Use `print` to show words.");
    }

    #[test]
    fn bars_never_look_full_until_done() {
        assert_eq!(bar(0, 6, 10), "░░░░░░░░░░");
        assert_eq!(bar(5, 6, 10), "█████████░");
        assert_eq!(bar(6, 6, 10), "██████████");
        assert_eq!(bar(0, 0, 4), "░░░░");
    }

    fn bar_text(keys: &[(&str, String)], width: u16, rows: u16) -> Vec<String> {
        let theme = Theme::new(crate::tui::theme::ThemeName::Monochrome);
        key_bar_lines(keys, width, rows, &theme)
            .iter()
            .map(|l| l.spans.iter().map(|s| s.content.as_ref()).collect())
            .collect()
    }

    #[test]
    fn a_key_is_never_split_from_its_label() {
        let keys: Vec<(&str, String)> = [
            ("F5", "Check"),
            ("F6", "Run"),
            ("F7", "Hint"),
            ("F8", "Answer"),
            ("F2", "My editor"),
            ("F9", "Start again"),
            ("Esc", "Back"),
            ("F1", "Help"),
        ]
        .into_iter()
        .map(|(k, l)| (k, l.to_owned()))
        .collect();
        assert_eq!(key_bar_rows(&keys, 80), 2);
        assert_eq!(
            bar_text(&keys, 80, 2),
            [
                "F5 Check  F6 Run  F7 Hint  F8 Answer  F2 My editor  F9 Start again  Esc Back",
                "F1 Help"
            ]
        );
        // One row only: keys drop out from the end, and F1 Help stays.
        assert_eq!(
            bar_text(&keys, 40, 1),
            ["F5 Check  F6 Run  F7 Hint  F1 Help"]
        );
        assert_eq!(key_bar_rows(&keys[..3], 80), 1);
        assert_eq!(bar_text(&keys[..3], 80, 1), ["F5 Check  F6 Run  F7 Hint"]);
    }

    #[test]
    fn a_pop_up_scrolls_to_its_last_line_and_no_further() {
        let screen = Rect::new(0, 0, 80, 24);
        let short = Text::from("one line");
        assert_eq!(popup_scroll_limit(screen, &short), 0);
        let long = Text::from(
            (1..=40)
                .map(|i| Line::from(format!("line {i}")))
                .collect::<Vec<_>>(),
        );
        // 24 rows less 2 around the box, 2 for its border and 2 for its keys: 18 rows show.
        assert_eq!(popup_scroll_limit(screen, &long), 40 - 18);
    }

    #[test]
    fn padding_counts_display_width() {
        assert_eq!(pad("Siân", 6), "Siân  ");
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(truncate("Mateusz Wiśniewski", 8), "Mateusz…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
    }
}
