//! Python syntax highlighting with syntect, loaded on first use.
//!
//! syntect's bundled syntaxes take tens of milliseconds to load, so they are loaded the
//! first time code is shown rather than at start-up. Scopes are mapped to the theme's
//! styles (not to a syntect colour theme), so the three themes stay consistent and
//! monochrome stays monochrome.

use std::sync::OnceLock;

use ratatui::style::Style;
use ratatui::text::Span;
use syntect::parsing::{ParseState, ScopeStack, SyntaxReference, SyntaxSet};

use super::theme::Theme;

fn syntaxes() -> &'static SyntaxSet {
    static SET: OnceLock<SyntaxSet> = OnceLock::new();
    SET.get_or_init(SyntaxSet::load_defaults_newlines)
}

fn python() -> &'static SyntaxReference {
    let set = syntaxes();
    set.find_syntax_by_extension("py")
        .unwrap_or_else(|| set.find_syntax_plain_text())
}

/// The style for a stack of scopes: the innermost scope that means something wins.
fn style_for(stack: &ScopeStack, theme: &Theme) -> Style {
    for scope in stack.as_slice().iter().rev() {
        let name = scope.build_string();
        let s = if name.starts_with("comment") {
            Some(theme.comment)
        } else if name.starts_with("string") || name.starts_with("constant.character") {
            Some(theme.string)
        } else if name.starts_with("constant.numeric") {
            Some(theme.number)
        } else if name.starts_with("keyword")
            || name.starts_with("storage")
            || name.starts_with("constant.language")
        {
            Some(theme.keyword)
        } else if name.starts_with("support.function") || name.starts_with("support.type") {
            Some(theme.builtin)
        } else if name.starts_with("entity.name.function") || name.starts_with("variable.function")
        {
            Some(theme.function)
        } else {
            None
        };
        if let Some(s) = s {
            return s;
        }
    }
    theme.normal
}

/// Highlights Python source, line by line, into styled spans.
pub fn python_lines(code: &str, theme: &Theme) -> Vec<Vec<Span<'static>>> {
    let mut state = ParseState::new(python());
    let mut stack = ScopeStack::new();
    let mut out = Vec::new();
    for line in code.split('\n') {
        let with_newline = format!("{line}\n");
        let ops = state
            .parse_line(&with_newline, syntaxes())
            .unwrap_or_default();
        let mut spans = Vec::new();
        let mut last = 0;
        for (offset, op) in ops {
            let offset = offset.min(line.len());
            if offset > last {
                spans.push(Span::styled(
                    line[last..offset].to_owned(),
                    style_for(&stack, theme),
                ));
                last = offset;
            }
            let _ = stack.apply(&op);
        }
        if last < line.len() {
            spans.push(Span::styled(
                line[last..].to_owned(),
                style_for(&stack, theme),
            ));
        }
        out.push(merge(spans));
    }
    out
}

/// Joins neighbouring spans of the same style (a string's quotes and its text, say).
fn merge(spans: Vec<Span<'static>>) -> Vec<Span<'static>> {
    let mut out: Vec<Span<'static>> = Vec::with_capacity(spans.len());
    for span in spans {
        match out.last_mut() {
            Some(last) if last.style == span.style => {
                last.content = format!("{}{}", last.content, span.content).into();
            }
            _ => out.push(span),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::theme::{Theme, ThemeName};

    #[test]
    fn keywords_strings_and_comments_get_their_styles() {
        let theme = Theme::new(ThemeName::Default);
        let lines = python_lines("if x:\n    print('hi')  # say hi", &theme);
        assert_eq!(lines.len(), 2);
        let find = |line: &[Span<'_>], text: &str| {
            line.iter()
                .find(|s| s.content.contains(text))
                .map(|s| s.style)
                .unwrap()
        };
        assert_eq!(find(&lines[0], "if"), theme.keyword);
        assert_eq!(find(&lines[1], "'hi'"), theme.string);
        assert_eq!(find(&lines[1], "# say hi"), theme.comment);
        let text: String = lines[1].iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(text, "    print('hi')  # say hi");
    }
}
