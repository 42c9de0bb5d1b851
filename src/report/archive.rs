//! The report of an exercise file another engine version wrote, from what the file records
//! alone: nothing is re-simulated (this engine would run it differently), so there are no key
//! figures, charts, outages, deadlines or Realverlauf. Its first lines say so; then the overview,
//! the decisions, the ratings and observations, the injects as the staff handled them, and the
//! Einsatztagebuch, through the same document model and logbook rows as the full report.

use super::doc::{Block, Document, Section};
use super::logbook::function_name;
use super::sections::{
    action_name, logbook_table, observation_items, section, table, target_name, yes_no,
};
use super::tr;
use crate::exercise::{Archive, ENGINE};
use crate::i18n::words as text;
use crate::i18n::{Lang, number};
use crate::scenario::Scenario;

/// The record-only report of `a` (a file this engine cannot replay), as a document.
pub(super) fn document(a: &Archive, file_name: &str, lang: Lang) -> Document {
    Document {
        lang,
        title: format!(
            "{}: {}",
            tr(
                lang,
                "Auswertungsbericht (nur Aufzeichnung)",
                "After-action report (record only)"
            ),
            a.title()
        ),
        notice: notice(a, lang),
        subtitle: vec![
            format!("{}: {file_name}", tr(lang, "Übungsdatei", "Exercise file")),
            format!(
                "{}: {}",
                tr(lang, "Übungszeit", "Exercise time"),
                span(a, lang)
            ),
        ],
        sections: vec![
            overview(a, file_name, lang),
            decisions(a, lang),
            ratings(a, lang),
            injects(a, lang),
            section(
                "annex-logbook",
                tr(
                    lang,
                    "Anlage A: Einsatztagebuch",
                    "Annex A: Logbook (Einsatztagebuch)",
                ),
                vec![logbook_table(scenario(a), &a.file, lang)],
            ),
        ],
        landscape: false,
    }
}

fn scenario(a: &Archive) -> Option<&Scenario> {
    a.scenario.as_deref()
}

/// Who wrote the file, that it was not re-simulated, and what is shown instead.
fn notice(a: &Archive, lang: Lang) -> Vec<String> {
    let engine = a.written_by();
    let mut lines = match lang {
        Lang::DE => vec![
            format!(
                "Diese Übungsdatei wurde von {engine} geschrieben. Die Simulation ließ sich mit \
                 dieser Engine ({ENGINE}) nicht wiederholen: Sie verliefe anders."
            ),
            "Gezeigt wird nur, was die Datei aufzeichnet: das Einsatztagebuch, die \
             Entscheidungen und die Bewertungen mit den Beobachtungen – keine Kennzahlen, \
             Diagramme, Ausfälle, Fristen und kein Vergleich mit dem Realverlauf."
                .to_string(),
        ],
        _ => vec![
            format!(
                "This exercise file was written by {engine}. The simulation could not be \
                 replayed with this engine ({ENGINE}): it would run differently."
            ),
            "Only what the file records is shown: the logbook (Einsatztagebuch), the decisions \
             and the ratings with the observations – no key figures, charts, outages, deadlines \
             or comparison with the Realverlauf."
                .to_string(),
        ],
    };
    if a.scenario.is_none() {
        lines.push(
            tr(
                lang,
                "Das eingebettete Szenario liest diese Version nicht mehr; Funktionen, Maßnahmen \
                 und Übungsziele erscheinen mit ihren Kennungen.",
                "This version no longer reads the embedded scenario; functions, actions and \
                 objectives appear by their ids.",
            )
            .to_string(),
        );
    }
    lines
}

/// From the scenario's start (or the first logbook entry) to where the record ends.
fn span(a: &Archive, lang: Lang) -> String {
    let start = scenario(a)
        .and_then(|s| s.wall_clock(0))
        .map(|t| t.to_string())
        .or_else(|| a.file.logbook.first().map(|e| e.exercise_time.clone()));
    let (end, day) = a.ends_at();
    let show = |t: Option<String>| t.map_or_else(|| "–".to_string(), |t| text::wall_time(&t, lang));
    let day = day
        .map(|d| format!(" ({})", text::day(d, lang)))
        .unwrap_or_default();
    format!("{} – {}{day}", show(start), show(end))
}

fn overview(a: &Archive, file_name: &str, lang: Lang) -> Section {
    let file = &a.file;
    let real: Vec<&str> = file
        .logbook
        .iter()
        .map(|e| e.real_time.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    let real_span = match (real.first(), real.last()) {
        (Some(a), Some(b)) => format!("{a} – {b}"),
        _ => tr(lang, "– (ohne Terminal gerechnet)", "– (computed headless)").into(),
    };
    let scenario_name = match scenario(a) {
        Some(s) => format!("{} ({})", s.meta().title, file.scenario_id),
        None => file.scenario_id.clone(),
    };
    let facts = vec![
        vec![tr(lang, "Szenario", "Scenario").into(), scenario_name],
        vec![
            tr(lang, "Übungsdatei", "Exercise file").into(),
            file_name.into(),
        ],
        vec![
            tr(lang, "Geschrieben von", "Written by").into(),
            file.engine.clone(),
        ],
        vec![
            tr(lang, "Dieses Programm", "This program").into(),
            format!(
                "{ENGINE} ({})",
                tr(lang, "nicht wiederholt", "not replayed")
            ),
        ],
        vec![
            tr(lang, "Übungszeit", "Exercise time").into(),
            span(a, lang),
        ],
        vec![tr(lang, "Echtzeit", "Real time").into(), real_span],
        vec![
            tr(lang, "Stand", "Status").into(),
            text::exercise_status(file.status, lang).into(),
        ],
        vec![
            tr(lang, "Einträge im Einsatztagebuch", "Logbook entries").into(),
            number(file.logbook.len() as u64, lang),
        ],
        vec![
            tr(lang, "Entscheidungen", "Decisions").into(),
            number(a.decisions().len() as u64, lang),
        ],
        vec![
            tr(lang, "Aufgezeichnete Takte", "Recorded ticks").into(),
            number(a.ticks(), lang),
        ],
        vec![tr(lang, "Seed", "Seed").into(), file.seed.to_string()],
        vec![
            tr(
                lang,
                "Szenario-Prüfsumme (BLAKE3)",
                "Scenario checksum (BLAKE3)",
            )
            .into(),
            file.scenario_hash.clone(),
        ],
    ];
    section(
        "overview",
        tr(lang, "Übungsüberblick", "Exercise overview"),
        vec![table(
            &[tr(lang, "Angabe", "Item"), tr(lang, "Wert", "Value")],
            facts,
            &[],
        )],
    )
}

fn decisions(a: &Archive, lang: Lang) -> Section {
    let s = scenario(a);
    let function = |id: &str| s.map_or_else(|| id.to_string(), |s| function_name(s, id));
    let rows: Vec<Vec<String>> = a
        .decisions()
        .into_iter()
        .map(|(e, decision)| {
            let time = text::wall_time(&e.exercise_time, lang);
            match decision {
                Some(d) => vec![
                    e.number.to_string(),
                    time,
                    function(&d.function),
                    s.map_or_else(|| d.action.clone(), |s| action_name(s, &d.action)),
                    match s {
                        Some(s) => target_name(s, &d.action, d.target.as_deref()),
                        None => d.target.clone().unwrap_or_else(|| "–".into()),
                    },
                    d.reason.clone(),
                ],
                // An entry whose command is missing: its own text says what was decided.
                None => vec![
                    e.number.to_string(),
                    time,
                    function(&e.function),
                    e.text.clone(),
                    "–".into(),
                    String::new(),
                ],
            }
        })
        .collect();
    let block = if rows.is_empty() {
        Block::Para(
            tr(
                lang,
                "Keine Entscheidungen aufgezeichnet.",
                "No decisions recorded.",
            )
            .into(),
        )
    } else {
        table(
            &[
                tr(lang, "ETB-Nr.", "Log no."),
                tr(lang, "Übungszeit", "Exercise time"),
                tr(lang, "Entscheider", "Decided by"),
                tr(lang, "Maßnahme", "Action"),
                tr(lang, "Ziel", "Target"),
                tr(lang, "Begründung", "Reason"),
            ],
            rows,
            &[0],
        )
    };
    section(
        "decisions",
        tr(lang, "Entscheidungen", "Decisions"),
        vec![block],
    )
}

fn ratings(a: &Archive, lang: Lang) -> Section {
    let s = scenario(a);
    let objective = |id: &str| {
        s.and_then(|s| s.objectives().iter().find(|o| o.id == id))
            .map_or_else(|| id.to_string(), |o| o.name.clone())
    };
    let rows: Vec<Vec<String>> = a
        .file
        .ratings
        .iter()
        .map(|r| {
            vec![
                objective(&r.objective),
                text::verdict(r.verdict, lang).into(),
                r.comment.clone(),
                if r.real_time.is_empty() {
                    "–".into()
                } else {
                    r.real_time.clone()
                },
            ]
        })
        .collect();
    let mut blocks = Vec::new();
    if rows.is_empty() {
        blocks.push(Block::Para(
            tr(lang, "Keine Bewertungen erfasst.", "No ratings recorded.").into(),
        ));
    } else {
        blocks.push(Block::Para(
            tr(
                lang,
                "In der Reihenfolge der Erfassung; je Übungsziel gilt die letzte Bewertung.",
                "In the order recorded; the latest rating of an objective counts.",
            )
            .into(),
        ));
        blocks.push(table(
            &[
                tr(lang, "Übungsziel", "Objective"),
                tr(lang, "Bewertung (Beobachter)", "Rating (observers)"),
                tr(lang, "Kommentar", "Comment"),
                tr(lang, "Echtzeit", "Real time"),
            ],
            rows,
            &[],
        ));
    }
    blocks.push(Block::Heading(
        tr(lang, "Beobachtungen", "Observations").into(),
    ));
    let observations = observation_items(&a.file, lang);
    if observations.is_empty() {
        blocks.push(Block::Para(
            tr(
                lang,
                "Keine Beobachtungen erfasst.",
                "No observations recorded.",
            )
            .into(),
        ));
    } else {
        blocks.push(Block::List(observations));
    }
    section(
        "objectives",
        tr(
            lang,
            "Bewertungen und Beobachtungen",
            "Ratings and observations",
        ),
        blocks,
    )
}

fn injects(a: &Archive, lang: Lang) -> Section {
    let s = scenario(a);
    let rows: Vec<Vec<String>> = a
        .file
        .injects
        .iter()
        .map(|r| {
            let title = s
                .and_then(|s| s.injects().iter().find(|i| i.id == r.id))
                .map_or_else(String::new, |i| i.title.clone());
            vec![
                r.id.clone(),
                title,
                yes_no(r.acknowledged, lang).into(),
                text::reaction(r.reaction, lang).into(),
            ]
        })
        .collect();
    let block = if rows.is_empty() {
        Block::Para(
            tr(
                lang,
                "Keine Einlage quittiert oder bewertet (zugestellte Einlagen stehen im Einsatztagebuch).",
                "No inject acknowledged or marked (delivered injects are in the logbook).",
            )
            .into(),
        )
    } else {
        table(
            &[
                tr(lang, "Kennung", "Id"),
                tr(lang, "Betreff", "Title"),
                tr(lang, "zur Kenntnis", "Acknowledged"),
                tr(lang, "Reaktion", "Reaction"),
            ],
            rows,
            &[],
        )
    };
    section(
        "injects",
        tr(
            lang,
            "Einlagen, wie der Stab sie behandelte",
            "Injects as the staff handled them",
        ),
        vec![block],
    )
}
