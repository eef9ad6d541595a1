//! Plain mode's "Who are you?": choosing your name, typing it, or adding yourself.
//!
//! Lab and library PCs are shared, so whoever comes next is asked in the computer's language
//! and the last learner is offered but never assumed. A name typed instead of a number is
//! matched by the tutor ([`Tutor::similar_learners`]), and someone adding themselves with a
//! name already here is asked "There is already a Maya (7B). Is that you?"
//! ([`Tutor::find_similar_learner`]), so nobody starts again with empty progress by mistake.
//!
//! [`Tutor::similar_learners`]: crate::tutor::Tutor::similar_learners
//! [`Tutor::find_similar_learner`]: crate::tutor::Tutor::find_similar_learner

use std::io::Write;

use super::{Answer, Choice, Lines, Next, Plain, is_yes};
use crate::store::Learner;
use crate::store::names;
use crate::tr;
use crate::tutor::same_learner_question;

/// More learners than this are not read out at "Who are you?": the learner types their name.
const READ_OUT_AT_MOST: usize = 20;

impl<R: Lines, W: Write> Plain<'_, R, W> {
    pub(super) fn choose_learner(&mut self) -> Next {
        // Whoever comes next is asked in the computer's language, not the last learner's.
        self.tutor.leave_learner();
        self.tutor.use_learner_language();
        let learners = self.tutor.learners().unwrap_or_default();
        if learners.len() > READ_OUT_AT_MOST {
            return self.find_by_typing(learners.len());
        }
        let last = self.tutor.last_learner();
        self.say(&tr!("who-are-you"));
        let mut items: Vec<String> = learners
            .iter()
            .map(|l| match (&l.group, Some(&l.id) == last.as_ref()) {
                (Some(g), true) => tr!(
                    "learner-in-group-last",
                    name = l.name.as_str(),
                    group = g.as_str()
                ),
                (Some(g), false) => tr!(
                    "learner-in-group",
                    name = l.name.as_str(),
                    group = g.as_str()
                ),
                (None, true) => tr!("learner-last", name = l.name.as_str()),
                (None, false) => l.name.clone(),
            })
            .collect();
        items.push(tr!("add-learner"));
        let choice = match self.menu_or_words(&items, &tr!("quit"), true) {
            Answer::Words(name) => return self.learner_by_name(&name),
            Answer::Choice(choice) => choice,
        };
        match choice {
            Choice::Quit | Choice::Number(0) => Next::Quit,
            Choice::Number(n) if n <= learners.len() => self.choose(&learners[n - 1].id),
            Choice::Number(_) => self.add_learner(),
        }
    }

    /// "Who are you?" with more learners than can be read out (a whole site's, from the class
    /// server): the learner types their name, or its first letters, until few enough names
    /// match to read out.
    fn find_by_typing(&mut self, count: usize) -> Next {
        self.say(&tr!("who-are-you"));
        self.say(&tr!("plain-many-learners", count = count));
        loop {
            let Some(line) = self.read_line() else {
                return Next::Quit;
            };
            let typed = line.trim();
            match typed {
                "0" => return Next::Quit,
                "+" => return self.add_learner(),
                "" => {
                    self.say(&tr!("plain-many-learners", count = count));
                    continue;
                }
                _ => {}
            }
            let found = self.tutor.learners_starting_with(typed);
            match found.len() {
                0 => return self.learner_by_name(typed),
                1 => return self.choose(&found[0].id),
                n if n <= READ_OUT_AT_MOST => return self.choose_among(&found),
                n => self.say(&tr!(
                    "plain-type-more",
                    count = n,
                    typed = crate::safe_text::for_terminal(typed)
                )),
            }
        }
    }

    /// A few learners whose names matched what was typed, as a numbered menu.
    fn choose_among(&mut self, found: &[Learner]) -> Next {
        let mut items: Vec<String> = found
            .iter()
            .map(|l| match &l.group {
                Some(g) => tr!(
                    "learner-in-group",
                    name = l.name.as_str(),
                    group = g.as_str()
                ),
                None => l.name.clone(),
            })
            .collect();
        items.push(tr!("add-learner"));
        match self.menu(&items, &tr!("back")) {
            Choice::Quit => Next::Quit,
            Choice::Number(0) => Next::Learners,
            Choice::Number(n) if n <= found.len() => self.choose(&found[n - 1].id),
            Choice::Number(_) => self.add_learner(),
        }
    }

    /// A name typed at "Who are you?" instead of a number: that learner when there is
    /// exactly one of that name (whatever the capitals, spaces or accents); otherwise an offer
    /// to add them.
    fn learner_by_name(&mut self, typed: &str) -> Next {
        let same = self.tutor.similar_learners(typed);
        match same.as_slice() {
            [one] => self.choose(&one.id),
            [] => {
                let name = names::tidy(typed);
                self.say(&tr!("plain-nobody-called", name = name.as_str()));
                let items = [tr!("plain-add-named", name = name.as_str())];
                match self.menu(&items, &tr!("back")) {
                    Choice::Quit => Next::Quit,
                    Choice::Number(1) => self.add_named_learner(name),
                    _ => Next::Learners,
                }
            }
            _ => {
                self.say(&tr!("plain-several-called", name = same[0].name.as_str()));
                Next::Learners
            }
        }
    }

    /// Chooses the learner with this id, or says why not and asks again.
    fn choose(&mut self, id: &str) -> Next {
        match self.tutor.choose_learner(id) {
            Ok(()) => self.after_choosing(),
            Err(e) => {
                self.say(&e.to_string());
                Next::Learners
            }
        }
    }

    fn add_learner(&mut self) -> Next {
        self.say(&tr!("type-your-name"));
        let Some(name) = self.read_line() else {
            return Next::Quit;
        };
        self.add_named_learner(name)
    }

    fn add_named_learner(&mut self, name: String) -> Next {
        self.say(&tr!("type-your-group"));
        let Some(group) = self.read_line() else {
            return Next::Quit;
        };
        // Someone of that name already here is asked "Is that you?", never added again
        // silently with empty progress.
        let added = match self.tutor.find_similar_learner(&name, Some(&group)) {
            Some(same) => {
                self.say(&same_learner_question(&same));
                self.say(&tr!("plain-yes-or-no"));
                let Some(answer) = self.read_line() else {
                    return Next::Quit;
                };
                if is_yes(&answer) {
                    self.tutor.choose_learner(&same.id)
                } else {
                    self.tutor.add_new_learner(&name, Some(&group)).map(|_| ())
                }
            }
            None => self.tutor.add_learner(&name, Some(&group)).map(|_| ()),
        };
        match added {
            Ok(()) => self.after_choosing(),
            Err(e) => {
                self.say(&e.to_string());
                Next::Learners
            }
        }
    }

    fn after_choosing(&mut self) -> Next {
        self.tutor.use_learner_language();
        let name = self
            .tutor
            .learner()
            .map(|l| l.name.clone())
            .unwrap_or_default();
        self.blank();
        self.say(&tr!("hello-learner", name = name));
        if self.tutor.working_offline() {
            self.say(&tr!("tutor-working-offline-long"));
        }
        self.tell_notice();
        Next::MainMenu
    }
}
