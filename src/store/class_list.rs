//! Class lists: many learners added at once from a CSV file (`slate learner import`).
//!
//! School information systems export class lists in many layouts, so reading one is
//! forgiving where it can be and clear where it cannot. The text is UTF-8 (with or without
//! a byte-order mark) or, failing that, Windows-1252 ([`crate::files::decode_text`]). The
//! separator is whichever of comma, semicolon or tab the first line uses most (Excel in many
//! European languages saves with semicolons). A first row that holds a known heading
//! ("Name", "Forename" and "Surname", which are joined, "Group", "Class", "Form", "Reg
//! group"..., in any case) is a header; without one, the first column is the name and the
//! second the group. Every name and group is checked as `slate learner add` checks it, and a
//! problem names the file and line. All learners are added in one transaction, and a learner
//! already here is reported rather than added twice.

use std::path::{Path, PathBuf};

use super::learners::{Learner, by_key, insert_new};
use super::{Store, StoreError, names, now_ms, shown};
use crate::tr;

/// Headings that mean the whole name, a first name, a surname, or the group.
const NAME: &[&str] = &[
    "name",
    "full name",
    "pupil name",
    "student name",
    "learner name",
    "pupil",
    "student",
    "learner",
    "legal name",
    "preferred name",
];
const FORENAME: &[&str] = &[
    "forename",
    "forenames",
    "first name",
    "firstname",
    "given name",
    "preferred forename",
    "legal forename",
];
const SURNAME: &[&str] = &[
    "surname",
    "last name",
    "lastname",
    "family name",
    "preferred surname",
    "legal surname",
];
const GROUP: &[&str] = &[
    "group",
    "reg group",
    "registration group",
    "reg",
    "form",
    "form group",
    "tutor group",
    "class",
    "class name",
    "group name",
];

/// The largest class list Slate reads (far more than any school's roll).
const MAX_BYTES: u64 = 10 << 20;

/// One learner from a class list, with the line they came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub line: u64,
    pub name: String,
    pub group: Option<String>,
}

/// Why a class list could not be read. Each message names the file (and line) and says
/// what to do.
#[derive(Debug, thiserror::Error)]
pub enum ClassListError {
    #[error("{}", tr!("class-list-unreadable", file = shown(file), reason = source.to_string()))]
    Read {
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{}", tr!("class-list-too-big", file = shown(file), limit = MAX_BYTES >> 20))]
    TooBig { file: PathBuf },
    #[error("{}", tr!("class-list-csv", file = shown(file), line = *line, reason = source.to_string()))]
    Csv {
        file: PathBuf,
        line: u64,
        #[source]
        source: csv::Error,
    },
    #[error("{}", tr!("class-list-no-name-column", file = shown(file), found = found.as_str()))]
    NoNameColumn { file: PathBuf, found: String },
    #[error("{}", tr!("class-list-no-name", file = shown(file), line = *line))]
    NoName { file: PathBuf, line: u64 },
    #[error("{}", tr!("class-list-bad-name", file = shown(file), line = *line, reason = source.to_string()))]
    BadName {
        file: PathBuf,
        line: u64,
        #[source]
        source: Box<StoreError>,
    },
    #[error("{}", tr!("class-list-empty", file = shown(file)))]
    Empty { file: PathBuf },
}

/// Reads a class list file.
pub fn read(file: &Path) -> Result<Vec<Entry>, ClassListError> {
    let fail = |source| ClassListError::Read {
        file: file.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(file).map_err(fail)?;
    if meta.len() > MAX_BYTES {
        return Err(ClassListError::TooBig {
            file: file.to_path_buf(),
        });
    }
    let bytes = std::fs::read(file).map_err(fail)?;
    parse(file, &crate::files::decode_text(bytes))
}

/// Reads a class list's text; `file` is for messages.
pub fn parse(file: &Path, text: &str) -> Result<Vec<Entry>, ClassListError> {
    let text = crate::files::strip_bom(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator(text))
        .from_reader(text.as_bytes());
    let mut columns: Option<Columns> = None;
    let mut entries = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ClassListError::Csv {
            file: file.to_path_buf(),
            line: e.position().map_or(0, csv::Position::line),
            source: e,
        })?;
        let line = record.position().map_or(0, csv::Position::line);
        let cells: Vec<&str> = record.iter().map(str::trim).collect();
        if cells.iter().all(|c| c.is_empty()) {
            continue;
        }
        let Some(cols) = &columns else {
            let found = Columns::from_header(&cells);
            columns = Some(match found {
                Some(cols) if cols.name.is_empty() => {
                    return Err(ClassListError::NoNameColumn {
                        file: file.to_path_buf(),
                        found: crate::safe_text::for_terminal(&cells.join(", ")),
                    });
                }
                Some(cols) => cols,
                None => {
                    let cols = Columns {
                        name: vec![0],
                        group: Some(1),
                    };
                    entries.push(entry(file, line, &cols, &cells)?);
                    cols
                }
            });
            continue;
        };
        entries.push(entry(file, line, cols, &cells)?);
    }
    if entries.is_empty() {
        return Err(ClassListError::Empty {
            file: file.to_path_buf(),
        });
    }
    Ok(entries)
}

/// Which columns hold the name (several are joined: forename and surname) and the group.
#[derive(Debug)]
struct Columns {
    name: Vec<usize>,
    group: Option<usize>,
}

impl Columns {
    /// The columns, when `cells` is a header row (it holds a known heading).
    fn from_header(cells: &[&str]) -> Option<Columns> {
        let headings: Vec<String> = cells.iter().map(|c| heading(c)).collect();
        let find = |known: &[&str]| {
            known
                .iter()
                .find_map(|k| headings.iter().position(|h| h == k))
        };
        let (name, forename, surname, group) =
            (find(NAME), find(FORENAME), find(SURNAME), find(GROUP));
        if [name, forename, surname, group].iter().all(Option::is_none) {
            return None;
        }
        let name = match (name, forename, surname) {
            (Some(n), _, _) => vec![n],
            (None, Some(f), Some(s)) => vec![f, s],
            (None, Some(f), None) => vec![f],
            (None, None, _) => Vec::new(),
        };
        Some(Columns { name, group })
    }
}

/// A heading as compared: lower case, `_`, `-` and `.` as spaces, spaces tidied.
fn heading(cell: &str) -> String {
    names::key(&cell.replace(['_', '-', '.'], " "))
}

fn entry(file: &Path, line: u64, cols: &Columns, cells: &[&str]) -> Result<Entry, ClassListError> {
    let cell = |i: usize| cells.get(i).copied().unwrap_or("");
    let joined: Vec<&str> = cols
        .name
        .iter()
        .map(|&i| cell(i))
        .filter(|c| !c.is_empty())
        .collect();
    let bad = |source| ClassListError::BadName {
        file: file.to_path_buf(),
        line,
        source: Box::new(source),
    };
    if joined.is_empty() {
        return Err(ClassListError::NoName {
            file: file.to_path_buf(),
            line,
        });
    }
    let name = names::name(&joined.join(" ")).map_err(bad)?;
    let group = names::group(cols.group.map(cell)).map_err(bad)?;
    Ok(Entry { line, name, group })
}

/// The separator the first line uses most: `,`, `;` or a tab (quoted text not counted).
fn separator(text: &str) -> u8 {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut quoted, mut counts) = (false, [0usize; 3]);
    for c in first.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], usize::MAX - i))
        .unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b';', b'\t'][best]
    }
}

/// What adding a class list did: who was added, and who was here already (as they are
/// kept here, which may be spelt differently from the list).
#[derive(Debug, Default)]
pub struct Added {
    pub added: Vec<Learner>,
    pub existing: Vec<Learner>,
}

impl Store {
    /// Adds every learner of a class list who is not here yet, in one transaction.
    pub fn add_learners(&mut self, entries: &[Entry]) -> Result<Added, StoreError> {
        self.write(|tx| {
            let mut result = Added::default();
            for e in entries {
                let name_key = names::key(&e.name);
                let group_key = names::key(e.group.as_deref().unwrap_or(""));
                if let Some(existing) = by_key(tx, &name_key, &group_key)? {
                    if !result.existing.contains(&existing) && !result.added.contains(&existing) {
                        result.existing.push(existing);
                    }
                    continue;
                }
                let learner = insert_new(
                    tx,
                    e.name.clone(),
                    e.group.clone(),
                    &name_key,
                    &group_key,
                    now_ms(),
                )?;
                result.added.push(learner);
            }
            Ok(result)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &str) -> Vec<(String, Option<String>)> {
        parse(Path::new("class.csv"), text)
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.group))
            .collect()
    }

    fn pair(name: &str, group: &str) -> (String, Option<String>) {
        (name.to_owned(), Some(group.to_owned()))
    }

    #[test]
    fn headers_are_recognised_in_any_case_and_order() {
        assert_eq!(
            parsed("Reg Group,Surname,FORENAME,UPN\r\n9A,Khan,Ali,X1\r\n9B,Hughes,Siân,X2\r\n"),
            [pair("Ali Khan", "9A"), pair("Siân Hughes", "9B")]
        );
        assert_eq!(
            parsed("class;name\n7B;Ada Lovelace\n"),
            [pair("Ada Lovelace", "7B")]
        );
        assert_eq!(
            parsed("Pupil Name,Form\n\"Khan, Ali\",9A\n"),
            [pair("Khan, Ali", "9A")]
        );
    }

    #[test]
    fn without_a_header_the_columns_are_name_then_group() {
        assert_eq!(
            parsed("Ali Khan;9A\n\nBob\n"),
            [pair("Ali Khan", "9A"), ("Bob".to_owned(), None)]
        );
    }

    #[test]
    fn the_separator_is_detected() {
        assert_eq!(separator("a;b;c\n"), b';');
        assert_eq!(separator("\"x;y\",b\n"), b',');
        assert_eq!(separator("a\tb\n"), b'\t');
        assert_eq!(separator("just a name\n"), b',');
    }

    #[test]
    fn problems_name_the_file_and_line() {
        let err = parse(Path::new("9a.csv"), "Name,Group\nAli,9A\n,9A\n").unwrap_err();
        assert!(
            matches!(err, ClassListError::NoName { line: 3, .. }),
            "{err}"
        );
        assert!(err.to_string().starts_with("9a.csv:3:"), "{err}");
        let err = parse(Path::new("9a.csv"), "UPN,Group\n1,9A\n").unwrap_err();
        assert!(matches!(err, ClassListError::NoNameColumn { .. }), "{err}");
        let err = parse(Path::new("9a.csv"), "Name\nAli\u{1b}[2J\n").unwrap_err();
        assert!(
            matches!(err, ClassListError::BadName { line: 2, .. }),
            "{err}"
        );
        let err = parse(Path::new("9a.csv"), "Name,Group\n").unwrap_err();
        assert!(matches!(err, ClassListError::Empty { .. }), "{err}");
    }

    #[test]
    fn adding_a_list_reports_who_was_here_already() {
        let mut s = Store::open_in_memory().unwrap();
        s.add_learner("Ali Khan", Some("9A")).unwrap();
        let entries = parse(
            Path::new("c.csv"),
            "name,group\nali  KHAN,9a\nSian Hughes,9A\nsian hughes,9a\n",
        )
        .unwrap();
        let added = s.add_learners(&entries).unwrap();
        let names = |ls: &[Learner]| ls.iter().map(|l| l.name.clone()).collect::<Vec<_>>();
        assert_eq!(names(&added.added), ["Sian Hughes"]);
        assert_eq!(
            names(&added.existing),
            ["Ali Khan"],
            "the teacher's spelling"
        );
        assert_eq!(s.learners().unwrap().len(), 2);
    }
}
