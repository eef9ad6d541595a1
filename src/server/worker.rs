//! The background thread that keeps this computer in step with the class server.
//!
//! It connects when it can, sends the outbox, takes in tombstones and published packs, then
//! waits: a few seconds, or until [`Worker::poke`] says there is something new (a check was
//! recorded). It never blocks the learner: the interfaces only read [`SyncState`], and say
//! "working offline" calmly while the server cannot be reached. Everything it sends is in the
//! store already, so stopping it at any moment (or a `kill -9`) loses nothing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::sync::{self, PublishedPack};
use super::{Server, ServerError, Target, connect::CONNECT_TIMEOUT};
use crate::store::Store;

/// How long the worker waits between rounds when nothing pokes it.
pub const EVERY: Duration = Duration::from_secs(10);

/// What the interfaces show about the server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SyncState {
    /// `None` before the first try; then whether the last round reached the server.
    pub online: Option<bool>,
    /// Changes not yet on the server, after the last round.
    pub waiting: u64,
    /// Why the last round failed, as one sentence.
    pub problem: Option<String>,
    /// How many rounds have finished.
    pub rounds: u64,
}

/// A handle on the background thread.
#[derive(Debug, Clone)]
pub struct Worker {
    state: Arc<Mutex<SyncState>>,
    poke: Sender<()>,
}

impl Worker {
    /// Starts the thread for the store in `data`.
    pub fn start(data: PathBuf, target: Target) -> Worker {
        let state = Arc::new(Mutex::new(SyncState::default()));
        let (poke, wake) = mpsc::channel();
        let shared = Arc::clone(&state);
        let spawned = std::thread::Builder::new()
            .name("slate-sync".into())
            .spawn(move || {
                let mut server: Option<Server> = None;
                loop {
                    let result = round(&data, &target, &mut server);
                    // A round that worked knows what is left; one that failed asks the store.
                    let waiting = match &result {
                        Ok(done) => done.waiting,
                        Err(_) => Store::open_at(&data.join(crate::store::FILE_NAME))
                            .and_then(|s| s.outbox_len())
                            .unwrap_or(0),
                    };
                    if let Ok(mut s) = shared.lock() {
                        s.online = Some(result.is_ok());
                        s.waiting = waiting;
                        s.problem = result.err().map(|e| e.to_string());
                        s.rounds += 1;
                    }
                    match wake.recv_timeout(EVERY) {
                        Ok(()) | Err(RecvTimeoutError::Timeout) => {}
                        Err(RecvTimeoutError::Disconnected) => return,
                    }
                    while wake.try_recv().is_ok() {}
                }
            });
        if spawned.is_err()
            && let Ok(mut s) = state.lock()
        {
            s.online = Some(false);
        }
        Worker { state, poke }
    }

    /// Something new is in the outbox: send it now.
    pub fn poke(&self) {
        let _ = self.poke.send(());
    }

    /// Asks for a round now and waits for it to finish, for at most `wait` (as Slate closes:
    /// what is not sent by then waits in the outbox for next time).
    pub fn flush(&self, wait: Duration) -> SyncState {
        let before = self.state().rounds;
        self.poke();
        let until = std::time::Instant::now() + wait;
        loop {
            let state = self.state();
            // A round that started before the poke may not have seen the newest changes.
            if state.rounds >= before + 2 || (state.rounds > before && state.waiting == 0) {
                return state;
            }
            if std::time::Instant::now() >= until {
                return state;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn state(&self) -> SyncState {
        self.state.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// One round: connect if need be, send, take in tombstones and packs. A failure drops the
/// connection, so the next round connects afresh.
fn round(data: &Path, target: &Target, server: &mut Option<Server>) -> Result<Synced, ServerError> {
    if server.is_none() {
        *server = Some(Server::open(target, CONNECT_TIMEOUT)?);
    }
    let s = server.as_mut().expect("connected above");
    let result = sync_once(s, data);
    if result.is_err() {
        *server = None;
    }
    result
}

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Synced {
    pub sent: usize,
    pub forgotten: usize,
    pub packs: Vec<(String, String)>,
    pub waiting: u64,
}

/// Sends everything waiting, then takes in tombstones and published packs.
pub fn sync_once(server: &mut Server, data: &Path) -> Result<Synced, ServerError> {
    let mut store = Store::open_at(&data.join(crate::store::FILE_NAME))?;
    let forgotten = sync::tombstones(server)?;
    let gone = store.take_tombstones(&forgotten)?;
    let sent = sync::push(server, &mut store)?;
    let packs = take_packs(server, data)?;
    Ok(Synced {
        sent,
        forgotten: gone.len(),
        packs,
        waiting: store.outbox_len()?,
    })
}

/// The folder a pack published on the server is kept in, in this computer's packs folder
/// (where `pack::discover` finds it; of two copies of a pack the newer version is used).
pub fn pack_folder(data: &Path, id: &str) -> PathBuf {
    data.join("packs").join(format!("from-server-{id}"))
}

const VERSION_FILE: &str = ".slate-server-version";

/// Fetches each published pack whose newest version this computer does not have yet.
fn take_packs(server: &mut Server, data: &Path) -> Result<Vec<(String, String)>, ServerError> {
    let mut taken = Vec::new();
    for (id, version) in sync::pack_versions(server)? {
        if !crate::pack::load::is_valid_id(&id) {
            continue;
        }
        let folder = pack_folder(data, &id);
        let have = std::fs::read_to_string(folder.join(VERSION_FILE)).unwrap_or_default();
        if have.trim() == version {
            continue;
        }
        let pack = sync::pack(server, &id, &version)?;
        write_pack(&folder, &pack).map_err(|e| ServerError::Garbage {
            reason: e.to_string(),
        })?;
        taken.push((id, version));
    }
    Ok(taken)
}

/// Writes a pack's files to a hidden folder beside `folder`, then renames it into place. A
/// file name that is not a plain relative path (`..`, an absolute path, a drive) is refused.
fn write_pack(folder: &Path, pack: &PublishedPack) -> std::io::Result<()> {
    let temp = crate::files::temp_beside(folder);
    let written = (|| {
        std::fs::create_dir_all(&temp)?;
        for (name, text) in &pack.files {
            let relative = Path::new(name);
            let plain = relative
                .components()
                .all(|c| matches!(c, std::path::Component::Normal(_)));
            if !plain || name.is_empty() {
                return Err(std::io::Error::other(format!("a file called {name:?}")));
            }
            crate::files::write_atomic_making_folder(&temp.join(relative), text.as_bytes())?;
        }
        std::fs::write(temp.join(VERSION_FILE), &pack.version)
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e);
    }
    let aside = crate::files::temp_beside(folder);
    let had = std::fs::rename(folder, &aside).is_ok();
    if let Err(e) = std::fs::rename(&temp, folder) {
        if had {
            let _ = std::fs::rename(&aside, folder);
        }
        let _ = std::fs::remove_dir_all(&temp);
        return Err(e);
    }
    if had {
        let _ = std::fs::remove_dir_all(&aside);
    }
    Ok(())
}
