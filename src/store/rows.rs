//! The rows that both recording (`activity`) and merging imports (`exchange`) write: an
//! attempt as stored, its test records, events and settings, with the one SQL statement for
//! each. Keeping them here means `activity` and `exchange` depend on this, not on each other.

use rusqlite::{Connection, params};
use serde::{Deserialize, Serialize};

use super::StoreError;

/// The result of one test in an attempt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestRecord {
    pub id: String,
    /// As [`crate::marking::TestStatus`] serialises: `passed`, `failed`, `error`, ...
    pub status: String,
    pub points: u32,
    pub max_points: u32,
    /// What a teacher sees of the test in `slate learner show` (hidden tests too); absent in
    /// attempts recorded before Slate kept it, and in export files of version 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<TestDetail>,
}

/// A test's result in full, for the teacher: enough for `feedback` to say it again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TestDetail {
    /// The test's name in the pack.
    pub name: String,
    /// The pack keeps this test's details from learners (always, or while it passes): the
    /// tutor never shows them; only a teacher's `slate learner show` does.
    pub hidden: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stdin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
    /// For function tests: the call made.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_function: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorDetail>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    /// The time limit the test ran under, in milliseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_limit_ms: Option<u64>,
}

impl TestDetail {
    /// A test's result in full, from marking.
    pub(crate) fn of(t: &crate::marking::TestResult) -> TestDetail {
        TestDetail {
            name: t.name.clone(),
            hidden: t.visibility != crate::pack::Hidden::Show,
            stdin: t.stdin.clone(),
            expected: t.expected.clone(),
            actual: t.actual.clone(),
            call: t.call.clone(),
            missing_function: t.missing_function.clone(),
            error: t.error.as_ref().map(|e| ErrorDetail {
                kind: e.kind.clone(),
                message: e.message.clone(),
                line: e.line,
                column: e.column,
                source_line: e.source_line.clone(),
            }),
            exit_code: t.exit_code,
            time_limit_ms: u64::try_from(t.limits.time.as_millis()).ok(),
        }
    }
}

/// The Python error that stopped a test's program.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// The exception's type, such as `NameError`.
    #[serde(rename = "type")]
    pub kind: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u32>,
    /// The learner's line of code there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_line: Option<String>,
}

/// One check attempt, as stored and as exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttemptRecord {
    pub id: String,
    pub machine: String,
    pub at: i64,
    pub pack: String,
    pub pack_version: String,
    pub exercise: String,
    pub code: String,
    pub tests: Vec<TestRecord>,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    pub duration_ms: u64,
    pub time_spent_ms: u64,
}

/// The kinds of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Hint,
    Solution,
    Page,
}

impl Kind {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Kind::Hint => "hint",
            Kind::Solution => "solution",
            Kind::Page => "page",
        }
    }
}

/// Reads a non-negative integer column (SQLite integers are signed).
pub(crate) fn get_u64(r: &rusqlite::Row<'_>, i: usize) -> rusqlite::Result<u64> {
    Ok(u64::try_from(r.get::<_, i64>(i)?).unwrap_or(0))
}

/// Records an event, keeping the earliest first time and the latest last time.
pub(crate) fn upsert_event(
    conn: &Connection,
    learner: &str,
    kind: Kind,
    pack: &str,
    item: &str,
    index: u32,
    (first, last): (i64, i64),
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO events (learner, kind, pack, item, idx, first_at, last_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (learner, kind, pack, item, idx) DO UPDATE SET
             first_at = min(first_at, excluded.first_at),
             last_at = max(last_at, excluded.last_at)",
    )?
    .execute(params![
        learner,
        kind.as_str(),
        pack,
        item,
        index,
        first,
        last
    ])
}

/// Stores a setting unless the stored one is newer (ties go to the larger value, so merging is
/// the same in any order).
pub(crate) fn upsert_setting(
    conn: &Connection,
    learner: &str,
    key: &str,
    value: &str,
    updated: i64,
) -> rusqlite::Result<usize> {
    conn.prepare_cached(
        "INSERT INTO settings (learner, key, value, updated) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (learner, key) DO UPDATE SET value = excluded.value, updated = excluded.updated
         WHERE (excluded.updated, excluded.value) > (settings.updated, settings.value)",
    )?
    .execute(params![learner, key, value, updated])
}

/// Inserts an attempt for `learner`; returns false if its id was already there.
pub(crate) fn insert_attempt(
    conn: &Connection,
    learner: &str,
    a: &AttemptRecord,
) -> Result<bool, StoreError> {
    let tests = serde_json::to_string(&a.tests).expect("test records are valid JSON");
    let n = conn
        .prepare_cached(
            "INSERT OR IGNORE INTO attempts (id, machine, learner, pack, pack_version, exercise, at,
                 code, tests, score, max_score, passed, duration_ms, time_spent_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        )?
        .execute(params![
            a.id,
            a.machine,
            learner,
            a.pack,
            a.pack_version,
            a.exercise,
            a.at,
            a.code,
            tests,
            a.score,
            a.max_score,
            a.passed,
            i64::try_from(a.duration_ms).unwrap_or(i64::MAX),
            i64::try_from(a.time_spent_ms).unwrap_or(i64::MAX),
        ])?;
    Ok(n == 1)
}
