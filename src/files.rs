//! Reading and writing files the same way everywhere: one atomic write (a uniquely named
//! temporary file beside the target, flushed to disk, renamed into place, removed if anything
//! fails) and one way of turning a file's bytes into text (a byte-order mark skipped; strict
//! UTF-8 where a wrong byte must be reported, or UTF-8 falling back to Windows-1252 where a
//! learner's own file must be shown whatever editor saved it).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// The byte-order mark some editors (Notepad) put at the start of UTF-8 files.
pub const BOM: &str = "\u{feff}";

/// Writes `bytes` to `path` so that the file is either whole or as it was: into a temporary
/// file beside it (a name no other process or thread uses), flushed to disk, then renamed
/// over it. On failure the temporary file is removed. The folder must exist.
///
/// (Not `tempfile::NamedTempFile::persist`: it makes the file readable by its owner only,
/// which would change the permissions of every learner's file on each save.)
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let tmp = temp_beside(path);
    let written = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        let mut f = options.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// [`write_atomic`], making the file's folder first if it is not there.
pub fn write_atomic_making_folder(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir)?;
    }
    write_atomic(path, bytes)
}

/// A hidden name beside `path` for a temporary file, unique to this process and call:
/// `.name.<pid>.<counter>.tmp`.
pub fn temp_beside(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(
        ".{name}.{}.{}.tmp",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ))
}

/// `text` without a leading byte-order mark.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix(BOM).unwrap_or(text)
}

/// `bytes` as UTF-8 text without a leading byte-order mark; the error (for where the first
/// wrong byte is) when they are not UTF-8.
pub fn utf8_text(bytes: Vec<u8>) -> Result<String, std::string::FromUtf8Error> {
    let mut text = String::from_utf8(bytes)?;
    if text.starts_with(BOM) {
        text.drain(..BOM.len());
    }
    Ok(text)
}

/// `bytes` as text whatever editor wrote them: UTF-8 (byte-order mark skipped) when they
/// are, else Windows-1252, the legacy encoding of Windows editors, which every byte has a
/// meaning in. Nothing is lost, so saving the text again keeps the learner's work.
pub fn decode_text(bytes: Vec<u8>) -> String {
    match utf8_text(bytes) {
        Ok(text) => text,
        Err(e) => e.into_bytes().into_iter().map(windows_1252).collect(),
    }
}

/// One Windows-1252 byte as a character (the five unassigned bytes as the C1 controls of the
/// same number, as the WHATWG Encoding Standard does).
fn windows_1252(byte: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match byte {
        0x80..=0x9f => HIGH[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_the_file_and_leaves_nothing_beside_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hello.py");
        std::fs::write(&path, "old").unwrap();
        write_atomic(&path, b"print('new')\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "print('new')\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 1);
    }

    #[test]
    fn a_failed_atomic_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        // The rename fails: a non-empty folder is where the file should go.
        let path = dir.path().join("taken");
        std::fs::create_dir(&path).unwrap();
        std::fs::write(path.join("inside"), "x").unwrap();
        assert!(write_atomic(&path, b"text").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names, ["taken"]);
        // No folder at all: nothing is made.
        assert!(write_atomic(&dir.path().join("no/such/file"), b"text").is_err());
        assert!(!dir.path().join("no").exists());
    }

    #[test]
    fn the_folder_can_be_made_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ada").join("basics").join("hello.py");
        write_atomic_making_folder(&path, b"x = 1").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "x = 1");
    }

    #[test]
    fn temporary_names_differ_on_every_call() {
        let path = Path::new("/x/code.py");
        let (a, b) = (temp_beside(path), temp_beside(path));
        assert_ne!(a, b);
        assert_eq!(a.parent(), path.parent());
        let name = a.file_name().unwrap().to_str().unwrap();
        assert!(
            name.starts_with(".code.py.") && name.ends_with(".tmp"),
            "{name}"
        );
    }

    #[test]
    fn byte_order_marks_are_skipped() {
        assert_eq!(strip_bom("\u{feff}print(1)"), "print(1)");
        assert_eq!(strip_bom("print(1)"), "print(1)");
        assert_eq!(
            utf8_text(b"\xef\xbb\xbfcaf\xc3\xa9".to_vec()).unwrap(),
            "café"
        );
        assert_eq!(decode_text(b"\xef\xbb\xbfx = 1".to_vec()), "x = 1");
        // Only the first one: a mark inside the text is the learner's.
        assert_eq!(strip_bom("\u{feff}\u{feff}a"), "\u{feff}a");
    }

    #[test]
    fn strict_utf8_reports_where_the_wrong_byte_is() {
        let error = utf8_text(b"ab\xe9".to_vec()).unwrap_err();
        assert_eq!(error.utf8_error().valid_up_to(), 2);
    }

    #[test]
    fn text_that_is_not_utf8_is_read_as_windows_1252() {
        assert_eq!(
            decode_text(b"print('caf\xe9')\n".to_vec()),
            "print('café')\n"
        );
        assert_eq!(
            decode_text(b"\x80 \x85 \x93hi\x94 \x9f \x81".to_vec()),
            "€ … “hi” Ÿ \u{81}"
        );
        // Valid UTF-8 is never reinterpreted.
        assert_eq!(decode_text("café €".as_bytes().to_vec()), "café €");
    }
}
