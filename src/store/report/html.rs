//! The report as one self-contained HTML page, to print or to share.
//!
//! No network and no scripts: the CSS and the SVG charts are inline, so the file opens the same
//! from a USB stick on any computer. It is built to be accessible: real tables with `<th
//! scope>` headers and captions; every chart has a `<title>` and a `<desc>` that say what it
//! shows, and the same numbers are in a table beside it; status is shown by a symbol and a word
//! (and hatching in charts), never by colour alone, so a black-and-white printout reads the
//! same; the page says its language (the `lang` of the language Slate is speaking, so screen
//! readers pronounce it right), and every word on it comes from `store.ftl`.
//!
//! Every learner is named with their group wherever they appear (the chart, its description,
//! the grid and the tables), so two learners of one name in different groups are told apart.
//! It prints on A4: `@page` sets the size and margins, table rows and chart bars are never
//! split across pages, table headers repeat on each page, and nothing prints on a dark
//! background. The file refers to nothing outside itself (no `http`, no `src=` or `href=`),
//! so it opens the same from a USB stick with no network.

use std::fmt::Write;

use super::{ClassReport, UNKNOWN, learner_label};
use crate::store::Learner;
use crate::store::activity::Status;
use crate::store::time;
use crate::tr;

/// Escapes text for HTML and SVG. Control characters and direction overrides become symbols
/// that do nothing (`crate::safe_text`), so the page is safe to `cat` on a terminal too.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in crate::safe_text::for_terminal(text).chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Shortens text for a chart label (the tables have it whole).
fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// A learner's name and group for a chart, shortened to fit: the group is always kept.
fn chart_label(learner: &Learner) -> String {
    let name = short(&learner.name, 20);
    match &learner.group {
        Some(g) => tr!("report-learner-in-group", name = name, group = short(g, 8)),
        None => name,
    }
}

/// A learner in a table's row header: the name, then the group in small print.
fn row_label(learner: &Learner) -> String {
    let mut h = esc(&learner.name);
    if let Some(g) = &learner.group {
        let _ = write!(h, " <small>({})</small>", esc(g));
    }
    h
}

/// A total that may not be known ([`UNKNOWN`]): a screen reader says "not known" instead.
fn maybe(text: &str) -> String {
    if text == UNKNOWN {
        format!(
            "<span aria-hidden=\"true\">{UNKNOWN}</span><span class=\"sr\">{}</span>",
            esc(&tr!("report-unknown"))
        )
    } else {
        esc(text)
    }
}

const STYLE: &str = r#"
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 1.5rem; color: #111; background: #fff; line-height: 1.4; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #111; }
p { max-width: 50rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; font-weight: 600; padding: .25rem 0; }
.heat caption { white-space: nowrap; }
th, td { border: 1px solid #777; padding: .2rem .45rem; text-align: left; vertical-align: bottom; }
thead th { background: #eee; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.scroll { overflow-x: auto; }
.heat td { text-align: center; min-width: 1.5rem; }
.heat th.ex { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; font-weight: normal; }
.passed { background: #cfe8cf; }
.tried { background: #fde9b6; }
.not-started { color: #444; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.key span { margin-right: 1.5em; white-space: nowrap; }
svg text { font-family: inherit; font-size: 12px; fill: #111; }
svg { max-width: 100%; height: auto; }
.bar-passed { fill: #2e7d32; }
.note { border-left: 4px solid #111; padding-left: .5rem; }
@page { size: A4; margin: 15mm 12mm; }
@page wide { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 10pt; color: #000; background: #fff; }
  .scroll { overflow: visible; }
  .wide { page: wide; }
  h2 { break-after: avoid-page; }
  tr, th, td, svg, svg g.bar, caption { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  thead th { background: #fff; }
  .bar-passed { fill: #b9dcb9; }
  .passed, .tried { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
"#;

/// The report as a complete HTML page.
pub fn render(report: &ClassReport) -> String {
    let mut h = String::new();
    let title = report.heading("report-html-title-all", "report-html-title-group");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"Slate {}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        esc(&crate::i18n::language().to_string()),
        env!("CARGO_PKG_VERSION"),
        esc(&title)
    );
    let _ = writeln!(
        h,
        "<header>\n<h1>{}</h1>\n<p>{}</p>",
        esc(&title),
        esc(&tr!(
            "report-html-made",
            summary = report.summary(),
            time = time::minute(report.generated)
        ))
    );
    let _ = writeln!(
        h,
        "<p class=\"key\">{} <span>{} {}</span> <span>{} {}</span> <span>{} {}</span> <span>* {}</span></p>\n</header>\n<main>",
        esc(&tr!("report-html-key")),
        Status::Passed.symbol(),
        esc(&Status::Passed.word()),
        Status::Tried.symbol(),
        esc(&tr!("report-html-key-tried")),
        Status::NotStarted.symbol(),
        esc(&Status::NotStarted.word()),
        esc(&tr!("report-html-key-older"))
    );
    for note in report.missing_pack_notes() {
        let _ = writeln!(h, "<p class=\"note\">{}</p>", esc(&note));
    }
    if report.rows.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&tr!("report-no-learners")));
    } else {
        progress(&mut h, report);
        heatmap(&mut h, report);
        stuck(&mut h, report);
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// The most learners in one chart: a chart of more would be taller than an A4 page, and a
/// printout would cut its bars in two; a larger class gets one chart per this many.
const CHART_ROWS: usize = 25;

/// One chart of learners' progress: part `part` (from 0) of `parts`. Its ids and its
/// pattern are its own, so several charts make a valid page.
fn progress_chart(
    h: &mut String,
    rows: &[super::Row],
    report: &ClassReport,
    (part, parts): (usize, usize),
) {
    let (label_w, bar_w, row_h, top) = (190.0, 360.0, 22.0, 8.0);
    let n = rows.len() as f64;
    let height = top + n * row_h + 34.0;
    let width = label_w + bar_w + 150.0;
    let id = if part == 0 {
        String::new()
    } else {
        format!("-{}", part + 1)
    };
    let tried = format!("url(#tried{id})");
    let mut desc = Vec::new();
    let mut bars = String::new();
    for (i, row) in rows.iter().enumerate() {
        let t = report.totals(row);
        let total = t.exercises().max(1) as f64;
        let y = top + i as f64 * row_h;
        let label = learner_label(&row.learner);
        let sentence = tr!(
            "report-html-progress-sentence",
            name = &label,
            passed = t.passed,
            tried = t.tried,
            not_started = t.not_started
        );
        let _ = write!(
            bars,
            "<g class=\"bar\"><text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(&chart_label(&row.learner))
        );
        let mut x = label_w;
        for (count, fill, key) in [
            (
                t.passed,
                "#2e7d32\" class=\"bar-passed",
                "report-html-bar-passed",
            ),
            (t.tried, tried.as_str(), "report-html-bar-tried"),
            (t.not_started, "#fff", "report-html-bar-not-started"),
        ] {
            let w = bar_w * count as f64 / total;
            if count > 0 {
                let _ = write!(
                    bars,
                    "<rect x=\"{x:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{fill}\" stroke=\"#111\"><title>{}</title></rect>",
                    y + 2.0,
                    row_h - 6.0,
                    esc(&tr!(key, name = &label, count = count))
                );
            }
            x += w;
        }
        let _ = writeln!(
            bars,
            "<text x=\"{}\" y=\"{}\">{} ✓ {} ◐ {} ○  {}</text></g>",
            label_w + bar_w + 8.0,
            y + 15.0,
            t.passed,
            t.tried,
            t.not_started,
            esc(&t.percent_text())
        );
        desc.push(sentence);
    }
    let ly = top + n * row_h + 16.0;
    // The key under the chart: each entry as wide as its words need (about 7 units a
    // character of 12px text), and never narrower than 100 units.
    let mut key = String::new();
    let mut kx = label_w;
    for (fill, status) in [
        ("#2e7d32\" class=\"bar-passed", Status::Passed),
        (tried.as_str(), Status::Tried),
        ("#fff", Status::NotStarted),
    ] {
        let words = format!("{} {}", status.symbol(), status.word());
        let _ = write!(
            key,
            "<rect x=\"{kx}\" y=\"{}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"#111\"/><text x=\"{}\" y=\"{ly}\">{}</text>",
            ly - 10.0,
            kx + 16.0,
            esc(&words)
        );
        kx += (words.chars().count() as f64 * 7.0 + 40.0).max(100.0);
    }
    let mut title = tr!("report-html-progress-chart-title");
    if parts > 1 {
        title = tr!(
            "report-html-chart-part",
            title = title,
            part = part + 1,
            parts = parts
        );
    }
    let _ = write!(
        h,
        "<svg role=\"img\" aria-labelledby=\"progress-title{id} progress-desc{id}\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n\
         <title id=\"progress-title{id}\">{}</title>\n\
         <desc id=\"progress-desc{id}\">{}.</desc>\n\
         <defs><pattern id=\"tried{id}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde9b6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"1.5\"/></pattern></defs>\n\
         {bars}<g aria-hidden=\"true\">{key}</g>\n</svg>\n",
        esc(&title),
        esc(&desc.join("; ")),
    );
}

/// Progress per learner: stacked bar charts, and a table by lesson with attempts and hints.
fn progress(h: &mut String, report: &ClassReport) {
    let _ = writeln!(
        h,
        "<section aria-labelledby=\"progress\">\n<h2 id=\"progress\">{}</h2>",
        esc(&tr!("report-html-progress-heading"))
    );
    let parts = report.rows.chunks(CHART_ROWS).count();
    for (part, rows) in report.rows.chunks(CHART_ROWS).enumerate() {
        progress_chart(h, rows, report, (part, parts));
    }

    let lessons = report.lessons();
    let _ = write!(
        h,
        "<div class=\"scroll\">\n<table>\n<caption>{}</caption>\n<thead><tr>{}",
        esc(&tr!("report-html-progress-caption")),
        column_headings(&["report-col-learner"])
    );
    for l in &lessons {
        let _ = write!(
            h,
            "<th scope=\"col\">{}<br><small>{}</small></th>",
            esc(&l.title),
            esc(&l.pack_title)
        );
    }
    h.push_str(&column_headings(&[
        "report-col-passed",
        "report-col-score",
        "report-col-percent",
        "report-col-attempts",
        "report-col-hints-used",
        "report-col-solutions-viewed",
        "report-col-time",
        "report-col-last-seen",
    ]));
    h.push_str("</tr></thead>\n<tbody>\n");
    for row in &report.rows {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", row_label(&row.learner));
        for l in &lessons {
            let t = report.totals_in(row, l.columns.clone());
            let _ = write!(h, "<td class=\"n\">{}", esc(&t.passed_of()));
            if t.max_score > 0 {
                let _ = write!(
                    h,
                    "<br><small>{}</small>",
                    esc(&tr!(
                        "report-table-lesson-cell",
                        score = t.score_of(),
                        percent = t.percent_text()
                    ))
                );
            }
            h.push_str("</td>");
        }
        let t = report.totals(row);
        let _ = writeln!(
            h,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            esc(&t.passed_of()),
            maybe(&t.score_of()),
            maybe(&t.percent_text()),
            t.attempts,
            t.hints,
            t.solutions,
            maybe(&t.time()),
            time::day(row.learner.last_seen)
        );
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}

/// The class heatmap: a learner-by-exercise table of status symbols and words.
fn heatmap(h: &mut String, report: &ClassReport) {
    let _ = write!(
        h,
        "<section class=\"wide\" aria-labelledby=\"heatmap\">\n<h2 id=\"heatmap\">{}</h2>\n<div class=\"scroll\">\n<table class=\"heat\">\n<caption>{}</caption>\n<thead>\n<tr><td></td>",
        esc(&tr!("report-html-heatmap-heading")),
        esc(&tr!("report-html-heatmap-caption"))
    );
    for l in report.lessons() {
        let _ = write!(
            h,
            "<th scope=\"colgroup\" colspan=\"{}\">{}</th>",
            l.columns.len(),
            esc(&l.title)
        );
    }
    let _ = write!(h, "</tr>\n<tr>{}", column_headings(&["report-col-learner"]));
    for c in &report.columns {
        let _ = write!(
            h,
            "<th scope=\"col\" class=\"ex\" title=\"{}\">{}</th>",
            esc(&c.full_id()),
            esc(c.label())
        );
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    let older = format!(
        "<span aria-hidden=\"true\">*</span><span class=\"sr\"> ({})</span>",
        esc(&tr!("report-older-pack-version"))
    );
    let words = [Status::NotStarted, Status::Tried, Status::Passed].map(|s| esc(&s.word()));
    for row in &report.rows {
        let _ = write!(h, "<tr><th scope=\"row\">{}</th>", row_label(&row.learner));
        let label = learner_label(&row.learner);
        for (c, cell) in report.columns.iter().zip(&row.cells) {
            let p = &cell.progress;
            let (class, word) = match p.status {
                Status::Passed => ("passed", &words[2]),
                Status::Tried => ("tried", &words[1]),
                Status::NotStarted => ("not-started", &words[0]),
            };
            let mut detail = vec![tr!(
                "report-html-cell",
                name = &label,
                exercise = c.label(),
                status = p.status.word()
            )];
            if p.attempts > 0 {
                detail.push(tr!(
                    "report-html-cell-best",
                    // Out of the pack's most points, as the totals count it.
                    score = c.max_score.map_or(p.best_score, |m| p.best_score.min(m)),
                    max = c.max_score.unwrap_or(p.max_score),
                    attempts = p.attempts
                ));
            }
            if p.hints_used > 0 {
                detail.push(tr!("report-html-cell-hints", hints = p.hints_used));
            }
            if cell.older_version {
                detail.push(tr!(
                    "report-html-cell-version",
                    version = cell.version.as_deref().unwrap_or("?")
                ));
            }
            let _ = write!(
                h,
                "<td class=\"{class}\" title=\"{}\"><span aria-hidden=\"true\">{}</span><span class=\"sr\">{word}</span>{}</td>",
                esc(&detail.join(", ")),
                p.status.symbol(),
                if cell.older_version {
                    older.as_str()
                } else {
                    ""
                }
            );
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n</div>\n</section>\n");
}

/// The exercises most learners are stuck on: a bar chart and a table.
fn stuck(h: &mut String, report: &ClassReport) {
    let _ = writeln!(
        h,
        "<section aria-labelledby=\"stuck\">\n<h2 id=\"stuck\">{}</h2>",
        esc(&tr!("report-html-stuck-heading"))
    );
    let stuck: Vec<_> = report.stuck().into_iter().take(10).collect();
    if stuck.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>\n</section>",
            esc(&report.nobody_stuck_message())
        );
        return;
    }
    let (label_w, bar_w, row_h) = (240.0, 300.0, 22.0);
    let most = stuck.iter().map(|s| s.stuck).max().unwrap_or(1).max(1) as f64;
    let height = stuck.len() as f64 * row_h + 8.0;
    let width = label_w + bar_w + 120.0;
    let mut bars = String::new();
    let mut desc = Vec::new();
    for (i, s) in stuck.iter().enumerate() {
        let c = &report.columns[s.column];
        let y = 4.0 + i as f64 * row_h;
        let w = bar_w * s.stuck as f64 / most;
        let who = esc(&tr!("report-learners", count = s.stuck));
        let sentence = tr!(
            "report-html-stuck-sentence-names",
            sentence = tr!(
                "report-html-stuck-sentence",
                exercise = c.label(),
                count = s.stuck
            ),
            names = report.stuck_names(s)
        );
        let _ = writeln!(
            bars,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text><rect x=\"{label_w}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"url(#stuck-hatch)\" stroke=\"#111\"><title>{}</title></rect><text x=\"{}\" y=\"{}\">{who}</text>",
            label_w - 8.0,
            y + 15.0,
            esc(&short(c.label(), 34)),
            y + 2.0,
            row_h - 6.0,
            esc(&sentence),
            label_w + w + 6.0,
            y + 15.0,
        );
        desc.push(sentence);
    }
    let _ = write!(
        h,
        "<svg role=\"img\" aria-labelledby=\"stuck-title stuck-desc\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n\
         <title id=\"stuck-title\">{}</title>\n\
         <desc id=\"stuck-desc\">{}.</desc>\n\
         <defs><pattern id=\"stuck-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fde9b6\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#111\" stroke-width=\"1.5\"/></pattern></defs>\n{bars}</svg>\n",
        esc(&tr!("report-html-stuck-chart-title")),
        esc(&desc.join("; "))
    );
    let _ = writeln!(
        h,
        "<table>\n<caption>{}</caption>\n<thead><tr>{}</tr></thead>\n<tbody>",
        esc(&tr!("report-html-stuck-caption")),
        column_headings(&[
            "report-col-exercise",
            "report-col-lesson",
            "report-col-stuck",
            "report-col-stuck-who",
            "report-col-passed",
            "report-col-attempts",
            "report-col-hints-used",
        ])
    );
    for s in &stuck {
        let c = &report.columns[s.column];
        let _ = writeln!(
            h,
            "<tr><th scope=\"row\">{}<br><small>{}</small></th><td>{}</td><td class=\"n\">{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            esc(c.label()),
            esc(&c.full_id()),
            esc(&c.lesson_title),
            s.stuck,
            esc(&report.stuck_names(s)),
            s.passed,
            s.attempts,
            s.hints
        );
    }
    h.push_str("</tbody>\n</table>\n</section>\n");
}

/// `<th scope="col">` headings, one per message.
fn column_headings(keys: &[&str]) -> String {
    keys.iter()
        .map(|key| format!("<th scope=\"col\">{}</th>", esc(&tr!(*key))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            esc("<b>\"Tom\" & 'Jerry'</b>"),
            "&lt;b&gt;&quot;Tom&quot; &amp; &#39;Jerry&#39;&lt;/b&gt;"
        );
        assert_eq!(
            esc("a\u{1b}]52;c;aGk=\u{7}\u{202e}"),
            "a␛]52;c;aGk=␇\u{fffd}"
        );
        assert_eq!(short("abcdef", 4), "abc…");
        assert_eq!(short("abc", 4), "abc");
    }
}
