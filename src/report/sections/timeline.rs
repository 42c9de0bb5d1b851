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
            tr(lang, "Angreifer erreicht Phase", "Attacker reaches stage"),
            text::stage(&format!("{stage:?}"), lang).to_string(),
        ),
        FactKind::Alarm(n) => pair(
            tr(lang, "Alarm", "Alarm"),
            s.networks()[n.index()].name.clone(),
        ),
        FactKind::PrivilegesLost => pair(
            tr(
                lang,
                "Angreifer verliert seine Rechte",
                "Attacker loses his privileges",
            ),
            String::new(),
        ),
        FactKind::ActionDecided { action, target } => pair(
            tr(lang, "Entscheidung", "Decision"),
            action_on(s, *action, *target),
        ),
        FactKind::HostsShutDown(n) => pair(
            tr(lang, "Rechner heruntergefahren", "Hosts shut down"),
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
            tr(lang, "Frist", "Deadline").to_string(),
            format!(
                "{}: {}",
                s.deadlines()[deadline.index()].name,
                text::deadline(Some(*met), lang)
            ),
        )),
        FactKind::InjectReleased(i) => pair(
            tr(lang, "Einlage", "Inject"),
            s.injects()[i.index()].title.clone(),
        ),
        FactKind::AdHocReleased(n) => pair(
            tr(
                lang,
                "Einlage der Übungssteuerung",
                "Inject of exercise control",
            ),
            number(u64::from(*n), lang),
        ),
        FactKind::Notified(o) => pair(
            tr(lang, "Benachrichtigt", "Notified"),
            s.organisations()[o.index()].name.clone(),
        ),
        FactKind::PublicInformed => pair(
            tr(lang, "Öffentlichkeit informiert", "Public informed"),
            String::new(),
        ),
        FactKind::ExtortionAnswered => pair(
            tr(lang, "Erpressung beantwortet", "Extortion answered"),
            String::new(),
        ),
        FactKind::OfficesClosed(o) => pair(
            tr(lang, "Dienststellen geschlossen", "Offices closed"),
            s.organisations()[o.index()].name.clone(),
        ),
        FactKind::Reinfected { system, count } => pair(
            tr(
                lang,
                "Wiederhergestellte Rechner erneut vom Täter übernommen",
                "Restored hosts taken again by the attacker",
            ),
            format!(
                "{}: {}",
                s.systems()[system.index()].name,
                number(u64::from(*count), lang)
            ),
        ),
        FactKind::DecisionDropped { action, target } => pair(
            tr(lang, "Entscheidung entfällt", "Decision dropped"),
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
        tr(
            lang,
            "Vom Täter befallene Rechner (Lagebild der Steuerung): in der Hand des Täters, ob sie laufen oder heruntergefahren sind, und davon verschlüsselt; gestrichelt der simulierte Realverlauf.",
            "Hosts held by the attacker (control's picture): in his hands whether running or shut down, and of them encrypted; dashed, the simulated real course.",
        ),
        tr(lang, "Rechner", "Hosts"),
        vec![
            line(
                team,
                tr(lang, "befallen", "Held by the attacker").into(),
                TEAM[0],
                false,
                |p| f64::from(p.reached),
            ),
            line(
                team,
                tr(lang, "davon verschlüsselt", "Of them encrypted").into(),
                TEAM[1],
                false,
                |p| f64::from(p.encrypted),
            ),
            line(
                history,
                format!("{}: {}", history_label(lang), tr(lang, "befallen", "held")),
                HISTORY,
                true,
                |p| f64::from(p.reached),
            ),
        ],
        lang,
    );
    let staff = chart(
        s,
        tr(
            lang,
            "Lagebild des Stabes: als befallen gemeldete laufende Rechner, heruntergefahrene Rechner (ungeprüft, also weder gesund noch sicher befallen) und Rechner in Prüfung; gestrichelt die heruntergefahrenen im simulierten Realverlauf.",
            "The staff's picture: running hosts reported as held by the attacker, hosts shut down (unchecked: neither healthy nor known to be held) and hosts being checked; dashed, those shut down in the simulated real course.",
        ),
        tr(lang, "Rechner", "Hosts"),
        vec![
            line(
                team,
                tr(lang, "als befallen gemeldet", "Reported as held").into(),
                TEAM[0],
                false,
                |p| f64::from(p.known_affected),
            ),
            line(
                team,
                tr(lang, "heruntergefahren, ungeprüft", "Shut down, unchecked").into(),
                TEAM[1],
                false,
                |p| f64::from(p.known_offline),
            ),
            line(
                team,
                tr(lang, "in Prüfung", "Being checked").into(),
                TEAM[2],
                false,
                |p| f64::from(p.known_checking),
            ),
            line(
                history,
                format!(
                    "{}: {}",
                    history_label(lang),
                    tr(lang, "heruntergefahren", "shut down")
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
                tr(lang, "Stab", "Staff")
            } else {
                tr(lang, "nur Steuerung", "Control only")
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
        tr(lang, "Zeitleiste", "Timeline"),
        vec![
            truth,
            staff,
            Block::Para(
                tr(
                    lang,
                    "Was geschah, in der Reihenfolge der Übungszeit; Ereignisse einer Art zur selben Minute (Änderungen eines Dienstes: am selben Tag) stehen in einer Zeile, abgeschlossene Maßnahmen im Kapitel Entscheidungen. „nur Steuerung“: Der Stab erfuhr davon nicht (Lagebild der Steuerung).",
                    "What happened, in exercise time; events of one kind at the same minute (changes of a service: on the same day) share a row, finished actions are in the chapter Decisions. \"Control only\": the staff never learned of it (control's picture).",
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
