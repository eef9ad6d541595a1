//! `slate report`: what a class has done, for the teacher.
//!
//! A table on the terminal, a CSV file for a spreadsheet, or a self-contained HTML page to
//! print or share; see `crate::store::report` for what each holds. A report only reads, so the
//! progress file is opened read-only: it works from a read-only data folder and never changes
//! the file. Ids and names in a report may come from other computers' files; the renderers
//! make them safe to show on a terminal. Pack titles are in the report's language when the
//! pack has a translation.

use clap::{Args, ValueEnum};
use std::path::PathBuf;

use super::{CliError, Status};
use crate::pack::{Library, translate};
use crate::paths::Paths;
use crate::store::report::{ClassReport, csv, html, table};
use crate::store::{FILE_NAME, Store, names, now_ms, save_file};
use crate::tr;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A table for the terminal.
    Table,
    /// One row per learner and exercise, for Excel or LibreOffice.
    Csv,
    /// A page to print or share, with charts.
    Html,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Only this group.
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// How to write the report.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Write the report to FILE instead of the terminal.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// On a computer that uses a class server: every computer's learners and progress at the
/// site, from the server. `None` without a server; when it cannot be reached, `None` too,
/// after saying on stderr that the report covers this computer only.
fn site_progress(
    target: Option<&crate::server::Target>,
    group: Option<&str>,
) -> Option<(Vec<crate::store::Learner>, crate::store::activity::TallyMap)> {
    let target = target?;
    let pulled = crate::server::Server::open(target, crate::server::connect::CONNECT_TIMEOUT)
        .and_then(|mut server| crate::server::sync::site_progress(&mut server, group));
    match pulled {
        Ok(parts) => Some(parts),
        Err(e) => {
            eprintln!("{e}");
            eprintln!("{}", tr!("report-this-computer-only"));
            None
        }
    }
}

pub fn run(
    paths: &Paths,
    library: &Library,
    target: Option<&crate::server::Target>,
    args: ReportArgs,
) -> Result<Status, CliError> {
    let library = in_language(library);
    let report = match site_progress(target, args.group.as_deref()) {
        Some((learners, tallies)) => ClassReport::from_parts(
            learners,
            &tallies,
            &library,
            args.group.as_deref(),
            now_ms(),
        ),
        None => Store::read_with(&paths.data.join(FILE_NAME), |store| {
            ClassReport::build(store, &library, args.group.as_deref(), now_ms())
        })?,
    };
    if let (Some(g), true) = (&args.group, report.rows.is_empty()) {
        return Err(CliError::Usage(tr!(
            "report-none-in-group",
            group = crate::safe_text::for_terminal(&names::tidy(g))
        )));
    }
    let bytes = match args.format {
        Format::Table => table::render(&report).into_bytes(),
        Format::Csv => csv::render(&report),
        Format::Html => html::render(&report).into_bytes(),
    };
    match &args.out {
        Some(path) => {
            save_file(path, &bytes)?;
            outln!(
                "{}",
                tr!("report-written", file = path.display().to_string())
            );
        }
        None => out!("{}", String::from_utf8_lossy(&bytes)),
    }
    Ok(Status::Success)
}

/// The packs with their titles in the teacher's language where a pack has them (`--lang cy`),
/// as the tutor shows them; ids, and so progress, are the same in every language. Reports
/// and the class view (`slate class`) both name exercises this way.
pub(super) fn in_language(library: &Library) -> Library {
    let language = crate::i18n::language().to_string();
    Library {
        packs: library
            .packs
            .iter()
            .map(|p| translate::translate(p, &language))
            .collect(),
        ..Library::default()
    }
}
