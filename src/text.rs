//! Small helpers for text, shared by every layer: laying it out in a terminal, and making
//! ids and folder names from what people typed.

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
