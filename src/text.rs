//! Small helpers for text, shared by every layer: laying it out in a terminal, making ids
//! and folder names from what people typed, and writing a file name into a command someone
//! can copy.

use unicode_width::UnicodeWidthStr;

/// Pads `text` with spaces to `width` terminal columns (accents and wide characters count
/// as they are shown, not as bytes or characters). Never cuts text.
pub fn pad(text: &str, width: usize) -> String {
    let shown = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
}

/// An id or folder name made from `name`: lower-case ASCII letters and digits, with one `-`
/// for each run of anything else, none at either end, at most 64 characters ("Adds 2 and 3!"
/// becomes "adds-2-and-3"); `fallback` when nothing of `name` is left.
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(|c| c.to_lowercase()) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(64).collect();
    if out.is_empty() {
        fallback.to_owned()
    } else {
        out
    }
}

/// `text` wrapped at word boundaries to lines of at most `width` terminal columns (a word
/// longer than a line is cut where it must be). Line breaks in `text` are kept; spaces where
/// a line is broken are dropped.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(1);
    let mut out = String::new();
    for (i, paragraph) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let mut word = word;
            let w = word.width();
            if used > 0 && used + 1 + w <= width {
                out.push(' ');
                used += 1;
            } else if used > 0 {
                out.push('\n');
                used = 0;
            }
            // A word wider than a whole line is cut into pieces that fit.
            while word.width() > width - used {
                let mut cut = 0;
                let mut cols = 0;
                for (at, c) in word.char_indices() {
                    let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                    if cols + cw > width - used {
                        break;
                    }
                    cols += cw;
                    cut = at + c.len_utf8();
                }
                if cut == 0 {
                    cut = word.chars().next().map_or(word.len(), char::len_utf8);
                }
                out.push_str(&word[..cut]);
                out.push('\n');
                used = 0;
                word = &word[cut..];
            }
            out.push_str(word);
            used += word.width();
        }
    }
    out
}

/// `word` as one word of a command a person copies into a terminal: as it is when it is
/// plain (`my-pack`, `C:\packs\loops` on Windows), otherwise in double quotes, which keep spaces
/// together in every common shell (cmd, PowerShell, bash, zsh). Where double quotes would
/// not keep it as written (it holds `"`, `$`, `` ` ``, `\` or `!`), Unix shells get single
/// quotes, each `'` written as `'\''`.
pub fn shell_word(word: &str) -> String {
    let plain = |c: char| c.is_alphanumeric() || "-_./:,+=@%".contains(c);
    if !word.is_empty()
        && word
            .chars()
            .all(|c| plain(c) || (cfg!(windows) && c == '\\'))
    {
        return word.to_owned();
    }
    let needs_single = word.chars().any(|c| "\"$`\\!".contains(c));
    if needs_single && !cfg!(windows) {
        format!("'{}'", word.replace('\'', "'\\''"))
    } else {
        format!("\"{word}\"")
    }
}

/// What a tab becomes in code a learner sees: four spaces, Python's usual indent.
pub const TAB: &str = "    ";

/// `code` with every tab as [`TAB`]: the one rule for starters and solutions from packs
/// and for what is typed or pasted into the built-in editor, so learners only ever see
/// spaces.
pub fn tabs_to_spaces(code: &str) -> String {
    code.replace('\t', TAB)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tabs_become_four_spaces() {
        assert_eq!(
            tabs_to_spaces("if x:\n\tif y:\n\t\tpass\n"),
            "if x:\n    if y:\n        pass\n"
        );
    }

    #[test]
    fn wrapping_breaks_between_words_never_inside_one() {
        let said =
            "Your program was stopped: it ran for too long. Is there a loop that never ends?";
        let wrapped = wrap(said, 30);
        assert_eq!(
            wrapped,
            "Your program was stopped: it\nran for too long. Is there a\nloop that never ends?"
        );
        assert!(wrapped.lines().all(|l| l.width() <= 30));
        assert_eq!(wrapped.replace('\n', " "), said, "no word is lost or cut");
        // Columns, not bytes: Welsh and Polish letters count once.
        assert_eq!(
            wrap("Wrthi'n gwirio dy god… gŵr", 12),
            "Wrthi'n\ngwirio dy\ngod… gŵr"
        );
        // Line breaks are kept, and a word longer than a line is cut where it must be.
        assert_eq!(wrap("a b\ncd", 80), "a b\ncd");
        assert_eq!(wrap("abcdefgh ij", 3), "abc\ndef\ngh\nij");
        assert_eq!(wrap("", 10), "");
    }

    #[test]
    fn padding_counts_columns_not_bytes() {
        assert_eq!(pad("za dużo pamięci", 17), "za dużo pamięci  ");
        assert_eq!(pad("gormod o gôf", 12), "gormod o gôf");
        assert_eq!(pad("日本", 6), "日本  ");
        assert_eq!(pad("longer than", 4), "longer than");
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Adds 2 and 3!", "test"), "adds-2-and-3");
        assert_eq!(slug("  --Hello--  ", "test"), "hello");
        assert_eq!(
            slug("Pen-blwydd hapus, Siân", "test"),
            "pen-blwydd-hapus-si-n"
        );
        assert_eq!(slug("MY Pack_2", "x"), "my-pack-2");
        assert_eq!(slug("", "learner"), "learner");
        assert_eq!(slug("!!! ---", "my-pack"), "my-pack");
        assert_eq!(slug("日本", "test"), "test");
        assert_eq!(slug(&"ab".repeat(40), "x"), "ab".repeat(32));
    }

    #[test]
    fn words_for_a_command_are_quoted_only_when_they_must_be() {
        assert_eq!(shell_word("my-pack"), "my-pack");
        assert_eq!(shell_word("../packs/loops_2"), "../packs/loops_2");
        assert_eq!(shell_word("Year 8 Loops"), "\"Year 8 Loops\"");
        assert_eq!(
            shell_word("Ysgol Gymraeg/Dolenni"),
            "\"Ysgol Gymraeg/Dolenni\""
        );
        assert_eq!(shell_word(""), "\"\"");
        if !cfg!(windows) {
            assert_eq!(shell_word("it's $5"), "'it'\\''s $5'");
        }
    }
}
