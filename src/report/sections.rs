//! The report's chapters, in the shape German staffs know from an Auswertungsbericht (AAR/IP):
//! overview, course of events, decisions, outages, deadlines, objectives, the Realverlauf beside
//! the team's play, the improvement plan, and the annexes.
//!
//! The long chapters have files of their own under `sections/`; this file keeps the helpers
//! every chapter shares and the short chapters. It is over 800 lines because the improvement
//! plan and the counterfactual chapter stay here while their own issues rework them (moving
//! them now would collide with that work).

pub(super) mod aar;
mod annexes;
mod plot;
mod realverlauf;
mod services;
mod timeline;

use super::Debrief;
use super::charts::{HISTORY, Series, TEAM};
use super::doc::{Block, Document, Section};
use super::logbook::{function_name, row as logbook_row};
use crate::exercise::{EntryKind, ExerciseFile, Reaction, Reference, Verdict};
use crate::i18n::t;
use crate::i18n::words as text;
use crate::i18n::{Lang, number};
use crate::scenario::Scenario;
use crate::scenario::model::{Figure, NetworkKind, Requirement};
use crate::sim::command::{Command, Decision};
use crate::sim::injects::InjectStatus;
use crate::sim::outcome::Outcome;
use crate::sim::record::{Fact, FactKind};
use crate::sim::{Sim, find_target};
use crate::tf;
pub(super) use annexes::logbook_table;
use annexes::{annex_decisions, annex_injects, annex_logbook};
use realverlauf::realverlauf;
use services::services;
use timeline::timeline;

pub(super) fn document(d: &Debrief, file_name: &str) -> Document {
    let lang = d.lang;
    let s = std::sync::Arc::clone(&d.scenario);
    let findings = d.findings();
    let mut sections = vec![
        aar::first_page(d, &d.meta, &findings),
        overview(d, file_name),
        timeline(d),
        decisions(d),
        services(d),
        deadlines(d),
        aar::measures_section(d),
        objectives(d),
        aar::findings_section(d, &findings),
        realverlauf(d),
    ];
    if let Some(effects) = &d.effects {
        sections.push(counterfactuals(d, effects));
    }
    sections.extend([
        aar::plan_section(d, &findings),
        aar::method_section(d),
        annex_logbook(d),
        annex_decisions(d),
        annex_injects(d),
    ]);
    Document {
        lang,
        title: format!("{}: {}", t(lang, "report-title"), s.meta().title),
        notice: Vec::new(),
        subtitle: vec![
            format!("{}: {file_name}", t(lang, "report-exercise-file")),
            format!(
                "{}: {}",
                t(lang, "report-exercise-time"),
                span(&s, &d.team, lang)
            ),
        ],
        sections,
        landscape: false,
    }
}

pub(super) fn section(id: &'static str, title: &str, blocks: Vec<Block>) -> Section {
    Section {
        id,
        title: title.to_string(),
        blocks,
        page_break: id.starts_with("annex"),
    }
}

/// The columns of a decision: the report's chapter adds its result, an older engine's file
/// has none.
pub(super) fn decision_head(lang: Lang) -> [&'static str; 6] {
    [
        t(lang, "report-log-no"),
        t(lang, "report-exercise-time"),
        t(lang, "report-decided-by"),
        t(lang, "report-action"),
        t(lang, "report-target"),
        t(lang, "report-reason"),
    ]
}

pub(super) fn table(head: &[&str], rows: Vec<Vec<String>>, numeric: &[usize]) -> Block {
    Block::Table {
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
        numeric: numeric.to_vec(),
    }
}

/// `YYYY-MM-DD HH:MM` of a minute offset, in the language's form.
pub(super) fn at(s: &Scenario, minutes: i64, lang: Lang) -> String {
    text::wall_time(&iso(s, minutes), lang)
}

/// A minute offset inside a sentence: "am 15.10.2021 um 03:15" / "on 2021-10-15 at 03:15".
pub(super) fn moment(s: &Scenario, minutes: i64, lang: Lang) -> String {
    text::moment(&iso(s, minutes), lang)
}

/// `YYYY-MM-DD HH:MM` of a minute offset (empty before the calendar's start).
pub(super) fn iso(s: &Scenario, minutes: i64) -> String {
    s.wall_clock(minutes)
        .map(|t| t.to_string())
        .unwrap_or_default()
}

fn span(s: &Scenario, sim: &Sim, lang: Lang) -> String {
    let now = sim.clock().now;
    format!(
        "{} – {} ({})",
        at(s, 0, lang),
        at(s, now, lang),
        text::day(s.day_of(now), lang)
    )
}

/// A word of the interface as it begins a table cell or sentence: capitalised where the
/// language's catalogue says so (English: "Running"); German cells keep their words as they
/// are ("läuft", "nein").
pub(in crate::report) fn cap(text: &str, lang: Lang) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if t(lang, "report-capitalise-cells") == "yes" => {
            first.to_uppercase().chain(chars).collect()
        }
        _ => text.to_string(),
    }
}

pub(super) fn yes_no(b: bool, lang: Lang) -> &'static str {
    if b {
        t(lang, "report-yes")
    } else {
        t(lang, "report-no")
    }
}

/// The scenario's state networks, by name ("CN LAVINE"), or none.
fn state_networks(s: &Scenario) -> Vec<&str> {
    s.networks()
        .iter()
        .filter(|n| n.kind == NetworkKind::State)
        .map(|n| n.name.as_str())
        .collect()
}

/// The services whose cases lapse, by name.
fn lapsing_services(s: &Scenario) -> Vec<&str> {
    s.services()
        .iter()
        .filter(|x| x.lapses_after.is_some())
        .map(|x| x.name.as_str())
        .collect()
}

/// The key figures this scenario can measure, in report order: no state network figure without
/// a state network, no lapsed cases without a service whose cases lapse.
pub(super) fn figures(s: &Scenario) -> Vec<Figure> {
    s.figures()
        .into_iter()
        .filter(|f| match f {
            Figure::StateNetworkBreached => !state_networks(s).is_empty(),
            Figure::FinesLapsed => !lapsing_services(s).is_empty(),
            _ => true,
        })
        .collect()
}

/// A readable name for a key figure, named after what the scenario holds (its state network,
/// the services whose cases lapse).
pub(super) fn figure_label(s: &Scenario, f: Figure, lang: Lang) -> String {
    let service = |i: crate::scenario::model::ServiceIdx| s.services()[i.index()].name.as_str();
    match f {
        Figure::CompromisedPeak => t(lang, "report-figure-compromised-peak").into(),
        Figure::EncryptedPeak => t(lang, "report-figure-encrypted-peak").into(),
        Figure::StateNetworkBreached => tf!(
            lang,
            "report-figure-state-network",
            networks = state_networks(s).join(", ")
        ),
        Figure::FinesLapsed => tf!(
            lang,
            "report-figure-fines-lapsed",
            services = lapsing_services(s).join(", ")
        ),
        Figure::CostEur => t(lang, "report-figure-cost").into(),
        Figure::NormalOperationDay => t(lang, "report-figure-normal-operation").into(),
        Figure::ServiceDownHours(i) => {
            tf!(lang, "report-figure-down-hours", service = service(i))
        }
        Figure::ServiceRestoredDay(i) => {
            tf!(lang, "report-figure-restored", service = service(i))
        }
        Figure::ServiceBacklogPeak(i) => {
            tf!(lang, "report-figure-backlog-peak", service = service(i))
        }
        Figure::DeadlineMet(i) => tf!(
            lang,
            "report-figure-deadline-met",
            deadline = s.deadlines()[i.index()].name.as_str()
        ),
    }
}

/// A key figure of a run as the report prints it: as [`figure_value`], but a service that
/// never failed is "nie ausgefallen", not back from the first day of the run.
pub(super) fn outcome_value(outcome: &Outcome, f: Figure, lang: Lang) -> String {
    match f {
        Figure::ServiceRestoredDay(i)
            if outcome.value(Figure::ServiceDownHours(i)) == Some(0.0) =>
        {
            t(lang, "report-never-down").into()
        }
        _ => figure_value(f, outcome.value(f), lang),
    }
}

/// A key figure's value as the report prints it.
pub(super) fn figure_value(f: Figure, v: Option<f64>, lang: Lang) -> String {
    let whole = |x: f64| number(x.max(0.0).round() as u64, lang);
    match (f, v) {
        (Figure::NormalOperationDay | Figure::ServiceRestoredDay(_), Some(x)) => {
            text::day(x.round() as i64, lang)
        }
        (Figure::NormalOperationDay | Figure::ServiceRestoredDay(_), None) => {
            t(lang, "report-never").into()
        }
        (Figure::DeadlineMet(_), None) => t(lang, "report-not-yet-due").into(),
        (Figure::DeadlineMet(_) | Figure::StateNetworkBreached, Some(x)) => {
            yes_no(x >= 0.5, lang).into()
        }
        (Figure::CostEur, Some(x)) => {
            text::euros(u32::try_from(x.round() as u64).unwrap_or(u32::MAX), lang)
        }
        (_, Some(x)) => whole(x),
        (_, None) => "–".into(),
    }
}

fn team_label(lang: Lang) -> &'static str {
    t(lang, "report-exercise")
}

fn history_label(lang: Lang) -> &'static str {
    t(lang, "report-history")
}

fn decision_of(d: &Debrief, command: Option<usize>) -> Option<&Decision> {
    match &d.file.commands.get(command?)?.command {
        Command::Decide(decision) => Some(decision),
        _ => None,
    }
}

pub(super) fn action_name(s: &Scenario, id: &str) -> String {
    s.actions()
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| id.to_string(), |a| a.name.clone())
}

pub(super) fn target_name(s: &Scenario, action: &str, target: Option<&str>) -> String {
    let Some(target) = target else {
        return "–".into();
    };
    s.actions()
        .iter()
        .find(|a| a.id == action)
        .and_then(|a| a.target)
        .and_then(|kind| find_target(s, kind, target))
        .map_or_else(|| target.to_string(), |t| s.target_name(t).to_string())
}

fn overview(d: &Debrief, file_name: &str) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let file = &d.file;
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
    let decisions = file
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .count();
    let delivered = d
        .snapshot
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Released)
        .count();
    let facts = vec![
        vec![
            t(lang, "report-scenario").into(),
            format!("{} ({})", s.meta().title, s.meta().id),
        ],
        vec![t(lang, "report-exercise-file").into(), file_name.into()],
        vec![
            t(lang, "report-exercise-time").into(),
            span(s, &d.team, lang),
        ],
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
            number(decisions as u64, lang),
        ],
        vec![
            t(lang, "report-injects-delivered").into(),
            number(delivered as u64, lang),
        ],
        vec![
            t(lang, "report-seed-program").into(),
            format!("{} / {}", file.seed, file.engine),
        ],
        vec![
            t(lang, "report-scenario-checksum").into(),
            file.scenario_hash.clone(),
        ],
    ];
    // The headline figures this scenario measures, as one sentence each.
    let headline = figures(s);
    let summary: Vec<String> = [
        Figure::StateNetworkBreached,
        Figure::EncryptedPeak,
        Figure::FinesLapsed,
        Figure::NormalOperationDay,
    ]
    .into_iter()
    .filter(|f| headline.contains(f))
    .map(|f| {
        format!(
            "{}: {}.",
            figure_label(s, f, lang),
            outcome_value(&d.outcome, f, lang)
        )
    })
    .collect();
    let summary = summary.join(" ");
    let functions: Vec<Vec<String>> = s
        .roles()
        .iter()
        .map(|r| {
            let n = file.logbook.iter().filter(|e| e.function == r.id).count();
            vec![
                r.name.clone(),
                r.description.clone(),
                number(n as u64, lang),
            ]
        })
        .collect();
    let objectives = s
        .objectives()
        .iter()
        .map(|o| {
            if o.description.is_empty() {
                o.name.clone()
            } else {
                format!("{}: {}", o.name, o.description)
            }
        })
        .collect();
    section(
        "overview",
        t(lang, "report-overview"),
        vec![
            Block::Para(s.meta().description.clone()),
            table(
                &[t(lang, "report-item"), t(lang, "report-value")],
                facts,
                &[],
            ),
            Block::Para(summary),
            Block::Heading(t(lang, "report-staff-functions").into()),
            table(
                &[
                    t(lang, "report-function"),
                    t(lang, "report-task"),
                    t(lang, "report-entries"),
                ],
                functions,
                &[2],
            ),
            Block::Heading(t(lang, "report-objectives").into()),
            Block::List(objectives),
            Block::Para(t(lang, "report-overview-note").into()),
        ],
    )
}

/// When the team's decision (action on target) was finished, from the timeline.
fn finished(sim: &Sim, s: &Scenario, decision: &Decision, tick: u64, lang: Lang) -> String {
    let target = |t: Option<crate::scenario::model::Target>| {
        t.map(|t| crate::sim::target_id(s, t).to_string())
    };
    sim.timeline()
        .iter()
        .find(|f| {
            f.tick >= tick
                && matches!(&f.kind, FactKind::ActionFinished { action, target: t }
                    if s.actions()[action.index()].id == decision.action
                        && target(*t) == decision.target)
        })
        .map_or_else(
            || t(lang, "report-not-finished").to_string(),
            |f| tf!(lang, "report-finished", time = at(s, f.at, lang)),
        )
}

fn decisions(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let entries: Vec<_> = d
        .file
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .collect();
    let mut rows = Vec::new();
    for e in &entries {
        let Some(decision) = decision_of(d, e.command) else {
            continue;
        };
        rows.push(vec![
            e.number.to_string(),
            text::wall_time(&e.exercise_time, lang),
            function_name(s, &decision.function),
            action_name(s, &decision.action),
            target_name(s, &decision.action, decision.target.as_deref()),
            decision.reason.clone(),
            finished(&d.team, s, decision, e.tick, lang),
        ]);
    }
    let first_alarm = d
        .team
        .timeline()
        .iter()
        .find(|f| f.staff && matches!(f.kind, FactKind::Alarm(_) | FactKind::Reported { .. }))
        .map(|f| f.at);
    let first_decision = entries.first().map(|e| e.tick as i64 * s.meta().tick);
    let latency = match (first_alarm, first_decision) {
        (Some(a), Some(b)) if b >= a => text::duration(b - a, lang),
        (Some(_), Some(_)) => t(lang, "report-before-first-report").into(),
        _ => "–".into(),
    };
    let summary = tf!(
        lang,
        "report-decisions-summary",
        count = rows.len() as u64,
        latency = latency
    );
    section(
        "decisions",
        t(lang, "report-decisions"),
        vec![
            Block::Para(summary),
            table(
                &[&decision_head(lang)[..], &[t(lang, "report-result")]].concat(),
                rows,
                &[0],
            ),
        ],
    )
}

fn requirement(s: &Scenario, r: Requirement, lang: Lang) -> String {
    match r {
        Requirement::ServiceAvailable(i) => tf!(
            lang,
            "report-requires-available",
            service = s.services()[i.index()].name.as_str()
        ),
        Requirement::ServiceUp(i) => tf!(
            lang,
            "report-requires-up",
            service = s.services()[i.index()].name.as_str()
        ),
        Requirement::ActionDone(a) => tf!(
            lang,
            "report-requires-done",
            action = s.actions()[a.index()].name.as_str()
        ),
    }
}

fn deadlines(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let (outcome, history) = (&d.outcome, &d.history_outcome);
    let rows = s
        .deadlines()
        .iter()
        .enumerate()
        .map(|(i, dl)| {
            let f = Figure::DeadlineMet(crate::scenario::model::DeadlineIdx(i as u32));
            let verdict = |v: Option<f64>| cap(text::deadline(v.map(|x| x >= 0.5), lang), lang);
            vec![
                dl.name.clone(),
                at(s, dl.due, lang),
                requirement(s, dl.requires, lang),
                verdict(outcome.value(f)),
                verdict(history.value(f)),
            ]
        })
        .collect();
    section(
        "deadlines",
        t(lang, "report-deadlines"),
        vec![table(
            &[
                t(lang, "report-deadline"),
                t(lang, "report-due"),
                t(lang, "report-requires"),
                t(lang, "report-exercise"),
                history_label(lang),
            ],
            rows,
            &[],
        )],
    )
}

/// The observers' observations, one list item each: time, text and what it refers to.
pub(super) fn observation_items(file: &ExerciseFile, lang: Lang) -> Vec<String> {
    file.observations
        .iter()
        .map(|o| {
            let about = match &o.refers_to {
                Some(Reference::Entry(n)) => format!(
                    " [{}]",
                    tf!(lang, "report-refers-entry", number = n.to_string())
                ),
                Some(Reference::Inject(id)) => {
                    format!(" [{}]", tf!(lang, "report-refers-inject", id = id.as_str()))
                }
                None => String::new(),
            };
            format!(
                "{} – {}{about}",
                text::wall_time(&o.exercise_time, lang),
                o.text
            )
        })
        .collect()
}

fn objectives(d: &Debrief) -> Section {
    let lang = d.lang;
    let results = &d.objectives;
    let rows = results
        .iter()
        .map(|o| {
            let state = match o.met {
                Some(true) => text::verdict(Verdict::Erfuellt, lang),
                Some(false) => text::verdict(Verdict::NichtErfuellt, lang),
                None => t(lang, "report-open"),
            };
            let detail = text::evidence(&o.evidence, lang);
            let evidence = if detail.is_empty() {
                state.to_string()
            } else {
                format!("{state}: {detail}")
            };
            let rating = d.file.ratings.iter().rev().find(|r| r.objective == o.id);
            vec![
                o.name.clone(),
                evidence,
                rating.map_or_else(
                    || t(lang, "report-not-rated").to_string(),
                    |r| cap(text::verdict(r.verdict, lang), lang),
                ),
                rating.map_or_else(String::new, |r| r.comment.clone()),
            ]
        })
        .collect();
    let observations = observation_items(&d.file, lang);
    let mut blocks = vec![table(
        &[
            t(lang, "report-objective"),
            t(lang, "report-evidence"),
            t(lang, "report-rating"),
            t(lang, "report-comment"),
        ],
        rows,
        &[],
    )];
    blocks.push(Block::Heading(t(lang, "report-observations").into()));
    if observations.is_empty() {
        blocks.push(Block::Para(t(lang, "report-no-observations").into()));
    } else {
        blocks.push(Block::List(observations));
    }
    section("objectives", t(lang, "report-objectives-ratings"), blocks)
}

fn counterfactuals(d: &Debrief, effects: &[super::Effect]) -> Section {
    super::counterfactual::section(&d.scenario, effects, d.lang)
}
