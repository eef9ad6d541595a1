//! `slate report` as a teacher uses it (issue 14): marks out of what the installed pack
//! offers, totals and percentages per learner and per lesson, learners told apart by their
//! group, who is stuck, times Slate does not know, titles in the teacher's language, and an
//! HTML page that is one self-contained file that prints on A4.

use super::progress::{attempt, import, learner, report, report_home, t, write};
use super::*;
use slate::store::ExportFile;
use slate::store::exchange::ExportAttempt;

/// Two learners called Sam Jones, in 7A and 8B, both stuck on `greet`; 7A's Sam passed
/// `count`. Neither attempt knows how long they worked (`time_spent_ms` 0).
fn two_sams() -> Home {
    let home = Home::new();
    let untimed = |a: ExportAttempt| ExportAttempt {
        time_spent_ms: 0,
        ..a
    };
    let mut a = learner("sam-a", "Sam Jones", Some("7A"), 0);
    a.attempts = vec![
        untimed(attempt("a-1", "pc1", 1, "greet", 1)),
        untimed(attempt("a-2", "pc1", 2, "count", 2)),
    ];
    let mut b = learner("sam-b", "Sam Jones", Some("8B"), 0);
    b.attempts = vec![untimed(attempt("b-1", "pc1", 3, "greet", 0))];
    let file = write(
        &home,
        "sams.json",
        &ExportFile::new("pc1", t(10), vec![a, b]),
    );
    let out = import(&home, &[&file]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    home
}

fn html(home: &Home, extra: &[&str]) -> String {
    let mut args = vec!["--format", "html", "--out", "class.html"];
    args.extend(extra);
    let out = report(home, &args);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    std::fs::read_to_string(home.path().join("class.html")).unwrap()
}

fn csv_rows(home: &Home) -> Vec<Vec<String>> {
    let out = report(home, &["--format", "csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.trim_start_matches('\u{feff}').as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// The fixture pack gives 2 points for `greet` (2 tests), 3 for `add`, 2 for `count` and
/// 3 for `average`: the most possible is 10 whoever tried what.
#[test]
fn max_score_comes_from_the_pack_for_every_exercise() {
    let home = two_sams();
    let rows = csv_rows(&home);
    let max = |who: &str, exercise: &str| {
        rows.iter()
            .find(|r| r[1] == who && r[4] == exercise)
            .map(|r| r[8].clone())
            .unwrap()
    };
    // Nobody tried `add` or `average`: the pack still says what they are worth.
    assert_eq!(max("7A", "add"), "3");
    assert_eq!(max("8B", "average"), "3");
    assert_eq!(max("8B", "count"), "2");
    let table = stdout(&report(&home, &[]));
    assert!(table.contains("3 of 10"), "{table}");
}

#[test]
fn totals_and_percentages_per_learner_and_per_lesson() {
    let home = two_sams();
    let rows = csv_rows(&home);
    assert_eq!(
        rows[0][17..],
        [
            "Lesson score",
            "Lesson max score",
            "Lesson %",
            "Total score",
            "Total max score",
            "Total %"
        ]
    );
    let a = rows.iter().find(|r| r[1] == "7A").unwrap();
    // 7A's Sam: 1 of greet's 2 and count's 2 of 2: 3 of 10.
    assert_eq!(a[17..], ["3", "10", "30", "3", "10", "30"]);
    let b = rows.iter().find(|r| r[1] == "8B").unwrap();
    assert_eq!(b[17..], ["0", "10", "0", "0", "10", "0"]);

    let table = stdout(&report(&home, &[]));
    assert!(table.contains("Score"), "{table}");
    assert!(table.contains("3 of 10  30%"), "{table}");
    assert!(table.contains("Marks in each lesson"), "{table}");
    assert!(
        table.contains("Sam Jones (7A)  3 of 10 (30%)"),
        "the lesson's marks: {table}"
    );
    assert!(
        table.contains("1: Hello and adding up (My first pack)"),
        "{table}"
    );

    let page = html(&home, &[]);
    assert!(page.contains("<td class=\"n\">3 of 10</td><td class=\"n\">30%</td>"));
    assert!(page.contains("<small>3 of 10 (30%)</small>"), "per lesson");
}

/// Progress imported from another computer, for a pack this one does not have: the report
/// says its totals count only the exercises someone tried, in every format.
#[test]
fn a_pack_not_installed_here_is_said_in_every_format() {
    let home = report_home();
    let sentence = "Pack maths-club is not installed on this computer: totals count only the exercises someone tried.";
    assert!(stdout(&report(&home, &[])).contains(sentence));
    assert!(html(&home, &[]).contains(sentence));
    let rows = csv_rows(&home);
    let fractions: Vec<_> = rows.iter().filter(|r| r[4] == "fractions").collect();
    assert_eq!(fractions.len(), 3);
    for r in fractions {
        assert_eq!(
            r[16],
            "pack not installed on this computer: totals count only the exercises someone tried"
        );
        assert_eq!(r[8], "2", "the most its attempts could score");
    }
}

#[test]
fn two_learners_of_one_name_are_told_apart_everywhere_in_html() {
    let home = two_sams();
    let page = html(&home, &[]);
    for group in ["7A", "8B"] {
        let label = format!("Sam Jones ({group})");
        // The chart's label, its bars' titles, and its description.
        assert!(
            page.contains(&format!("text-anchor=\"end\">{label}</text>")),
            "chart label {label}"
        );
        assert!(page.contains(&format!("<title>{label}: ")), "bar {label}");
        let desc = page
            .split("<desc id=\"progress-desc\">")
            .nth(1)
            .and_then(|d| d.split("</desc>").next())
            .unwrap();
        assert!(desc.contains(&format!("{label}: ")), "{desc}");
        // The grid and the tables.
        assert!(
            page.contains(&format!(
                "<th scope=\"row\">Sam Jones <small>({group})</small></th>"
            )),
            "row header {group}"
        );
        assert!(
            page.contains(&format!("title=\"{label}, Greet someone: tried")),
            "grid cell {label}"
        );
    }
    assert!(!page.contains(">Sam Jones</"), "no label without a group");
    assert!(!page.contains("Sam Jones: "), "no sentence without a group");
}

#[test]
fn where_learners_are_stuck_names_them() {
    let home = two_sams();
    let table = stdout(&report(&home, &[]));
    assert!(
        table.contains("Stuck: Sam Jones (7A), Sam Jones (8B)"),
        "{table}"
    );
    let page = html(&home, &[]);
    assert!(page.contains("<td>Sam Jones (7A), Sam Jones (8B)</td>"));
    assert!(page.contains("2 learners stuck (Sam Jones (7A), Sam Jones (8B))"));
}

#[test]
fn time_not_known_is_a_dash_never_zero_seconds() {
    let home = two_sams();
    let table = stdout(&report(&home, &[]));
    assert!(!table.contains("0 s"), "{table}");
    let sam = table
        .lines()
        .find(|l| l.starts_with("Sam Jones  7A"))
        .unwrap();
    assert!(sam.contains("  –  "), "{sam}");

    let rows = csv_rows(&home);
    assert_eq!(rows[0][12], "Minutes spent");
    assert!(rows[1..].iter().all(|r| r[12].is_empty()), "{rows:?}");

    let page = html(&home, &[]);
    assert!(!page.contains("0 s<"));
    assert!(
        page.contains("<span aria-hidden=\"true\">–</span><span class=\"sr\">not known</span>")
    );
}

/// The bundled course has Welsh titles: a Welsh report uses them.
#[test]
fn a_welsh_report_uses_the_packs_welsh_titles() {
    let home = Home::new();
    let mut sam = learner("sam", "Sam", Some("7A"), 0);
    sam.attempts = vec![ExportAttempt {
        pack: "python-first-steps".into(),
        ..attempt("w-1", "pc1", 1, "hello-world", 0)
    }];
    let file = write(&home, "sam.json", &ExportFile::new("pc1", t(10), vec![sam]));
    assert_eq!(import(&home, &[&file]).status.code(), Some(0));

    let out = home.run(&["--lang", "cy", "report"], "");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let table = stdout(&out);
    assert!(table.contains("Helô, fyd!"), "{table}");
    assert!(table.contains("Argraffu geiriau ar y sgrin"), "{table}");
    assert!(!table.contains("Hello, world!"), "{table}");

    let out = home.run(&["--lang", "cy", "report", "--format", "html"], "");
    let page = stdout(&out);
    assert!(page.contains("Helô, fyd!"));
    assert!(page.contains("Camau cyntaf gyda Python"));
    let out = home.run(&["--lang", "cy", "report", "--format", "csv"], "");
    assert!(stdout(&out).contains("Helô, fyd!"));
}

/// One file that opens from a USB stick with no network, and prints on A4.
#[test]
fn the_html_report_is_self_contained_and_prints_on_a4() {
    let home = report_home();
    let page = html(&home, &[]);
    for reference in [
        "http://", "https://", "src=", "href=", "url(http", "@import",
    ] {
        assert!(!page.contains(reference), "{reference} in the page");
    }
    // `url(#...)` is an SVG fill within the page, never a file.
    for url in page.split("url(").skip(1) {
        assert!(url.starts_with('#'), "url({}", &url[..20.min(url.len())]);
    }
    assert!(!page.contains("<link"), "no stylesheet files");
    assert!(!page.contains("<script"), "no scripts");
    assert!(!page.contains("<img"), "no images");
    assert!(page.contains("@page { size: A4;"), "A4 pages");
    let print = page.split("@media print {").nth(1).unwrap();
    assert!(print.contains("thead { display: table-header-group; }"));
    assert!(print.contains("break-inside: avoid"));
    assert!(print.contains("background: #fff"));
}

/// A class of 30 would make a chart taller than an A4 page, so a printout would cut bars in
/// two: it gets two charts (25 and 5 learners), each with its own title, description and ids.
#[test]
fn a_large_class_gets_charts_that_each_fit_a_page() {
    let home = Home::new();
    let class = (0..30)
        .map(|i| {
            let mut l = learner(&format!("l{i}"), &format!("Learner {i:02}"), Some("9C"), 0);
            l.attempts = vec![attempt(&format!("a{i}"), "pc1", 1, "greet", 1)];
            l
        })
        .collect();
    let file = write(&home, "class.json", &ExportFile::new("pc1", t(10), class));
    assert_eq!(import(&home, &[&file]).status.code(), Some(0));
    let page = html(&home, &[]);
    assert_eq!(
        page.matches("<svg role=\"img\" aria-labelledby=\"progress-title")
            .count(),
        2
    );
    assert!(page.contains("per learner (part 1 of 2)</title>"));
    assert!(page.contains("per learner (part 2 of 2)</title>"));
    let desc2 = page.split("<desc id=\"progress-desc-2\">").nth(1).unwrap();
    assert!(desc2.starts_with("Learner 25 (9C): "), "{desc2}");
    let mut ids: Vec<&str> = page
        .split(" id=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap())
        .collect();
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "every id once: {ids:?}");
}

/// A name and a group are escaped wherever the page names a learner, the new labels too.
#[test]
fn learner_labels_are_escaped_in_html() {
    let home = Home::new();
    let mut l = learner("x", "<b>Sam</b>", Some("7&\"A\""), 0);
    l.attempts = vec![attempt("x-1", "pc1", 1, "greet", 1)];
    let file = write(&home, "x.json", &ExportFile::new("pc1", t(10), vec![l]));
    assert_eq!(import(&home, &[&file]).status.code(), Some(0));
    let page = html(&home, &[]);
    assert!(!page.contains("<b>Sam"), "nothing from a name is markup");
    let label = "&lt;b&gt;Sam&lt;/b&gt; (7&amp;&quot;A&quot;)";
    assert!(page.contains(&format!("text-anchor=\"end\">{label}</text>")));
    assert!(page.contains(&format!("<desc id=\"progress-desc\">{label}: ")));
    assert!(page.contains(&format!("<td>{label}</td>")), "who is stuck");
}
