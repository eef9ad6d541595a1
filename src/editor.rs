//! Opening a learner's code in their own editor.
//!
//! The editor is the learner's setting `editor`, else `VISUAL` or `EDITOR`, else the
//! platform's plain text editor (Notepad on Windows, TextEdit on macOS, nano or vi
//! elsewhere). Editors that run inside the terminal (nano, vim, ...) take the terminal over
//! until they close; window editors open beside Slate, which watches the file and re-checks
//! on every save.

use std::path::Path;
use std::process::{Child, Command};

/// Editors that draw inside the terminal, so Slate must hand the terminal over and wait.
const TERMINAL_EDITORS: &[&str] = &[
    "nano", "pico", "vi", "vim", "nvim", "emacs", "micro", "hx", "helix", "joe", "ne", "mcedit",
    "kak", "edit",
];

/// The editor command (program and arguments), as configured or by platform default.
pub fn command_for(setting: Option<String>) -> Vec<String> {
    let configured = setting
        .filter(|s| !s.trim().is_empty())
        .or_else(|| {
            std::env::var("VISUAL")
                .ok()
                .filter(|s| !s.trim().is_empty())
        })
        .or_else(|| {
            std::env::var("EDITOR")
                .ok()
                .filter(|s| !s.trim().is_empty())
        });
    if let Some(cmd) = configured {
        return split_command(&cmd);
    }
    if cfg!(windows) {
        vec!["notepad".into()]
    } else if cfg!(target_os = "macos") {
        vec!["open".into(), "-W".into(), "-e".into()]
    } else if which("nano") {
        vec!["nano".into()]
    } else {
        vec!["vi".into()]
    }
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

fn which(program: &str) -> bool {
    let Some(path) = std::env::var_os("PATH") else {
        return false;
    };
    std::env::split_paths(&path).any(|dir| dir.join(program).is_file())
}

/// Does this editor run inside the terminal?
pub fn is_terminal_editor(command: &[String]) -> bool {
    command
        .first()
        .map(|p| {
            let name = Path::new(p)
                .file_stem()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_lowercase();
            TERMINAL_EDITORS.contains(&name.as_str())
        })
        .unwrap_or(false)
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

/// Opens `file` with the learner's editor and waits until it closes.
pub fn open_and_wait(file: &Path, setting: Option<String>) -> Result<(), EditorError> {
    run_and_wait(file, &command_for(setting))
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
