//! The top of an export file and its `learners` list: the fields Slate checks before it reads
//! any learner (a file that is not Slate's, or from a newer Slate, is refused at once), and the
//! list whose learners go one by one to [`super::learner`].

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::path::Path;

use super::learner::LearnerSeed;
use super::{Header, State};
use crate::store::exchange::intake::Sink;
use crate::store::exchange::{FORMAT, ImportError, VERSION, validate};
use crate::tr;

/// A top-level value that is compared, never kept whole: `format` and `version`.
#[derive(Debug, PartialEq, Eq)]
enum Loose {
    Text(String),
    Number(u64),
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Loose, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Loose;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
                Ok(if v.len() <= 64 {
                    Loose::Text(v.to_owned())
                } else {
                    Loose::Other
                })
            }
            fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
                Ok(Loose::Number(v))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_unit<E>(self) -> Result<Loose, E> {
                Ok(Loose::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
                while seq.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
                while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Loose::Other)
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
#[serde(field_identifier, rename_all = "snake_case")]
enum FileField {
    Format,
    Version,
    About,
    SlateVersion,
    Machine,
    ExportedAt,
    Checksum,
    Learners,
    #[serde(other)]
    Other,
}

/// Sets a field once; a second time is an error, as for a derived `Deserialize`.
pub(super) fn once<T, E: de::Error>(
    slot: &mut Option<T>,
    value: T,
    name: &'static str,
) -> Result<(), E> {
    if slot.is_some() {
        return Err(E::duplicate_field(name));
    }
    *slot = Some(value);
    Ok(())
}

pub(super) fn required<T, E: de::Error>(slot: Option<T>, name: &'static str) -> Result<T, E> {
    slot.ok_or_else(|| E::missing_field(name))
}

/// The whole file: its top fields, and its learners.
pub(super) struct FileVisitor<'s, 'a, S: Sink>(pub &'s mut State<'a, S>);

impl<'de, S: Sink> Visitor<'de> for FileVisitor<'_, '_, S> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a Slate progress file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let st = self.0;
        let file = st.file.to_path_buf();
        let (mut format, mut version) = (false, None);
        let (mut about, mut slate_version, mut machine) = (None, None, None);
        let (mut exported_at, mut checksum, mut learners) = (None, None, None);
        while let Some(key) = map.next_key::<FileField>()? {
            match key {
                FileField::Format => {
                    if map.next_value::<Loose>()? != Loose::Text(FORMAT.into()) {
                        return Err(st.stop(ImportError::NotProgress { file }));
                    }
                    format = true;
                }
                FileField::Version => {
                    let v = match map.next_value::<Loose>()? {
                        Loose::Number(v) if v > u64::from(VERSION) => {
                            return Err(st.stop(ImportError::Newer {
                                file,
                                found: v,
                                known: VERSION,
                            }));
                        }
                        Loose::Number(v) if v >= 1 => v as u32,
                        _ => return Err(st.stop(bad_version(&file))),
                    };
                    once(&mut version, v, "version")?;
                }
                FileField::About => once(&mut about, map.next_value()?, "about")?,
                FileField::SlateVersion => {
                    once(&mut slate_version, map.next_value()?, "slate_version")?;
                }
                FileField::Machine => once(&mut machine, map.next_value()?, "machine")?,
                FileField::ExportedAt => {
                    let at: i64 = map.next_value()?;
                    if let Some(problem) = validate::time_problem("exported_at", at) {
                        st.intake.file_problem(Some(st.pos.line()), problem);
                    }
                    once(&mut exported_at, at, "exported_at")?;
                }
                FileField::Checksum => once(&mut checksum, map.next_value()?, "checksum")?,
                FileField::Learners => {
                    // Only a file known to be Slate's is read further. Its version comes first
                    // in files Slate writes; in a file whose keys were sorted it comes later,
                    // and is checked then.
                    if !format {
                        return Err(st.stop(ImportError::NotProgress { file }));
                    }
                    once(&mut learners, (), "learners")?;
                    map.next_value_seed(LearnersSeed(&mut *st))?;
                }
                FileField::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !format {
            return Err(st.stop(ImportError::NotProgress { file }));
        }
        if version.is_none() {
            return Err(st.stop(bad_version(&file)));
        }
        st.header = Header {
            version: required(version, "version")?,
            about: required(about, "about")?,
            slate_version: required(slate_version, "slate_version")?,
            machine: required(machine, "machine")?,
            exported_at: required(exported_at, "exported_at")?,
            checksum: required(checksum, "checksum")?,
        };
        required(learners, "learners")
    }
}

fn bad_version(file: &Path) -> ImportError {
    ImportError::Invalid {
        file: file.to_path_buf(),
        message: tr!("import-bad-version"),
    }
}

struct LearnersSeed<'s, 'a, S: Sink>(&'s mut State<'a, S>);

impl<'de, S: Sink> DeserializeSeed<'de> for LearnersSeed<'_, '_, S> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for LearnersSeed<'_, '_, S> {
    type Value = ();

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a list of learners")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let st = self.0;
        st.intake.begin_learners();
        while seq.next_element_seed(LearnerSeed(&mut *st))?.is_some() {}
        st.intake.end_learners();
        Ok(())
    }
}
