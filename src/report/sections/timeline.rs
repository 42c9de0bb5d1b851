//! Chapter 2: the hosts over time, as the truth and as the staff saw them, and the timeline,
//! condensed: facts of one kind at the same minute (a service's change of state: on the same
//! day) share a row, and finished actions are left to the decisions chapter.

use super::plot::{chart, line};
use super::*;

/// An action and its target, as the scenario names them.
fn action_on(
    s: &Scenario,
    action: crate::scenario::model::ActionIdx,
    target: Option<crate::scenario::model::Target>,
) -> String {
    format!(
        "{}{}",
        s.actions()[action.index()].name,
        target
            .map(|t| format!(" → {}", s.target_name(t)))
            .unwrap_or_default()
    )
}

/// A fact of the run in words, if it belongs in the timeline: what kind of event (the row's
/// head, shared by facts told in one row) and what it concerns (empty if nothing).
fn fact_text(s: &Scenario, fact: &Fact, lang: Lang) -> Option<(String, String)> {
    let pair = |head: &str, item: String| Some((head.to_string(), item));
    match &fact.kind {
        FactKind::StageReached(stage) => pair(
            t(lang, "report-fact-stage"),
            text::stage(&format!("{stage:?}"), lang).to_string(),
        ),
        FactKind::Alarm(n) => pair(
            t(lang, "report-fact-alarm"),
            s.networks()[n.index()].name.clone(),
        ),
        FactKind::PrivilegesLost => pair(t(lang, "report-fact-privileges-lost"), String::new()),
        FactKind::ActionDecided { action, target } => {
            pair(t(lang, "report-decision"), action_on(s, *action, *target))
        }
        FactKind::HostsShutDown(n) => pair(
            t(lang, "report-fact-shut-down"),
            number(u64::from(*n), lang),
        ),
        FactKind::ServiceChanged { service, from, to } => Some((
            format!(
                "{} → {}",
                cap(text::service_status(*from, lang), lang),
                text::service_status(*to, lang)
            ),
            s.services()[service.index()].name.clone(),
        )),
        FactKind::DeadlinePassed { deadline, met } => Some((
            t(lang, "report-deadline").to_string(),
            format!(
                "{}: {}",
                s.deadlines()[deadline.index()].name,
                text::deadline(Some(*met), lang)
            ),
        )),
        FactKind::InjectReleased(i) => pair(
            t(lang, "report-fact-inject"),
            s.injects()[i.index()].title.clone(),
        ),
        FactKind::AdHocReleased(n) => {
            pair(t(lang, "report-fact-adhoc"), number(u64::from(*n), lang))
        }
        FactKind::Notified(o) => pair(
            t(lang, "report-fact-notified"),
            s.organisations()[o.index()].name.clone(),
        ),
        FactKind::PublicInformed => pair(t(lang, "report-fact-public"), String::new()),
        FactKind::ExtortionAnswered => pair(t(lang, "report-fact-extortion"), String::new()),
        FactKind::OfficesClosed(o) => pair(
            t(lang, "report-fact-offices-closed"),
            s.organisations()[o.index()].name.clone(),
        ),
        FactKind::Reinfected { system, count } => pair(
            t(lang, "report-fact-reinfected"),
            format!(
                "{}: {}",
                s.systems()[system.index()].name,
                number(u64::from(*count), lang)
            ),
        ),
        FactKind::DecisionDropped { action, target } => pair(
            t(lang, "report-fact-dropped"),
            action_on(s, *action, *target),
        ),
        _ => None,
    }
}

/// One row of the condensed timeline.
struct Row {
    at: i64,
    head: String,
    items: Vec<String>,
    staff: bool,
}

/// The timeline's rows: the first alarm per network (its repeats are no news), facts of one
/// kind at the same minute in one row, a service's changes of state on the same day in one row
/// (at the first one's time).
fn rows(s: &Scenario, facts: &[Fact], lang: Lang) -> Vec<Row> {
    let mut alarmed = Vec::new();
    let mut rows: Vec<Row> = Vec::new();
    // Where each group's row is: (service change?, day or minute, head, staff) → row index.
    let mut open: std::collections::BTreeMap<(bool, i64, String, bool), usize> =
        std::collections::BTreeMap::new();
    for f in facts {
        if let FactKind::Alarm(n) = f.kind {
            if alarmed.contains(&n) {
                continue;
            }
            alarmed.push(n);
        }
        let Some((head, item)) = fact_text(s, f, lang) else {
            continue;
        };
        let by_day = matches!(f.kind, FactKind::ServiceChanged { .. });
        let when = if by_day { s.day_of(f.at) } else { f.at };
        let key = (by_day, when, head.clone(), f.staff);
        match open.get(&key) {
            Some(&i) => rows[i].items.push(item),
            None => {
                open.insert(key, rows.len());
                rows.push(Row {
                    at: f.at,
                    head,
                    items: vec![item],
                    staff: f.staff,
                });
            }
        }
    }
    rows
}

/// The two host charts: the truth (held by the attacker, shut down or not) beside the
/// Realverlauf, and the staff's picture, in which a shut-down host is unchecked, not healthy.
fn host_charts(d: &Debrief) -> [Block; 2] {
    let lang = d.lang;
    let s = &d.scenario;
    let (team, history) = (&d.course.points, &d.history_course.points);
    let truth = chart(
        s,
        t(lang, "report-chart-truth"),
        t(lang, "report-hosts-axis"),
        vec![
            line(
                team,
                t(lang, "report-line-held").into(),
                TEAM[0],
                false,
                |p| f64::from(p.reached),
            ),
            line(
                team,
                t(lang, "report-line-encrypted").into(),
                TEAM[1],
                false,
                |p| f64::from(p.encrypted),
            ),
            line(
                history,
                format!(
                    "{}: {}",
                    history_label(lang),
                    t(lang, "report-line-held-history")
                ),
                HISTORY,
                true,
                |p| f64::from(p.reached),
            ),
        ],
        lang,
    );
    let staff = chart(
        s,
        t(lang, "report-chart-staff"),
        t(lang, "report-hosts-axis"),
        vec![
            line(
                team,
                t(lang, "report-line-reported").into(),
                TEAM[0],
                false,
                |p| f64::from(p.known_affected),
            ),
            line(
                team,
                t(lang, "report-line-offline").into(),
                TEAM[1],
                false,
                |p| f64::from(p.known_offline),
            ),
            line(
                team,
                t(lang, "report-line-checking").into(),
                TEAM[2],
                false,
                |p| f64::from(p.known_checking),
            ),
            line(
                history,
                format!(
                    "{}: {}",
                    history_label(lang),
                    t(lang, "report-line-shut-down")
                ),
                HISTORY,
                true,
                |p| f64::from(p.known_offline),
            ),
        ],
        lang,
    );
    [truth, staff]
}

pub(super) fn timeline(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let [truth, staff] = host_charts(d);
    let rows: Vec<Vec<String>> = rows(s, d.team.timeline(), lang)
        .into_iter()
        .map(|r| {
            let items: Vec<&str> = r
                .items
                .iter()
                .map(String::as_str)
                .filter(|i| !i.is_empty())
                .collect();
            let what = if items.is_empty() {
                r.head
            } else {
                format!("{}: {}", r.head, items.join("; "))
            };
            let seen = if r.staff {
                t(lang, "report-known-staff")
            } else {
                t(lang, "report-known-control")
            };
            vec![
                at(s, r.at, lang),
                text::day(s.day_of(r.at), lang),
                what,
                seen.into(),
            ]
        })
        .collect();
    section(
        "timeline",
        t(lang, "report-timeline"),
        vec![
            truth,
            staff,
            Block::Para(t(lang, "report-timeline-intro").into()),
            table(
                &[
                    t(lang, "report-exercise-time"),
                    t(lang, "report-day"),
                    t(lang, "report-event"),
                    t(lang, "report-known-to"),
                ],
                rows,
                &[],
            ),
        ],
    )
}
