//! TEMPORARY in-memory stand-in for the progress store (issue 4), with the agreed API, so
//! the tutor can be built while the SQLite store is written on its own branch. Replaced
//! wholesale by the real store when that branch is merged.

use std::collections::HashMap;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{0}")]
    Message(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    pub id: String,
    pub name: String,
    pub group: Option<String>,
    pub created: i64,
    pub last_seen: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TestRecord {
    pub id: String,
    pub status: String,
    pub points: u32,
    pub max_points: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttempt {
    pub learner: String,
    pub pack: String,
    pub pack_version: String,
    pub exercise: String,
    pub code: String,
    pub tests: Vec<TestRecord>,
    pub score: u32,
    pub max_score: u32,
    pub passed: bool,
    pub duration_ms: u64,
    pub time_spent_ms: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    NotStarted,
    Tried,
    Passed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExerciseProgress {
    pub status: Status,
    pub best_score: u32,
    pub max_score: u32,
    pub attempts: u32,
    pub hints_used: u32,
    pub time_spent_ms: u64,
    pub solution_viewed: bool,
    pub last_attempt: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Activity {
    pub pack: String,
    pub lesson: Option<String>,
    pub exercise: Option<String>,
    pub page: Option<u32>,
    pub at: i64,
}

#[derive(Debug, Default)]
pub struct Store {
    learners: Vec<Learner>,
    last: Option<String>,
    attempts: Vec<(i64, NewAttempt)>,
    hints: HashMap<(String, String, String), u32>,
    solutions: Vec<(String, String, String)>,
    pages: Vec<(i64, String, String, String, u32)>,
    settings: HashMap<(String, String), String>,
    clock: i64,
}

fn normal(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Store {
    pub fn open(_paths: &crate::paths::Paths) -> Result<Store, StoreError> {
        Ok(Store::default())
    }
    pub fn open_in_memory() -> Result<Store, StoreError> {
        Ok(Store::default())
    }
    pub fn machine_id(&self) -> &str {
        "stub"
    }
    fn tick(&mut self) -> i64 {
        self.clock += 1;
        self.clock
    }
    pub fn add_learner(&mut self, name: &str, group: Option<&str>) -> Result<Learner, StoreError> {
        if self.find_learner(name, group)?.is_some() {
            return Err(StoreError::Message(format!(
                "There is already a learner called {name}."
            )));
        }
        let now = self.tick();
        let l = Learner {
            id: format!("learner-{}", self.learners.len() + 1),
            name: name.split_whitespace().collect::<Vec<_>>().join(" "),
            group: group.map(str::to_owned),
            created: now,
            last_seen: now,
        };
        self.learners.push(l.clone());
        Ok(l)
    }
    pub fn find_learner(
        &self,
        name: &str,
        group: Option<&str>,
    ) -> Result<Option<Learner>, StoreError> {
        Ok(self
            .learners
            .iter()
            .find(|l| normal(&l.name) == normal(name) && l.group.as_deref() == group)
            .cloned())
    }
    pub fn learner(&self, id: &str) -> Result<Option<Learner>, StoreError> {
        Ok(self.learners.iter().find(|l| l.id == id).cloned())
    }
    pub fn learners(&self) -> Result<Vec<Learner>, StoreError> {
        let mut l = self.learners.clone();
        l.sort_by_key(|l| normal(&l.name));
        Ok(l)
    }
    pub fn touch_learner(&mut self, _id: &str) -> Result<(), StoreError> {
        Ok(())
    }
    pub fn last_learner(&self) -> Result<Option<String>, StoreError> {
        Ok(self.last.clone())
    }
    pub fn set_last_learner(&mut self, id: &str) -> Result<(), StoreError> {
        self.last = Some(id.to_owned());
        Ok(())
    }
    pub fn record_attempt(&mut self, attempt: &NewAttempt) -> Result<String, StoreError> {
        let now = self.tick();
        self.attempts.push((now, attempt.clone()));
        Ok(format!("attempt-{now}"))
    }
    pub fn record_hint(
        &mut self,
        learner: &str,
        pack: &str,
        exercise: &str,
        hint_index: u32,
    ) -> Result<(), StoreError> {
        let e = self
            .hints
            .entry((learner.into(), pack.into(), exercise.into()))
            .or_default();
        *e = (*e).max(hint_index + 1);
        Ok(())
    }
    pub fn hints_revealed(
        &self,
        learner: &str,
        pack: &str,
        exercise: &str,
    ) -> Result<u32, StoreError> {
        Ok(*self
            .hints
            .get(&(learner.into(), pack.into(), exercise.into()))
            .unwrap_or(&0))
    }
    pub fn record_solution_viewed(
        &mut self,
        learner: &str,
        pack: &str,
        exercise: &str,
    ) -> Result<(), StoreError> {
        self.solutions
            .push((learner.into(), pack.into(), exercise.into()));
        Ok(())
    }
    pub fn record_page_read(
        &mut self,
        learner: &str,
        pack: &str,
        lesson: &str,
        page_index: u32,
    ) -> Result<(), StoreError> {
        let now = self.tick();
        self.pages
            .push((now, learner.into(), pack.into(), lesson.into(), page_index));
        Ok(())
    }
    pub fn pages_read(
        &self,
        learner: &str,
        pack: &str,
        lesson: &str,
    ) -> Result<Vec<u32>, StoreError> {
        let mut v: Vec<u32> = self
            .pages
            .iter()
            .filter(|p| p.1 == learner && p.2 == pack && p.3 == lesson)
            .map(|p| p.4)
            .collect();
        v.sort();
        v.dedup();
        Ok(v)
    }
    pub fn progress(
        &self,
        learner: &str,
        pack: &str,
    ) -> Result<HashMap<String, ExerciseProgress>, StoreError> {
        let mut map: HashMap<String, ExerciseProgress> = HashMap::new();
        for (at, a) in self
            .attempts
            .iter()
            .filter(|(_, a)| a.learner == learner && a.pack == pack)
        {
            let p = map.entry(a.exercise.clone()).or_insert(ExerciseProgress {
                status: Status::Tried,
                best_score: 0,
                max_score: a.max_score,
                attempts: 0,
                hints_used: self.hints_revealed(learner, pack, &a.exercise)?,
                time_spent_ms: 0,
                solution_viewed: false,
                last_attempt: None,
            });
            p.attempts += 1;
            p.best_score = p.best_score.max(a.score);
            p.time_spent_ms += a.time_spent_ms;
            p.last_attempt = Some(*at);
            if a.passed {
                p.status = Status::Passed;
            }
        }
        Ok(map)
    }
    pub fn last_activity(&self, learner: &str) -> Result<Option<Activity>, StoreError> {
        let attempt = self
            .attempts
            .iter()
            .filter(|(_, a)| a.learner == learner)
            .max_by_key(|(at, _)| *at)
            .map(|(at, a)| Activity {
                pack: a.pack.clone(),
                lesson: None,
                exercise: Some(a.exercise.clone()),
                page: None,
                at: *at,
            });
        let page = self
            .pages
            .iter()
            .filter(|p| p.1 == learner)
            .max_by_key(|p| p.0)
            .map(|p| Activity {
                pack: p.2.clone(),
                lesson: Some(p.3.clone()),
                exercise: None,
                page: Some(p.4),
                at: p.0,
            });
        Ok(match (attempt, page) {
            (Some(a), Some(p)) => Some(if a.at >= p.at { a } else { p }),
            (a, p) => a.or(p),
        })
    }
    pub fn setting(&self, learner: &str, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.settings.get(&(learner.into(), key.into())).cloned())
    }
    pub fn set_setting(&mut self, learner: &str, key: &str, value: &str) -> Result<(), StoreError> {
        self.settings
            .insert((learner.into(), key.into()), value.into());
        Ok(())
    }
}
