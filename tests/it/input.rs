//! The keyboard, driven key by key on a headless app: dialogs, roles, quitting, text entry.

use std::path::PathBuf;
use std::sync::Arc;

use krisenstab::app::{App, Outcome, Role, Screen, order_items};
use krisenstab::exercise::{EntryKind, Reaction, Reference, Status, Verdict};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::{Command, Logged};
use krisenstab::tui::input::{handle_key, handle_view_key, rows, sets_order};
use krisenstab::tui::ui::{DecideStep, Form, Ui};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

const REAL: &str = "2026-11-24 09:00:00";

fn path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-input-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise.ron");
    let _ = std::fs::remove_file(&path);
    path
}

fn start(name: &str, role: Role) -> (App, Ui) {
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let app = App::start(s, text, 7, path(name), role, Lang::DE).unwrap();
    (app, Ui::default())
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses one key.
fn press(app: &mut App, ui: &mut Ui, code: KeyCode) -> Option<Outcome> {
    handle_key(app, ui, key(code), REAL)
}

/// Presses a character key.
fn ch(app: &mut App, ui: &mut Ui, c: char) -> Option<Outcome> {
    press(app, ui, KeyCode::Char(c))
}

/// STARTEX as control: `s` asks for the exercise's details first; Enter through them.
fn startex(app: &mut App, ui: &mut Ui) -> Option<Outcome> {
    assert_eq!(ch(app, ui, 's'), None);
    assert!(matches!(ui.form, Some(Form::Meta { .. })), "{:?}", ui.form);
    for _ in 0..5 {
        assert_eq!(press(app, ui, KeyCode::Enter), None);
    }
    press(app, ui, KeyCode::Enter)
}

/// Enter through the remaining fields of the details (from the third).
fn startex_rest(app: &mut App, ui: &mut Ui) -> Option<Outcome> {
    for _ in 0..3 {
        assert_eq!(press(app, ui, KeyCode::Enter), None);
    }
    press(app, ui, KeyCode::Enter)
}

/// Types a text, character by character.
fn type_text(app: &mut App, ui: &mut Ui, text: &str) {
    for c in text.chars() {
        assert_eq!(ch(app, ui, c), None, "typing {c:?} applies nothing");
    }
}

#[test]
fn the_decision_dialog_ends_in_a_logbook_entry() {
    let (mut app, mut ui) = start("decide", Role::Staff);
    assert_eq!(ch(&mut app, &mut ui, 'd'), None);
    let step = |ui: &Ui| match &ui.form {
        Some(Form::Decide { step, .. }) => *step,
        other => panic!("not the decision dialog: {other:?}"),
    };
    assert_eq!(step(&ui), DecideStep::Action);
    // The first action, "Netz trennen", aimed at a network.
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Target);
    // The second network of the file, then back to the first: selection is clamped at the top.
    press(&mut app, &mut ui, KeyCode::Down);
    press(&mut app, &mut ui, KeyCode::Up);
    press(&mut app, &mut ui, KeyCode::Up);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Function);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Reason);
    // An empty reason is not accepted.
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Reason);
    assert!(ui.message.is_some(), "says why");
    type_text(
        &mut app,
        &mut ui,
        "Ausbreitung stoppen, Übergriff verhinderx",
    );
    press(&mut app, &mut ui, KeyCode::Backspace);
    type_text(&mut app, &mut ui, "n");
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Confirm);
    assert!(
        app.file().logbook.is_empty(),
        "nothing is decided before confirming"
    );
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    assert_eq!(ui.form, None, "the dialog closes");
    let entry = app.file().logbook.last().unwrap();
    assert_eq!(entry.kind, EntryKind::Decision);
    assert_eq!(entry.function, "it", "the action's own function by default");
    assert_eq!(
        entry.text,
        "Netz trennen → Serverraum Rathaus; Begründung: Ausbreitung stoppen, Übergriff verhindern"
    );
    assert_eq!(entry.real_time, REAL);
    assert!(ui.message.as_deref().unwrap().contains("Entscheidung"));
    // Saved at once.
    let on_disk = std::fs::read_to_string(app.path()).unwrap();
    assert!(on_disk.contains("Übergriff verhindern"));
}

#[test]
fn the_decision_dialog_skips_the_target_of_actions_without_one_and_can_step_back() {
    let (mut app, mut ui) = start("decide-no-target", Role::Control);
    ch(&mut app, &mut ui, '3');
    assert_eq!(app.screen(), Screen::Massnahmen);
    let forensik = app
        .scenario()
        .actions()
        .iter()
        .position(|a| a.id == "forensik")
        .unwrap();
    for _ in 0..forensik {
        press(&mut app, &mut ui, KeyCode::Down);
    }
    // Enter on the actions list opens the dialog at the selected action.
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert!(matches!(
        ui.form,
        Some(Form::Decide { step: DecideStep::Function, action, .. }) if action == forensik
    ));
    press(&mut app, &mut ui, KeyCode::Left);
    assert!(matches!(
        ui.form,
        Some(Form::Decide {
            step: DecideStep::Action,
            ..
        })
    ));
    press(&mut app, &mut ui, KeyCode::Enter);
    // Another function: Leitung (the first role).
    press(&mut app, &mut ui, KeyCode::Up);
    for _ in 0..10 {
        press(&mut app, &mut ui, KeyCode::Up);
    }
    press(&mut app, &mut ui, KeyCode::Enter);
    type_text(&mut app, &mut ui, "Täter-Spuren sichern");
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(ch(&mut app, &mut ui, 'j'), Some(Outcome::Done));
    let entry = app.file().logbook.last().unwrap();
    assert_eq!(entry.function, "leitung");
    assert_eq!(
        entry.text,
        "Forensik beauftragen; Begründung: Täter-Spuren sichern"
    );
}

#[test]
fn escape_closes_dialogs_and_overlays() {
    let (mut app, mut ui) = start("escape", Role::Control);
    for open in ['d', 'n', 'i'] {
        ch(&mut app, &mut ui, open);
        assert!(ui.form.is_some(), "{open} opens a dialog");
        type_text(&mut app, &mut ui, "x");
        press(&mut app, &mut ui, KeyCode::Esc);
        assert_eq!(ui.form, None, "Esc closes the dialog of {open}");
    }
    ch(&mut app, &mut ui, '?');
    assert!(app.help_open());
    // Keys other than Esc and ? do nothing while help is open.
    ch(&mut app, &mut ui, 'd');
    assert_eq!(ui.form, None);
    press(&mut app, &mut ui, KeyCode::Esc);
    assert!(!app.help_open());
    assert!(
        app.file().logbook.is_empty(),
        "nothing was entered by any of it"
    );
}

#[test]
fn staff_cannot_open_the_control_screen() {
    let (mut app, mut ui) = start("staff-screens", Role::Staff);
    assert_eq!(ch(&mut app, &mut ui, '6'), Some(Outcome::NotAllowed));
    assert_eq!(app.screen(), Screen::Lagebild);
    assert!(ui.message.is_some());
    let mut seen = Vec::new();
    for _ in 0..12 {
        press(&mut app, &mut ui, KeyCode::Tab);
        seen.push(app.screen());
        press(&mut app, &mut ui, KeyCode::BackTab);
        press(&mut app, &mut ui, KeyCode::Tab);
    }
    assert!(!seen.contains(&Screen::Steuerung));
    assert!(seen.contains(&Screen::Verlauf));
    // The script's keys do nothing for a staff on its own (it runs its own time, below).
    for c in ['j', 'i', 'l', 'h', 'u', 'r'] {
        let before = app.file().clone();
        ch(&mut app, &mut ui, c);
        assert_eq!(ui.form, None);
        assert_eq!(app.file(), &before, "{c} changed the exercise");
    }
    // An observer moves no time at all.
    let (mut observer, mut oui) = start("observer-keys", Role::Observer);
    for c in [' ', 'w', 't', 'j', 's', 'e', 'x', '+', 'i', 'p', 'T', 'v'] {
        let before = observer.file().clone();
        ch(&mut observer, &mut oui, c);
        assert_eq!(oui.form, None);
        assert_eq!(oui.speed, 0);
        assert_eq!(observer.file(), &before, "{c} changed the exercise");
    }
    // And the control screen's number works for control.
    let (mut app, mut ui) = start("control-screens", Role::Control);
    assert_eq!(ch(&mut app, &mut ui, '6'), Some(Outcome::Done));
    assert_eq!(app.screen(), Screen::Steuerung);
}

#[test]
fn quitting_asks_first() {
    let (mut app, mut ui) = start("quit", Role::Control);
    ch(&mut app, &mut ui, 'q');
    assert!(app.confirming_quit());
    // While the question stands, other keys do nothing.
    assert_eq!(ch(&mut app, &mut ui, 'd'), None);
    assert_eq!(ui.form, None);
    assert_eq!(ch(&mut app, &mut ui, 'n'), Some(Outcome::Done));
    assert!(!app.confirming_quit());
    ch(&mut app, &mut ui, 'q');
    press(&mut app, &mut ui, KeyCode::Esc);
    assert!(!app.confirming_quit(), "Esc cancels too");
    ch(&mut app, &mut ui, 'q');
    assert_eq!(ch(&mut app, &mut ui, 'j'), Some(Outcome::Quit));
    let (mut app, mut ui) = start("quit-y", Role::Observer);
    ch(&mut app, &mut ui, 'q');
    assert_eq!(ch(&mut app, &mut ui, 'y'), Some(Outcome::Quit));
}

#[test]
fn text_fields_take_umlauts_and_letters_that_are_keys_elsewhere() {
    let (mut app, mut ui) = start("umlauts", Role::Staff);
    ch(&mut app, &mut ui, 'n');
    let text = "Größe der Störung prüfen: äöüß ÄÖÜ € – q j d 6 ?";
    type_text(&mut app, &mut ui, text);
    assert!(!app.confirming_quit(), "q typed into a text does not quit");
    // Shift-letters arrive as upper case with SHIFT.
    handle_key(
        &mut app,
        &mut ui,
        KeyEvent::new(KeyCode::Char('X'), KeyModifiers::SHIFT),
        REAL,
    );
    // Ctrl-letters are not text.
    handle_key(
        &mut app,
        &mut ui,
        KeyEvent::new(KeyCode::Char('a'), KeyModifiers::CONTROL),
        REAL,
    );
    // The function is chosen with ←/→ (wrapping).
    press(&mut app, &mut ui, KeyCode::Left);
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    let entry = app.file().logbook.last().unwrap();
    assert_eq!(entry.kind, EntryKind::Note);
    assert_eq!(entry.text, format!("{text}X"));
    let last_role = app.scenario().roles().last().unwrap().id.clone();
    assert_eq!(entry.function, last_role);
}

#[test]
fn a_correction_names_the_selected_entry() {
    let (mut app, mut ui) = start("correct", Role::Staff);
    for text in ["erste", "zweite"] {
        ch(&mut app, &mut ui, 'n');
        type_text(&mut app, &mut ui, text);
        press(&mut app, &mut ui, KeyCode::Enter);
    }
    ch(&mut app, &mut ui, '4');
    assert_eq!(app.screen(), Screen::Einsatztagebuch);
    // The newest entry is on top and selected first.
    ch(&mut app, &mut ui, 'k');
    type_text(&mut app, &mut ui, "richtig: dritte");
    press(&mut app, &mut ui, KeyCode::Enter);
    let entry = app.file().logbook.last().unwrap();
    assert_eq!(entry.number, 3);
    assert_eq!(entry.corrects, Some(2));
    assert_eq!(app.file().logbook[1].text, "zweite", "the old entry stays");
}

#[test]
fn unknown_keys_and_releases_are_ignored() {
    let (mut app, mut ui) = start("unknown", Role::Control);
    let before = (app.file().clone(), app.screen(), ui.clone());
    let keys = [
        key(KeyCode::Char('z')),
        key(KeyCode::Char('Q')),
        key(KeyCode::Char('7')),
        key(KeyCode::Char('ä')),
        key(KeyCode::F(5)),
        key(KeyCode::Insert),
        key(KeyCode::Delete),
        key(KeyCode::Null),
        KeyEvent::new(KeyCode::Char('d'), KeyModifiers::ALT),
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
        // A release of a key that acts when pressed.
        KeyEvent::new_with_kind(
            KeyCode::Char('s'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        ),
        KeyEvent::new_with_kind(
            KeyCode::Char('q'),
            KeyModifiers::NONE,
            KeyEventKind::Release,
        ),
    ];
    for k in keys {
        assert_eq!(handle_key(&mut app, &mut ui, k, REAL), None, "{k:?}");
    }
    assert_eq!((app.file().clone(), app.screen(), ui), before);
    assert!(!app.confirming_quit());
}

#[test]
fn control_keys_run_the_exercise() {
    let (mut app, mut ui) = start("control", Role::Control);
    // Esc leaves the details unasked and the exercise prepared.
    assert_eq!(ch(&mut app, &mut ui, 's'), None);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Esc), None);
    assert_eq!(app.file().status, Status::Prepared);
    // The details go into the exercise file for the report's first page.
    assert_eq!(ch(&mut app, &mut ui, 's'), None);
    press(&mut app, &mut ui, KeyCode::Tab);
    press(&mut app, &mut ui, KeyCode::Tab);
    type_text(&mut app, &mut ui, "Stabsrahmenübung");
    assert_eq!(startex_rest(&mut app, &mut ui), Some(Outcome::Done));
    assert_eq!(app.file().status, Status::Running);
    let meta = app.file().meta.clone().unwrap();
    assert_eq!(meta.kind.as_deref(), Some("Stabsrahmenübung"));
    assert_eq!(meta.date.as_deref(), Some(&REAL[..10]));
    assert!(meta.lead.is_none());
    // Once given, `s` is STARTEX at once (after a pause, say).
    assert_eq!(ch(&mut app, &mut ui, 's'), Some(Outcome::Done));
    ch(&mut app, &mut ui, ' ');
    assert_eq!(app.snapshot().tick, 1, "Space: one hour of hourly ticks");
    ch(&mut app, &mut ui, 'w');
    assert_eq!(app.snapshot().tick, 5);
    ch(&mut app, &mut ui, 't');
    assert_eq!(app.snapshot().tick, 29);
    ch(&mut app, &mut ui, 'j');
    assert_eq!(app.snapshot().time, "2024-03-04 06:00", "the alarm inject");
    // Speed steps up and down and stops at both ends.
    for _ in 0..10 {
        ch(&mut app, &mut ui, '+');
    }
    assert_eq!(ui.speed, 21_600, "6 h per second at most");
    ch(&mut app, &mut ui, '-');
    assert_eq!(ui.speed, 3600);
    // `p` asks why (time holds while it asks), Enter takes the first common reason and holds
    // time at the set speed; the same key lets it go on; a typed reason replaces the choice.
    ch(&mut app, &mut ui, 'p');
    assert!(matches!(ui.form, Some(Form::Pause { .. })));
    assert_eq!(
        app.file().status,
        Status::Running,
        "nothing happens before Enter"
    );
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!((ui.speed, app.file().status), (3600, Status::Paused));
    assert_eq!(
        app.file().logbook.last().unwrap().text,
        "Übung angehalten – Grund: Lagebesprechung des Stabes"
    );
    ch(&mut app, &mut ui, 'p');
    assert_eq!(app.file().status, Status::Running);
    assert_eq!(app.file().logbook.last().unwrap().text, "Übung fortgesetzt");
    ch(&mut app, &mut ui, 'p');
    press(&mut app, &mut ui, KeyCode::Down);
    for c in "Stromausfall im Übungsraum".chars() {
        ch(&mut app, &mut ui, c);
    }
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(app.file().status, Status::Paused);
    assert_eq!(
        app.file().logbook.last().unwrap().text,
        "Übung angehalten – Grund: Stromausfall im Übungsraum"
    );
    // Hold, release and skip the selected scripted inject on Steuerung (the first one, the
    // alarm, is in already: the second).
    ch(&mut app, &mut ui, '6');
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, 'h');
    let last = |app: &App| app.file().logbook.last().unwrap().text.clone();
    assert!(
        last(&app).starts_with("Einlage zurückgehalten: "),
        "{}",
        last(&app)
    );
    ch(&mut app, &mut ui, 'l');
    assert!(
        last(&app).starts_with("Einlage freigegeben: "),
        "{}",
        last(&app)
    );
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, 'u');
    assert!(
        last(&app).starts_with("Einlage gestrichen: "),
        "{}",
        last(&app)
    );
    // An ad-hoc inject: title, sender, receiver (→ second role), content.
    ch(&mut app, &mut ui, 'i');
    type_text(&mut app, &mut ui, "Anruf Bürger");
    press(&mut app, &mut ui, KeyCode::Tab);
    type_text(&mut app, &mut ui, "Herr Müller");
    press(&mut app, &mut ui, KeyCode::Tab);
    press(&mut app, &mut ui, KeyCode::Right);
    // Channel: from phone one on (e-mail); priority: from urgent one on (flash).
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Right);
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Right);
    press(&mut app, &mut ui, KeyCode::Enter);
    type_text(&mut app, &mut ui, "Warum ist das Bürgerbüro zu?");
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    ch(&mut app, &mut ui, ' ');
    let snapshot = app.snapshot();
    let adhoc = snapshot.injects.iter().find(|i| i.ad_hoc).unwrap();
    assert_eq!(adhoc.id, "adhoc-1");
    assert_eq!(adhoc.sender, "Herr Müller");
    assert_eq!(adhoc.receiver, app.scenario().roles()[1].id);
    assert_eq!(
        (adhoc.channel, adhoc.priority),
        (
            krisenstab::scenario::model::Channel::Mail,
            krisenstab::scenario::model::Priority::Flash
        )
    );
    // Realereignis asks; anything but x or j cancels.
    ch(&mut app, &mut ui, 'x');
    ch(&mut app, &mut ui, 'n');
    assert_eq!(app.file().status, Status::Paused);
    ch(&mut app, &mut ui, 'x');
    assert_eq!(ch(&mut app, &mut ui, 'x'), Some(Outcome::Done));
    assert_eq!(app.file().status, Status::Interrupted);
    assert_eq!(ch(&mut app, &mut ui, ' '), Some(Outcome::Over));
}

#[test]
fn staff_work_the_inbox() {
    let (mut control, _) = start("inbox", Role::Control);
    control.update(krisenstab::app::Action::NextInject, REAL);
    drop(control);
    let file = path_of("inbox");
    let mut app = App::resume(&file, Role::Staff, Lang::DE).unwrap();
    let mut ui = Ui::default();
    ch(&mut app, &mut ui, '2');
    assert_eq!(rows(&mut app, &ui), 1, "the alarm has come in");
    ch(&mut app, &mut ui, 'a');
    assert!(app.file().injects[0].acknowledged);
    // Rating the staff's reaction against the script is control's.
    assert_eq!(ch(&mut app, &mut ui, 'r'), Some(Outcome::NotAllowed));
    assert_eq!(app.file().injects[0].reaction, Reaction::Pending);
    drop(app);
    let mut app = App::resume(&file, Role::Control, Lang::DE).unwrap();
    ch(&mut app, &mut ui, '2');
    ch(&mut app, &mut ui, 'r');
    assert_eq!(app.file().injects[0].reaction, Reaction::Done);
    ch(&mut app, &mut ui, 'r');
    assert_eq!(app.file().injects[0].reaction, Reaction::Deviating);
    ch(&mut app, &mut ui, 'r');
    assert_eq!(app.file().injects[0].reaction, Reaction::Pending);
    // The function filter cycles through the roles and back to all.
    let roles = app.scenario().roles().len();
    let mut counts = Vec::new();
    for _ in 0..=roles {
        ch(&mut app, &mut ui, 'f');
        counts.push(rows(&mut app, &ui));
    }
    assert_eq!(ui.filter, None);
    assert_eq!(
        counts.iter().sum::<usize>(),
        2,
        "once by its function, once unfiltered"
    );
}

#[test]
fn observers_rate_and_observe_but_do_not_act() {
    let (mut app, mut ui) = start("observer", Role::Observer);
    for c in ['d', 'n', 'i'] {
        ch(&mut app, &mut ui, c);
        assert_eq!(ui.form, None, "{c}");
    }
    ch(&mut app, &mut ui, '5');
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, 'b');
    press(&mut app, &mut ui, KeyCode::Right);
    press(&mut app, &mut ui, KeyCode::Right);
    type_text(&mut app, &mut ui, "zu spät gemeldet");
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    let rating = app.file().ratings.last().unwrap();
    assert_eq!(rating.objective, app.scenario().objectives()[1].id);
    assert_eq!(rating.verdict, Verdict::NichtErfuellt);
    assert_eq!(rating.comment, "zu spät gemeldet");
    ch(&mut app, &mut ui, 'o');
    type_text(&mut app, &mut ui, "Lage wird ruhig geführt");
    press(&mut app, &mut ui, KeyCode::Enter);
    let observation = app.file().observations.last().unwrap();
    assert_eq!(observation.text, "Lage wird ruhig geführt");
    assert_eq!(observation.refers_to, None);
    // On the logbook an observation refers to the selected entry.
    let (mut staff, mut staff_ui) = start("observer-logbook", Role::Staff);
    ch(&mut staff, &mut staff_ui, 'n');
    type_text(&mut staff, &mut staff_ui, "Notiz");
    press(&mut staff, &mut staff_ui, KeyCode::Enter);
    drop(staff);
    let mut app = App::resume(&path_of("observer-logbook"), Role::Observer, Lang::DE).unwrap();
    let mut ui = Ui::default();
    ch(&mut app, &mut ui, '4');
    ch(&mut app, &mut ui, 'o');
    type_text(&mut app, &mut ui, "gut");
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(
        app.file().observations.last().unwrap().refers_to,
        Some(Reference::Entry(1))
    );
}

fn path_of(name: &str) -> PathBuf {
    std::env::temp_dir()
        .join(format!("krisenstab-input-{}-{name}", std::process::id()))
        .join("exercise.ron")
}

#[test]
fn a_read_only_view_only_navigates() {
    let (mut app, mut ui) = start("view", Role::Staff);
    let before = app.file().clone();
    for c in ['d', 'n', 'a', 'r', ' ', 's', 'o', 'b'] {
        assert_eq!(
            handle_view_key(&mut app, &mut ui, key(KeyCode::Char(c)), REAL),
            None
        );
        assert_eq!(ui.form, None);
    }
    handle_view_key(&mut app, &mut ui, key(KeyCode::Char('4')), REAL);
    assert_eq!(app.screen(), Screen::Einsatztagebuch);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Tab), REAL);
    assert_eq!(app.screen(), Screen::Verlauf);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Char('q')), REAL);
    assert_eq!(
        handle_view_key(&mut app, &mut ui, key(KeyCode::Char('j')), REAL),
        Some(Outcome::Quit)
    );
    assert_eq!(app.file(), &before);
}

#[test]
fn the_selection_never_leaves_its_list() {
    let (mut app, mut ui) = start("selection", Role::Control);
    ch(&mut app, &mut ui, '4');
    for _ in 0..50 {
        press(&mut app, &mut ui, KeyCode::Down);
    }
    assert_eq!(ui.selected, 0, "an empty logbook selects nothing");
    startex(&mut app, &mut ui);
    ch(&mut app, &mut ui, 'j');
    let n = rows(&mut app, &ui);
    assert!(n > 1);
    press(&mut app, &mut ui, KeyCode::PageDown);
    press(&mut app, &mut ui, KeyCode::End);
    assert_eq!(ui.selected, n - 1);
    press(&mut app, &mut ui, KeyCode::Home);
    assert_eq!(ui.selected, 0);
    // A long walk over every key, in a fixed pseudo-random order.
    let keys: Vec<KeyCode> = "123456 wtjfalhu+-dnk"
        .chars()
        .map(KeyCode::Char)
        .chain([
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::PageDown,
            KeyCode::End,
            KeyCode::Tab,
            KeyCode::BackTab,
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Left,
            KeyCode::Right,
        ])
        .collect();
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    for step in 0..3000 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let code = keys[(state % keys.len() as u64) as usize];
        if press(&mut app, &mut ui, code) == Some(Outcome::Quit) {
            break;
        }
        let n = rows(&mut app, &ui);
        assert!(
            ui.selected < n.max(1),
            "step {step}: {code:?} left row {} of {n} on {:?}",
            ui.selected,
            app.screen()
        );
        let s = app.scenario();
        match &ui.form {
            Some(Form::Decide {
                action,
                target,
                function,
                order,
                ..
            }) => {
                assert!(*action < s.actions().len());
                let items = order_items(s).len();
                let rows = if sets_order(&s.actions()[*action]) {
                    items
                } else {
                    s.actions()[*action].targets.len()
                };
                assert!(*target < rows.max(1));
                assert!(*function < s.roles().len());
                assert!(order.iter().all(|i| *i < items));
            }
            Some(Form::Note { function, .. }) => assert!(*function < s.roles().len()),
            Some(Form::AdHoc {
                field,
                receiver,
                channel,
                priority,
                ..
            }) => {
                assert!(*field < 6 && *receiver < s.roles().len() && *channel < 9 && *priority < 4)
            }
            _ => {}
        }
    }
}

/// The Westmecklenburg exercise, as control (who may also let time pass).
fn start_westmecklenburg(name: &str) -> (App, Ui) {
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let app = App::start(s, text, 2021, path(name), Role::Control, Lang::DE).unwrap();
    (app, Ui::default())
}

#[test]
fn the_recovery_order_is_picked_row_by_row_and_cannot_be_empty() {
    let (mut app, mut ui) = start_westmecklenburg("order");
    let step = |ui: &Ui| match &ui.form {
        Some(Form::Decide { step, .. }) => *step,
        other => panic!("not the decision dialog: {other:?}"),
    };
    let order = |ui: &Ui| match &ui.form {
        Some(Form::Decide { order, .. }) => order.clone(),
        other => panic!("not the decision dialog: {other:?}"),
    };
    let items: Vec<String> = order_items(app.scenario())
        .iter()
        .map(|(id, _)| id.to_string())
        .collect();
    let services = app.scenario().services().len();
    assert!(
        services >= 3 && items.len() > services,
        "services, then systems"
    );
    ch(&mut app, &mut ui, '3');
    let ordering = app
        .scenario()
        .actions()
        .iter()
        .position(|a| a.id == "wiederanlauf-reihenfolge")
        .unwrap();
    for _ in 0..ordering {
        press(&mut app, &mut ui, KeyCode::Down);
    }
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Order, "the order, not a target");
    assert!(
        order(&ui).is_empty(),
        "nothing decided yet: the default order"
    );
    // An empty order goes no further, by → or by Tab.
    press(&mut app, &mut ui, KeyCode::Right);
    press(&mut app, &mut ui, KeyCode::Tab);
    assert_eq!(step(&ui), DecideStep::Order);
    assert!(ui.message.as_deref().unwrap().contains("mindestens"));
    // The third service, then the first (Enter and Space both pick), then the second ...
    press(&mut app, &mut ui, KeyCode::Down);
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, ' ');
    press(&mut app, &mut ui, KeyCode::Home);
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, ' ');
    assert_eq!(order(&ui), vec![2, 0, 1]);
    // ... and the third taken out again: the others close up.
    press(&mut app, &mut ui, KeyCode::Down);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(order(&ui), vec![0, 1]);
    press(&mut app, &mut ui, KeyCode::Up);
    press(&mut app, &mut ui, KeyCode::Up);
    ch(&mut app, &mut ui, ' ');
    assert_eq!(order(&ui), vec![1]);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(order(&ui), vec![1, 0]);
    // Back to the action and forward again keeps what was picked.
    press(&mut app, &mut ui, KeyCode::Left);
    assert_eq!(step(&ui), DecideStep::Action);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(order(&ui), vec![1, 0]);
    press(&mut app, &mut ui, KeyCode::Right);
    assert_eq!(step(&ui), DecideStep::Function);
    press(&mut app, &mut ui, KeyCode::Left);
    assert_eq!(step(&ui), DecideStep::Order, "back from the function");
    press(&mut app, &mut ui, KeyCode::Tab);
    press(&mut app, &mut ui, KeyCode::Enter);
    type_text(&mut app, &mut ui, "Zahlungen vor Zulassung");
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Confirm);
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    assert_eq!(ui.form, None);
    let Some(Logged {
        command: Command::Decide(d),
        ..
    }) = app.file().commands.last().cloned()
    else {
        panic!("no decision recorded");
    };
    assert_eq!(d.action, "wiederanlauf-reihenfolge");
    assert_eq!(d.target, None);
    assert_eq!(d.order, vec![items[1].clone(), items[0].clone()]);
    // The logbook names them as the staff reads them.
    let names = order_items(app.scenario());
    let name = |id: &str| names.iter().find(|(i, _)| *i == id).unwrap().1.to_string();
    let entry = app.file().logbook.last().unwrap();
    assert!(
        entry
            .text
            .contains(&format!("→ {}, {};", name(&items[1]), name(&items[0]))),
        "{}",
        entry.text
    );
    // Once in force, the order fills the next dialog, to be changed rather than retyped.
    ch(&mut app, &mut ui, 't');
    assert_eq!(app.snapshot().recovery_order, d.order);
    press(&mut app, &mut ui, KeyCode::Enter);
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(step(&ui), DecideStep::Order);
    assert_eq!(order(&ui), vec![1, 0]);
    // Emptied, it cannot be submitted.
    press(&mut app, &mut ui, KeyCode::Home);
    ch(&mut app, &mut ui, ' ');
    press(&mut app, &mut ui, KeyCode::Down);
    ch(&mut app, &mut ui, ' ');
    assert!(order(&ui).is_empty());
    press(&mut app, &mut ui, KeyCode::Right);
    assert_eq!(step(&ui), DecideStep::Order);
    let decisions = app.file().commands.len();
    press(&mut app, &mut ui, KeyCode::Esc);
    assert_eq!(ui.form, None);
    assert_eq!(app.file().commands.len(), decisions, "nothing submitted");
}

#[test]
fn c_opens_the_chain_of_reasons_and_esc_closes_it() {
    let (mut app, mut ui) = start("why", Role::Control);
    startex(&mut app, &mut ui);
    assert_eq!(app.screen(), Screen::Lagebild);
    assert_eq!(ch(&mut app, &mut ui, 'c'), None);
    assert!(ui.why, "c opens the chain on the Lagebild");
    // While it is open, other keys do nothing: no screen, no time, no dialog.
    let tick = app.snapshot().tick;
    for c in ['3', 't', 'w', 'd', ' '] {
        assert_eq!(ch(&mut app, &mut ui, c), None, "{c}");
    }
    press(&mut app, &mut ui, KeyCode::Down);
    assert_eq!(ui.selected, 0);
    assert_eq!(app.screen(), Screen::Lagebild);
    assert_eq!(app.snapshot().tick, tick);
    assert_eq!(ui.form, None);
    press(&mut app, &mut ui, KeyCode::Esc);
    assert!(!ui.why, "Esc closes it");
    // Maßnahmen: c opens, c closes.
    ch(&mut app, &mut ui, '3');
    ch(&mut app, &mut ui, 'c');
    assert!(ui.why, "c opens the chain on Maßnahmen");
    ch(&mut app, &mut ui, 'c');
    assert!(!ui.why, "c closes it");
    // The Einlagen screen, the logbook, the Verlauf and Steuerung show no chains.
    for screen in ['2', '4', '5', '6'] {
        ch(&mut app, &mut ui, screen);
        ch(&mut app, &mut ui, 'c');
        assert!(!ui.why, "nothing opens on screen {screen}");
    }
    // Quitting from the open chain asks first, as everywhere.
    ch(&mut app, &mut ui, '1');
    ch(&mut app, &mut ui, 'c');
    ch(&mut app, &mut ui, 'q');
    assert!(app.confirming_quit());
    assert!(!ui.why);
}

#[test]
fn a_read_only_view_opens_the_chain_too() {
    let (mut app, mut ui) = start("why-view", Role::Staff);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Char('c')), REAL);
    assert!(ui.why);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Esc), REAL);
    assert!(!ui.why);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Char('2')), REAL);
    handle_view_key(&mut app, &mut ui, key(KeyCode::Char('c')), REAL);
    assert!(!ui.why, "not on the Einlagen screen");
}
