//! `slate learner import CLASS.csv`: adding a class list at once.
//!
//! Reading the file is [`crate::store::class_list`]; this prints what was added and who was
//! here already, one learner a line (names made safe for the terminal, as they come from a
//! file), then how many of each.

use std::path::Path;

use super::super::CliError;
use crate::paths::Paths;
use crate::store::{Store, class_list, names};
use crate::tr;

pub fn run(paths: &Paths, file: &Path) -> Result<(), CliError> {
    let entries = class_list::read(file).map_err(crate::store::StoreError::from)?;
    let result = Store::open(paths)?.add_learners(&entries)?;
    for l in &result.added {
        outln!(
            "{}",
            tr!(
                "learner-import-added",
                who = names::label(&l.name, l.group.as_deref())
            )
        );
    }
    for l in &result.existing {
        outln!(
            "{}",
            tr!(
                "learner-import-existing",
                who = names::label(&l.name, l.group.as_deref())
            )
        );
    }
    outln!(
        "{}",
        tr!(
            "learner-import-summary",
            added = result.added.len(),
            existing = result.existing.len()
        )
    );
    Ok(())
}
