//! `slate learner add|list|show|rename|move|merge|import|forget`: the learners who use this computer.
//!
//! No passwords: a learner is a name, and optionally a group (a class), matched without caring
//! about capitals or extra spaces. Forgetting a learner deletes everything about them, so it
//! asks for the name to be typed again, and refuses to run unattended without `--yes`.
//! Listing only reads, so it opens the progress file read-only (it works from a read-only data
//! folder and never changes the file), and shows names made safe for the terminal: they may
//! come from another computer's export file.

use clap::{Args, Subcommand};
use std::io::{BufRead, IsTerminal, Write};

mod import;
mod show;

use super::{CliError, Status};
use crate::paths::Paths;
use crate::safe_text::for_terminal;
use crate::store::report::table::layout;
use crate::store::{FILE_NAME, Store, names, time};
use crate::tr;

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
    /// Show a learner's attempts: when, the score, the code, and each test's result (with
    /// hidden tests' details, for the teacher).
    Show {
        /// Their name.
        name: String,
        /// Their group, if they have one.
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        /// Only the attempts at this exercise: `pack/exercise` (or just `pack`).
        #[arg(long, value_name = "PACK/EXERCISE")]
        exercise: Option<String>,
        /// Print JSON (documented in docs/progress-format.md) instead.
        #[arg(long)]
        json: bool,
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
    /// Move a learner into another group; their progress stays.
    Move {
        /// Their name.
        name: String,
        /// The group to move them into (an empty group, "", for no group).
        #[arg(long, value_name = "GROUP")]
        group: String,
        /// The group they are in now, when several groups have someone of that name.
        #[arg(long, value_name = "GROUP")]
        from: Option<String>,
    },
    /// Join two records of one pupil into one, keeping all their attempts.
    Merge {
        /// The name of the record to merge away.
        name: String,
        /// Its group, if it has one.
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
        /// The name of the record to keep.
        #[arg(long, value_name = "NAME")]
        into: String,
        /// The kept record's group, if it has one.
        #[arg(long, value_name = "GROUP")]
        into_group: Option<String>,
    },
    /// Add many learners at once from a class list (CSV: name and group columns).
    Import {
        /// The class list: a CSV file, as school information systems export it.
        file: std::path::PathBuf,
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

pub fn run(
    paths: &Paths,
    target: Option<&crate::server::Target>,
    args: LearnerArgs,
) -> Result<Status, CliError> {
    match args.command {
        LearnerCommand::Add { name, group } => {
            let l = Store::open(paths)?.add_learner(&name, group.as_deref())?;
            let options = names::options(&l.name, l.group.as_deref());
            outln!(
                "{}",
                tr!(
                    "learner-added",
                    who = names::who(&l.name, l.group.as_deref()),
                    options = format!("--learner {options}")
                )
            );
        }
        LearnerCommand::List { group } => {
            // On a connected computer: the whole site's learners, from the server (when it
            // cannot be reached, this computer's, after saying so).
            let from_server = target.and_then(|t| site_learners(t, group.as_deref()));
            let learners = match from_server {
                Some(learners) => learners,
                // Only reads: works from a read-only folder and never changes the file.
                None => Store::read_with(&paths.data.join(FILE_NAME), |store| {
                    store.learners_in(group.as_deref())
                })?,
            };
            list(&learners, group.as_deref());
        }
        LearnerCommand::Show {
            name,
            group,
            exercise,
            json,
        } => show::run(paths, &name, group.as_deref(), exercise.as_deref(), json)?,
        LearnerCommand::Rename { old, new, group } => {
            let mut store = Store::open(paths)?;
            let l = store.require_learner(&old, group.as_deref())?;
            let renamed = store.rename_learner(&l.id, &new)?;
            outln!(
                "{}",
                tr!(
                    "learner-renamed",
                    who = names::who(&l.name, l.group.as_deref()),
                    name = renamed.name
                )
            );
        }
        LearnerCommand::Move { name, group, from } => {
            let mut store = Store::open(paths)?;
            let l = store.require_learner(&name, from.as_deref())?;
            let moved = store.move_learner(&l.id, Some(&group))?;
            outln!(
                "{}",
                tr!(
                    "learner-moved",
                    who = names::who(&l.name, l.group.as_deref()),
                    now = names::label(&moved.name, moved.group.as_deref())
                )
            );
        }
        LearnerCommand::Merge {
            name,
            group,
            into,
            into_group,
        } => {
            let mut store = Store::open(paths)?;
            let gone = store.require_learner(&name, group.as_deref())?;
            let kept = store.require_learner(&into, into_group.as_deref())?;
            let (kept, moved) = store.merge_learners(&gone.id, &kept.id)?;
            outln!(
                "{}",
                tr!(
                    "learner-merged",
                    old = names::label(&gone.name, gone.group.as_deref()),
                    kept = names::label(&kept.name, kept.group.as_deref()),
                    attempts = moved
                )
            );
        }
        LearnerCommand::Import { file } => import::run(paths, &file)?,
        LearnerCommand::Forget { name, group, yes } => {
            let mut store = Store::open(paths)?;
            // On a connected computer the learner may have been added on another one: the
            // server's list comes first.
            let mut server = match target {
                Some(target) => Some(crate::server::Server::open(
                    target,
                    crate::server::connect::CONNECT_TIMEOUT,
                )?),
                None => None,
            };
            if let Some(server) = &mut server {
                store.take_roster(crate::server::sync::roster(server, None)?)?;
            }
            let l = store.require_learner(&name, group.as_deref())?;
            let who = names::who(&l.name, l.group.as_deref());
            if !yes {
                let stdin = std::io::stdin();
                if !stdin.is_terminal() {
                    return Err(CliError::Usage(tr!("learner-forget-needs-yes", who = &who)));
                }
                let attempts: u32 = store
                    .tallies(Some(&l.id))?
                    .values()
                    .map(|t| t.progress.attempts)
                    .sum();
                outln!(
                    "{}",
                    tr!("learner-forget-warning", who = &who, attempts = attempts)
                );
                out!("{} ", tr!("learner-forget-confirm"));
                let _ = std::io::stdout().flush();
                if !confirmed(&l.name, &mut stdin.lock()) {
                    outln!("{}", tr!("learner-forget-mismatch"));
                    return Ok(Status::Failed);
                }
            }
            // On a computer that uses a class server, the learner is forgotten there first
            // (everywhere, for good); if that cannot be done, nothing is forgotten here either.
            if let Some(server) = &mut server {
                crate::server::sync::forget(server, &l.id)?;
                store.take_tombstones(&[(l.id.clone(), crate::store::now_ms())])?;
                outln!("{}", tr!("learner-forgotten-everywhere", who = &who));
            } else {
                store.forget_learner(&l.id)?;
                outln!("{}", tr!("learner-forgotten", who = &who));
            }
        }
    }
    Ok(Status::Success)
}

/// The site's learners (of a group) from the class server; `None`, after a sentence on
/// stderr, when it cannot be reached.
fn site_learners(
    target: &crate::server::Target,
    group: Option<&str>,
) -> Option<Vec<crate::store::Learner>> {
    let roster = crate::server::Server::open(target, crate::server::connect::CONNECT_TIMEOUT)
        .and_then(|mut server| crate::server::sync::roster(&mut server, group));
    match roster {
        Ok(rows) => Some(crate::store::learners::sorted(
            rows.into_iter().map(Into::into).collect(),
        )),
        Err(e) => {
            eprintln!("{e}");
            eprintln!("{}", tr!("learner-list-this-computer-only"));
            None
        }
    }
}

/// Reads one line and compares it with the name (ignoring capitals and spaces).
fn confirmed(name: &str, input: &mut impl BufRead) -> bool {
    let mut line = String::new();
    input.read_line(&mut line).is_ok() && names::key(&line) == names::key(name)
}

fn list(learners: &[crate::store::Learner], group: Option<&str>) {
    if learners.is_empty() {
        match group {
            Some(g) => outln!(
                "{}",
                tr!(
                    "learner-list-none-in-group",
                    group = for_terminal(&names::tidy(g))
                )
            ),
            None => outln!("{}", tr!("learner-list-none")),
        }
        return;
    }
    let header = [
        "learner-list-name",
        "learner-list-group",
        "learner-list-added",
        "learner-list-last-seen",
    ];
    let mut rows = vec![header.map(|key| tr!(key)).to_vec()];
    for l in learners {
        rows.push(vec![
            for_terminal(&l.name),
            for_terminal(l.group.as_deref().unwrap_or_default()),
            time::day(l.created),
            time::day(l.last_seen),
        ]);
    }
    out!("{}", layout(&rows, &[]));
    outln!();
    outln!("{}", tr!("learner-list-count", count = learners.len()));
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
