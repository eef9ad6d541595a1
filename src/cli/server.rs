//! `slate server init|connect|status` and `slate sync`: setting up the class server and
//! keeping this computer in step with it. See `crate::server` and `docs/class-server.md`.

use clap::{Args, Subcommand};

use super::{CliError, Status};
use crate::paths::Paths;
use crate::server::connect::CONNECT_TIMEOUT;
use crate::server::{Server, ServerError, Target, config, schema, worker};
use crate::store::Store;
use crate::tr;

#[derive(Debug, Args)]
pub struct ServerArgs {
    #[command(subcommand)]
    pub command: ServerCommand,
}

#[derive(Debug, Subcommand)]
pub enum ServerCommand {
    /// Create or upgrade Slate's tables on a PostgreSQL database (a technician, once), and add
    /// a site. Prints the SQL for the lab and teacher accounts, or runs it with --create-roles.
    Init {
        /// postgres://USER:PASSWORD@HOST:PORT/DATABASE (an account that may create tables);
        /// default: --server or SLATE_SERVER.
        url: Option<String>,
        /// The site: a school, a library, a council's centre.
        #[arg(long, value_name = "NAME", default_value = "main")]
        site: String,
        /// Also create the site's lab and teacher accounts (needs an account that may create
        /// roles), and print the addresses lab PCs and teachers use.
        #[arg(long)]
        create_roles: bool,
    },
    /// Use a class server on this computer: saved in the data folder's server.toml, which can
    /// be copied to other PCs.
    Connect {
        /// postgres://USER:PASSWORD@HOST:PORT/DATABASE (a lab PC's or a teacher's account);
        /// default: --server or SLATE_SERVER.
        url: Option<String>,
        /// The site, for an account that belongs to none (the one that set the server up).
        #[arg(long, value_name = "NAME")]
        site: Option<String>,
        /// List only this group at "Who are you?" on this computer (a room or a class).
        #[arg(long, value_name = "GROUP")]
        group: Option<String>,
    },
    /// Say whether the class server can be reached, and how many changes wait to be sent.
    Status,
}

#[derive(Debug, Args)]
pub struct SyncArgs {}

pub fn run(paths: &Paths, target: Option<&Target>, args: ServerArgs) -> Result<Status, CliError> {
    // The address on the command line, else the one `--server` or SLATE_SERVER gives.
    let address = |url: Option<String>| {
        url.or_else(|| target.map(|t| t.url.clone()))
            .ok_or_else(|| CliError::Usage(tr!("server-address-needed")))
    };
    match args.command {
        ServerCommand::Init {
            url,
            site,
            create_roles,
        } => init(&address(url)?, &site, create_roles),
        ServerCommand::Connect { url, site, group } => {
            let url = address(url)?;
            connect(paths, &Target::new(&url, site.as_deref(), group.as_deref()))
        }
        ServerCommand::Status => status(paths, target),
    }
}

fn init(url: &str, site: &str, create_roles: bool) -> Result<Status, CliError> {
    let site = site.trim();
    if site.is_empty() || site.len() > 100 || site.chars().any(char::is_control) {
        return Err(CliError::Usage(tr!("server-site-name")));
    }
    let address = crate::server::Address::parse(url)?;
    let mut client = address.connect(CONNECT_TIMEOUT)?;
    let roles = schema::site_roles(site);
    // Checked before anything is written, so a refused name adds no site.
    if schema::version(&mut client)? > 0
        && let Some(other) = schema::taken_by_another_site(&mut client, site, &roles)?
    {
        return Err(CliError::Usage(tr!(
            "server-site-accounts-taken",
            site = crate::safe_text::for_terminal(site),
            other = crate::safe_text::for_terminal(&other)
        )));
    }
    let before = schema::init(&mut client, site)?;
    let shown = address.shown();
    outln!(
        "{}",
        match before {
            0 => tr!(
                "server-init-created",
                address = shown.as_str(),
                version = schema::LATEST
            ),
            v if v < schema::LATEST => tr!(
                "server-init-upgraded",
                address = shown.as_str(),
                from = v,
                version = schema::LATEST
            ),
            _ => tr!(
                "server-init-current",
                address = shown.as_str(),
                version = schema::LATEST
            ),
        }
    );
    outln!(
        "{}",
        tr!(
            "server-init-site",
            site = crate::safe_text::for_terminal(site)
        )
    );
    let existing = schema::existing_roles(&mut client, &roles)?;
    let sql = schema::role_sql(site, &roles, &existing);
    if create_roles {
        let mut tx = client.transaction().map_err(ServerError::from)?;
        for statement in &sql {
            tx.batch_execute(statement).map_err(ServerError::from)?;
        }
        tx.commit().map_err(ServerError::from)?;
        outln!("{}", tr!("server-init-roles-made"));
        for r in &roles {
            let url = with_account(url, &r.name, &r.password);
            outln!("  {}: {url}", tr!(role_key(r.kind)));
        }
        outln!("{}", tr!("server-init-roles-next"));
    } else {
        outln!("{}", tr!("server-init-roles-sql"));
        for statement in &sql {
            outln!("  {statement}");
        }
    }
    Ok(Status::Success)
}

fn role_key(kind: &str) -> &'static str {
    if kind == "lab" {
        "server-role-lab"
    } else {
        "server-role-teacher"
    }
}

/// `url` with another user and password (percent-encoded).
fn with_account(url: &str, user: &str, password: &str) -> String {
    let (scheme, rest) = url.split_once("://").unwrap_or(("postgres", url));
    let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
    format!("{scheme}://{user}:{password}@{host}")
}

fn connect(paths: &Paths, target: &Target) -> Result<Status, CliError> {
    crate::server::Address::parse(&target.url)?;
    // A server that cannot be reached now is saved all the same (this PC works offline
    // until it can); one that answers "no" (a wrong password, say) is not.
    let reached = match Server::open(target, CONNECT_TIMEOUT) {
        Err(e) if !e.is_offline() => return Err(e.into()),
        reached => reached,
    };
    let file = config::save(&paths.data, target).map_err(|e| CliError::Io {
        message: tr!(
            "server-config-cannot-save",
            file = config::path(&paths.data).display().to_string(),
            error = e.to_string()
        ),
        source: e,
    })?;
    match reached {
        Ok(server) => outln!(
            "{}",
            tr!(
                "server-connected",
                address = server.address.shown(),
                site = crate::safe_text::for_terminal(&server.site),
                file = file.display().to_string()
            )
        ),
        Err(e) => {
            outln!(
                "{}",
                tr!(
                    "server-connected-offline",
                    file = file.display().to_string()
                )
            );
            outln!("{e}");
        }
    }
    Ok(Status::Success)
}

fn waiting(paths: &Paths) -> Result<u64, CliError> {
    let file = paths.data.join(crate::store::FILE_NAME);
    Ok(Store::read_with(&file, |s| s.outbox_len())?)
}

fn status(paths: &Paths, target: Option<&Target>) -> Result<Status, CliError> {
    let Some(target) = target else {
        outln!("{}", tr!("server-none"));
        return Ok(Status::Failed);
    };
    let waiting = waiting(paths)?;
    match Server::open(target, CONNECT_TIMEOUT) {
        Ok(server) => {
            outln!(
                "{}",
                tr!(
                    "server-status-reachable",
                    address = server.address.shown(),
                    site = crate::safe_text::for_terminal(&server.site)
                )
            );
            outln!(
                "{}",
                tr!(if server.encrypted {
                    "server-status-encrypted"
                } else {
                    "server-status-not-encrypted"
                })
            );
            outln!("{}", tr!("server-status-waiting", count = waiting));
            Ok(Status::Success)
        }
        Err(e) => {
            outln!("{e}");
            outln!("{}", tr!("server-status-waiting", count = waiting));
            Ok(Status::Failed)
        }
    }
}

/// `slate sync`: sends everything now; exit 0 only when nothing is left waiting.
pub fn sync(paths: &Paths, target: Option<&Target>, _args: SyncArgs) -> Result<Status, CliError> {
    let Some(target) = target else {
        return Err(CliError::Usage(tr!("server-none")));
    };
    let mut server = Server::open(target, CONNECT_TIMEOUT)?;
    let done = worker::sync_once(&mut server, &paths.data)?;
    outln!(
        "{}",
        tr!(
            "server-sync-sent",
            count = done.sent,
            address = server.address.shown()
        )
    );
    if done.forgotten > 0 {
        outln!("{}", tr!("server-sync-forgotten", count = done.forgotten));
    }
    for (id, version) in &done.packs {
        outln!(
            "{}",
            tr!(
                "server-sync-pack",
                id = crate::safe_text::for_terminal(id),
                version = crate::safe_text::for_terminal(version)
            )
        );
    }
    if done.waiting > 0 {
        outln!("{}", tr!("server-status-waiting", count = done.waiting));
        return Ok(Status::Failed);
    }
    outln!("{}", tr!("server-sync-all-sent"));
    Ok(Status::Success)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_account_replaces_the_one_in_the_address() {
        assert_eq!(
            with_account("postgres://admin:pw@db:5433/slate", "lab", "x"),
            "postgres://lab:x@db:5433/slate"
        );
        assert_eq!(
            with_account("postgres://db/slate", "lab", "x"),
            "postgres://lab:x@db/slate"
        );
    }
}
