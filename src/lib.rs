//! Slate: a terminal coding tutor for schools, libraries and community centres.
//!
//! The binary (`src/main.rs`) is a thin edge over this library; see `ARCHITECTURE.md` for how
//! the modules fit together.

pub mod cli;
pub mod editor;
pub mod explain;
pub mod feedback;
pub mod files;
pub mod i18n;
pub mod interrupt;
pub mod limits;
pub mod markdown;
pub mod marking;
pub mod pack;
pub mod paths;
pub mod plain;
pub mod safe_text;
pub mod sandbox;
pub mod server;
pub mod stdin;
pub mod store;
pub mod text;
pub mod tui;
pub mod tutor;
