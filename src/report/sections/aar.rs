//! The chapters a Landrat and the evaluators read first (issue 18): the first page (the
//! exercise, the result in five sentences, the three most important findings, what happens
//! next), the cyber measures beside the Realverlauf, findings per objective, the improvement
//! plan, and the method and its limits.

use crate::exercise::ExerciseMeta;
use crate::i18n::{Lang, t};
use crate::report::Debrief;
use crate::report::doc::{Block, Section};
use crate::report::findings::{Finding, Findings, Kind};
use crate::report::measures;
use crate::scenario::model::{Effect, Figure};
use crate::sim::record::FactKind;
use crate::tf;

use super::{at, figure_label, figures, moment, outcome_value, section, table};

/// `YYYY-MM-DD` as the language writes a date; other text as it is.
pub(in crate::report) fn date(iso: &str, lang: Lang) -> String {
    let mut parts = iso.split('-');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(y), Some(m), Some(d)) if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            tf!(lang, "report-aar-date", day = d, month = m, year = y)
        }
        _ => iso.to_string(),
    }
}

fn or_unknown(v: Option<&str>, lang: Lang) -> String {
    match v {
        Some(v) if !v.trim().is_empty() => v.to_string(),
        _ => t(lang, "report-aar-not-given").to_string(),
    }
}

/// The functions that took part: the metadata's list, else every function that decided or
/// wrote in the logbook.
fn participants(d: &Debrief, meta: &ExerciseMeta) -> String {
    if !meta.participants.is_empty() {
        return meta.participants.join(", ");
    }
    let s = &d.scenario;
    s.roles()
        .iter()
        .filter(|r| d.file.logbook.iter().any(|e| e.function == r.id))
        .map(|r| r.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The decisions that acted on the world first (not reports, not the staff's own marks).
fn first_decisions(d: &Debrief) -> Vec<String> {
    let s = &d.scenario;
    let lang = d.lang;
    let mut out: Vec<String> = Vec::new();
    let mut named = Vec::new();
    for f in d.team.timeline() {
        if let FactKind::ActionDecided { action, .. } = f.kind {
            let a = &s.actions()[action.index()];
            let acts = a
                .effects
                .iter()
                .any(|e| !matches!(e, Effect::Notify(_) | Effect::Milestone));
            if acts && !named.contains(&action) {
                named.push(action);
                out.push(tf!(
                    lang,
                    "report-aar-decision-at",
                    decision = a.name.as_str(),
                    when = moment(s, f.at, lang)
                ));
            }
        }
        if out.len() == 2 {
            break;
        }
    }
    out
}

/// Up to two key figures that differ most from the Realverlauf, as "X statt Y".
fn figure_contrasts(d: &Debrief) -> Vec<String> {
    let s = &d.scenario;
    let lang = d.lang;
    let mut diffs: Vec<(f64, String)> = figures(s)
        .into_iter()
        .filter_map(|f| {
            let a = d.outcome.value(f)?;
            let b = d.history_outcome.value(f)?;
            if (a - b).abs() < 0.5 {
                return None;
            }
            let weight = (a - b).abs() / a.abs().max(b.abs()).max(1.0);
            Some((
                weight,
                tf!(
                    lang,
                    "report-aar-figure-instead",
                    figure = figure_label(s, f, lang),
                    exercise = outcome_value(&d.outcome, f, lang),
                    history = outcome_value(&d.history_outcome, f, lang)
                ),
            ))
        })
        .collect();
    diffs.sort_by(|a, b| b.0.total_cmp(&a.0));
    diffs.into_iter().take(2).map(|(_, s)| s).collect()
}

/// The sentences of the first page, generated from the run.
pub(in crate::report) fn summary(d: &Debrief) -> Vec<String> {
    let lang = d.lang;
    let s = &d.scenario;
    let mut out = Vec::new();
    let total = d.objectives.len();
    let met = d.objectives.iter().filter(|o| o.met == Some(true)).count();
    let missed: Vec<String> = d
        .objectives
        .iter()
        .filter(|o| o.met == Some(false))
        .map(|o| crate::i18n::words::quote(&o.name, lang))
        .collect();
    let open = total - met - missed.len();
    out.push(tf!(
        lang,
        "report-aar-sum-exercised",
        title = s.meta().title.as_str(),
        from = at(s, 0, lang),
        until = at(s, d.team.clock().now, lang)
    ));
    if total > 0 {
        out.push(tf!(
            lang,
            "report-aar-sum-objectives",
            total = total,
            met = met,
            missed = missed.len(),
            open = open,
            names = missed.join(", ")
        ));
    }
    let decisions = first_decisions(d);
    out.push(if decisions.is_empty() {
        t(lang, "report-aar-sum-no-decision").to_string()
    } else {
        tf!(
            lang,
            "report-aar-sum-decisions",
            list = decisions.join(t(lang, "report-aar-and"))
        )
    });
    let contrasts = figure_contrasts(d);
    out.push(if contrasts.is_empty() {
        // As in the Realverlauf: still name the figure the audience asks for first.
        let headline = figures(s)
            .into_iter()
            .find(|f| matches!(f, Figure::FinesLapsed))
            .or_else(|| {
                figures(s)
                    .into_iter()
                    .find(|f| matches!(f, Figure::EncryptedPeak))
            });
        match headline {
            Some(f) => tf!(
                lang,
                "report-aar-sum-as-history",
                figure = figure_label(s, f, lang),
                exercise = outcome_value(&d.outcome, f, lang)
            ),
            None => t(lang, "report-aar-sum-no-figure").to_string(),
        }
    } else {
        tf!(lang, "report-aar-sum-figures", list = contrasts.join("; "))
    });
    let rows = measures::rows(d);
    let timed: Vec<String> = rows
        .iter()
        .filter_map(|r| {
            r.team.map(|v| {
                tf!(
                    lang,
                    "report-aar-measure-short",
                    measure = r.name.as_str(),
                    exercise = measures::duration(v, lang),
                    history = measures::value(r.history, lang)
                )
            })
        })
        .take(2)
        .collect();
    if !timed.is_empty() {
        out.push(tf!(
            lang,
            "report-aar-sum-measures",
            list = timed.join("; ")
        ));
    }
    out
}

/// The three findings a Landrat must know: critical first, then areas for improvement in the
/// order the plan takes them, then strengths.
pub(in crate::report) fn top_findings(f: &Findings) -> Vec<&Finding> {
    let mut v: Vec<&Finding> = f.items.iter().collect();
    v.sort_by_key(|x| (!x.critical, x.kind != Kind::Improvement));
    v.into_iter().take(3).collect()
}

fn finding_line(f: &Finding, lang: Lang) -> String {
    let mark = if f.critical {
        t(lang, "report-aar-critical-mark")
    } else {
        ""
    };
    let kind = match f.kind {
        Kind::Strength => t(lang, "report-aar-strength"),
        Kind::Improvement => t(lang, "report-aar-improvement"),
    };
    let mut line = format!("{mark}{kind}: {}", f.text);
    if !f.evidence.is_empty() {
        line.push_str(&format!(" ({})", f.evidence));
    }
    if !f.recommendation.is_empty() {
        line.push_str(&format!(
            " {} {}",
            t(lang, "report-aar-recommendation"),
            f.recommendation
        ));
    }
    line
}

pub(in crate::report) fn first_page(d: &Debrief, meta: &ExerciseMeta, f: &Findings) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let title = meta.title.clone().unwrap_or_else(|| s.meta().title.clone());
    let rows = vec![
        vec![t(lang, "report-aar-meta-title").to_string(), title],
        vec![
            t(lang, "report-aar-meta-date").to_string(),
            meta.date
                .as_deref()
                .map_or_else(|| or_unknown(None, lang), |x| date(x, lang)),
        ],
        vec![
            t(lang, "report-aar-meta-kind").to_string(),
            or_unknown(meta.kind.as_deref(), lang),
        ],
        vec![
            t(lang, "report-aar-meta-lead").to_string(),
            or_unknown(meta.lead.as_deref(), lang),
        ],
        vec![
            t(lang, "report-aar-meta-evaluators").to_string(),
            or_unknown(Some(&meta.evaluators.join(", ")), lang),
        ],
        vec![
            t(lang, "report-aar-meta-participants").to_string(),
            or_unknown(Some(&participants(d, meta)), lang),
        ],
        vec![
            t(lang, "report-aar-meta-contact").to_string(),
            or_unknown(meta.contact.as_deref(), lang),
        ],
    ];
    let mut blocks = vec![table(
        &[
            t(lang, "report-aar-meta-field"),
            t(lang, "report-aar-meta-value"),
        ],
        rows,
        &[],
    )];
    blocks.push(Block::Heading(t(lang, "report-aar-result").into()));
    blocks.push(Block::Para(summary(d).join(" ")));
    // The hot wash's first question, answered on the first page when the runs were made.
    if let Some(strongest) = d
        .effects
        .as_deref()
        .and_then(|e| crate::report::counterfactual::strongest_sentence(&d.scenario, e, lang))
    {
        blocks.push(Block::Para(tf!(
            lang,
            "report-aar-whatif",
            sentence = strongest
        )));
    }
    blocks.push(Block::Heading(t(lang, "report-aar-top").into()));
    let top = top_findings(f);
    if top.is_empty() {
        blocks.push(Block::Para(t(lang, "report-aar-no-findings").into()));
    } else {
        blocks.push(Block::List(
            top.iter().map(|x| finding_line(x, lang)).collect(),
        ));
    }
    blocks.push(Block::Heading(t(lang, "report-aar-next").into()));
    let improvements = f.items.iter().filter(|x| x.plan.is_some()).count();
    let critical = f.items.iter().filter(|x| x.critical).count();
    let start = crate::report::findings::exercise_date(d, meta)
        .and_then(|x| x.checked_add(jiff::Span::new().days(28)).ok())
        .map(|x| date(&x.to_string(), lang));
    let mut next = match start {
        Some(when) => tf!(
            lang,
            "report-aar-next-conference-on",
            date = when,
            measures = improvements
        ),
        None => tf!(lang, "report-aar-next-conference", measures = improvements),
    };
    if critical > 0 {
        next.push(' ');
        next.push_str(&tf!(lang, "report-aar-next-critical", critical = critical));
    }
    blocks.push(Block::Para(next));
    let mut sec = section("summary", t(lang, "report-aar-first-page"), blocks);
    sec.page_break = false;
    sec
}

pub(in crate::report) fn measures_section(d: &Debrief) -> Section {
    let lang = d.lang;
    let rows: Vec<Vec<String>> = measures::rows(d)
        .into_iter()
        .map(|r| {
            vec![
                r.name,
                measures::value(r.team, lang),
                measures::value(r.history, lang),
            ]
        })
        .collect();
    let blocks = if rows.is_empty() {
        vec![Block::Para(t(lang, "report-aar-measures-none").into())]
    } else {
        vec![
            Block::Para(t(lang, "report-aar-measures-intro").into()),
            table(
                &[
                    t(lang, "report-aar-col-measure-name"),
                    t(lang, "report-aar-col-exercise"),
                    t(lang, "report-aar-col-history"),
                ],
                rows,
                &[1, 2],
            ),
        ]
    };
    section("measures", t(lang, "report-aar-measures"), blocks)
}

pub(in crate::report) fn findings_section(d: &Debrief, f: &Findings) -> Section {
    let lang = d.lang;
    let mut blocks = vec![Block::Para(t(lang, "report-aar-findings-intro").into())];
    for o in d.scenario.objectives() {
        blocks.push(Block::Heading(o.name.clone()));
        let mine: Vec<String> = f
            .items
            .iter()
            .filter(|x| x.objective == o.name)
            .map(|x| finding_line(x, lang))
            .collect();
        if mine.is_empty() {
            blocks.push(Block::Para(t(lang, "report-aar-objective-none").into()));
        } else {
            blocks.push(Block::List(mine));
        }
    }
    let names: Vec<&str> = d
        .scenario
        .objectives()
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    let general: Vec<String> = f
        .items
        .iter()
        .filter(|x| !names.contains(&x.objective.as_str()))
        .map(|x| finding_line(x, lang))
        .collect();
    if !general.is_empty() {
        blocks.push(Block::Heading(t(lang, "report-aar-general").into()));
        blocks.push(Block::List(general));
    }
    section("findings", t(lang, "report-aar-findings"), blocks)
}

pub(in crate::report) fn plan_section(d: &Debrief, f: &Findings) -> Section {
    let lang = d.lang;
    let mut items: Vec<&Finding> = f.items.iter().filter(|x| x.plan.is_some()).collect();
    items.sort_by_key(|x| !x.critical);
    let rows: Vec<Vec<String>> = items
        .iter()
        .filter_map(|x| {
            let p = x.plan.as_ref()?;
            Some(vec![
                p.measure.clone(),
                p.capability.clone(),
                p.owner.clone(),
                date(&p.start, lang),
                date(&p.due, lang),
                p.contact.clone(),
                p.status.clone(),
                if x.critical {
                    format!("{}{}", t(lang, "report-aar-critical-mark"), x.text)
                } else {
                    x.text.clone()
                },
            ])
        })
        .collect();
    let mut blocks = vec![Block::Para(t(lang, "report-aar-plan-intro").into())];
    if rows.is_empty() {
        blocks.push(Block::Para(t(lang, "report-aar-plan-empty").into()));
    } else {
        blocks.push(table(
            &[
                t(lang, "report-aar-col-measure"),
                t(lang, "report-aar-col-capability"),
                t(lang, "report-aar-col-owner"),
                t(lang, "report-aar-col-start"),
                t(lang, "report-aar-col-due"),
                t(lang, "report-aar-col-contact"),
                t(lang, "report-aar-col-status"),
                t(lang, "report-aar-col-finding"),
            ],
            rows,
            &[],
        ));
    }
    section("plan", t(lang, "report-aar-plan"), blocks)
}

pub(in crate::report) fn method_section(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let blocks = vec![
        Block::Para(tf!(
            lang,
            "report-aar-method-model",
            hosts = s.counts().hosts,
            services = s.services().len(),
            seed = d.file.seed.to_string()
        )),
        Block::Para(t(lang, "report-aar-method-history").into()),
        Block::Para(t(lang, "report-aar-method-seeds").into()),
        Block::Para(t(lang, "report-aar-method-assumptions").into()),
        Block::Para(t(lang, "report-aar-method-plan").into()),
    ];
    section("method", t(lang, "report-aar-method"), blocks)
}
