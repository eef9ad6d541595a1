//! The Markdown subset lesson text uses, parsed once for every interface.
//!
//! Pages, tasks and hints may use headings, paragraphs, lists, emphasis, inline code and
//! fenced code blocks (see `docs/lesson-packs.md`). [`parse`] turns them into [`Block`]s
//! with styled [`Inline`] runs (using `pulldown-cmark`); the full-screen interface draws
//! them with colours and highlighting, and plain mode writes them as simple text. Anything
//! outside the subset (tables, HTML, images) is shown as its text, never dropped.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// How a run of text is styled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    pub emphasis: bool,
    pub strong: bool,
    pub code: bool,
}

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inline {
    pub text: String,
    pub style: Style,
}

/// A block of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading, level 1 to 6.
    Heading(u8, Vec<Inline>),
    Paragraph(Vec<Inline>),
    /// A list: ordered lists carry their first number.
    List {
        start: Option<u64>,
        items: Vec<Vec<Inline>>,
    },
    /// A code block with its language (e.g. `python`; empty for output examples).
    Code {
        language: String,
        text: String,
    },
}

/// Parses lesson Markdown into blocks.
pub fn parse(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut style = Style::default();
    let mut current: Vec<Inline> = Vec::new();
    let mut list: Option<(Option<u64>, Vec<Vec<Inline>>)> = None;
    let mut heading: Option<u8> = None;
    let mut code: Option<(String, String)> = None;

    let push_text = |current: &mut Vec<Inline>, text: &str, style: Style| {
        if let Some(last) = current.last_mut()
            && last.style == style
        {
            last.text.push_str(text);
            return;
        }
        current.push(Inline {
            text: text.to_owned(),
            style,
        });
    };

    for event in Parser::new_ext(text, Options::empty()) {
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    HeadingLevel::H4 => 4,
                    HeadingLevel::H5 => 5,
                    HeadingLevel::H6 => 6,
                });
            }
            Event::End(TagEnd::Heading(_)) => {
                blocks.push(Block::Heading(
                    heading.take().unwrap_or(1),
                    std::mem::take(&mut current),
                ));
            }
            Event::Start(Tag::Paragraph) => {}
            Event::End(TagEnd::Paragraph) => {
                if list.is_none() {
                    blocks.push(Block::Paragraph(std::mem::take(&mut current)));
                } else if !current.is_empty() {
                    // A loose list item: its paragraphs join with a space.
                    push_text(&mut current, " ", style);
                }
            }
            Event::Start(Tag::List(start)) if list.is_none() => {
                if !current.is_empty() {
                    blocks.push(Block::Paragraph(std::mem::take(&mut current)));
                }
                list = Some((start, Vec::new()));
            }
            Event::End(TagEnd::List(_)) => {
                if let Some((start, items)) = list.take() {
                    blocks.push(Block::List { start, items });
                }
            }
            Event::Start(Tag::Item) => {
                if let Some((_, items)) = &mut list
                    && !current.is_empty()
                {
                    items.push(trim_inlines(std::mem::take(&mut current)));
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some((_, items)) = &mut list
                    && !current.is_empty()
                {
                    items.push(trim_inlines(std::mem::take(&mut current)));
                }
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let language = match kind {
                    CodeBlockKind::Fenced(lang) => {
                        lang.split_whitespace().next().unwrap_or("").to_owned()
                    }
                    CodeBlockKind::Indented => String::new(),
                };
                code = Some((language, String::new()));
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((language, text)) = code.take() {
                    blocks.push(Block::Code {
                        language,
                        text: text.trim_end_matches('\n').to_owned(),
                    });
                }
            }
            Event::Start(Tag::Emphasis) => style.emphasis = true,
            Event::End(TagEnd::Emphasis) => style.emphasis = false,
            Event::Start(Tag::Strong) => style.strong = true,
            Event::End(TagEnd::Strong) => style.strong = false,
            Event::Text(t) => match &mut code {
                Some((_, text)) => text.push_str(&t),
                None => push_text(&mut current, &t, style),
            },
            Event::Code(t) => push_text(
                &mut current,
                &t,
                Style {
                    code: true,
                    ..style
                },
            ),
            Event::SoftBreak => push_text(&mut current, " ", style),
            Event::HardBreak => push_text(&mut current, "\n", style),
            Event::Html(t) | Event::InlineHtml(t) => push_text(&mut current, &t, style),
            Event::Rule => blocks.push(Block::Paragraph(vec![Inline {
                text: "―――".into(),
                style: Style::default(),
            }])),
            _ => {}
        }
    }
    if !current.is_empty() {
        blocks.push(Block::Paragraph(current));
    }
    blocks
}

fn trim_inlines(mut inlines: Vec<Inline>) -> Vec<Inline> {
    if let Some(last) = inlines.last_mut() {
        let trimmed = last.text.trim_end().len();
        last.text.truncate(trimmed);
    }
    inlines.retain(|i| !i.text.is_empty());
    inlines
}

/// Plain text of inline runs (code keeps its backticks off: screen readers read it as is).
pub fn inline_text(inlines: &[Inline]) -> String {
    inlines.iter().map(|i| i.text.as_str()).collect()
}

/// The words that announce a block in plain text: code (a block with a language), and a
/// program's expected output (a block without one), each with its end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlainLabels {
    pub code: String,
    pub code_end: String,
    pub output: String,
    pub output_end: String,
}

/// The page as plain, linear text for plain mode and screen readers: headings on their own
/// lines, list items numbered or dashed, code blocks and output examples indented and each
/// announced as what it is.
pub fn to_plain_text(blocks: &[Block], labels: &PlainLabels) -> String {
    let mut out = String::new();
    for block in blocks {
        match block {
            Block::Heading(_, inl) => {
                out.push_str(&inline_text(inl));
                out.push_str("\n\n");
            }
            Block::Paragraph(inl) => {
                out.push_str(&inline_text(inl));
                out.push_str("\n\n");
            }
            Block::List { start, items } => {
                for (i, item) in items.iter().enumerate() {
                    match start {
                        Some(n) => out.push_str(&format!("{}. ", n + i as u64)),
                        None => out.push_str("- "),
                    }
                    out.push_str(&inline_text(item));
                    out.push('\n');
                }
                out.push('\n');
            }
            Block::Code { language, text } => {
                let (start, end) = if language.is_empty() {
                    (&labels.output, &labels.output_end)
                } else {
                    (&labels.code, &labels.code_end)
                };
                out.push_str(start);
                out.push('\n');
                for line in text.lines() {
                    out.push_str("    ");
                    out.push_str(line);
                    out.push('\n');
                }
                out.push_str(end);
                out.push_str("\n\n");
            }
        }
    }
    out.trim_end().to_owned() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(text: &str) -> Inline {
        Inline {
            text: text.into(),
            style: Style::default(),
        }
    }

    #[test]
    fn paragraphs_headings_and_styles() {
        let blocks = parse("# Hello\n\nA *little* **bold** `code` here.\nSame paragraph.");
        assert_eq!(blocks[0], Block::Heading(1, vec![plain("Hello")]));
        let Block::Paragraph(p) = &blocks[1] else {
            panic!("{blocks:?}")
        };
        assert_eq!(inline_text(p), "A little bold code here. Same paragraph.");
        assert!(p.iter().any(|i| i.text == "little" && i.style.emphasis));
        assert!(p.iter().any(|i| i.text == "bold" && i.style.strong));
        assert!(p.iter().any(|i| i.text == "code" && i.style.code));
    }

    #[test]
    fn lists() {
        let blocks = parse("Steps:\n\n1. one\n2. two `x`\n\n- a\n- b\n");
        assert_eq!(blocks.len(), 3);
        let Block::List { start, items } = &blocks[1] else {
            panic!()
        };
        assert_eq!(*start, Some(1));
        assert_eq!(inline_text(&items[1]), "two x");
        let Block::List { start, items } = &blocks[2] else {
            panic!()
        };
        assert_eq!(*start, None);
        assert_eq!(items.len(), 2);
    }

    #[test]
    fn code_blocks_keep_their_text() {
        let blocks = parse("```python\nif x:\n    print(1)\n```\n\n```\nHello\n```");
        assert_eq!(
            blocks[0],
            Block::Code {
                language: "python".into(),
                text: "if x:\n    print(1)".into()
            }
        );
        assert_eq!(
            blocks[1],
            Block::Code {
                language: "".into(),
                text: "Hello".into()
            }
        );
    }

    fn labels() -> PlainLabels {
        PlainLabels {
            code: "Code:".into(),
            code_end: "End of code.".into(),
            output: "The program should print:".into(),
            output_end: "End of output.".into(),
        }
    }

    #[test]
    fn plain_text_is_linear() {
        let text = to_plain_text(
            &parse("# Title\n\nSome text.\n\n- a\n- b\n\n```python\nprint(1)\n```"),
            &labels(),
        );
        assert_eq!(
            text,
            "Title\n\nSome text.\n\n- a\n- b\n\nCode:\n    print(1)\nEnd of code.\n"
        );
    }

    #[test]
    fn expected_output_is_announced_as_output_not_code() {
        let text = to_plain_text(&parse("Print:\n\n```\nHello, Ada!\n```"), &labels());
        assert_eq!(
            text,
            "Print:\n\nThe program should print:\n    Hello, Ada!\nEnd of output.\n"
        );
    }
}
