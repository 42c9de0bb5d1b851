//! The annexes: the Einsatztagebuch, the decision register and the inject log.

use super::*;

pub(super) fn annex_logbook(d: &Debrief) -> Section {
    let lang = d.lang;
    section(
        "annex-logbook",
        t(lang, "report-annex-logbook"),
        vec![logbook_table(Some(d.scenario.as_ref()), &d.file, lang)],
    )
}

/// The whole Einsatztagebuch as one table (`s`: the scenario, if this program reads it).
pub(in crate::report) fn logbook_table(
    s: Option<&Scenario>,
    file: &ExerciseFile,
    lang: Lang,
) -> Block {
    let rows = file
        .logbook
        .iter()
        .map(|e| logbook_row(s, file, e, lang).to_vec())
        .collect();
    table(&crate::report::logbook::head(lang), rows, &[0])
}

pub(super) fn annex_decisions(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let rows = d
        .file
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .map(|e| {
            let decision = decision_of(d, e.command);
            vec![
                e.number.to_string(),
                text::wall_time(&e.exercise_time, lang),
                if e.real_time.is_empty() {
                    "–".into()
                } else {
                    e.real_time.clone()
                },
                decision.map_or_else(
                    || function_name(s, &e.function),
                    |x| function_name(s, &x.function),
                ),
                decision.map_or_else(
                    || e.text.clone(),
                    |x| {
                        format!(
                            "{} → {}",
                            action_name(s, &x.action),
                            target_name(s, &x.action, x.target.as_deref())
                        )
                    },
                ),
                decision.map_or_else(String::new, |x| x.reason.clone()),
            ]
        })
        .collect();
    section(
        "annex-decisions",
        t(lang, "report-annex-decisions"),
        vec![table(
            &[
                t(lang, "report-log-no"),
                t(lang, "report-exercise-time"),
                t(lang, "report-real-time"),
                t(lang, "report-decided-by"),
                t(lang, "report-decision"),
                t(lang, "report-reason"),
            ],
            rows,
            &[0],
        )],
    )
}

/// Whether the exercise was computed without a staff at a terminal (`run --save`): then no
/// inject was read or answered by anyone, and the log must not say they were ignored.
fn headless(file: &ExerciseFile) -> bool {
    file.logbook.iter().all(|e| e.real_time.is_empty()) && file.injects.is_empty()
}

/// What became of an inject that was never delivered: a conditional one whose condition never
/// came, or a timed one the exercise ended before.
fn not_delivered(s: &Scenario, inject: &crate::sim::snapshot::InjectView, lang: Lang) -> String {
    use crate::scenario::model::Trigger;
    let (id, status) = (inject.id.as_str(), inject.status);
    // Withheld by its condition: which one, in words.
    if let (Some(why), Some(i)) = (inject.withheld, s.injects().iter().position(|x| x.id == id)) {
        let reason = text::withheld(s, crate::scenario::model::InjectIdx(i as u32), why, lang);
        return format!("{}: {reason}", cap(text::inject_status(status, lang), lang));
    }
    if status != InjectStatus::Pending {
        return cap(text::inject_status(status, lang), lang);
    }
    match s.injects().iter().find(|i| i.id == id).map(|i| i.trigger) {
        Some(Trigger::At(_)) => t(lang, "report-not-delivered").into(),
        _ => t(lang, "report-not-triggered").into(),
    }
}

pub(super) fn annex_injects(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let headless = headless(&d.file);
    // Delivered injects by the time they came, then those that never came.
    let mut injects: Vec<&crate::sim::snapshot::InjectView> = d.snapshot.injects.iter().collect();
    injects.sort_by_key(|i| (i.released_at.is_none(), i.released_at.clone()));
    let rows = injects
        .into_iter()
        .map(|i| {
            let record = d.file.injects.iter().find(|r| r.id == i.id);
            let number = s
                .injects()
                .iter()
                .position(|x| x.id == i.id)
                .map_or_else(|| "–".to_string(), |n| (n + 1).to_string());
            let delivered = i.released_at.is_some();
            let mut row = vec![
                number,
                i.released_at
                    .as_deref()
                    .map_or_else(|| "–".into(), |t| text::wall_time(t, lang)),
                function_name(s, &i.receiver),
                cap(text::priority(i.priority, lang), lang),
                i.title.clone(),
                if delivered {
                    cap(text::inject_status(i.status, lang), lang)
                } else {
                    not_delivered(s, i, lang)
                },
            ];
            if !headless {
                row.push(if delivered {
                    yes_no(record.is_some_and(|r| r.acknowledged), lang).into()
                } else {
                    "–".into()
                });
                row.push(if delivered {
                    cap(
                        text::reaction(record.map_or(Reaction::Pending, |r| r.reaction), lang),
                        lang,
                    )
                } else {
                    "–".into()
                });
            }
            row.push(i.expected_reaction.clone().unwrap_or_default());
            row
        })
        .collect();
    let mut head = vec![
        t(lang, "report-script-number"),
        t(lang, "report-delivered"),
        t(lang, "report-to"),
        t(lang, "report-priority"),
        t(lang, "report-subject"),
        t(lang, "report-status"),
    ];
    if !headless {
        head.extend([t(lang, "report-acknowledged"), t(lang, "report-reaction")]);
    }
    head.push(t(lang, "report-expected-reaction"));
    let mut blocks = vec![Block::Para(t(lang, "report-injects-order").into())];
    if headless {
        blocks.push(Block::Para(t(lang, "report-injects-headless").into()));
    }
    blocks.push(table(&head, rows, &[0]));
    section("annex-injects", t(lang, "report-annex-injects"), blocks)
}
