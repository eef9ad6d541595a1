//! Opening a learner's code in their own editor.
//!
//! The editor is the learner's setting `editor`, else `VISUAL` or `EDITOR`, else the
//! platform's plain text editor (Notepad on Windows, TextEdit on macOS), else nano or micro,
//! and only then vi or vim ([`choose`], tested with a made-up [`Environment`]). vi and vim
//! are hard to leave for someone who has never met them, so when one of them is chosen for
//! the learner (not by their own setting) the interfaces say how to leave it and offer to
//! keep the built-in editor ([`Chosen::hard_to_leave`]). Editors that run inside the
//! terminal (nano, vim, ...) take the terminal over until they close; window editors open
//! beside Slate, which watches the file and re-checks on every save.

use std::ffi::OsString;
use std::path::Path;
use std::process::{Child, Command};

/// Editors that draw inside the terminal, so Slate must hand the terminal over and wait.
const TERMINAL_EDITORS: &[&str] = &[
    "nano", "pico", "vi", "vim", "nvim", "emacs", "micro", "hx", "helix", "joe", "ne", "mcedit",
    "kak", "edit",
];

/// Editors that are hard to leave for a beginner (Esc, then `:wq`).
const HARD_TO_LEAVE: &[&str] = &["vi", "vim", "nvim", "view"];

/// The kind of computer, for its usual editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    Windows,
    MacOs,
    Other,
}

/// What the computer offers to choose an editor from: read from the real environment, or
/// made up in tests.
#[derive(Debug, Clone)]
pub struct Environment {
    pub visual: Option<String>,
    pub editor: Option<String>,
    /// The folders programs are found in (`PATH`).
    pub path: Option<OsString>,
    pub platform: Platform,
}

impl Environment {
    /// This computer's environment.
    pub fn current() -> Environment {
        Environment {
            visual: std::env::var("VISUAL").ok(),
            editor: std::env::var("EDITOR").ok(),
            path: std::env::var_os("PATH"),
            platform: if cfg!(windows) {
                Platform::Windows
            } else if cfg!(target_os = "macos") {
                Platform::MacOs
            } else {
                Platform::Other
            },
        }
    }

    /// Is `program` in one of the `PATH` folders?
    fn has(&self, program: &str) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        std::env::split_paths(path).any(|dir| dir.join(program).is_file())
    }
}

/// The editor Slate will open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chosen {
    /// The program and its arguments.
    pub command: Vec<String>,
    /// It is vi or vim and the learner did not choose it themselves: tell them how to leave
    /// it, and offer the built-in editor instead.
    pub hard_to_leave: bool,
}

/// The editor for a learner whose setting is `setting`, on a computer like `env`.
pub fn choose(setting: Option<String>, env: &Environment) -> Chosen {
    let set = |s: &Option<String>| s.clone().filter(|s| !s.trim().is_empty());
    if let Some(own) = set(&setting) {
        return Chosen {
            command: split_command(&own),
            hard_to_leave: false,
        };
    }
    let command = if let Some(cmd) = set(&env.visual).or_else(|| set(&env.editor)) {
        split_command(&cmd)
    } else {
        match env.platform {
            Platform::Windows => vec!["notepad".into()],
            Platform::MacOs => vec!["open".into(), "-W".into(), "-e".into()],
            Platform::Other => ["nano", "micro", "vi", "vim"]
                .into_iter()
                .find(|p| env.has(p))
                .map_or_else(|| vec!["vi".into()], |p| vec![p.into()]),
        }
    };
    let hard_to_leave = is_hard_to_leave(&command);
    Chosen {
        command,
        hard_to_leave,
    }
}

/// The editor command (program and arguments), as configured or by platform default.
pub fn command_for(setting: Option<String>) -> Vec<String> {
    choose(setting, &Environment::current()).command
}

/// Is this vi or vim (or another of their family)?
pub fn is_hard_to_leave(command: &[String]) -> bool {
    program_name(command).is_some_and(|name| HARD_TO_LEAVE.contains(&name.as_str()))
}

/// The program's own name, in lower case and without a folder or `.exe`.
fn program_name(command: &[String]) -> Option<String> {
    command.first().map(|p| {
        Path::new(p)
            .file_stem()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_lowercase()
    })
}

/// Splits a command line on spaces, keeping "quoted parts" together (for paths such as
/// "C:\Program Files\Notepad++\notepad++.exe").
fn split_command(cmd: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in cmd.chars() {
        match c {
            '"' => quoted = !quoted,
            ' ' if !quoted => {
                if !current.is_empty() {
                    parts.push(std::mem::take(&mut current));
                }
            }
            c => current.push(c),
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    parts
}

/// Does this editor run inside the terminal?
pub fn is_terminal_editor(command: &[String]) -> bool {
    program_name(command).is_some_and(|name| TERMINAL_EDITORS.contains(&name.as_str()))
}

/// Why the editor could not be opened. The message is one sentence for the learner.
#[derive(Debug, thiserror::Error)]
pub enum EditorError {
    /// The command is empty (an editor setting of only quotes).
    #[error("{}", crate::tr!("editor-not-set"))]
    NotSet,
    /// The editor could not be started.
    #[error("{}", crate::tr!("editor-failed", editor = editor.as_str(), error = source.to_string()))]
    Failed {
        editor: String,
        #[source]
        source: std::io::Error,
    },
}

fn build(command: &[String], file: &Path) -> Result<Command, EditorError> {
    let (program, args) = command.split_first().ok_or(EditorError::NotSet)?;
    let mut cmd = Command::new(program);
    cmd.args(args).arg(file);
    Ok(cmd)
}

fn failed(command: &[String]) -> impl FnOnce(std::io::Error) -> EditorError + '_ {
    |source| EditorError::Failed {
        editor: command.join(" "),
        source,
    }
}

/// Runs `command` on `file` and waits until it closes (for terminal editors).
pub fn run_and_wait(file: &Path, command: &[String]) -> Result<(), EditorError> {
    build(command, file)?
        .status()
        .map(drop)
        .map_err(failed(command))
}

/// Starts the editor on `file` without waiting (for window editors).
pub fn spawn(file: &Path, command: &[String]) -> Result<Child, EditorError> {
    let mut cmd = build(command, file)?;
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd.spawn().map_err(failed(command))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_with_quotes() {
        assert_eq!(
            split_command(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst"#),
            vec![r"C:\Program Files\Notepad++\notepad++.exe", "-multiInst"]
        );
        assert_eq!(split_command("code  --wait"), vec!["code", "--wait"]);
    }

    #[test]
    fn terminal_editors_are_recognised() {
        assert!(is_terminal_editor(&["nano".into()]));
        assert!(is_terminal_editor(&["/usr/bin/vim".into(), "-n".into()]));
        assert!(!is_terminal_editor(&["notepad".into()]));
        assert!(!is_terminal_editor(&["code".into(), "--wait".into()]));
    }

    #[test]
    fn the_learners_setting_wins() {
        assert_eq!(command_for(Some("gedit".into())), vec!["gedit"]);
        // Even vim, without a warning: they chose it.
        let env = linux_with(&["nano"], Some("nano"));
        assert_eq!(
            choose(Some("vim".into()), &env),
            Chosen {
                command: vec!["vim".into()],
                hard_to_leave: false
            }
        );
    }

    /// A Linux computer whose PATH has only `programs`, and `EDITOR` set to `editor`.
    fn linux_with(programs: &[&str], editor: Option<&str>) -> Environment {
        let dir = std::env::temp_dir().join(format!(
            "slate-editors-{}-{}",
            std::process::id(),
            programs.join("-")
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for p in programs {
            std::fs::write(dir.join(p), "").unwrap();
        }
        Environment {
            visual: None,
            editor: editor.map(String::from),
            path: Some(dir.into_os_string()),
            platform: Platform::Other,
        }
    }

    #[test]
    fn friendly_editors_come_before_vi_and_vi_comes_with_a_warning() {
        let pick = |programs: &[&str]| choose(None, &linux_with(programs, None));
        assert_eq!(pick(&["vi", "vim", "micro", "nano"]).command, ["nano"]);
        assert_eq!(pick(&["vi", "vim", "micro"]).command, ["micro"]);
        assert!(!pick(&["vi", "micro"]).hard_to_leave);
        let vi = pick(&["vi", "vim"]);
        assert_eq!(vi.command, ["vi"]);
        assert!(vi.hard_to_leave);
        let vim = pick(&["vim"]);
        assert_eq!(vim.command, ["vim"]);
        assert!(vim.hard_to_leave);
        let nothing = pick(&[]);
        assert_eq!(nothing.command, ["vi"]);
        assert!(nothing.hard_to_leave);
        // $VISUAL and $EDITOR come first, as before; vi there still gets the warning.
        let env = linux_with(&["nano"], Some("vi"));
        assert_eq!(choose(None, &env).command, ["vi"]);
        assert!(choose(None, &env).hard_to_leave);
        let env = Environment {
            visual: Some("code --wait".into()),
            ..linux_with(&["nano"], Some("vi"))
        };
        assert_eq!(choose(None, &env).command, ["code", "--wait"]);
        // Windows and macOS have their own plain editors.
        for (platform, command) in [
            (Platform::Windows, vec!["notepad"]),
            (Platform::MacOs, vec!["open", "-W", "-e"]),
        ] {
            let env = Environment {
                platform,
                ..linux_with(&["vim"], None)
            };
            assert_eq!(choose(None, &env).command, command);
            assert!(!choose(None, &env).hard_to_leave);
        }
    }

    #[test]
    fn errors_say_which_editor_and_keep_the_cause() {
        let file = Path::new("hello.py");
        assert!(matches!(
            run_and_wait(file, &split_command("\"\"")),
            Err(EditorError::NotSet)
        ));
        let missing = vec!["/no/such/editor-for-slate".to_owned(), "-w".to_owned()];
        let error = spawn(file, &missing).unwrap_err();
        let cause = std::error::Error::source(&error).expect("the I/O error is kept");
        assert!(
            error.to_string().contains("/no/such/editor-for-slate -w"),
            "{error}"
        );
        assert!(error.to_string().contains(&cause.to_string()), "{error}");
    }
}
