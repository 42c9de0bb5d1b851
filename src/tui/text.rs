//! Every string the terminal interface itself shows, in German and English.
//!
//! Screen names (Lagebild, Einlagen, Maßnahmen, Einsatztagebuch, Verlauf, Steuerung) stay German
//! in both languages, as staffs use them; English gets a subtitle. Scenario text (names,
//! titles, contents) is shown as its author wrote it and never passes through here.
//!
//! One file of over 800 lines until the words move into Fluent catalogues (the word-catalogue
//! issue); until then every interface string is here and nowhere else.

use crate::app::{Outcome, Role, Screen};
use crate::exercise::EntryKind;
use crate::i18n::Lang;
pub use crate::i18n::words::*;
use crate::scenario::model::{Channel, Minutes, TargetKind};
use crate::sim::injects::InjectStatus;

/// The fixed strings of one language.
pub struct Texts {
    /// The exercise marking on every screen.
    pub exercise: &'static str,
    pub too_small: &'static str,
    pub day: &'static str,
    pub real_time: &'static str,
    pub exercise_time: &'static str,
    pub help_hint: &'static str,
    pub help_title: &'static str,
    pub help_close: &'static str,
    pub quit_title: &'static str,
    pub quit_question: &'static str,
    pub quit_saved: &'static str,
    pub quit_keys: &'static str,
    pub more: &'static str,
    pub more_quiet: &'static str,
    pub none: &'static str,
    pub no_data: &'static str,
    pub staff_busy: &'static str,
    pub speed: &'static str,
    // Lagebild
    pub networks: &'static str,
    pub services: &'static str,
    pub deadlines: &'static str,
    /// Legal clocks on the Lagebild: cases about to lapse, and the horizon.
    pub at_risk: &'static str,
    pub within_week: &'static str,
    pub running: &'static str,
    pub links: &'static str,
    pub col_link: &'static str,
    pub link_cut: &'static str,
    pub link_up: &'static str,
    pub col_network: &'static str,
    pub col_known_comp: &'static str,
    pub col_known_enc: &'static str,
    pub col_state: &'static str,
    pub col_truth_comp: &'static str,
    pub col_truth_enc: &'static str,
    pub col_hosts: &'static str,
    pub col_checked: &'static str,
    pub col_offline: &'static str,
    pub col_restored: &'static str,
    pub col_service: &'static str,
    pub col_status: &'static str,
    pub col_backlog: &'static str,
    pub col_lapsed: &'static str,
    pub col_capacity: &'static str,
    pub col_aid: &'static str,
    pub col_deadline: &'static str,
    pub col_due: &'static str,
    pub col_left: &'static str,
    pub col_action: &'static str,
    pub col_target: &'static str,
    pub isolated: &'static str,
    /// Every host of a network is shut down, in full and in short.
    pub shut_down: &'static str,
    pub shut_down_short: &'static str,
    pub suspected: &'static str,
    pub false_alarm: &'static str,
    pub waiting: &'static str,
    pub no_running: &'static str,
    pub met: &'static str,
    pub missed: &'static str,
    pub overdue: &'static str,
    pub truth_marker: &'static str,
    // Einlagen
    pub unread: &'static str,
    pub refers_to: &'static str,
    pub confirm_keys: &'static str,
    pub col_time: &'static str,
    pub col_priority: &'static str,
    pub col_channel: &'static str,
    pub col_receiver: &'static str,
    pub col_title: &'static str,
    pub col_reaction: &'static str,
    pub filter: &'static str,
    pub all_functions: &'static str,
    pub no_injects: &'static str,
    pub from: &'static str,
    pub to: &'static str,
    pub received: &'static str,
    pub expected_reaction: &'static str,
    pub control_note: &'static str,
    pub false_alarm_flag: &'static str,
    pub ad_hoc: &'static str,
    pub inbox_keys: &'static str,
    // Maßnahmen
    pub col_function: &'static str,
    pub col_duration: &'static str,
    pub col_staff: &'static str,
    pub col_cost: &'static str,
    pub requires: &'static str,
    pub target_kind: &'static str,
    pub decide_hint: &'static str,
    pub decide_title: &'static str,
    pub step_action: &'static str,
    pub step_target: &'static str,
    pub step_function: &'static str,
    pub step_reason: &'static str,
    pub step_confirm: &'static str,
    pub no_target: &'static str,
    pub reason_prompt: &'static str,
    pub confirm_prompt: &'static str,
    pub decide_keys: &'static str,
    pub responsible: &'static str,
    // The recovery order and the teams (Maßnahmen)
    pub step_order: &'static str,
    pub order_keys: &'static str,
    pub col_item: &'static str,
    pub recovery_order: &'static str,
    pub default_order: &'static str,
    pub teams: &'static str,
    pub not_on_site: &'static str,
    // Why: the chain of reasons of the selected row (Lagebild, Maßnahmen)
    pub why: &'static str,
    pub why_title: &'static str,
    pub why_waits: &'static str,
    pub why_never: &'static str,
    pub why_stays: &'static str,
    pub why_no_decision: &'static str,
    pub why_keys: &'static str,
    // Einsatztagebuch
    pub col_number: &'static str,
    pub col_kind: &'static str,
    pub col_text: &'static str,
    pub empty_logbook: &'static str,
    pub logbook_keys: &'static str,
    pub note_title: &'static str,
    pub correct_title: &'static str,
    pub text_prompt: &'static str,
    pub note_keys: &'static str,
    // Verlauf
    pub chart_services: &'static str,
    pub chart_hosts: &'static str,
    pub series_services: &'static str,
    pub series_known: &'static str,
    pub series_truth: &'static str,
    pub series_encrypted: &'static str,
    pub axis_day: &'static str,
    pub objectives: &'static str,
    pub col_objective: &'static str,
    pub col_run: &'static str,
    pub col_rating: &'static str,
    pub not_rated: &'static str,
    pub open: &'static str,
    pub truth_after_endex: &'static str,
    pub observer_keys: &'static str,
    pub rate_title: &'static str,
    pub observe_title: &'static str,
    pub pause_title: &'static str,
    pub entry_title: &'static str,
    pub preview_title: &'static str,
    pub lage_title: &'static str,
    /// Lage, Annahmen, offene Fragen.
    pub lage_fields: [&'static str; 3],
    pub lage_keys: &'static str,
    pub lage_empty: &'static str,
    pub conditions: &'static str,
    pub entry_keys: &'static str,
    pub pause_prompt: &'static str,
    pub pause_keys: &'static str,
    /// Common reasons to pause, offered first; typed text replaces the choice.
    pub pause_reasons: [&'static str; 4],
    pub comment_prompt: &'static str,
    pub verdict_prompt: &'static str,
    pub objective_prompt: &'static str,
    pub rate_keys: &'static str,
    pub observe_keys: &'static str,
    // Steuerung
    pub truth: &'static str,
    pub script: &'static str,
    pub control_keys: &'static str,
    pub status: &'static str,
    pub attacker_stage: &'static str,
    pub hosts_compromised: &'static str,
    pub hosts_encrypted: &'static str,
    pub known_short: &'static str,
    pub false_alarms: &'static str,
    pub next_inject: &'static str,
    pub no_next_inject: &'static str,
    pub next_phase: &'static str,
    pub col_id: &'static str,
    pub col_trigger: &'static str,
    pub due_now: &'static str,
    pub trigger_condition: &'static str,
    pub trigger_after: &'static str,
    pub trigger_taken: &'static str,
    pub trigger_not_taken: &'static str,
    pub adhoc_title: &'static str,
    pub adhoc_fields: [&'static str; 6],
    pub adhoc_keys: &'static str,
    pub stage_none: &'static str,
    // Lagefilm
    pub film: &'static str,
    pub film_read_only: &'static str,
    // Another engine's file, read-only
    pub read_only_keys: &'static str,
    pub quit_unchanged: &'static str,
}

pub static DE: Texts = Texts {
    exercise: "ÜBUNG",
    too_small: "Fenster zu klein (mind. 80×24)",
    day: "Tag",
    real_time: "Echtzeit",
    exercise_time: "Übungszeit",
    help_hint: "? Hilfe",
    help_title: "Hilfe",
    help_close: "?, F1 oder Esc schließt die Hilfe",
    quit_title: "Beenden",
    quit_question: "Übung verlassen?",
    quit_saved: "Die Übungsdatei ist gespeichert; die Übung kann fortgesetzt werden.",
    quit_keys: "j: verlassen   n / Esc: weiter üben",
    more: "weitere",
    more_quiet: "weitere ohne Befund",
    none: "—",
    no_data: "Noch keine Daten: die Übungszeit ist nicht fortgeschritten.",
    staff_busy: "Personal gebunden",
    speed: "Zeitraffer",
    networks: "Netze und Verwaltungen",
    services: "Dienste und Fachverfahren",
    deadlines: "Fristen",
    at_risk: "Verjährung droht",
    within_week: "binnen 7 T",
    running: "Laufende Maßnahmen",
    links: "Verbindungen",
    col_link: "Verbindung",
    link_cut: "getrennt",
    link_up: "verbunden",
    col_network: "Netz",
    col_known_comp: "kompr.",
    col_known_enc: "verschl.",
    col_state: "Lage",
    col_truth_comp: "W:kompr.",
    col_truth_enc: "W:verschl.",
    col_hosts: "Rechner",
    col_checked: "Prüfung",
    col_offline: "aus",
    col_restored: "wiederh.",
    col_service: "Dienst",
    col_status: "Status",
    col_backlog: "Rückst.",
    col_lapsed: "verj.",
    col_capacity: "Kap./Tag",
    col_aid: "Hilfe/Tag",
    col_deadline: "Frist",
    col_due: "fällig",
    col_left: "Stand",
    col_action: "Maßnahme",
    col_target: "Ziel",
    isolated: "isoliert",
    shut_down: "heruntergefahren",
    shut_down_short: "aus",
    suspected: "Verdacht",
    false_alarm: "Fehlalarm",
    waiting: "wartet auf Personal",
    no_running: "keine laufenden Maßnahmen",
    met: "eingehalten",
    missed: "verfehlt",
    overdue: "überfällig",
    truth_marker: "W: = Wahrheit (nur Steuerung)",
    unread: "neu",
    refers_to: "Bezug",
    confirm_keys: "Enter oder j: entscheiden · n: Begründung ändern · ← zurück · Esc abbrechen",
    col_time: "Zeit",
    col_priority: "Vorrang",
    col_channel: "Meldeweg",
    col_receiver: "an",
    col_title: "Betreff",
    col_reaction: "Reaktion",
    filter: "Filter",
    all_functions: "alle Funktionen",
    no_injects: "Noch keine Einlagen eingegangen.",
    from: "Von",
    to: "An",
    received: "Eingang",
    expected_reaction: "Erwartete Reaktion",
    control_note: "Steuerungshinweis",
    false_alarm_flag: "FEHLALARM – die Meldung trifft nicht zu",
    ad_hoc: "Ad-hoc-Einlage",
    inbox_keys: "↑↓ wählen · a / Enter quittieren · r Reaktion · f Filter",
    col_function: "Funktion",
    col_duration: "Dauer",
    col_staff: "Personal",
    col_cost: "Kosten",
    requires: "setzt voraus",
    target_kind: "Ziel",
    decide_hint: "d / Enter: Entscheidung treffen (Maßnahme, Ziel, Funktion, Begründung)",
    decide_title: "Entscheidung",
    step_action: "Maßnahme",
    step_target: "Ziel",
    step_function: "Funktion",
    step_reason: "Begründung",
    step_confirm: "Bestätigen",
    no_target: "Diese Maßnahme braucht kein Ziel.",
    reason_prompt: "Warum? Die Begründung kommt ins Einsatztagebuch.",
    confirm_prompt: "Entscheidung so treffen? Sie wird mit Begründung ins Einsatztagebuch geschrieben.",
    decide_keys: "↑↓ wählen · Enter weiter · ← zurück · Esc abbrechen",
    responsible: "zuständig",
    step_order: "Reihenfolge",
    order_keys: "↑↓ · Leertaste/Enter aufnehmen/streichen · → weiter · ← zurück · Esc abbrechen",
    col_item: "Dienst oder System",
    recovery_order: "Wiederanlaufreihenfolge",
    default_order: "Standardreihenfolge des Szenarios",
    teams: "Teams",
    not_on_site: "nicht vor Ort",
    why: "Warum (c)",
    why_title: "Warum?",
    why_waits: "wartet auf eine Entscheidung",
    why_never: "voraussichtlich nicht bis zum Ende des Szenarios",
    why_stays: "bleibt voraussichtlich in Betrieb",
    why_no_decision: "keine Entscheidung dazu in Arbeit",
    why_keys: "Esc oder c schließt",
    col_number: "Nr.",
    col_kind: "Art",
    col_text: "Eintrag",
    empty_logbook: "Das Einsatztagebuch ist leer.",
    logbook_keys: "↑↓ wählen · n Eintrag · k Berichtigung",
    note_title: "Neuer Eintrag",
    correct_title: "Berichtigung zu Nr.",
    text_prompt: "Text",
    note_keys: "←→ Funktion · ↑↓ Art · Enter eintragen · Esc abbrechen",
    chart_services: "Dienste in Betrieb",
    chart_hosts: "Befallene Rechner (kompromittiert oder verschlüsselt)",
    series_services: "in Betrieb",
    series_known: "bekannt",
    series_truth: "W: befallen",
    series_encrypted: "W: verschlüsselt",
    axis_day: "Tag",
    objectives: "Übungsziele",
    col_objective: "Ziel",
    col_run: "Lauf",
    col_rating: "Bewertung",
    not_rated: "nicht bewertet",
    open: "offen",
    truth_after_endex: "nach ENDEX",
    observer_keys: "b bewerten · o Beobachtung",
    rate_title: "Übungsziel bewerten",
    observe_title: "Beobachtung",
    pause_title: "Übung anhalten",
    entry_title: "Eintrag im Einsatztagebuch",
    preview_title: "Einlage im Drehbuch",
    lage_title: "Lage-Seite für den Lagevortrag",
    lage_fields: ["Lage", "Annahmen", "Offene Fragen"],
    lage_keys: "Tab Feld · Enter weiter/eintragen · Esc abbrechen",
    lage_empty: "Noch keine Lage-Seite eingetragen.",
    conditions: "Bedingungen",
    entry_keys: "Esc / Enter schließen",
    pause_prompt: "Grund (oder eigener Text)",
    pause_keys: "↑↓ Grund wählen · Text tippen · Enter anhalten · Esc weiterlaufen",
    pause_reasons: [
        "Lagebesprechung des Stabes",
        "Pause",
        "Technische Störung",
        "Rückfrage an die Übungsleitung",
    ],
    comment_prompt: "Kommentar",
    verdict_prompt: "Bewertung",
    objective_prompt: "Ziel",
    rate_keys: "↑↓ Ziel · ←→ Bewertung · Enter speichern · Esc abbrechen",
    observe_keys: "Enter speichern · Esc abbrechen",
    truth: "Lage (Wahrheit)",
    script: "Drehbuch",
    control_keys: "Steuerung",
    status: "Übungsstatus",
    attacker_stage: "Täterphase",
    hosts_compromised: "Rechner kompromittiert",
    hosts_encrypted: "Rechner verschlüsselt",
    known_short: "bekannt",
    false_alarms: "Fehlalarme",
    next_inject: "Nächste Einlage",
    no_next_inject: "keine geplant",
    next_phase: "Nächste Phase",
    col_id: "Einlage",
    col_trigger: "Auslöser",
    due_now: "fällig",
    trigger_condition: "Bedingung",
    trigger_after: "nach",
    trigger_taken: "nach Maßnahme",
    trigger_not_taken: "ohne Maßnahme bis",
    adhoc_title: "Ad-hoc-Einlage",
    adhoc_fields: [
        "Betreff",
        "Absender",
        "Empfänger",
        "Meldeweg",
        "Vorrang",
        "Inhalt",
    ],
    adhoc_keys: "Tab Feld · ←→ Auswahl · Enter weiter/einspielen · Esc abbrechen",
    stage_none: "noch nicht im Netz",
    film: "Lagefilm",
    film_read_only: "nur lesend",
    read_only_keys: "↑↓ wählen · nur lesend: keine Entscheidung, keine Zeit, nichts wird gespeichert",
    quit_unchanged: "Die Übungsdatei bleibt unverändert.",
};

pub static EN: Texts = Texts {
    exercise: "ÜBUNG – EXERCISE",
    too_small: "Terminal too small (min 80×24)",
    day: "Day",
    real_time: "Real time",
    exercise_time: "Exercise time",
    help_hint: "? Help",
    help_title: "Help",
    help_close: "?, F1 or Esc closes the help",
    quit_title: "Quit",
    quit_question: "Leave the exercise?",
    quit_saved: "The exercise file is saved; the exercise can be continued.",
    quit_keys: "y: leave   n / Esc: keep going",
    more: "more",
    more_quiet: "more, nothing reported",
    none: "—",
    no_data: "No data yet: exercise time has not moved on.",
    staff_busy: "staff busy",
    speed: "Time lapse",
    networks: "Networks and administrations",
    services: "Services",
    deadlines: "Deadlines",
    at_risk: "About to lapse",
    within_week: "within 7 d",
    running: "Running actions",
    links: "Links",
    col_link: "Link",
    link_cut: "cut",
    link_up: "connected",
    col_network: "Network",
    col_known_comp: "compr.",
    col_known_enc: "encr.",
    col_state: "State",
    col_truth_comp: "T:compr.",
    col_truth_enc: "T:encr.",
    col_hosts: "Hosts",
    col_checked: "checking",
    col_offline: "offline",
    col_restored: "restored",
    col_service: "Service",
    col_status: "Status",
    col_backlog: "Backlog",
    col_lapsed: "Lapsed",
    col_capacity: "Cap./day",
    col_aid: "Aid/day",
    col_deadline: "Deadline",
    col_due: "Due",
    col_left: "State",
    col_action: "Action",
    col_target: "Target",
    isolated: "isolated",
    shut_down: "shut down",
    shut_down_short: "off",
    suspected: "suspected",
    false_alarm: "false alarm",
    waiting: "waiting for staff",
    no_running: "no running actions",
    met: "met",
    missed: "missed",
    overdue: "overdue",
    truth_marker: "T: = truth (control only)",
    unread: "new",
    refers_to: "Refers to",
    confirm_keys: "Enter or y: decide · n: change the reason · ← back · Esc cancel",
    col_time: "Time",
    col_priority: "Priority",
    col_channel: "Channel",
    col_receiver: "To",
    col_title: "Subject",
    col_reaction: "Reaction",
    filter: "Filter",
    all_functions: "all functions",
    no_injects: "No injects delivered yet.",
    from: "From",
    to: "To",
    received: "Received",
    expected_reaction: "Expected reaction",
    control_note: "Control note",
    false_alarm_flag: "FALSE ALARM – the report is not true",
    ad_hoc: "ad-hoc inject",
    inbox_keys: "↑↓ select · a / Enter acknowledge · r reaction · f filter",
    col_function: "Function",
    col_duration: "Duration",
    col_staff: "Staff",
    col_cost: "Cost",
    requires: "requires",
    target_kind: "Target",
    decide_hint: "d / Enter: take a decision (action, target, function, reason)",
    decide_title: "Decision",
    step_action: "Action",
    step_target: "Target",
    step_function: "Function",
    step_reason: "Reason",
    step_confirm: "Confirm",
    no_target: "This action needs no target.",
    reason_prompt: "Why? The reason goes into the logbook.",
    confirm_prompt: "Take this decision? It goes into the logbook with its reason.",
    decide_keys: "↑↓ select · Enter next · ← back · Esc cancel",
    responsible: "responsible",
    step_order: "Order",
    order_keys: "↑↓ select · Space/Enter add/remove · → next · ← back · Esc cancel",
    col_item: "Service or system",
    recovery_order: "Recovery order",
    default_order: "the scenario's default order",
    teams: "Teams",
    not_on_site: "not on site",
    why: "Why (c)",
    why_title: "Why?",
    why_waits: "waits for a decision",
    why_never: "expected not before the scenario ends",
    why_stays: "expected to stay in service",
    why_no_decision: "no decision on it under way",
    why_keys: "Esc or c closes",
    col_number: "No.",
    col_kind: "Kind",
    col_text: "Entry",
    empty_logbook: "The logbook is empty.",
    logbook_keys: "↑↓ select · n entry · k correct",
    note_title: "New entry",
    correct_title: "Correction of no.",
    text_prompt: "Text",
    note_keys: "←→ function · ↑↓ kind · Enter save · Esc cancel",
    chart_services: "Services running",
    chart_hosts: "Hosts hit (compromised or encrypted)",
    series_services: "running",
    series_known: "known",
    series_truth: "T: hit",
    series_encrypted: "T: encrypted",
    axis_day: "Day",
    objectives: "Objectives",
    col_objective: "Objective",
    col_run: "Run",
    col_rating: "Rating",
    not_rated: "not rated",
    open: "open",
    truth_after_endex: "after ENDEX",
    observer_keys: "b rate · o observe",
    rate_title: "Rate an objective",
    observe_title: "Observation",
    pause_title: "Pause the exercise",
    entry_title: "Logbook entry",
    preview_title: "Inject in the script",
    lage_title: "Situation page for the briefing",
    lage_fields: ["Situation", "Assumptions", "Open questions"],
    lage_keys: "Tab field · Enter next/save · Esc cancel",
    lage_empty: "No situation page written yet.",
    conditions: "Conditions",
    entry_keys: "Esc / Enter close",
    pause_prompt: "Reason (or your own text)",
    pause_keys: "↑↓ choose reason · type text · Enter pause · Esc keep running",
    pause_reasons: [
        "Staff briefing",
        "Break",
        "Technical problem",
        "Question to exercise control",
    ],
    comment_prompt: "Comment",
    verdict_prompt: "Verdict",
    objective_prompt: "Objective",
    rate_keys: "↑↓ objective · ←→ verdict · Enter save · Esc cancel",
    observe_keys: "Enter save · Esc cancel",
    truth: "Situation (truth)",
    script: "Script (Drehbuch)",
    control_keys: "Control",
    status: "Exercise status",
    attacker_stage: "Attacker stage",
    hosts_compromised: "Hosts compromised",
    hosts_encrypted: "Hosts encrypted",
    known_short: "known",
    false_alarms: "False alarms",
    next_inject: "Next inject",
    no_next_inject: "none scheduled",
    next_phase: "Next phase",
    col_id: "Inject",
    col_trigger: "Trigger",
    due_now: "due",
    trigger_condition: "condition",
    trigger_after: "after",
    trigger_taken: "after action",
    trigger_not_taken: "no action by",
    adhoc_title: "Ad-hoc inject",
    adhoc_fields: [
        "Subject", "Sender", "Receiver", "Channel", "Priority", "Content",
    ],
    adhoc_keys: "Tab field · ←→ choose · Enter next/release · Esc cancel",
    stage_none: "not in the network yet",
    film: "Lagefilm",
    film_read_only: "read-only",
    read_only_keys: "↑↓ select · read-only: no decisions, no time, nothing is saved",
    quit_unchanged: "The exercise file is left unchanged.",
};

/// The strings of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::DE => &DE,
        _ => &EN,
    }
}

/// The German screen name (both languages) and, in English, a subtitle.
pub fn screen_name(screen: Screen) -> &'static str {
    match screen {
        Screen::Lagebild => "Lagebild",
        Screen::Einlagen => "Einlagen",
        Screen::Massnahmen => "Maßnahmen",
        Screen::Einsatztagebuch => "Einsatztagebuch",
        Screen::Verlauf => "Verlauf",
        Screen::Steuerung => "Steuerung",
    }
}

/// The screen's title line: the German name, with an English subtitle in English.
pub fn screen_title(screen: Screen, lang: Lang) -> String {
    let name = screen_name(screen);
    match lang {
        Lang::DE => name.to_string(),
        _ => {
            let sub = match screen {
                Screen::Lagebild => "situation picture",
                Screen::Einlagen => "injects",
                Screen::Massnahmen => "actions and decisions",
                Screen::Einsatztagebuch => "staff logbook",
                Screen::Verlauf => "course over time",
                Screen::Steuerung => "exercise control",
            };
            format!("{name} – {sub}")
        }
    }
}

/// When a service is expected back for good (`back`: the projected day, `None`: not within the
/// scenario), said on `today`: "voraussichtlich wieder ab Tag 12".
pub fn expected_back(back: Option<i64>, today: i64, lang: Lang) -> String {
    let t = texts(lang);
    match back {
        None => t.why_never.to_string(),
        Some(day) if day <= today => t.why_stays.to_string(),
        Some(day) if lang == Lang::DE => format!("voraussichtlich wieder ab Tag {day}"),
        Some(day) => format!("expected back from day {day}"),
    }
}

/// The channel an inject arrived by, and the script's if it came another way (its channel's
/// service was down).
pub fn channel_by(channel: Channel, planned: Option<Channel>, lang: Lang) -> String {
    match (planned, lang) {
        (None, _) => self::channel(channel, lang).to_string(),
        (Some(p), Lang::DE) => format!(
            "{} (statt {})",
            self::channel(channel, lang),
            self::channel(p, lang)
        ),
        (Some(p), _) => format!(
            "{} (instead of {})",
            self::channel(channel, lang),
            self::channel(p, lang)
        ),
    }
}

/// A note's kind as staffs type their logbook entries.
pub fn note_kind(kind: crate::exercise::NoteKind, lang: Lang) -> &'static str {
    use crate::exercise::NoteKind as K;
    match (kind, lang) {
        (K::Hint, Lang::DE) => "Hinweis",
        (K::Task, Lang::DE) => "Auftrag",
        (K::Report, Lang::DE) => "Meldung",
        (K::Decision, Lang::DE) => "Entscheidung",
        (K::Query, Lang::DE) => "Rückfrage",
        (K::Hint, _) => "note",
        (K::Task, _) => "task",
        (K::Report, _) => "report",
        (K::Decision, _) => "decision",
        (K::Query, _) => "query",
    }
}

/// What an entry is: a typed note by its kind, any other entry by its kind of entry.
pub fn entry_label(e: &crate::exercise::Entry, lang: Lang) -> &'static str {
    match e.note {
        Some(k) if e.kind == EntryKind::Note => note_kind(k, lang),
        _ => entry_kind(e.kind, lang),
    }
}

/// "zu Einlage „…“" for an entry linked to an inject (by its title if the scenario has it).
pub fn linked_inject(id: &str, scenario: Option<&crate::scenario::Scenario>, lang: Lang) -> String {
    let title = scenario
        .and_then(|s| s.injects().iter().find(|i| i.id == id))
        .map_or(id, |i| i.title.as_str());
    match lang {
        Lang::DE => format!("zu Einlage „{title}“"),
        _ => format!("on inject \"{title}\""),
    }
}

/// A countdown to a deadline: "noch 2 T 5 h" / "2 d 5 h left".
pub fn countdown(minutes_left: Minutes, lang: Lang) -> String {
    let left = duration(minutes_left, lang);
    match lang {
        Lang::DE => format!("noch {left}"),
        _ => format!("{left} left"),
    }
}

/// What the last action came to, for the status line.
pub fn outcome(outcome: &Outcome, lang: Lang) -> String {
    let de = lang == Lang::DE;
    match outcome {
        Outcome::Done => String::from(if de { "ausgeführt" } else { "done" }),
        Outcome::NotAllowed => String::from(if de {
            "für diese Rolle nicht möglich"
        } else {
            "not possible for this role"
        }),
        Outcome::Rejected(why) => {
            let head = if de { "abgelehnt" } else { "refused" };
            format!("{head}: {}", rejection(why, lang))
        }
        Outcome::Over => String::from(if de {
            "Die Übung ist beendet."
        } else {
            "The exercise is over."
        }),
        Outcome::Paused => String::from(if de {
            "Die Übung ist angehalten."
        } else {
            "The exercise is paused."
        }),
        Outcome::Stopped(title) => {
            let head = if de {
                "Zeit angehalten bei Blitz-Einlage"
            } else {
                "Time stopped at flash inject"
            };
            format!("{head}: {title}")
        }
        Outcome::BriefingDue => String::from(if de {
            "Zeit angehalten: Lagevortrag fällig (L: Lage-Seite)"
        } else {
            "Time stopped: situation briefing due (L: situation page)"
        }),
        Outcome::StoppedForControl(title) => {
            let head = if de {
                "Zeit angehalten, Einlage an die Übungssteuerung"
            } else {
                "Time stopped, inject to exercise control"
            };
            format!("{head}: {title}")
        }
        Outcome::SaveFailed(why) => {
            let head = if de {
                "SPEICHERN FEHLGESCHLAGEN"
            } else {
                "SAVING FAILED"
            };
            format!("{head}: {why}")
        }
        Outcome::Quit => String::new(),
        Outcome::NotApplicable { inject, status } => not_applicable(*status, inject, lang),
    }
}

/// The ways the interface takes keys: a running exercise, `play --follow` (read-only,
/// reloaded), and the Lagefilm of `replay`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyMode {
    Play,
    Follow,
    Film,
}

/// One group of the help: its name and its (key, what it does) rows.
pub type HelpGroup = (&'static str, Vec<(&'static str, &'static str)>);

/// The help overlay: exactly the keys that do something for `role` in `mode`, in groups of
/// (key, what it does). The keys are those of `tui::input`.
pub fn help(lang: Lang, role: Role, mode: KeyMode) -> Vec<HelpGroup> {
    let de = lang == Lang::DE;
    let tr = |d: &'static str, e: &'static str| if de { d } else { e };
    let control = role == Role::Control;
    let mut general = vec![
        (
            if control { "1–6" } else { "1–5" },
            tr("Bildschirm wählen", "choose a screen"),
        ),
        (
            "Tab / ⇧Tab",
            tr("Bildschirm vor/zurück", "next/previous screen"),
        ),
        (
            tr("↑↓ Bild↑↓", "↑↓ PgUp/Dn"),
            tr("Zeile wählen", "select a row"),
        ),
        (
            tr("Pos1/Ende", "Home/End"),
            tr("erste / letzte Zeile", "first / last row"),
        ),
    ];
    general.push(if mode == KeyMode::Play && role != Role::Observer {
        (
            "Enter",
            tr(
                "quittieren / entscheiden / ganz lesen",
                "acknowledge / decide / read in full",
            ),
        )
    } else {
        ("Enter", tr("Eintrag ganz lesen", "read an entry in full"))
    });
    general.extend([
        ("Esc", tr("zurück / abbrechen", "back / cancel")),
        (
            "c",
            tr("warum? Ursachen der Zeile", "why? causes of the row"),
        ),
        ("f", tr("Einlagen nach Funktion", "injects by function")),
        ("? / F1", tr("Hilfe", "help")),
        ("q", tr("beenden (fragt nach)", "quit (asks first)")),
    ]);
    // Those who write the Lage page open its dialog with `L`; everyone else reads it.
    let writes_lage = mode == KeyMode::Play && role != Role::Observer;
    if !writes_lage {
        general.push(("L", tr("Lage-Seite lesen", "read the situation page")));
    }
    let lage_keys = [
        ("L", tr("Lage-Seite schreiben", "write the situation page")),
        ("T", tr("Takt des Lagevortrags", "briefing interval")),
    ];
    let mut groups: Vec<HelpGroup> = vec![(tr("Allgemein", "General"), general)];
    match mode {
        KeyMode::Follow => {}
        KeyMode::Film => groups.push((
            "Lagefilm",
            vec![
                ("← / →", tr("1 Takt zurück/vor", "1 tick back/on")),
                ("⇧← ⇧→ [ ]", tr("1 Tag zurück/vor", "1 day back/on")),
                (
                    ", / .",
                    tr("vorige/nächste Entscheidung", "previous/next decision"),
                ),
                ("g / G", tr("Anfang/Ende", "start/end")),
                (
                    tr("Leertaste", "Space"),
                    tr("abspielen/anhalten", "play/stop"),
                ),
                ("+ / -", tr("schneller/langsamer", "faster/slower")),
            ],
        )),
        KeyMode::Play if role == Role::Observer => groups.push((
            tr("Beobachtung", "Observer"),
            vec![
                ("b", tr("Übungsziel bewerten", "rate an objective")),
                ("o", tr("Beobachtung notieren", "note an observation")),
            ],
        )),
        KeyMode::Play => {
            let mut staff = vec![("a", tr("Einlage quittieren", "acknowledge an inject"))];
            if control {
                staff.push(("r", tr("Reaktion bewerten", "rate the reaction")));
            }
            staff.extend([
                ("d", tr("Entscheidung treffen", "take a decision")),
                ("n", tr("Eintrag ins Tagebuch", "logbook entry")),
                ("k", tr("Eintrag berichtigen", "correct an entry")),
            ]);
            groups.push((tr("Stab", "Staff"), staff));
            // A staff exercising on its own runs its own time (not the script's controls).
            if role == Role::Staff {
                groups.push((
                    tr("Übungszeit", "Exercise time"),
                    vec![
                        (tr("Leertaste", "Space"), tr("1 Stunde weiter", "1 hour on")),
                        ("w", tr("4 Stunden weiter", "4 hours on")),
                        ("t", tr("1 Tag weiter", "1 day on")),
                        ("v", tr("Vorlauf: nächste Phase", "next phase (briefing)")),
                        ("s", "STARTEX"),
                        ("p", tr("Pause", "pause")),
                        ("e", "ENDEX"),
                        ("x", tr("Realereignis (Abbruch)", "real event (interrupt)")),
                        ("+ / -", tr("schneller / langsamer", "faster / slower")),
                        lage_keys[0],
                        lage_keys[1],
                    ],
                ));
            }
            if control {
                groups.push((
                    tr("Übungssteuerung", "Exercise control"),
                    vec![
                        (tr("Leertaste", "Space"), tr("1 Stunde weiter", "1 hour on")),
                        ("w", tr("4 Stunden weiter", "4 hours on")),
                        ("t", tr("1 Tag weiter", "1 day on")),
                        ("j", tr("bis zur nächsten Einlage", "to the next inject")),
                        ("v", tr("Vorlauf: nächste Phase", "next phase (briefing)")),
                        ("s", "STARTEX"),
                        ("p", tr("Pause", "pause")),
                        ("e", "ENDEX"),
                        ("x", tr("Realereignis (Abbruch)", "real event (interrupt)")),
                        ("l", tr("Einlage freigeben", "release the inject")),
                        ("h", tr("Einlage zurückhalten", "hold the inject")),
                        ("u", tr("Einlage streichen", "strike the inject")),
                        ("i", tr("eigene Einlage schreiben", "write an inject")),
                        ("+ / -", tr("schneller / langsamer", "faster / slower")),
                        lage_keys[0],
                        lage_keys[1],
                    ],
                ));
            }
        }
    }
    groups
}

/// One step of the guided overlay: the screen it shows, its heading, its text.
pub struct GuideStep {
    pub screen: Screen,
    pub title: &'static str,
    pub text: &'static str,
}

/// The guided overlay of a new exercise for `role`: how to begin, where the injects are, how to
/// decide, how to end; `full` walks through every screen the role has in between.
pub fn guide(lang: Lang, role: Role, full: bool) -> Vec<GuideStep> {
    let de = lang == Lang::DE;
    let step = |screen, t: [&'static str; 2], x: [&'static str; 2]| GuideStep {
        screen,
        title: if de { t[0] } else { t[1] },
        text: if de { x[0] } else { x[1] },
    };
    let welcome = ["Willkommen in der Übung", "Welcome to the exercise"];
    let begin = match role {
        Role::Control => step(
            Screen::Lagebild,
            welcome,
            [
                "Sie steuern die Übung. s gibt STARTEX; + und - stellen den Zeitraffer, p hält die Zeit mit einem Grund an. Die Zeit hält von selbst bei Blitz-Einlagen und Einlagen an die Übungssteuerung.",
                "You run the exercise. s gives STARTEX; + and - set the speed, p holds time and asks why. Time stops by itself at flash injects and at injects to exercise control.",
            ],
        ),
        Role::Staff => step(
            Screen::Lagebild,
            welcome,
            [
                "Sie üben als Stab. Ohne Übungssteuerung geben Sie selbst STARTEX mit s; + und - stellen den Zeitraffer, p hält die Zeit an. Die Lage sehen Sie hier, so wie sie dem Stab bekannt ist.",
                "You exercise as the staff. Without exercise control you give STARTEX yourself with s; + and - set the speed, p holds time. The situation here is what the staff knows.",
            ],
        ),
        Role::Observer => step(
            Screen::Lagebild,
            welcome,
            [
                "Sie beobachten die Übung. b bewertet ein Übungsziel, o notiert eine Beobachtung; bei den Einlagen sehen Sie die erwartete Reaktion.",
                "You observe the exercise. b rates an objective, o notes an observation; with each inject you see the expected reaction.",
            ],
        ),
    };
    let injects = step(
        Screen::Einlagen,
        ["Einlagen", "Injects"],
        [
            "Hier kommt an, was die Außenwelt meldet: Anrufe, E-Mails, Presse. ● heißt ungelesen; a oder Enter quittiert, n schreibt einen Eintrag zur Einlage (Meldung, Rückfrage …).",
            "What the outside world reports arrives here: calls, e-mails, the press. ● means unread; a or Enter acknowledges, n writes an entry on the inject (report, query …).",
        ],
    );
    let decide = step(
        Screen::Massnahmen,
        ["Maßnahmen", "Actions"],
        [
            "d trifft eine Entscheidung: Maßnahme, Ziel, Funktion, Begründung. Sie steht sofort im Einsatztagebuch und wirkt nach ihrer Vorlaufzeit; hier sehen Sie, was läuft und worauf es wartet.",
            "d takes a decision: action, target, function, reason. It is in the logbook at once and takes effect after its set-up time; here you see what runs and what it waits for.",
        ],
    );
    let end = step(
        Screen::Lagebild,
        ["Ende der Übung", "End of the exercise"],
        [
            "e beendet die Übung (ENDEX, mit Rückfrage). ? zeigt jederzeit genau die Tasten, die gerade gehen. Den Auswertungsbericht erstellt danach: krisenstab report <Übungsdatei>.",
            "e ends the exercise (ENDEX, asks first). ? shows exactly the keys that work, at any time. The after-action report comes from: krisenstab report <exercise file>.",
        ],
    );
    let mut steps = vec![begin, injects, decide];
    if full {
        steps.push(step(
            Screen::Einsatztagebuch,
            ["Einsatztagebuch", "Logbook"],
            [
                "Jede Entscheidung, jede Einlage und jeder Eintrag, nummeriert und unveränderlich; k berichtigt mit einem neuen Eintrag, Enter zeigt einen Eintrag ganz, L die Lage-Seite.",
                "Every decision, inject and entry, numbered and unchangeable; k corrects with a new entry, Enter shows an entry in full, L the situation page.",
            ],
        ));
        steps.push(step(
            Screen::Verlauf,
            ["Verlauf", "Progress"],
            [
                "Die Übungsziele und wie weit sie erreicht sind, die Fristen und die Zahlen über die Zeit.",
                "The objectives and how far they are met, the deadlines and the figures over time.",
            ],
        ));
        if role == Role::Control {
            steps.push(step(
                Screen::Steuerung,
                ["Steuerung", "Control"],
                [
                    "Nur für die Übungssteuerung: das Drehbuch mit allen Einlagen (Enter liest eine ganz), l gibt frei, h hält zurück, u streicht, i schreibt eine eigene; links die Wahrheit hinter der Lage.",
                    "Exercise control only: the script with every inject (Enter reads one in full), l releases, h holds, u strikes, i writes your own; on the left the truth behind the picture.",
                ],
            ));
        }
    }
    steps.push(end);
    steps
}

/// The keys of the guided overlay.
pub fn guide_keys(lang: Lang) -> &'static str {
    match lang {
        Lang::DE => "Enter / → weiter · ← zurück · Esc überspringen",
        _ => "Enter / → next · ← back · Esc skip",
    }
}

/// Why release, hold or skip did nothing to an inject in state `status` (`title`: the
/// inject's).
pub fn not_applicable(status: InjectStatus, title: &str, lang: Lang) -> String {
    let why = match (status, lang) {
        (InjectStatus::Released, Lang::DE) => "ist schon beim Stab eingegangen",
        (InjectStatus::Forced, Lang::DE) => "wird schon freigegeben",
        (InjectStatus::Held, Lang::DE) => "ist schon zurückgehalten",
        (InjectStatus::Skipped, Lang::DE) => "ist schon gestrichen",
        (InjectStatus::Pending, Lang::DE) => "wartet noch auf ihren Auslöser",
        (InjectStatus::Withheld, Lang::DE) => "ist nach ihrer Bedingung entfallen",
        (InjectStatus::Released, _) => "has already reached the staff",
        (InjectStatus::Forced, _) => "is already being released",
        (InjectStatus::Held, _) => "is already held back",
        (InjectStatus::Skipped, _) => "is already struck",
        (InjectStatus::Pending, _) => "still waits for its trigger",
        (InjectStatus::Withheld, _) => "was withheld by its condition",
    };
    match lang {
        Lang::DE => format!("Nicht möglich, die Einlage „{title}“ {why}"),
        _ => format!("Not possible, the inject \"{title}\" {why}"),
    }
}

/// The mark in the header of a read-only view (`play --follow`, the Lagefilm).
pub fn read_only_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::DE => "NUR LESEN",
        _ => "READ-ONLY",
    }
}

/// The key line of a read-only view, where a running exercise shows what can be changed.
pub fn view_keys(lang: Lang) -> &'static str {
    match lang {
        Lang::DE => "↑↓ wählen · nur lesen: hier wird nichts entschieden oder eingetragen",
        _ => "↑↓ select · read-only: nothing is decided or logged here",
    }
}

/// The key line under the Einlagen list for `role` in a running exercise.
pub fn inbox_keys(lang: Lang, role: Role) -> &'static str {
    match (role, lang) {
        (Role::Control, Lang::DE) => "↑↓ wählen · a / Enter quittieren · r Reaktion · f Filter",
        (Role::Control, _) => "↑↓ select · a / Enter acknowledge · r reaction · f filter",
        (Role::Staff, Lang::DE) => "↑↓ wählen · a / Enter quittieren · f Filter",
        (Role::Staff, _) => "↑↓ select · a / Enter acknowledge · f filter",
        (Role::Observer, Lang::DE) => "↑↓ wählen · f Filter · o Beobachtung",
        (Role::Observer, _) => "↑↓ select · f filter · o observe",
    }
}

/// The key line under the Einsatztagebuch for `role` in a running exercise.
pub fn logbook_keys(lang: Lang, role: Role) -> &'static str {
    match (role, lang) {
        (Role::Observer, Lang::DE) => "↑↓ wählen · o Beobachtung zum Eintrag",
        (Role::Observer, _) => "↑↓ select · o observation on the entry",
        (_, Lang::DE) => "↑↓ wählen · n Eintrag · k Berichtigung",
        (_, _) => "↑↓ select · n entry · k correct",
    }
}

/// The mark of the inject due next in the script's status column.
pub fn next_mark(lang: Lang) -> &'static str {
    match lang {
        Lang::DE => "als nächste",
        _ => "next",
    }
}

/// The banner over an exercise file another engine version wrote (`engine`, e.g.
/// `krisenstab 0.1.0`), shown read-only.
pub fn read_only_banner(engine: &str, lang: Lang) -> String {
    let this = crate::exercise::ENGINE;
    match lang {
        Lang::DE => format!(
            " NUR LESEND – geschrieben von {engine}; von {this} nicht nachgerechnet · nur das \
             Einsatztagebuch · nichts wird gespeichert "
        ),
        _ => format!(
            " READ-ONLY – written by {engine}; not re-simulated by {this} · its logbook only · \
             nothing is saved "
        ),
    }
}

/// Why a key did nothing in the read-only view of another engine's file.
pub fn read_only_refused(engine: &str, lang: Lang) -> String {
    match lang {
        Lang::DE => format!("Nur lesend (geschrieben von {engine}): hier lässt sich nichts ändern"),
        _ => format!("Read-only (written by {engine}): nothing can be changed here"),
    }
}

/// The help overlay of the read-only view: the keys that look.
pub fn read_only_help(lang: Lang) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    match lang {
        Lang::DE => vec![(
            "Nur lesend",
            vec![
                ("↑↓ Bild↑↓", "Eintrag wählen"),
                ("Pos1 / Ende", "neuester / ältester Eintrag"),
                ("Esc", "Meldung schließen"),
                ("? / F1", "Hilfe"),
                ("q", "beenden (fragt nach)"),
            ],
        )],
        _ => vec![(
            "Read-only",
            vec![
                ("↑↓ PgUp/Dn", "select an entry"),
                ("Home / End", "newest / oldest entry"),
                ("Esc", "close the message"),
                ("? / F1", "help"),
                ("q", "quit (asks first)"),
            ],
        )],
    }
}

/// The Lagefilm's speed (exercise seconds per real second), short: "1 h/s", "1 T/s" / "1 d/s",
/// "1 Wo/s" / "1 wk/s".
pub fn speed_short(speed: u32, lang: Lang) -> String {
    let de = lang == Lang::DE;
    match speed {
        s if s % 604_800 == 0 => format!("{} {}/s", s / 604_800, if de { "Wo" } else { "wk" }),
        s if s % 86_400 == 0 => format!("{} {}/s", s / 86_400, if de { "T" } else { "d" }),
        s if s % 3600 == 0 => format!("{} h/s", s / 3600),
        s if s % 60 == 0 => format!("{} min/s", s / 60),
        s => format!("{s} s/s"),
    }
}

/// The control keys as the Steuerung screen lists them, shortest first.
pub fn control_keys(lang: Lang) -> Vec<(&'static str, &'static str)> {
    match lang {
        Lang::DE => vec![
            ("s", "STARTEX"),
            ("p", "Pause"),
            ("e", "ENDEX"),
            ("x", "Realereignis"),
            ("␣", "+1 h"),
            ("w", "+4 h"),
            ("t", "+1 Tag"),
            ("j", "nächste Einlage"),
            ("v", "nächste Phase"),
            ("l", "einspielen"),
            ("h", "halten"),
            ("u", "auslassen"),
            ("i", "Ad-hoc-Einlage"),
            ("+/-", "Zeitraffer"),
        ],
        _ => vec![
            ("s", "STARTEX"),
            ("p", "pause"),
            ("e", "ENDEX"),
            ("x", "Realereignis"),
            ("␣", "+1 h"),
            ("w", "+4 h"),
            ("t", "+1 day"),
            ("j", "next inject"),
            ("v", "next phase"),
            ("l", "release"),
            ("h", "hold"),
            ("u", "skip"),
            ("i", "ad-hoc inject"),
            ("+/-", "time lapse"),
        ],
    }
}

/// What kind of element an action aims at.
pub fn target_kind(kind: TargetKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (TargetKind::Network, Lang::DE) => "Netz",
        (TargetKind::Link, Lang::DE) => "Verbindung",
        (TargetKind::System, Lang::DE) => "System",
        (TargetKind::Service, Lang::DE) => "Dienst",
        (TargetKind::Organisation, Lang::DE) => "Verwaltung",
        (TargetKind::Network, _) => "network",
        (TargetKind::Link, _) => "link",
        (TargetKind::System, _) => "system",
        (TargetKind::Service, _) => "service",
        (TargetKind::Organisation, _) => "organisation",
        (TargetKind::Group, Lang::DE) => "Gruppe",
        (TargetKind::Group, _) => "group",
    }
}

/// "(berichtigt durch Nr. 7)": the entry was corrected by entry 7.
pub fn corrected_by(numbers: &str, lang: Lang) -> String {
    match lang {
        Lang::DE => format!("(berichtigt durch Nr. {numbers})"),
        _ => format!("(corrected by no. {numbers})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countdowns_read_as_staffs_say_them() {
        assert_eq!(countdown(2 * 1440 + 5 * 60 + 12, Lang::DE), "noch 2 T 5 h");
        assert_eq!(countdown(90, Lang::DE), "noch 1 h 30 min");
        assert_eq!(countdown(45, Lang::EN), "45 min left");
        assert_eq!(duration(7 * 1440, Lang::EN), "7 d");
    }

    #[test]
    fn times_in_each_language() {
        assert_eq!(wall_time("2021-10-15 03:00", Lang::DE), "15.10.2021 03:00");
        assert_eq!(short_time("2021-10-15 03:00", Lang::DE), "15.10. 03:00");
        assert_eq!(short_time("2021-10-15 03:00", Lang::EN), "10-15 03:00");
        assert_eq!(clock_part("2026-11-24 09:00"), "09:00");
        assert_eq!(clock_part("2026-11-24 09:00:12"), "09:00:12");
        assert_eq!(clock_part("09:00:12"), "09:00:12");
        assert_eq!(wall_time("kaputt", Lang::DE), "kaputt");
    }
}
