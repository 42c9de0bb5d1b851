//! Words shared by the terminal, the report, the Drehbuch and the command line: statuses,
//! times, durations, reasons, script events. Each function takes the language and returns the
//! words; the screens arrange them.

use crate::exercise::{EntryKind, Reaction, Role, Status as ExerciseStatus, Verdict};
use crate::i18n::{Lang, number, t};
use crate::scenario::model::{Channel, Minutes, Priority};
use crate::sim::command::Rejection;
use crate::sim::injects::InjectStatus;
use crate::sim::outcome::Evidence;
use crate::sim::services::Status as ServiceStatus;
use crate::tf;

pub fn role(role: Role, lang: Lang) -> &'static str {
    t(
        lang,
        match role {
            Role::Control => "words-role-control",
            Role::Staff => "words-role-staff",
            Role::Observer => "words-role-observer",
        },
    )
}

pub fn exercise_status(status: ExerciseStatus, lang: Lang) -> &'static str {
    t(
        lang,
        match status {
            ExerciseStatus::Prepared => "words-exercise-prepared",
            ExerciseStatus::Running => "words-exercise-running",
            ExerciseStatus::Paused => "words-exercise-paused",
            ExerciseStatus::Interrupted => "words-exercise-interrupted",
            ExerciseStatus::Ended => "words-exercise-ended",
        },
    )
}

pub fn service_status(status: ServiceStatus, lang: Lang) -> &'static str {
    t(
        lang,
        match status {
            ServiceStatus::Up => "words-service-up",
            ServiceStatus::Degraded => "words-service-degraded",
            ServiceStatus::Paper => "words-service-paper",
            ServiceStatus::Down => "words-service-down",
        },
    )
}

pub fn inject_status(status: InjectStatus, lang: Lang) -> &'static str {
    t(
        lang,
        match status {
            InjectStatus::Pending => "words-inject-pending",
            InjectStatus::Held => "words-inject-held",
            InjectStatus::Forced => "words-inject-forced",
            InjectStatus::Released => "words-inject-released",
            InjectStatus::Skipped => "words-inject-skipped",
            InjectStatus::Withheld => "words-inject-withheld",
        },
    )
}

pub fn priority(priority: Priority, lang: Lang) -> &'static str {
    t(
        lang,
        match priority {
            Priority::Low => "words-priority-low",
            Priority::Normal => "words-priority-normal",
            Priority::High => "words-priority-high",
            Priority::Flash => "words-priority-flash",
        },
    )
}

pub fn channel(channel: Channel, lang: Lang) -> &'static str {
    t(
        lang,
        match channel {
            Channel::Phone => "words-channel-phone",
            Channel::Mail => "words-channel-mail",
            Channel::Fax => "words-channel-fax",
            Channel::Courier => "words-channel-courier",
            Channel::InPerson => "words-channel-in-person",
            Channel::Press => "words-channel-press",
            Channel::Radio => "words-channel-radio",
            Channel::SituationReport => "words-channel-sitrep",
            Channel::SocialMedia => "words-channel-social-media",
        },
    )
}

pub fn reaction(reaction: Reaction, lang: Lang) -> &'static str {
    t(
        lang,
        match reaction {
            Reaction::Pending => "words-reaction-pending",
            Reaction::Done => "words-reaction-done",
            Reaction::Deviating => "words-reaction-deviating",
        },
    )
}

pub fn entry_kind(kind: EntryKind, lang: Lang) -> &'static str {
    t(
        lang,
        match kind {
            EntryKind::Decision => "words-entry-decision",
            EntryKind::Inject => "words-entry-inject",
            EntryKind::Report => "words-entry-report",
            EntryKind::Note => "words-entry-note",
            EntryKind::Control => "words-entry-control",
            EntryKind::Observation => "words-entry-observation",
        },
    )
}

pub fn verdict(verdict: Verdict, lang: Lang) -> &'static str {
    t(
        lang,
        match verdict {
            Verdict::Erfuellt => "words-verdict-met",
            Verdict::Teilweise => "words-verdict-partly",
            Verdict::NichtErfuellt => "words-verdict-not-met",
            Verdict::NichtBeobachtet => "words-verdict-not-observed",
        },
    )
}

/// The attacker stage as the snapshot names it (`LateralMovement`), in words.
pub fn stage(name: &str, lang: Lang) -> String {
    let id = match name {
        "Foothold" => "words-stage-foothold",
        "PrivilegeEscalation" => "words-stage-privilege-escalation",
        "Discovery" => "words-stage-discovery",
        "LateralMovement" => "words-stage-lateral-movement",
        "RecoveryInhibition" => "words-stage-recovery-inhibition",
        "Encryption" => "words-stage-encryption",
        "Extortion" => "words-stage-extortion",
        "Exfiltration" => "words-stage-exfiltration",
        other => return other.to_string(),
    };
    t(lang, id).to_string()
}

/// "Tag 3" / "Day 3".
pub fn day(n: i64, lang: Lang) -> String {
    tf!(lang, "words-day", day = n.to_string())
}

/// A length of exercise time: "30 min", "2 h", "1 T 4 h" / "1 d 4 h".
pub fn duration(minutes: Minutes, lang: Lang) -> String {
    let m = minutes.max(0);
    let (days, hours, mins) = (m / 1440, (m % 1440) / 60, m % 60);
    match (days, hours, mins) {
        (0, 0, m) => tf!(lang, "words-duration-minutes", minutes = m),
        (0, h, 0) => tf!(lang, "words-duration-hours", hours = h),
        (0, h, m) => tf!(lang, "words-duration-hours-minutes", hours = h, minutes = m),
        (days, 0, _) => tf!(lang, "words-duration-days", days = days),
        (days, h, _) => tf!(lang, "words-duration-days-hours", days = days, hours = h),
    }
}

/// An exercise time `YYYY-MM-DD HH:MM` as each language writes it: `15.10.2021 03:00` in
/// German, unchanged in English. Anything else is returned as it is.
pub fn wall_time(iso: &str, lang: Lang) -> String {
    dated(iso, "words-wall-time", lang)
}

/// A point in exercise time inside a sentence: `am 15.10.2021 um 03:15` / `on 2021-10-15 at
/// 03:15`. Anything else is returned as it is.
pub fn moment(iso: &str, lang: Lang) -> String {
    dated(iso, "words-moment", lang)
}

/// When something happened over several runs: "am 15.10.2021 um 16:00" if always at the same
/// time, else "frühestens am …, spätestens am …". Times as `YYYY-MM-DD HH:MM`.
pub fn between(first: &str, last: &str, lang: Lang) -> String {
    tf!(
        lang,
        "words-between",
        same = if first == last { "yes" } else { "no" },
        first = moment(first, lang),
        last = moment(last, lang)
    )
}

/// The short form without the year: `15.10. 03:00` / `10-15 03:00`.
pub fn short_time(iso: &str, lang: Lang) -> String {
    dated(iso, "words-short-time", lang)
}

/// `YYYY-MM-DD HH:MM` through message `id` (placeholders `year`, `month`, `day`, `time`);
/// anything else unchanged.
fn dated(iso: &str, id: &str, lang: Lang) -> String {
    match split_iso(iso) {
        Some((year, month, day, time)) => {
            tf!(lang, id, year = year, month = month, day = day, time = time)
        }
        None => iso.to_string(),
    }
}

/// A name in the language's quotation marks: „…“ / "…".
pub fn quote(text: &str, lang: Lang) -> String {
    tf!(lang, "words-quote", text = text)
}

/// The clock part of `YYYY-MM-DD HH:MM` or `YYYY-MM-DD HH:MM:SS`; anything else unchanged.
pub fn clock_part(text: &str) -> &str {
    let date = text
        .get(..10)
        .and_then(|d| split_iso(&format!("{d} 00:00")).map(|_| ()));
    match (date, text.as_bytes().get(10), text.get(11..)) {
        (Some(()), Some(b' '), Some(clock)) if clock.len() == 5 || clock.len() == 8 => clock,
        _ => text,
    }
}

fn split_iso(iso: &str) -> Option<(&str, &str, &str, &str)> {
    if iso.len() != 16 || !iso.is_char_boundary(10) || iso.as_bytes().get(10) != Some(&b' ') {
        return None;
    }
    Some((
        iso.get(0..4)?,
        iso.get(5..7)?,
        iso.get(8..10)?,
        iso.get(11..16)?,
    ))
}

/// What a run shows for an objective, beyond met or not: "3 h (≤ 6 h)", "3.062 (< 1.000)".
pub fn evidence(evidence: &Evidence, lang: Lang) -> String {
    let after = |m: Option<i64>, allowed: i64| {
        let limit = duration(allowed, lang);
        match m {
            Some(m) => format!("{} (≤ {limit})", duration(m, lang)),
            None => format!("– (≤ {limit})"),
        }
    };
    match evidence {
        Evidence::ActionFinished {
            after_incident,
            allowed,
        }
        | Evidence::ServiceBack {
            after_incident,
            allowed,
        } => after(*after_incident, *allowed),
        Evidence::Deadline { .. } | Evidence::Breached { .. } => String::new(),
        Evidence::Lapsed { cases, below } => format!(
            "{} (< {})",
            number(*cases, lang),
            number(u64::from(*below), lang)
        ),
    }
}

/// What a waiting decision waits for, in the staff's words: "wartet auf: …".
pub fn waits_for(
    s: &crate::scenario::Scenario,
    action: &str,
    wait: crate::sim::actions::Wait,
    lang: Lang,
) -> String {
    use crate::scenario::model::Prerequisite;
    use crate::sim::actions::Wait;
    let requirement = match wait {
        Wait::Staff => {
            return tf!(lang, "words-waits-for", what = t(lang, "words-waits-staff"));
        }
        Wait::Prerequisite(i) => s
            .actions()
            .iter()
            .find(|a| a.id == action)
            .and_then(|a| a.requires.get(i).copied()),
    };
    let what = match requirement {
        Some(Prerequisite::Done(a)) => {
            let name = s.actions().get(a.index()).map_or("", |a| a.name.as_str());
            tf!(lang, "words-waits-done", name = name)
        }
        Some(Prerequisite::NotDone(a)) => {
            let name = s.actions().get(a.index()).map_or("", |a| a.name.as_str());
            tf!(lang, "words-waits-not-started", name = name)
        }
        Some(Prerequisite::LinkCut(l)) => {
            let name = s.links().get(l.index()).map_or("", |l| l.name.as_str());
            tf!(lang, "words-waits-link-cut", name = name)
        }
        Some(Prerequisite::SystemClean(x)) => {
            let name = s.systems().get(x.index()).map_or("", |x| x.name.as_str());
            tf!(lang, "words-waits-system-clean", name = name)
        }
        None => t(lang, "words-waits-prerequisite").to_string(),
    };
    tf!(lang, "words-waits-for", what = what)
}

/// A deadline's outcome: met, missed, or not yet due.
pub fn deadline(met: Option<bool>, lang: Lang) -> &'static str {
    t(
        lang,
        match met {
            Some(true) => "words-deadline-met",
            Some(false) => "words-deadline-missed",
            None => "words-deadline-not-due",
        },
    )
}

/// Euros with the language's thousands separator.
pub fn euros(amount: u32, lang: Lang) -> String {
    tf!(lang, "words-euros", amount = amount)
}

pub fn rejection(why: &Rejection, lang: Lang) -> String {
    let with_id = |id: &'static str, value: &str| tf!(lang, id, id = value);
    match why {
        Rejection::UnknownAction(id) => with_id("words-rejection-unknown-action", id),
        Rejection::UnknownTarget(id) => with_id("words-rejection-unknown-target", id),
        Rejection::TargetRequired => t(lang, "words-rejection-target-required").into(),
        Rejection::NoTarget => t(lang, "words-rejection-no-target").into(),
        Rejection::NotATarget(id) => with_id("words-rejection-not-a-target", id),
        Rejection::UnknownFunction(id) => with_id("words-rejection-unknown-function", id),
        Rejection::UnknownInject(id) => with_id("words-rejection-unknown-inject", id),
        Rejection::DuplicateInject(id) => with_id("words-rejection-duplicate-inject", id),
        Rejection::Prerequisite(_) => t(lang, "words-rejection-prerequisite").into(),
        Rejection::OrderRequired => t(lang, "words-rejection-order-required").into(),
        Rejection::ScenarioOver => t(lang, "words-rejection-scenario-over").into(),
        Rejection::CrossesTick => t(lang, "words-rejection-crosses-tick").into(),
    }
}

/// The heads of control's lines on the script, as the Einsatztagebuch keeps them (the inject's
/// title follows after a colon).
const SCRIPT_HEADS: [&str; 6] = [
    "words-script-released",
    "words-script-held",
    "words-script-struck",
    "words-script-ad-hoc",
    "words-script-to-control",
    "words-script-withheld",
];

/// How earlier versions wrote control's actions on the script, in both languages: read in old
/// exercise files only, never written.
const OLD_SCRIPT_HEADS: [&str; 4] = ["release ", "hold ", "skip ", "ad hoc "];

/// The Einsatztagebuch line of control's action on the script, as the logbook keeps it
/// (`title`: the inject's).
pub fn script_action(control: &crate::sim::command::Control, title: &str, lang: Lang) -> String {
    use crate::sim::command::Control;
    let head = match control {
        Control::Release(_) => "words-script-released",
        Control::Hold(_) => "words-script-held",
        Control::Skip(_) => "words-script-struck",
        Control::AdHoc(_) => "words-script-ad-hoc",
    };
    format!("{}: {title}", t(lang, head))
}

/// What happens on the script that only control learns of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScriptEvent {
    /// An inject addressed to exercise control arrived.
    ToControl(crate::scenario::model::InjectIdx),
    /// A condition withheld an inject (and which one, if known).
    Withheld(
        crate::scenario::model::InjectIdx,
        Option<crate::sim::injects::Withheld>,
    ),
}

/// The Einsatztagebuch line of a script event (control's alone).
pub fn script_event(
    s: &crate::scenario::model::Scenario,
    event: ScriptEvent,
    lang: Lang,
) -> String {
    match event {
        ScriptEvent::ToControl(i) => format!(
            "{}: {}",
            t(lang, "words-script-to-control"),
            s.injects()[i.index()].title
        ),
        ScriptEvent::Withheld(i, why) => {
            let head = t(lang, "words-script-withheld");
            let title = &s.injects()[i.index()].title;
            match why {
                Some(why) => format!("{head}: {title} – {}", withheld(s, i, why, lang)),
                None => format!("{head}: {title}"),
            }
        }
    }
}

/// Why a condition withheld an inject, in words.
pub fn withheld(
    s: &crate::scenario::model::Scenario,
    inject: crate::scenario::model::InjectIdx,
    why: crate::sim::injects::Withheld,
    lang: Lang,
) -> String {
    use crate::sim::injects::Withheld;
    let spec = &s.injects()[inject.index()];
    match why {
        Withheld::Decided(k) => {
            let Some(d) = spec.unless.get(k as usize) else {
                return String::new();
            };
            let action = s.actions()[d.action.index()].name.as_str();
            match d.target {
                Some(target) => tf!(
                    lang,
                    "words-withheld-decided-target",
                    action = action,
                    target = s.target_name(target)
                ),
                None => tf!(lang, "words-withheld-decided", action = action),
            }
        }
        Withheld::NotHolding(k) => {
            let Some(c) = spec.only_if.get(k as usize) else {
                return String::new();
            };
            let state = crate::drehbuch::condition(s, *c, lang);
            tf!(lang, "words-withheld-not-holding", state = state)
        }
    }
}

/// "(berichtigt Nr. 3)": the entry corrects entry 3.
pub fn corrects(number: u32, lang: Lang) -> String {
    tf!(lang, "words-corrects", number = number.to_string())
}

/// One link of a reason chain in words: "Fachverfahren Kfz-Zulassung nicht zurück (3 von 3
/// aus)", "Team …: Platz 4 der Reihenfolge", "… — noch nicht entschieden".
pub fn reason_link(
    s: &crate::scenario::Scenario,
    link: &crate::sim::reasons::Link,
    lang: Lang,
) -> String {
    use crate::sim::reasons::Link;
    let system = |id: &str| {
        s.systems()
            .iter()
            .find(|x| x.id == id)
            .map_or(id.to_string(), |x| x.name.clone())
    };
    let team = |id: &str| {
        s.teams()
            .iter()
            .find(|t| t.id == id)
            .map_or(id.to_string(), |t| t.name.clone())
    };
    let action = |id: &str, target: &Option<String>| {
        let found = s.actions().iter().find(|a| a.id == id);
        let name = found.map_or(id, |a| a.name.as_str());
        match target {
            Some(t) => {
                // The target by its name, as the staff reads it.
                let t = found
                    .and_then(|a| {
                        a.targets
                            .iter()
                            .find(|x| crate::sim::target_id(s, **x) == t.as_str())
                    })
                    .map_or(t.as_str(), |x| s.target_name(*x));
                format!("{} → {t}", quote(name, lang))
            }
            None => quote(name, lang),
        }
    };
    match link {
        Link::Service { id, status } => {
            let name = s
                .services()
                .iter()
                .find(|x| &x.id == id)
                .map_or(id.as_str(), |x| x.name.as_str());
            format!("{name} {}", service_status(*status, lang))
        }
        Link::System {
            id,
            total,
            encrypted,
            compromised,
            offline,
            in_work,
        } => {
            let name = system(id);
            let counts: Vec<String> = [
                (encrypted, "words-reason-encrypted"),
                (compromised, "words-reason-compromised"),
                (offline, "words-reason-offline"),
                (in_work, "words-reason-in-work"),
            ]
            .into_iter()
            .filter(|(n, _)| **n > 0)
            .map(|(n, id)| tf!(lang, id, n = *n))
            .collect();
            if counts.is_empty() {
                tf!(lang, "words-reason-not-back", name = name)
            } else {
                tf!(
                    lang,
                    "words-reason-not-back-counts",
                    name = name,
                    total = *total,
                    counts = counts.join(", ")
                )
            }
        }
        Link::NetworkIsolated { id } => {
            let name = s
                .networks()
                .iter()
                .find(|x| &x.id == id)
                .map_or(id.as_str(), |x| x.name.as_str());
            tf!(lang, "words-reason-isolated", name = name)
        }
        Link::LinkCut { id } => {
            let name = s
                .links()
                .iter()
                .find(|x| &x.id == id)
                .map_or(id.as_str(), |x| x.name.as_str());
            tf!(lang, "words-reason-cut", name = name)
        }
        // A link without its counts (`Link::steady`, a cause over many days) says it in general.
        Link::InWork { team: t, hosts: 0 } => {
            tf!(lang, "words-reason-team-in-work", team = team(t))
        }
        Link::InWork { team: t, hosts } => tf!(
            lang,
            "words-reason-team-hosts-in-work",
            team = team(t),
            hosts = *hosts
        ),
        Link::Queued { team: t, place: 0 } => {
            tf!(lang, "words-reason-not-its-turn", team = team(t))
        }
        Link::Queued { team: t, place } => tf!(
            lang,
            "words-reason-place",
            team = team(t),
            place = place.to_string()
        ),
        Link::TeamAbsent {
            team: t,
            arrives: Some(day),
        } => tf!(
            lang,
            "words-reason-arrives",
            team = team(t),
            day = day.to_string()
        ),
        Link::TeamAbsent {
            team: t,
            arrives: None,
        } => tf!(lang, "words-reason-absent", team = team(t)),
        Link::NoTeam => t(lang, "words-reason-no-team").to_string(),
        Link::Needs { system: x } => tf!(lang, "words-reason-needs", system = system(x)),
        Link::Backup { system: x } => tf!(lang, "words-reason-backup", system = system(x)),
        Link::AttackerActive { network } => {
            let name = s
                .networks()
                .iter()
                .find(|x| &x.id == network)
                .map_or(network.as_str(), |x| x.name.as_str());
            tf!(lang, "words-reason-attacker", network = name)
        }
        Link::Gate => t(lang, "words-reason-gate").to_string(),
        Link::Decision {
            action: a,
            target,
            waits_for,
        } => match waits_for {
            Some(w) => format!("{}: {}", action(a, target), self::waits_for(s, a, *w, lang)),
            None => tf!(lang, "words-reason-under-way", action = action(a, target)),
        },
        Link::NotDecided { action: a, target } => {
            tf!(lang, "words-reason-not-decided", action = action(a, target))
        }
    }
}

/// A whole chain: each link held back by the next.
pub fn reason_chain(
    s: &crate::scenario::Scenario,
    chain: &crate::sim::reasons::Chain,
    lang: Lang,
) -> String {
    chain
        .links
        .iter()
        .map(|l| reason_link(s, l, lang))
        .collect::<Vec<_>>()
        .join(" ← ")
}

/// Whether a logbook text is control's action on the script (release, hold, skip, an inject
/// of its own, one to control, one withheld), in any language this process knows, also as
/// earlier versions wrote it: control's alone, never the staff's to read. Exercise files
/// written in another language than the one shown keep their words, so every catalogue counts.
pub fn is_script_action(text: &str) -> bool {
    Lang::all()
        .flat_map(|lang| SCRIPT_HEADS.iter().map(move |id| t(lang, id)))
        .chain(OLD_SCRIPT_HEADS)
        .any(|head| !head.is_empty() && text.starts_with(head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_lines_are_recognised_in_every_language_and_as_older_versions_wrote_them() {
        for lang in [Lang::DE, Lang::EN] {
            let line = script_action(
                &crate::sim::command::Control::Hold("e1".into()),
                "Anruf",
                lang,
            );
            assert!(is_script_action(&line), "{line}");
        }
        assert_eq!(
            script_action(
                &crate::sim::command::Control::Skip("e1".into()),
                "X",
                Lang::DE
            ),
            "Einlage gestrichen: X"
        );
        assert!(is_script_action("Inject withheld (condition): X"));
        assert!(is_script_action("release e4"));
        assert!(!is_script_action(
            "Meldungen – Verwaltungsnetz: 3 verschlüsselt"
        ));
    }

    #[test]
    fn times_and_lengths_in_each_languages_form() {
        assert_eq!(wall_time("2021-10-15 03:00", Lang::DE), "15.10.2021 03:00");
        assert_eq!(wall_time("2021-10-15 03:00", Lang::EN), "2021-10-15 03:00");
        assert_eq!(short_time("2021-10-15 03:00", Lang::DE), "15.10. 03:00");
        assert_eq!(short_time("2021-10-15 03:00", Lang::EN), "10-15 03:00");
        assert_eq!(wall_time("gestern", Lang::DE), "gestern");
        assert_eq!(duration(30, Lang::DE), "30 min");
        assert_eq!(duration(150, Lang::EN), "2 h 30 min");
        assert_eq!(duration(1680, Lang::DE), "1 T 4 h");
        assert_eq!(duration(1680, Lang::EN), "1 d 4 h");
        assert_eq!(day(3, Lang::DE), "Tag 3");
        assert_eq!(euros(4212, Lang::DE), "4.212 €");
        assert_eq!(euros(4212, Lang::EN), "€4,212");
        assert_eq!(corrects(1200, Lang::DE), "(berichtigt Nr. 1200)");
    }
}
