//! `slate pack check|new|list|schema|install|remove|settings`: tools for teachers who write
//! lesson packs.
//!
//! `pack check` also checks the pack's translations (`translations/<language>/`), and says
//! when another copy of the pack (same id) is newer or older; `pack list` shows each pack in
//! the chosen language where it has a translation, and the copies not used. Installing,
//! removing and this computer's pack settings are in [`install`].
//!
//! Everything printed here that comes from a pack is already safe for a terminal: a loaded
//! pack's words are made safe at load, ids and language tags are validated, and problems
//! and pack folders are made safe when rendered (see [`crate::pack::display`]).

use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

mod install;
mod publish;

use super::{CliError, Status};
use crate::marking;
use crate::pack::schema::{self, SchemaFor};
use crate::pack::settings::Setting;
use crate::pack::{Exercise, Library, Pack, PackSource, Problem, load_pack, translate, version};
use crate::paths::Paths;
use crate::sandbox::{Progress, Sandbox};
use crate::{feedback, tr};

#[derive(Debug, Args)]
pub struct PackArgs {
    #[command(subcommand)]
    pub command: PackCommand,
}

#[derive(Debug, Subcommand)]
pub enum PackCommand {
    /// Check a pack: its files, and that every solution passes and every starter fails.
    Check {
        /// The pack's folder.
        dir: PathBuf,
    },
    /// Make a small working pack to start from.
    New {
        /// The folder to create.
        dir: PathBuf,
    },
    /// List the packs Slate can see, with their lessons and exercises.
    List,
    /// Print a JSON Schema for pack files, for editors that check TOML as you type.
    Schema {
        /// Which file the schema is for.
        #[arg(long = "for", value_enum, default_value_t = SchemaFor::Any)]
        which: SchemaFor,
    },
    /// Check a pack, then copy it into this computer's packs folder, replacing an older
    /// version of it.
    Install {
        /// The pack's folder.
        dir: PathBuf,
        /// Replace an installed copy even when it is a newer version.
        #[arg(long)]
        force: bool,
    },
    /// Check a pack, then store it on the class server: every computer of the site takes it
    /// in at its next sync.
    Publish {
        /// The pack's folder.
        dir: PathBuf,
    },
    /// Remove a pack from this computer's packs folder (never one of Slate's own courses).
    Remove {
        /// The pack's id, as `slate pack list` shows it.
        id: String,
    },
    /// Show or change this computer's pack settings: only-packs (hide Slate's own courses
    /// when a teacher's pack is there) and packs-first (teachers' packs listed first).
    Settings {
        /// The setting to change.
        #[arg(value_enum, requires = "value")]
        setting: Option<Setting>,
        /// Its new value.
        #[arg(value_enum, requires = "setting")]
        value: Option<install::OnOff>,
    },
}

pub fn run(
    paths: &Paths,
    library: &Library,
    target: Option<&crate::server::Target>,
    args: PackArgs,
) -> Result<Status, CliError> {
    match args.command {
        PackCommand::Publish { dir } => publish::publish(paths, &dir, target),
        PackCommand::Check { dir } => check(paths, library, &dir),
        PackCommand::New { dir } => new(&dir),
        PackCommand::Install { dir, force } => install::install(paths, &dir, force),
        PackCommand::Remove { id } => install::remove(paths, library, &id),
        PackCommand::Settings { setting, value } => install::settings(paths, setting.zip(value)),
        PackCommand::List => list(paths, library),
        PackCommand::Schema { which } => {
            let schema = schema::json_schema(which);
            outln!(
                "{}",
                serde_json::to_string_pretty(&schema).expect("the schema is valid JSON")
            );
            Ok(Status::Success)
        }
    }
}

fn print_problems(problems: &[Problem]) {
    for p in problems {
        outln!("{p}");
    }
}

/// Which program of an exercise is being tried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Which {
    Solution,
    Starter,
}

/// What `pack check` found: the pack, when it loaded, and whether it is sound.
struct Checked {
    pack: Option<Pack>,
    sound: bool,
}

fn check(paths: &Paths, library: &Library, dir: &Path) -> Result<Status, CliError> {
    let checked = check_and_print(paths, dir)?;
    if let Some(pack) = &checked.pack {
        for note in other_copies(library, pack, dir) {
            outln!("{note}");
        }
    }
    Ok(if checked.sound {
        Status::Success
    } else {
        Status::Failed
    })
}

/// Sentences about the other copies of `pack` (the same id, another folder) that Slate can
/// see: newer, older or the same version, and so which one it uses.
fn other_copies(library: &Library, pack: &Pack, dir: &Path) -> Vec<String> {
    let this = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let is_this = |origin: &crate::pack::Origin| match origin {
        crate::pack::Origin::Folder(root) => {
            root.canonicalize().unwrap_or_else(|_| root.clone()) == this
        }
        crate::pack::Origin::Bundled(_) => false,
    };
    let used = library.packs.iter().map(|p| (&p.id, &p.version, &p.origin));
    let skipped = library
        .skipped
        .iter()
        .map(|s| (&s.id, &s.version, &s.origin));
    used.chain(skipped)
        .filter(|(id, _, origin)| **id == pack.id && !is_this(origin))
        .map(|(id, other, origin)| {
            let key = match version::compare(&pack.version, other) {
                std::cmp::Ordering::Less => "pack-check-copy-newer",
                std::cmp::Ordering::Equal => "pack-check-copy-same",
                std::cmp::Ordering::Greater => "pack-check-copy-older",
            };
            tr!(
                key,
                id = id.as_str(),
                version = &pack.version,
                other = other.as_str(),
                origin = origin.to_string()
            )
        })
        .collect()
}

/// Checks the pack in `dir` as `pack check` does, printing every problem, or that it is
/// sound.
fn check_and_print(paths: &Paths, dir: &Path) -> Result<Checked, CliError> {
    if !crate::pack::source::has_pack_file(dir) {
        return Err(CliError::Usage(tr!(
            "pack-check-not-a-pack",
            dir = crate::safe_text::for_terminal(&dir.display().to_string()),
            quoted = install::quoted(dir)
        )));
    }
    let source = PackSource::folder(dir.to_path_buf());
    let pack = match load_pack(&source) {
        Ok(pack) => pack,
        Err(mut problems) => {
            // Every file that could be read is checked: translations too, for their shape.
            problems.extend(translate::check(&source, None).1);
            print_problems(&problems);
            let count = problems.iter().filter(|p| !p.warning).count();
            outln!("\n{}", tr!("pack-check-stopped", count = count));
            return Ok(Checked {
                pack: None,
                sound: false,
            });
        }
    };
    let (languages, mut problems) = translate::check(&source, Some(&pack));
    let sandbox = Sandbox::global(paths, Progress::Terminal)?;
    problems.extend(run_programs(sandbox, &pack));
    // Warnings never make a pack unsound, but are always shown.
    print_problems(&pack.warnings);
    let exercises = pack.exercises().count();
    let tests: usize = pack.exercises().map(|(_, e)| e.tests.len()).sum();
    if problems.is_empty() {
        outln!(
            "{}",
            tr!(
                "pack-check-sound",
                title = &pack.title,
                lessons = pack.lessons.len(),
                exercises = exercises,
                tests = tests
            )
        );
        if !languages.is_empty() {
            outln!(
                "{}",
                tr!("pack-check-translations", languages = languages.join(", "))
            );
        }
        Ok(Checked {
            pack: Some(pack),
            sound: true,
        })
    } else {
        print_problems(&problems);
        outln!(
            "\n{}",
            tr!(
                "pack-check-problems",
                count = problems.len(),
                exercises = exercises
            )
        );
        Ok(Checked {
            pack: Some(pack),
            sound: false,
        })
    }
}

/// Runs every reference solution and starter against its tests, in parallel.
fn run_programs(sandbox: &Sandbox, pack: &Pack) -> Vec<Problem> {
    let work: Vec<(&Exercise, Which)> = pack
        .exercises()
        .flat_map(|(_, e)| [(e, Which::Solution), (e, Which::Starter)])
        .collect();
    let total_tests: u64 = work.iter().map(|(e, _)| e.tests.len() as u64).sum();
    let bar = progress_bar(total_tests);
    let next = AtomicUsize::new(0);
    let found: Mutex<Vec<(usize, Problem)>> = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .clamp(1, 8);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((exercise, which)) = work.get(i) else {
                        break;
                    };
                    let problems = try_program(sandbox, pack, exercise, *which, &bar);
                    found
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .extend(problems.into_iter().map(|p| (i, p)));
                }
            });
        }
    });
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let mut found = found.into_inner().unwrap_or_else(|e| e.into_inner());
    found.sort_by_key(|(i, _)| *i);
    found.into_iter().map(|(_, p)| p).collect()
}

fn progress_bar(total: u64) -> Option<indicatif::ProgressBar> {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total);
    // The words are translated; indicatif fills in the {...} parts.
    let template = tr!(
        "pack-check-progress",
        bar = "{bar:30}",
        done = "{pos}",
        total = "{len}",
        elapsed = "{elapsed}"
    );
    bar.set_style(
        indicatif::ProgressStyle::with_template(&template)
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

fn try_program(
    sandbox: &Sandbox,
    pack: &Pack,
    exercise: &Exercise,
    which: Which,
    bar: &Option<indicatif::ProgressBar>,
) -> Vec<Problem> {
    let code = match which {
        Which::Solution => &exercise.solution,
        Which::Starter => &exercise.starter,
    };
    let at = &exercise.at;
    let mut problems = Vec::new();
    let mut starter_failed = false;
    for (i, test) in exercise.tests.iter().enumerate() {
        let result = marking::run_test(sandbox, pack, exercise, test, code);
        if let Some(bar) = bar {
            bar.inc(1);
        }
        let result = match result {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::new(
                    at.file.clone(),
                    Some((test.at.line, test.at.column)),
                    tr!("pack-check-sandbox-failed", error = e.to_string()),
                ));
                continue;
            }
        };
        match which {
            Which::Solution if !result.passed() => {
                let mut message = tr!(
                    "pack-check-solution-fails",
                    exercise = &exercise.id,
                    test = &test.name
                );
                let mut shown = result.clone();
                shown.visibility = crate::pack::Hidden::Show;
                message.push('\n');
                message.push_str(feedback::details(i, &shown).trim_end());
                problems.push(
                    Problem::new(
                        at.file.clone(),
                        Some((test.at.line, test.at.column)),
                        message,
                    )
                    .help(tr!("pack-check-solution-fails-help")),
                );
            }
            Which::Starter if !result.passed() => {
                starter_failed = true;
                // One failing test is enough; the rest need not run.
                if let Some(bar) = bar {
                    bar.inc((exercise.tests.len() - i - 1) as u64);
                }
                break;
            }
            _ => {}
        }
    }
    if which == Which::Starter && !starter_failed && problems.is_empty() {
        problems.push(
            Problem::new(
                at.file.clone(),
                Some((at.line, at.column)),
                tr!("pack-check-starter-passes", exercise = &exercise.id),
            )
            .help(tr!("pack-check-starter-passes-help")),
        );
    }
    problems
}

const TEMPLATE_PACK: &str = include_str!("../../assets/new-pack/pack.toml");
const TEMPLATE_LESSON: &str = include_str!("../../assets/new-pack/01-hello.toml");

fn new(dir: &Path) -> Result<Status, CliError> {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        return Err(CliError::Usage(tr!(
            "pack-new-not-empty",
            dir = dir.display().to_string()
        )));
    }
    let name = dir
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("my-pack");
    let id = crate::text::slug(name, "my-pack");
    let write = |file: &str, text: &str| {
        crate::files::write_atomic(&dir.join(file), text.as_bytes()).map_err(|e| CliError::Io {
            message: tr!(
                "pack-new-cannot-write",
                file = dir.join(file).display().to_string(),
                error = e.to_string()
            ),
            source: e,
        })
    };
    std::fs::create_dir_all(dir).map_err(|e| CliError::Io {
        message: tr!(
            "pack-new-cannot-make-folder",
            dir = dir.display().to_string(),
            error = e.to_string()
        ),
        source: e,
    })?;
    write("pack.toml", &TEMPLATE_PACK.replace("my-pack", &id))?;
    write("01-hello.toml", TEMPLATE_LESSON)?;
    // Each file names the schema for its own kind (`#:schema ./pack-schema.json`, ...).
    for which in [SchemaFor::Pack, SchemaFor::Lesson] {
        let schema = serde_json::to_string_pretty(&schema::json_schema(which))
            .expect("the schema is valid JSON");
        write(which.file_name(), &schema)?;
    }
    let shown = crate::safe_text::for_terminal(&dir.display().to_string());
    outln!("{}", tr!("pack-new-made", dir = &shown));
    // A command to copy as it is: the folder really made, quoted when it must be.
    outln!("{}", tr!("pack-new-next", dir = install::quoted(dir)));
    Ok(Status::Success)
}

fn list(paths: &Paths, library: &Library) -> Result<Status, CliError> {
    if library.packs.is_empty() && library.broken.is_empty() {
        outln!("{}", tr!("pack-list-none"));
    }
    let language = crate::i18n::language().to_string();
    for pack in &library.packs {
        let languages = PackSource::of(&pack.origin)
            .map(|s| translate::languages(&s))
            .unwrap_or_default();
        let pack = translate::translate(pack, &language);
        let exercises = pack.exercises().count();
        outln!(
            "{}",
            tr!(
                "pack-list-pack",
                id = &pack.id,
                version = &pack.version,
                title = &pack.title
            )
        );
        outln!(
            "  {}",
            tr!("pack-list-from", origin = pack.origin.to_string())
        );
        outln!(
            "  {}",
            tr!(
                "pack-list-counts",
                lessons = pack.lessons.len(),
                exercises = exercises
            )
        );
        if !languages.is_empty() {
            outln!(
                "  {}",
                tr!("pack-list-translations", languages = languages.join(", "))
            );
        }
        for lesson in &pack.lessons {
            outln!("  {}: {}", lesson.id, lesson.title);
            for e in &lesson.exercises {
                outln!("    {}/{}  {}", pack.id, e.id, e.title);
            }
        }
        outln!();
    }
    for broken in &library.broken {
        outln!(
            "{}",
            tr!(
                "pack-list-not-loaded",
                origin = broken.origin.to_string(),
                count = broken.problems.len()
            )
        );
        for p in broken.problems.iter().take(5) {
            outln!("  {}", p.to_string().replace('\n', "\n  "));
        }
        if broken.problems.len() > 5 {
            outln!("  {}", tr!("pack-list-more-problems"));
        }
        outln!();
    }
    for skipped in &library.skipped {
        outln!("{}\n", skipped.sentence());
    }
    if library.built_in_hidden {
        outln!("{}\n", tr!("pack-list-built-in-hidden"));
    }
    outln!(
        "{}",
        tr!(
            "pack-list-where",
            dir = crate::safe_text::for_terminal(&paths.data.join("packs").display().to_string())
        )
    );
    Ok(Status::Success)
}
