//! The exercise screen's results pane and the check under way: the seconds it has taken,
//! how far preparing Python has got (the first time), stopping it with Esc, and the results
//! of the last check, one line per test.

use std::time::Instant;

use ratatui::text::{Line, Span, Text};

use super::{ExerciseScreen, Theme, widgets};
use crate::feedback;
use crate::tr;
use crate::tutor::CheckStopper;

/// A check under way on another thread.
pub(super) struct Checking {
    pub(super) token: u64,
    pub(super) started: Instant,
    /// Whole seconds since it started, as of the last tick.
    pub(super) seconds: u64,
    pub(super) stopper: CheckStopper,
    /// How far preparing Python has got, while the check waits for it.
    pub(super) preparing: Option<String>,
}

impl ExerciseScreen {
    /// Esc during a check: stops it and forgets it at once (its result, if it still comes,
    /// is not recorded or shown).
    pub(super) fn stop_check(&mut self) {
        if let Some(checking) = self.checking.take() {
            checking.stopper.stop();
            self.stopped = true;
            self.report = None;
        }
    }

    /// Time passed: the seconds a check has taken, and how far preparing Python has got.
    pub fn tick(&mut self, now: Instant, preparing: Option<&str>) {
        if let Some(c) = &mut self.checking {
            c.seconds = now.saturating_duration_since(c.started).as_secs();
            c.preparing = preparing.map(str::to_owned);
        }
    }

    pub(super) fn results_text(&self, theme: &Theme) -> Text<'static> {
        if let Some(c) = &self.checking {
            let words = match (&c.preparing, c.seconds) {
                (Some(preparing), _) => preparing.clone(),
                (None, 0) => tr!("checking"),
                (None, seconds) => tr!("checking-elapsed", seconds = seconds),
            };
            return Text::from(widgets::styled_line(words, theme.strong));
        }
        if self.stopped {
            return Text::from(widgets::styled_line(tr!("check-stopped"), theme.strong));
        }
        let Some(report) = &self.report else {
            return Text::from(widgets::styled_line(tr!("press-f5"), theme.muted));
        };
        let mut lines = Vec::new();
        let summary = format!(
            "{} {}",
            feedback::summary(report),
            feedback::score_line(report)
        );
        lines.push(widgets::styled_line(
            summary,
            if report.passed {
                theme.good
            } else {
                theme.strong
            },
        ));
        if let Some((i, t)) = report.tests.iter().enumerate().find(|(_, t)| !t.passed()) {
            lines.push(Line::from(Span::styled(
                feedback::test_sentence(i, t),
                theme.normal,
            )));
            // Where, why and what to try, here and not only behind F4.
            for line in feedback::explanation_lines(t) {
                lines.push(Line::from(Span::styled(line, theme.normal)));
            }
        }
        // The status column fits the longest word shown, in any language.
        let column = report
            .tests
            .iter()
            .map(|t| {
                unicode_width::UnicodeWidthStr::width(feedback::status_label(t.status).1.as_str())
            })
            .max()
            .unwrap_or(0)
            + 2;
        for (i, t) in report.tests.iter().enumerate() {
            let (symbol, word) = feedback::status_label(t.status);
            let style = if t.passed() { theme.good } else { theme.bad };
            lines.push(Line::from(vec![
                Span::styled(format!("{symbol} {}", widgets::pad(&word, column)), style),
                Span::styled(feedback::test_title(i, t), theme.normal),
            ]));
        }
        Text::from(lines)
    }
}
