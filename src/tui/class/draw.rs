//! Drawing the class view: the title bar, who is stuck longest, the table of learners (or one
//! learner's latest code and failing test), the key bar, and help over it. Everything here
//! reads the screen's state and nothing else: no I/O, no changes.
//!
//! Names, exercise titles, code and test output come from the store or a pack, so they are
//! shown through [`shown`] or [`crate::safe_text`] (the feedback sentences already are). A
//! stuck learner's row is marked with `!` (explained at the foot of the table and in help),
//! never by colour alone, and the selected row with `›` as well as its colours.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::{ClassScreen, Open};
use crate::feedback::recorded;
use crate::store::class_view::{LearnerRow, STUCK_AFTER_ATTEMPTS};
use crate::store::report::shown;
use crate::store::time::duration;
use crate::tr;
use crate::tui::{key_help, widgets};

/// The parts of the screen.
struct Areas {
    title: Rect,
    /// Who is stuck longest (the table only).
    stuck: Rect,
    body: Rect,
    keys: Rect,
}

/// The widths of the table's columns, in terminal cells.
struct Widths {
    name: usize,
    exercise: usize,
    /// Passed, tried, stuck, last check, stuck for.
    numbers: [usize; 5],
}

/// The markers before each row: `› ! `.
const MARKERS: usize = 4;
/// The narrowest each of passed, tried, stuck, last check and stuck for may be; wider when
/// its heading is, up to [`WIDEST`].
const NARROWEST: [usize; 5] = [6, 5, 5, 10, 9];
const WIDEST: usize = 12;

impl Widths {
    /// Shares out `width` cells: the name and the exercise take what the other columns
    /// (as wide as their `headings`) leave.
    fn of(width: usize, headings: &[String; 5]) -> Widths {
        let mut numbers = NARROWEST;
        for (w, heading) in numbers.iter_mut().zip(headings) {
            *w = (*w).max(heading.width().min(WIDEST));
        }
        let gaps = numbers.len() + 1;
        let rest = width.saturating_sub(MARKERS + numbers.iter().sum::<usize>() + gaps);
        let name = (rest / 2).max(6);
        Widths {
            name,
            exercise: rest.saturating_sub(name).max(6),
            numbers,
        }
    }
}

impl ClassScreen {
    fn areas(&self) -> Areas {
        let size = self.size;
        let keys = key_help::bar(self.key_rows());
        let key_rows = widgets::key_bar_rows(&keys, size.width);
        let title_rows = widgets::wrapped_height(&self.title_text(), size.width).clamp(1, 2);
        let stuck_rows = u16::from(self.open == Open::List);
        let [title, stuck, body, keys] = Layout::vertical([
            Constraint::Length(to_u16(title_rows)),
            Constraint::Length(stuck_rows),
            Constraint::Min(3),
            Constraint::Length(key_rows),
        ])
        .areas(size);
        Areas {
            title,
            stuck,
            body,
            keys,
        }
    }

    /// How many learners (in the table) or rows of text (in the detail) show at once.
    pub(super) fn page_rows(&self) -> usize {
        let body = self.areas().body;
        let inner = usize::from(body.height.saturating_sub(2));
        match self.open {
            // Less the table's heading.
            Open::List => inner.saturating_sub(1),
            Open::Detail { .. } => inner,
        }
    }

    /// How far the detail can scroll: to its last row and no further.
    pub(super) fn detail_scroll_limit(&self) -> u16 {
        let inner = widgets::margin(Block::bordered().inner(self.areas().body));
        widgets::max_scroll(&self.detail_text(), inner.width, inner.height)
    }

    /// "Class 7B · 12 learners · updated 5 s ago", and why a refresh failed.
    fn title_text(&self) -> Text<'static> {
        let view = &self.view;
        let who = match &view.group {
            Some(g) => tr!("class-title-group", group = shown(g)),
            None => tr!("class-title-all"),
        };
        let ago = u64::try_from(self.now.saturating_sub(view.built)).unwrap_or(0);
        let mut spans = vec![Span::styled(
            format!(
                " {who} · {} · {}",
                tr!("report-learners", count = view.rows.len()),
                tr!("class-updated", time = duration(ago))
            ),
            self.theme.title,
        )];
        if let Some(reason) = &self.refresh_error {
            spans.push(Span::styled(
                format!(" · {}", tr!("class-refresh-failed", reason = shown(reason))),
                self.theme.warn,
            ));
        }
        Text::from(Line::from(spans))
    }

    /// "Stuck longest: Maya (7B), 14 min on Add two numbers."
    fn stuck_text(&self) -> String {
        let view = &self.view;
        match view.stuck_longest() {
            Some(row) => tr!(
                "class-stuck-longest",
                who = self.name_of(row),
                time = duration(row.stuck_for(self.now).unwrap_or(0)),
                exercise = row
                    .current
                    .as_ref()
                    .map(|c| shown(&c.title))
                    .unwrap_or_default()
            ),
            None if view.rows.is_empty() => String::new(),
            None => tr!("class-nobody-stuck"),
        }
    }

    /// A learner as the table names them, made safe to show.
    fn name_of(&self, row: &LearnerRow) -> String {
        shown(&self.view.name_of(row))
    }

    /// The help pop-up: this screen's keys, then what `!` means.
    pub(super) fn help_text(&self) -> Text<'static> {
        let theme = &self.theme;
        let keys = key_help::help(self.key_rows());
        let column = keys.iter().map(|(k, _)| k.width()).max().unwrap_or(0) + 2;
        let mut lines = vec![
            widgets::styled_line(tr!("help-intro"), theme.normal),
            Line::default(),
        ];
        for (key, label) in keys {
            lines.push(Line::from(vec![
                Span::styled(widgets::pad(key, column), theme.key),
                Span::styled(label, theme.normal),
            ]));
        }
        lines.push(Line::default());
        lines.push(widgets::styled_line(
            tr!("class-help-stuck", attempts = STUCK_AFTER_ATTEMPTS),
            theme.normal,
        ));
        Text::from(lines)
    }

    /// The selected learner's latest check: how it went, their code, and the first test
    /// that did not pass, said as the learner's own results say it.
    fn detail_text(&self) -> Text<'static> {
        let theme = &self.theme;
        let Some(row) = self.selected_row() else {
            return Text::default();
        };
        let Some(detail) = &row.detail else {
            return Text::from(widgets::styled_line(
                tr!("class-detail-nothing", who = shown(&row.label())),
                theme.normal,
            ));
        };
        let ago = u64::try_from(self.now.saturating_sub(detail.at)).unwrap_or(0);
        let mut lines = vec![
            widgets::styled_line(
                tr!(
                    "class-detail-attempt",
                    time = duration(ago),
                    score = detail.score,
                    max = detail.max_score,
                    passed = if detail.passed { "yes" } else { "no" }
                ),
                theme.strong,
            ),
            Line::default(),
        ];
        let code = crate::safe_text::for_terminal(detail.code.trim_end_matches(['\n', '\r']));
        for (i, spans) in crate::tui::highlight::python_lines(&code, theme)
            .into_iter()
            .enumerate()
        {
            let mut line = vec![Span::styled(format!("{:>3} │ ", i + 1), theme.line_number)];
            line.extend(spans);
            lines.push(Line::from(line));
        }
        lines.push(Line::default());
        match detail.first_failing() {
            Some((index, test)) => {
                lines.push(widgets::styled_line(
                    tr!("class-detail-failing"),
                    theme.strong,
                ));
                for line in recorded::details(index, test).lines() {
                    lines.push(widgets::styled_line(line.to_owned(), theme.normal));
                }
            }
            None => lines.push(widgets::styled_line(
                tr!("class-detail-all-passed"),
                theme.good,
            )),
        }
        Text::from(lines)
    }

    /// The table's heading and rows from `first`, `height` of them, `width` cells wide.
    fn table_lines(&self, first: usize, height: usize, width: usize) -> Vec<Line<'static>> {
        let theme = &self.theme;
        let headings = [
            tr!("class-col-passed"),
            tr!("class-col-tried"),
            tr!("class-col-stuck"),
            tr!("class-col-last-check"),
            tr!("class-col-stuck-for"),
        ];
        let w = Widths::of(width, &headings);
        let cells = |marks: &str, name: &str, exercise: &str, rest: [&str; 5]| {
            let mut text = format!(
                "{marks}{} {}",
                widgets::pad(name, w.name),
                widgets::pad(exercise, w.exercise)
            );
            for (cell, width) in rest.iter().zip(w.numbers) {
                text.push(' ');
                text.push_str(&widgets::pad(cell, width));
            }
            text.trim_end().to_owned()
        };
        let [passed, tried, stuck, last, stuck_for] = &headings;
        let heading = cells(
            "    ",
            &tr!("class-col-learner"),
            &tr!("class-col-exercise"),
            [passed, tried, stuck, last, stuck_for],
        );
        let mut lines = vec![widgets::styled_line(heading, theme.strong)];
        if self.view.rows.is_empty() {
            lines.push(widgets::styled_line(tr!("class-no-learners"), theme.normal));
            return lines;
        }
        for (i, row) in self.view.rows.iter().enumerate().skip(first).take(height) {
            let selected = i == self.selected;
            let marks = format!(
                "{} {} ",
                if selected { "›" } else { " " },
                if row.stuck_now() { "!" } else { " " }
            );
            let exercise = row
                .current
                .as_ref()
                .map_or_else(|| "–".to_owned(), |c| shown(&c.title));
            let last = row.since_last_check(self.now).map_or_else(
                || tr!("class-not-yet"),
                |ms| tr!("class-ago", time = duration(ms)),
            );
            let stuck_for = row.stuck_for(self.now).map(duration).unwrap_or_default();
            let text = cells(
                &marks,
                &self.name_of(row),
                &exercise,
                [
                    &row.passed.to_string(),
                    &row.tried.to_string(),
                    &row.stuck.to_string(),
                    &last,
                    &stuck_for,
                ],
            );
            let style = if selected {
                theme.selected
            } else if row.stuck_now() {
                theme.warn
            } else {
                theme.normal
            };
            lines.push(widgets::styled_line(text, style));
        }
        lines
    }
}

/// Draws the whole screen.
pub(super) fn screen(s: &ClassScreen, frame: &mut Frame<'_>) {
    let theme = &s.theme;
    let areas = s.areas();
    frame.render_widget(
        Paragraph::new(s.title_text())
            .wrap(ratatui::widgets::Wrap { trim: false })
            .style(theme.title),
        areas.title,
    );
    match s.open {
        Open::List => {
            frame.render_widget(
                Paragraph::new(widgets::truncate(
                    &format!(" {}", s.stuck_text()),
                    usize::from(areas.stuck.width),
                ))
                .style(theme.normal),
                areas.stuck,
            );
            table(s, frame, areas.body);
        }
        Open::Detail { scroll } => {
            let title = match s.selected_row() {
                Some(row) => {
                    let exercise = row.current.as_ref().map(|c| shown(&c.title));
                    match exercise {
                        Some(e) => format!(" {} · {e} ", shown(&row.label())),
                        None => format!(" {} ", shown(&row.label())),
                    }
                }
                None => String::new(),
            };
            let block = widgets::panel(title, true, theme);
            widgets::scrolled_text(frame, areas.body, block, s.detail_text(), scroll, theme);
        }
    }
    widgets::key_bar(frame, areas.keys, &key_help::bar(s.key_rows()), theme);
    if let Some(scroll) = s.help {
        let text = s.help_text();
        let mut keys = Vec::new();
        if widgets::popup_scroll_limit(s.size, &text) > 0 {
            keys.push(("↑↓", tr!("key-scroll")));
        }
        keys.push(("Esc", tr!("key-close")));
        widgets::popup(frame, &tr!("help-title"), text, &keys, scroll, theme);
    }
}

/// The table in its box, scrolled to keep the selected learner in sight, with "more above"
/// and "more below" on the borders and what `!` means at the foot.
fn table(s: &ClassScreen, frame: &mut Frame<'_>, area: Rect) {
    let theme = &s.theme;
    let page = s.page_rows().max(1);
    let first = (s.selected + 1).saturating_sub(page);
    let count = s.view.rows.len();
    let legend = format!(
        " {} ",
        tr!("class-stuck-legend", attempts = STUCK_AFTER_ATTEMPTS)
    );
    let block =
        widgets::panel("", true, theme).title_bottom(Line::from(Span::styled(legend, theme.muted)));
    let block = widgets::mark_cut(block, first > 0, first + page < count, theme);
    let inner = widgets::margin(block.inner(area));
    frame.render_widget(block, area);
    frame.render_widget(
        Paragraph::new(s.table_lines(first, page, usize::from(inner.width))),
        inner,
    );
}

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
