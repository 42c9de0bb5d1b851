//! The report's chapters, in the shape German staffs know from an Auswertungsbericht (AAR/IP):
//! overview, course of events, decisions, outages, deadlines, objectives, the Realverlauf beside
//! the team's play, the improvement plan, and the annexes.

use super::charts::{self, HISTORY, Series, TEAM};
use super::doc::{Block, Document, Section};
use super::logbook::{function_name, row as logbook_row};
use super::{Debrief, tr};
use crate::exercise::{EntryKind, ExerciseFile, Reaction, Reference, Verdict};
use crate::i18n::{Lang, number};
use crate::scenario::Scenario;
use crate::scenario::model::{Criterion, Figure, Requirement};
use crate::sim::command::{Command, Decision};
use crate::sim::injects::InjectStatus;
use crate::sim::record::{Fact, FactKind, Sample};
use crate::sim::{Sim, find_target};
use crate::tui::text;

/// At most this many points per line: enough for any chart width, small enough to print.
const MAX_POINTS: usize = 240;

pub(super) fn document(d: &Debrief, file_name: &str) -> Document {
    let lang = d.lang;
    let s = std::sync::Arc::clone(&d.scenario);
    let mut sections = vec![
        overview(d, file_name),
        timeline(d),
        decisions(d),
        services(d),
        deadlines(d),
        objectives(d),
        realverlauf(d),
    ];
    if let Some(effects) = &d.effects {
        sections.push(counterfactuals(d, effects));
    }
    sections.extend([
        plan(d),
        annex_logbook(d),
        annex_decisions(d),
        annex_injects(d),
    ]);
    Document {
        lang,
        title: format!(
            "{}: {}",
            tr(lang, "Auswertungsbericht", "After-action report"),
            s.meta().title
        ),
        notice: Vec::new(),
        subtitle: vec![
            format!("{}: {file_name}", tr(lang, "Übungsdatei", "Exercise file")),
            format!(
                "{}: {}",
                tr(lang, "Übungszeit", "Exercise time"),
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

pub(super) fn table(head: &[&str], rows: Vec<Vec<String>>, numeric: &[usize]) -> Block {
    Block::Table {
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
        numeric: numeric.to_vec(),
    }
}

/// `YYYY-MM-DD HH:MM` of a minute offset, in the language's form.
fn at(s: &Scenario, minutes: i64, lang: Lang) -> String {
    let iso = s
        .wall_clock(minutes)
        .map(|t| t.to_string())
        .unwrap_or_default();
    text::wall_time(&iso, lang)
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

pub(super) fn yes_no(b: bool, lang: Lang) -> &'static str {
    match (b, lang) {
        (true, Lang::De) => "ja",
        (false, Lang::De) => "nein",
        (true, Lang::En) => "yes",
        (false, Lang::En) => "no",
    }
}

/// A readable name for a key figure.
pub(super) fn figure_label(s: &Scenario, f: Figure, lang: Lang) -> String {
    let service = |i: crate::scenario::model::ServiceIdx| s.services()[i.index()].name.as_str();
    match f {
        Figure::CompromisedPeak => tr(
            lang,
            "Rechner kompromittiert (Höchststand)",
            "hosts compromised (peak)",
        )
        .into(),
        Figure::EncryptedPeak => tr(
            lang,
            "Rechner verschlüsselt (Höchststand)",
            "hosts encrypted (peak)",
        )
        .into(),
        Figure::StateNetworkBreached => tr(
            lang,
            "Landesnetz vom Angreifer erreicht",
            "state network reached by the attacker",
        )
        .into(),
        Figure::FinesLapsed => {
            tr(lang, "Fälle verjährt (Bußgelder)", "cases lapsed (fines)").into()
        }
        Figure::CostEur => tr(lang, "Kosten der Maßnahmen", "cost of actions").into(),
        Figure::NormalOperationDay => tr(lang, "Normalbetrieb ab", "normal operation from").into(),
        Figure::ServiceDownHours(i) => format!(
            "{}: {}",
            service(i),
            tr(lang, "Stunden ausgefallen", "hours down")
        ),
        Figure::ServiceRestoredDay(i) => format!(
            "{}: {}",
            service(i),
            tr(lang, "wieder verfügbar ab", "back from")
        ),
        Figure::ServiceBacklogPeak(i) => format!(
            "{}: {}",
            service(i),
            tr(lang, "Rückstand (Höchststand)", "backlog (peak)")
        ),
        Figure::DeadlineMet(i) => format!(
            "{}: {}",
            s.deadlines()[i.index()].name,
            tr(lang, "eingehalten", "met")
        ),
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
            tr(lang, "nie", "never").into()
        }
        (Figure::DeadlineMet(_), None) => tr(lang, "noch nicht fällig", "not yet due").into(),
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

/// The exercise day of a sample, as a fraction.
fn day_of_sample(s: &Scenario, sample: &Sample) -> f64 {
    let minutes = sample.tick as i64 * s.meta().tick - s.meta().incident_start;
    minutes as f64 / 1440.0
}

/// One line of a chart from the samples, thinned evenly to at most [`MAX_POINTS`].
fn line(
    s: &Scenario,
    samples: &[Sample],
    label: String,
    colour: plotters::style::RGBColor,
    dashed: bool,
    value: impl Fn(&Sample) -> f64,
) -> Series {
    let stride = samples.len().div_ceil(MAX_POINTS).max(1);
    let mut points: Vec<(f64, f64)> = samples
        .iter()
        .step_by(stride)
        .map(|x| (day_of_sample(s, x), value(x)))
        .collect();
    if let Some(last) = samples.last()
        && samples.len() % stride != 1 % stride
    {
        points.push((day_of_sample(s, last), value(last)));
    }
    Series {
        label,
        points,
        colour,
        dashed,
    }
}

/// A chart block; the fallback table lists the first line's values once a day.
fn chart(caption: String, y_desc: &str, series: Vec<Series>, lang: Lang) -> Block {
    let x_desc = tr(lang, "Tag", "day");
    let svg = charts::line_chart(x_desc, y_desc, &series).unwrap_or_else(|e| {
        // Drawing into a string cannot fail for lack of space; say so if it fails anyway.
        format!("<p>{}</p>", super::doc::escape(&e))
    });
    let mut head = vec![x_desc.to_string()];
    head.extend(series.iter().map(|l| l.label.clone()));
    let mut rows = Vec::new();
    if let Some(first) = series.first() {
        let mut last_day = i64::MIN;
        for (i, (x, _)) in first.points.iter().enumerate() {
            let day = x.floor() as i64;
            if day == last_day {
                continue;
            }
            last_day = day;
            let mut row = vec![day.to_string()];
            row.extend(series.iter().map(|l| {
                l.points
                    .get(i)
                    .map_or_else(String::new, |p| number(p.1.max(0.0).round() as u64, lang))
            }));
            rows.push(row);
        }
    }
    let numeric = (0..head.len()).collect();
    Block::Chart {
        caption,
        svg,
        fallback: Box::new(Block::Table {
            head,
            rows,
            numeric,
        }),
    }
}

fn team_label(lang: Lang) -> &'static str {
    tr(lang, "Übung", "exercise")
}

fn history_label(lang: Lang) -> &'static str {
    tr(lang, "Realverlauf (simuliert)", "Realverlauf (simulated)")
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
        _ => tr(lang, "– (ohne Terminal gerechnet)", "– (computed headless)").into(),
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
            tr(lang, "Szenario", "Scenario").into(),
            format!("{} ({})", s.meta().title, s.meta().id),
        ],
        vec![
            tr(lang, "Übungsdatei", "Exercise file").into(),
            file_name.into(),
        ],
        vec![
            tr(lang, "Übungszeit", "Exercise time").into(),
            span(s, &d.team, lang),
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
            number(decisions as u64, lang),
        ],
        vec![
            tr(lang, "Einlagen zugestellt", "Injects delivered").into(),
            number(delivered as u64, lang),
        ],
        vec![
            tr(lang, "Seed / Programm", "Seed / program").into(),
            format!("{} / {}", file.seed, file.engine),
        ],
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
    let outcome = &d.outcome;
    let summary = format!(
        "{}: {}. {}: {}. {}: {}. {}: {}.",
        figure_label(s, Figure::StateNetworkBreached, lang),
        figure_value(
            Figure::StateNetworkBreached,
            outcome.value(Figure::StateNetworkBreached),
            lang
        ),
        figure_label(s, Figure::EncryptedPeak, lang),
        figure_value(
            Figure::EncryptedPeak,
            outcome.value(Figure::EncryptedPeak),
            lang
        ),
        figure_label(s, Figure::FinesLapsed, lang),
        figure_value(
            Figure::FinesLapsed,
            outcome.value(Figure::FinesLapsed),
            lang
        ),
        figure_label(s, Figure::NormalOperationDay, lang),
        figure_value(
            Figure::NormalOperationDay,
            outcome.value(Figure::NormalOperationDay),
            lang
        ),
    );
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
        tr(lang, "Übungsüberblick", "Exercise overview"),
        vec![
            Block::Para(s.meta().description.clone()),
            table(&[tr(lang, "Angabe", "Item"), tr(lang, "Wert", "Value")], facts, &[]),
            Block::Para(summary),
            Block::Heading(tr(lang, "Beteiligte Funktionen", "Staff functions").into()),
            table(
                &[
                    tr(lang, "Funktion", "Function"),
                    tr(lang, "Aufgabe", "Task"),
                    tr(lang, "Einträge", "Entries"),
                ],
                functions,
                &[2],
            ),
            Block::Heading(tr(lang, "Übungsziele", "Objectives").into()),
            Block::List(objectives),
            Block::Para(
                tr(
                    lang,
                    "Geprüft werden Pläne, Abläufe und Meldewege, nicht Personen. Der Realverlauf 2021 ist Diskussionsgrundlage, nicht die „richtige Lösung“.",
                    "Plans, procedures and reporting lines are tested, not people. The Realverlauf 2021 (the real course of events) is a basis for discussion, not the \"right answer\".",
                )
                .into(),
            ),
        ],
    )
}

/// A fact of the run in words, if it belongs in the timeline.
fn fact_text(s: &Scenario, fact: &Fact, lang: Lang) -> Option<String> {
    Some(match &fact.kind {
        FactKind::StageReached(stage) => format!(
            "{}: {}",
            tr(lang, "Angreifer erreicht Phase", "attacker reaches stage"),
            text::stage(&format!("{stage:?}"), lang)
        ),
        FactKind::Alarm(n) => format!(
            "{}: {}",
            tr(lang, "Alarm", "alarm"),
            s.networks()[n.index()].name
        ),
        FactKind::PrivilegesLost => tr(
            lang,
            "Angreifer verliert seine Rechte",
            "attacker loses his privileges",
        )
        .into(),
        FactKind::ActionDecided { action, target } => format!(
            "{}: {}{}",
            tr(lang, "Entscheidung", "decision"),
            s.actions()[action.index()].name,
            target
                .map(|t| format!(" → {}", s.target_name(t)))
                .unwrap_or_default()
        ),
        FactKind::ActionFinished { action, target } => format!(
            "{}: {}{}",
            tr(lang, "Maßnahme abgeschlossen", "action finished"),
            s.actions()[action.index()].name,
            target
                .map(|t| format!(" → {}", s.target_name(t)))
                .unwrap_or_default()
        ),
        FactKind::HostsShutDown(n) => format!(
            "{} {}",
            number(u64::from(*n), lang),
            tr(lang, "Rechner heruntergefahren", "hosts shut down")
        ),
        FactKind::ServiceChanged { service, from, to } => format!(
            "{}: {} → {}",
            s.services()[service.index()].name,
            text::service_status(*from, lang),
            text::service_status(*to, lang)
        ),
        FactKind::DeadlinePassed { deadline, met } => format!(
            "{}: {}",
            s.deadlines()[deadline.index()].name,
            text::deadline(Some(*met), lang)
        ),
        FactKind::InjectReleased(i) => {
            let inject = &s.injects()[i.index()];
            format!(
                "{} {}: {}",
                tr(lang, "Einlage", "inject"),
                inject.id,
                inject.title
            )
        }
        FactKind::AdHocReleased(n) => {
            format!(
                "{} {n}",
                tr(
                    lang,
                    "Einlage der Übungssteuerung",
                    "inject of exercise control"
                )
            )
        }
        FactKind::Notified(o) => format!(
            "{}: {}",
            tr(lang, "Benachrichtigt", "notified"),
            s.organisations()[o.index()].name
        ),
        FactKind::PublicInformed => tr(lang, "Öffentlichkeit informiert", "public informed").into(),
        FactKind::ExtortionAnswered => {
            tr(lang, "Erpressung beantwortet", "extortion answered").into()
        }
        FactKind::OfficesClosed(o) => format!(
            "{}: {}",
            tr(lang, "Dienststellen geschlossen", "offices closed"),
            s.organisations()[o.index()].name
        ),
        FactKind::Reinfected { system, count } => format!(
            "{}: {} {}",
            s.systems()[system.index()].name,
            number(u64::from(*count), lang),
            tr(
                lang,
                "wiederhergestellte Rechner erneut vom Täter übernommen",
                "restored hosts taken again by the attacker"
            )
        ),
        FactKind::DecisionDropped { action, target } => format!(
            "{}: {}{}",
            tr(lang, "Entscheidung entfällt", "decision dropped"),
            s.actions()[action.index()].name,
            target
                .map(|t| format!(" → {}", s.target_name(t)))
                .unwrap_or_default()
        ),
        _ => return None,
    })
}

fn timeline(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let hosts = chart(
        tr(
            lang,
            "Rechner über die Zeit: kompromittiert, verschlüsselt und der Stab bekannt (Übung), kompromittiert im Realverlauf",
            "Hosts over time: compromised, encrypted and known to the staff (exercise), compromised in the Realverlauf",
        )
        .into(),
        tr(lang, "Rechner", "hosts"),
        vec![
            line(s, &d.team.stats().samples, tr(lang, "kompromittiert", "compromised").into(), TEAM[0], false, |x| f64::from(x.compromised)),
            line(s, &d.team.stats().samples, tr(lang, "verschlüsselt", "encrypted").into(), TEAM[1], false, |x| f64::from(x.encrypted)),
            line(s, &d.team.stats().samples, tr(lang, "dem Stab bekannt", "known to the staff").into(), TEAM[2], false, |x| f64::from(x.known_compromised)),
            line(s, &d.history.stats().samples, format!("{}: {}", history_label(lang), tr(lang, "kompromittiert", "compromised")), HISTORY, true, |x| f64::from(x.compromised)),
        ],
        lang,
    );
    // The first alarm per network is news; its repeats are not.
    let mut alarmed = Vec::new();
    let rows: Vec<Vec<String>> = d
        .team
        .timeline()
        .iter()
        .filter(|f| match f.kind {
            FactKind::Alarm(n) if alarmed.contains(&n) => false,
            FactKind::Alarm(n) => {
                alarmed.push(n);
                true
            }
            _ => true,
        })
        .filter_map(|f| {
            let what = fact_text(s, f, lang)?;
            let seen = if f.staff {
                tr(lang, "Stab", "staff")
            } else {
                tr(lang, "nur Steuerung", "control only")
            };
            Some(vec![
                at(s, f.at, lang),
                text::day(s.day_of(f.at), lang),
                what,
                seen.into(),
            ])
        })
        .collect();
    section(
        "timeline",
        tr(lang, "Zeitleiste", "Timeline"),
        vec![
            hosts,
            Block::Para(
                tr(
                    lang,
                    "Was geschah, in der Reihenfolge der Übungszeit. „nur Steuerung“: Der Stab erfuhr davon nicht (Lagebild der Steuerung).",
                    "What happened, in exercise time. \"control only\": the staff never learned of it (control's picture).",
                )
                .into(),
            ),
            table(
                &[
                    tr(lang, "Übungszeit", "Exercise time"),
                    tr(lang, "Tag", "Day"),
                    tr(lang, "Ereignis", "Event"),
                    tr(lang, "Bekannt", "Known to"),
                ],
                rows,
                &[],
            ),
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
            || tr(lang, "nicht abgeschlossen", "not finished").to_string(),
            |f| {
                format!(
                    "{} {}",
                    tr(lang, "abgeschlossen", "finished"),
                    at(s, f.at, lang)
                )
            },
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
        (Some(_), Some(_)) => tr(lang, "vor der ersten Meldung", "before the first report").into(),
        _ => "–".into(),
    };
    let summary = format!(
        "{}: {}. {}: {}.",
        tr(lang, "Entscheidungen", "Decisions"),
        number(rows.len() as u64, lang),
        tr(
            lang,
            "Von der ersten Meldung bis zur ersten Entscheidung",
            "From the first report to the first decision"
        ),
        latency
    );
    section(
        "decisions",
        tr(lang, "Entscheidungen", "Decisions"),
        vec![
            Block::Para(summary),
            table(
                &[
                    tr(lang, "ETB-Nr.", "Log no."),
                    tr(lang, "Übungszeit", "Exercise time"),
                    tr(lang, "Entscheider", "Decided by"),
                    tr(lang, "Maßnahme", "Action"),
                    tr(lang, "Ziel", "Target"),
                    tr(lang, "Begründung", "Reason"),
                    tr(lang, "Ergebnis", "Result"),
                ],
                rows,
                &[0],
            ),
        ],
    )
}

fn services(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let running = chart(
        tr(
            lang,
            "Verfügbare Dienste (in Betrieb oder eingeschränkt): Übung und Realverlauf",
            "Services running (up or degraded): exercise and Realverlauf",
        )
        .into(),
        tr(lang, "Dienste", "services"),
        vec![
            line(
                s,
                &d.team.stats().samples,
                team_label(lang).into(),
                TEAM[0],
                false,
                |x| f64::from(x.services_running),
            ),
            line(
                s,
                &d.history.stats().samples,
                history_label(lang).into(),
                HISTORY,
                true,
                |x| f64::from(x.services_running),
            ),
        ],
        lang,
    );
    let backlog = chart(
        tr(
            lang,
            "Rückstand aller Dienste (offene Fälle): Übung und Realverlauf",
            "Backlog of all services (open cases): exercise and Realverlauf",
        )
        .into(),
        tr(lang, "Fälle", "cases"),
        vec![
            line(
                s,
                &d.team.stats().samples,
                team_label(lang).into(),
                TEAM[1],
                false,
                |x| x.backlog as f64,
            ),
            line(
                s,
                &d.history.stats().samples,
                history_label(lang).into(),
                HISTORY,
                true,
                |x| x.backlog as f64,
            ),
        ],
        lang,
    );
    let outcome = &d.outcome;
    let snapshot = &d.snapshot;
    let rows = s
        .services()
        .iter()
        .enumerate()
        .map(|(i, svc)| {
            let idx = crate::scenario::model::ServiceIdx(i as u32);
            let view = snapshot.services.iter().find(|v| v.id == svc.id);
            vec![
                svc.name.clone(),
                view.map_or_else(String::new, |v| text::service_status(v.status, lang).into()),
                figure_value(
                    Figure::ServiceDownHours(idx),
                    outcome.value(Figure::ServiceDownHours(idx)),
                    lang,
                ),
                figure_value(
                    Figure::ServiceRestoredDay(idx),
                    outcome.value(Figure::ServiceRestoredDay(idx)),
                    lang,
                ),
                figure_value(
                    Figure::ServiceBacklogPeak(idx),
                    outcome.value(Figure::ServiceBacklogPeak(idx)),
                    lang,
                ),
                view.map_or_else(String::new, |v| number(v.backlog, lang)),
                view.map_or_else(String::new, |v| number(v.lapsed, lang)),
                d.held.get(&svc.id).map_or_else(String::new, |h| {
                    format!(
                        "{} ({} {})",
                        text::reason_link(s, &h.cause, lang),
                        number(u64::from(h.days), lang),
                        match h.days {
                            1 => tr(lang, "Tag", "day"),
                            _ => tr(lang, "Tage", "days"),
                        }
                    )
                }),
            ]
        })
        .collect();
    section(
        "services",
        tr(
            lang,
            "Ausfälle und Rückstände",
            "Service outages and backlogs",
        ),
        vec![
            running,
            backlog,
            table(
                &[
                    tr(lang, "Dienst", "Service"),
                    tr(lang, "Stand", "Status"),
                    tr(lang, "Stunden ausgefallen", "Hours down"),
                    tr(lang, "wieder verfügbar ab", "Back from"),
                    tr(lang, "Rückstand (Spitze)", "Backlog (peak)"),
                    tr(lang, "Rückstand (Stand)", "Backlog (now)"),
                    tr(lang, "verjährt", "Lapsed"),
                    tr(lang, "weil (am längsten)", "because (longest)"),
                ],
                rows,
                &[2, 4, 5, 6],
            ),
        ],
    )
}

fn requirement(s: &Scenario, r: Requirement, lang: Lang) -> String {
    match r {
        Requirement::ServiceAvailable(i) => format!(
            "{} {}",
            s.services()[i.index()].name,
            tr(
                lang,
                "verfügbar (auch auf Papier)",
                "available (paper counts)"
            )
        ),
        Requirement::ServiceUp(i) => format!(
            "{} {}",
            s.services()[i.index()].name,
            tr(lang, "in Betrieb", "up")
        ),
        Requirement::ActionDone(a) => format!(
            "{}: {}",
            tr(lang, "erledigt", "done"),
            s.actions()[a.index()].name
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
            let verdict = |v: Option<f64>| text::deadline(v.map(|x| x >= 0.5), lang).to_string();
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
        tr(lang, "Fristen", "Deadlines"),
        vec![table(
            &[
                tr(lang, "Frist", "Deadline"),
                tr(lang, "fällig", "Due"),
                tr(lang, "verlangt", "Requires"),
                tr(lang, "Übung", "Exercise"),
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
                Some(Reference::Entry(n)) => format!(" [{} {n}]", tr(lang, "ETB-Nr.", "log no.")),
                Some(Reference::Inject(id)) => format!(" [{} {id}]", tr(lang, "Einlage", "inject")),
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
                None => tr(lang, "offen", "open"),
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
                    || tr(lang, "nicht bewertet", "not rated").to_string(),
                    |r| text::verdict(r.verdict, lang).to_string(),
                ),
                rating.map_or_else(String::new, |r| r.comment.clone()),
            ]
        })
        .collect();
    let observations = observation_items(&d.file, lang);
    let mut blocks = vec![table(
        &[
            tr(lang, "Übungsziel", "Objective"),
            tr(lang, "Befund aus dem Lauf", "Evidence from the run"),
            tr(lang, "Bewertung (Beobachter)", "Rating (observers)"),
            tr(lang, "Kommentar", "Comment"),
        ],
        rows,
        &[],
    )];
    blocks.push(Block::Heading(
        tr(lang, "Beobachtungen", "Observations").into(),
    ));
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
        tr(lang, "Übungsziele und Bewertung", "Objectives and ratings"),
        blocks,
    )
}

fn sources_of(s: &Scenario, sources: &[crate::scenario::model::SourceIdx]) -> String {
    sources
        .iter()
        .map(|i| s.sources()[i.index()].id.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn realverlauf(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let (team, history) = (&d.outcome, &d.history_outcome);
    // The year the incident began: 2021 for the reference scenario.
    let year = s
        .wall_clock(s.meta().incident_start)
        .map(|t| t.to_string().chars().take(4).collect::<String>())
        .unwrap_or_default();
    let mut cited = Vec::new();
    let rows = s
        .figures()
        .into_iter()
        .map(|f| {
            let observed = s.observed().iter().find(|o| o.figure == f);
            if let Some(o) = observed {
                cited.extend(o.provenance.sources.iter().copied());
            }
            vec![
                figure_label(s, f, lang),
                figure_value(f, team.value(f), lang),
                figure_value(f, history.value(f), lang),
                observed.map_or_else(
                    || "–".to_string(),
                    |o| {
                        let mut cell =
                            format!("{}: {}", figure_value(f, Some(o.value), lang), o.text);
                        if let Some(a) = &o.provenance.assumption {
                            cell = format!("{cell} ({}: {a})", tr(lang, "Annahme", "assumption"));
                        }
                        cell
                    },
                ),
                observed.map_or_else(String::new, |o| sources_of(s, &o.provenance.sources)),
            ]
        })
        .collect();
    // Every real decision beside the team's first decision of the same action and target.
    let mut decisions = Vec::new();
    for r in s.realverlauf() {
        cited.extend(r.provenance.sources.iter().copied());
        let action = &s.actions()[r.action.index()];
        let target = r.target.map(|t| crate::sim::target_id(s, t).to_string());
        let team_time = d
            .file
            .logbook
            .iter()
            .filter(|e| e.kind == EntryKind::Decision)
            .find(|e| {
                decision_of(d, e.command)
                    .is_some_and(|x| x.action == action.id && x.target == target)
            })
            .map_or_else(
                || tr(lang, "nicht getroffen", "not taken").to_string(),
                |e| {
                    format!(
                        "{} ({} {})",
                        text::wall_time(&e.exercise_time, lang),
                        tr(lang, "ETB-Nr.", "log no."),
                        e.number
                    )
                },
            );
        decisions.push(vec![
            at(s, r.at, lang),
            function_name(s, &s.roles()[r.function.index()].id),
            format!(
                "{}{}",
                action.name,
                r.target
                    .map(|t| format!(" → {}", s.target_name(t)))
                    .unwrap_or_default()
            ),
            r.reason.clone(),
            sources_of(s, &r.provenance.sources),
            team_time,
        ]);
    }
    cited.sort();
    cited.dedup();
    let sources = cited
        .iter()
        .map(|i| {
            let src = &s.sources()[i.index()];
            vec![
                src.id.clone(),
                src.title.clone(),
                src.date.to_string(),
                src.url.clone(),
            ]
        })
        .collect();
    section(
        "realverlauf",
        &format!("Realverlauf {year}"),
        vec![
            Block::Para(tr(
                lang,
                "Neben dem Spiel des Stabes: der Realverlauf, einmal mit den Entscheidungen von 2021 auf demselben Seed simuliert, einmal so, wie die Quellen ihn berichten. Er ist Diskussionsgrundlage, nicht Maßstab.",
                "Beside the staff's play: the Realverlauf (the real course of events), once simulated with the 2021 decisions on the same seed, once as the sources report it. It is a basis for discussion, not the yardstick.",
            ).into()),
            Block::Heading(tr(lang, "Kennzahlen", "Key figures").into()),
            table(
                &[
                    tr(lang, "Kennzahl", "Figure"),
                    tr(lang, "Übung", "Exercise"),
                    history_label(lang),
                    &format!("{year} {}", tr(lang, "laut Quellen", "according to sources")),
                    tr(lang, "Quellen", "Sources"),
                ],
                rows,
                &[1, 2],
            ),
            Block::Heading(match lang {
                Lang::De => format!("Entscheidungen {year} und in der Übung"),
                Lang::En => format!("Decisions in {year} and in the exercise"),
            }),
            table(
                &[
                    &year,
                    tr(lang, "Funktion", "Function"),
                    tr(lang, "Maßnahme", "Action"),
                    tr(lang, "Begründung 2021", "Reason in 2021"),
                    tr(lang, "Quellen", "Sources"),
                    tr(lang, "In der Übung", "In the exercise"),
                ],
                decisions,
                &[],
            ),
            Block::Heading(tr(lang, "Quellen", "Sources").into()),
            table(
                &[
                    tr(lang, "Kennung", "Id"),
                    tr(lang, "Titel", "Title"),
                    tr(lang, "Datum", "Date"),
                    tr(lang, "Adresse", "Address"),
                ],
                sources,
                &[],
            ),
        ],
    )
}

/// The chapter's words live with the counterfactual runs that produce them.
fn counterfactuals(d: &Debrief, effects: &[super::Effect]) -> Section {
    super::counterfactual::section(&d.scenario, effects, d.lang)
}

/// The due date of the improvement plan: four weeks after the exercise (the after-action
/// conference within about a month), if the file holds a real date.
fn due(d: &Debrief, lang: Lang) -> String {
    let last = d
        .file
        .logbook
        .iter()
        .rev()
        .map(|e| e.real_time.as_str())
        .find(|t| t.len() >= 10);
    last.and_then(|t| t.get(..10))
        .and_then(crate::time::parse_date)
        .and_then(|date| date.checked_add(jiff::Span::new().days(28)).ok())
        .map_or_else(
            || {
                tr(
                    lang,
                    "4 Wochen nach der Übung",
                    "4 weeks after the exercise",
                )
                .to_string()
            },
            |date| match lang {
                Lang::De => date.strftime("%d.%m.%Y").to_string(),
                Lang::En => date.to_string(),
            },
        )
}

fn plan(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = d.scenario.clone();
    let lead = s
        .roles()
        .first()
        .map(|r| r.name.clone())
        .unwrap_or_default();
    let due = due(d, lang);
    let open = tr(lang, "offen", "open");
    let mut rows = Vec::new();
    for (o, result) in s.objectives().iter().zip(&d.objectives) {
        let rating = d.file.ratings.iter().rev().find(|r| r.objective == o.id);
        let rated_short = rating
            .is_some_and(|r| matches!(r.verdict, Verdict::Teilweise | Verdict::NichtErfuellt));
        if result.met != Some(false) && !rated_short {
            continue;
        }
        let owner = match o.criterion {
            Criterion::ActionWithin { action, .. } => s.roles()
                [s.actions()[action.index()].function.index()]
            .name
            .clone(),
            _ => lead.clone(),
        };
        let mut measure = match lang {
            Lang::De => format!(
                "Vorgehen zu „{}“ in Plänen verankern und erneut üben",
                o.name
            ),
            Lang::En => format!(
                "Anchor the procedure for \"{}\" in the plans and exercise it again",
                o.name
            ),
        };
        if let Some(r) = rating.filter(|r| !r.comment.is_empty()) {
            measure = format!("{measure} ({})", r.comment);
        }
        let why = format!("{}: {}", tr(lang, "Übungsziel", "objective"), o.name);
        rows.push(vec![measure, owner, due.clone(), open.into(), why]);
    }
    let outcome = &d.outcome;
    for (dl, figures) in s.deadlines().iter().zip(&outcome.deadlines) {
        if figures.met == Some(false) {
            let measure = match lang {
                Lang::De => format!(
                    "Notfallverfahren für „{}“ vorbereiten ({})",
                    dl.name,
                    requirement(&s, dl.requires, lang)
                ),
                Lang::En => format!(
                    "Prepare a fallback for \"{}\" ({})",
                    dl.name,
                    requirement(&s, dl.requires, lang)
                ),
            };
            let why = format!(
                "{}: {}",
                tr(lang, "Frist verfehlt", "deadline missed"),
                dl.name
            );
            rows.push(vec![measure, lead.clone(), due.clone(), open.into(), why]);
        }
    }
    // Injects the staff handled differently from the script, per receiving function.
    for role in s.roles() {
        let deviating: Vec<&str> = d
            .file
            .injects
            .iter()
            .filter(|r| r.reaction == Reaction::Deviating)
            .filter(|r| {
                s.injects()
                    .iter()
                    .any(|i| i.id == r.id && s.roles()[i.receiver.index()].id == role.id)
            })
            .map(|r| r.id.as_str())
            .collect();
        if !deviating.is_empty() {
            let measure = match lang {
                Lang::De => format!(
                    "Meldeweg und Reaktion auf Einlagen prüfen ({})",
                    deviating.join(", ")
                ),
                Lang::En => format!(
                    "Review the reporting line and the reaction to injects ({})",
                    deviating.join(", ")
                ),
            };
            let why = tr(lang, "abweichende Reaktion", "deviating reaction").to_string();
            rows.push(vec![
                measure,
                role.name.clone(),
                due.clone(),
                open.into(),
                why,
            ]);
        }
    }
    let mut blocks = vec![Block::Para(tr(
        lang,
        "Vorschläge aus dem Lauf und den Bewertungen; in der Auswertungsbesprechung bestätigen, ergänzen und mit Verantwortlichen und Terminen versehen.",
        "Proposals from the run and the ratings; confirm, complete and assign owners and dates at the after-action meeting.",
    ).into())];
    if rows.is_empty() {
        rows.push(vec![
            tr(
                lang,
                "(Ergebnisse der Nachbesprechung eintragen)",
                "(enter the results of the hot wash)",
            )
            .into(),
            String::new(),
            due.clone(),
            open.into(),
            String::new(),
        ]);
    }
    blocks.push(table(
        &[
            tr(lang, "Maßnahme", "Measure"),
            tr(lang, "Verantwortlich", "Owner"),
            tr(lang, "Termin", "Due"),
            tr(lang, "Stand", "Status"),
            tr(lang, "Anlass", "Reason"),
        ],
        rows,
        &[],
    ));
    section(
        "plan",
        tr(lang, "Verbesserungsplan", "Improvement plan"),
        blocks,
    )
}

fn annex_logbook(d: &Debrief) -> Section {
    let lang = d.lang;
    section(
        "annex-logbook",
        tr(
            lang,
            "Anlage A: Einsatztagebuch",
            "Annex A: Logbook (Einsatztagebuch)",
        ),
        vec![logbook_table(Some(d.scenario.as_ref()), &d.file, lang)],
    )
}

/// The whole Einsatztagebuch as one table (`s`: the scenario, if this program reads it).
pub(super) fn logbook_table(s: Option<&Scenario>, file: &ExerciseFile, lang: Lang) -> Block {
    let rows = file
        .logbook
        .iter()
        .map(|e| logbook_row(s, e, lang).to_vec())
        .collect();
    table(
        &[
            tr(lang, "Nr.", "No."),
            tr(lang, "Übungszeit", "Exercise time"),
            tr(lang, "Echtzeit", "Real time"),
            tr(lang, "Funktion", "Function"),
            tr(lang, "Art", "Kind"),
            tr(lang, "Eintrag", "Entry"),
        ],
        rows,
        &[0],
    )
}

fn annex_decisions(d: &Debrief) -> Section {
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
        tr(
            lang,
            "Anlage B: Entscheidungsregister",
            "Annex B: Decision register",
        ),
        vec![table(
            &[
                tr(lang, "ETB-Nr.", "Log no."),
                tr(lang, "Übungszeit", "Exercise time"),
                tr(lang, "Echtzeit", "Real time"),
                tr(lang, "Entscheider", "Decided by"),
                tr(lang, "Entscheidung", "Decision"),
                tr(lang, "Begründung", "Reason"),
            ],
            rows,
            &[0],
        )],
    )
}

fn annex_injects(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let rows = d
        .snapshot
        .injects
        .iter()
        .filter(|i| i.status != InjectStatus::Pending)
        .map(|i| {
            let record = d.file.injects.iter().find(|r| r.id == i.id);
            let number = s
                .injects()
                .iter()
                .position(|x| x.id == i.id)
                .map_or_else(|| "–".to_string(), |n| (n + 1).to_string());
            vec![
                number,
                i.id.clone(),
                i.released_at
                    .as_deref()
                    .map_or_else(String::new, |t| text::wall_time(t, lang)),
                function_name(s, &i.receiver),
                text::priority(i.priority, lang).into(),
                i.title.clone(),
                text::inject_status(i.status, lang).into(),
                yes_no(record.is_some_and(|r| r.acknowledged), lang).into(),
                text::reaction(record.map_or(Reaction::Pending, |r| r.reaction), lang).into(),
                i.expected_reaction.clone().unwrap_or_default(),
            ]
        })
        .collect();
    section(
        "annex-injects",
        tr(lang, "Anlage C: Einlagenprotokoll", "Annex C: Inject log"),
        vec![table(
            &[
                tr(lang, "Nr.", "No."),
                tr(lang, "Kennung", "Id"),
                tr(lang, "zugestellt", "Delivered"),
                tr(lang, "an", "To"),
                tr(lang, "Vorrang", "Priority"),
                tr(lang, "Betreff", "Title"),
                tr(lang, "Stand", "Status"),
                tr(lang, "zur Kenntnis", "Acknowledged"),
                tr(lang, "Reaktion", "Reaction"),
                tr(lang, "Erwartete Reaktion", "Expected reaction"),
            ],
            rows,
            &[0],
        )],
    )
}
