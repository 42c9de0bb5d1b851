//! Keys to actions and dialog steps.
//!
//! [`handle_key`] is the whole keyboard of a running exercise: one key press becomes a step of the
//! open dialog, a change of the interaction state ([`Ui`]) or an [`Action`] for the app, and the
//! outcome goes into `ui.message`. [`handle_view_key`] is the same keyboard for a read-only view
//! (`play --follow`): it only navigates. [`handle_film_key`] adds the time slider of the
//! Lagefilm (`replay`); its moves wait in `ui.seek` until [`settle_film`] applies them, so a
//! held key re-simulates once per frame, not once per key. [`handle_read_only_key`] is the
//! keyboard of another engine's file ([`ReadOnly`]): the logbook only, every other key refused.
//!
//! The lists that ↑/↓ select in are defined here ([`rows`], [`inbox`], [`script`]) so that the
//! screens and the keys agree on what "the selected row" is:
//!
//! | screen          | rows                                                    |
//! |-----------------|---------------------------------------------------------|
//! | Lagebild        | [`board`]: the snapshot's services, worst first         |
//! | Einlagen        | [`inbox`]: released injects, for one function if filtered |
//! | Maßnahmen       | the scenario's actions                                  |
//! | Einsatztagebuch | the logbook, in file order                              |
//! | Verlauf         | the scenario's objectives                               |
//! | Steuerung       | [`script`]: every inject of control's snapshot (by id)  |
//!
//! The decision dialog's order step lists [`crate::app::order_items`].
//!
//! `c` (warum, why) opens the chain of reasons of the selected row on the Lagebild (a service)
//! and on Maßnahmen (a decision of the selected action under way or waiting) in `ui.why`; Esc
//! or `c` closes it, and nothing else happens while it is open. Elsewhere it opens nothing: the
//! Einlagen screen in particular shows no chains (the staff learns from injects, not from the
//! model).
//!
//! One file of over 800 lines: it is the whole keyboard, so what a key does in every role, mode
//! and dialog can be read in one place (the help test checks it against `text::help`).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::ui::{DecideStep, Form, Ui};
use crate::app::{Action, App, Outcome, ReadOnly, Role, Screen, order_items};
use crate::exercise::{Entry, ExerciseFile, NoteKind, Reaction, Reference, Status, Verdict};
use crate::i18n::{self, Lang};
use crate::scenario::Scenario;
use crate::scenario::model::{Channel, Prerequisite, Priority};
use crate::sim::command::{AdHocInject, Control, Decision, Rejection};
use crate::sim::injects::InjectStatus;
use crate::sim::services::Status as ServiceStatus;
use crate::sim::snapshot::{InjectView, ServiceView, Snapshot};
use crate::tf;
use crate::tui::text;

/// Exercise minutes per real second that `+` and `-` step through (0: time stands still).
/// Speeds of running time, in exercise seconds per real second: stopped, real time, 1 min,
/// 5 min, 15 min, 1 h and 6 h per second.
pub const SPEEDS: [u32; 7] = [0, 1, 60, 300, 900, 3600, 21_600];
/// The Lagefilm's speeds (exercise seconds per real second): 1 h, 6 h, 1 day, 1 week.
pub const FILM_SPEEDS: [u32; 5] = [0, 3600, 21_600, 86_400, 604_800];

/// The verdicts of the rating dialog, in the order ←/→ offers them.
pub const VERDICTS: [Verdict; 4] = [
    Verdict::Erfuellt,
    Verdict::Teilweise,
    Verdict::NichtErfuellt,
    Verdict::NichtBeobachtet,
];

/// Longest text a dialog field takes, in characters.
const MAX_TEXT: usize = 2000;
/// Rows PageUp and PageDown move.
const PAGE: usize = 10;

/// Einlagen: the delivered injects, filtered by function, unread first, then newest first.
pub fn inbox<'a>(
    snapshot: &'a Snapshot,
    file: &ExerciseFile,
    filter: Option<&str>,
) -> Vec<&'a InjectView> {
    let read = |id: &str| file.injects.iter().any(|r| r.id == id && r.acknowledged);
    let mut list: Vec<&InjectView> = snapshot
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Released)
        .filter(|i| filter.is_none_or(|f| i.receiver == f))
        .collect();
    // Exercise times are `YYYY-MM-DD HH:MM`, so text order is time order.
    list.sort_by(|a, b| {
        (read(&a.id), std::cmp::Reverse(&b.released_at), &a.id).cmp(&(
            read(&b.id),
            std::cmp::Reverse(&a.released_at),
            &b.id,
        ))
    });
    list
}

/// Lagebild: the services board, the worst first (down, on paper, degraded, up), each group in
/// the scenario's order.
pub fn board(snapshot: &Snapshot) -> Vec<&ServiceView> {
    let severity = |s: &ServiceView| match s.status {
        ServiceStatus::Down => 0,
        ServiceStatus::Paper => 1,
        ServiceStatus::Degraded => 2,
        ServiceStatus::Up => 3,
    };
    let mut list: Vec<&ServiceView> = snapshot.services.iter().collect();
    list.sort_by_key(|s| severity(s));
    list
}

/// Whether the current screen has chains of reasons to show (`c`).
pub fn shows_why(app: &App) -> bool {
    matches!(app.screen(), Screen::Lagebild | Screen::Massnahmen)
}

/// Steuerung: the whole script in the scenario's order, ad-hoc injects after it in the order
/// written.
pub fn script<'a>(snapshot: &'a Snapshot, scenario: &Scenario) -> Vec<&'a InjectView> {
    let position = |id: &str| {
        scenario
            .injects()
            .iter()
            .position(|i| i.id == id)
            .unwrap_or(usize::MAX)
    };
    let mut list: Vec<&InjectView> = snapshot.injects.iter().collect();
    list.sort_by_key(|i| (position(&i.id), i.released_at.clone(), i.id.clone()));
    list
}

/// Whether deciding `action` sets the recovery order (its dialog asks for an order, not a
/// target).
pub fn sets_order(action: &crate::scenario::model::Action) -> bool {
    action
        .effects
        .contains(&crate::scenario::model::Effect::RecoveryOrder)
}

/// Einsatztagebuch: the entries `role` may read, newest first. Control's actions on the script
/// (release, hold, strike, an inject of its own) are control's alone.
pub fn logbook(file: &ExerciseFile, role: Role) -> Vec<&Entry> {
    file.logbook
        .iter()
        .rev()
        .filter(|e| role == Role::Control || !script_action(e))
        .collect()
}

/// Whether an entry is control's action on the script.
pub fn script_action(e: &Entry) -> bool {
    e.kind == crate::exercise::EntryKind::Control && text::is_script_action(&e.text)
}

/// Einsatztagebuch: row `selected` of [`logbook`].
pub fn logbook_entry(file: &ExerciseFile, role: Role, selected: usize) -> Option<&Entry> {
    logbook(file, role).get(selected).copied()
}

/// How many rows the current screen selects among.
pub fn rows(app: &mut App, ui: &Ui) -> usize {
    match app.screen() {
        Screen::Lagebild => app.snapshot().services.len(),
        Screen::Einlagen => inbox(&app.snapshot(), app.file(), ui.filter.as_deref()).len(),
        Screen::Massnahmen => app.scenario().actions().len(),
        Screen::Einsatztagebuch => logbook(app.file(), app.role()).len(),
        Screen::Verlauf => app.scenario().objectives().len(),
        Screen::Steuerung => script(&app.snapshot(), app.scenario()).len(),
    }
}

/// Keeps the selection inside the current list (lists shrink: a filter, a reload).
pub fn clamp_selection(app: &mut App, ui: &mut Ui) {
    let n = rows(app, ui);
    ui.selected = ui.selected.min(n.saturating_sub(1));
    ui.scroll = ui.scroll.min(ui.selected);
}

/// One key of a running exercise. Returns the outcome when an [`Action`] was applied.
pub fn handle_key(app: &mut App, ui: &mut Ui, key: KeyEvent, real_time: &str) -> Option<Outcome> {
    handle(app, ui, key, real_time, Mode::Play)
}

/// One key of a read-only view: screens, help, selection, the inject filter and quitting only.
pub fn handle_view_key(
    app: &mut App,
    ui: &mut Ui,
    key: KeyEvent,
    real_time: &str,
) -> Option<Outcome> {
    handle(app, ui, key, real_time, Mode::View)
}

/// Keeps the read-only view's selection inside its logbook.
pub fn clamp_read_only(view: &ReadOnly, ui: &mut Ui) {
    let n = view.file().logbook.len();
    ui.selected = ui.selected.min(n.saturating_sub(1));
    ui.scroll = ui.scroll.min(ui.selected);
}

/// One key of the read-only view of another engine's exercise file ([`ReadOnly`]): the
/// logbook's selection, help and quitting. Every other key (a decision, passing time, a note, any
/// other screen) is refused with a message saying who wrote the file and that nothing changes.
pub fn handle_read_only_key(
    view: &mut ReadOnly,
    ui: &mut Ui,
    key: KeyEvent,
    real_time: &str,
) -> Option<Outcome> {
    if !key.is_press() {
        return None;
    }
    let n = view.file().logbook.len();
    let plain = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
    let action = if view.confirming_quit() {
        match key.code {
            KeyCode::Char('j' | 'J' | 'y' | 'Y') | KeyCode::Enter => Action::ConfirmQuit,
            KeyCode::Char('c') if is_ctrl_c(&key) => Action::ConfirmQuit,
            KeyCode::Char('n' | 'N') | KeyCode::Esc => Action::CancelQuit,
            _ => return None,
        }
    } else if is_ctrl_c(&key) {
        Action::Quit
    } else if view.help_open() {
        match key.code {
            KeyCode::Char('?') | KeyCode::Esc | KeyCode::F(1) => Action::ToggleHelp,
            KeyCode::Char('q') => Action::Quit,
            _ => return None,
        }
    } else {
        let select = |to: usize| Some(to.min(n.saturating_sub(1)));
        let to = match key.code {
            KeyCode::Up => select(ui.selected.saturating_sub(1)),
            KeyCode::Down => select(ui.selected + 1),
            KeyCode::PageUp => select(ui.selected.saturating_sub(PAGE)),
            KeyCode::PageDown => select(ui.selected + PAGE),
            KeyCode::Home => select(0),
            KeyCode::End => select(n),
            _ => None,
        };
        if let Some(to) = to {
            ui.selected = to;
            return None;
        }
        match key.code {
            KeyCode::Esc => {
                ui.message = None;
                return None;
            }
            KeyCode::Char(c @ '1'..='6') if plain => {
                Action::Open(Screen::ALL[c as usize - '1' as usize])
            }
            KeyCode::Tab => Action::NextScreen,
            KeyCode::BackTab => Action::PreviousScreen,
            KeyCode::Char('?') | KeyCode::F(1) => Action::ToggleHelp,
            KeyCode::Char('q') if key.modifiers.is_empty() => Action::Quit,
            // Whatever it would do in a running exercise changes it: refused, visibly.
            _ => {
                ui.message = Some(text::read_only_refused(view.written_by(), view.lang()));
                return Some(Outcome::NotAllowed);
            }
        }
    };
    read_only_apply(view, ui, action, real_time)
}

/// Applies an action to the read-only view; a refusal says why on the status line.
fn read_only_apply(
    view: &mut ReadOnly,
    ui: &mut Ui,
    action: Action,
    real_time: &str,
) -> Option<Outcome> {
    let outcome = view.update(action, real_time);
    ui.message = (outcome == Outcome::NotAllowed)
        .then(|| text::read_only_refused(view.written_by(), view.lang()));
    Some(outcome)
}

/// The Lagefilm's speed when Space starts it: one exercise day per second.
pub const FILM_SPEED: u32 = 86_400;

/// One key of the Lagefilm: the time slider, else what a read-only view does. A move of the
/// slider is only noted in `ui.seek`; [`settle_film`] applies it.
pub fn handle_film_key(
    app: &mut App,
    ui: &mut Ui,
    key: KeyEvent,
    real_time: &str,
) -> Option<Outcome> {
    let Some((now, total)) = app.film_ticks() else {
        return handle_view_key(app, ui, key, real_time);
    };
    if !key.is_press()
        || app.confirming_quit()
        || app.help_open()
        || ui.form.is_some()
        || ui.why
        || ui.entry.is_some()
        || ui.preview.is_some()
        || ui.lage
    {
        return handle_view_key(app, ui, key, real_time);
    }
    let at = ui.seek.unwrap_or(now);
    let tick = u64::try_from(app.scenario().meta().tick.max(1)).unwrap_or(1);
    let day = (1440 / tick).max(1);
    let shift = key.modifiers == KeyModifiers::SHIFT;
    let plain = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
    let target = match key.code {
        KeyCode::Left if shift => at.saturating_sub(day),
        KeyCode::Right if shift => at + day,
        KeyCode::Left if key.modifiers.is_empty() => at.saturating_sub(1),
        KeyCode::Right if key.modifiers.is_empty() => at + 1,
        KeyCode::Char('[') if plain => at.saturating_sub(day),
        KeyCode::Char(']') if plain => at + day,
        KeyCode::Char('g') if key.modifiers.is_empty() => 0,
        KeyCode::Char('G') if plain => total,
        KeyCode::Home if shift => 0,
        KeyCode::End if shift => total,
        // The previous and next decision (the marks on the slider).
        KeyCode::Char(',') if plain => {
            let marks = app.film_marks();
            marks.into_iter().rev().find(|m| *m < at).unwrap_or(0)
        }
        KeyCode::Char('.') if plain => {
            let marks = app.film_marks();
            marks.into_iter().find(|m| *m > at).unwrap_or(total)
        }
        KeyCode::Char(' ') if plain => {
            ui.speed = if ui.speed == 0 { FILM_SPEED } else { 0 };
            // Play from the start again once the film has run out.
            if ui.speed > 0 && at >= total {
                ui.seek = Some(0);
            }
            return None;
        }
        KeyCode::Char(c @ ('+' | '-')) if plain => {
            let at = FILM_SPEEDS.iter().position(|s| *s >= ui.speed).unwrap_or(0);
            let at = if c == '+' {
                (at + 1).min(FILM_SPEEDS.len() - 1)
            } else {
                at.saturating_sub(1)
            };
            ui.speed = FILM_SPEEDS[at];
            ui.message = Some(format!(
                "{}: {}",
                i18n::t(app.lang(), "tui-film-speed"),
                speed_text(ui.speed, app.lang())
            ));
            return None;
        }
        _ => return handle_view_key(app, ui, key, real_time),
    };
    // Scrubbing by hand stops the film.
    ui.speed = 0;
    ui.seek = Some(target.min(total));
    None
}

/// Applies a waiting move of the Lagefilm's slider (see [`handle_film_key`]).
pub fn settle_film(app: &mut App, ui: &mut Ui, real_time: &str) -> Option<Outcome> {
    let tick = ui.seek.take()?;
    let outcome = apply(app, ui, Action::Seek(tick), real_time);
    if app.film_ticks().is_some_and(|(now, total)| now >= total) {
        ui.speed = 0;
    }
    outcome
}

/// Ticks to run for `minutes` of exercise time (at least one).
pub fn ticks_for(app: &App, minutes: i64) -> u32 {
    let tick = app.scenario().meta().tick.max(1);
    u32::try_from(minutes / tick).unwrap_or(u32::MAX).max(1)
}

/// The speed as people say it: "Echtzeit", "5 min je Sekunde", "1 Tag je Sekunde" (`speed` in
/// exercise seconds per real second).
pub fn speed_text(speed: u32, lang: Lang) -> String {
    match speed {
        0 => i18n::t(lang, "tui-speed-stopped").to_string(),
        1 => i18n::t(lang, "tui-speed-real-time").to_string(),
        s if s % 604_800 == 0 => tf!(lang, "tui-speed-weeks", n = s / 604_800),
        s if s % 86_400 == 0 => tf!(lang, "tui-speed-days", n = s / 86_400),
        s if s % 3600 == 0 => tf!(lang, "tui-speed-hours", n = s / 3600),
        s if s % 60 == 0 => tf!(lang, "tui-speed-minutes", n = s / 60),
        s => tf!(lang, "tui-speed-seconds", n = s),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Play,
    View,
}

/// The question `x` asks; a second `x` (or `j`/`y`) while it stands confirms.
fn interrupt_question(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-interrupt-question")
}

/// The question `e` asks: ENDEX is final for time and decisions.
fn endex_question(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-endex-question")
}

/// A typed character, or `None` for keys that are not text (AltGr counts as text).
fn typed(key: &KeyEvent) -> Option<char> {
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    let m = key.modifiers;
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    if m.difference(KeyModifiers::SHIFT).is_empty() || m.contains(altgr) {
        Some(c)
    } else {
        None
    }
}

fn is_ctrl_c(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers == KeyModifiers::CONTROL
}

fn handle(
    app: &mut App,
    ui: &mut Ui,
    key: KeyEvent,
    real_time: &str,
    mode: Mode,
) -> Option<Outcome> {
    if !key.is_press() {
        return None;
    }
    if app.confirming_quit() {
        return match key.code {
            KeyCode::Char('j' | 'J' | 'y' | 'Y') | KeyCode::Enter => {
                apply(app, ui, Action::ConfirmQuit, real_time)
            }
            KeyCode::Char('c') if is_ctrl_c(&key) => apply(app, ui, Action::ConfirmQuit, real_time),
            KeyCode::Char('n' | 'N') | KeyCode::Esc => {
                apply(app, ui, Action::CancelQuit, real_time)
            }
            _ => None,
        };
    }
    if is_ctrl_c(&key) {
        ui.form = None;
        return apply(app, ui, Action::Quit, real_time);
    }
    let lang = app.lang();
    if mode == Mode::Play && ui.message.as_deref() == Some(interrupt_question(lang)) {
        return match key.code {
            KeyCode::Char('x' | 'j' | 'J' | 'y' | 'Y') => {
                ui.speed = 0;
                apply(app, ui, Action::Interrupt, real_time)
            }
            _ => {
                ui.message = Some(i18n::t(lang, "tui-cancelled").to_string());
                None
            }
        };
    }
    if mode == Mode::Play && ui.message.as_deref() == Some(endex_question(lang)) {
        return match key.code {
            KeyCode::Char('e' | 'j' | 'J' | 'y' | 'Y') => {
                ui.speed = 0;
                apply(app, ui, Action::Endex, real_time)
            }
            _ => {
                ui.message = Some(i18n::t(lang, "tui-cancelled").to_string());
                None
            }
        };
    }
    if let Some(form) = ui.form.take() {
        if mode == Mode::View {
            return None;
        }
        return form_key(app, ui, form, key, real_time);
    }
    if app.help_open() {
        return match key.code {
            KeyCode::Char('?') | KeyCode::Esc | KeyCode::F(1) => {
                apply(app, ui, Action::ToggleHelp, real_time)
            }
            KeyCode::Char('q') => apply(app, ui, Action::Quit, real_time),
            _ => None,
        };
    }
    if let Some(step) = ui.guide {
        let full = app.scenario().control().full_guide;
        let steps = text::guide(app.lang(), app.role(), full);
        let next = match key.code {
            KeyCode::Enter | KeyCode::Right | KeyCode::Char(' ') => step + 1,
            KeyCode::Left => step.saturating_sub(1),
            KeyCode::Esc => steps.len(),
            KeyCode::Char('q') if key.modifiers.is_empty() => {
                return apply(app, ui, Action::Quit, real_time);
            }
            _ => return None,
        };
        let Some(s) = steps.get(next) else {
            ui.guide = None;
            return apply(app, ui, Action::DismissGuide, real_time);
        };
        ui.guide = Some(next);
        let _ = app.update(Action::Open(s.screen), real_time);
        ui.selected = 0;
        ui.scroll = 0;
        return None;
    }
    if ui.entry.is_some() || ui.preview.is_some() || ui.lage {
        return match key.code {
            KeyCode::Esc | KeyCode::Enter | KeyCode::Char('L') => {
                ui.entry = None;
                ui.preview = None;
                ui.lage = false;
                None
            }
            KeyCode::Char('q') if key.modifiers.is_empty() => {
                ui.entry = None;
                ui.preview = None;
                ui.lage = false;
                apply(app, ui, Action::Quit, real_time)
            }
            _ => None,
        };
    }
    if ui.why {
        return match key.code {
            KeyCode::Esc | KeyCode::Char('c') => {
                ui.why = false;
                None
            }
            KeyCode::Char('q') if key.modifiers.is_empty() => {
                ui.why = false;
                apply(app, ui, Action::Quit, real_time)
            }
            _ => None,
        };
    }
    if let Some(outcome) = navigate(app, ui, key, real_time, mode) {
        return outcome;
    }
    if mode == Mode::View {
        return None;
    }
    act(app, ui, key, real_time)
}

/// Keys every view has. `Some(result)` if the key was one of them.
fn navigate(
    app: &mut App,
    ui: &mut Ui,
    key: KeyEvent,
    real_time: &str,
    mode: Mode,
) -> Option<Option<Outcome>> {
    let screen_before = app.screen();
    let result = match key.code {
        KeyCode::Char(c @ '1'..='6')
            if key.modifiers.difference(KeyModifiers::SHIFT).is_empty() =>
        {
            let at = c as usize - '1' as usize;
            apply(app, ui, Action::Open(Screen::ALL[at]), real_time)
        }
        KeyCode::Tab => apply(app, ui, Action::NextScreen, real_time),
        KeyCode::BackTab => apply(app, ui, Action::PreviousScreen, real_time),
        KeyCode::Char('?') | KeyCode::F(1) => apply(app, ui, Action::ToggleHelp, real_time),
        KeyCode::Char('q') if key.modifiers.is_empty() => apply(app, ui, Action::Quit, real_time),
        KeyCode::Up => move_selection(app, ui, |s, _| s.saturating_sub(1)),
        KeyCode::Down => move_selection(app, ui, |s, _| s + 1),
        KeyCode::PageUp => move_selection(app, ui, |s, _| s.saturating_sub(PAGE)),
        KeyCode::PageDown => move_selection(app, ui, |s, _| s + PAGE),
        KeyCode::Home => move_selection(app, ui, |_, _| 0),
        KeyCode::End => move_selection(app, ui, |_, n| n),
        KeyCode::Esc => {
            ui.message = None;
            None
        }
        KeyCode::Char('f') if key.modifiers.is_empty() && app.screen() == Screen::Einlagen => {
            cycle_filter(app, ui);
            None
        }
        KeyCode::Char('c') if key.modifiers.is_empty() && shows_why(app) => {
            ui.why = true;
            None
        }
        // The Lage page: read here; those who write it open the dialog instead (`act`).
        KeyCode::Char('L') if !(mode == Mode::Play && app.steers_time()) => {
            ui.lage = true;
            None
        }
        // The selected entry in full, in every mode.
        KeyCode::Enter if app.screen() == Screen::Einsatztagebuch => {
            ui.entry = logbook_entry(app.file(), app.role(), ui.selected).map(|e| e.number);
            None
        }
        _ => return None,
    };
    if app.screen() != screen_before {
        ui.selected = 0;
        ui.scroll = 0;
        ui.why = false;
    }
    Some(result)
}

fn move_selection(
    app: &mut App,
    ui: &mut Ui,
    to: impl Fn(usize, usize) -> usize,
) -> Option<Outcome> {
    let n = rows(app, ui);
    ui.selected = to(ui.selected, n).min(n.saturating_sub(1));
    None
}

fn cycle_filter(app: &mut App, ui: &mut Ui) {
    let roles = app.scenario().roles();
    let next = match &ui.filter {
        None => roles.first(),
        Some(f) => roles
            .iter()
            .position(|r| &r.id == f)
            .and_then(|at| roles.get(at + 1)),
    };
    ui.filter = next.map(|r| r.id.clone());
    ui.selected = 0;
    ui.scroll = 0;
    let lang = app.lang();
    ui.message = Some(match next {
        Some(r) => format!("{}: {}", i18n::t(lang, "tui-filter"), r.name),
        None => i18n::t(lang, "tui-filter-all-functions").to_string(),
    });
}

/// The keys that do something to the exercise (not in a read-only view).
fn act(app: &mut App, ui: &mut Ui, key: KeyEvent, real_time: &str) -> Option<Outcome> {
    let lang = app.lang();
    let screen = app.screen();
    let control = app.role() == Role::Control;
    if key.code == KeyCode::Enter {
        return match screen {
            Screen::Massnahmen => open_decide(app, ui),
            Screen::Einlagen => acknowledge(app, ui, real_time),
            // Control reads any inject of the script in full before it comes.
            Screen::Steuerung if control => {
                ui.preview = script(&app.snapshot(), app.scenario())
                    .get(ui.selected)
                    .map(|i| i.id.clone());
                None
            }
            _ => None,
        };
    }
    let KeyCode::Char(c) = key.code else {
        return None;
    };
    if !key.modifiers.difference(KeyModifiers::SHIFT).is_empty() {
        return None;
    }
    match c {
        'd' => open_decide(app, ui),
        'a' if screen == Screen::Einlagen => acknowledge(app, ui, real_time),
        'r' if screen == Screen::Einlagen => react(app, ui, real_time),
        'n' => {
            if app.role() == Role::Observer {
                return not_allowed(app, ui);
            }
            let function = ui
                .filter
                .as_ref()
                .and_then(|f| app.scenario().roles().iter().position(|r| &r.id == f))
                .unwrap_or(0);
            // On Einlagen the note answers the selected inject: a Meldung or Rückfrage about it.
            let inject = (screen == Screen::Einlagen)
                .then(|| selected_inject(app, ui))
                .flatten();
            ui.form = Some(Form::Note {
                function,
                text: String::new(),
                corrects: None,
                kind: 0,
                inject,
            });
            None
        }
        'k' if screen == Screen::Einsatztagebuch => {
            if app.role() == Role::Observer {
                return not_allowed(app, ui);
            }
            let entry = logbook_entry(app.file(), app.role(), ui.selected)?;
            let (number, function) = (entry.number, entry.function.clone());
            let function = app
                .scenario()
                .roles()
                .iter()
                .position(|r| r.id == function)
                .unwrap_or(0);
            ui.form = Some(Form::Note {
                function,
                text: String::new(),
                corrects: Some(number),
                kind: 0,
                inject: None,
            });
            None
        }
        ' ' => {
            let n = ticks_for(app, 60);
            apply(app, ui, Action::Advance(n), real_time)
        }
        'w' => {
            let n = ticks_for(app, 4 * 60);
            apply(app, ui, Action::Advance(n), real_time)
        }
        't' => {
            let n = ticks_for(app, 24 * 60);
            apply(app, ui, Action::Advance(n), real_time)
        }
        'j' => apply(app, ui, Action::NextInject, real_time),
        // The Lageeinweisung opens in full on the Einsatztagebuch.
        'v' => {
            let outcome = apply(app, ui, Action::NextPhase, real_time);
            if outcome == Some(Outcome::Done) {
                let newest = app.file().logbook.last().map(|e| e.number);
                let _ = app.update(Action::Open(Screen::Einsatztagebuch), real_time);
                ui.selected = 0;
                ui.scroll = 0;
                ui.entry = newest;
            }
            outcome
        }
        // The first STARTEX asks for the exercise's details for the report's first page.
        's' if app.role() == Role::Control
            && app.file().status == Status::Prepared
            && app.file().meta.is_none() =>
        {
            let date = real_time.get(..10).unwrap_or_default().to_string();
            ui.form = Some(Form::Meta {
                field: 0,
                values: [
                    app.scenario().meta().title.clone(),
                    date,
                    String::new(),
                    String::new(),
                    String::new(),
                    String::new(),
                ],
            });
            None
        }
        's' => apply(app, ui, Action::Startex, real_time),
        // A toggle that holds time at the set speed; the same key lets it go on.
        'p' => {
            if !app.steers_time() {
                return not_allowed(app, ui);
            }
            match app.file().status {
                Status::Paused => apply(app, ui, Action::Resume, real_time),
                Status::Ended | Status::Interrupted => apply(
                    app,
                    ui,
                    Action::Pause {
                        reason: String::new(),
                    },
                    real_time,
                ),
                Status::Prepared | Status::Running => {
                    ui.form = Some(Form::Pause {
                        choice: 0,
                        text: String::new(),
                    });
                    None
                }
            }
        }
        'e' => {
            if !app.steers_time() {
                return not_allowed(app, ui);
            }
            if matches!(app.file().status, Status::Ended | Status::Interrupted) {
                return apply(app, ui, Action::Endex, real_time);
            }
            ui.message = Some(endex_question(lang).to_string());
            None
        }
        'x' => {
            if !app.steers_time() {
                return not_allowed(app, ui);
            }
            ui.message = Some(interrupt_question(lang).to_string());
            None
        }
        'l' | 'h' | 'u' if screen == Screen::Steuerung => {
            let id = script(&app.snapshot(), app.scenario())
                .get(ui.selected)?
                .id
                .clone();
            let control = match c {
                'l' => Control::Release(id),
                'h' => Control::Hold(id),
                _ => Control::Skip(id),
            };
            apply(app, ui, Action::Control(control), real_time)
        }
        'i' => {
            if !control {
                return not_allowed(app, ui);
            }
            // By phone, urgent, unless control says otherwise.
            ui.form = Some(Form::AdHoc {
                field: 0,
                title: String::new(),
                sender: String::new(),
                receiver: 0,
                channel: 0,
                priority: 2,
                content: String::new(),
            });
            None
        }
        'L' => {
            let page = app.file().lage.clone().unwrap_or_default();
            ui.form = Some(Form::Lage {
                field: 0,
                situation: page.situation,
                assumptions: page.assumptions,
                questions: page.questions,
            });
            None
        }
        // The Lagevortrag's interval: off, 30/60/120 min of exercise time, 15/30 min real time.
        'T' => {
            if !app.steers_time() {
                return not_allowed(app, ui);
            }
            let now = app.briefing().map(|b| (b.minutes, b.real));
            let at = BRIEFING_INTERVALS
                .iter()
                .position(|i| *i == now)
                .unwrap_or(0);
            let next = BRIEFING_INTERVALS[(at + 1) % BRIEFING_INTERVALS.len()];
            apply(app, ui, Action::BriefingEvery(next), real_time)
        }
        '+' | '-' => {
            if !app.steers_time() {
                return not_allowed(app, ui);
            }
            let at = SPEEDS.iter().position(|s| *s >= ui.speed).unwrap_or(0);
            let at = if c == '+' {
                (at + 1).min(SPEEDS.len() - 1)
            } else {
                at.saturating_sub(1)
            };
            ui.speed = SPEEDS[at];
            ui.message = Some(format!(
                "{}: {}",
                i18n::t(lang, "tui-speed-label"),
                speed_text(ui.speed, lang)
            ));
            None
        }
        'b' => {
            if app.role() != Role::Observer {
                return not_allowed(app, ui);
            }
            let n = app.scenario().objectives().len();
            if n == 0 {
                ui.message = Some(i18n::t(lang, "tui-no-objectives").to_string());
                return None;
            }
            let objective = if screen == Screen::Verlauf {
                ui.selected.min(n - 1)
            } else {
                0
            };
            ui.form = Some(Form::Rate {
                objective,
                verdict: 0,
                comment: String::new(),
            });
            None
        }
        'o' => {
            if app.role() != Role::Observer {
                return not_allowed(app, ui);
            }
            ui.form = Some(Form::Observe {
                text: String::new(),
            });
            None
        }
        _ => None,
    }
}

fn not_allowed(app: &App, ui: &mut Ui) -> Option<Outcome> {
    ui.message = Some(not_allowed_text(app.lang()).to_string());
    None
}

fn not_allowed_text(lang: Lang) -> &'static str {
    i18n::t(lang, "tui-not-allowed")
}

fn open_decide(app: &mut App, ui: &mut Ui) -> Option<Outcome> {
    if app.role() == Role::Observer {
        return not_allowed(app, ui);
    }
    let actions = app.scenario().actions();
    if actions.is_empty() {
        return None;
    }
    let action = if app.screen() == Screen::Massnahmen {
        ui.selected.min(actions.len() - 1)
    } else {
        0
    };
    let function = actions[action].function.index();
    // The order as it stands, so the staff changes it rather than typing it again.
    let current = app.snapshot().recovery_order;
    let items = order_items(app.scenario());
    let order = current
        .iter()
        .filter_map(|id| items.iter().position(|(item, _)| item == id))
        .collect();
    ui.form = Some(Form::Decide {
        step: DecideStep::Action,
        action,
        target: 0,
        function,
        reason: String::new(),
        order,
    });
    None
}

fn selected_inject(app: &mut App, ui: &Ui) -> Option<String> {
    let snapshot = app.snapshot();
    inbox(&snapshot, app.file(), ui.filter.as_deref())
        .get(ui.selected)
        .map(|i| i.id.clone())
}

/// Marks the selected inject read; the selection stays on it wherever it now sorts.
fn acknowledge(app: &mut App, ui: &mut Ui, real_time: &str) -> Option<Outcome> {
    let id = selected_inject(app, ui)?;
    let outcome = apply(app, ui, Action::Acknowledge(id.clone()), real_time);
    let snapshot = app.snapshot();
    if let Some(at) = inbox(&snapshot, app.file(), ui.filter.as_deref())
        .iter()
        .position(|i| i.id == id)
    {
        ui.selected = at;
    }
    outcome
}

fn react(app: &mut App, ui: &mut Ui, real_time: &str) -> Option<Outcome> {
    let id = selected_inject(app, ui)?;
    let now = app
        .file()
        .injects
        .iter()
        .find(|r| r.id == id)
        .map_or(Reaction::Pending, |r| r.reaction);
    let reaction = match now {
        Reaction::Pending => Reaction::Done,
        Reaction::Done => Reaction::Deviating,
        Reaction::Deviating => Reaction::Pending,
    };
    apply(
        app,
        ui,
        Action::React {
            inject: id,
            reaction,
        },
        real_time,
    )
}

/// What a key does to an open dialog.
enum Step {
    Keep,
    Close,
    Submit(Action),
}

fn form_key(
    app: &mut App,
    ui: &mut Ui,
    mut form: Form,
    key: KeyEvent,
    real_time: &str,
) -> Option<Outcome> {
    if key.code == KeyCode::Esc {
        ui.message = None;
        return None;
    }
    let step = match &mut form {
        Form::Decide {
            step,
            action,
            target,
            function,
            reason,
            order,
        } => decide_key(app, ui, key, step, action, target, function, reason, order),
        Form::Note {
            function,
            text,
            corrects,
            kind,
            inject,
        } => note_key(
            app,
            ui,
            key,
            (function, kind),
            text,
            *corrects,
            inject.clone(),
        ),
        Form::AdHoc {
            field,
            title,
            sender,
            receiver,
            channel,
            priority,
            content,
        } => adhoc_key(
            app,
            ui,
            key,
            field,
            (title, sender, content),
            (receiver, channel, priority),
        ),
        Form::Rate {
            objective,
            verdict,
            comment,
        } => rate_key(app, ui, key, objective, verdict, comment),
        Form::Observe { text } => observe_key(app, ui, key, text),
        Form::Pause { choice, text } => pause_key(app.lang(), key, choice, text),
        Form::Meta { field, values } => meta_key(app, key, field, values),
        Form::Lage {
            field,
            situation,
            assumptions,
            questions,
        } => lage_key(key, field, (situation, assumptions, questions)),
    };
    match step {
        Step::Keep => {
            ui.form = Some(form);
            None
        }
        Step::Close => None,
        Step::Submit(action) => {
            let outcome = apply(app, ui, action, real_time);
            // A refused command can be corrected in the dialog; anything else is done with it.
            if matches!(outcome, Some(Outcome::Rejected(_))) {
                ui.form = Some(form);
            }
            outcome
        }
    }
}

/// Typing into a text: characters, Backspace. `true` if the key was text editing.
fn edit(text: &mut String, key: &KeyEvent) -> bool {
    if key.code == KeyCode::Backspace {
        text.pop();
        return true;
    }
    match typed(key) {
        Some(c) => {
            if text.chars().count() < MAX_TEXT {
                text.push(c);
            }
            true
        }
        None => false,
    }
}

fn up_down(value: &mut usize, len: usize, key: &KeyEvent) -> bool {
    match key.code {
        KeyCode::Up => *value = value.saturating_sub(1),
        KeyCode::Down => *value = (*value + 1).min(len.saturating_sub(1)),
        _ => return false,
    }
    true
}

/// ←/→ through a list, wrapping around.
fn left_right(value: &mut usize, len: usize, key: &KeyEvent) -> bool {
    if len == 0 {
        return false;
    }
    match key.code {
        KeyCode::Left => *value = (*value + len - 1) % len,
        KeyCode::Right => *value = (*value + 1) % len,
        _ => return false,
    }
    true
}

/// A dialog's `n` fields: Tab or ↓ to the next, Shift-Tab or ↑ to the one before (both
/// wrapping around), Enter to the next but on the last, where Enter is the dialog's own.
fn step_field(field: &mut usize, n: usize, key: &KeyEvent) -> bool {
    if n == 0 {
        return false;
    }
    match key.code {
        KeyCode::Tab | KeyCode::Down => *field = (*field + 1) % n,
        KeyCode::BackTab | KeyCode::Up => *field = (*field + n - 1) % n,
        KeyCode::Enter if *field + 1 < n => *field += 1,
        _ => return false,
    }
    true
}

fn missing(ui: &mut Ui, lang: Lang, id: &'static str) -> Step {
    ui.message = Some(i18n::t(lang, id).to_string());
    Step::Keep
}

#[expect(clippy::too_many_arguments, reason = "the fields of one dialog")]
fn decide_key(
    app: &App,
    ui: &mut Ui,
    key: KeyEvent,
    step: &mut DecideStep,
    action: &mut usize,
    target: &mut usize,
    function: &mut usize,
    reason: &mut String,
    order: &mut Vec<usize>,
) -> Step {
    let s = app.scenario();
    let lang = app.lang();
    let actions = s.actions();
    let Some(chosen) = actions.get(*action) else {
        return Step::Close;
    };
    let targets = chosen.targets.len();
    let ordering = sets_order(chosen);
    let back = |step: DecideStep| match step {
        DecideStep::Action => DecideStep::Action,
        DecideStep::Target | DecideStep::Order => DecideStep::Action,
        DecideStep::Function if ordering => DecideStep::Order,
        DecideStep::Function if targets > 0 => DecideStep::Target,
        DecideStep::Function => DecideStep::Action,
        DecideStep::Reason => DecideStep::Function,
        DecideStep::Confirm => DecideStep::Reason,
    };
    if matches!(key.code, KeyCode::Left | KeyCode::BackTab) {
        *step = back(*step);
        return Step::Keep;
    }
    match *step {
        DecideStep::Action => {
            if up_down(action, actions.len(), &key) {
                *target = 0;
                if let Some(a) = actions.get(*action) {
                    *function = a.function.index();
                }
            } else if key.code == KeyCode::Enter {
                *target = 0;
                *function = chosen.function.index();
                *step = if ordering {
                    DecideStep::Order
                } else if targets > 0 {
                    DecideStep::Target
                } else {
                    DecideStep::Function
                };
            }
        }
        DecideStep::Order => {
            let n = order_items(s).len();
            let plain = key.modifiers.difference(KeyModifiers::SHIFT).is_empty();
            match key.code {
                KeyCode::Up | KeyCode::Down => {
                    up_down(target, n, &key);
                }
                KeyCode::PageUp => *target = target.saturating_sub(PAGE),
                KeyCode::PageDown => *target = (*target + PAGE).min(n.saturating_sub(1)),
                KeyCode::Home => *target = 0,
                KeyCode::End => *target = n.saturating_sub(1),
                // Enter picks here, so moving on is → (or Tab, the mirror of ⇧Tab back).
                KeyCode::Enter | KeyCode::Char(' ') if plain => {
                    let row = (*target).min(n.saturating_sub(1));
                    match order.iter().position(|i| *i == row) {
                        Some(at) => {
                            order.remove(at);
                        }
                        None if row < n => order.push(row),
                        None => {}
                    }
                }
                KeyCode::Right | KeyCode::Tab => {
                    if order.is_empty() {
                        return missing(ui, lang, "tui-missing-order");
                    }
                    *step = DecideStep::Function;
                }
                _ => {}
            }
        }
        DecideStep::Target => {
            if !up_down(target, targets, &key) && key.code == KeyCode::Enter {
                *step = DecideStep::Function;
            }
        }
        DecideStep::Function => {
            if !up_down(function, s.roles().len(), &key) && key.code == KeyCode::Enter {
                *step = DecideStep::Reason;
            }
        }
        DecideStep::Reason => {
            if key.code == KeyCode::Enter {
                if reason.trim().is_empty() {
                    return missing(ui, lang, "tui-missing-reason");
                }
                *step = DecideStep::Confirm;
            } else {
                edit(reason, &key);
            }
        }
        DecideStep::Confirm => {
            if matches!(
                key.code,
                KeyCode::Enter | KeyCode::Char('j' | 'J' | 'y' | 'Y')
            ) {
                let Some(role) = s.roles().get(*function) else {
                    return Step::Keep;
                };
                let (target, order) = if ordering {
                    let items = order_items(s);
                    let ids = order
                        .iter()
                        .filter_map(|i| items.get(*i))
                        .map(|(id, _)| (*id).to_string());
                    (None, ids.collect())
                } else {
                    let target = chosen
                        .targets
                        .get(*target)
                        .map(|t| crate::sim::target_id(s, *t).to_string());
                    (target, Vec::new())
                };
                return Step::Submit(Action::Decide(Decision {
                    action: chosen.id.clone(),
                    target,
                    function: role.id.clone(),
                    reason: reason.trim().to_string(),
                    order,
                }));
            }
            if matches!(key.code, KeyCode::Char('n' | 'N')) {
                *step = DecideStep::Reason;
            }
        }
    }
    Step::Keep
}

/// The note dialog: ←→ the function, ↑↓ the kind of entry, typing the text.
fn note_key(
    app: &App,
    ui: &mut Ui,
    key: KeyEvent,
    (function, kind): (&mut usize, &mut usize),
    text: &mut String,
    corrects: Option<u32>,
    inject: Option<String>,
) -> Step {
    let roles = app.scenario().roles();
    let typed_kind = corrects.is_none() && up_down(kind, NoteKind::ALL.len(), &key);
    if typed_kind || left_right(function, roles.len(), &key) || edit(text, &key) {
        return Step::Keep;
    }
    if key.code != KeyCode::Enter {
        return Step::Keep;
    }
    if text.trim().is_empty() {
        return missing(ui, app.lang(), "tui-missing-text");
    }
    let Some(role) = roles.get(*function) else {
        return Step::Keep;
    };
    let function = role.id.clone();
    let text = text.trim().to_string();
    Step::Submit(match corrects {
        Some(entry) => Action::Correct {
            entry,
            function,
            text,
        },
        None => Action::Note {
            function,
            text,
            kind: NoteKind::ALL.get(*kind).copied().unwrap_or_default(),
            inject,
        },
    })
}

/// The Lagevortrag intervals `T` steps through: (minutes, real time).
const BRIEFING_INTERVALS: [Option<(u32, bool)>; 6] = [
    None,
    Some((30, false)),
    Some((60, false)),
    Some((120, false)),
    Some((15, true)),
    Some((30, true)),
];

/// The Lage page dialog: Tab between Lage, Annahmen and offene Fragen; Enter on the last saves.
fn lage_key(
    key: KeyEvent,
    field: &mut usize,
    (situation, assumptions, questions): (&mut String, &mut String, &mut String),
) -> Step {
    if step_field(field, 3, &key) {
        return Step::Keep;
    }
    if key.code == KeyCode::Enter {
        return Step::Submit(Action::WriteLage {
            situation: situation.clone(),
            assumptions: assumptions.clone(),
            questions: questions.clone(),
        });
    }
    let text = match *field {
        0 => situation,
        1 => assumptions,
        _ => questions,
    };
    edit(text, &key);
    Step::Keep
}

/// The ad-hoc inject's channels and priorities, in the order ←→ steps through them.
pub const CHANNELS: [Channel; 9] = [
    Channel::Phone,
    Channel::Mail,
    Channel::Fax,
    Channel::Courier,
    Channel::InPerson,
    Channel::Press,
    Channel::Radio,
    Channel::SituationReport,
    Channel::SocialMedia,
];
pub const PRIORITIES: [Priority; 4] = [
    Priority::Low,
    Priority::Normal,
    Priority::High,
    Priority::Flash,
];

/// The ad-hoc dialog: `texts` are title, sender and content; `choices` receiver, channel and
/// priority.
fn adhoc_key(
    app: &mut App,
    ui: &mut Ui,
    key: KeyEvent,
    field: &mut usize,
    texts: (&mut String, &mut String, &mut String),
    choices: (&mut usize, &mut usize, &mut usize),
) -> Step {
    const FIELDS: usize = 6;
    let (title, sender, content) = texts;
    let (receiver, channel, priority) = choices;
    let lang = app.lang();
    let roles = app.scenario().roles().len();
    if step_field(field, FIELDS, &key) {
        return Step::Keep;
    }
    if key.code != KeyCode::Enter {
        match *field {
            0 => edit(title, &key),
            1 => edit(sender, &key),
            2 => left_right(receiver, roles, &key),
            3 => left_right(channel, CHANNELS.len(), &key),
            4 => left_right(priority, PRIORITIES.len(), &key),
            _ => edit(content, &key),
        };
        return Step::Keep;
    }
    if title.trim().is_empty() {
        *field = 0;
        return missing(ui, lang, "tui-missing-title");
    }
    let Some(role) = app.scenario().roles().get(*receiver) else {
        return Step::Keep;
    };
    let receiver = role.id.clone();
    let snapshot = app.snapshot();
    let taken = |id: &str| {
        snapshot.injects.iter().any(|i| i.id == id)
            || app.scenario().injects().iter().any(|i| i.id == id)
    };
    let mut n = snapshot.injects.iter().filter(|i| i.ad_hoc).count() + 1;
    while taken(&format!("adhoc-{n}")) {
        n += 1;
    }
    let sender = if sender.trim().is_empty() {
        i18n::t(lang, "tui-adhoc-default-sender").to_string()
    } else {
        sender.trim().to_string()
    };
    Step::Submit(Action::Control(Control::AdHoc(AdHocInject {
        id: format!("adhoc-{n}"),
        title: title.trim().to_string(),
        sender,
        receiver,
        channel: CHANNELS.get(*channel).copied().unwrap_or(Channel::Phone),
        priority: PRIORITIES.get(*priority).copied().unwrap_or(Priority::High),
        content: content.trim().to_string(),
    })))
}

fn rate_key(
    app: &App,
    ui: &mut Ui,
    key: KeyEvent,
    objective: &mut usize,
    verdict: &mut usize,
    comment: &mut String,
) -> Step {
    let objectives = app.scenario().objectives();
    if up_down(objective, objectives.len(), &key)
        || left_right(verdict, VERDICTS.len(), &key)
        || edit(comment, &key)
    {
        return Step::Keep;
    }
    if key.code != KeyCode::Enter {
        return Step::Keep;
    }
    let (Some(o), Some(v)) = (objectives.get(*objective), VERDICTS.get(*verdict)) else {
        return Step::Keep;
    };
    let _ = ui;
    Step::Submit(Action::Rate {
        objective: o.id.clone(),
        verdict: *v,
        comment: comment.trim().to_string(),
    })
}

/// The details asked for at STARTEX: Tab or Enter to the next field, Enter on the last starts
/// the exercise with them (empty fields stay "nicht angegeben" in the report).
fn meta_key(app: &App, key: KeyEvent, field: &mut usize, values: &mut [String; 6]) -> Step {
    if step_field(field, values.len(), &key) {
        return Step::Keep;
    }
    if key.code != KeyCode::Enter {
        if let Some(v) = values.get_mut(*field) {
            edit(v, &key);
        }
        return Step::Keep;
    }
    let given = |v: &String| Some(v.trim().to_string()).filter(|v| !v.is_empty());
    let evaluators = values[4]
        .split(',')
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(String::from)
        .collect();
    let participants = app
        .scenario()
        .roles()
        .iter()
        .map(|r| r.name.clone())
        .collect();
    Step::Submit(Action::StartWith(crate::exercise::ExerciseMeta {
        title: given(&values[0]),
        date: given(&values[1]),
        kind: given(&values[2]),
        lead: given(&values[3]),
        evaluators,
        participants,
        contact: given(&values[5]),
    }))
}

fn pause_key(lang: Lang, key: KeyEvent, choice: &mut usize, text: &mut String) -> Step {
    let reasons = text::texts(lang).pause_reasons;
    if up_down(choice, reasons.len(), &key) || edit(text, &key) || key.code != KeyCode::Enter {
        return Step::Keep;
    }
    let reason = match text.trim() {
        "" => reasons
            .get(*choice)
            .copied()
            .unwrap_or_default()
            .to_string(),
        typed => typed.to_string(),
    };
    Step::Submit(Action::Pause { reason })
}

fn observe_key(app: &mut App, ui: &mut Ui, key: KeyEvent, text: &mut String) -> Step {
    if edit(text, &key) || key.code != KeyCode::Enter {
        return Step::Keep;
    }
    if text.trim().is_empty() {
        return missing(ui, app.lang(), "tui-missing-text");
    }
    let refers_to = match app.screen() {
        Screen::Einsatztagebuch => {
            logbook_entry(app.file(), app.role(), ui.selected).map(|e| Reference::Entry(e.number))
        }
        Screen::Einlagen => selected_inject(app, ui).map(Reference::Inject),
        _ => None,
    };
    // A leading "!" marks the observation critical (reported to leadership at once).
    let trimmed = text.trim();
    let critical = trimmed.starts_with('!');
    Step::Submit(Action::Observe {
        text: trimmed.trim_start_matches('!').trim().to_string(),
        refers_to,
        critical,
    })
}

/// Applies an action, puts what came of it into the status line, keeps the selection in range.
fn apply(app: &mut App, ui: &mut Ui, action: Action, real_time: &str) -> Option<Outcome> {
    let outcome = app.update(action.clone(), real_time);
    ui.message = message(app, &action, &outcome);
    if matches!(outcome, Outcome::Over) {
        ui.speed = 0;
    }
    clamp_selection(app, ui);
    Some(outcome)
}

/// The status line after an action (`None`: nothing worth saying).
pub fn message(app: &mut App, action: &Action, outcome: &Outcome) -> Option<String> {
    let lang = app.lang();
    let t = |id: &'static str| Some(i18n::t(lang, id).to_string());
    match outcome {
        Outcome::Done => done_text(app, action),
        Outcome::Quit => None,
        Outcome::NotAllowed => Some(not_allowed_text(lang).to_string()),
        Outcome::Over => match app.file().status {
            Status::Interrupted => t("tui-over-interrupted"),
            Status::Ended => t("tui-over-endex"),
            _ => t("tui-over-scenario"),
        },
        Outcome::Paused => t("tui-paused"),
        Outcome::Stopped(_) | Outcome::StoppedForControl(_) | Outcome::BriefingDue => {
            Some(text::outcome(outcome, lang))
        }
        Outcome::SaveFailed(why) => Some(tf!(lang, "tui-save-failed", why = why.as_str())),
        Outcome::Rejected(why) => Some(tf!(
            lang,
            "tui-refused",
            why = rejection_text(app, action, why)
        )),
        Outcome::NotApplicable { inject, status } => {
            let title = app
                .scenario()
                .injects()
                .iter()
                .find(|i| &i.id == inject)
                .map_or(inject.as_str(), |i| i.title.as_str());
            Some(text::not_applicable(*status, title, lang))
        }
    }
}

fn done_text(app: &mut App, action: &Action) -> Option<String> {
    let lang = app.lang();
    let t = |id: &'static str| i18n::t(lang, id).to_string();
    // Entry numbers are names, not amounts: written without a thousands separator.
    let last = app
        .file()
        .logbook
        .last()
        .map_or(0, |e| e.number)
        .to_string();
    let text = match action {
        Action::Decide(_) => tf!(lang, "tui-done-decision", last = last.as_str()),
        // The logbook's line says what was set.
        Action::BriefingEvery(_) => app
            .file()
            .logbook
            .last()
            .map(|e| e.text.clone())
            .unwrap_or_default(),
        Action::WriteLage { .. } => tf!(lang, "tui-done-lage", last = last.as_str()),
        Action::DismissGuide => return None,
        Action::Note { .. } => tf!(lang, "tui-done-note", last = last.as_str()),
        Action::Correct { entry, .. } => {
            tf!(
                lang,
                "tui-done-correction",
                entry = entry.to_string(),
                last = last.as_str()
            )
        }
        Action::Acknowledge(id) => {
            let title = inject_title(app, id);
            tf!(lang, "tui-done-acknowledged", title = title)
        }
        Action::React { inject, reaction } => {
            let r = i18n::t(
                lang,
                match reaction {
                    Reaction::Pending => "tui-reaction-pending",
                    Reaction::Done => "tui-reaction-done",
                    Reaction::Deviating => "tui-reaction-deviating",
                },
            );
            let title = inject_title(app, inject);
            tf!(lang, "tui-done-reaction", title = title, reaction = r)
        }
        Action::Advance(_) | Action::Pass(_) | Action::NextInject | Action::NextPhase => {
            let time = app.snapshot().time;
            tf!(
                lang,
                "tui-done-exercise-time",
                time = text::wall_time(&time, lang)
            )
        }
        Action::Startex | Action::StartWith(_) => "STARTEX".to_string(),
        // The logbook's line, with the reason given.
        Action::Pause { .. } | Action::Resume => app
            .file()
            .logbook
            .last()
            .map(|e| e.text.clone())
            .unwrap_or_default(),
        Action::Endex => "ENDEX".to_string(),
        Action::Interrupt => t("tui-done-interrupt"),
        Action::Control(c) => {
            let title = |id: &str| {
                app.scenario()
                    .injects()
                    .iter()
                    .find(|i| i.id == id)
                    .map_or(id.to_string(), |i| i.title.clone())
            };
            match c {
                Control::Release(id) => tf!(lang, "tui-done-release", title = title(id)),
                Control::Hold(id) => tf!(lang, "tui-done-hold", title = title(id)),
                Control::Skip(id) => tf!(lang, "tui-done-skip", title = title(id)),
                Control::AdHoc(a) => tf!(lang, "tui-done-ad-hoc", title = a.title.as_str()),
            }
        }
        Action::Rate { .. } => t("tui-done-rate"),
        Action::Observe { .. } => t("tui-done-observe"),
        Action::Open(_)
        | Action::Seek(_)
        | Action::NextScreen
        | Action::PreviousScreen
        | Action::ToggleHelp
        | Action::Quit
        | Action::ConfirmQuit => return None,
        Action::CancelQuit => t("tui-done-cancel-quit"),
    };
    Some(text)
}

/// An inject's title as the role sees it (an ad-hoc inject's from the snapshot), else its id.
fn inject_title(app: &mut App, id: &str) -> String {
    let snapshot = app.snapshot();
    snapshot
        .injects
        .iter()
        .find(|i| i.id == id)
        .map_or_else(|| id.to_string(), |i| i.title.clone())
}

fn rejection_text(app: &App, action: &Action, why: &Rejection) -> String {
    let lang = app.lang();
    let t = |id: &'static str| i18n::t(lang, id).to_string();
    let s = app.scenario();
    match why {
        Rejection::UnknownAction(id) => tf!(lang, "tui-rejected-unknown-action", id = id.as_str()),
        Rejection::UnknownTarget(id) => tf!(lang, "tui-rejected-unknown-target", id = id.as_str()),
        Rejection::TargetRequired => t("tui-rejected-target-required"),
        Rejection::NoTarget => t("tui-rejected-no-target"),
        Rejection::NotATarget(id) => tf!(lang, "tui-rejected-not-a-target", id = id.as_str()),
        Rejection::UnknownFunction(id) => {
            tf!(lang, "tui-rejected-unknown-function", id = id.as_str())
        }
        Rejection::UnknownInject(id) => tf!(lang, "tui-rejected-unknown-inject", id = id.as_str()),
        Rejection::DuplicateInject(id) => {
            tf!(lang, "tui-rejected-duplicate-inject", id = id.as_str())
        }
        Rejection::ScenarioOver => t("tui-rejected-scenario-over"),
        Rejection::CrossesTick => t("tui-rejected-crosses-tick"),
        Rejection::OrderRequired => t("tui-rejected-order-required"),
        Rejection::Prerequisite(at) => {
            let requirement = match action {
                Action::Decide(d) => s
                    .actions()
                    .iter()
                    .find(|a| a.id == d.action)
                    .and_then(|a| a.requires.get(*at)),
                _ => None,
            };
            match requirement {
                Some(Prerequisite::Done(a)) => {
                    let name = s.actions()[a.index()].name.as_str();
                    tf!(lang, "tui-rejected-requires-done", name = name)
                }
                Some(Prerequisite::NotDone(a)) => {
                    let name = s.actions()[a.index()].name.as_str();
                    tf!(lang, "tui-rejected-requires-not-done", name = name)
                }
                Some(Prerequisite::LinkCut(l)) => {
                    let name = s.links()[l.index()].name.as_str();
                    tf!(lang, "tui-rejected-requires-link-cut", name = name)
                }
                Some(Prerequisite::SystemClean(sys)) => {
                    let name = s.systems()[sys.index()].name.as_str();
                    tf!(lang, "tui-rejected-requires-system-clean", name = name)
                }
                None => t("tui-rejected-prerequisite"),
            }
        }
    }
}
