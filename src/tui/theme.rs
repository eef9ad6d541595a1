//! Colours and styles, in three themes: default, high contrast, and monochrome.
//!
//! Nothing in Slate is shown by colour alone: statuses have symbols and words, the selected
//! row has a `▶` marker as well as a highlight. Monochrome uses only bold, underline and
//! reverse video, and is chosen automatically when `NO_COLOR` is set.

use ratatui::style::{Color, Modifier, Style};

pub use crate::tutor::ThemeName;

/// Styles for everything Slate draws.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    pub normal: Style,
    pub title: Style,
    pub border: Style,
    pub focused_border: Style,
    pub selected: Style,
    pub muted: Style,
    pub key: Style,
    pub good: Style,
    pub bad: Style,
    pub warn: Style,
    pub heading: Style,
    pub emphasis: Style,
    pub strong: Style,
    pub inline_code: Style,
    pub line_number: Style,
    pub cursor_line: Style,
    pub selection: Style,
    // Python highlighting.
    pub keyword: Style,
    pub string: Style,
    pub comment: Style,
    pub number: Style,
    pub function: Style,
    pub builtin: Style,
}

impl Theme {
    pub fn new(name: ThemeName) -> Theme {
        let plain = Style::default();
        let bold = Style::default().add_modifier(Modifier::BOLD);
        match name {
            ThemeName::Default => Theme {
                name,
                normal: plain,
                title: bold.fg(Color::Cyan),
                border: plain.fg(Color::DarkGray),
                focused_border: plain.fg(Color::Cyan),
                selected: bold.bg(Color::Blue).fg(Color::White),
                muted: plain.fg(Color::DarkGray),
                key: bold.fg(Color::Yellow),
                good: bold.fg(Color::Green),
                bad: bold.fg(Color::Red),
                warn: bold.fg(Color::Yellow),
                heading: bold.fg(Color::Cyan),
                emphasis: plain.add_modifier(Modifier::ITALIC),
                strong: bold,
                inline_code: plain.fg(Color::Yellow),
                line_number: plain.fg(Color::DarkGray),
                cursor_line: plain,
                selection: plain.add_modifier(Modifier::REVERSED),
                keyword: bold.fg(Color::Magenta),
                string: plain.fg(Color::Green),
                comment: plain.fg(Color::DarkGray).add_modifier(Modifier::ITALIC),
                number: plain.fg(Color::Yellow),
                function: plain.fg(Color::Blue),
                builtin: plain.fg(Color::Cyan),
            },
            ThemeName::HighContrast => {
                let base = plain.fg(Color::White).bg(Color::Black);
                Theme {
                    name,
                    normal: base,
                    title: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                    border: base,
                    focused_border: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                    selected: Style::default()
                        .fg(Color::Black)
                        .bg(Color::Yellow)
                        .add_modifier(Modifier::BOLD),
                    muted: base,
                    key: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                    good: base.fg(Color::LightGreen).add_modifier(Modifier::BOLD),
                    bad: base.fg(Color::LightRed).add_modifier(Modifier::BOLD),
                    warn: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
                    heading: base
                        .fg(Color::Yellow)
                        .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                    emphasis: base.add_modifier(Modifier::ITALIC),
                    strong: base.add_modifier(Modifier::BOLD),
                    inline_code: base.fg(Color::LightCyan),
                    line_number: base,
                    cursor_line: base,
                    selection: base.add_modifier(Modifier::REVERSED),
                    keyword: base.fg(Color::LightMagenta).add_modifier(Modifier::BOLD),
                    string: base.fg(Color::LightGreen),
                    comment: base.fg(Color::LightCyan),
                    number: base.fg(Color::Yellow),
                    function: base.fg(Color::LightBlue).add_modifier(Modifier::BOLD),
                    builtin: base.fg(Color::LightCyan),
                }
            }
            ThemeName::Monochrome => Theme {
                name,
                normal: plain,
                title: bold,
                border: plain,
                focused_border: bold,
                selected: plain.add_modifier(Modifier::REVERSED | Modifier::BOLD),
                muted: plain,
                key: bold,
                good: bold,
                bad: bold,
                warn: bold,
                heading: bold.add_modifier(Modifier::UNDERLINED),
                emphasis: plain.add_modifier(Modifier::ITALIC),
                strong: bold,
                inline_code: bold,
                line_number: plain,
                cursor_line: plain,
                selection: plain.add_modifier(Modifier::REVERSED),
                keyword: bold,
                string: plain,
                comment: plain.add_modifier(Modifier::ITALIC),
                number: plain,
                function: plain,
                builtin: plain,
            },
        }
    }

    /// The theme to use: monochrome whenever `NO_COLOR` is set, else the learner's choice.
    pub fn choose(setting: Option<ThemeName>) -> Theme {
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            return Theme::new(ThemeName::Monochrome);
        }
        Theme::new(setting.unwrap_or(ThemeName::Default))
    }
}
