//! `slate export` and `slate import`: carrying progress between computers on a USB stick.
//!
//! The file format and the merging rules are in `crate::store::exchange`; this is the
//! command line around them: choosing whom to export, writing the file whole or not at all,
//! and telling the teacher what an import did. Exporting only reads the progress file, so it
//! opens it read-only (it works from a read-only data folder and never changes the file);
//! importing reads each file as a stream into one transaction.

use clap::Args;
use std::path::PathBuf;

use super::{CliError, Status};
use crate::paths::Paths;
use crate::store::{FILE_NAME, Selection, Store, names, save_file};
use crate::tr;

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
    let file = Store::read_with(&paths.data.join(FILE_NAME), |store| {
        Ok::<_, CliError>(match (&args.learner, &args.group) {
            (Some(name), group) => {
                let l = store.require_learner(name, group.as_deref())?;
                store.export(Selection::Learner(&l.id))?
            }
            (None, Some(group)) => store.export(Selection::Group(group))?,
            (None, None) => store.export(Selection::All)?,
        })
    })?;
    if file.learners.is_empty() {
        return Err(CliError::Usage(match &args.group {
            Some(g) => tr!(
                "export-none-in-group",
                group = crate::safe_text::for_terminal(&names::tidy(g))
            ),
            None => tr!("export-none"),
        }));
    }
    save_file(&args.out, file.to_json().as_bytes())?;
    outln!(
        "{}",
        tr!(
            "export-done",
            learners = file.learners.len(),
            attempts = file.attempt_count(),
            file = args.out.display().to_string()
        )
    );
    Ok(Status::Success)
}

pub fn import(paths: &Paths, args: ImportArgs) -> Result<Status, CliError> {
    let mut store = Store::open(paths)?;
    let s = store.import_files(&args.files)?;
    outln!(
        "{}",
        tr!(
            "import-done",
            files = args.files.len(),
            learners = s.learners_added + s.learners_merged,
            learners_new = s.learners_added,
            learners_here = s.learners_merged,
            attempts = s.attempts_added + s.attempts_known,
            attempts_new = s.attempts_added,
            attempts_here = s.attempts_known
        )
    );
    for note in &s.notes {
        outln!("{}", tr!("import-note", note = note));
    }
    Ok(Status::Success)
}
