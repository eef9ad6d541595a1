//! Making learners' output safe to show on a terminal.
//!
//! A program's output may hold escape sequences that move the cursor, change colours, set the
//! window title or worse. Anything shown to a learner goes through here first: control
//! characters (other than newline and tab) become visible symbols, so they can neither act
//! on the terminal nor vanish silently. A carriage return ends a line only as part of `\r\n`;
//! on its own it would move back over the start of the line, so text after it could
//! overwrite Slate's own words (a program once printed "✓ passed … Well done!" that way), and
//! it is shown as `␍`. Marking always compares the raw output; only what is *shown* is
//! changed.

/// Replaces control characters in `text` with visible symbols (ESC becomes `␛`).
pub fn for_terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => out.push('\r'),
            '\r' => out.push('␍'),
            c => push_safe(&mut out, c, true),
        }
    }
    out
}

/// Like [`for_terminal`], but tabs and line breaks become visible too (`→`, `↵`), for
/// showing exact differences between expected and actual output.
pub fn visible_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            ' ' => out.push('·'),
            '\t' => out.push('→'),
            '\n' => out.push_str("↵\n"),
            '\r' => out.push('␍'),
            c => push_safe(&mut out, c, false),
        }
    }
    out
}

fn push_safe(out: &mut String, c: char, keep_layout: bool) {
    match c {
        '\n' | '\t' if keep_layout => out.push(c),
        '\u{1b}' => out.push('␛'),
        '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => out.push('␡'),
        // C1 controls: some terminals act on them (U+009B is a second way to write CSI).
        '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
        // Bidirectional overrides can make text read differently from what it is.
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => out.push('\u{fffd}'),
        c => out.push(c),
    }
}

/// Sanitises output as it streams past, a chunk of bytes at a time.
///
/// Chunks may split a UTF-8 character; incomplete bytes are held until the next chunk.
#[derive(Debug, Default)]
pub struct Stream {
    pending: Vec<u8>,
}

impl Stream {
    /// Returns the safe text for `bytes`, keeping an incomplete trailing character for later.
    pub fn push(&mut self, bytes: &[u8]) -> String {
        self.pending.extend_from_slice(bytes);
        let valid_up_to = match std::str::from_utf8(&self.pending) {
            Ok(_) => self.pending.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(_) => self.pending.len(),
        };
        // A carriage return at the very end may be the first half of `\r\n`: wait and see.
        let valid_up_to = if self.pending[..valid_up_to].ends_with(b"\r") {
            valid_up_to - 1
        } else {
            valid_up_to
        };
        let rest = self.pending.split_off(valid_up_to);
        let chunk = std::mem::replace(&mut self.pending, rest);
        for_terminal(&String::from_utf8_lossy(&chunk))
    }

    /// Whatever is left at the end (an incomplete character shows as `�`).
    pub fn finish(&mut self) -> String {
        let rest = std::mem::take(&mut self.pending);
        for_terminal(&String::from_utf8_lossy(&rest))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_neutralised() {
        let shown = for_terminal("\u{1b}[2J\u{1b}]0;owned\u{7}hi\n");
        assert!(!shown.contains('\u{1b}'));
        assert!(!shown.contains('\u{7}'));
        assert_eq!(shown, "␛[2J␛]0;owned␇hi\n");
    }

    #[test]
    fn c1_csi_and_bidi_overrides_are_neutralised() {
        assert_eq!(for_terminal("a\u{9b}31mb"), "a\u{fffd}31mb");
        assert_eq!(for_terminal("x\u{202e}y"), "x\u{fffd}y");
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        let text = "Helô, byd! 👋 বাংলা\tcolumn\n";
        assert_eq!(for_terminal(text), text);
        assert_eq!(for_terminal("line\r\nnext"), "line\r\nnext");
    }

    #[test]
    fn a_lone_carriage_return_cannot_overwrite_the_line() {
        let forged = "hello\r✓ passed … Well done!";
        let shown = for_terminal(forged);
        assert!(!shown.contains('\r'));
        assert_eq!(shown, "hello␍✓ passed … Well done!");
    }

    #[test]
    fn stream_keeps_a_split_crlf_together() {
        let mut s = Stream::default();
        let mut out = s.push(b"a\r");
        out.push_str(&s.push(b"\nb\r"));
        out.push_str(&s.finish());
        assert_eq!(out, "a\r\nb␍");
    }

    #[test]
    fn whitespace_can_be_made_visible() {
        assert_eq!(visible_whitespace("a b\t\n"), "a·b→↵\n");
    }

    #[test]
    fn stream_keeps_split_characters_together() {
        let mut s = Stream::default();
        let bytes = "é\u{1b}".as_bytes();
        let mut out = s.push(&bytes[..1]);
        assert_eq!(out, "");
        out.push_str(&s.push(&bytes[1..]));
        out.push_str(&s.finish());
        assert_eq!(out, "é␛");
    }
}
