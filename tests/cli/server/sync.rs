//! Several computers, one server: progress, code, reports, packs and forgetting follow the
//! learner.

use super::super::*;
use super::support::*;

#[test]
fn a_pupil_checks_on_one_pc_continues_on_another_and_the_teacher_sees_both() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let (pc1, pc2, pc3) = (pc(&site.lab), pc(&site.lab), pc(&site.teacher));

    // PC1: a new learner reads lesson 1 and tries the first exercise, with a slip.
    let said = plain(&pc1, &first_exercise("1", "Cara", "print(\"Hello\")"));
    assert!(said.contains("Your program printed"), "{said}");
    // Slate sent it all as it closed.
    let status = pc1.run(&["server", "status"], "");
    assert!(
        stdout(&status).contains("Nothing is waiting to be sent."),
        "{}",
        stdout(&status)
    );
    // Over TLS whenever the server offers it (the CI cluster does, with a self-signed
    // certificate, as Debian's own clusters have).
    let tls: String = site
        .admin_client()
        .query_one("SHOW ssl", &[])
        .unwrap()
        .get(0);
    let expected = if tls == "on" {
        "The connection is encrypted (TLS)."
    } else {
        "The connection is not encrypted"
    };
    assert!(stdout(&status).contains(expected), "{}", stdout(&status));

    // PC2: Cara is on the list, goes on where she left off, and finds her code.
    let said = plain(&pc2, &["1", "1", "6"]);
    assert!(said.contains("1. Cara (7B)"), "{said}");
    assert!(
        said.contains("Continue where you left off: Python first steps, lesson 1"),
        "{said}"
    );
    assert!(said.contains("(status: tried)"), "{said}");
    assert!(said.contains("Line 1: print(\"Hello\")"), "{said}");
    // She puts it right on PC2.
    let said = plain(
        &pc2,
        &["1", "1", "1", "2", "print(\"Hello, world!\")", "END", "4"],
    );
    assert!(said.contains("Well done!"), "{said}");

    // PC3, the teacher's: one learner, two attempts, passed: both computers' work.
    let report = pc3.run(&["report", "--format", "csv"], "");
    assert!(report.status.success(), "{}", stderr(&report));
    let csv = stdout(&report);
    let row = csv
        .lines()
        .find(|l| l.contains("Cara") && l.contains("hello-world"))
        .unwrap_or_else(|| panic!("{csv}"));
    // Done, 3 of 3 points, 2 attempts: PC1's slip and PC2's pass.
    assert!(row.contains(",done,3,3,2,"), "{row}");
    assert_eq!(
        site.count("SELECT count(*) FROM slate.attempts"),
        2,
        "one attempt from each PC"
    );
    // The teacher's PC lists the site's learners, though none was ever added there.
    let list = pc3.run(&["learner", "list"], "");
    assert!(stdout(&list).contains("Cara"), "{}", stdout(&list));
    let class = pc3.run(&["class", "--once"], "");
    assert!(
        stdout(&class).contains("Cara (7B): passed"),
        "{}",
        stdout(&class)
    );
}

#[test]
fn a_pack_published_on_the_teachers_pc_reaches_every_lab_pc() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let (pc1, pc2, pc3) = (pc(&site.lab), pc(&site.lab), pc(&site.teacher));
    let pack = fixture("packs/good");
    let pack = pack.to_str().unwrap();

    // A lab PC's account may not publish.
    let refused = pc1.run(&["pack", "publish", pack], "");
    assert_eq!(refused.status.code(), Some(2), "{}", stdout(&refused));
    assert!(
        stderr(&refused).contains("did not allow that for this account"),
        "{}",
        stderr(&refused)
    );

    let published = pc3.run(&["pack", "publish", pack], "");
    assert!(
        published.status.success(),
        "{}{}",
        stdout(&published),
        stderr(&published)
    );
    assert!(
        stdout(&published).contains("Published"),
        "{}",
        stdout(&published)
    );
    for lab in [&pc1, &pc2] {
        let synced = lab.run(&["sync"], "");
        assert!(synced.status.success(), "{}", stderr(&synced));
        assert!(
            stdout(&synced).contains("Took in pack"),
            "{}",
            stdout(&synced)
        );
        let list = lab.run(&["pack", "list"], "");
        assert!(stdout(&list).contains("from-server-"), "{}", stdout(&list));
        // Taken once: the next sync has nothing new.
        let again = lab.run(&["sync"], "");
        assert!(
            !stdout(&again).contains("Took in pack"),
            "{}",
            stdout(&again)
        );
    }
}

#[test]
fn forgetting_a_learner_reaches_every_pc_and_an_old_export_cannot_bring_them_back() {
    let Some(pg) = postgres() else {
        return;
    };
    let site = pg.site();
    let (pc1, pc2, pc3) = (pc(&site.lab), pc(&site.lab), pc(&site.teacher));
    let program = pc1.path().join("hello.py");
    std::fs::write(&program, "print('Hello, world!')\n").unwrap();
    pc1.run(&["learner", "add", "Dan", "--group", "7B"], "");
    pc1.run(
        &[
            "check",
            "python-first-steps/hello-world",
            program.to_str().unwrap(),
            "--learner",
            "Dan",
            "--group",
            "7B",
        ],
        "",
    );
    // A check recorded for a learner on a connected computer is sent at once.
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), 1);
    let export = pc1.path().join("dan.json");
    pc1.run(&["export", "--out", export.to_str().unwrap()], "");
    assert!(pc1.run(&["sync"], "").status.success());
    // PC2 has Dan too (from the list at "Who are you?").
    assert!(plain(&pc2, &["0"]).contains("Dan (7B)"));

    // A lab PC may not forget anyone.
    let refused = pc1.run(&["learner", "forget", "Dan", "--group", "7B", "--yes"], "");
    assert_eq!(refused.status.code(), Some(2));
    // The teacher's PC never had Dan: it finds him on the server.
    let forgot = pc3.run(&["learner", "forget", "Dan", "--group", "7B", "--yes"], "");
    assert!(forgot.status.success(), "{}", stderr(&forgot));
    assert!(
        stdout(&forgot).contains("on the class server and here"),
        "{}",
        stdout(&forgot)
    );
    assert_eq!(site.count("SELECT count(*) FROM slate.learners"), 0);
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), 0);

    for lab in [&pc1, &pc2] {
        let synced = lab.run(&["sync"], "");
        assert!(
            stdout(&synced).contains("forgotten on every computer"),
            "{}",
            stdout(&synced)
        );
        let list = lab.run(&["learner", "list"], "");
        assert!(!stdout(&list).contains("Dan"), "{}", stdout(&list));
    }

    // An old export brings Dan back to PC1 for a moment, never to the server.
    let imported = pc1.run(&["import", export.to_str().unwrap()], "");
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(pc1.run(&["sync"], "").status.success());
    assert_eq!(site.count("SELECT count(*) FROM slate.learners"), 0);
    assert_eq!(site.count("SELECT count(*) FROM slate.attempts"), 0);
    pc1.run(&["sync"], "");
    let list = pc1.run(&["learner", "list"], "");
    assert!(!stdout(&list).contains("Dan"), "{}", stdout(&list));
}

#[test]
fn with_slate_server_set_the_owners_account_uses_the_only_site() {
    let Some(pg) = postgres() else {
        return;
    };
    let mut site = pg.site();
    let home = Home::new();
    let owner = site.admin.clone();
    let run = |args: &[&str]| run_with(home.slate().env("SLATE_SERVER", &owner).args(args), "");
    // No address on the command line: SLATE_SERVER's.
    let connected = run(&["server", "connect"]);
    assert!(connected.status.success(), "{}", stderr(&connected));
    assert!(
        stdout(&connected).contains(&format!("(site \"{}\")", site.name)),
        "{}",
        stdout(&connected)
    );
    // With two sites, the owner must say which.
    let first = site.name.clone();
    site.add_site_named(&format!("{first}x"));
    let status = run(&["server", "status"]);
    assert_eq!(status.status.code(), Some(1));
    assert!(
        stdout(&status).contains("belongs to no site"),
        "{}",
        stdout(&status)
    );
    assert!(
        stdout(&status).contains(&format!("\"{first}\"")),
        "{}",
        stdout(&status)
    );
}
