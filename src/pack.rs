//! Lesson packs: the teaching content Slate reads.
//!
//! A pack is a folder with `pack.toml` and one TOML file per lesson (format documented in
//! `docs/lesson-packs.md`). This module owns the in-memory model ([`Pack`], [`Lesson`],
//! [`Exercise`], [`Test`]), finding packs ([`discover`]: bundled, the data folder, `--packs`
//! folders; the newer of two copies; hiding or ordering Slate's own), comparing versions
//! ([`version`]), and resolving exercise ids. Reading and validating files is in [`load`], with
//! every [`Problem`] reported at once with file, line and column ([`problem`]); the field
//! definitions that drive both validation and the JSON Schema are in [`schema`]; where files
//! come from (embedded in the binary, or a folder on disk, never outside it, each file at
//! most [`source::MAX_FILE_BYTES`]) is in [`source`]. What of a pack may reach a terminal,
//! and the one place each part is made safe, is in [`display`].

pub mod discover;
pub mod display;
#[cfg(test)]
mod fuzz;
pub mod load;
pub mod problem;
pub mod python;
pub mod schema;
pub mod settings;
pub mod source;
pub mod translate;
pub mod version;

use std::path::PathBuf;
use std::time::Duration;

use crate::limits::{Limits, Prompts};
pub use discover::{Choice, Skipped, discover, discover_with};
pub use load::{Problem, load_pack};
pub use source::PackSource;

/// The pack format version this Slate reads and writes.
pub const FORMAT_VERSION: i64 = 1;

/// A loaded, valid lesson pack.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub id: String,
    pub title: String,
    pub description: String,
    pub language: String,
    pub locale: String,
    pub version: String,
    pub authors: Vec<String>,
    pub licence: String,
    pub limits: LimitSpec,
    pub solutions: SolutionPolicy,
    pub lessons: Vec<Lesson>,
    /// Where it was loaded from.
    pub origin: Origin,
    /// What loading accepted but a teacher should hear about (a starter indented with
    /// tabs): `slate pack check` shows these, and they never stop a pack loading.
    pub warnings: Vec<Problem>,
}

/// Where a pack came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Built into Slate (`lessons/` and `exercises/`).
    Bundled(String),
    /// A folder on disk.
    Folder(PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Bundled(dir) => write!(f, "{}", crate::tr!("pack-bundled-origin", dir = dir)),
            // A folder's name is whatever is on disk: shown safely, like any pack text.
            Origin::Folder(p) => write!(f, "{}", display::shown(&p.display().to_string())),
        }
    }
}

/// A lesson: pages to read and exercises to do.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    pub id: String,
    pub title: String,
    pub ideas: Vec<String>,
    pub pages: Vec<Page>,
    pub exercises: Vec<Exercise>,
    /// The lesson's file, relative to the pack folder.
    pub file: String,
}

/// A page of text (Markdown subset).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub title: String,
    pub text: String,
}

/// An exercise: a task, starter code, a reference solution, hints and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Exercise {
    pub id: String,
    pub title: String,
    pub task: String,
    pub starter: String,
    pub solution: String,
    pub hints: Vec<String>,
    pub prompts: Prompts,
    pub limits: LimitSpec,
    pub tests: Vec<Test>,
    /// Where it is defined, for messages.
    pub at: Location,
}

/// A place in a pack file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

/// One test of an exercise.
#[derive(Debug, Clone, PartialEq)]
pub struct Test {
    pub id: String,
    pub name: String,
    pub hidden: Hidden,
    pub points: u32,
    pub stdin: Option<String>,
    pub limits: LimitSpec,
    pub kind: TestKind,
    pub at: Location,
}

/// What a test compares.
#[derive(Debug, Clone, PartialEq)]
pub enum TestKind {
    /// Standard output against `expect`.
    Output {
        expect: String,
        mode: MatchMode,
        /// How far apart numbers may be with `match = "numbers"`.
        tolerance: Tolerance,
        /// `expect_description`: what a regex test wants, in words learners see instead of
        /// the pattern.
        description: Option<String>,
    },
    /// The value of `call` (after the program ran) against `returns`.
    Call {
        call: String,
        returns: String,
        /// How far apart floats may be.
        tolerance: Tolerance,
        /// `numeric = true`: an int and a float of the same value match (otherwise the
        /// types must be the same, as the docs promise).
        numeric: bool,
    },
    /// The program's syntax tree: constructs it must and must not use.
    Code {
        require: Vec<String>,
        forbid: Vec<String>,
    },
}

/// How far apart two numbers may be and still match: `|a - b| <= max(absolute, relative *
/// |expected|)`. The absolute part is a floor for numbers near zero; the relative part lets
/// large numbers differ in their last digits (documented in `docs/lesson-packs.md`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Tolerance {
    /// `tolerance`.
    pub absolute: f64,
    /// `relative_tolerance`.
    pub relative: f64,
}

impl Tolerance {
    /// Are `actual` and `expected` within this tolerance of each other? NaN never is;
    /// infinities only equal themselves.
    pub fn allows(self, actual: f64, expected: f64) -> bool {
        if actual == expected {
            return true;
        }
        if !actual.is_finite() || !expected.is_finite() {
            return false;
        }
        (actual - expected).abs() <= self.absolute.max(self.relative * expected.abs())
    }
}

/// How closely output must match.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchMode {
    Exact,
    #[default]
    Lines,
    IgnoreCase,
    Contains,
    Regex,
    Numbers,
}

impl MatchMode {
    pub const ALL: [(&'static str, MatchMode); 6] = [
        ("exact", MatchMode::Exact),
        ("lines", MatchMode::Lines),
        ("ignore-case", MatchMode::IgnoreCase),
        ("contains", MatchMode::Contains),
        ("regex", MatchMode::Regex),
        ("numbers", MatchMode::Numbers),
    ];
}

/// What learners see of a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Hidden {
    /// Everything.
    Show,
    /// Only whether it passed.
    Hide,
    /// Everything, but only when it fails.
    OnFailure,
}

impl Hidden {
    pub const ALL: [(&'static str, Hidden); 3] = [
        ("show", Hidden::Show),
        ("hide", Hidden::Hide),
        ("on-failure", Hidden::OnFailure),
    ];

    /// Whether details of a test with this setting are shown, given whether it passed.
    pub fn shows_details(self, passed: bool) -> bool {
        match self {
            Hidden::Show => true,
            Hidden::Hide => false,
            Hidden::OnFailure => !passed,
        }
    }
}

/// Limits as written in a pack: each may be left out, to inherit.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct LimitSpec {
    /// Seconds.
    pub time: Option<f64>,
    /// Megabytes.
    pub memory: Option<u64>,
    /// Kilobytes.
    pub output: Option<u64>,
}

impl LimitSpec {
    /// `self` where set, otherwise `base`.
    pub fn over(self, base: LimitSpec) -> LimitSpec {
        LimitSpec {
            time: self.time.or(base.time),
            memory: self.memory.or(base.memory),
            output: self.output.or(base.output),
        }
    }

    /// Concrete limits, with Slate's defaults for anything not set.
    pub fn resolve(self) -> Limits {
        let d = Limits::default();
        Limits {
            time: self.time.map(Duration::from_secs_f64).unwrap_or(d.time),
            memory: self.memory.map(|m| (m as usize) << 20).unwrap_or(d.memory),
            output: self.output.map(|k| (k as usize) << 10).unwrap_or(d.output),
        }
    }
}

/// When a learner may see the reference solution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionPolicy {
    AfterSolving,
    AfterAttempts(u32),
    Always,
    Never,
}

impl SolutionPolicy {
    /// May a learner who has made `attempts` tries (and `solved` it or not) see the solution?
    pub fn allows(self, attempts: u32, solved: bool) -> bool {
        match self {
            SolutionPolicy::Always => true,
            SolutionPolicy::Never => false,
            SolutionPolicy::AfterSolving => solved,
            SolutionPolicy::AfterAttempts(n) => solved || attempts >= n,
        }
    }
}

impl Pack {
    /// Every exercise with the lesson it belongs to, in course order.
    pub fn exercises(&self) -> impl Iterator<Item = (&Lesson, &Exercise)> {
        self.lessons
            .iter()
            .flat_map(|l| l.exercises.iter().map(move |e| (l, e)))
    }

    /// Finds an exercise by `exercise` or `lesson/exercise`.
    pub fn find_exercise(&self, path: &str) -> Option<(&Lesson, &Exercise)> {
        match path.split_once('/') {
            Some((lesson, exercise)) => {
                self.lessons.iter().find(|l| l.id == lesson).and_then(|l| {
                    l.exercises
                        .iter()
                        .find(|e| e.id == exercise)
                        .map(|e| (l, e))
                })
            }
            None => self.exercises().find(|(_, e)| e.id == path),
        }
    }

    /// Limits for one test: the test's, else the exercise's, else the pack's, else defaults.
    pub fn limits_for(&self, exercise: &Exercise, test: &Test) -> Limits {
        test.limits
            .over(exercise.limits)
            .over(self.limits)
            .resolve()
    }
}

/// A pack that could not be loaded, with everything wrong with it.
#[derive(Debug, Clone)]
pub struct BrokenPack {
    pub origin: Origin,
    pub problems: Vec<Problem>,
}

/// The packs Slate can see, those it could not load, and copies it did not use.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub packs: Vec<Pack>,
    pub broken: Vec<BrokenPack>,
    /// Copies of packs not used because a newer copy with the same id is ([`discover`]).
    pub skipped: Vec<Skipped>,
    /// Whether Slate's own courses were hidden because a teacher asked for only theirs.
    pub built_in_hidden: bool,
}

impl Library {
    /// Finds a pack by id.
    pub fn pack(&self, id: &str) -> Option<&Pack> {
        self.packs.iter().find(|p| p.id == id)
    }

    /// Resolves `pack/exercise` or `pack/lesson/exercise`.
    pub fn find_exercise(&self, path: &str) -> Option<(&Pack, &Lesson, &Exercise)> {
        let (pack_id, rest) = path.split_once('/')?;
        let pack = self.pack(pack_id)?;
        let (lesson, exercise) = pack.find_exercise(rest)?;
        Some((pack, lesson, exercise))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_inherit_from_outer_levels() {
        let test = LimitSpec {
            time: Some(1.0),
            ..Default::default()
        };
        let exercise = LimitSpec {
            memory: Some(64),
            time: Some(3.0),
            ..Default::default()
        };
        let l = test.over(exercise).resolve();
        assert_eq!(l.time, Duration::from_secs(1));
        assert_eq!(l.memory, 64 << 20);
        assert_eq!(l.output, Limits::default().output);
    }

    #[test]
    fn tolerance_is_absolute_near_zero_and_relative_for_large_numbers() {
        let t = Tolerance {
            absolute: 0.001,
            relative: 1e-9,
        };
        assert!(t.allows(3.3335, 3.333), "absolute floor");
        assert!(!t.allows(3.335, 3.333));
        // 6.02e23 printed with a rounding in its last digits: far more than 0.001 apart.
        assert!(t.allows(6.022_140_76e23, 6.022_140_760_000_001e23));
        assert!(!t.allows(6.03e23, 6.02e23));
        // Whole numbers a million apart are never "close" by default.
        assert!(!t.allows(1_000_001.0, 1_000_000.0));
        assert!(!t.allows(f64::NAN, f64::NAN));
        assert!(t.allows(f64::INFINITY, f64::INFINITY));
        assert!(!t.allows(f64::INFINITY, 1e308));
        let loose = Tolerance {
            absolute: 0.0,
            relative: 0.01,
        };
        assert!(loose.allows(101.0, 100.0) && !loose.allows(102.0, 100.0));
    }

    #[test]
    fn solution_policy() {
        assert!(SolutionPolicy::AfterSolving.allows(0, true));
        assert!(!SolutionPolicy::AfterSolving.allows(10, false));
        assert!(SolutionPolicy::AfterAttempts(3).allows(3, false));
        assert!(!SolutionPolicy::AfterAttempts(3).allows(2, false));
        assert!(!SolutionPolicy::Never.allows(100, true));
        assert!(SolutionPolicy::Always.allows(0, false));
    }

    #[test]
    fn hidden_tests_show_details_only_as_configured() {
        assert!(Hidden::Show.shows_details(true));
        assert!(!Hidden::Hide.shows_details(false));
        assert!(Hidden::OnFailure.shows_details(false));
        assert!(!Hidden::OnFailure.shows_details(true));
    }
}
