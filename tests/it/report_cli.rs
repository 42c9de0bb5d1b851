//! `krisenstab report`: the Auswertungsbericht from a recorded exercise, its charts, Markdown,
//! the page-numbered Einsatztagebuch and the counterfactual chapter.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role};
use krisenstab::exercise::{Reaction, Reference, Verdict};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;

use super::krisenstab;

const REAL: &str = "2026-11-24 09:00";

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-report-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn saved(scenario: &str, dir: &Path) -> PathBuf {
    let file = dir.join(format!("{scenario}.ron"));
    let out = krisenstab(&[
        "run",
        scenario,
        "--historical",
        "--save",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    file
}

/// An exercise as a staff plays it: decisions with reasons, a note, an inject handled
/// differently from the script, an observer's rating and observation.
fn played(dir: &Path) -> PathBuf {
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let path = dir.join("played.ron");
    let mut app = App::start(s, text, 3, path.clone(), Role::Control, Lang::DE).unwrap();
    let decide = |action: &str, target: Option<&str>, function: &str| {
        Action::Decide(Decision {
            action: action.into(),
            target: target.map(Into::into),
            function: function.into(),
            reason: format!("Begründung für {action}"),
            order: Vec::new(),
        })
    };
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    let first = app
        .snapshot()
        .injects
        .first()
        .map(|i| i.id.clone())
        .unwrap();
    app.update(Action::Acknowledge(first.clone()), REAL);
    app.update(
        Action::React {
            inject: first.clone(),
            reaction: Reaction::Deviating,
        },
        REAL,
    );
    assert_eq!(
        app.update(decide("netz-trennen", Some("serverraum"), "it"), REAL),
        Outcome::Done
    );
    app.update(Action::Advance(6), REAL);
    assert_eq!(
        app.update(decide("meldung-datenschutz", None, "datenschutz"), REAL),
        Outcome::Done
    );
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Lagebesprechung".into(),
        },
        REAL,
    );
    app.update(Action::Advance(24 * 12), REAL);
    app.update(Action::Endex, REAL);
    drop(app);
    let mut app = App::resume(&path, Role::Observer, Lang::DE).unwrap();
    app.update(
        Action::Rate {
            objective: "dsgvo-frist".into(),
            verdict: Verdict::Teilweise,
            comment: "Meldeweg unklar".into(),
        },
        REAL,
    );
    app.update(
        Action::Observe {
            text: "IT trennt zügig".into(),
            refers_to: Some(Reference::Inject(first)),
            critical: false,
        },
        REAL,
    );
    assert_eq!(app.file().ratings.len(), 1);
    assert_eq!(app.file().observations.len(), 1);
    path
}

fn report(args: &[&str]) -> String {
    let out = krisenstab(args);
    assert!(out.status.success(), "{out:?}");
    let written = String::from_utf8(out.stdout).unwrap();
    std::fs::read_to_string(written.trim()).unwrap()
}

/// Every `<svg>…</svg>` of a page.
fn svgs(html: &str) -> Vec<&str> {
    let mut all = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<svg") {
        let end = rest[start..].find("</svg>").unwrap() + start + "</svg>".len();
        all.push(&rest[start..end]);
        rest = &rest[end..];
    }
    all
}

const SECTIONS: [&str; 11] = [
    "overview",
    "timeline",
    "decisions",
    "services",
    "deadlines",
    "objectives",
    "realverlauf",
    "plan",
    "annex-logbook",
    "annex-decisions",
    "annex-injects",
];

#[test]
fn a_played_exercise_gives_every_section_with_its_evidence() {
    let dir = dir("played");
    let file = played(&dir);
    // Without -o, the report lands beside the exercise file as <name>.html.
    let out = krisenstab(&["report", file.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    // Long words carry break hints in table cells; the text is what a reader sees.
    let html = std::fs::read_to_string(dir.join("played.html"))
        .unwrap()
        .replace("<wbr>", "")
        .replace("&shy;", "");
    for id in SECTIONS {
        assert!(html.contains(&format!("<section id=\"{id}\"")), "{id}");
    }
    for text in [
        "Auswertungsbericht",
        "Verbesserungsplan",
        "Anlage A: Einsatztagebuch",
        "Anlage B: Entscheidungsregister",
        "Anlage C: Einlagenprotokoll",
        // The decisions with their reasons and who took them.
        "Begründung für netz-trennen",
        "<td>Datenschutz</td>",
        // The observer's rating, comment and observation.
        "teilweise",
        "Meldeweg unklar",
        "IT trennt zügig",
        // The note and the deviating reaction, which the plan picks up.
        "Lagebesprechung",
        "abweichend",
        "Meldeweg und Reaktion auf solche Einlagen prüfen",
        // Four weeks after the exercise's last real date.
        "22.12.2026",
    ] {
        assert!(html.contains(text), "missing {text:?}");
    }
    // ÜBUNG on screen and in every printed header and footer.
    assert!(html.contains("<header class=\"mark\">ÜBUNG</header>"));
    assert!(html.contains("<footer class=\"mark\">ÜBUNG</footer>"));
    assert!(html.contains("@top-center{content:\"ÜBUNG\""));
    assert!(html.contains("@bottom-center{content:\"ÜBUNG\""));
    // Self-contained: no scripts, no remote fonts, styles or images.
    for banned in ["<script", "<link", "<img", "@import", "url(", "src="] {
        assert!(!html.contains(banned), "{banned}");
    }
}

#[test]
fn every_chart_is_svg_with_a_long_series() {
    let dir = dir("charts");
    let file = saved("westmecklenburg", &dir);
    let html = report(&["report", file.to_str().unwrap()]);
    assert!(html.contains("<h2>10. Realverlauf 2021</h2>"));
    // The 2021 figures as the sources report them, with the sources named and listed.
    let realverlauf = html
        .split("<section id=\"realverlauf\"")
        .nth(1)
        .unwrap()
        .split("</section>")
        .next()
        .unwrap();
    let realverlauf = realverlauf.replace("<wbr>", "").replace("&shy;", "");
    for text in ["3.357", "faz-2022-04-07", "Tag 19", "https://"] {
        assert!(realverlauf.contains(text), "{text}");
    }
    let all = svgs(&html);
    // Hosts as the truth and as the staff saw them, services running, and one backlog chart
    // per service that had a backlog.
    assert!(all.len() >= 5, "{} charts", all.len());
    for svg in all {
        let doc = roxmltree::Document::parse(svg).expect("every chart is well-formed XML");
        assert_eq!(doc.root_element().tag_name().name(), "svg");
        let longest = doc
            .descendants()
            .filter(|n| n.has_tag_name("polyline"))
            .filter_map(|n| n.attribute("points"))
            .map(|p| p.split_whitespace().count())
            .max()
            .unwrap_or(0);
        assert!(longest >= 10, "a series of {longest} points");
    }
}

#[test]
fn markdown_english_and_refusals() {
    let dir = dir("md");
    let file = saved("tutorial", &dir);
    let md_path = dir.join("report.md");
    let md = report(&[
        "--lang",
        "en",
        "report",
        file.to_str().unwrap(),
        "-o",
        md_path.to_str().unwrap(),
    ]);
    for heading in [
        "# ÜBUNG – After-action report",
        "## 1. At a glance",
        "## 2. Exercise overview",
        "## 10. Real course of events 2024",
        "## 11. Improvement plan",
        "## 15. Annex C: Inject log",
    ] {
        assert!(md.contains(heading), "{heading}");
    }
    // Charts become tables of their data in Markdown.
    assert!(md.contains("*Hosts held by the attacker"));
    assert!(!md.contains("<svg"));

    let bad = krisenstab(&["report", file.to_str().unwrap(), "-o", "x.pdf"]);
    assert_eq!(bad.status.code(), Some(2));
    let garbage = dir.join("garbage.ron");
    std::fs::write(&garbage, "Exercise(format: 1, nonsense").unwrap();
    let refused = krisenstab(&["report", garbage.to_str().unwrap()]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("not an exercise file"));
    assert!(!dir.join("garbage.html").exists(), "nothing written");
}

#[test]
fn the_logbook_prints_page_numbered_for_signature() {
    let dir = dir("logbook");
    let file = saved("westmecklenburg", &dir);
    let exercise = krisenstab::exercise::ExerciseFile::read(&file).unwrap();
    let entries = exercise.logbook.len();
    let scenario = exercise.scenario(&file).unwrap();
    let sheets = krisenstab::report::sheets(Some(&scenario), &exercise);
    let pages = sheets.len();
    assert!(pages >= 2, "{entries} entries");
    // Every entry on exactly one sheet, in order.
    let numbers: Vec<u32> = sheets
        .iter()
        .flat_map(|s| s.iter().map(|e| e.number))
        .collect();
    assert_eq!(numbers, (1..=entries as u32).collect::<Vec<_>>());
    let html = report(&["report", file.to_str().unwrap(), "--logbook"]);
    assert!(dir.join("westmecklenburg.einsatztagebuch.html").exists());
    for n in 1..=pages {
        assert!(html.contains(&format!("Seite {n} / {pages}")), "page {n}");
    }
    assert!(!html.contains(&format!("Seite {} / {pages}", pages + 1)));
    assert_eq!(html.matches("Unterschrift").count(), pages);
    for n in 1..=entries {
        assert!(html.contains(&format!("<tr><td>{n}</td>")), "entry {n}");
    }
    assert!(html.contains("ÜBUNG"));
}

#[test]
fn counterfactuals_name_the_strongest_decisions_whatever_the_threads() {
    let dir = dir("counterfactuals");
    let file = saved("tutorial", &dir);
    let run = |jobs: &str, out: &str| {
        let path = dir.join(out);
        report(&[
            "report",
            file.to_str().unwrap(),
            "--counterfactuals",
            "--runs",
            "4",
            "--jobs",
            jobs,
            "-o",
            path.to_str().unwrap(),
        ])
    };
    let one = run("1", "one.md");
    let two = run("2", "two.md");
    assert_eq!(one, two);
    let chapter = one
        .split("## 11. Was wäre gewesen, wenn")
        .nth(1)
        .expect("the counterfactual chapter")
        .split("\n## ")
        .next()
        .unwrap();
    assert_eq!(chapter.matches("### ETB-Nr.").count(), 3, "{chapter}");
    assert!(chapter.contains("mit der Entscheidung"));
    assert!(chapter.contains("Gerechnet mit 4 Läufen."), "{chapter}");
    // Leaving out the forensics order stops recovery and the reconnection (the tutorial's
    // rules): the chapter says why.
    assert!(
        chapter.contains(
            "Warum: Die Wiederherstellung der Systeme setzt sie voraus, ebenso die Entscheidung \
             Nr."
        ),
        "{chapter}"
    );
    // Every other decision is named: in a sentence, or by number among those that changed
    // nothing noticeable.
    assert!(
        chapter.contains("Ohne jede einzelne der übrigen"),
        "{chapter}"
    );
    // The strongest result leads on the first page too.
    let first_page = one.split("## 2. ").next().unwrap();
    let strongest = chapter
        .split("\n\nOhne ")
        .nth(1)
        .and_then(|s| s.split('\n').next())
        .unwrap();
    assert!(
        first_page.contains(&format!("Was wäre gewesen, wenn: Ohne {strongest}")),
        "{first_page}"
    );
}
