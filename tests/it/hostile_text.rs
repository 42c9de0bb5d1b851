//! Text from files others wrote (issue 13, findings 4 and 5).
//!
//! - A scenario with control characters in its texts (a title that retitles the terminal and
//!   clears it, a NUL, an escape sequence in an id) is refused, each one located (`E0130`), and
//!   everything that quotes bad input shows them as visible escapes (`\u{1b}`): `check` and its
//!   JSON, `run` with a decision log, `report` with an exercise file's record.
//! - Markdown (`report -o x.md`, `--logbook`, `drehbuch`) keeps scenario and record text as text:
//!   CommonMark finds no HTML in it and every table keeps its columns.
//! - The Drehbuch CSV starts no cell with what a spreadsheet runs as a formula.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role};
use krisenstab::exercise::Reference;
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;
use krisenstab::visible::is_control;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::krisenstab;

const REAL: &str = "2026-11-24 09:00";
/// Sets the terminal's window title, rings the bell, clears the screen.
const HOSTILE: &str = "\u{1b}]0;pwned\u{7}\u{1b}[2J";

fn dir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("krisenstab-hostile-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Fails with the offending text if `bytes` hold a control character (tab and line feed apart).
#[track_caller]
fn no_controls(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    if let Some(c) = text.chars().find(|&c| is_control(c)) {
        panic!("{what} holds the control character {c:?}:\n{text}");
    }
}

/// The tutorial with `insert` after `after`.
fn tutorial_with(edits: &[(&str, &str)]) -> String {
    let mut text = scenario::builtin("tutorial").unwrap().to_string();
    for (after, insert) in edits {
        let at = text.find(after).unwrap() + after.len();
        text.insert_str(at, insert);
    }
    text
}

/// Line and column (1-based, in characters) just after the first `after` in `text`.
fn position_after(text: &str, after: &str) -> (usize, usize) {
    let at = text.find(after).unwrap() + after.len();
    let line = 1 + text[..at].matches('\n').count();
    let column = 1 + text[..at].rsplit('\n').next().unwrap().chars().count();
    (line, column)
}

#[test]
fn check_refuses_control_characters_where_they_stand_and_shows_them_as_escapes() {
    let d = dir("check");
    let text = tutorial_with(&[
        ("title: \"Musterstadt", HOSTILE),
        ("description: \"Eine Kleinstadt", "\0"),
        ("depends_on: [\"ad", "\u{9b}31m"),
    ]);
    let path = d.join("hostile.ron");
    std::fs::write(&path, &text).unwrap();
    let p = path.to_str().unwrap();

    let o = krisenstab(&["--lang", "en", "check", p]);
    assert_eq!(o.status.code(), Some(1));
    no_controls("check's output", &o.stdout);
    no_controls("check's errors", &o.stderr);
    let err = String::from_utf8(o.stderr).unwrap();
    let (line, column) = position_after(&text, "title: \"Musterstadt");
    assert!(
        err.contains(&format!(
            "{p}:{line}:{column}: error[E0130] title: control character U+001B in the text"
        )),
        "{err}"
    );
    for (c, path) in [
        ("U+0007", "title"),
        ("U+0000", "description"),
        ("U+009B", "systems[1].depends_on[0]"),
    ] {
        assert!(
            err.contains(&format!("error[E0130] {path}: control character {c}")),
            "{c}: {err}"
        );
    }
    // The unknown id is quoted as it is, its control character visible.
    assert!(err.contains("unknown system 'ad\\u{9b}31m'"), "{err}");

    let o = krisenstab(&["check", "--json", p]);
    assert_eq!(o.status.code(), Some(1));
    no_controls("check --json", &o.stdout);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let codes: Vec<&str> = json[0]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes.iter().filter(|c| **c == "E0130").count(),
        5,
        "{codes:?}"
    );

    // Line ends as Windows writes them are no control characters.
    let crlf = d.join("crlf.ron");
    let tutorial = scenario::builtin("tutorial").unwrap();
    std::fs::write(&crlf, tutorial.replace('\n', "\r\n")).unwrap();
    let o = krisenstab(&["check", crlf.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
}

#[test]
fn run_shows_what_a_decision_log_quotes_as_escapes() {
    let d = dir("run");
    let log = format!(
        "DecisionLog(\n  scenario: \"tutorial\",\n  commands: [(tick: 80, command: decide((action: \"netz\\u{{1b}}]0;pwned\\u{{7}}\", target: \"server{HOSTILE}raum\", function: \"it\", reason: \"zu \u{9b}31m früh\")))],\n)\n"
    );
    let path = d.join("log.ron");
    std::fs::write(&path, log).unwrap();
    for json in [false, true] {
        let mut args = vec!["run", "tutorial", "--decisions", path.to_str().unwrap()];
        if json {
            args.push("--json");
        }
        let o = krisenstab(&args);
        assert_eq!(o.status.code(), Some(0), "{o:?}");
        no_controls("run's output", &o.stdout);
        no_controls("run's errors", &o.stderr);
        if json {
            serde_json::from_slice::<serde_json::Value>(&o.stdout).unwrap();
        } else {
            let out = String::from_utf8(o.stdout).unwrap();
            assert!(out.contains("netz\\u{1b}]0;pwned\\u{7}"), "{out}");
        }
    }
}

/// Record text that tries both: a terminal escape and markup.
fn hostile_record(i: usize) -> String {
    [
        format!("{HOSTILE} <script>alert(1)</script> | Spalte"),
        "# Überschrift\n- Punkt\n1. eins\n> Zitat\n```\ncode".to_string(),
        "[Link](http://example.org) ![Bild](x.png) <b>fett</b> *kursiv* `code` &amp;".to_string(),
        "\u{9b}31m rot \\ Rückstrich \\| ~~weg~~ $x$ ---".to_string(),
    ][i % 4]
        .clone()
}

/// An exercise whose record (reasons, a note, an observation, a rating) holds hostile text.
fn played(d: &Path) -> PathBuf {
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let path = d.join("played.ron");
    let mut app = App::start(s, text, 3, path.clone(), Role::Control, Lang::DE).unwrap();
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    let decide = |action: &str, target: Option<&str>, function: &str, i: usize| {
        Action::Decide(Decision {
            action: action.into(),
            target: target.map(Into::into),
            function: function.into(),
            reason: hostile_record(i),
            order: Vec::new(),
        })
    };
    assert_eq!(
        app.update(decide("netz-trennen", Some("serverraum"), "it", 0), REAL),
        Outcome::Done
    );
    app.update(Action::Advance(6), REAL);
    assert_eq!(
        app.update(decide("meldung-datenschutz", None, "datenschutz", 1), REAL),
        Outcome::Done
    );
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: hostile_record(2),
        },
        REAL,
    );
    app.update(Action::Advance(24), REAL);
    app.update(Action::Endex, REAL);
    drop(app);
    let mut app = App::resume(&path, Role::Observer, Lang::DE).unwrap();
    app.update(
        Action::Rate {
            objective: "dsgvo-frist".into(),
            verdict: krisenstab::exercise::Verdict::Teilweise,
            comment: hostile_record(3),
        },
        REAL,
    );
    app.update(
        Action::Observe {
            text: hostile_record(0),
            refers_to: Some(Reference::Entry(1)),
            critical: false,
        },
        REAL,
    );
    path
}

/// What CommonMark makes of `markdown`: fails on an HTML node, a link, an image, code or a table
/// row whose cells are not `columns` of its table; returns the text.
#[track_caller]
fn read_markdown(what: &str, markdown: &str) -> String {
    let options = Options::all().difference(Options::ENABLE_SMART_PUNCTUATION);
    let mut text = String::new();
    let mut columns = Vec::new();
    let mut cells = 0;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Html(h) | Event::InlineHtml(h) => panic!("{what}: an HTML node {h:?}"),
            Event::Code(c) => panic!("{what}: code {c:?}"),
            Event::Start(Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_)) => {
                panic!("{what}: a link, image or code block")
            }
            Event::Start(Tag::Table(alignments)) => columns.push(alignments.len()),
            Event::Start(Tag::TableHead | Tag::TableRow) => cells = 0,
            Event::Start(Tag::TableCell) => cells += 1,
            Event::End(TagEnd::TableHead | TagEnd::TableRow) => {
                assert_eq!(Some(&cells), columns.last(), "{what}: a row's cells")
            }
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    text
}

#[test]
fn reports_keep_record_text_as_text_with_control_characters_visible() {
    let d = dir("report");
    let file = played(&d);
    let f = file.to_str().unwrap();
    for (args, name) in [
        (vec!["-o"], "r.md"),
        (vec!["-o"], "r.html"),
        (vec!["--logbook", "-o"], "l.md"),
        (vec!["--logbook", "-o"], "l.html"),
    ] {
        let out = d.join(name);
        let mut all = vec!["--lang", "en", "report", f];
        all.extend(args);
        all.push(out.to_str().unwrap());
        let o = krisenstab(&all);
        assert_eq!(o.status.code(), Some(0), "{o:?}");
        no_controls("report's output", &o.stdout);
        let written = std::fs::read(&out).unwrap();
        no_controls(name, &written);
        let written = String::from_utf8(written).unwrap();
        if name.ends_with(".md") {
            let text = read_markdown(name, &written);
            let mut shown = vec![
                "\\u{1b}]0;pwned\\u{7}\\u{1b}[2J <script>alert(1)</script> | Spalte",
                "[Link](http://example.org) ![Bild](x.png) <b>fett</b> *kursiv* `code` &amp;",
            ];
            // The rating is in the report, not in the logbook.
            if name == "r.md" {
                shown.push("\\u{9b}31m rot \\ Rückstrich \\| ~~weg~~ $x$ ---");
            }
            for shown in shown {
                assert!(text.contains(shown), "{name}: {shown}\n{text}");
            }
        } else {
            assert!(!written.contains("<script>") && !written.contains("<b>"));
            assert!(written.contains("\\u{1b}]0;pwned"), "{name}");
        }
    }
}

#[test]
fn the_drehbuch_keeps_inject_text_as_text_and_starts_no_formula() {
    let d = dir("drehbuch");
    let text = tutorial_with(&[
        (
            "Inject(id: \"alarm\", title: \"",
            "=HYPERLINK(\\\"http://x\\\";\\\"klick\\\") ",
        ),
        (
            "content: \"",
            "+49 <script>alert(1)</script> | A | B |\\n# Kopf\\n- Punkt ",
        ),
        ("expected_reaction: \"", "-1+1 "),
        (
            "Inject(id: \"erpresserschreiben\", title: \"",
            "@SUMME(A1) ",
        ),
    ]);
    let path = d.join("drehbuch.ron");
    std::fs::write(&path, &text).unwrap();
    let s = scenario::parse(&text).unwrap();
    let p = path.to_str().unwrap();

    let csv_path = d.join("d.csv");
    let o = krisenstab(&["drehbuch", p, "-o", csv_path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    // Fields as the scenario's language's spreadsheet splits them (`;` in German).
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(krisenstab::drehbuch::csv_separator(s.meta().language))
        .from_path(&csv_path)
        .unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), s.injects().len());
    for row in &rows {
        for cell in row {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a spreadsheet would run {cell:?}"
            );
        }
    }
    assert!(rows[0][7].starts_with("'=HYPERLINK("), "{:?}", &rows[0]);
    assert!(rows[0][8].starts_with("'+49 <script>"), "{:?}", &rows[0]);
    assert!(rows[0][9].starts_with("'-1+1 "), "{:?}", &rows[0]);
    assert!(rows[1][7].starts_with("'@SUMME(A1)"), "{:?}", &rows[1]);

    let o = krisenstab(&["drehbuch", p]);
    assert_eq!(o.status.code(), Some(0), "{o:?}");
    let markdown = String::from_utf8(o.stdout).unwrap();
    let read = read_markdown("drehbuch", &markdown);
    assert!(
        read.contains("+49 <script>alert(1)</script> | A | B | # Kopf - Punkt"),
        "{read}"
    );
    assert!(
        read.contains("=HYPERLINK(\"http://x\";\"klick\")"),
        "{read}"
    );
}
