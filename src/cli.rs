//! The command line: parsing arguments and dispatching to the commands.
//!
//! Each subcommand lives in its own file under `cli/`. Commands return a [`Status`] (what the
//! exit code means to scripts) or a [`CliError`], which is turned into one clear sentence on
//! stderr here, at the edge, and nowhere else. The language is chosen here, before anything
//! is said ([`crate::i18n::choose`]); every sentence comes from `assets/locales/*/*.ftl`
//! (`cli.ftl`, and `store.ftl` for the progress commands).

/// Prints to stdout. A closed pipe (as in `slate pack list | head`) ends output quietly
/// instead of crashing.
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(format_args!($($arg)*), false)
    };
}

/// [`out!`] with a newline.
macro_rules! outln {
    () => {
        $crate::cli::write_stdout(format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::cli::write_stdout(format_args!($($arg)*), true)
    };
}

mod check;
mod class;
mod exchange;
mod learner;
mod pack;
mod report;
mod run;
mod server;

use clap::builder::FalseyValueParser;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

use crate::paths::{NoHome, Paths};
use crate::sandbox::SandboxError;
use crate::store::StoreError;
use crate::tr;

/// Slate: learn to code in Python, on the computer you already have.
#[derive(Debug, Parser)]
#[command(name = "slate", version, about, long_about = None)]
pub struct Cli {
    /// Also read lesson packs from FOLDER (a pack, or a folder of packs). May be repeated.
    #[arg(
        long = "packs",
        value_name = "FOLDER",
        global = true,
        env = "SLATE_PACKS",
        value_delimiter = PATH_LIST_SEPARATOR
    )]
    pub packs: Vec<PathBuf>,

    /// Show only teachers' packs (from this computer's packs folder and --packs): Slate's
    /// own courses are hidden whenever a teacher's pack is found.
    #[arg(long = "only-packs", global = true, env = "SLATE_ONLY_PACKS", value_parser = FalseyValueParser::new())]
    pub only_packs: bool,

    /// List teachers' packs before Slate's own courses.
    #[arg(long = "packs-first", global = true, env = "SLATE_PACKS_FIRST", value_parser = FalseyValueParser::new())]
    pub packs_first: bool,

    /// The language to use, e.g. en-GB, cy, pl, es (default: the learner's setting, then
    /// the computer's).
    #[arg(long, value_name = "LANGUAGE", global = true, env = "SLATE_LANG")]
    pub lang: Option<String>,

    /// The class server to sync with: postgres://USER:PASSWORD@HOST/DATABASE (default: the
    /// one `slate server connect` saved on this computer).
    #[arg(
        long,
        value_name = "URL",
        global = true,
        env = "SLATE_SERVER",
        hide_env_values = true
    )]
    pub server: Option<String>,

    /// Use the plain, line-by-line interface (for screen readers and braille displays).
    /// Chosen automatically when the terminal cannot do full screen.
    #[arg(long, global = true)]
    pub plain: bool,

    /// What to do; with none, Slate starts the tutor.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// How `SLATE_PACKS` separates folders, as `PATH` does on this platform.
const PATH_LIST_SEPARATOR: char = if cfg!(windows) { ';' } else { ':' };

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run a Python program safely, in Slate's sandbox.
    Run(run::RunArgs),
    /// Mark a Python program against an exercise's tests.
    Check(check::CheckArgs),
    /// Tools for lesson packs: check, new, list, schema, install, remove, settings.
    Pack(pack::PackArgs),
    /// The learners on this computer: add, list, show, rename, move, merge, import, forget.
    Learner(learner::LearnerArgs),
    /// Save learners' progress to a file, to carry to another computer.
    Export(exchange::ExportArgs),
    /// Merge progress files from `slate export` into this computer's progress.
    Import(exchange::ImportArgs),
    /// Show what learners have done: a table, a CSV file or an HTML page.
    Report(report::ReportArgs),
    /// Watch a class during a lesson: who is on which exercise, and who is stuck.
    Class(class::ClassArgs),
    /// The class server: init (a technician, once), connect (each PC), status.
    Server(server::ServerArgs),
    /// Send this computer's progress to the class server now, and take in what is new.
    Sync(server::SyncArgs),
}

/// How a command ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Everything worked (exit 0).
    Success,
    /// The learner's program failed, or did not pass (exit 1).
    Failed,
}

/// Slate could not do what was asked (exit 2). The message is shown as it is.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    /// A file or stream could not be read or written: the sentence says which and what to
    /// do, and the operating system's error is kept as the cause.
    #[error("{message}")]
    Io {
        message: String,
        #[source]
        source: std::io::Error,
    },
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    #[error(transparent)]
    NoHome(#[from] NoHome),
    #[error(transparent)]
    Tutor(#[from] crate::tutor::TutorError),
    #[error(transparent)]
    Tui(#[from] crate::tui::TuiError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Server(#[from] crate::server::ServerError),
}

/// Parses the command line, runs the command, and turns the result into an exit code.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = dispatch(cli);
    if let Some(code) = crate::interrupt::ended_by_signal() {
        // Asked to end (SIGTERM, a closed terminal): say so in the exit status, whatever
        // the command was doing.
        return ExitCode::from(code);
    }
    match result {
        Ok(Status::Success) => ExitCode::SUCCESS,
        Ok(Status::Failed) => ExitCode::from(1),
        Err(err) => {
            eprintln!("{err}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: Cli) -> Result<Status, CliError> {
    crate::i18n::choose(cli.lang.as_deref(), None);
    if let Some(requested) = cli.lang.as_deref()
        && crate::i18n::match_available(requested).is_none()
    {
        let available: Vec<String> = crate::i18n::available()
            .into_iter()
            .map(|(tag, name)| format!("{tag} ({name})"))
            .collect();
        eprintln!(
            "{}",
            tr!(
                "cli-unknown-language",
                requested = crate::safe_text::for_terminal(requested),
                using = crate::i18n::tr("language-name"),
                available = available.join(", ")
            )
        );
    }
    let paths = Paths::from_env()?;
    let choice = pack_choice(&paths, &cli);
    let find_packs = || crate::pack::discover_with(Some(&paths.data), &choice);
    let target = || crate::server::config::resolve(&paths.data, cli.server.as_deref());
    let Some(command) = cli.command else {
        // A broken server config never stops a learner: the tutor works offline.
        let target = target().unwrap_or_else(|e| {
            eprintln!("{e}");
            None
        });
        let library = find_packs();
        return tutor(paths, library, &choice, cli.plain, target);
    };
    match command {
        Command::Run(args) => run::run(&paths, args),
        Command::Check(args) => {
            let library = find_packs();
            warn_broken(&library);
            warn_skipped(&library, &choice);
            let status = check::run(&paths, &library, args)?;
            send_now(&paths, target);
            Ok(status)
        }
        Command::Pack(args) => {
            let library = find_packs();
            // Only publishing needs the server: a broken server.toml never stops the rest.
            let target = match args.command {
                pack::PackCommand::Publish { .. } => target()?,
                _ => None,
            };
            pack::run(&paths, &library, target.as_ref(), args)
        }
        Command::Learner(args) => {
            let (needs_server, writes) = match args.command {
                learner::LearnerCommand::Forget { .. } | learner::LearnerCommand::List { .. } => {
                    (true, false)
                }
                learner::LearnerCommand::Show { .. } => (false, false),
                _ => (false, true),
            };
            let server = if needs_server { target()? } else { None };
            let status = learner::run(&paths, server.as_ref(), args)?;
            if writes {
                send_now(&paths, target);
            }
            Ok(status)
        }
        Command::Export(args) => exchange::export(&paths, args),
        Command::Import(args) => {
            let status = exchange::import(&paths, args)?;
            send_now(&paths, target);
            Ok(status)
        }
        Command::Report(args) => {
            let library = find_packs();
            warn_broken(&library);
            warn_skipped(&library, &choice);
            report::run(&paths, &library, target()?.as_ref(), args)
        }
        Command::Class(args) => {
            let library = find_packs();
            warn_broken(&library);
            class::run(&paths, &library, target()?.as_ref(), args, cli.plain)
        }
        Command::Server(args) => server::run(&paths, target()?.as_ref(), args),
        Command::Sync(args) => server::sync(&paths, target()?.as_ref(), args),
    }
}

/// After a command that recorded something (a check for a learner, learners added, a class
/// list or progress imported), on a computer that uses a class server: sends it now, so
/// the other computers see it at once. If that cannot be done, one line says it waits for the
/// next sync; nothing is lost and the command has still worked.
fn send_now(
    paths: &Paths,
    target: impl FnOnce() -> Result<Option<crate::server::Target>, crate::server::ServerError>,
) {
    let Ok(Some(target)) = target() else { return };
    let file = paths.data.join(crate::store::FILE_NAME);
    if crate::store::Store::read_with(&file, |s| s.outbox_len()).unwrap_or(0) == 0 {
        return;
    }
    let sent = crate::server::Server::open(&target, crate::server::connect::CONNECT_TIMEOUT)
        .and_then(|mut server| crate::server::worker::sync_once(&mut server, &paths.data));
    if let Err(e) = sent {
        eprintln!("{}", tr!("server-sent-later", reason = e.to_string()));
    }
}

/// Which packs to find: `--packs`, and `--only-packs` or `--packs-first` from the command
/// line, the environment or this computer's pack settings (`slate pack settings`).
fn pack_choice(paths: &Paths, cli: &Cli) -> crate::pack::Choice {
    let settings = crate::pack::settings::load(&paths.data);
    crate::pack::Choice {
        extra: cli.packs.clone(),
        only_own: cli.only_packs || settings.only_packs,
        own_first: cli.packs_first || settings.packs_first,
    }
}

/// Starts the tutor: full screen on a capable terminal, otherwise (or with `--plain`) the
/// plain, line-by-line mode.
fn tutor(
    paths: Paths,
    library: crate::pack::Library,
    choice: &crate::pack::Choice,
    plain: bool,
    server: Option<crate::server::Target>,
) -> Result<Status, CliError> {
    use std::io::IsTerminal;
    let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
    let terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    // Python is prepared in the background from the very start (the first time, on a new
    // computer, that takes a while), while the packs load and the learner picks their name.
    crate::tutor::warm_up_in_background(&paths);
    let plain = plain || dumb || !terminal;
    if !plain {
        // Said before the full screen opens (plain mode says it in its own words).
        warn_skipped(&library, choice);
    }
    let mut tutor = crate::tutor::Tutor::open_library(paths, library);
    if let Some(target) = server {
        tutor.connect(target);
    }
    if plain {
        crate::interrupt::install();
        let result = crate::plain::run(&mut tutor);
        tutor.finish();
        result?;
    } else {
        crate::tui::run(tutor)?;
    }
    Ok(Status::Success)
}

/// A broken pack never stops Slate, but the teacher should hear about it.
fn warn_broken(library: &crate::pack::Library) {
    for broken in &library.broken {
        eprintln!(
            "{}",
            tr!(
                "cli-broken-pack-skipped",
                origin = broken.origin.to_string()
            )
        );
    }
}

/// One line on stderr for each copy of a pack not used because a newer one is, and when
/// only teachers' packs were asked for but there are none.
fn warn_skipped(library: &crate::pack::Library, choice: &crate::pack::Choice) {
    for note in library_notes(library, choice) {
        eprintln!("{}", tr!("cli-note", note = note));
    }
}

/// What to tell a teacher about the packs found: copies not used, and Slate's own courses
/// shown although only teachers' packs were asked for (because there are none).
fn library_notes(library: &crate::pack::Library, choice: &crate::pack::Choice) -> Vec<String> {
    let mut notes: Vec<String> = library.skipped.iter().map(|s| s.sentence()).collect();
    if choice.only_own && !library.built_in_hidden {
        notes.push(tr!("cli-only-packs-none"));
    }
    notes
}

/// Reads a learner's program: UTF-8 text, with a byte-order mark (as Notepad writes) removed.
pub fn read_program(path: &std::path::Path) -> Result<String, CliError> {
    let shown = path.display().to_string();
    let bytes = read_capped(path, MAX_PROGRAM).map_err(|e| {
        CliError::Usage(match e.kind() {
            std::io::ErrorKind::NotFound => tr!("cli-file-not-found", file = &shown),
            std::io::ErrorKind::IsADirectory => tr!("cli-file-is-folder", file = &shown),
            _ if path.is_dir() => tr!("cli-file-is-folder", file = &shown),
            std::io::ErrorKind::FileTooLarge => tr!(
                "cli-file-too-big",
                file = &shown,
                limit = MAX_PROGRAM.div_ceil(1 << 10)
            ),
            _ => {
                let message = tr!("cli-file-unreadable", file = &shown, error = e.to_string());
                return CliError::Io { message, source: e };
            }
        })
    })?;
    crate::files::utf8_text(bytes)
        .map_err(|_| CliError::Usage(tr!("cli-file-not-utf8", file = &shown)))
}

/// The largest program Slate reads (1 MiB: far more than any learner writes).
pub const MAX_PROGRAM: u64 = 1 << 20;

/// Reads at most `cap` bytes from `path`; a longer file (or an endless one such as
/// `/dev/zero`) is an `ErrorKind::FileTooLarge` error, found without reading it all.
pub fn read_capped(path: &std::path::Path, cap: u64) -> std::io::Result<Vec<u8>> {
    read_capped_from(std::fs::File::open(path)?, cap)
}

/// [`read_capped`] for any reader (standard input, say).
pub fn read_capped_from(reader: impl std::io::Read, cap: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader.take(cap.saturating_add(1)).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > cap {
        return Err(std::io::Error::from(std::io::ErrorKind::FileTooLarge));
    }
    Ok(bytes)
}

/// Writes to stdout, ignoring a closed pipe. See [`out!`].
pub fn write_stdout(args: std::fmt::Arguments<'_>, newline: bool) {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    let _ = stdout.write_fmt(args);
    if newline {
        let _ = stdout.write_all(b"\n");
    }
}
