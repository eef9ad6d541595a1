//! The class server: one PostgreSQL database that many computers sync with, offline-first.
//!
//! Every computer keeps working on its own SQLite store ([`crate::store`]); this module is how
//! it talks to the server when it can. It owns the address and this computer's server config
//! (`server.toml` in Slate's data folder: [`config`]), connecting with TLS and time limits
//! ([`connect`]), the server's schema, migrations and roles ([`schema`]), sending the outbox
//! and pulling learners, progress, code, packs and tombstones ([`sync`]), and the background
//! thread that keeps sending ([`worker`]). Every failure is a [`ServerError`]: one sentence
//! that says what to do. The server is never trusted more than a file from a USB stick: what
//! it sends is checked and bounded before it reaches the store or a terminal.

pub mod config;
pub mod connect;
pub mod schema;
pub mod sync;
pub mod worker;

use std::time::Duration;

use postgres::Client;

pub use config::Target;
pub use connect::Address;

use crate::store::StoreError;
use crate::tr;

/// The things that can go wrong with the class server, each one sentence for the user.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("{}", tr!("server-bad-address", reason = crate::safe_text::for_terminal(reason)))]
    BadAddress { reason: String },
    #[error("{}", tr!("server-unreachable", address = address.as_str()))]
    Unreachable {
        address: String,
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-password", user = user.as_str(), address = address.as_str()))]
    Password {
        user: String,
        address: String,
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-no-database", database = database.as_str(), address = address.as_str()))]
    NoDatabase {
        database: String,
        address: String,
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-not-set-up"))]
    NotSetUp,
    #[error("{}", tr!("server-newer", found = *found, known = *known))]
    Newer { found: i32, known: i32 },
    #[error("{}", tr!("server-older", found = *found, known = *known))]
    Older { found: i32, known: i32 },
    #[error("{}", tr!("server-no-site", sites = crate::safe_text::for_terminal(&sites.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", "))))]
    NoSite { sites: Vec<String> },
    #[error("{}", tr!("server-unknown-site", site = crate::safe_text::for_terminal(site)))]
    UnknownSite { site: String },
    #[error("{}", tr!("server-not-allowed", reason = crate::safe_text::for_terminal(&detail(source))))]
    NotAllowed {
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-closed"))]
    Closed {
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-timed-out"))]
    TimedOut,
    #[error("{}", tr!("server-garbage", reason = crate::safe_text::for_terminal(reason)))]
    Garbage { reason: String },
    #[error("{}", tr!("server-database", reason = crate::safe_text::for_terminal(&detail(source))))]
    Database {
        #[source]
        source: postgres::Error,
    },
    #[error("{}", tr!("server-config", file = file.as_str(), line = *line, column = *column, reason = crate::safe_text::for_terminal(reason)))]
    Config {
        file: String,
        line: usize,
        column: usize,
        reason: String,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ServerError {
    /// A connection that could not be made, in words for the person at the keyboard.
    fn from_connect(e: postgres::Error, address: &Address) -> ServerError {
        let shown = address.shown();
        match e.code().map(|c| c.code()) {
            Some("28P01" | "28000") => ServerError::Password {
                user: address.user().to_owned(),
                address: shown,
                source: e,
            },
            Some("3D000") => ServerError::NoDatabase {
                database: address.database().to_owned(),
                address: shown,
                source: e,
            },
            Some(_) => ServerError::from(e),
            None => ServerError::Unreachable {
                address: shown,
                source: e,
            },
        }
    }

    /// Whether the server could not be reached (or went away): work goes on offline.
    pub fn is_offline(&self) -> bool {
        matches!(
            self,
            ServerError::Unreachable { .. } | ServerError::Closed { .. } | ServerError::TimedOut
        )
    }
}

impl From<postgres::Error> for ServerError {
    fn from(e: postgres::Error) -> ServerError {
        match e.code().map(|c| c.code()) {
            Some("42501") => ServerError::NotAllowed { source: e },
            Some("57P01" | "57P02" | "57P03" | "08006" | "08003" | "08000") => {
                ServerError::Closed { source: e }
            }
            Some("42P01" | "42703" | "42883" | "22P02" | "22003" | "22023") => {
                ServerError::Garbage { reason: detail(&e) }
            }
            _ if e.is_closed() || e.code().is_none() => ServerError::Closed { source: e },
            _ => ServerError::Database { source: e },
        }
    }
}

/// What the server said, not just "db error".
fn detail(e: &postgres::Error) -> String {
    match e.as_db_error() {
        Some(db) => db.message().to_owned(),
        None => e.to_string(),
    }
}

/// Whether this session is a lab PC's, a teacher's, or the owner's (who set the server up).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    Lab,
    Teacher,
    Owner,
}

/// An open connection to the class server, for one site.
pub struct Server {
    client: Client,
    pub site: String,
    pub role: RoleKind,
    pub address: Address,
    /// Whether the connection is encrypted (TLS), as the server reports it.
    pub encrypted: bool,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server")
            .field("site", &self.site)
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

impl Server {
    /// Connects to the server a [`Target`] names, checks its schema, and works out the site:
    /// the one the login role belongs to, else the one the config names.
    pub fn open(target: &Target, timeout: Duration) -> Result<Server, ServerError> {
        let address = Address::parse(&target.url)?;
        let mut client = address.connect(timeout)?;
        schema::check(&mut client)?;
        let row = client.query_one("SELECT slate.my_site(), slate.my_kind()", &[])?;
        let (own, kind): (Option<String>, Option<String>) = (row.try_get(0)?, row.try_get(1)?);
        let role = match kind.as_deref() {
            Some("lab") => RoleKind::Lab,
            Some("teacher") => RoleKind::Teacher,
            _ => RoleKind::Owner,
        };
        let site = match (own, &target.site) {
            (Some(own), _) => own,
            (None, Some(site)) => site.clone(),
            // The owner's account, with no site named: the site, when there is only one.
            (None, None) => {
                let sites: Vec<String> = client
                    .query("SELECT name FROM slate.sites ORDER BY name LIMIT 21", &[])?
                    .iter()
                    .map(|r| r.try_get(0))
                    .collect::<Result<_, _>>()?;
                match <[String; 1]>::try_from(sites) {
                    Ok([only]) => only,
                    Err(sites) => return Err(ServerError::NoSite { sites }),
                }
            }
        };
        if role == RoleKind::Owner {
            let known: bool = client
                .query_one(
                    "SELECT EXISTS (SELECT 1 FROM slate.sites WHERE name = $1)",
                    &[&site],
                )?
                .try_get(0)?;
            if !known {
                return Err(ServerError::UnknownSite { site });
            }
        }
        let encrypted: bool = client
            .query_one(
                "SELECT coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
                &[],
            )?
            .try_get(0)?;
        Ok(Server {
            client,
            site,
            role,
            address,
            encrypted,
        })
    }

    /// The connection, for [`sync`] and [`schema`].
    pub fn client(&mut self) -> &mut Client {
        &mut self.client
    }
}
