//! `slate export` and `slate import`: carrying progress between computers on a USB stick.
//!
//! The file format and the merging rules are in `crate::store::exchange`; this is the
//! command line around them: choosing whom to export, writing the file whole or not at all,
//! and telling the teacher what an import did.

use clap::Args;
use std::path::PathBuf;

use super::{CliError, Status};
use crate::paths::Paths;
use crate::store::report::plural;
use crate::store::{ExportFile, Selection, Store, StoreError, names, save_file};

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Export only this learner.
    #[arg(long, value_name = "NAME")]
    pub learner: Option<String>,
    /// Export only this group (with --learner: the learner's group).
    #[arg(long, value_name = "GROUP")]
    pub group: Option<String>,
    /// The file to write, for example progress-pc3.json.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Files made by `slate export` (on this computer or others).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

pub fn export(paths: &Paths, args: ExportArgs) -> Result<Status, CliError> {
    let store = Store::open(paths)?;
    let file = match (&args.learner, &args.group) {
        (Some(name), group) => {
            let l = store.require_learner(name, group.as_deref())?;
            store.export(Selection::Learner(&l.id))?
        }
        (None, Some(group)) => store.export(Selection::Group(group))?,
        (None, None) => store.export(Selection::All)?,
    };
    if file.learners.is_empty() {
        return Err(CliError::Usage(match &args.group {
            Some(g) => format!(
                "There are no learners in group {} to export. `slate learner list` shows the groups.",
                names::tidy(g)
            ),
            None => "There are no learners on this computer to export yet.".into(),
        }));
    }
    save_file(&args.out, file.to_json().as_bytes())?;
    outln!(
        "Exported {} and {} to {}.",
        plural(file.learners.len(), "learner", "learners"),
        plural(file.attempt_count(), "attempt", "attempts"),
        args.out.display()
    );
    Ok(Status::Success)
}

pub fn import(paths: &Paths, args: ImportArgs) -> Result<Status, CliError> {
    // Read and check every file before touching the store.
    let files = args
        .files
        .iter()
        .map(|f| ExportFile::read(f).map(|parsed| (f.clone(), parsed)))
        .collect::<Result<Vec<_>, _>>()
        .map_err(StoreError::from)?;
    let mut store = Store::open(paths)?;
    let s = store.import(&files)?;
    outln!(
        "Imported {}: {} ({} new, {} already here) and {} ({} new, {} already here).",
        plural(files.len(), "file", "files"),
        plural(s.learners_added + s.learners_merged, "learner", "learners"),
        s.learners_added,
        s.learners_merged,
        plural(s.attempts_added + s.attempts_known, "attempt", "attempts"),
        s.attempts_added,
        s.attempts_known
    );
    for note in &s.notes {
        outln!("Note: {note}");
    }
    Ok(Status::Success)
}
