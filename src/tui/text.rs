//! Every string the terminal interface itself shows, in any language: the words come from the
//! catalogue (`locales/parts/tui.<code>.ftl`), this module picks the message for a screen, a key
//! or an outcome and fills in its placeholders.
//!
//! Screen names (Lagebild, Einlagen, Maßnahmen, Einsatztagebuch, Verlauf, Steuerung) stay German
//! in every language, as staffs use them; English gets a subtitle. Scenario text (names,
//! titles, contents) is shown as its author wrote it and never passes through here. The fixed
//! words of the screens are gathered once per language in [`Texts`] (`text/texts.rs`); the words
//! shared with the report and the command line are [`crate::i18n::words`], re-exported here.

mod texts;

use crate::app::{Outcome, Role, Screen};
use crate::exercise::EntryKind;
pub use crate::i18n::words::*;
use crate::i18n::{self, Lang};
use crate::scenario::model::{Channel, Minutes, TargetKind};
use crate::sim::injects::InjectStatus;
use crate::tf;
pub use texts::{Texts, texts};

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

/// The screen's title line: the German name, with a subtitle where the language has one.
pub fn screen_title(screen: Screen, lang: Lang) -> String {
    let name = screen_name(screen);
    let id = match screen {
        Screen::Lagebild => "tui-title-lagebild",
        Screen::Einlagen => "tui-title-einlagen",
        Screen::Massnahmen => "tui-title-massnahmen",
        Screen::Einsatztagebuch => "tui-title-einsatztagebuch",
        Screen::Verlauf => "tui-title-verlauf",
        Screen::Steuerung => "tui-title-steuerung",
    };
    tf!(lang, id, name = name)
}

/// When a service is expected back for good (`back`: the projected day, `None`: not within the
/// scenario), said on `today`: "voraussichtlich wieder ab Tag 12".
pub fn expected_back(back: Option<i64>, today: i64, lang: Lang) -> String {
    let t = texts(lang);
    match back {
        None => t.why_never.to_string(),
        Some(day) if day <= today => t.why_stays.to_string(),
        Some(day) => tf!(lang, "tui-expected-back", day = day.to_string()),
    }
}

/// The channel an inject arrived by, and the script's if it came another way (its channel's
/// service was down).
pub fn channel_by(channel: Channel, planned: Option<Channel>, lang: Lang) -> String {
    match planned {
        None => self::channel(channel, lang).to_string(),
        Some(p) => tf!(
            lang,
            "tui-channel-instead-of",
            channel = self::channel(channel, lang),
            planned = self::channel(p, lang)
        ),
    }
}

/// A note's kind as staffs type their logbook entries.
pub fn note_kind(kind: crate::exercise::NoteKind, lang: Lang) -> &'static str {
    use crate::exercise::NoteKind as K;
    i18n::t(
        lang,
        match kind {
            K::Hint => "tui-note-kind-hint",
            K::Task => "tui-note-kind-task",
            K::Report => "tui-note-kind-report",
            K::Decision => "tui-note-kind-decision",
            K::Query => "tui-note-kind-query",
        },
    )
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
    tf!(lang, "tui-linked-inject", title = title)
}

/// A countdown to a deadline: "noch 2 T 5 h" / "2 d 5 h left".
pub fn countdown(minutes_left: Minutes, lang: Lang) -> String {
    tf!(lang, "tui-countdown", left = duration(minutes_left, lang))
}

/// What the last action came to, for the status line.
pub fn outcome(outcome: &Outcome, lang: Lang) -> String {
    let t = |id: &'static str| i18n::t(lang, id).to_string();
    match outcome {
        Outcome::Done => t("tui-outcome-done"),
        Outcome::NotAllowed => t("tui-outcome-not-allowed"),
        Outcome::Rejected(why) => tf!(lang, "tui-outcome-rejected", why = rejection(why, lang)),
        Outcome::Over => t("tui-outcome-over"),
        Outcome::Paused => t("tui-outcome-paused"),
        Outcome::Stopped(title) => tf!(lang, "tui-outcome-stopped", title = title.as_str()),
        Outcome::BriefingDue => t("tui-outcome-briefing-due"),
        Outcome::StoppedForControl(title) => {
            tf!(
                lang,
                "tui-outcome-stopped-for-control",
                title = title.as_str()
            )
        }
        Outcome::SaveFailed(why) => tf!(lang, "tui-outcome-save-failed", why = why.as_str()),
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
    let t = |id: &'static str| i18n::t(lang, id);
    let control = role == Role::Control;
    let mut general = vec![
        (
            if control { "1–6" } else { "1–5" },
            t("tui-help-choose-a-screen"),
        ),
        ("Tab / ⇧Tab", t("tui-help-next-previous-screen")),
        (t("tui-help-key-rows"), t("tui-help-select-a-row")),
        (t("tui-help-key-home-end"), t("tui-help-first-last-row")),
    ];
    general.push(if mode == KeyMode::Play && role != Role::Observer {
        ("Enter", t("tui-help-acknowledge-decide-read-in-full"))
    } else {
        ("Enter", t("tui-help-read-an-entry-in-full"))
    });
    general.extend([
        ("Esc", t("tui-help-back-cancel")),
        ("c", t("tui-help-why-causes-of-the-row")),
        ("f", t("tui-help-injects-by-function")),
        ("? / F1", t("tui-help-help")),
        ("q", t("tui-help-quit-asks-first")),
    ]);
    // Those who write the Lage page open its dialog with `L`; everyone else reads it.
    let writes_lage = mode == KeyMode::Play && role != Role::Observer;
    if !writes_lage {
        general.push(("L", t("tui-help-read-the-situation-page")));
    }
    let lage_keys = [
        ("L", t("tui-help-write-the-situation-page")),
        ("T", t("tui-help-briefing-interval")),
    ];
    let mut groups: Vec<HelpGroup> = vec![(t("tui-help-general"), general)];
    match mode {
        KeyMode::Follow => {}
        KeyMode::Film => groups.push((
            t("tui-film"),
            vec![
                ("← / →", t("tui-help-1-tick-back-on")),
                ("⇧← ⇧→ [ ]", t("tui-help-1-day-back-on")),
                (", / .", t("tui-help-previous-next-decision")),
                ("g / G", t("tui-help-start-end")),
                (t("tui-help-key-space"), t("tui-help-play-stop")),
                ("+ / -", t("tui-help-film-faster-slower")),
            ],
        )),
        KeyMode::Play if role == Role::Observer => groups.push((
            t("tui-help-observer"),
            vec![
                ("b", t("tui-help-rate-an-objective")),
                ("o", t("tui-help-note-an-observation")),
            ],
        )),
        KeyMode::Play => {
            let mut staff = vec![("a", t("tui-help-acknowledge-an-inject"))];
            if control {
                staff.push(("r", t("tui-help-rate-the-reaction")));
            }
            staff.extend([
                ("d", t("tui-help-take-a-decision")),
                ("n", t("tui-help-logbook-entry")),
                ("k", t("tui-help-correct-an-entry")),
            ]);
            groups.push((t("tui-help-staff"), staff));
            // A staff exercising on its own runs its own time (not the script's controls).
            if role == Role::Staff {
                groups.push((
                    t("tui-help-exercise-time"),
                    vec![
                        (t("tui-help-key-space"), t("tui-help-1-hour-on")),
                        ("w", t("tui-help-4-hours-on")),
                        ("t", t("tui-help-1-day-on")),
                        ("v", t("tui-help-next-phase-briefing")),
                        ("s", "STARTEX"),
                        ("p", t("tui-help-pause")),
                        ("e", "ENDEX"),
                        ("x", t("tui-help-real-event-interrupt")),
                        ("+ / -", t("tui-help-faster-slower")),
                        lage_keys[0],
                        lage_keys[1],
                    ],
                ));
            }
            if control {
                groups.push((
                    t("tui-help-exercise-control"),
                    vec![
                        (t("tui-help-key-space"), t("tui-help-1-hour-on")),
                        ("w", t("tui-help-4-hours-on")),
                        ("t", t("tui-help-1-day-on")),
                        ("j", t("tui-help-to-the-next-inject")),
                        ("v", t("tui-help-next-phase-briefing")),
                        ("s", "STARTEX"),
                        ("p", t("tui-help-pause")),
                        ("e", "ENDEX"),
                        ("x", t("tui-help-real-event-interrupt")),
                        ("l", t("tui-help-release-the-inject")),
                        ("h", t("tui-help-hold-the-inject")),
                        ("u", t("tui-help-strike-the-inject")),
                        ("i", t("tui-help-write-an-inject")),
                        ("+ / -", t("tui-help-faster-slower")),
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
    let step = |screen, title: &'static str, text: &'static str| GuideStep {
        screen,
        title: i18n::t(lang, title),
        text: i18n::t(lang, text),
    };
    let begin = match role {
        Role::Control => step(
            Screen::Lagebild,
            "tui-guide-welcome-title",
            "tui-guide-welcome-control",
        ),
        Role::Staff => step(
            Screen::Lagebild,
            "tui-guide-welcome-title",
            "tui-guide-welcome-staff",
        ),
        Role::Observer => step(
            Screen::Lagebild,
            "tui-guide-welcome-title",
            "tui-guide-welcome-observer",
        ),
    };
    let injects = step(
        Screen::Einlagen,
        "tui-guide-injects-title",
        "tui-guide-injects",
    );
    let decide = step(
        Screen::Massnahmen,
        "tui-guide-decide-title",
        "tui-guide-decide",
    );
    let end = step(Screen::Lagebild, "tui-guide-end-title", "tui-guide-end");
    let mut steps = vec![begin, injects, decide];
    if full {
        steps.push(step(
            Screen::Einsatztagebuch,
            "tui-guide-logbook-title",
            "tui-guide-logbook",
        ));
        steps.push(step(
            Screen::Verlauf,
            "tui-guide-progress-title",
            "tui-guide-progress",
        ));
        if role == Role::Control {
            steps.push(step(
                Screen::Steuerung,
                "tui-guide-control-title",
                "tui-guide-control",
            ));
        }
    }
    steps.push(end);
    steps
}

/// The keys of the guided overlay.
pub fn guide_keys(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-guide-keys")
}

/// Why release, hold or skip did nothing to an inject in state `status` (`title`: the
/// inject's).
pub fn not_applicable(status: InjectStatus, title: &str, lang: Lang) -> String {
    let why = i18n::t(
        lang,
        match status {
            InjectStatus::Released => "tui-not-applicable-released",
            InjectStatus::Forced => "tui-not-applicable-forced",
            InjectStatus::Held => "tui-not-applicable-held",
            InjectStatus::Skipped => "tui-not-applicable-skipped",
            InjectStatus::Pending => "tui-not-applicable-pending",
            InjectStatus::Withheld => "tui-not-applicable-withheld",
        },
    );
    tf!(lang, "tui-not-applicable", title = title, why = why)
}

/// The mark in the header of a read-only view (`play --follow`, the Lagefilm).
pub fn read_only_mark(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-read-only-mark")
}

/// The key line of a read-only view, where a running exercise shows what can be changed.
pub fn view_keys(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-view-keys")
}

/// The key line under the Einlagen list for `role` in a running exercise.
pub fn inbox_keys(lang: Lang, role: Role) -> &'static str {
    i18n::t(
        lang,
        match role {
            Role::Control => "tui-inbox-keys-control",
            Role::Staff => "tui-inbox-keys-staff",
            Role::Observer => "tui-inbox-keys-observer",
        },
    )
}

/// The key line under the Einsatztagebuch for `role` in a running exercise.
pub fn logbook_keys(lang: Lang, role: Role) -> &'static str {
    i18n::t(
        lang,
        match role {
            Role::Observer => "tui-logbook-keys-observer",
            Role::Control | Role::Staff => "tui-logbook-keys-staff",
        },
    )
}

/// The mark of the inject due next in the script's status column.
pub fn next_mark(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-next-mark")
}

/// The banner over an exercise file another engine version wrote (`engine`, e.g.
/// `krisenstab 0.1.0`), shown read-only.
pub fn read_only_banner(engine: &str, lang: Lang) -> String {
    let this = crate::exercise::ENGINE;
    tf!(lang, "tui-read-only-banner", engine = engine, this = this)
}

/// Why a key did nothing in the read-only view of another engine's file.
pub fn read_only_refused(engine: &str, lang: Lang) -> String {
    tf!(lang, "tui-read-only-refused", engine = engine)
}

/// The help overlay of the read-only view: the keys that look.
pub fn read_only_help(lang: Lang) -> Vec<(&'static str, Vec<(&'static str, &'static str)>)> {
    let t = |id: &'static str| i18n::t(lang, id);
    vec![(
        t("tui-read-only-help-title"),
        vec![
            (t("tui-help-key-rows"), t("tui-read-only-help-select")),
            (
                t("tui-read-only-key-home-end"),
                t("tui-read-only-help-newest-oldest"),
            ),
            ("Esc", t("tui-read-only-help-close")),
            ("? / F1", t("tui-help-help")),
            ("q", t("tui-help-quit-asks-first")),
        ],
    )]
}

/// The Lagefilm's speed (exercise seconds per real second), short: "1 h/s", "1 T/s" / "1 d/s",
/// "1 Wo/s" / "1 wk/s".
pub fn speed_short(speed: u32, lang: Lang) -> String {
    match speed {
        s if s % 604_800 == 0 => tf!(lang, "tui-speed-short-weeks", n = s / 604_800),
        s if s % 86_400 == 0 => tf!(lang, "tui-speed-short-days", n = s / 86_400),
        s if s % 3600 == 0 => tf!(lang, "tui-speed-short-hours", n = s / 3600),
        s if s % 60 == 0 => tf!(lang, "tui-speed-short-minutes", n = s / 60),
        s => tf!(lang, "tui-speed-short-seconds", n = s),
    }
}

/// The control keys as the Steuerung screen lists them, shortest first.
pub fn control_keys(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let t = |id: &'static str| i18n::t(lang, id);
    vec![
        ("s", "STARTEX"),
        ("p", t("tui-control-key-pause")),
        ("e", "ENDEX"),
        ("x", t("tui-control-key-real-event")),
        ("␣", t("tui-control-key-hour")),
        ("w", t("tui-control-key-four-hours")),
        ("t", t("tui-control-key-day")),
        ("j", t("tui-control-key-next-inject")),
        ("v", t("tui-control-key-next-phase")),
        ("l", t("tui-control-key-release")),
        ("h", t("tui-control-key-hold")),
        ("u", t("tui-control-key-skip")),
        ("i", t("tui-control-key-ad-hoc")),
        ("+/-", t("tui-control-key-speed")),
    ]
}

/// What kind of element an action aims at.
pub fn target_kind(kind: TargetKind, lang: Lang) -> &'static str {
    i18n::t(
        lang,
        match kind {
            TargetKind::Network => "tui-target-kind-network",
            TargetKind::Link => "tui-target-kind-link",
            TargetKind::System => "tui-target-kind-system",
            TargetKind::Service => "tui-target-kind-service",
            TargetKind::Organisation => "tui-target-kind-organisation",
            TargetKind::Group => "tui-target-kind-group",
        },
    )
}

/// "(berichtigt durch Nr. 7)": the entry was corrected by entry 7.
pub fn corrected_by(numbers: &str, lang: Lang) -> String {
    tf!(lang, "tui-corrected-by", numbers = numbers)
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
