//! The learner's own editor (F2): choosing it (with a word of warning before vi or vim),
//! handing the terminal to a terminal editor, and watching the file while a window editor
//! has it open, so every save is re-checked.

use std::path::Path;
use std::sync::mpsc::Sender;
use std::time::Instant;

use super::{ExerciseScreen, LastEffect};
use crate::tr;
use crate::tui::app::{AppEvent, Confirm, Effect, Overlay, SAVE_SETTLE, Transition};
use crate::tutor::Tutor;

impl ExerciseScreen {
    pub(super) fn outside_editor(
        &mut self,
        tutor: &mut Tutor,
        events: &Sender<AppEvent>,
    ) -> Transition {
        self.save(tutor);
        let chosen = crate::editor::choose(tutor.settings().editor, &self.editor_environment);
        let command = chosen.command;
        if chosen.hard_to_leave {
            // vi or vim, which the learner did not choose: say how to leave it first.
            return Transition::Open(Overlay::Confirm {
                question: tr!("editor-hard-to-leave", editor = command.join(" ")),
                action: Confirm::HardEditor(command),
            });
        }
        if crate::editor::is_terminal_editor(&command) {
            return self.open_terminal_editor(command);
        }
        if let Err(e) = crate::editor::spawn(&self.path, &command) {
            return Transition::Open(Overlay::Message(e.to_string()));
        }
        self.watch(events);
        self.watching_with = Some(command.join(" "));
        Transition::Stay
    }

    /// Hands the terminal to a terminal editor; the code is reloaded and checked when it
    /// closes.
    pub fn open_terminal_editor(&mut self, command: Vec<String>) -> Transition {
        self.last_effect = LastEffect::TerminalEditor;
        Transition::Effect(Effect::EditInTerminal {
            file: self.path.clone(),
            command,
        })
    }

    /// Watches the code file's folder (editors often save by replacing the file).
    fn watch(&mut self, events: &Sender<AppEvent>) {
        use notify::Watcher;
        if self.watcher.is_some() {
            return;
        }
        let file = self.path.clone();
        let events = events.clone();
        let watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
            if let Ok(event) = res
                && event.paths.iter().any(|p| same_file(p, &file))
                && !matches!(event.kind, notify::EventKind::Access(_))
            {
                let _ = events.send(AppEvent::FileChanged(file.clone()));
            }
        });
        match watcher {
            Ok(mut w) => {
                let dir = self.path.parent().unwrap_or(Path::new("."));
                if w.watch(dir, notify::RecursiveMode::NonRecursive).is_ok() {
                    self.watcher = Some(w);
                } else {
                    self.message = Some(tr!("watch-failed"));
                }
            }
            Err(_) => self.message = Some(tr!("watch-failed")),
        }
    }

    pub fn file_changed(&mut self, path: &Path) -> Transition {
        if same_file(path, &self.path) {
            self.reload_due = Some(Instant::now() + SAVE_SETTLE);
        }
        Transition::Stay
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b
        || a.file_name() == b.file_name()
            && a.parent().and_then(|p| p.canonicalize().ok())
                == b.parent().and_then(|p| p.canonicalize().ok())
}
