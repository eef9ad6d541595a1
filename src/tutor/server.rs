//! The tutor with a class server: offline-first, and never in the learner's way.
//!
//! [`Tutor::connect`] starts the background [`Worker`] that sends everything recorded here
//! (each check pokes it). Two things wait for the server, each for at most
//! [`PULL_WAIT`]: the list at "Who are you?" ([`Tutor::refresh_roster`]: learners added on
//! any PC and teachers' class lists), and choosing a name, which sends this PC's waiting
//! changes, then pulls the learner's progress, settings and latest code
//! ([`Tutor::pull_learner`]). If the server does not answer in time, the tutor goes on with
//! what this PC has and [`Tutor::working_offline`] says so. Code changed on two computers keeps
//! the newer as the current code and puts the other in the learner's `history/` folder, and
//! the learner is told once ([`Tutor::take_notice`]).

use std::sync::mpsc;
use std::time::Duration;

use super::Tutor;
use crate::server::worker::Worker;
use crate::server::{Server, ServerError, Target, sync};
use crate::store::sync::{CodeChoice, CodeVersion, Pulled};
use crate::store::{FILE_NAME, Store};

/// How long choosing a name or opening "Who are you?" waits for the server.
pub const PULL_WAIT: Duration = Duration::from_secs(2);

/// This tutor's class server.
#[derive(Debug)]
pub(super) struct Connection {
    target: Target,
    worker: Worker,
    /// The last pull did not reach the server in time: the background sync's round count
    /// then, so a round that reaches the server later ends "working offline".
    offline: Option<u64>,
}

/// Runs `work` against the server on its own thread, waiting at most [`PULL_WAIT`]; `None`
/// when it failed or took longer (the thread finishes on its own; what it pulled is dropped).
fn within_wait<T: Send + 'static>(
    target: &Target,
    work: impl FnOnce(&mut Server) -> Result<T, ServerError> + Send + 'static,
) -> Option<T> {
    let (send, receive) = mpsc::channel();
    let target = target.clone();
    std::thread::Builder::new()
        .name("slate-pull".into())
        .spawn(move || {
            let result = Server::open(&target, PULL_WAIT).and_then(|mut s| work(&mut s));
            let _ = send.send(result);
        })
        .ok()?;
    receive.recv_timeout(PULL_WAIT).ok()?.ok()
}

impl Tutor {
    /// Syncs with this class server from now on, and takes in its list of learners.
    pub fn connect(&mut self, target: Target) {
        let worker = Worker::start(self.paths.data.clone(), target.clone());
        self.server = Some(Connection {
            target,
            worker,
            offline: None,
        });
        self.refresh_roster();
    }

    /// Whether this tutor uses a class server.
    pub fn is_connected(&self) -> bool {
        self.server.is_some()
    }

    /// The group this computer lists at "Who are you?", when it is set to one.
    pub(super) fn listed_group(&self) -> Option<&str> {
        self.server.as_ref()?.target.group.as_deref()
    }

    /// Takes in the server's list of learners (waiting at most [`PULL_WAIT`]; not at all
    /// while the background sync finds the server down, so "Who are you?" never keeps a
    /// queue of pupils waiting).
    pub fn refresh_roster(&mut self) {
        let Some(c) = &mut self.server else { return };
        if c.worker.state().online == Some(false) {
            c.offline = Some(c.worker.state().rounds);
            return;
        }
        let group = c.target.group.clone();
        let roster = within_wait(&c.target, move |s| sync::roster(s, group.as_deref()));
        c.offline = roster.is_none().then(|| c.worker.state().rounds);
        if let Some(learners) = roster {
            let _ = self.store.take_roster(learners);
        }
    }

    /// Sends this PC's waiting changes, then brings the learner's progress, settings and
    /// latest code from the server (waiting at most [`PULL_WAIT`]). Returns what to do with
    /// the code, for [`Tutor::take_pulled_code`] once the learner is chosen (their code
    /// files are in their own folder).
    pub(super) fn pull_learner(&mut self, id: &str) -> Vec<CodeChoice> {
        let Some(c) = &mut self.server else {
            return Vec::new();
        };
        let data = self.paths.data.clone();
        let learner = id.to_owned();
        let pulled = within_wait(&c.target, move |s| {
            let mut store = Store::open_at(&data.join(FILE_NAME))?;
            sync::push(s, &mut store)?;
            sync::learner(s, &learner)
        });
        c.offline = pulled.is_none().then(|| c.worker.state().rounds);
        let Some(pulled) = pulled else {
            return Vec::new();
        };
        // Learners, attempts, events and settings first (the learner's folder is a setting);
        // then each code file is written, and only then marked as taken.
        let code = Pulled {
            code: pulled.code.clone(),
            ..Pulled::default()
        };
        if self
            .store
            .take_pulled(
                &Pulled {
                    code: Vec::new(),
                    ..pulled
                },
                &[],
            )
            .is_err()
        {
            return Vec::new();
        }
        self.store.code_choices(&code).unwrap_or_default()
    }

    /// Writes each code file a pull chose, and only then marks it as taken (a file that could
    /// not be written is pulled again next time).
    pub(super) fn take_pulled_code(&mut self, id: &str, choices: Vec<CodeChoice>) {
        let written: Vec<CodeChoice> = choices
            .into_iter()
            .filter(|choice| self.write_pulled_code(id, choice).is_ok())
            .collect();
        let _ = self.store.take_pulled(&Pulled::default(), &written);
    }

    /// Writes the code a pull chose: the server's code as the file (the file it replaces
    /// kept in `history/` when it differs), or, when this PC's code is newer, the server's
    /// in `history/`.
    fn write_pulled_code(
        &mut self,
        learner: &str,
        choice: &CodeChoice,
    ) -> Result<(), std::io::Error> {
        let (theirs, current): (&CodeVersion, bool) = match choice {
            CodeChoice::Take(t) | CodeChoice::TakeKeepingOurs { theirs: t, .. } => (t, true),
            CodeChoice::KeepOurs { theirs } => (theirs, false),
        };
        if theirs.learner != learner {
            return Ok(());
        }
        let path = self.code_path(&theirs.pack, &theirs.exercise);
        if !current {
            return super::keep_in_history(&path, &theirs.exercise, theirs.code.as_bytes());
        }
        if let Ok(old) = std::fs::read(&path)
            && old != theirs.code.as_bytes()
        {
            super::keep_in_history(&path, &theirs.exercise, &old)?;
        }
        crate::files::write_atomic_making_folder(&path, theirs.code.as_bytes())
    }

    /// Whether the server could not be reached just now: the title bar says "working
    /// offline", and the work is sent when it can be.
    pub fn working_offline(&self) -> bool {
        self.server.as_ref().is_some_and(|c| {
            let state = c.worker.state();
            let pull_failed = c
                .offline
                .is_some_and(|round| state.rounds <= round || state.online != Some(true));
            pull_failed || state.online == Some(false)
        })
    }

    /// Slate is closing: sends what is waiting, for at most [`PULL_WAIT`] (the rest waits in
    /// the outbox for next time).
    pub fn finish(&mut self) {
        if let Some(c) = &self.server {
            c.worker.flush(PULL_WAIT);
        }
    }

    /// Something new was recorded: send it soon.
    pub(super) fn poke_server(&self) {
        if let Some(c) = &self.server {
            c.worker.poke();
        }
    }

    /// "You also changed this on another computer", once per exercise.
    pub(super) fn code_notice(&mut self) -> Option<String> {
        let learner = self.learner.as_ref()?.id.clone();
        let notices = self.store.take_code_notices(&learner).ok()?;
        let titles: Vec<String> = notices
            .iter()
            .map(|(pack, exercise)| {
                self.find(pack, exercise)
                    .map(|f| f.exercise.title.clone())
                    .unwrap_or_else(|| exercise.clone())
            })
            .collect();
        (!titles.is_empty()).then(|| {
            crate::tr!(
                "tutor-changed-elsewhere",
                exercises = crate::safe_text::for_terminal(&titles.join(", ")),
                count = titles.len()
            )
        })
    }
}
