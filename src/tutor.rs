//! The tutor: what a learner can do, whichever interface they use.
//!
//! Both the full-screen interface ([`crate::tui`]) and the plain, line-by-line mode
//! ([`crate::plain`]) drive this one engine, so they can do exactly the same things: choose
//! or add a learner, see the course with progress, read lessons, write, run and check
//! exercises, reveal hints, see solutions when the pack allows, reset to the starter, and
//! change settings. The tutor owns the packs ([`Library`]), the progress store, and the
//! learner's code files; it never draws anything and never reads the keyboard.
//!
//! A learner's code lives as plain `.py` files in their own folder under Slate's data folder
//! (`learners/<name>-<id>/<pack>/<exercise>.py`), so it can be opened in IDLE, Notepad or VS
//! Code too. Old code is kept in `history/` beside it when a learner resets an exercise.

mod checking;
mod learners;
mod navigation;
mod server;
mod session;
mod settings;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::files;
use crate::pack::{Exercise, Lesson, Library, Pack};
use crate::paths::Paths;
use crate::sandbox::SandboxError;
use crate::store::{ExerciseProgress, Learner, Status, Store, StoreError};

pub use checking::{CheckJob, CheckStopper, Checked, Marked, warm_up_in_background};
pub use learners::{same_learner_question, similar_key};
pub use navigation::{Place, Step, next_pending};
pub use server::PULL_WAIT;
pub use session::ExerciseSession;
pub use settings::{Setting, Settings, ThemeName};

/// The most time one attempt counts as work (time since the last check or opening).
const MAX_TIME_BETWEEN_CHECKS: Duration = Duration::from_secs(20 * 60);

/// The `history/` folder beside a learner's code file.
fn history_folder(code: &Path) -> PathBuf {
    code.parent().unwrap_or(Path::new(".")).join("history")
}

/// Keeps old code in `history/<exercise>-<seconds>.py` beside the code file (a number is
/// added when that name is taken).
fn keep_in_history(code: &Path, exercise: &str, old: &[u8]) -> std::io::Result<()> {
    let stamp = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let folder = history_folder(code);
    let file = (1..)
        .map(|n| match n {
            1 => folder.join(format!("{exercise}-{stamp}.py")),
            n => folder.join(format!("{exercise}-{stamp}-{n}.py")),
        })
        .find(|f| !f.exists())
        .expect("some name is free");
    files::write_atomic_making_folder(&file, old)
}

/// One lesson as the course map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonView {
    pub pack: String,
    pub id: String,
    pub title: String,
    pub pages: usize,
    pub pages_read: usize,
    pub exercises: Vec<(String, String, Status)>,
}

impl LessonView {
    pub fn done(&self) -> usize {
        self.exercises
            .iter()
            .filter(|e| e.2 == Status::Passed)
            .count()
    }
}

/// One pack as the course map shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PackView {
    pub id: String,
    pub title: String,
    pub lessons: Vec<LessonView>,
}

/// Why a learner may not see a solution yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SolutionLock {
    /// Solve it first.
    AfterSolving,
    /// After this many more tries.
    AfterAttempts(u32),
    /// This pack never shows solutions.
    Never,
}

/// What went wrong in the tutor, in words for the learner.
#[derive(Debug, thiserror::Error)]
pub enum TutorError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
    #[error("{}", crate::tr!("tutor-save-failed", path = path.display().to_string(), error = error.to_string()))]
    Save {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
    #[error("{}", crate::tr!("tutor-empty-name"))]
    EmptyName,
    #[error("{}", crate::tr!("tutor-no-such-exercise"))]
    NoSuchExercise,
}

/// The engine behind both interfaces.
pub struct Tutor {
    pub paths: Paths,
    /// The packs, with their text in the learner's language where a translation has it.
    pub library: Library,
    /// The packs as written.
    original: Library,
    store: Store,
    /// Why progress cannot be saved, when the store could not be opened.
    pub store_problem: Option<String>,
    learner: Option<Learner>,
    /// Settings that could not be saved.
    unsaved: settings::Unsaved,
    /// The class server, when this computer uses one.
    server: Option<server::Connection>,
}

impl std::fmt::Debug for Tutor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tutor")
            .field("learner", &self.learner)
            .finish_non_exhaustive()
    }
}

/// An exercise's place in the library.
pub struct Found<'a> {
    pub pack: &'a Pack,
    pub lesson: &'a Lesson,
    pub exercise: &'a Exercise,
}

impl Tutor {
    /// Opens the library and the progress store. A store that cannot be opened does not stop
    /// the tutor: progress is then kept in memory only, and `store_problem` says why.
    pub fn open(paths: Paths, extra_packs: &[PathBuf]) -> Tutor {
        let original = crate::pack::discover(Some(&paths.data), extra_packs);
        Tutor::open_library(paths, original)
    }

    /// [`Tutor::open`] over packs already found (as `--only-packs` and `--packs-first` chose).
    pub fn open_library(paths: Paths, original: Library) -> Tutor {
        let library = translated(&original);
        let (store, store_problem) = match Store::open(&paths) {
            Ok(store) => (store, None),
            Err(e) => (
                Store::open_in_memory().expect("an in-memory store always opens"),
                Some(e.to_string()),
            ),
        };
        Tutor {
            paths,
            library,
            original,
            store,
            store_problem,
            learner: None,
            unsaved: settings::Unsaved::default(),
            server: None,
        }
    }

    /// A tutor over a given library and store (for tests).
    pub fn with(paths: Paths, library: Library, store: Store) -> Tutor {
        Tutor {
            paths,
            library: translated(&library),
            original: library,
            store,
            store_problem: None,
            learner: None,
            unsaved: settings::Unsaved::default(),
            server: None,
        }
    }

    /// Shows the packs in the current language (after it changed).
    pub fn refresh_language(&mut self) {
        self.library = translated(&self.original);
    }

    /// The chosen learner's own language (unless `--lang` asked for one); with nobody
    /// chosen, the computer's.
    pub fn use_learner_language(&mut self) {
        crate::i18n::apply_learner_setting(self.settings().language.as_deref());
        self.refresh_language();
    }

    // ----- learners -----

    /// The learners to list at "Who are you?": everyone here, or the group this computer is
    /// set to.
    pub fn learners(&self) -> Result<Vec<Learner>, TutorError> {
        Ok(match self.listed_group() {
            Some(group) => self.store.learners_in(Some(group))?,
            None => self.store.learners()?,
        })
    }

    /// The learner who used this computer last, if any.
    pub fn last_learner(&self) -> Option<String> {
        self.store.last_learner().ok().flatten()
    }

    /// Adds a learner (or finds them, if they are already here) and chooses them.
    pub fn add_learner(&mut self, name: &str, group: Option<&str>) -> Result<Learner, TutorError> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        if name.is_empty() {
            return Err(TutorError::EmptyName);
        }
        let group = group.map(str::trim).filter(|g| !g.is_empty());
        let learner = match self.store.find_learner(&name, group)? {
            Some(existing) => existing,
            None => self.store.add_learner(&name, group)?,
        };
        self.choose_learner(&learner.id)?;
        Ok(learner)
    }

    /// Makes `id` the current learner.
    pub fn choose_learner(&mut self, id: &str) -> Result<(), TutorError> {
        // With a class server, their progress and code from other computers come first.
        let code = self.pull_learner(id);
        let learner = self.store.learner(id)?;
        if let Some(l) = &learner {
            self.store.touch_learner(&l.id)?;
            self.store.set_last_learner(&l.id)?;
        }
        self.learner = learner;
        if self.learner.is_some() {
            self.take_pulled_code(id, code);
        }
        Ok(())
    }

    /// Back at "Who are you?" on a shared computer: nobody is chosen, so the settings are
    /// the computer's own until the next learner chooses their name. (The store still knows
    /// who was here last, to offer their name first.)
    pub fn leave_learner(&mut self) {
        self.learner = None;
        self.refresh_roster();
    }

    pub fn learner(&self) -> Option<&Learner> {
        self.learner.as_ref()
    }

    fn learner_id(&self) -> &str {
        self.learner.as_ref().map(|l| l.id.as_str()).unwrap_or("")
    }

    // ----- the course -----

    /// Finds an exercise by pack and id.
    pub fn find(&self, pack: &str, exercise: &str) -> Option<Found<'_>> {
        let pack = self.library.pack(pack)?;
        let (lesson, exercise) = pack.find_exercise(exercise)?;
        Some(Found {
            pack,
            lesson,
            exercise,
        })
    }

    pub fn lesson(&self, pack: &str, lesson: &str) -> Option<(&Pack, &Lesson)> {
        let pack = self.library.pack(pack)?;
        let lesson = pack.lessons.iter().find(|l| l.id == lesson)?;
        Some((pack, lesson))
    }

    fn progress(&self, pack: &str) -> std::collections::HashMap<String, ExerciseProgress> {
        self.store
            .progress(self.learner_id(), pack)
            .unwrap_or_default()
    }

    /// An exercise's progress for the current learner.
    pub fn exercise_progress(&self, pack: &str, exercise: &str) -> Option<ExerciseProgress> {
        self.progress(pack).remove(exercise)
    }

    /// The whole course with the current learner's progress.
    pub fn course(&self) -> Vec<PackView> {
        self.library
            .packs
            .iter()
            .map(|pack| {
                let progress = self.progress(&pack.id);
                PackView {
                    id: pack.id.clone(),
                    title: pack.title.clone(),
                    lessons: pack
                        .lessons
                        .iter()
                        .map(|lesson| LessonView {
                            pack: pack.id.clone(),
                            id: lesson.id.clone(),
                            title: lesson.title.clone(),
                            pages: lesson.pages.len(),
                            pages_read: self.pages_read(&pack.id, &lesson.id).len(),
                            exercises: lesson
                                .exercises
                                .iter()
                                .map(|e| {
                                    let status = progress
                                        .get(&e.id)
                                        .map(|p| p.status)
                                        .unwrap_or(Status::NotStarted);
                                    (e.id.clone(), e.title.clone(), status)
                                })
                                .collect(),
                        })
                        .collect(),
                }
            })
            .collect()
    }

    pub fn pages_read(&self, pack: &str, lesson: &str) -> Vec<u32> {
        self.store
            .pages_read(self.learner_id(), pack, lesson)
            .unwrap_or_default()
    }

    /// Records that a page was read, and that the learner is there.
    pub fn read_page(&mut self, pack: &str, lesson: &str, page: usize) -> Result<(), TutorError> {
        let id = self.learner_id().to_owned();
        self.store
            .record_page_read(&id, pack, lesson, page as u32)?;
        self.set_place(&Place::Page {
            pack: pack.into(),
            lesson: lesson.into(),
            page,
        });
        Ok(())
    }

    /// Remembers where the learner is, for "continue where I left off".
    pub fn set_place(&mut self, place: &Place) {
        self.set(Setting::Place(place.clone()));
    }

    /// A sentence naming a place, with its pack so two packs' "lesson 1"s are never confused,
    /// e.g. "Python first steps, lesson 2, Variables: exercise “Name badge”".
    pub fn describe(&self, place: &Place) -> String {
        match place {
            Place::Page { pack, lesson, page } => match self.lesson(pack, lesson) {
                Some((p, l)) => {
                    let n = p.lessons.iter().position(|x| x.id == l.id).unwrap_or(0) + 1;
                    crate::tr!(
                        "place-page",
                        pack = p.title.as_str(),
                        lesson = n,
                        title = l.title.as_str(),
                        page = page + 1,
                        pages = l.pages.len()
                    )
                }
                None => String::new(),
            },
            Place::Exercise { pack, exercise } => match self.find(pack, exercise) {
                Some(f) => {
                    let n = f
                        .pack
                        .lessons
                        .iter()
                        .position(|x| x.id == f.lesson.id)
                        .unwrap_or(0)
                        + 1;
                    crate::tr!(
                        "place-exercise",
                        pack = f.pack.title.as_str(),
                        lesson = n,
                        title = f.lesson.title.as_str(),
                        exercise = f.exercise.title.as_str()
                    )
                }
                None => String::new(),
            },
        }
    }

    // ----- code files -----

    /// The learner's own folder, made on first use and stable after renames.
    pub fn learner_folder(&mut self) -> PathBuf {
        let root = self.paths.data.join("learners");
        if let Some(folder) = self.settings().folder {
            return root.join(folder);
        }
        let (name, id) = match &self.learner {
            Some(l) => (l.name.clone(), l.id.clone()),
            None => ("guest".to_owned(), "guest".to_owned()),
        };
        // "Siân Evans" becomes "sian-evans": readable, and safe on every file system.
        let folder = crate::text::slug(&crate::store::names::sort_key(&name), "learner");
        let short: String = id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .take(8)
            .collect();
        let folder = format!("{folder}-{short}");
        // With nobody chosen there is nobody to keep it for (and it is the same every time).
        if self.learner.is_some() {
            self.set(Setting::Folder(folder.clone()));
        }
        root.join(folder)
    }

    /// Where the learner's code for an exercise is kept.
    pub fn code_path(&mut self, pack: &str, exercise: &str) -> PathBuf {
        self.learner_folder()
            .join(pack)
            .join(format!("{exercise}.py"))
    }

    /// The learner's code for an exercise: their file if they have one, else the starter.
    pub fn load_code(&mut self, pack: &str, exercise: &str) -> String {
        let path = self.code_path(pack, exercise);
        match std::fs::read(&path) {
            // Another editor may have saved it with a byte-order mark or in a legacy
            // encoding: show it rather than the starter, which autosave would then write over
            // the learner's work.
            Ok(bytes) => files::decode_text(bytes),
            Err(_) => self
                .find(pack, exercise)
                .map(|f| f.exercise.starter.clone())
                .unwrap_or_default(),
        }
    }

    /// Saves the learner's code (atomically: a crash never leaves half a file).
    pub fn save_code(
        &mut self,
        pack: &str,
        exercise: &str,
        code: &str,
    ) -> Result<PathBuf, TutorError> {
        let path = self.code_path(pack, exercise);
        files::write_atomic_making_folder(&path, code.as_bytes()).map_err(|error| {
            TutorError::Save {
                path: path.clone(),
                error,
            }
        })?;
        // Kept in the store too, so it can follow the learner to another computer; the starter
        // as it was given is not the learner's code, and must never count as their newest.
        let starter = self
            .find(pack, exercise)
            .map(|f| f.exercise.starter.as_str());
        if let (Some(learner), false) = (
            self.learner.as_ref().map(|l| l.id.clone()),
            starter == Some(code),
        ) {
            self.store.record_code(&learner, pack, exercise, code)?;
            self.poke_server();
        }
        Ok(path)
    }

    /// Puts the starter back, keeping the old code in `history/`.
    pub fn reset_code(&mut self, pack: &str, exercise: &str) -> Result<String, TutorError> {
        let starter = self
            .find(pack, exercise)
            .map(|f| f.exercise.starter.clone())
            .ok_or(TutorError::NoSuchExercise)?;
        let path = self.code_path(pack, exercise);
        if let Ok(old) = std::fs::read(&path) {
            keep_in_history(&path, exercise, &old).map_err(|error| TutorError::Save {
                path: history_folder(&path),
                error,
            })?;
        }
        self.save_code(pack, exercise, &starter)?;
        Ok(starter)
    }

    // ----- hints and solutions -----

    pub fn hints_revealed(&self, pack: &str, exercise: &str) -> u32 {
        self.store
            .hints_revealed(self.learner_id(), pack, exercise)
            .unwrap_or(0)
    }

    /// Reveals the next hint, if there is one: (its number from 0, its text).
    pub fn reveal_hint(
        &mut self,
        pack: &str,
        exercise: &str,
    ) -> Result<Option<(usize, String)>, TutorError> {
        let shown = self.hints_revealed(pack, exercise) as usize;
        let Some(found) = self.find(pack, exercise) else {
            return Err(TutorError::NoSuchExercise);
        };
        let Some(hint) = found.exercise.hints.get(shown).cloned() else {
            return Ok(None);
        };
        let id = self.learner_id().to_owned();
        self.store.record_hint(&id, pack, exercise, shown as u32)?;
        Ok(Some((shown, hint)))
    }

    /// Whether the learner may see the solution now.
    pub fn solution_lock(&self, pack: &str, exercise: &str) -> Option<SolutionLock> {
        let found = self.find(pack, exercise)?;
        let progress = self.exercise_progress(pack, exercise);
        let attempts = progress.as_ref().map(|p| p.attempts).unwrap_or(0);
        let solved = progress
            .as_ref()
            .is_some_and(|p| p.status == Status::Passed);
        use crate::pack::SolutionPolicy as P;
        if found.pack.solutions.allows(attempts, solved) {
            return None;
        }
        Some(match found.pack.solutions {
            P::Never => SolutionLock::Never,
            P::AfterAttempts(n) => SolutionLock::AfterAttempts(n.saturating_sub(attempts)),
            _ => SolutionLock::AfterSolving,
        })
    }

    /// The reference solution, when allowed; records that it was seen.
    pub fn view_solution(
        &mut self,
        pack: &str,
        exercise: &str,
    ) -> Result<Result<String, SolutionLock>, TutorError> {
        if let Some(lock) = self.solution_lock(pack, exercise) {
            return Ok(Err(lock));
        }
        let solution = self
            .find(pack, exercise)
            .map(|f| f.exercise.solution.clone())
            .ok_or(TutorError::NoSuchExercise)?;
        let id = self.learner_id().to_owned();
        self.store.record_solution_viewed(&id, pack, exercise)?;
        Ok(Ok(solution))
    }
}

/// The library with every pack translated into the current language where it can be.
fn translated(library: &Library) -> Library {
    let language = crate::i18n::language().to_string();
    Library {
        packs: library
            .packs
            .iter()
            .map(|p| crate::pack::translate::translate(p, &language))
            .collect(),
        broken: library.broken.clone(),
        skipped: library.skipped.clone(),
        built_in_hidden: library.built_in_hidden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learner_folders_are_readable_and_stable() {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            cache_kind: crate::paths::CacheKind::Private,
        };
        let mut tutor = Tutor::with(paths, Library::default(), Store::open_in_memory().unwrap());
        let learner = tutor.add_learner("  Siân   Evans ", None).unwrap();
        assert_eq!(learner.name, "Siân Evans");
        let folder = tutor.learner_folder();
        let name = folder.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(name.starts_with("sian-evans-"), "{name}");
        // Renaming the learner does not move their work.
        tutor
            .store
            .rename_learner(&learner.id, "Siân Evans-Jones")
            .unwrap();
        tutor.choose_learner(&learner.id).unwrap();
        assert_eq!(tutor.learner_folder(), folder);
    }
}
