//! Python's tokens, as far as telling an expression from anything else needs: names and
//! keywords, numbers, strings (every prefix, triple quotes, and f-strings with any quotes
//! inside their replacement fields), operators and brackets (which must pair up), and new
//! lines outside brackets (which end an expression). Comments and line continuations are
//! skipped.

use super::{Fault, NotPython};

#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    Name(String),
    /// A keyword (`and`, `lambda`, ...).
    Key(&'static str),
    /// A number: a complete value.
    Atom,
    /// A string (strings side by side are one).
    Str,
    Op(&'static str),
    End,
}

#[rustfmt::skip]
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
];

/// Longest first, so `**=` is not read as `**` and `=`.
#[rustfmt::skip]
const OPS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==",
    "!=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@",
    "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
];

pub(super) fn tokenize(text: &str) -> Result<Vec<(Tok, usize)>, NotPython> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let at = i + 1;
        if c == '#' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '\\' && chars.get(i + 1) == Some(&'\n') {
            i += 2;
        } else if c == '\n' && open.is_empty() {
            // Outside brackets a new line ends the expression: only blank lines may follow.
            if chars[i..].iter().collect::<String>().lines().any(|l| {
                let l = l.trim();
                !l.is_empty() && !l.starts_with('#')
            }) {
                let next = chars[i..]
                    .iter()
                    .position(|c| !c.is_whitespace())
                    .unwrap_or(0);
                out.push((Tok::Op("\n"), i + next + 1));
            }
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if let Some(len) = string_start(&chars[i..]) {
            i = string_end(&chars, i, len)?;
            out.push((Tok::Str, at));
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || chars[i] == '_'
                    || chars[i] == '.'
                    || ((chars[i] == '+' || chars[i] == '-')
                        && matches!(chars[i - 1], 'e' | 'E')
                        && !chars[..i]
                            .iter()
                            .rev()
                            .take_while(|c| c.is_alphanumeric())
                            .any(|c| matches!(c, 'x' | 'X'))))
            {
                i += 1;
            }
            out.push((Tok::Atom, at));
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            match KEYWORDS.iter().find(|k| **k == word) {
                Some(k) => out.push((Tok::Key(k), at)),
                None => out.push((Tok::Name(word), at)),
            }
        } else {
            let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
            let Some(op) = OPS.iter().find(|op| rest.starts_with(**op)) else {
                return Err(NotPython {
                    at,
                    kind: Fault::Unexpected(c.to_string()),
                });
            };
            match *op {
                "(" | "[" | "{" => open.push((c, at)),
                ")" | "]" | "}" => {
                    let want = match c {
                        ')' => '(',
                        ']' => '[',
                        _ => '{',
                    };
                    if open.pop().map(|(o, _)| o) != Some(want) {
                        return Err(NotPython {
                            at,
                            kind: Fault::Unexpected(c.to_string()),
                        });
                    }
                }
                _ => {}
            }
            out.push((Tok::Op(op), at));
            i += op.chars().count();
        }
    }
    if let Some((c, at)) = open.pop() {
        return Err(NotPython {
            at,
            kind: Fault::Unclosed(c),
        });
    }
    out.push((Tok::End, chars.len() + 1));
    Ok(out)
}

/// If a string starts here, the length of its prefix and opening quote(s).
fn string_start(chars: &[char]) -> Option<usize> {
    let prefix = chars.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let word: String = chars[..prefix].iter().collect::<String>().to_lowercase();
    let prefixes = [
        "", "r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt",
    ];
    if !prefixes.contains(&word.as_str()) {
        return None;
    }
    let quote = *chars.get(prefix)?;
    if quote != '\'' && quote != '"' {
        return None;
    }
    let triple = chars.get(prefix + 1) == Some(&quote) && chars.get(prefix + 2) == Some(&quote);
    Some(prefix + if triple { 3 } else { 1 })
}

/// Where the string starting at `start` (prefix and quotes `len` long) ends.
fn string_end(chars: &[char], start: usize, len: usize) -> Result<usize, NotPython> {
    let opening = &chars[start..start + len];
    let quote = opening[len - 1];
    let triple = len >= 3 && opening[len - 3..].iter().all(|c| *c == quote);
    let formatted = opening.iter().any(|c| matches!(c, 'f' | 'F' | 't' | 'T'));
    let raw = opening.iter().any(|c| matches!(c, 'r' | 'R'));
    let mut i = start + len;
    let mut depth = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && (!raw || depth == 0) {
            i += 2;
            continue;
        }
        if formatted && c == '{' {
            if depth == 0 && chars.get(i + 1) == Some(&'{') {
                i += 2;
                continue;
            }
            depth += 1;
        } else if formatted && c == '}' && depth > 0 {
            depth -= 1;
        } else if depth > 0 && (c == '\'' || c == '"') {
            // A string inside a replacement field (Python 3.12 allows any quotes there).
            if let Some(inner) = string_start(&chars[i..]) {
                i = string_end(chars, i, inner)?;
                continue;
            }
        } else if c == '\n' && !triple && depth == 0 {
            break;
        } else if c == quote
            && (!triple || chars.get(i + 1) == Some(&quote) && chars.get(i + 2) == Some(&quote))
        {
            return Ok(i + if triple { 3 } else { 1 });
        }
        i += 1;
    }
    Err(NotPython {
        at: start + 1,
        kind: Fault::String,
    })
}
