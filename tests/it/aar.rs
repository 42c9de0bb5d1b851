//! The report a Landrat reads (issue 18): a first page generated from the run, findings the
//! evaluators edit and read back, the cyber measures beside the Realverlauf, and `--meta`
//! that adds the exercise's details without touching the exercise file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;

use crate::krisenstab;

const REAL: &str = "2026-11-24 09:00:00";

fn dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("krisenstab-aar-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn ok(args: &[&str]) -> String {
    let out = krisenstab(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// A 2021 run saved as an exercise file: `mode` is `--historical`, `--passive` or a decision log.
fn saved(d: &Path, name: &str, mode: &[&str]) -> PathBuf {
    let file = d.join(format!("{name}.ron"));
    let mut args = vec!["run", "westmecklenburg", "--days", "20", "--save"];
    args.push(file.to_str().unwrap());
    args.extend_from_slice(mode);
    ok(&args);
    file
}

fn report(file: &Path, extra: &[&str]) -> String {
    let out = file.with_extension("md");
    let _ = std::fs::remove_file(&out);
    let mut args = vec![
        "report",
        file.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
        "--lang",
        "de",
    ];
    args.extend_from_slice(extra);
    ok(&args);
    std::fs::read_to_string(out).unwrap()
}

/// The paragraph under "Ergebnis in Kürze".
fn summary(md: &str) -> String {
    let start = md
        .find("### Ergebnis in Kürze")
        .expect("the first page has its result");
    md[start..]
        .lines()
        .skip(1)
        .find(|l| !l.trim().is_empty())
        .unwrap()
        .to_string()
}

#[test]
fn the_first_page_tells_each_run_apart_with_objectives_and_figures() {
    let d = dir("summary");
    let historical = saved(&d, "historical", &["--historical"]);
    let passive = saved(&d, "passive", &["--passive"]);
    // The Realverlauf without its emergency shutdown and without cutting the state link.
    let s = scenario::parse(scenario::builtin("westmecklenburg").unwrap()).unwrap();
    let mut log = krisenstab::run::historical(&s);
    log.commands.retain(|c| {
        !matches!(&c.command, krisenstab::sim::command::Command::Decide(x)
            if x.action == "notabschaltung" || x.action == "landesnetz-trennen")
    });
    let log_path = d.join("varied-log.ron");
    std::fs::write(&log_path, log.to_ron()).unwrap();
    let varied = saved(&d, "varied", &["--decisions", log_path.to_str().unwrap()]);

    let texts: Vec<String> = [&historical, &passive, &varied]
        .iter()
        .map(|f| summary(&report(f, &[])))
        .collect();
    for t in &texts {
        assert!(
            t.contains("Übungszielen"),
            "names the objectives' result: {t}"
        );
        assert!(
            t.contains("Realverlauf"),
            "sets a figure beside the Realverlauf: {t}"
        );
    }
    assert_ne!(texts[0], texts[1]);
    assert_ne!(texts[0], texts[2]);
    assert_ne!(texts[1], texts[2]);
    // The passive staff decided nothing; the historical one shut down first.
    assert!(texts[1].contains("keine Entscheidung"), "{}", texts[1]);
    assert!(texts[0].contains("Notabschaltung"), "{}", texts[0]);
    // Without the shutdown, figures move against the Realverlauf and the page says by how much.
    assert!(texts[2].contains(" statt "), "{}", texts[2]);
}

#[test]
fn evaluators_edit_the_findings_and_their_edits_survive() {
    let d = dir("findings");
    let file = saved(&d, "historical", &["--historical"]);
    for ending in ["csv", "ron"] {
        let exported = d.join(format!("findings.{ending}"));
        let _ = std::fs::remove_file(&exported);
        ok(&[
            "report",
            file.to_str().unwrap(),
            "--lang",
            "de",
            "--export-findings",
            exported.to_str().unwrap(),
        ]);
        let text = std::fs::read_to_string(&exported).unwrap();
        assert!(text.contains("objective/"), "{text}");
        // The evaluators rewrite the first finding and set an owner in the plan.
        let edited = if ending == "csv" {
            let mut r = csv::ReaderBuilder::new()
                .delimiter(b';')
                .from_reader(text.as_bytes());
            let headers = r.headers().unwrap().clone();
            let text_col = headers.iter().position(|h| h == "Feststellung").unwrap();
            let mut w = csv::WriterBuilder::new()
                .delimiter(b';')
                .from_writer(Vec::new());
            w.write_record(&headers).unwrap();
            for (i, rec) in r.records().enumerate() {
                let mut rec: Vec<String> = rec.unwrap().iter().map(String::from).collect();
                if i == 0 {
                    rec[text_col] = "Von den Auswertenden umformuliert (CSV)".into();
                }
                w.write_record(&rec).unwrap();
            }
            String::from_utf8(w.into_inner().unwrap()).unwrap()
        } else {
            let first = text.find("text: \"").unwrap() + "text: \"".len();
            let end = first + text[first..].find('"').unwrap();
            format!(
                "{}Von den Auswertenden umformuliert (RON){}",
                &text[..first],
                &text[end..]
            )
        };
        std::fs::write(&exported, edited).unwrap();
        let before = std::fs::read(&file).unwrap();
        for _ in 0..2 {
            let md = report(&file, &["--findings", exported.to_str().unwrap()]);
            assert!(
                md.contains(&format!(
                    "Von den Auswertenden umformuliert ({})",
                    ending.to_uppercase()
                )),
                "{ending}"
            );
        }
        assert_eq!(
            before,
            std::fs::read(&file).unwrap(),
            "the exercise file stays"
        );
    }
    // A broken edit is refused with its place, and nothing is written.
    let broken = d.join("broken.ron");
    std::fs::write(
        &broken,
        "Findings(items: [Finding(id: \"x\", kind: nonsense)])",
    )
    .unwrap();
    let out = krisenstab(&[
        "report",
        file.to_str().unwrap(),
        "--findings",
        broken.to_str().unwrap(),
        "-o",
        d.join("never.md").to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("broken.ron:1:"));
    assert!(!d.join("never.md").exists());
}

fn measure_row(md: &str, name: &str) -> Vec<String> {
    let line = md
        .lines()
        .find(|l| l.starts_with(&format!("| {name} |")))
        .unwrap_or_else(|| panic!("no row {name}"));
    line.trim_matches('|')
        .split('|')
        .map(|c| c.trim().to_string())
        .collect()
}

#[test]
fn the_cyber_measures_come_from_the_played_exercise() {
    let d = dir("measures");
    let path = d.join("exercise.ron");
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(s, text, 2021, path.clone(), Role::Control, Lang::DE).unwrap();
    app.update(Action::DismissGuide, REAL);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    // Up to the alarm at 03:05, then the police report and convening the staff at once.
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    for (action, function) in [
        ("anzeige-polizei", "leitung"),
        ("stab-einberufen", "leitung"),
    ] {
        let outcome = app.update(
            Action::Decide(Decision {
                action: action.into(),
                target: None,
                function: function.into(),
                reason: "sofort".into(),
                order: Vec::new(),
            }),
            REAL,
        );
        assert_eq!(outcome, Outcome::Done, "{action}");
    }
    app.update(Action::Advance(24), REAL);
    drop(app);
    let md = report(&path, &[]);
    // Decided the minute the alarm came: no time at all, against 2 h 55 min in 2021.
    assert_eq!(
        measure_row(&md, "Strafanzeige erstattet"),
        ["Strafanzeige erstattet", "0 min", "2 h 55 min"]
    );
    assert_eq!(
        measure_row(&md, "Stab arbeitsfähig"),
        ["Stab arbeitsfähig", "0 min", "4 h 25 min"]
    );
    // No briefing decided in either run: nothing to measure.
    assert_eq!(
        measure_row(&md, "Erste Lagebesprechung"),
        ["Erste Lagebesprechung", "nicht erfasst", "nicht erfasst"]
    );
    // The exercise never informed the public; the Realverlauf did at 12:00.
    let public = measure_row(&md, "Erste Information der Öffentlichkeit");
    assert_eq!(public[1], "nicht erfasst");
    assert_eq!(public[2], "8 h 55 min");
}

#[test]
fn meta_adds_the_exercise_details_and_leaves_the_file_alone() {
    let d = dir("meta");
    let file = saved(&d, "historical", &["--historical"]);
    let meta = d.join("meta.ron");
    std::fs::write(
        &meta,
        r#"Meta(title: "Stabsrahmenübung Kreis 2026", date: "2026-12-03", kind: "Stabsrahmenübung",
            lead: "Fachdienst Brandschutz", evaluators: ["A. Muster", "B. Beispiel"],
            contact: "uebung@kreis.example")"#,
    )
    .unwrap();
    let before = std::fs::read(&file).unwrap();
    let md = report(&file, &["--meta", meta.to_str().unwrap()]);
    assert_eq!(before, std::fs::read(&file).unwrap());
    assert!(
        md.contains("| Übung | Stabsrahmenübung Kreis 2026 |"),
        "{md}"
    );
    // Markdown escapes a cell that would start a numbered list.
    assert!(md.contains("| Datum | 03\\.12.2026 |"), "{md}");
    assert!(md.contains("| Auswertende | A. Muster, B. Beispiel |"));
    // The plan's dates follow the exercise's date: the conference four weeks later.
    assert!(md.contains("Auswertungskonferenz am 31.12.2026"), "{md}");
    // An unknown field is refused with its place.
    std::fs::write(&meta, "Meta(titel: \"x\")").unwrap();
    let out = krisenstab(&[
        "report",
        file.to_str().unwrap(),
        "--meta",
        meta.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("meta.ron:1:"));
}
