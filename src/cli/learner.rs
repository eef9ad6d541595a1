//! `slate learner add|list|rename|forget`: the learners who use this computer.
//!
//! No passwords: a learner is a name, and optionally a group (a class), matched without caring
//! about capitals or extra spaces. Forgetting a learner deletes everything about them, so it
//! asks for the name to be typed again, and refuses to run unattended without `--yes`.

use clap::{Args, Subcommand};
use std::io::{BufRead, IsTerminal, Write};

use super::{CliError, Status};
use crate::paths::Paths;
use crate::store::report::plural;
use crate::store::{Learner, Store, names, time};

#[derive(Debug, Args)]
pub struct LearnerArgs {
    #[command(subcommand)]
    pub command: LearnerCommand,
}

#[derive(Debug, Subcommand)]
pub enum LearnerCommand {
    /// Add a learner to this computer.
    Add {
        /// Their name, as they would like to see it.
        name: String,
        /// Their group or class, if any (for example 7B).
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
    },
    /// List the learners on this computer.
    List {
        /// Only the learners of this group.
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
    },
    /// Give a learner a new name.
    Rename {
        /// Their name now.
        old: String,
        /// Their new name.
        new: String,
        /// Their group, if they have one.
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
    },
    /// Delete everything Slate keeps about a learner. This cannot be undone.
    Forget {
        /// Their name.
        name: String,
        /// Their group, if they have one.
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        /// Do not ask to type the name again (needed when not at a terminal).
        #[arg(long)]
        yes: bool,
    },
}

pub fn run(paths: &Paths, args: LearnerArgs) -> Result<Status, CliError> {
    let mut store = Store::open(paths)?;
    match args.command {
        LearnerCommand::Add { name, group } => {
            let l = store.add_learner(&name, group.as_deref())?;
            outln!(
                "Added {}. Use `--learner \"{}\"{}` with `slate check` to keep their progress.",
                names::who(&l.name, l.group.as_deref()),
                l.name,
                group_flag(&l)
            );
        }
        LearnerCommand::List { group } => list(&store, group.as_deref())?,
        LearnerCommand::Rename { old, new, group } => {
            let l = store.require_learner(&old, group.as_deref())?;
            let renamed = store.rename_learner(&l.id, &new)?;
            outln!(
                "{} is now called \"{}\". Their progress is kept.",
                names::who(&l.name, l.group.as_deref()),
                renamed.name
            );
        }
        LearnerCommand::Forget { name, group, yes } => {
            let l = store.require_learner(&name, group.as_deref())?;
            if !yes {
                let stdin = std::io::stdin();
                if !stdin.is_terminal() {
                    return Err(CliError::Usage(format!(
                        "Forgetting {} deletes all their progress, so Slate asks first. Run this at a terminal to confirm, or add --yes.",
                        names::who(&l.name, l.group.as_deref())
                    )));
                }
                let attempts: u32 = store
                    .tallies(Some(&l.id))?
                    .values()
                    .map(|t| t.progress.attempts)
                    .sum();
                out!(
                    "This deletes everything Slate keeps about {}: {}, hints, pages read and settings. It cannot be undone.\nType the name again to confirm: ",
                    names::who(&l.name, l.group.as_deref()),
                    plural(attempts as usize, "attempt", "attempts")
                );
                let _ = std::io::stdout().flush();
                if !confirmed(&l.name, &mut stdin.lock()) {
                    outln!("The names did not match, so nothing was deleted.");
                    return Ok(Status::Failed);
                }
            }
            store.forget_learner(&l.id)?;
            outln!(
                "Slate has forgotten {}. If their progress was exported or is on other computers, forget them there too and delete the old export files.",
                names::who(&l.name, l.group.as_deref())
            );
        }
    }
    Ok(Status::Success)
}

/// ` --group "7B"` for a learner with a group.
fn group_flag(l: &Learner) -> String {
    l.group
        .as_ref()
        .map(|g| format!(" --group \"{g}\""))
        .unwrap_or_default()
}

/// Reads one line and compares it with the name (ignoring capitals and spaces).
fn confirmed(name: &str, input: &mut impl BufRead) -> bool {
    let mut line = String::new();
    input.read_line(&mut line).is_ok() && names::key(&line) == names::key(name)
}

fn list(store: &Store, group: Option<&str>) -> Result<(), CliError> {
    let learners = store.learners_in(group)?;
    if learners.is_empty() {
        match group {
            Some(g) => outln!(
                "There are no learners in group {} on this computer.",
                names::tidy(g)
            ),
            None => outln!(
                "There are no learners on this computer yet. Add one with `slate learner add NAME`."
            ),
        }
        return Ok(());
    }
    let width = learners
        .iter()
        .map(|l| l.name.chars().count())
        .max()
        .unwrap_or(0)
        .max(4);
    let gwidth = learners
        .iter()
        .map(|l| l.group.as_deref().unwrap_or("").chars().count())
        .max()
        .unwrap_or(0)
        .max(5);
    outln!(
        "{:width$}  {:gwidth$}  Added       Last seen",
        "Name",
        "Group"
    );
    for l in &learners {
        outln!(
            "{:width$}  {:gwidth$}  {}  {}",
            l.name,
            l.group.as_deref().unwrap_or(""),
            time::day(l.created),
            time::day(l.last_seen)
        );
    }
    outln!("\n{}.", plural(learners.len(), "learner", "learners"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confirmation_matches_the_name_loosely() {
        assert!(confirmed(
            "Ada Lovelace",
            &mut "  ada  lovelace\n".as_bytes()
        ));
        assert!(!confirmed("Ada Lovelace", &mut "Ada\n".as_bytes()));
        assert!(!confirmed("Ada Lovelace", &mut "".as_bytes()));
    }
}
