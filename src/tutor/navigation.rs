//! Where a learner is, and where they go next.
//!
//! The course is one list of steps in order: for each pack, each lesson's pages (as one
//! step, done once any page is read) and then its exercises (done once passed). "What
//! next" is worked out here once, by [`next_pending`], for every interface: the first step
//! not done after a place, wrapping round to the start, so work left earlier in the course
//! (or in another pack) is never skipped. Only when every step is done is there nothing
//! next, and only then may an interface say the learner has finished everything.

use super::Tutor;
use crate::store::Status;

/// Where a learner is in the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A page of a lesson (0-based).
    Page {
        pack: String,
        lesson: String,
        page: usize,
    },
    /// An exercise.
    Exercise { pack: String, exercise: String },
}

impl Place {
    /// As kept in the learner's settings: `page:pack/lesson/3` or `exercise:pack/id`.
    pub(super) fn encode(&self) -> String {
        match self {
            Place::Page { pack, lesson, page } => format!("page:{pack}/{lesson}/{page}"),
            Place::Exercise { pack, exercise } => format!("exercise:{pack}/{exercise}"),
        }
    }

    pub(super) fn decode(text: &str) -> Option<Place> {
        if let Some(rest) = text.strip_prefix("page:") {
            let mut parts = rest.splitn(3, '/');
            let pack = parts.next()?.to_owned();
            let lesson = parts.next()?.to_owned();
            let page = parts.next()?.parse().ok()?;
            return Some(Place::Page { pack, lesson, page });
        }
        let rest = text.strip_prefix("exercise:")?;
        let (pack, exercise) = rest.split_once('/')?;
        Some(Place::Exercise {
            pack: pack.to_owned(),
            exercise: exercise.to_owned(),
        })
    }
}

/// One step of the course.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub place: Place,
    pub done: bool,
}

/// Whether `step` is the step for `place`: a page step stands for every page of its lesson.
fn is_at(step: &Place, place: &Place) -> bool {
    match (step, place) {
        (
            Place::Page { pack, lesson, .. },
            Place::Page {
                pack: p, lesson: l, ..
            },
        ) => pack == p && lesson == l,
        _ => step == place,
    }
}

/// The first step not done after `after` (from the start when `after` is `None` or not in
/// the course), wrapping round to the beginning. `None` only when every step is done.
pub fn next_pending(steps: &[Step], after: Option<&Place>) -> Option<Place> {
    let start = after
        .and_then(|a| steps.iter().position(|s| is_at(&s.place, a)))
        .map_or(0, |i| i + 1);
    steps[start..]
        .iter()
        .chain(&steps[..start])
        .find(|s| !s.done)
        .map(|s| s.place.clone())
}

impl Tutor {
    /// The whole course in order, with what this learner has done.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        for pack in &self.library.packs {
            let progress = self.progress(&pack.id);
            for lesson in &pack.lessons {
                if !lesson.pages.is_empty() {
                    steps.push(Step {
                        place: Place::Page {
                            pack: pack.id.clone(),
                            lesson: lesson.id.clone(),
                            page: 0,
                        },
                        done: !self.pages_read(&pack.id, &lesson.id).is_empty(),
                    });
                }
                for e in &lesson.exercises {
                    steps.push(Step {
                        place: Place::Exercise {
                            pack: pack.id.clone(),
                            exercise: e.id.clone(),
                        },
                        done: progress.get(&e.id).map(|p| p.status) == Some(Status::Passed),
                    });
                }
            }
        }
        steps
    }

    /// Whether the learner has begun: a place remembered, or a step of the course done. A
    /// learner who has not is offered the start ([`Tutor::start`]), never "continue".
    pub fn has_started(&self) -> bool {
        self.settings().place.is_some() || self.steps().iter().any(|s| s.done)
    }

    /// Where "Continue where you left off" goes: the next thing not finished, never simply
    /// the last page viewed. From a page, the next page of that lesson not read yet, else the
    /// next step not done; from an exercise not passed, that exercise; from one passed, the
    /// next step not done. `None` for a learner who has not begun, or who has done everything.
    pub fn resume(&self) -> Option<Place> {
        if !self.has_started() {
            return None;
        }
        let Some(place) = self.settings().place else {
            return self.first_unfinished();
        };
        match &place {
            Place::Page { pack, lesson, page } => {
                if let Some((_, l)) = self.lesson(pack, lesson) {
                    let read = self.pages_read(pack, lesson);
                    if let Some(next) =
                        (page + 1..l.pages.len()).find(|p| !read.contains(&(*p as u32)))
                    {
                        return Some(Place::Page {
                            pack: pack.clone(),
                            lesson: lesson.clone(),
                            page: next,
                        });
                    }
                    return next_pending(&self.steps(), Some(&place));
                }
            }
            Place::Exercise { pack, exercise } => {
                if self.find(pack, exercise).is_some() {
                    let done = self
                        .exercise_progress(pack, exercise)
                        .is_some_and(|p| p.status == Status::Passed);
                    if !done {
                        return Some(place);
                    }
                    return next_pending(&self.steps(), Some(&place));
                }
            }
        }
        self.first_unfinished()
    }

    /// Where a learner who has not begun starts: the course's first step. `None` once they
    /// have begun (then [`Tutor::resume`] says where to go).
    pub fn start(&self) -> Option<Place> {
        if self.has_started() {
            return None;
        }
        self.first_unfinished()
    }

    /// The first lesson page not read or exercise not done, in course order.
    pub fn first_unfinished(&self) -> Option<Place> {
        next_pending(&self.steps(), None)
    }

    /// After a lesson's last page: its first exercise not done yet, if there is one.
    pub fn first_unfinished_in_lesson(&self, pack_id: &str, lesson_id: &str) -> Option<Place> {
        let progress = self.progress(pack_id);
        let (_, lesson) = self.lesson(pack_id, lesson_id)?;
        lesson
            .exercises
            .iter()
            .find(|e| progress.get(&e.id).map(|p| p.status) != Some(Status::Passed))
            .map(|e| Place::Exercise {
                pack: pack_id.into(),
                exercise: e.id.clone(),
            })
    }

    /// What to do after passing `exercise`: the next step not done, anywhere in the course.
    /// `None` means everything is done.
    pub fn next_after(&self, pack_id: &str, exercise: &str) -> Option<Place> {
        let here = Place::Exercise {
            pack: pack_id.into(),
            exercise: exercise.into(),
        };
        next_pending(&self.steps(), Some(&here))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ex(pack: &str, id: &str) -> Place {
        Place::Exercise {
            pack: pack.into(),
            exercise: id.into(),
        }
    }

    fn page(pack: &str, lesson: &str, page: usize) -> Place {
        Place::Page {
            pack: pack.into(),
            lesson: lesson.into(),
            page,
        }
    }

    #[test]
    fn next_pending_in_a_table() {
        // The course: pack a (a page, then exercises 1 to 3), then pack b (exercise 4).
        let course = |done: [bool; 5]| -> Vec<Step> {
            [
                page("a", "l1", 0),
                ex("a", "1"),
                ex("a", "2"),
                ex("a", "3"),
                ex("b", "4"),
            ]
            .into_iter()
            .zip(done)
            .map(|(place, done)| Step { place, done })
            .collect()
        };
        let t = true;
        let f = false;
        // (what is done, where we are, what comes next)
        let table: Vec<([bool; 5], Option<Place>, Option<Place>)> = vec![
            // A new learner starts at the first page.
            ([f, f, f, f, f], None, Some(page("a", "l1", 0))),
            // Straight on to the next exercise.
            ([t, t, f, f, f], Some(ex("a", "1")), Some(ex("a", "2"))),
            // Skips what is done.
            ([t, t, t, f, f], Some(ex("a", "1")), Some(ex("a", "3"))),
            // Past the end of a pack, into the next pack.
            ([t, t, t, t, f], Some(ex("a", "3")), Some(ex("b", "4"))),
            // At the end of the course, wraps round to work left earlier.
            ([t, f, t, t, t], Some(ex("b", "4")), Some(ex("a", "1"))),
            // Within a pack, wraps round too: the bug was "finished everything" here.
            ([t, f, t, t, t], Some(ex("a", "3")), Some(ex("a", "1"))),
            // An unread page earlier on counts as work left.
            (
                [f, t, t, t, t],
                Some(ex("a", "3")),
                Some(page("a", "l1", 0)),
            ),
            // From any page of a lesson, on to its exercises.
            (
                [t, f, f, f, f],
                Some(page("a", "l1", 2)),
                Some(ex("a", "1")),
            ),
            // A place that is no longer in the course: from the start.
            ([t, t, f, f, f], Some(ex("gone", "x")), Some(ex("a", "2"))),
            // Only when everything is done is there nothing next.
            ([t, t, t, t, t], Some(ex("a", "2")), None),
            ([t, t, t, t, t], None, None),
        ];
        for (done, after, want) in table {
            assert_eq!(
                next_pending(&course(done), after.as_ref()),
                want,
                "done {done:?}, after {after:?}"
            );
        }
    }

    /// A tutor over the fixture pack `good`: lesson `hello` (one page), then exercises
    /// `greet`, `add`, `count` and `average`.
    fn tutor() -> (tempfile::TempDir, Tutor) {
        let dir = tempfile::tempdir().unwrap();
        let paths = crate::paths::Paths {
            data: dir.path().join("data"),
            cache: dir.path().join("cache"),
            cache_kind: crate::paths::CacheKind::Private,
        };
        let folder =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/packs/good");
        let pack = crate::pack::load_pack(&crate::pack::PackSource::folder(folder)).unwrap();
        let library = crate::pack::Library {
            packs: vec![pack],
            ..Default::default()
        };
        let store = crate::store::Store::open_in_memory().unwrap();
        let mut tutor = Tutor::with(paths, library, store);
        tutor.add_learner("Ada", None).unwrap();
        (dir, tutor)
    }

    #[test]
    fn a_new_learner_starts_and_never_continues() {
        let (_dir, tutor) = tutor();
        assert!(!tutor.has_started());
        assert_eq!(tutor.resume(), None);
        assert_eq!(tutor.start(), Some(page("good", "hello", 0)));
    }

    #[test]
    fn continue_goes_to_the_next_unfinished_thing_not_the_last_page() {
        let (_dir, mut tutor) = tutor();
        // The lesson's only page read: on to its first exercise, not back to the page.
        tutor.read_page("good", "hello", 0).unwrap();
        assert!(tutor.has_started());
        assert_eq!(tutor.start(), None);
        assert_eq!(tutor.resume(), Some(ex("good", "greet")));
        // An exercise opened and not passed: that exercise.
        tutor.open_exercise("good", "add").unwrap();
        assert_eq!(tutor.resume(), Some(ex("good", "add")));
    }

    #[test]
    fn an_empty_course_has_nothing_next() {
        assert_eq!(next_pending(&[], None), None);
        assert_eq!(next_pending(&[], Some(&ex("a", "1"))), None);
    }

    #[test]
    fn places_round_trip() {
        for p in [page("p", "l-1", 3), ex("p", "e")] {
            assert_eq!(Place::decode(&p.encode()), Some(p));
        }
        assert_eq!(Place::decode("nonsense"), None);
    }
}
