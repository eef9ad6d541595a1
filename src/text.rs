//! Small helpers for laying out text in a terminal, shared by every layer.

use unicode_width::UnicodeWidthStr;

/// Pads `text` with spaces to `width` terminal columns (accents and wide characters count
/// as they are shown, not as bytes or characters). Never cuts text.
pub fn pad(text: &str, width: usize) -> String {
    let shown = text.width();
    format!("{text}{}", " ".repeat(width.saturating_sub(shown)))
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
}
