//! Who may do what on the server, and a server that is not what it should be.

use super::super::*;
use super::support::*;

#[test]
fn a_lab_account_cannot_delete_rewrite_publish_or_see_another_site() {
    let Some(pg) = postgres() else {
        return;
    };
    let mut site = pg.site();
    let (hill_lab, hill_teacher) = (site.lab.clone(), site.teacher.clone());
    // A second site in the same database, with a learner of its own.
    site.add_site_named(&format!("{}b", site.name));
    let other = pc(&site.lab);
    other.run(&["learner", "add", "Hal", "--group", "9C"], "");
    assert!(other.run(&["sync"], "").status.success());
    // And one at the first site.
    let here = pc(&hill_lab);
    here.run(&["learner", "add", "Ivy", "--group", "7B"], "");
    let program = here.path().join("p.py");
    std::fs::write(&program, "print('Hello, world!')\n").unwrap();
    here.run(
        &[
            "check",
            "python-first-steps/hello-world",
            program.to_str().unwrap(),
            "--learner",
            "Ivy",
        ],
        "",
    );
    assert!(here.run(&["sync"], "").status.success());
    assert_eq!(site.count("SELECT count(*) FROM slate.learners"), 2);

    let mut lab = pg.client(&hill_lab);
    let seen: Vec<String> = lab
        .query("SELECT name FROM slate.learners", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    assert_eq!(seen, ["Ivy"], "a lab PC sees its own site only");
    let refused = |client: &mut postgres::Client, sql: &str| {
        let err = client.batch_execute(sql).expect_err(sql);
        let code = err.code().map(|c| c.code().to_owned());
        assert!(matches!(code.as_deref(), Some("42501")), "{sql}: {err:?}");
    };
    refused(&mut lab, "DELETE FROM slate.learners");
    refused(&mut lab, "DELETE FROM slate.attempts");
    refused(&mut lab, "UPDATE slate.attempts SET score = 99");
    refused(&mut lab, "UPDATE slate.code SET code = ''");
    refused(
        &mut lab,
        "INSERT INTO slate.packs (site, id, version, published_at, files) \
         VALUES (slate.my_site(), 'x', '1', 0, '{}')",
    );
    refused(
        &mut lab,
        "INSERT INTO slate.tombstones VALUES ('x', slate.my_site(), 0)",
    );
    refused(&mut lab, "SELECT * FROM slate.site_roles");
    // Writing a row for another site is refused by row-level security.
    let err = lab
        .batch_execute(&format!(
            "INSERT INTO slate.learners (id, site, name, created, last_seen, name_set) \
             VALUES ('x', '{}', 'Mallory', 0, 0, 0)",
            site.name
        ))
        .expect_err("another site's row");
    assert!(
        err.as_db_error()
            .unwrap()
            .message()
            .contains("row-level security"),
        "{err:?}"
    );
    // The teacher of the first site cannot see the other site either.
    let mut teacher = pg.client(&hill_teacher);
    let count: i64 = teacher
        .query_one("SELECT count(*) FROM slate.learners", &[])
        .unwrap()
        .get(0);
    assert_eq!(count, 1);
}

#[test]
fn init_refuses_a_newer_schema_and_leaves_it_untouched() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    site.admin_client()
        .batch_execute("INSERT INTO slate.migrations (version, slate) VALUES (99, 'future')")
        .unwrap();
    let tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'slate'";
    let before = site.count(tables);
    let home = Home::new();
    let out = home.run(&["server", "init", &site.admin, "--site", "x"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("newer Slate"), "{}", stderr(&out));
    assert_eq!(site.count(tables), before);
    assert_eq!(
        site.count("SELECT count(*) FROM slate.sites WHERE name = 'x'"),
        0
    );
    // A lab PC refuses it too, in one sentence.
    let out = home.run(&["server", "connect", &site.lab], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("newer Slate"), "{}", stderr(&out));
}

#[test]
fn a_hostile_server_is_a_clear_error_and_never_a_broken_store() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let pc1 = pc(&site.lab);
    pc1.run(&["learner", "add", "Jo", "--group", "7B"], "");
    assert!(pc1.run(&["sync"], "").status.success());
    // The owner writes garbage: tests that are not JSON, and a huge program.
    site.admin_client()
        .batch_execute(&format!(
            "INSERT INTO slate.attempts (id, site, learner, machine, pack, pack_version, exercise,
                 at, code, tests, score, max_score, passed, duration_ms, time_spent_ms)
             SELECT 'bad', site, id, 'm', 'p', '1', 'e', 0, repeat('x', {}), 'not json', 0, 1,
                 false, 0, 0 FROM slate.learners",
            2 << 20
        ))
        .unwrap();
    let teacher = pc(&site.teacher);
    // The class view reads the latest attempt whole: one clear sentence.
    let out = teacher.run(&["class", "--once"], "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(err.contains("sent something Slate cannot use"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    // A report reads each attempt's summary: an exercise id that would act on the terminal.
    site.admin_client()
        .batch_execute(
            "INSERT INTO slate.attempts (id, site, learner, machine, pack, pack_version, exercise,
                 at, code, tests, score, max_score, passed, duration_ms, time_spent_ms)
             SELECT 'bad2', site, id, 'm', 'p', '1', 'e' || chr(27) || '[2J', 0, '', '[]', 0, 1,
                 false, 0, 0 FROM slate.learners",
        )
        .unwrap();
    let out = teacher.run(&["report"], "");
    let err = stderr(&out);
    assert!(err.contains("sent something Slate cannot use"), "{err}");
    assert!(!stdout(&out).contains('\u{1b}'), "{}", stdout(&out));
    // The report falls back to this computer's own progress.
    assert!(out.status.success(), "{err}");
    // A name that would act on the terminal is left out of the list.
    site.admin_client()
        .batch_execute(
            "INSERT INTO slate.learners (id, site, name, grp, created, last_seen, name_set)
             SELECT 'evil', site, 'Evil' || chr(27) || '[2J', '7B', 0, 0, 0
             FROM slate.learners LIMIT 1",
        )
        .unwrap();
    // Choosing Jo on another PC goes on offline, with the store as it was.
    let pc2 = pc(&site.lab);
    let said = plain(&pc2, &["1", "0"]);
    assert!(said.contains("Hello, Jo!"), "{said}");
    assert!(!said.contains("Evil") && !said.contains('\u{1b}'), "{said}");
    let check = pc2.run(&["learner", "list"], "");
    assert!(check.status.success(), "{}", stderr(&check));
    assert!(stdout(&check).contains("Jo"), "{}", stdout(&check));
}

#[test]
fn init_again_is_safe_keeps_the_data_and_gives_the_accounts_new_passwords() {
    let Some(pg) = postgres() else {
        return;
    };
    let mut site = pg.site();
    let pc1 = pc(&site.lab);
    pc1.run(&["learner", "add", "Kit", "--group", "7B"], "");
    assert!(pc1.run(&["sync"], "").status.success());
    let old_lab = site.lab.clone();
    let tables = "SELECT count(*) FROM pg_tables WHERE schemaname = 'slate'";
    let before = site.count(tables);
    // The same site again: "up to date", the same tables and rows, new passwords.
    let name = site.name.clone();
    site.add_site_named(&name);
    assert_eq!(site.count(tables), before);
    assert_eq!(site.count("SELECT count(*) FROM slate.migrations"), 1);
    assert_eq!(site.count("SELECT count(*) FROM slate.learners"), 1);
    assert_ne!(site.lab, old_lab, "a new password");
    let refused = pc1.run(&["sync"], "");
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).contains("did not accept the password"),
        "{}",
        stderr(&refused)
    );
    assert!(pc(&site.lab).run(&["sync"], "").status.success());
}

#[test]
fn two_site_names_that_would_share_accounts_are_refused() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let twin = site.name.to_uppercase();
    let out = Home::new().run(
        &[
            "server",
            "init",
            &site.admin,
            "--site",
            &twin,
            "--create-roles",
        ],
        "",
    );
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    assert!(
        stderr(&out).contains("would have the same names"),
        "{}",
        stderr(&out)
    );
    // Nothing was added, and the first site keeps its accounts.
    assert_eq!(site.count("SELECT count(*) FROM slate.sites"), 1);
    assert!(pc(&site.lab).run(&["sync"], "").status.success());
}
