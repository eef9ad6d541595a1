//! Reading an export file as a stream, never past [`MAX_FILE_BYTES`].
//!
//! A file is parsed with serde_json straight from the disk, one attempt at a time
//! (`Deserializer::from_reader` with visitors for the file, the `learners` list and each
//! learner), and every piece goes to an [`Intake`] as soon as it is whole; so a file of a
//! million attempts needs the memory of one attempt, not of the file. A [`Counted`] reader
//! refuses to go past the cap (an endless device or pipe stops there) and counts lines, so a
//! problem can say where it is. The file's own top fields are checked as they come ([`file`]):
//! a file that is not Slate's, or from a newer Slate, is refused before its learners are read
//! ([`learner`]).
//!
//! Files that Slate writes have their fields in one order: a learner's details, then their
//! attempts, then their events. That is the order the checksum is worked out in, so a file in
//! that order streams. A file in another order (JSON does not fix one) is still read: the
//! pieces that came early wait in memory until their turn.

mod file;
mod learner;

use serde::de::{self, Deserializer};
use std::cell::Cell;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use super::ImportError;
use super::intake::{Intake, Sink};
use crate::tr;

/// The largest export file Slate reads: 1 GiB. A class's file is a few megabytes; a whole
/// school's year, a few hundred.
pub const MAX_FILE_BYTES: u64 = 1 << 30;

/// The fields at the top of a file, besides its learners.
#[derive(Debug, Default)]
pub(super) struct Header {
    pub version: u32,
    pub about: String,
    pub slate_version: String,
    pub machine: String,
    pub exported_at: i64,
    pub checksum: String,
}

/// How far a [`Counted`] reader has read.
#[derive(Debug, Default)]
struct Position {
    bytes: Cell<u64>,
    newlines: Cell<usize>,
    /// Set when the file turned out longer than the cap.
    over: Cell<bool>,
}

impl Position {
    /// The line the last byte read is on (from 1).
    fn line(&self) -> usize {
        self.newlines.get() + 1
    }
}

/// A reader that counts lines and stops with an error past `cap` bytes. serde_json reads one
/// byte at a time, so this hands them out of its own copy of the current chunk, as cheaply as
/// it can, and checks the cap a chunk at a time.
struct Counted<'p, R> {
    inner: R,
    chunk: Vec<u8>,
    at: usize,
    cap: u64,
    pos: &'p Position,
}

impl<'p, R: BufRead> Counted<'p, R> {
    fn new(inner: R, cap: u64, pos: &'p Position) -> Self {
        Counted {
            inner,
            chunk: Vec::new(),
            at: 0,
            cap,
            pos,
        }
    }

    /// Takes the next chunk from below; false at the end.
    fn refill(&mut self) -> std::io::Result<bool> {
        let next = self.inner.fill_buf()?;
        let total = self.pos.bytes.get() + next.len() as u64;
        if total > self.cap {
            self.pos.over.set(true);
            return Err(std::io::Error::other("the file is larger than Slate reads"));
        }
        self.pos.bytes.set(total);
        self.chunk.clear();
        self.chunk.extend_from_slice(next);
        let n = next.len();
        self.inner.consume(n);
        self.at = 0;
        Ok(n > 0)
    }
}

impl<R: BufRead> Read for Counted<'_, R> {
    #[inline]
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at == self.chunk.len() && !self.refill()? {
            return Ok(0);
        }
        let Some(first) = out.first_mut() else {
            return Ok(0);
        };
        // One byte is all serde_json asks for; giving one at a time is always allowed.
        let byte = self.chunk[self.at];
        self.at += 1;
        *first = byte;
        if byte == b'\n' {
            self.pos.newlines.set(self.pos.newlines.get() + 1);
        }
        Ok(1)
    }
}

/// Opens and reads an export file into `sink`.
pub(super) fn read_path<S: Sink>(file: &Path, sink: S) -> Result<(S, Header), S::Error> {
    let cannot = |e: std::io::Error| ImportError::Read {
        file: file.to_path_buf(),
        reason: match e.kind() {
            std::io::ErrorKind::NotFound => tr!("import-reason-no-file"),
            std::io::ErrorKind::IsADirectory => tr!("store-reason-is-folder"),
            _ if file.is_dir() => tr!("store-reason-is-folder"),
            _ => e.to_string(),
        },
        source: e,
    };
    let f = std::fs::File::open(file).map_err(cannot)?;
    let meta = f.metadata().map_err(cannot)?;
    if meta.is_dir() {
        return Err(cannot(std::io::Error::from(std::io::ErrorKind::IsADirectory)).into());
    }
    // A file known to be too long is refused before reading; a device or a pipe, when it
    // reaches the cap.
    if meta.is_file() && meta.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooBig {
            file: file.to_path_buf(),
            cap: MAX_FILE_BYTES,
        }
        .into());
    }
    read_from(
        BufReader::with_capacity(64 * 1024, f),
        file,
        sink,
        MAX_FILE_BYTES,
    )
}

/// Reads an export file from `reader` into `sink`, reading at most `cap` bytes; `file` is for
/// messages.
pub(super) fn read_from<R: BufRead, S: Sink>(
    mut reader: R,
    file: &Path,
    sink: S,
    cap: u64,
) -> Result<(S, Header), S::Error> {
    let path = || file.to_path_buf();
    let read_error = |e: std::io::Error| ImportError::Read {
        file: path(),
        reason: e.to_string(),
        source: e,
    };
    // A byte-order mark (as Notepad writes) is skipped; then the file must open a JSON object.
    let start = reader.fill_buf().map_err(read_error)?;
    let bom = crate::files::BOM.len();
    let bom = if start.starts_with(crate::files::BOM.as_bytes()) {
        bom
    } else {
        0
    };
    let opens = start[bom..]
        .iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|b| *b == b'{');
    if !opens {
        return Err(ImportError::NotProgress { file: path() }.into());
    }
    reader.consume(bom);

    let pos = Position::default();
    let mut state = State {
        intake: Intake::new(file, sink, true),
        header: Header::default(),
        pos: &pos,
        fatal: None,
        file,
    };
    let mut de = serde_json::Deserializer::from_reader(Counted::new(reader, cap, &pos));
    let parsed = de
        .deserialize_map(file::FileVisitor(&mut state))
        .and_then(|()| de.end());
    if let Some(fatal) = state.fatal.take() {
        return Err(fatal);
    }
    if let Err(e) = parsed {
        if pos.over.get() {
            return Err(ImportError::TooBig { file: path(), cap }.into());
        }
        return Err(json_error(file, &e).into());
    }
    let sink = state.intake.finish(Some(&state.header.checksum))?;
    Ok((sink, state.header))
}

/// A JSON error as the teacher reads it: where, and what serde_json says (made safe to show:
/// it may quote the file).
pub(super) fn json_error(file: &Path, e: &serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    if e.is_eof() {
        return ImportError::Truncated {
            file: file.to_path_buf(),
            line,
            column,
        };
    }
    // serde_json ends its message with the position, which we give first instead.
    let text = e.to_string();
    let text = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(m, _)| m);
    let mut message = crate::safe_text::for_terminal(text).replace(['\n', '\r'], " ");
    if message.chars().count() > 200 {
        message = message.chars().take(199).collect::<String>() + "…";
    }
    ImportError::Json {
        file: file.to_path_buf(),
        line,
        column,
        message,
    }
}

/// What the visitors share while one file is read.
struct State<'a, S: Sink> {
    intake: Intake<'a, S>,
    header: Header,
    pos: &'a Position,
    /// A problem that stops the reading (a file that is not Slate's, a store error), kept
    /// whole: serde carries only text.
    fatal: Option<S::Error>,
    file: &'a Path,
}

impl<S: Sink> State<'_, S> {
    /// Stops the reading with `error`.
    fn stop<E: de::Error>(&mut self, error: impl Into<S::Error>) -> E {
        self.fatal = Some(error.into());
        E::custom("stopped")
    }

    /// Passes on a sink's result, stopping on its error.
    fn carry<E: de::Error>(&mut self, result: Result<(), S::Error>) -> Result<(), E> {
        result.map_err(|e| self.stop(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::TestRecord;
    use crate::store::exchange::intake::Collect;
    use crate::store::exchange::{
        ExportAttempt, ExportEvent, ExportFile, ExportLearner, ExportSetting,
    };

    fn attempt(id: &str, minute: i64, score: u32) -> ExportAttempt {
        ExportAttempt {
            id: id.into(),
            machine: "pc1".into(),
            at: 1_741_942_800_000 + minute * 60_000,
            pack: "good".into(),
            pack_version: "1.0.0".into(),
            exercise: "greet".into(),
            code: "name = input()\nprint('Hello, ' + name + '!')\n".into(),
            tests: vec![TestRecord {
                id: "t1".into(),
                status: if score == 2 { "passed" } else { "failed" }.into(),
                points: score.min(2),
                max_points: 2,
                detail: None,
            }],
            score,
            max_score: 2,
            passed: score == 2,
            duration_ms: 250,
            time_spent_ms: 90_000,
        }
    }

    fn sample() -> ExportFile {
        let learner = |id: &str, name: &str| ExportLearner {
            id: id.into(),
            also_known_as: vec![format!("{id}-old")],
            merged: vec![],
            name: name.into(),
            group: Some("7B".into()),
            created: 1_741_942_800_000,
            last_seen: 1_741_946_400_000,
            name_set: 1_741_942_800_000,
            settings: vec![ExportSetting {
                key: "theme".into(),
                value: "dark".into(),
                updated: 1_741_942_900_000,
            }],
            attempts: vec![
                attempt(&format!("{id}-1"), 1, 0),
                attempt(&format!("{id}-2"), 5, 2),
            ],
            events: vec![ExportEvent::Page {
                pack: "good".into(),
                lesson: "hello".into(),
                index: 1,
                first: 1_741_942_850_000,
                last: 1_741_942_950_000,
            }],
        };
        ExportFile::new(
            "pc1",
            1_741_950_000_000,
            vec![learner("a1", "Siân"), learner("b1", "Bea")],
        )
    }

    fn parse(text: &str) -> Result<ExportFile, ImportError> {
        ExportFile::parse(text, Path::new("pc1.json"))
    }

    #[test]
    fn a_written_file_reads_back_the_same() {
        let file = sample();
        assert_eq!(parse(&file.to_json()).unwrap(), file);
        let with_bom = format!("\u{feff}{}", file.to_json());
        assert_eq!(parse(&with_bom).unwrap(), file);
        let empty = ExportFile::new("pc1", 1_741_950_000_000, vec![]);
        assert_eq!(parse(&empty.to_json()).unwrap(), empty);
    }

    /// JSON does not fix the order of keys: a file whose keys were sorted (so `attempts` come
    /// before a learner's name, and `learners` before `version`) still reads, and its checksum
    /// still matches.
    #[test]
    fn a_file_with_its_keys_in_another_order_reads_the_same() {
        let file = sample();
        let sorted: serde_json::Value = serde_json::from_str(&file.to_json()).unwrap();
        let text = serde_json::to_string_pretty(&sorted).unwrap();
        assert!(text.find("\"attempts\"").unwrap() < text.find("\"name\"").unwrap());
        assert_eq!(parse(&text).unwrap(), file);
    }

    #[test]
    fn the_checksum_is_worked_out_as_the_file_streams() {
        let text = sample().to_json();
        let edited = text.replacen("\"index\": 1", "\"index\": 2", 1);
        assert!(matches!(parse(&edited), Err(ImportError::Edited { .. })));
    }

    #[test]
    fn an_endless_file_stops_at_the_cap() {
        let start = b"{\"format\": \"slate-progress\", \"version\": 1, \"learners\": [".as_slice();
        let endless = BufReader::new(start.chain(std::io::repeat(b' ')));
        let err = read_from(endless, Path::new("pipe"), Collect::default(), 64 * 1024).unwrap_err();
        assert!(
            matches!(err, ImportError::TooBig { cap: 65_536, .. }),
            "{err}"
        );
        assert!(
            err.to_string().starts_with("pipe is larger than 0 MB"),
            "{err}"
        );
        let zeros = BufReader::new(std::io::repeat(0));
        let err = read_from(zeros, Path::new("zero"), Collect::default(), 64 * 1024).unwrap_err();
        assert!(matches!(err, ImportError::NotProgress { .. }), "{err}");
    }

    #[test]
    fn a_problem_says_the_line_its_attempt_starts_on() {
        let mut file = sample();
        file.learners[1].attempts[1].score = 7;
        let file = ExportFile::new("pc1", file.exported_at, file.learners);
        let text = file.to_json();
        let line = text
            .lines()
            .position(|l| l.contains("\"id\": \"b1-2\""))
            .unwrap();
        let err = parse(&text).unwrap_err();
        let ImportError::Problems { problems, more, .. } = &err else {
            panic!("{err}");
        };
        assert_eq!(*more, 0);
        assert_eq!(problems[0].line, Some(line), "the line of its `{{`");
        assert_eq!(
            err.to_string(),
            format!(
                "pc1.json:{line}: learner 2 (\"Bea\"), attempt \"b1-2\": it scores 7 out of 2. Export it again on the computer it came from; if that does not help, ask whoever made the file. Nothing was imported."
            )
        );
    }

    #[test]
    fn what_the_json_reader_quotes_is_made_safe() {
        // serde quotes an unknown variant as it is, escape sequences and all.
        let text = sample().to_json().replacen(
            "\"kind\": \"page\"",
            "\"kind\": \"\\u001b]52;c;aGk=\\u0007\"",
            1,
        );
        let err = parse(&text).unwrap_err();
        assert!(matches!(err, ImportError::Json { .. }), "{err}");
        let said = err.to_string();
        assert!(said.contains("unknown variant `␛]52;c;aGk=␇`"), "{said}");
    }

    #[test]
    fn files_that_are_not_slates_say_so() {
        for text in [
            "",
            "   ",
            "[1, 2]",
            "name,score\n",
            "{\"format\": \"photos\"}",
        ] {
            let err = parse(text).unwrap_err();
            assert!(
                matches!(err, ImportError::NotProgress { .. }),
                "{text:?}: {err}"
            );
        }
        let err = parse("{\"format\": \"slate-progress\", \"version\": 99}").unwrap_err();
        assert!(matches!(err, ImportError::Newer { found: 99, .. }), "{err}");
        let err = parse("{\"format\": \"slate-progress\", \"learners\": []}").unwrap_err();
        assert!(matches!(err, ImportError::Invalid { .. }), "{err}");
    }
}
