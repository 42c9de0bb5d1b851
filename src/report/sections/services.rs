//! Chapter 4: outages and backlogs, one chart per kind of case.

use super::plot::{chart, line};
use super::*;

pub(super) fn services(d: &Debrief) -> Section {
    let lang = d.lang;
    let s = &d.scenario;
    let (team, history) = (&d.course.points, &d.history_course.points);
    let running = chart(
        s,
        t(lang, "report-chart-services"),
        t(lang, "report-services-axis"),
        vec![
            line(team, team_label(lang).into(), TEAM[0], false, |p| {
                f64::from(p.services_running)
            }),
            line(history, history_label(lang).into(), HISTORY, true, |p| {
                f64::from(p.services_running)
            }),
        ],
        lang,
    );
    // One chart per kind of case: each service's own backlog, where it had one.
    let mut backlogs = Vec::new();
    for (i, svc) in s.services().iter().enumerate() {
        let open = |points: &[crate::report::course::Point]| {
            points
                .iter()
                .any(|p| p.backlog.get(i).is_some_and(|&b| b > 0))
        };
        if !open(team) && !open(history) {
            continue;
        }
        let value =
            move |p: &crate::report::course::Point| p.backlog.get(i).copied().unwrap_or(0) as f64;
        backlogs.push(chart(
            s,
            &tf!(lang, "report-chart-backlog", service = svc.name.as_str()),
            t(lang, "report-open-cases"),
            vec![
                line(team, team_label(lang).into(), TEAM[1], false, value),
                line(history, history_label(lang).into(), HISTORY, true, value),
            ],
            lang,
        ));
    }
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
                view.map_or_else(String::new, |v| {
                    cap(text::service_status(v.status, lang), lang)
                }),
                figure_value(
                    Figure::ServiceDownHours(idx),
                    outcome.value(Figure::ServiceDownHours(idx)),
                    lang,
                ),
                outcome_value(outcome, Figure::ServiceRestoredDay(idx), lang),
                figure_value(
                    Figure::ServiceBacklogPeak(idx),
                    outcome.value(Figure::ServiceBacklogPeak(idx)),
                    lang,
                ),
                view.map_or_else(String::new, |v| number(v.backlog, lang)),
                view.map_or_else(String::new, |v| number(v.lapsed, lang)),
                d.held.get(&svc.id).map_or_else(String::new, |h| {
                    tf!(
                        lang,
                        "report-held",
                        cause = text::reason_link(s, &h.cause, lang),
                        days = u64::from(h.days)
                    )
                }),
            ]
        })
        .collect();
    section(
        "services",
        t(lang, "report-services-title"),
        [
            running,
            table(
                &[
                    t(lang, "report-service"),
                    t(lang, "report-status"),
                    t(lang, "report-hours-down"),
                    t(lang, "report-back-from"),
                    t(lang, "report-backlog-peak"),
                    t(lang, "report-backlog-now"),
                    t(lang, "report-lapsed"),
                    t(lang, "report-held-head"),
                ],
                rows,
                &[2, 4, 5, 6],
            ),
        ]
        .into_iter()
        .chain(backlogs)
        .collect(),
    )
}
