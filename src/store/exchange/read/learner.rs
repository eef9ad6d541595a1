//! One learner of an export file: their details, then their attempts and events, each handed
//! to the intake as soon as it is whole (with the line it starts on). In a file whose fields are
//! in another order, what comes early waits in memory for its turn.

use serde::de::value::MapAccessDeserializer;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::marker::PhantomData;

use super::file::{once, required};
use super::{Position, State};
use crate::store::exchange::intake::{Head, Intake, Sink};
use crate::store::exchange::{ExportAttempt, ExportEvent, ExportSetting};

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum LearnerField {
    Id,
    AlsoKnownAs,
    Merged,
    Name,
    Group,
    Created,
    LastSeen,
    NameSet,
    Settings,
    Attempts,
    Events,
    #[serde(other)]
    Other,
}

/// A learner's details as they come, in any order.
#[derive(Default)]
struct Partial {
    id: Option<String>,
    also_known_as: Option<Vec<String>>,
    merged: Option<Vec<String>>,
    name: Option<String>,
    group: Option<Option<String>>,
    created: Option<i64>,
    last_seen: Option<i64>,
    name_set: Option<i64>,
    settings: Option<Vec<ExportSetting>>,
}

impl Partial {
    /// Whether everything before the attempts has come (so the attempts can stream).
    fn whole(&self) -> bool {
        self.id.is_some()
            && self.also_known_as.is_some()
            && self.name.is_some()
            && self.group.is_some()
            && self.created.is_some()
            && self.last_seen.is_some()
            && self.name_set.is_some()
            && self.settings.is_some()
    }

    /// The details; a missing field is an error (a missing group is no group).
    fn take<E: de::Error>(&mut self) -> Result<Head, E> {
        Ok(Head {
            id: required(self.id.take(), "id")?,
            also_known_as: required(self.also_known_as.take(), "also_known_as")?,
            merged: self.merged.take().unwrap_or_default(),
            name: required(self.name.take(), "name")?,
            group: self.group.take().flatten(),
            created: required(self.created.take(), "created")?,
            last_seen: required(self.last_seen.take(), "last_seen")?,
            name_set: required(self.name_set.take(), "name_set")?,
            settings: required(self.settings.take(), "settings")?,
        })
    }
}

/// A learner's attempts or events: not come yet, handed on as they came, or kept until their
/// turn (in a file whose fields are in another order), with their lines.
enum Items<T> {
    NotYet,
    Streamed,
    Waiting(Vec<(T, usize)>),
}

/// One learner of the list.
pub(super) struct LearnerSeed<'s, 'a, S: Sink>(pub &'s mut State<'a, S>);

impl<'de, S: Sink> DeserializeSeed<'de> for LearnerSeed<'_, '_, S> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for LearnerSeed<'_, '_, S> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a learner")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let st = self.0;
        let line = st.pos.line();
        let mut head = Partial::default();
        let mut started = false;
        let mut attempts: Items<ExportAttempt> = Items::NotYet;
        let mut events: Items<ExportEvent> = Items::NotYet;
        while let Some(key) = map.next_key::<LearnerField>()? {
            match key {
                LearnerField::Id => once(&mut head.id, map.next_value()?, "id")?,
                LearnerField::AlsoKnownAs => {
                    once(&mut head.also_known_as, map.next_value()?, "also_known_as")?;
                }
                LearnerField::Merged => once(&mut head.merged, map.next_value()?, "merged")?,
                LearnerField::Name => once(&mut head.name, map.next_value()?, "name")?,
                LearnerField::Group => once(&mut head.group, map.next_value()?, "group")?,
                LearnerField::Created => once(&mut head.created, map.next_value()?, "created")?,
                LearnerField::LastSeen => {
                    once(&mut head.last_seen, map.next_value()?, "last_seen")?;
                }
                LearnerField::NameSet => once(&mut head.name_set, map.next_value()?, "name_set")?,
                LearnerField::Settings => {
                    once(&mut head.settings, map.next_value()?, "settings")?;
                }
                LearnerField::Attempts => {
                    if !matches!(attempts, Items::NotYet) {
                        return Err(de::Error::duplicate_field("attempts"));
                    }
                    if head.whole() {
                        let h = head.take()?;
                        let result = st.intake.learner(h, Some(line));
                        st.carry(result)?;
                        started = true;
                        map.next_value_seed(Stream::<ExportAttempt, S>(&mut *st, PhantomData))?;
                        st.intake.end_attempts();
                        attempts = Items::Streamed;
                    } else {
                        attempts = Items::Waiting(map.next_value_seed(Wait(st.pos, PhantomData))?);
                    }
                }
                LearnerField::Events => {
                    if !matches!(events, Items::NotYet) {
                        return Err(de::Error::duplicate_field("events"));
                    }
                    if matches!(attempts, Items::Streamed) {
                        map.next_value_seed(Stream::<ExportEvent, S>(&mut *st, PhantomData))?;
                        events = Items::Streamed;
                    } else {
                        events = Items::Waiting(map.next_value_seed(Wait(st.pos, PhantomData))?);
                    }
                }
                LearnerField::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        // Whatever waited takes its turn now, in the canonical order.
        if !started {
            let h = head.take()?;
            let result = st.intake.learner(h, Some(line));
            st.carry(result)?;
        }
        match attempts {
            Items::NotYet => return Err(de::Error::missing_field("attempts")),
            Items::Streamed => {}
            Items::Waiting(list) => {
                for (a, line) in list {
                    let result = st.intake.attempt(a, Some(line));
                    st.carry(result)?;
                }
                st.intake.end_attempts();
            }
        }
        match events {
            Items::NotYet => return Err(de::Error::missing_field("events")),
            Items::Streamed => {}
            Items::Waiting(list) => {
                for (e, line) in list {
                    let result = st.intake.event(e, Some(line));
                    st.carry(result)?;
                }
            }
        }
        st.intake.end_learner();
        Ok(())
    }
}

/// An attempt or an event: how it goes to the intake.
trait Piece: Sized + Serialize + for<'de> Deserialize<'de> {
    fn take_in<S: Sink>(self, intake: &mut Intake<'_, S>, line: usize) -> Result<(), S::Error>;
}

impl Piece for ExportAttempt {
    fn take_in<S: Sink>(self, intake: &mut Intake<'_, S>, line: usize) -> Result<(), S::Error> {
        intake.attempt(self, Some(line))
    }
}

impl Piece for ExportEvent {
    fn take_in<S: Sink>(self, intake: &mut Intake<'_, S>, line: usize) -> Result<(), S::Error> {
        intake.event(self, Some(line))
    }
}

/// One object, with the line it starts on.
struct AtLine<'p, T>(&'p Position, PhantomData<T>);

impl<'de, T: Piece> DeserializeSeed<'de> for AtLine<'_, T> {
    type Value = (T, usize);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(T, usize), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: Piece> Visitor<'de> for AtLine<'_, T> {
    type Value = (T, usize);

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(T, usize), A::Error> {
        let line = self.0.line();
        Ok((T::deserialize(MapAccessDeserializer::new(map))?, line))
    }
}

/// A list whose items go to the intake one by one, as they come.
struct Stream<'s, 'a, T, S: Sink>(&'s mut State<'a, S>, PhantomData<T>);

impl<'de, T: Piece, S: Sink> DeserializeSeed<'de> for Stream<'_, '_, T, S> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Piece, S: Sink> Visitor<'de> for Stream<'_, '_, T, S> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let st = self.0;
        while let Some((item, line)) = seq.next_element_seed(AtLine::<T>(st.pos, PhantomData))? {
            let result = item.take_in(&mut st.intake, line);
            st.carry(result)?;
        }
        Ok(())
    }
}

/// A list kept in memory until its turn.
struct Wait<'p, T>(&'p Position, PhantomData<T>);

impl<'de, T: Piece> DeserializeSeed<'de> for Wait<'_, T> {
    type Value = Vec<(T, usize)>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, T: Piece> Visitor<'de> for Wait<'_, T> {
    type Value = Vec<(T, usize)>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element_seed(AtLine::<T>(self.0, PhantomData))? {
            list.push(item);
        }
        Ok(list)
    }
}
