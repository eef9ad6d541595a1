//! `slate check PACK/EXERCISE FILE_OR_FOLDER...`: marking a class's files at once.
//!
//! A folder stands for the `.py` files directly inside it (not in folders within it), sorted
//! by name; files named on the command line are marked in the order given. Each file gets one
//! line (its name, score, passed or failed, and the first problem in a few words), then a
//! summary: how many passed and the average score. `--format csv` writes the same rows as CSV
//! for a spreadsheet (UTF-8 with a byte-order mark, CRLF line ends, names that start like a
//! formula given a leading `'`). A file Slate cannot read is a row with the reason, never the
//! end of the run. Once marking has taken a second, a progress bar on stderr says how far it
//! has got, when stderr is a terminal. Hidden tests stay hidden here, as in a single check.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::super::{CliError, Status, read_program};
use crate::feedback;
use crate::marking::{self, Report};
use crate::pack::{Exercise, Pack};
use crate::paths::Paths;
use crate::sandbox::{Progress, Sandbox};
use crate::store::report::table::layout;
use crate::store::report::{shown, spreadsheet_safe};
use crate::tr;

/// How the results of many files are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// A table for the terminal, then a summary.
    #[default]
    Table,
    /// CSV for a spreadsheet, one row per file.
    Csv,
}

/// The longest "first problem" shown, in characters.
const PROBLEM_CHARS: usize = 70;

/// One file's result.
#[derive(Debug)]
struct Row {
    file: String,
    /// `None` when the file could not be read.
    report: Option<Report>,
    problem: String,
}

/// The files to mark: folders stand for the `.py` files directly in them, sorted by name.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<PathBuf>, CliError> {
    let mut files = Vec::new();
    for path in paths {
        if !path.is_dir() {
            files.push(path.clone());
            continue;
        }
        let shown_dir = path.display().to_string();
        let entries = std::fs::read_dir(path).map_err(|e| CliError::Io {
            message: tr!(
                "cli-file-unreadable",
                file = shown_dir.as_str(),
                error = e.to_string()
            ),
            source: e,
        })?;
        let mut found: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_file() && is_python(p))
            .collect();
        if found.is_empty() {
            return Err(CliError::Usage(tr!(
                "check-no-py-files",
                folder = shown_dir
            )));
        }
        found.sort_by(|a, b| a.file_name().cmp(&b.file_name()));
        files.extend(found);
    }
    Ok(files)
}

fn is_python(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("py"))
}

/// Marks every file and prints a line for each, then the summary (or the CSV).
pub fn run(
    paths: &Paths,
    pack: &Pack,
    exercise: &Exercise,
    inputs: &[PathBuf],
    format: Format,
) -> Result<Status, CliError> {
    let files = expand(inputs)?;
    let sandbox = Sandbox::global(paths, Progress::Terminal)?;
    let mut bar = Bar::new(files.len());
    let mut rows = Vec::with_capacity(files.len());
    for file in &files {
        let name = file.display().to_string();
        bar.starting(&shown(&name));
        let row = match read_program(file) {
            Ok(source) => {
                let report = marking::mark(sandbox, pack, exercise, &source)?;
                Row {
                    file: name,
                    problem: first_problem(&report),
                    report: Some(report),
                }
            }
            Err(e) => Row {
                file: name,
                report: None,
                problem: short(&shown(&e.to_string())),
            },
        };
        rows.push(row);
        bar.bar.inc(1);
    }
    bar.bar.finish_and_clear();
    match format {
        Format::Table => out!("{}", table(&rows)),
        Format::Csv => {
            use std::io::Write;
            let _ = std::io::stdout().write_all(&csv(&rows));
        }
    }
    let all_passed = rows
        .iter()
        .all(|r| r.report.as_ref().is_some_and(|r| r.passed));
    Ok(if all_passed {
        Status::Success
    } else {
        Status::Failed
    })
}

/// How long marking goes on before the progress bar appears: a quick run stays quiet.
const SHOW_PROGRESS_AFTER: Duration = Duration::from_secs(1);

/// A progress bar on stderr that appears once marking has taken a while, only when stderr
/// is a terminal (pipes and logs stay clean).
struct Bar {
    bar: indicatif::ProgressBar,
    started: Instant,
    /// Whether it may appear at all.
    wanted: bool,
    shown: bool,
}

impl Bar {
    fn new(count: usize) -> Bar {
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(count as u64),
            indicatif::ProgressDrawTarget::hidden(),
        );
        let template = format!(
            "{} {{bar:30}} {{pos}}/{{len}} {{msg}}",
            tr!("check-batch-marking")
        );
        if let Ok(style) = indicatif::ProgressStyle::with_template(&template) {
            bar.set_style(style);
        }
        Bar {
            bar,
            started: Instant::now(),
            wanted: count > 1 && std::io::stderr().is_terminal(),
            shown: false,
        }
    }

    /// Marking `file` starts.
    fn starting(&mut self, file: &str) {
        if self.wanted && !self.shown && self.started.elapsed() >= SHOW_PROGRESS_AFTER {
            self.bar
                .set_draw_target(indicatif::ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
            self.shown = true;
        }
        self.bar.set_message(file.to_owned());
    }
}

/// The first test that did not pass, in a few words; empty when all passed. A hidden
/// test's details stay hidden, as in a single check.
fn first_problem(report: &Report) -> String {
    let Some((index, test)) = report.tests.iter().enumerate().find(|(_, t)| !t.passed()) else {
        return String::new();
    };
    let sentence = if test.shows_details() || test.status.is_limit() {
        feedback::test_sentence(index, test)
    } else {
        tr!(
            "feedback-test-sentence-hidden",
            number = index + 1,
            outcome = tr!("outcome-failed")
        )
    };
    short(&shown(&sentence))
}

/// `text` cut to [`PROBLEM_CHARS`] characters, with "…" when cut.
fn short(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= PROBLEM_CHARS {
        return text.to_owned();
    }
    let cut: String = text.chars().take(PROBLEM_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

fn result_word(row: &Row) -> String {
    match &row.report {
        Some(r) if r.passed => tr!("check-batch-passed"),
        Some(_) => tr!("check-batch-failed"),
        None => tr!("check-batch-unreadable"),
    }
}

fn score(row: &Row) -> (String, String) {
    match &row.report {
        Some(r) => (r.score.to_string(), r.max_score.to_string()),
        None => (String::new(), String::new()),
    }
}

fn table(rows: &[Row]) -> String {
    let mut cells = vec![
        [
            "check-batch-col-file",
            "check-batch-col-score",
            "check-batch-col-result",
            "check-batch-col-problem",
        ]
        .map(|k| tr!(k))
        .to_vec(),
    ];
    for row in rows {
        let (got, max) = score(row);
        let score = if max.is_empty() {
            "-".to_owned()
        } else {
            format!("{got}/{max}")
        };
        cells.push(vec![
            shown(&row.file),
            score,
            result_word(row),
            row.problem.clone(),
        ]);
    }
    let mut out = layout(&cells, &[false, true, false, false]);
    out.push('\n');
    out.push_str(&summary(rows));
    out.push('\n');
    out
}

/// "3 of 4 files passed. Average score: 2.5 out of 3."
fn summary(rows: &[Row]) -> String {
    let marked: Vec<&Report> = rows.iter().filter_map(|r| r.report.as_ref()).collect();
    let passed = marked.iter().filter(|r| r.passed).count();
    let max = marked.iter().map(|r| r.max_score).max().unwrap_or(0);
    let average = if marked.is_empty() {
        0.0
    } else {
        f64::from(marked.iter().map(|r| r.score).sum::<u32>()) / marked.len() as f64
    };
    tr!(
        "check-batch-summary",
        passed = passed,
        count = rows.len(),
        average = format!("{average:.1}"),
        max = max
    )
}

/// The rows as CSV bytes for a spreadsheet.
fn csv(rows: &[Row]) -> Vec<u8> {
    let mut out = crate::files::BOM.as_bytes().to_vec();
    {
        let mut w = ::csv::WriterBuilder::new()
            .terminator(::csv::Terminator::CRLF)
            .from_writer(&mut out);
        let headings = [
            "check-batch-col-file",
            "check-batch-col-score",
            "check-batch-col-max-score",
            "check-batch-col-result",
            "check-batch-col-problem",
        ];
        w.write_record(headings.map(|k| tr!(k)))
            .expect("writing to memory");
        for row in rows {
            let (got, max) = score(row);
            let text = |t: &str| spreadsheet_safe(&shown(t)).into_owned();
            w.write_record([
                text(&row.file),
                got,
                max,
                result_word(row),
                text(&row.problem),
            ])
            .expect("writing to memory");
        }
        w.flush().expect("writing to memory");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_stands_for_its_python_files_sorted_by_name() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.py", "a.PY", "notes.txt", "c.py"] {
            std::fs::write(dir.path().join(name), "print(1)\n").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub").join("d.py"), "").unwrap();
        let extra = dir.path().join("sub").join("d.py");
        let files = expand(&[dir.path().to_path_buf(), extra.clone()]).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.PY", "b.py", "c.py", "d.py"], "not recursive");
        let empty = tempfile::tempdir().unwrap();
        let err = expand(&[empty.path().to_path_buf()]).unwrap_err();
        assert!(err.to_string().contains("no .py files"), "{err}");
    }

    #[test]
    fn csv_is_quoted_and_formula_safe() {
        let rows = [
            Row {
                file: "=HYPERLINK(\"http://x\"),\"a\".py".into(),
                report: None,
                problem: "it, \"broke\"\nbadly".into(),
            },
            Row {
                file: "ok.py".into(),
                report: None,
                problem: String::new(),
            },
        ];
        let bytes = csv(&rows);
        let text = String::from_utf8(bytes).unwrap();
        let text = text.strip_prefix(crate::files::BOM).unwrap();
        let mut lines = text.split("\r\n");
        assert_eq!(
            lines.next().unwrap(),
            "File,Score,Max score,Result,First problem"
        );
        assert_eq!(
            lines.next().unwrap(),
            "\"'=HYPERLINK(\"\"http://x\"\"),\"\"a\"\".py\",,,could not be read,\"it, \"\"broke\"\" badly\""
        );
        assert_eq!(lines.next().unwrap(), "ok.py,,,could not be read,");
    }

    #[test]
    fn long_problems_are_cut_short() {
        assert_eq!(short("  fine "), "fine");
        let cut = short(&"word ".repeat(40));
        assert!(
            cut.ends_with('…') && cut.chars().count() <= PROBLEM_CHARS,
            "{cut}"
        );
    }
}
