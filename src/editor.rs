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

fn build(command: &[String], file: &Path) -> Result<Command, String> {
    let (program, args) = command
        .split_first()
        .ok_or_else(|| crate::tr!("editor-not-set"))?;
    let mut cmd = Command::new(program);
    cmd.args(args).arg(file);
    Ok(cmd)
}

/// Opens `file` and waits until the editor closes.
pub fn open_and_wait(file: &Path, setting: Option<String>) -> Result<(), String> {
    let command = command_for(setting);
    let mut cmd = build(&command, file)?;
    match cmd.status() {
        Ok(_) => Ok(()),
        Err(e) => Err(crate::tr!(
            "editor-failed",
            editor = command.join(" "),
            error = e.to_string()
        )),
    }
}

/// Starts the editor on `file` without waiting (for window editors).
pub fn spawn(file: &Path, command: &[String]) -> Result<Child, String> {
    let mut cmd = build(command, file)?;
    cmd.stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    cmd.spawn().map_err(|e| {
        crate::tr!(
            "editor-failed",
            editor = command.join(" "),
            error = e.to_string()
        )
    })
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
}
