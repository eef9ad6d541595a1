//! A PostgreSQL database per test, sites with their accounts, and computers connected to it.

use super::super::*;

/// The cluster the tests use.
pub struct Pg {
    admin: String,
}

/// The cluster from `SLATE_TEST_POSTGRES`, or `None` (with a note) when there is none.
pub fn postgres() -> Option<Pg> {
    match std::env::var("SLATE_TEST_POSTGRES") {
        Ok(url) if !url.trim().is_empty() => Some(Pg {
            admin: url.trim().to_owned(),
        }),
        _ => {
            assert!(
                std::env::var_os("SLATE_REQUIRE_POSTGRES").is_none(),
                "SLATE_REQUIRE_POSTGRES is set but SLATE_TEST_POSTGRES is not"
            );
            // Written straight to stderr, which the test harness does not capture, so the
            // note is seen on a plain `cargo test`; once for all these tests.
            static NOTE: std::sync::Once = std::sync::Once::new();
            NOTE.call_once(|| {
                use std::io::Write;
                let _ = writeln!(
                    std::io::stderr(),
                    "skipped: no PostgreSQL, so the class server tests did not run (set \
                     SLATE_TEST_POSTGRES to an admin address; `.ci/postgres start DIR` makes one)"
                );
            });
            None
        }
    }
}

/// `url` with its database replaced.
pub fn with_database(url: &str, database: &str) -> String {
    let (base, _) = url.rsplit_once('/').expect("the URL names a database");
    format!("{base}/{database}")
}

/// `url` with its host and port replaced (to go through a proxy).
pub fn with_port(url: &str, port: u16) -> String {
    let (head, rest) = url.rsplit_once('@').expect("the URL has an account");
    let (_, db) = rest.split_once('/').expect("the URL names a database");
    format!("{head}@127.0.0.1:{port}/{db}")
}

/// One test's database, with a site set up by `slate server init --create-roles`.
pub struct Site {
    /// The owner's URL for this database.
    pub admin: String,
    pub name: String,
    pub lab: String,
    pub teacher: String,
}

fn unique() -> String {
    format!("t{}", &uuid::Uuid::new_v4().simple().to_string()[..12])
}

impl Pg {
    pub fn client(&self, url: &str) -> postgres::Client {
        postgres::Client::connect(url, postgres::NoTls).expect("the test cluster answers")
    }

    /// A new database, set up by `slate server init` with one site.
    pub fn site(&self) -> Site {
        let db = unique();
        self.client(&self.admin)
            .batch_execute(&format!("CREATE DATABASE {db}"))
            .expect("a database for the test");
        let admin = with_database(&self.admin, &db);
        let mut site = Site {
            admin,
            name: String::new(),
            lab: String::new(),
            teacher: String::new(),
        };
        site.add_site_named(&unique());
        site
    }
}

impl Site {
    /// `slate server init --create-roles` for one more site of this database; keeps its
    /// accounts' URLs.
    pub fn add_site_named(&mut self, name: &str) {
        let home = Home::new();
        let out = home.run(
            &[
                "server",
                "init",
                &self.admin,
                "--site",
                name,
                "--create-roles",
            ],
            "",
        );
        assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
        let text = stdout(&out);
        let url = |label: &str| {
            text.lines()
                .find_map(|l| l.trim().strip_prefix(label))
                .map(|u| u.trim().to_owned())
                .unwrap_or_else(|| panic!("{label} in {text}"))
        };
        self.lab = url("Lab PCs:");
        self.teacher = url("Teachers:");
        self.name = name.to_owned();
    }

    pub fn admin_client(&self) -> postgres::Client {
        postgres::Client::connect(&self.admin, postgres::NoTls).expect("the test database answers")
    }

    /// A count from the server, as its owner sees it.
    pub fn count(&self, sql: &str) -> i64 {
        self.admin_client()
            .query_one(sql, &[])
            .expect("the count runs")
            .get(0)
    }
}

/// A computer: a `SLATE_HOME` connected to the server with `url`.
pub fn pc(url: &str) -> Home {
    let home = Home::new();
    let out = home.run(&["server", "connect", url], "");
    assert!(out.status.success(), "{}{}", stdout(&out), stderr(&out));
    home
}

/// Runs plain mode with these answers, one per line; returns what it printed.
pub fn plain(home: &Home, answers: &[&str]) -> String {
    let out = home.run(&["--plain"], &(answers.join("\n") + "\n"));
    format!("{}{}", stdout(&out), stderr(&out))
}

/// Plain mode's answers for a learner new to the list at position `add` ("Add yourself"):
/// their name and group, then the three pages of lesson 1, then exercise 1 with `code`, checked.
pub fn first_exercise<'a>(add: &'a str, name: &'a str, code: &'a str) -> Vec<&'a str> {
    vec![
        add, name, "7B", "1", "1", "1", "1", // the pages, then on to the exercises
        "1", "2", code, "END", "4", // type it, replace, check
    ]
}
