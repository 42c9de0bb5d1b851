//! The cyber measures (BSI-Stabspraxis; crisis-staff practice 5.9): for each measure the
//! scenario declares, the time from its start event to its end event in the exercise and in the
//! Realverlauf on the same seed. An event the run never reached leaves the measure "nicht
//! erfasst".

use crate::i18n::{Lang, t};
use crate::scenario::Scenario;
use crate::scenario::model::{Event, Minutes};
use crate::sim::Sim;
use crate::sim::record::FactKind;
use crate::tf;

use super::Debrief;

/// One measure in both runs, in minutes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRow {
    pub id: String,
    pub name: String,
    /// Minutes from start to end in the exercise; `None` if either event is missing.
    pub team: Option<Minutes>,
    pub history: Option<Minutes>,
    /// The start event happened in the exercise (so a missing end is a gap, not too early).
    pub started: bool,
}

/// When `event` first happened in `sim`'s run.
pub fn event_at(s: &Scenario, sim: &Sim, event: Event) -> Option<Minutes> {
    let now = sim.clock().now;
    match event {
        Event::Incident => Some(s.meta().incident_start).filter(|&m| m <= now),
        Event::Phase(p) => s.phases().get(p).map(|p| p.start).filter(|&m| m <= now),
        Event::Inject(i) => sim.timeline().iter().find_map(|f| match f.kind {
            FactKind::InjectReleased(x) if x == i => Some(f.at),
            _ => None,
        }),
        Event::Decided(a) => sim.timeline().iter().find_map(|f| match f.kind {
            FactKind::ActionDecided { action, .. } if action == a => Some(f.at),
            _ => None,
        }),
    }
}

fn span(s: &Scenario, sim: &Sim, from: Event, to: Event) -> (Option<Minutes>, bool) {
    let start = event_at(s, sim, from);
    let end = event_at(s, sim, to);
    let value = match (start, end) {
        (Some(a), Some(b)) => Some((b - a).max(0)),
        _ => None,
    };
    (value, start.is_some())
}

pub fn rows(d: &Debrief) -> Vec<MeasureRow> {
    let s = &d.scenario;
    s.measures()
        .iter()
        .map(|m| {
            let (team, started) = span(s, &d.team, m.from, m.to);
            let (history, _) = span(s, &d.history, m.from, m.to);
            MeasureRow {
                id: m.id.clone(),
                name: m.name.clone(),
                team,
                history,
                started,
            }
        })
        .collect()
}

/// A span as a staff says it: "45 min", "3 h 20 min", "2 Tage 4 h".
pub fn duration(minutes: Minutes, lang: Lang) -> String {
    let days = minutes / (24 * 60);
    let hours = (minutes % (24 * 60)) / 60;
    let mins = minutes % 60;
    match (days, hours, mins) {
        (0, 0, m) => tf!(lang, "report-aar-span-minutes", minutes = m),
        (0, h, 0) => tf!(lang, "report-aar-span-hours", hours = h),
        (0, h, m) => tf!(
            lang,
            "report-aar-span-hours-minutes",
            hours = h,
            minutes = m
        ),
        (d, h, _) => tf!(lang, "report-aar-span-days-hours", days = d, hours = h),
    }
}

/// A measure's value for the table: the span, or "nicht erfasst".
pub fn value(v: Option<Minutes>, lang: Lang) -> String {
    v.map_or_else(
        || t(lang, "report-aar-not-recorded").to_string(),
        |m| duration(m, lang),
    )
}
