//! The class server's schema, its migrations, and the roles lab PCs and teachers use.
//!
//! Everything lives in the PostgreSQL schema `slate`. [`MIGRATIONS`] is append-only, like the
//! local store's: entry *n* takes the server from version *n* to *n + 1*; the version is the
//! highest row of `slate.migrations`. [`init`] runs the pending ones in one transaction under
//! an advisory lock, so two technicians running it at once cannot both migrate, and refuses a
//! server whose schema is newer than this Slate, leaving it untouched.
//!
//! **Who may do what.** Two group roles hold the rights; each site gets a login role of each
//! kind, mapped to its site in `slate.site_roles`, and row-level security shows every role the
//! rows of its own site only:
//! - `slate_lab` (a lab PC): add learners; record attempts, code versions, hints, pages and
//!   settings; read its site's learners, progress, code, packs and tombstones. It cannot
//!   delete anything, change an attempt or a code version once written, publish packs, or see
//!   other sites.
//! - `slate_teacher`: everything a lab PC can, plus publish packs and forget learners (which
//!   deletes their rows and leaves a tombstone).

use postgres::Client;

use super::ServerError;

/// The schema version this Slate writes.
pub const LATEST: i32 = MIGRATIONS.len() as i32;

/// A number for `pg_advisory_xact_lock`: "Slat" in ASCII.
const LOCK: i64 = 0x536c_6174;

/// Migrations, oldest first. Append only; never edit a released entry.
pub const MIGRATIONS: &[&str] = &[
    // Version 1.
    r#"
    -- Roles belong to the whole cluster: another database may have made them already, even
    -- at this very moment.
    DO $$ BEGIN
        CREATE ROLE slate_lab NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;
    DO $$ BEGIN
        CREATE ROLE slate_teacher NOLOGIN;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$;

    CREATE TABLE slate.sites (
        name text PRIMARY KEY CHECK (length(name) BETWEEN 1 AND 100)
    );
    CREATE TABLE slate.site_roles (
        role name PRIMARY KEY,
        site text NOT NULL REFERENCES slate.sites ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('lab', 'teacher'))
    );
    -- The site of the role this session logged in as (NULL for the owner).
    CREATE FUNCTION slate.my_site() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
        AS $f$ SELECT site FROM slate.site_roles WHERE role = session_user $f$;
    CREATE FUNCTION slate.my_kind() RETURNS text
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog
        AS $f$ SELECT kind FROM slate.site_roles WHERE role = session_user $f$;

    CREATE TABLE slate.learners (
        id        text PRIMARY KEY CHECK (length(id) <= 100),
        site      text NOT NULL REFERENCES slate.sites,
        name      text NOT NULL CHECK (length(name) <= 200),
        grp       text CHECK (length(grp) <= 200),
        created   bigint NOT NULL,
        last_seen bigint NOT NULL,
        name_set  bigint NOT NULL
    );
    CREATE INDEX learners_by_site ON slate.learners (site, grp);

    CREATE TABLE slate.attempts (
        id            text PRIMARY KEY CHECK (length(id) <= 100),
        site          text NOT NULL REFERENCES slate.sites,
        learner       text NOT NULL REFERENCES slate.learners ON DELETE CASCADE,
        machine       text NOT NULL,
        pack          text NOT NULL,
        pack_version  text NOT NULL,
        exercise      text NOT NULL,
        at            bigint NOT NULL,
        code          text NOT NULL,
        tests         text NOT NULL,
        score         integer NOT NULL,
        max_score     integer NOT NULL,
        passed        boolean NOT NULL,
        duration_ms   bigint NOT NULL,
        time_spent_ms bigint NOT NULL,
        received      timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX attempts_by_learner ON slate.attempts (learner, at);
    CREATE INDEX attempts_by_site ON slate.attempts (site, learner);

    CREATE TABLE slate.events (
        learner  text NOT NULL REFERENCES slate.learners ON DELETE CASCADE,
        site     text NOT NULL REFERENCES slate.sites,
        kind     text NOT NULL CHECK (kind IN ('hint', 'solution', 'page')),
        pack     text NOT NULL,
        item     text NOT NULL,
        idx      integer NOT NULL,
        first_at bigint NOT NULL,
        last_at  bigint NOT NULL,
        PRIMARY KEY (learner, kind, pack, item, idx)
    );

    CREATE TABLE slate.settings (
        learner text NOT NULL REFERENCES slate.learners ON DELETE CASCADE,
        site    text NOT NULL REFERENCES slate.sites,
        key     text NOT NULL,
        value   text NOT NULL,
        updated bigint NOT NULL,
        PRIMARY KEY (learner, key)
    );

    -- Every version of a learner's code that reached the server: the newest is current, the
    -- others are their history.
    CREATE TABLE slate.code (
        id       text PRIMARY KEY CHECK (length(id) <= 100),
        site     text NOT NULL REFERENCES slate.sites,
        learner  text NOT NULL REFERENCES slate.learners ON DELETE CASCADE,
        pack     text NOT NULL,
        exercise text NOT NULL,
        code     text NOT NULL,
        saved_at bigint NOT NULL,
        machine  text NOT NULL,
        base     text
    );
    CREATE INDEX code_by_exercise ON slate.code (learner, pack, exercise, saved_at DESC, id DESC);

    CREATE TABLE slate.packs (
        site         text NOT NULL REFERENCES slate.sites,
        id           text NOT NULL,
        version      text NOT NULL,
        published_at bigint NOT NULL,
        files        jsonb NOT NULL,
        PRIMARY KEY (site, id, version)
    );

    CREATE TABLE slate.tombstones (
        learner text PRIMARY KEY,
        site    text NOT NULL REFERENCES slate.sites,
        at      bigint NOT NULL
    );

    GRANT USAGE ON SCHEMA slate TO slate_lab, slate_teacher;
    GRANT SELECT ON slate.migrations TO slate_lab, slate_teacher;
    GRANT EXECUTE ON FUNCTION slate.my_site(), slate.my_kind() TO slate_lab, slate_teacher;
    GRANT SELECT ON slate.learners, slate.attempts, slate.events, slate.settings, slate.code,
        slate.packs, slate.tombstones TO slate_lab, slate_teacher;
    GRANT INSERT ON slate.learners, slate.attempts, slate.events, slate.settings, slate.code
        TO slate_lab, slate_teacher;
    GRANT UPDATE (name, grp, last_seen, name_set, created) ON slate.learners TO slate_lab, slate_teacher;
    GRANT UPDATE (first_at, last_at) ON slate.events TO slate_lab, slate_teacher;
    GRANT UPDATE (value, updated) ON slate.settings TO slate_lab, slate_teacher;
    GRANT INSERT ON slate.packs, slate.tombstones TO slate_teacher;
    GRANT UPDATE (files, published_at) ON slate.packs TO slate_teacher;
    GRANT DELETE ON slate.learners TO slate_teacher;

    DO $$ DECLARE t text; BEGIN
        FOREACH t IN ARRAY ARRAY['learners', 'attempts', 'events', 'settings', 'code', 'packs',
                                 'tombstones'] LOOP
            EXECUTE format('ALTER TABLE slate.%I ENABLE ROW LEVEL SECURITY', t);
            EXECUTE format('CREATE POLICY own_site ON slate.%I TO slate_lab, slate_teacher
                            USING (site = slate.my_site()) WITH CHECK (site = slate.my_site())', t);
        END LOOP;
    END $$;
    "#,
];

/// The server's schema version: 0 for a database without Slate's schema.
pub fn version(client: &mut Client) -> Result<i32, ServerError> {
    let exists: bool = client
        .query_one("SELECT to_regclass('slate.migrations') IS NOT NULL", &[])?
        .get(0);
    if !exists {
        return Ok(0);
    }
    let row = client.query_one(
        "SELECT coalesce(max(version), 0) FROM slate.migrations",
        &[],
    )?;
    Ok(row.try_get(0)?)
}

/// Checks that the server has a schema this Slate can use.
pub fn check(client: &mut Client) -> Result<(), ServerError> {
    match version(client)? {
        0 => Err(ServerError::NotSetUp),
        v if v > LATEST => Err(ServerError::Newer {
            found: v,
            known: LATEST,
        }),
        v if v < LATEST => Err(ServerError::Older {
            found: v,
            known: LATEST,
        }),
        _ => Ok(()),
    }
}

/// Creates or upgrades the schema, and adds `site`. Returns the version it was at before.
pub fn init(client: &mut Client, site: &str) -> Result<i32, ServerError> {
    let mut tx = client.transaction()?;
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&LOCK])?;
    tx.batch_execute(
        "CREATE SCHEMA IF NOT EXISTS slate;
         CREATE TABLE IF NOT EXISTS slate.migrations (
             version    integer PRIMARY KEY,
             applied_at timestamptz NOT NULL DEFAULT now(),
             slate      text NOT NULL
         );",
    )?;
    let from: i32 = tx
        .query_one(
            "SELECT coalesce(max(version), 0) FROM slate.migrations",
            &[],
        )?
        .try_get(0)?;
    if from > LATEST {
        // Rolled back: nothing is changed.
        return Err(ServerError::Newer {
            found: from,
            known: LATEST,
        });
    }
    for (i, sql) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(from).unwrap_or(0))
    {
        tx.batch_execute(sql)?;
        let version = i32::try_from(i + 1).unwrap_or(i32::MAX);
        tx.execute(
            "INSERT INTO slate.migrations (version, slate) VALUES ($1, $2)",
            &[&version, &env!("CARGO_PKG_VERSION")],
        )?;
    }
    tx.execute(
        "INSERT INTO slate.sites (name) VALUES ($1) ON CONFLICT DO NOTHING",
        &[&site],
    )?;
    tx.commit()?;
    Ok(from)
}

/// A login role for a site: its name and a new random password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteRole {
    pub kind: &'static str,
    pub name: String,
    pub password: String,
}

/// The login roles for `site`: `slate_lab_<site>` and `slate_teacher_<site>`, with new random
/// passwords.
pub fn site_roles(site: &str) -> Vec<SiteRole> {
    let tidy: String = site
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '_'
            }
        })
        .take(40)
        .collect();
    ["lab", "teacher"]
        .into_iter()
        .map(|kind| SiteRole {
            kind,
            name: format!("slate_{kind}_{tidy}"),
            password: uuid::Uuid::new_v4().simple().to_string(),
        })
        .collect()
}

/// The SQL that creates `roles` for `site` (or, for those in `existing`, gives them a new
/// password): for the technician to read, or for Slate to run. Values are quoted as
/// PostgreSQL literals and identifiers, since `CREATE ROLE` takes no parameters.
pub fn role_sql(site: &str, roles: &[SiteRole], existing: &[String]) -> Vec<String> {
    let mut sql = Vec::new();
    for r in roles {
        let name = quote_ident(&r.name);
        let verb = if existing.contains(&r.name) {
            "ALTER"
        } else {
            "CREATE"
        };
        sql.push(format!(
            "{verb} ROLE {name} LOGIN PASSWORD {};",
            quote_literal(&r.password)
        ));
        sql.push(format!("GRANT slate_{} TO {name};", r.kind));
        sql.push(format!(
            "INSERT INTO slate.site_roles (role, site, kind) VALUES ({}, {}, {}) \
             ON CONFLICT (role) DO UPDATE SET site = EXCLUDED.site, kind = EXCLUDED.kind;",
            quote_literal(&r.name),
            quote_literal(site),
            quote_literal(r.kind)
        ));
    }
    sql
}

/// The site another of these roles already belongs to: two site names that differ only in
/// punctuation or capitals ("St Mary's", "st-marys") would share accounts.
pub fn taken_by_another_site(
    client: &mut Client,
    site: &str,
    roles: &[SiteRole],
) -> Result<Option<String>, ServerError> {
    let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
    let row = client.query_opt(
        "SELECT site FROM slate.site_roles WHERE role::text = ANY($1) AND site <> $2 LIMIT 1",
        &[&names, &site],
    )?;
    Ok(row.map(|r| r.try_get(0)).transpose()?)
}

/// Which of these roles the server has already.
pub fn existing_roles(client: &mut Client, roles: &[SiteRole]) -> Result<Vec<String>, ServerError> {
    let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
    let rows = client.query(
        "SELECT rolname::text FROM pg_roles WHERE rolname = ANY($1)",
        &[&names],
    )?;
    rows.iter().map(|r| Ok(r.try_get(0)?)).collect()
}

/// `"name"`, with quotes doubled.
pub fn quote_ident(s: &str) -> String {
    format!("\"{}\"", s.replace('"', "\"\""))
}

/// `'text'`, with quotes doubled (standard strings).
pub fn quote_literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_names_are_tidy_and_sql_is_quoted() {
        let roles = site_roles("St Mary's \"A\"");
        assert_eq!(roles[0].name, "slate_lab_st_mary_s__a_");
        assert_eq!(roles[1].name, "slate_teacher_st_mary_s__a_");
        assert_ne!(roles[0].password, roles[1].password);
        let sql = role_sql("St Mary's", &roles[..1], &[]);
        assert!(sql[2].contains("'St Mary''s'"), "{}", sql[2]);
        assert!(sql[0].starts_with("CREATE ROLE \"slate_lab_st_mary_s__a_\" LOGIN PASSWORD '"));
        let again = role_sql("St Mary's", &roles[..1], &[roles[0].name.clone()]);
        assert!(again[0].starts_with("ALTER ROLE"), "{}", again[0]);
    }
}
