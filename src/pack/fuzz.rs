//! A deterministic fuzz test of reading packs: no sandbox, no timing, the same cases every
//! run.
//!
//! The corpus is every bundled pack and every fixture pack in `tests/fixtures/packs/`, cut
//! into small packs of one lesson each (with its code files and translations) so each case
//! loads quickly. Each case takes one TOML file of one small pack, damages it with a few
//! seeded mutations (byte flips, bytes that are not UTF-8, truncation, duplicated, deleted
//! and swapped lines, huge and non-finite numbers, out-of-range values, control characters
//! and escape sequences, deep nesting), then loads the pack, checks its translations and
//! translates it, and checks that:
//!
//! - nothing panics;
//! - every problem names a file, and a problem with a place has line ≥ 1 and column ≥ 1;
//! - no rendered problem, and no word of a loaded pack, holds a control character (other
//!   than line breaks and tabs) or a bidirectional override.
//!
//! `SLATE_FUZZ_CASES` runs more (or fewer) cases and `SLATE_FUZZ_SEED` other ones; the default keeps it to about ten seconds
//! in a debug build. Each small pack is written once, and each case rewrites one file in
//! place and puts it back afterwards.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::display::is_safe;
use super::source::{BUNDLED, PackSource};
use super::{Pack, Problem, load_pack, translate};

/// Cases run by default.
const CASES: usize = 8000;
const SEED: u64 = 0x5EED_F022;

/// SplitMix64: small, fast and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// One small pack: its files (relative path, bytes).
#[derive(Debug, Clone)]
struct Unit {
    name: String,
    files: BTreeMap<String, Vec<u8>>,
}

impl Unit {
    fn tomls(&self) -> Vec<&str> {
        self.files
            .keys()
            .filter(|f| f.ends_with(".toml"))
            .map(String::as_str)
            .collect()
    }
}

/// Every pack's files, by pack.
fn whole_packs() -> Vec<(String, BTreeMap<String, Vec<u8>>)> {
    let mut packs = Vec::new();
    for source in super::source::bundled() {
        let PackSource::Bundled { dir } = source else {
            continue;
        };
        let prefix = format!("{dir}/");
        let files = BUNDLED
            .iter()
            .filter_map(|(p, text)| {
                p.strip_prefix(&prefix)
                    .map(|rel| (rel.to_owned(), text.as_bytes().to_vec()))
            })
            .collect();
        packs.push((dir.to_owned(), files));
    }
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&fixtures)
        .expect("the fixture packs")
        .flatten()
        .map(|e| e.path())
        .collect();
    dirs.sort();
    for dir in dirs {
        // `escape` keeps its pack one level down, beside a file it must not read.
        let root = if dir.join("pack.toml").is_file() {
            dir.clone()
        } else {
            dir.join("pack")
        };
        let mut files = BTreeMap::new();
        read_tree(&root, &root, &mut files);
        if files.contains_key("pack.toml") {
            packs.push((format!("fixture {}", dir.display()), files));
        }
    }
    packs
}

fn read_tree(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            read_tree(root, &path, files);
        } else if let Ok(bytes) = std::fs::read(&path) {
            let rel = path.strip_prefix(root).expect("inside the root");
            let rel = rel.to_string_lossy().replace('\\', "/");
            files.insert(rel, bytes);
        }
    }
}

/// A pack cut into small packs of one lesson each (packs of up to three lessons stay
/// whole, so cross-lesson checks such as repeated ids are fuzzed too).
fn units() -> Vec<Unit> {
    let mut units = Vec::new();
    for (name, files) in whole_packs() {
        let pack_toml = String::from_utf8_lossy(&files["pack.toml"]).into_owned();
        let lessons: Vec<String> = pack_toml
            .parse::<toml::Table>()
            .ok()
            .and_then(|t| t.get("lessons").and_then(|l| l.as_array()).cloned())
            .map(|a| {
                a.iter()
                    .filter_map(|v| v.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        if lessons.len() <= 3 {
            units.push(Unit { name, files });
            continue;
        }
        for lesson in &lessons {
            let mut table: toml::Table = pack_toml.parse().expect("checked above");
            table.insert("lessons".into(), toml::Value::from(vec![lesson.clone()]));
            let file = format!("{lesson}.toml");
            let mut mine = BTreeMap::new();
            mine.insert(
                "pack.toml".to_owned(),
                toml::to_string(&table)
                    .expect("a table serialises")
                    .into_bytes(),
            );
            for (rel, bytes) in &files {
                let translation = rel.starts_with("translations/")
                    && (rel.ends_with(&format!("/{file}")) || rel.ends_with("/pack.toml"));
                let other = !rel.ends_with(".toml") && rel != "pack.toml";
                if *rel == file || translation || other {
                    mine.insert(rel.clone(), bytes.clone());
                }
            }
            units.push(Unit {
                name: format!("{name} ({lesson})"),
                files: mine,
            });
        }
    }
    units
}

const NASTY_TEXT: &[&str] = &[
    "\\u001b]0;PWNED\\u0007\\u001b[2J",
    "\\u009b31m",
    "\\u0007",
    "\\r\\u001b[1A",
    "\\u202eevil",
    "\u{1b}[2J",
    "\u{9b}",
    "\u{85}",
];

const NUMBERS: &[&str] = &[
    "99999999999999999999999",
    "-99999999999999999999999",
    "1e-300",
    "1e400",
    "nan",
    "-inf",
    "inf",
    "-1",
    "0",
    "0x7fffffffffffffff",
    "18446744073709551616",
    "1_000_000_000",
    "4294967296",
    "2049",
    "60.0000001",
];

const FIELDS: &[&str] = &[
    "format",
    "points",
    "time",
    "memory",
    "output",
    "tolerance",
    "attempts",
    "locale",
    "id",
    "name",
    "title",
    "lessons",
    "hints",
    "require",
    "expect",
];

/// Damages `bytes` with one seeded mutation.
fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    let at = rng.below(bytes.len() + 1);
    let line_bounds = |bytes: &[u8], at: usize| {
        let start = bytes[..at]
            .iter()
            .rposition(|b| *b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[at..]
            .iter()
            .position(|b| *b == b'\n')
            .map_or(bytes.len(), |i| at + i + 1);
        (start, end)
    };
    match rng.below(12) {
        0 if !bytes.is_empty() => {
            let i = at.min(bytes.len() - 1);
            bytes[i] ^= 1 << rng.below(8);
        }
        1 if !bytes.is_empty() => {
            let i = at.min(bytes.len() - 1);
            bytes[i] = *rng.pick(&[
                0x00, 0x07, 0x1b, 0x7f, 0x9b, 0xc2, 0xff, b'"', b'\'', b'[', b']', b'{', b'}',
                b'=', b'.', b'#', b'\n', b'\\',
            ]);
        }
        2 => bytes.truncate(at),
        3 => {
            let (start, end) = line_bounds(bytes, at);
            let line = bytes[start..end].to_vec();
            bytes.splice(end..end, line);
        }
        4 => {
            let (start, end) = line_bounds(bytes, at);
            bytes.drain(start..end);
        }
        5 => {
            // Swap this line with another.
            let (s1, e1) = line_bounds(bytes, at);
            let other = rng.below(bytes.len() + 1);
            let (s2, e2) = line_bounds(bytes, other);
            if e1 <= s2 {
                let second = bytes[s2..e2].to_vec();
                let first = bytes[s1..e1].to_vec();
                bytes.splice(s2..e2, first);
                bytes.splice(s1..e1, second);
            }
        }
        6 => {
            // A number, written where one goes or as a new field.
            let number = rng.pick(NUMBERS);
            let field = rng.pick(FIELDS);
            let (start, _) = line_bounds(bytes, at);
            let line = format!("{field} = {number}\n");
            bytes.splice(start..start, line.into_bytes());
        }
        7 => {
            // Control characters and escape sequences inside a string.
            let nasty = rng.pick(NASTY_TEXT);
            let (at, text) = match bytes[..at].iter().rposition(|b| *b == b'"') {
                Some(q) => (q + 1, nasty.to_string()),
                None => (0, format!("title = \"{nasty}\"\n")),
            };
            bytes.splice(at..at, text.into_bytes());
        }
        8 => {
            // A field or table name with escapes in it.
            let nasty = rng.pick(NASTY_TEXT);
            let (start, _) = line_bounds(bytes, at);
            let line = match rng.below(4) {
                0 => format!("\"{nasty}\" = 1\n"),
                1 => format!("[\"{nasty}\"]\n"),
                2 => format!("id = \"{nasty}\"\nlocale = \"../../etc\"\n"),
                _ => format!("lessons = [\"{nasty}\"]\nrequire = [\"{nasty}\"]\n"),
            };
            bytes.splice(start..start, line.into_bytes());
        }
        9 => {
            // Deep nesting: lists, inline tables, dotted keys and table headers.
            let depth = 40 + rng.below(300);
            let (start, _) = line_bounds(bytes, at);
            let line = match rng.below(4) {
                0 => format!("x = {}1{}\n", "[".repeat(depth), "]".repeat(depth)),
                1 => format!("x = {}1{}\n", "{a = ".repeat(depth), "}".repeat(depth)),
                2 => format!("{} = 1\n", vec!["k"; depth].join(".")),
                _ => format!("[{}]\n", vec!["t"; depth].join(".")),
            };
            bytes.splice(start..start, line.into_bytes());
        }
        10 => {
            // Replace a value with a number or text of the wrong kind.
            if let Some(eq) = bytes[at..].iter().position(|b| *b == b'=') {
                let from = at + eq + 1;
                let (_, end) = line_bounds(bytes, from);
                let end = end.saturating_sub(1).max(from);
                let value = if rng.below(2) == 0 {
                    rng.pick(NUMBERS).to_string()
                } else {
                    format!(" \"{}\"", rng.pick(NASTY_TEXT))
                };
                bytes.splice(from..end, value.into_bytes());
            }
        }
        _ => {
            // Bytes that are not UTF-8 (a lone continuation byte, a cut-off character).
            const BAD: [&[u8]; 3] = [&[0x80], &[0xe2, 0x82], &[0xff, 0xfe]];
            let bad = *rng.pick(&BAD);
            bytes.splice(at..at, bad.iter().copied());
        }
    }
}

/// What the cases found, for the report.
#[derive(Debug, Default)]
struct Tally {
    cases: usize,
    loaded: usize,
    broken: usize,
    problems: usize,
    placed: usize,
    translation_problems: usize,
}

fn check_problems(case: &str, problems: &[Problem]) {
    for p in problems {
        assert!(
            !p.file.is_empty(),
            "{case}: a problem without a file: {p:?}"
        );
        if let Some(line) = p.line {
            assert!(line >= 1, "{case}: line 0: {p:?}");
        }
        if let Some(column) = p.column {
            assert!(p.line.is_some(), "{case}: a column without a line: {p:?}");
            assert!(column >= 1, "{case}: column 0: {p:?}");
        }
        let shown = p.to_string();
        assert!(is_safe(&shown), "{case}: unsafe text in {shown:?}");
    }
}

fn check_words(case: &str, pack: &Pack) {
    let mut words = vec![
        &pack.title,
        &pack.description,
        &pack.version,
        &pack.licence,
        &pack.id,
        &pack.locale,
    ];
    words.extend(&pack.authors);
    for lesson in &pack.lessons {
        words.extend([&lesson.id, &lesson.title]);
        words.extend(&lesson.ideas);
        for page in &lesson.pages {
            words.extend([&page.title, &page.text]);
        }
        for e in &lesson.exercises {
            words.extend([&e.id, &e.title, &e.task]);
            words.extend(&e.hints);
            for t in &e.tests {
                words.extend([&t.id, &t.name]);
            }
        }
    }
    for w in words {
        assert!(is_safe(w), "{case}: unsafe text in a loaded pack: {w:?}");
    }
}

fn write_files(dir: &Path, files: &BTreeMap<String, Vec<u8>>) {
    for (rel, bytes) in files {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("a file has a folder")).unwrap();
        std::fs::write(path, bytes).unwrap();
    }
}

fn run_case(rng: &mut Rng, dir: &Path, unit: &Unit, tally: &mut Tally, case: &str) {
    let target = *rng.pick(&unit.tomls());
    let mut bytes = unit.files[target].clone();
    for _ in 0..1 + rng.below(3) {
        mutate(rng, &mut bytes);
    }
    overwrite(&dir.join(target), &bytes);
    let source = PackSource::folder(dir.to_path_buf());
    let case = format!("{case} ({}, {target})", unit.name);
    match load_pack(&source) {
        Ok(pack) => {
            tally.loaded += 1;
            check_words(&case, &pack);
            let (languages, problems) = translate::check(&source, Some(&pack));
            check_problems(&case, &problems);
            tally.translation_problems += problems.len();
            for language in languages {
                check_words(&case, &translate::translate(&pack, &language));
            }
        }
        Err(problems) => {
            tally.broken += 1;
            assert!(!problems.is_empty(), "{case}: broken with no problems");
            check_problems(&case, &problems);
            tally.problems += problems.len();
            tally.placed += problems.iter().filter(|p| p.line.is_some()).count();
        }
    }
    overwrite(&dir.join(target), &unit.files[target]);
}

/// Replaces a file's bytes in place. (Truncating a file to nothing and writing it again,
/// as `fs::write` does, makes ext4 flush it to disk: thousands of times, that is slow.)
fn overwrite(path: &Path, bytes: &[u8]) {
    use std::io::Write;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("the file was written before");
    file.write_all(bytes).unwrap();
    file.set_len(bytes.len() as u64).unwrap();
}

#[test]
fn damaged_packs_never_panic_and_every_problem_is_placed_and_safe() {
    let cases = std::env::var("SLATE_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(CASES);
    let units = units();
    assert!(
        units.len() > 20,
        "the corpus has {} small packs",
        units.len()
    );
    let root = tempfile::tempdir().unwrap();
    let dirs: Vec<PathBuf> = units
        .iter()
        .enumerate()
        .map(|(i, unit)| {
            let dir = root.path().join(format!("pack-{i}"));
            write_files(&dir, &unit.files);
            dir
        })
        .collect();
    let seed = std::env::var("SLATE_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(SEED);
    let mut rng = Rng(seed);
    let mut tally = Tally::default();
    for case in 0..cases {
        let i = rng.below(units.len());
        let name = format!("case {case}");
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run_case(&mut rng, &dirs[i], &units[i], &mut tally, &name)
        }));
        if let Err(panic) = outcome {
            eprintln!("pack fuzz: {name} panicked ({})", units[i].name);
            std::panic::resume_unwind(panic);
        }
        tally.cases += 1;
    }
    eprintln!("pack fuzz: {tally:?} over {} small packs", units.len());
    assert_eq!(tally.cases, cases);
    assert!(
        tally.broken > cases / 4,
        "most damage is noticed: {tally:?}"
    );
    assert!(
        tally.loaded > 0,
        "some harmless damage still loads: {tally:?}"
    );
}
