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
                style = style.patch(theme.inline_code);
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

/// The number of screen rows `text` takes when wrapped to `width` (an estimate that matches
/// word wrapping closely enough for scrolling).
pub fn wrapped_height(text: &Text<'_>, width: u16) -> usize {
    let width = width.max(1) as usize;
    text.lines
        .iter()
        .map(|l| {
            let w: usize = l.spans.iter().map(|s| s.content.width()).sum();
            w.div_ceil(width).max(1)
        })
        .sum()
}

/// The always-visible row of keys: `F5 Check  F6 Run ...`.
pub fn key_bar(frame: &mut Frame<'_>, area: Rect, keys: &[(&str, String)], theme: &Theme) {
    let mut spans = Vec::new();
    for (i, (key, label)) in keys.iter().enumerate() {
        if i > 0 {
            spans.push(Span::raw("  "));
        }
        spans.push(Span::styled((*key).to_owned(), theme.key));
        spans.push(Span::styled(format!(" {label}"), theme.normal));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).wrap(Wrap { trim: true }),
        area,
    );
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

/// Draws a pop-up with a title, text and a line of keys at the bottom.
pub fn popup(
    frame: &mut Frame<'_>,
    title: &str,
    body: Text<'static>,
    keys: &[(&str, String)],
    scroll: u16,
    theme: &Theme,
) {
    let area = frame.area();
    let width = area.width.saturating_sub(4).clamp(20, 76);
    let inner_width = width.saturating_sub(4);
    let wanted = wrapped_height(&body, inner_width) as u16 + 4;
    let rect = centered(
        area,
        width,
        wanted.min(area.height.saturating_sub(2)).max(5),
    );
    frame.render_widget(Clear, rect);
    let block = panel(format!(" {title} "), true, theme).style(theme.normal);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let [text_area, _, keys_area] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let text_area = margin(text_area);
    frame.render_widget(
        Paragraph::new(body)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0))
            .style(theme.normal),
        text_area,
    );
    let keys_area = margin(keys_area);
    key_bar(frame, keys_area, keys, theme);
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
    fn bars_never_look_full_until_done() {
        assert_eq!(bar(0, 6, 10), "░░░░░░░░░░");
        assert_eq!(bar(5, 6, 10), "█████████░");
        assert_eq!(bar(6, 6, 10), "██████████");
        assert_eq!(bar(0, 0, 4), "░░░░");
    }

    #[test]
    fn padding_counts_display_width() {
        assert_eq!(pad("Siân", 6), "Siân  ");
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(truncate("Mateusz Wiśniewski", 8), "Mateusz…");
        assert_eq!(truncate("日本語テキスト", 5), "日本…");
    }
}
