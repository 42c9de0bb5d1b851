//! Words shared by the terminal, the report, the Drehbuch and the command line: statuses,
//! times, durations, reasons, script events. Each function takes the language and returns the
//! words; the screens arrange them.

use crate::exercise::{EntryKind, Reaction, Role, Status as ExerciseStatus, Verdict};
use crate::i18n::{Lang, number};
use crate::scenario::model::{Channel, Minutes, Priority};
use crate::sim::command::Rejection;
use crate::sim::injects::InjectStatus;
use crate::sim::outcome::Evidence;
use crate::sim::services::Status as ServiceStatus;

pub fn role(role: Role, lang: Lang) -> &'static str {
    match (role, lang) {
        (Role::Control, Lang::DE) => "Steuerung",
        (Role::Staff, Lang::DE) => "Stab",
        (Role::Observer, Lang::DE) => "Beobachtung",
        (Role::Control, _) => "Control",
        (Role::Staff, _) => "Staff",
        (Role::Observer, _) => "Observer",
    }
}

pub fn exercise_status(status: ExerciseStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (ExerciseStatus::Prepared, Lang::DE) => "vorbereitet",
        (ExerciseStatus::Running, Lang::DE) => "läuft",
        (ExerciseStatus::Paused, Lang::DE) => "angehalten",
        (ExerciseStatus::Interrupted, Lang::DE) => "unterbrochen",
        (ExerciseStatus::Prepared, _) => "prepared",
        (ExerciseStatus::Running, _) => "running",
        (ExerciseStatus::Paused, _) => "paused",
        (ExerciseStatus::Interrupted, _) => "interrupted",
        (ExerciseStatus::Ended, _) => "ENDEX",
    }
}

pub fn service_status(status: ServiceStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (ServiceStatus::Up, Lang::DE) => "läuft",
        (ServiceStatus::Degraded, Lang::DE) => "eingeschränkt",
        (ServiceStatus::Paper, Lang::DE) => "Papier",
        (ServiceStatus::Down, Lang::DE) => "ausgefallen",
        (ServiceStatus::Up, _) => "up",
        (ServiceStatus::Degraded, _) => "degraded",
        (ServiceStatus::Paper, _) => "paper",
        (ServiceStatus::Down, _) => "down",
    }
}

pub fn inject_status(status: InjectStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (InjectStatus::Pending, Lang::DE) => "geplant",
        (InjectStatus::Held, Lang::DE) => "zurückgehalten",
        (InjectStatus::Forced, Lang::DE) => "wird eingespielt",
        (InjectStatus::Released, Lang::DE) => "eingespielt",
        (InjectStatus::Skipped, Lang::DE) => "ausgelassen",
        (InjectStatus::Withheld, Lang::DE) => "entfallen (Bedingung)",
        (InjectStatus::Pending, _) => "pending",
        (InjectStatus::Held, _) => "held",
        (InjectStatus::Forced, _) => "releasing",
        (InjectStatus::Released, _) => "released",
        (InjectStatus::Skipped, _) => "skipped",
        (InjectStatus::Withheld, _) => "withheld (condition)",
    }
}

pub fn priority(priority: Priority, lang: Lang) -> &'static str {
    match (priority, lang) {
        (Priority::Low, Lang::DE) => "einfach",
        (Priority::Normal, Lang::DE) => "normal",
        (Priority::High, Lang::DE) => "sofort",
        (Priority::Flash, Lang::DE) => "Blitz",
        (Priority::Low, _) => "low",
        (Priority::Normal, _) => "normal",
        (Priority::High, _) => "urgent",
        (Priority::Flash, _) => "flash",
    }
}

pub fn channel(channel: Channel, lang: Lang) -> &'static str {
    match (channel, lang) {
        (Channel::Phone, Lang::DE) => "Telefon",
        (Channel::Mail, Lang::DE) => "E-Mail",
        (Channel::Fax, _) => "Fax",
        (Channel::Courier, Lang::DE) => "Bote",
        (Channel::InPerson, Lang::DE) => "persönlich",
        (Channel::Press, Lang::DE) => "Presse",
        (Channel::Radio, Lang::DE) => "Funk",
        (Channel::SituationReport, Lang::DE) => "Lagemeldung",
        (Channel::SocialMedia, Lang::DE) => "Soziale Medien",
        (Channel::Phone, _) => "phone",
        (Channel::Mail, _) => "e-mail",
        (Channel::Courier, _) => "courier",
        (Channel::InPerson, _) => "in person",
        (Channel::Press, _) => "press",
        (Channel::Radio, _) => "radio",
        (Channel::SituationReport, _) => "sitrep",
        (Channel::SocialMedia, _) => "social media",
    }
}

pub fn reaction(reaction: Reaction, lang: Lang) -> &'static str {
    match (reaction, lang) {
        (Reaction::Pending, Lang::DE) => "offen",
        (Reaction::Done, Lang::DE) => "erledigt",
        (Reaction::Deviating, Lang::DE) => "abweichend",
        (Reaction::Pending, _) => "open",
        (Reaction::Done, _) => "done",
        (Reaction::Deviating, _) => "deviating",
    }
}

pub fn entry_kind(kind: EntryKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (EntryKind::Decision, Lang::DE) => "Entscheidung",
        (EntryKind::Inject, Lang::DE) => "Eingang",
        (EntryKind::Report, Lang::DE) => "Meldung",
        (EntryKind::Note, Lang::DE) => "Hinweis",
        (EntryKind::Control, Lang::DE) => "Steuerung",
        (EntryKind::Observation, Lang::DE) => "Beobachtung",
        (EntryKind::Decision, _) => "decision",
        (EntryKind::Inject, _) => "inject",
        (EntryKind::Report, _) => "report",
        (EntryKind::Note, _) => "note",
        (EntryKind::Control, _) => "control",
        (EntryKind::Observation, _) => "observation",
    }
}

pub fn verdict(verdict: Verdict, lang: Lang) -> &'static str {
    match (verdict, lang) {
        (Verdict::Erfuellt, Lang::DE) => "erfüllt",
        (Verdict::Teilweise, Lang::DE) => "teilweise",
        (Verdict::NichtErfuellt, Lang::DE) => "nicht erfüllt",
        (Verdict::NichtBeobachtet, Lang::DE) => "nicht beobachtet",
        (Verdict::Erfuellt, _) => "met",
        (Verdict::Teilweise, _) => "partly",
        (Verdict::NichtErfuellt, _) => "not met",
        (Verdict::NichtBeobachtet, _) => "not observed",
    }
}

/// The attacker stage as the snapshot names it (`LateralMovement`), in words.
pub fn stage(name: &str, lang: Lang) -> String {
    let de = lang == Lang::DE;
    let words = match name {
        "Foothold" => ["Erstzugang", "initial access"],
        "PrivilegeEscalation" => ["Rechteausweitung", "privilege escalation"],
        "Discovery" => ["Erkundung", "discovery"],
        "LateralMovement" => ["Ausbreitung im Netz", "lateral movement"],
        "RecoveryInhibition" => ["Sicherungen sabotieren", "recovery inhibition"],
        "Encryption" => ["Verschlüsselung", "encryption"],
        "Extortion" => ["Erpressung", "extortion"],
        "Exfiltration" => ["Datenabfluss", "exfiltration"],
        other => return other.to_string(),
    };
    words[usize::from(!de)].to_string()
}

/// "Tag 3" / "Day 3".
pub fn day(n: i64, lang: Lang) -> String {
    format!("{} {n}", if lang == Lang::DE { "Tag" } else { "Day" })
}

/// A length of exercise time: "30 min", "2 h", "1 T 4 h" / "1 d 4 h".
pub fn duration(minutes: Minutes, lang: Lang) -> String {
    let d = if lang == Lang::DE { "T" } else { "d" };
    let m = minutes.max(0);
    let (days, hours, mins) = (m / 1440, (m % 1440) / 60, m % 60);
    match (days, hours, mins) {
        (0, 0, m) => format!("{m} min"),
        (0, h, 0) => format!("{h} h"),
        (0, h, m) => format!("{h} h {m} min"),
        (days, 0, _) => format!("{days} {d}"),
        (days, h, _) => format!("{days} {d} {h} h"),
    }
}

/// An exercise time `YYYY-MM-DD HH:MM` as each language writes it: `15.10.2021 03:00` in
/// German, unchanged in English. Anything else is returned as it is.
pub fn wall_time(iso: &str, lang: Lang) -> String {
    match (lang, split_iso(iso)) {
        (Lang::DE, Some((y, mo, d, hm))) => format!("{d}.{mo}.{y} {hm}"),
        _ => iso.to_string(),
    }
}

/// The short form without the year: `15.10. 03:00` / `10-15 03:00`.
pub fn short_time(iso: &str, lang: Lang) -> String {
    match (lang, split_iso(iso)) {
        (Lang::DE, Some((_, mo, d, hm))) => format!("{d}.{mo}. {hm}"),
        (_, Some((_, mo, d, hm))) => format!("{mo}-{d} {hm}"),
        _ => iso.to_string(),
    }
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

/// A deadline's outcome: met, missed, or not yet due.
/// What a waiting decision waits for, in the staff's words: "wartet auf: …".
pub fn waits_for(
    s: &crate::scenario::Scenario,
    action: &str,
    wait: crate::sim::actions::Wait,
    lang: Lang,
) -> String {
    use crate::scenario::model::Prerequisite;
    use crate::sim::actions::Wait;
    let de = lang == Lang::DE;
    let head = if de { "wartet auf" } else { "waits for" };
    let requirement = match wait {
        Wait::Staff => {
            return format!(
                "{head}: {}",
                if de { "freies Personal" } else { "free staff" }
            );
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
            if de {
                format!("„{name}“ abgeschlossen")
            } else {
                format!("\"{name}\" finished")
            }
        }
        Some(Prerequisite::NotDone(a)) => {
            let name = s.actions().get(a.index()).map_or("", |a| a.name.as_str());
            if de {
                format!("„{name}“ nicht begonnen")
            } else {
                format!("\"{name}\" not started")
            }
        }
        Some(Prerequisite::LinkCut(l)) => {
            let name = s.links().get(l.index()).map_or("", |l| l.name.as_str());
            if de {
                format!("„{name}“ getrennt")
            } else {
                format!("\"{name}\" cut")
            }
        }
        Some(Prerequisite::SystemClean(x)) => {
            let name = s.systems().get(x.index()).map_or("", |x| x.name.as_str());
            if de {
                format!("„{name}“ geprüft und sauber")
            } else {
                format!("\"{name}\" checked and clean")
            }
        }
        None => (if de {
            "eine Voraussetzung"
        } else {
            "a prerequisite"
        })
        .to_string(),
    };
    format!("{head}: {what}")
}

pub fn deadline(met: Option<bool>, lang: Lang) -> &'static str {
    match (met, lang) {
        (Some(true), _) => {
            if lang == Lang::DE {
                "eingehalten"
            } else {
                "met"
            }
        }
        (Some(false), _) => {
            if lang == Lang::DE {
                "verfehlt"
            } else {
                "missed"
            }
        }
        (None, Lang::DE) => "noch nicht fällig",
        (None, _) => "not yet due",
    }
}

/// Euros with the language's thousands separator.
pub fn euros(amount: u32, lang: Lang) -> String {
    match lang {
        Lang::DE => format!("{} €", number(u64::from(amount), lang)),
        _ => format!("€{}", number(u64::from(amount), lang)),
    }
}

pub fn rejection(why: &Rejection, lang: Lang) -> String {
    let de = lang == Lang::DE;
    match why {
        Rejection::UnknownAction(id) if de => format!("unbekannte Maßnahme {id}"),
        Rejection::UnknownAction(id) => format!("unknown action {id}"),
        Rejection::UnknownTarget(id) if de => format!("unbekanntes Ziel {id}"),
        Rejection::UnknownTarget(id) => format!("unknown target {id}"),
        Rejection::TargetRequired if de => "die Maßnahme braucht ein Ziel".into(),
        Rejection::TargetRequired => "the action needs a target".into(),
        Rejection::NoTarget if de => "die Maßnahme hat kein Ziel".into(),
        Rejection::NoTarget => "the action takes no target".into(),
        Rejection::NotATarget(id) if de => format!("{id} ist kein Ziel dieser Maßnahme"),
        Rejection::NotATarget(id) => format!("{id} is not a target of this action"),
        Rejection::UnknownFunction(id) if de => format!("unbekannte Funktion {id}"),
        Rejection::UnknownFunction(id) => format!("unknown function {id}"),
        Rejection::UnknownInject(id) if de => format!("unbekannte Einlage {id}"),
        Rejection::UnknownInject(id) => format!("unknown inject {id}"),
        Rejection::DuplicateInject(id) if de => format!("Einlage {id} gibt es schon"),
        Rejection::DuplicateInject(id) => format!("inject {id} exists already"),
        Rejection::Prerequisite(_) if de => "eine Voraussetzung ist nicht erfüllt".into(),
        Rejection::Prerequisite(_) => "a prerequisite does not hold".into(),
        Rejection::OrderRequired if de => "die Reihenfolge braucht mindestens einen Eintrag".into(),
        Rejection::OrderRequired => "the order needs at least one entry".into(),
        Rejection::ScenarioOver if de => "das Szenario ist zu Ende".into(),
        Rejection::ScenarioOver => "the scenario has ended".into(),
        Rejection::CrossesTick if de => "die Wartezeit reicht über den nächsten Schritt".into(),
        Rejection::CrossesTick => "the wait reaches beyond the next step".into(),
    }
}

/// The Einsatztagebuch line of control's action on the script, as the logbook keeps it
/// (`title`: the inject's).
pub fn script_action(control: &crate::sim::command::Control, title: &str, lang: Lang) -> String {
    use crate::sim::command::Control;
    let heads = match lang {
        Lang::DE => SCRIPT_ACTIONS_DE,
        _ => SCRIPT_ACTIONS_EN,
    };
    let head = match control {
        Control::Release(_) => heads[0],
        Control::Hold(_) => heads[1],
        Control::Skip(_) => heads[2],
        Control::AdHoc(_) => heads[3],
    };
    format!("{head}: {title}")
}

const SCRIPT_ACTIONS_DE: [&str; 6] = [
    "Einlage freigegeben",
    "Einlage zurückgehalten",
    "Einlage gestrichen",
    "Einlage der Übungssteuerung geschrieben",
    "Einlage an die Übungssteuerung",
    "Einlage entfallen (Bedingung)",
];

const SCRIPT_ACTIONS_EN: [&str; 6] = [
    "Inject released",
    "Inject held back",
    "Inject struck",
    "Inject of exercise control written",
    "Inject to exercise control",
    "Inject withheld (condition)",
];

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
    let heads = match lang {
        Lang::DE => SCRIPT_ACTIONS_DE,
        _ => SCRIPT_ACTIONS_EN,
    };
    match event {
        ScriptEvent::ToControl(i) => format!("{}: {}", heads[4], s.injects()[i.index()].title),
        ScriptEvent::Withheld(i, why) => {
            let title = &s.injects()[i.index()].title;
            match why {
                Some(why) => format!("{}: {title} – {}", heads[5], withheld(s, i, why, lang)),
                None => format!("{}: {title}", heads[5]),
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
    let de = lang == Lang::DE;
    match why {
        Withheld::Decided(k) => {
            let Some(d) = spec.unless.get(k as usize) else {
                return String::new();
            };
            let action = &s.actions()[d.action.index()].name;
            let target = d
                .target
                .map(|t| format!(" ({})", s.target_name(t)))
                .unwrap_or_default();
            if de {
                format!("die Entscheidung „{action}“{target} liegt vor")
            } else {
                format!("the decision \"{action}\"{target} has been taken")
            }
        }
        Withheld::NotHolding(k) => {
            let Some(c) = spec.only_if.get(k as usize) else {
                return String::new();
            };
            let state = crate::drehbuch::condition(s, *c, lang);
            if de {
                format!("nicht erfüllt: {state}")
            } else {
                format!("not met: {state}")
            }
        }
    }
}

/// "(berichtigt Nr. 3)": the entry corrects entry 3.
pub fn corrects(number: u32, lang: Lang) -> String {
    match lang {
        Lang::DE => format!("(berichtigt Nr. {number})"),
        _ => format!("(corrects no. {number})"),
    }
}

/// One link of a reason chain in words: "Fachverfahren Kfz-Zulassung nicht zurück (3 von 3
/// aus)", "Team …: Platz 4 der Reihenfolge", "… — noch nicht entschieden".
pub fn reason_link(
    s: &crate::scenario::Scenario,
    link: &crate::sim::reasons::Link,
    lang: Lang,
) -> String {
    use crate::sim::reasons::Link;
    let de = lang == Lang::DE;
    let name_of = |list: &[(&str, &str)], id: &str| {
        list.iter()
            .find(|(i, _)| *i == id)
            .map_or(id.to_string(), |(_, n)| n.to_string())
    };
    let systems: Vec<(&str, &str)> = s
        .systems()
        .iter()
        .map(|x| (x.id.as_str(), x.name.as_str()))
        .collect();
    let team = |id: &str| {
        s.teams()
            .iter()
            .find(|t| t.id == id)
            .map_or(id.to_string(), |t| t.name.clone())
    };
    let quote = |t: &str| {
        if de {
            format!("„{t}“")
        } else {
            format!("\"{t}\"")
        }
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
                format!("{} → {t}", quote(name))
            }
            None => quote(name),
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
            let name = name_of(&systems, id);
            let mut parts = Vec::new();
            for (n, de_word, en_word) in [
                (encrypted, "verschlüsselt", "encrypted"),
                (compromised, "befallen", "compromised"),
                (offline, "aus", "off"),
                (in_work, "in Arbeit", "in work"),
            ] {
                if *n > 0 {
                    parts.push(format!("{n} {}", if de { de_word } else { en_word }));
                }
            }
            let state = if de { "nicht zurück" } else { "not back" };
            if parts.is_empty() {
                format!("{name} {state}")
            } else {
                let of = if de { "von" } else { "of" };
                format!("{name} {state} ({of} {total}: {})", parts.join(", "))
            }
        }
        Link::NetworkIsolated { id } => {
            let name = s
                .networks()
                .iter()
                .find(|x| &x.id == id)
                .map_or(id.as_str(), |x| x.name.as_str());
            format!("{name} {}", if de { "isoliert" } else { "isolated" })
        }
        Link::LinkCut { id } => {
            let name = s
                .links()
                .iter()
                .find(|x| &x.id == id)
                .map_or(id.as_str(), |x| x.name.as_str());
            format!("{name} {}", if de { "getrennt" } else { "cut" })
        }
        // A link without its counts (`Link::steady`, a cause over many days) says it in general.
        Link::InWork { team: t, hosts: 0 } => {
            if de {
                format!("{}: in Arbeit", team(t))
            } else {
                format!("{}: in work", team(t))
            }
        }
        Link::InWork { team: t, hosts } => {
            if de {
                format!("{}: {hosts} Rechner in Arbeit", team(t))
            } else {
                format!("{}: {hosts} hosts in work", team(t))
            }
        }
        Link::Queued { team: t, place: 0 } => {
            if de {
                format!("{}: noch nicht an der Reihe", team(t))
            } else {
                format!("{}: not its turn yet", team(t))
            }
        }
        Link::Queued { team: t, place } => {
            if de {
                format!("{}: Platz {place} der Reihenfolge", team(t))
            } else {
                format!("{}: place {place} in the recovery order", team(t))
            }
        }
        Link::TeamAbsent {
            team: t,
            arrives: Some(day),
        } => {
            if de {
                format!("{} nicht vor Ort, kommt an Tag {day}", team(t))
            } else {
                format!("{} not on site, arrives on day {day}", team(t))
            }
        }
        Link::TeamAbsent {
            team: t,
            arrives: None,
        } => {
            if de {
                format!("{} nicht vor Ort", team(t))
            } else {
                format!("{} not on site", team(t))
            }
        }
        Link::NoTeam => (if de {
            "kein Team für diese Arbeit"
        } else {
            "no team for this work"
        })
        .to_string(),
        Link::Needs { system } => {
            if de {
                format!("wartet auf {}", name_of(&systems, system))
            } else {
                format!("waits for {}", name_of(&systems, system))
            }
        }
        Link::Backup { system } => {
            if de {
                format!("Rücksicherung wartet auf {}", name_of(&systems, system))
            } else {
                format!("restore waits for {}", name_of(&systems, system))
            }
        }
        Link::AttackerActive { network } => {
            let name = s
                .networks()
                .iter()
                .find(|x| &x.id == network)
                .map_or(network.as_str(), |x| x.name.as_str());
            if de {
                format!("Täter noch aktiv in {name}")
            } else {
                format!("attacker still active in {name}")
            }
        }
        Link::Gate => (if de {
            "Wiederanlauf noch nicht freigegeben"
        } else {
            "recovery not yet cleared"
        })
        .to_string(),
        Link::Decision {
            action: a,
            target,
            waits_for,
        } => match waits_for {
            Some(w) => format!("{}: {}", action(a, target), self::waits_for(s, a, *w, lang)),
            None => format!(
                "{} {}",
                action(a, target),
                if de { "läuft" } else { "under way" }
            ),
        },
        Link::NotDecided { action: a, target } => format!(
            "{} — {}",
            action(a, target),
            if de {
                "noch nicht entschieden"
            } else {
                "not yet decided"
            }
        ),
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
/// of its own), in either language, also as earlier versions wrote it: control's alone, never
/// the staff's to read.
pub fn is_script_action(text: &str) -> bool {
    SCRIPT_ACTIONS_DE
        .iter()
        .chain(&SCRIPT_ACTIONS_EN)
        .chain(&["release ", "hold ", "skip ", "ad hoc "])
        .any(|head| text.starts_with(head))
}
