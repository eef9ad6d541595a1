//! The class server, against a real PostgreSQL: several computers (each a `SLATE_HOME`) and
//! one server, with outages, kills and hostile rows.
//!
//! These tests need a PostgreSQL cluster: `SLATE_TEST_POSTGRES` names an admin URL (see
//! `.ci/postgres`, which CI uses to start one). Without it, each test prints
//! "skipped: no PostgreSQL" and passes, so plain `cargo test` works on a fresh machine; with
//! `SLATE_REQUIRE_POSTGRES` set (as in CI), a missing server fails instead. Each test makes a
//! database of its own, with site names of its own (roles are shared by the whole cluster).

mod faults;
mod proxy;
mod roles;
mod support;
mod sync;
