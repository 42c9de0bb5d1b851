//! The report of an exercise file another engine version wrote, from what the file records
//! alone: nothing is re-simulated (this engine would run it differently), so there are no key
//! figures, charts, outages, deadlines or Realverlauf. Its first lines say so; then the overview,
//! the decisions, the ratings and observations, the injects as the staff handled them, and the
//! Einsatztagebuch, through the same document model and logbook rows as the full report.

use super::doc::{Block, Document, Section};
use super::logbook::function_name;
use super::sections::{
    action_name, decision_head, logbook_table, observation_items, section, table, target_name,
    yes_no,
};
use crate::exercise::{Archive, ENGINE};
use crate::i18n::t;
use crate::i18n::words as text;
use crate::i18n::{Lang, number};
use crate::scenario::Scenario;
use crate::tf;

/// The record-only report of `a` (a file this engine cannot replay), as a document.
pub(super) fn document(a: &Archive, file_name: &str, lang: Lang) -> Document {
    Document {
        lang,
        title: format!("{}: {}", t(lang, "report-title-record"), a.title()),
        notice: notice(a, lang),
        subtitle: vec![
            format!("{}: {file_name}", t(lang, "report-exercise-file")),
            format!("{}: {}", t(lang, "report-exercise-time"), span(a, lang)),
        ],
        sections: vec![
            overview(a, file_name, lang),
            decisions(a, lang),
            ratings(a, lang),
            injects(a, lang),
            section(
                "annex-logbook",
                t(lang, "report-annex-logbook"),
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
    let mut lines = vec![
        tf!(
            lang,
            "report-archive-written",
            engine = engine,
            this = ENGINE
        ),
        t(lang, "report-archive-shown").to_string(),
    ];
    if a.scenario.is_none() {
        lines.push(t(lang, "report-archive-no-scenario").to_string());
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
        _ => t(lang, "report-headless-span").into(),
    };
    let scenario_name = match scenario(a) {
        Some(s) => format!("{} ({})", s.meta().title, file.scenario_id),
        None => file.scenario_id.clone(),
    };
    let facts = vec![
        vec![t(lang, "report-scenario").into(), scenario_name],
        vec![t(lang, "report-exercise-file").into(), file_name.into()],
        vec![t(lang, "report-written-by").into(), file.engine.clone()],
        vec![
            t(lang, "report-this-program").into(),
            format!("{ENGINE} ({})", t(lang, "report-not-replayed")),
        ],
        vec![t(lang, "report-exercise-time").into(), span(a, lang)],
        vec![t(lang, "report-real-time").into(), real_span],
        vec![
            t(lang, "report-status").into(),
            text::exercise_status(file.status, lang).into(),
        ],
        vec![
            t(lang, "report-logbook-entries").into(),
            number(file.logbook.len() as u64, lang),
        ],
        vec![
            t(lang, "report-decisions").into(),
            number(a.decisions().len() as u64, lang),
        ],
        vec![
            t(lang, "report-recorded-ticks").into(),
            number(a.ticks(), lang),
        ],
        vec![t(lang, "report-seed").into(), file.seed.to_string()],
        vec![
            t(lang, "report-scenario-checksum").into(),
            file.scenario_hash.clone(),
        ],
    ];
    section(
        "overview",
        t(lang, "report-overview"),
        vec![table(
            &[t(lang, "report-item"), t(lang, "report-value")],
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
        Block::Para(t(lang, "report-no-decisions").into())
    } else {
        table(&decision_head(lang), rows, &[0])
    };
    section("decisions", t(lang, "report-decisions"), vec![block])
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
        blocks.push(Block::Para(t(lang, "report-no-ratings").into()));
    } else {
        blocks.push(Block::Para(t(lang, "report-ratings-order").into()));
        blocks.push(table(
            &[
                t(lang, "report-objective"),
                t(lang, "report-rating"),
                t(lang, "report-comment"),
                t(lang, "report-real-time"),
            ],
            rows,
            &[],
        ));
    }
    blocks.push(Block::Heading(t(lang, "report-observations").into()));
    let observations = observation_items(&a.file, lang);
    if observations.is_empty() {
        blocks.push(Block::Para(t(lang, "report-no-observations").into()));
    } else {
        blocks.push(Block::List(observations));
    }
    section("objectives", t(lang, "report-ratings-title"), blocks)
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
        Block::Para(t(lang, "report-no-injects-marked").into())
    } else {
        table(
            &[
                t(lang, "report-id"),
                t(lang, "report-subject"),
                t(lang, "report-acknowledged"),
                t(lang, "report-reaction"),
            ],
            rows,
            &[],
        )
    };
    section("injects", t(lang, "report-injects-handled"), vec![block])
}
