//! Exercise control a trainer can trust (issue 14): the marked inject is the one acted on,
//! refusals of what cannot apply, nothing of control's script on the staff's screens, German
//! logbook lines, the selection kept on acknowledging, names instead of ids, wide names, the
//! links panel on small screens, a read-only `--follow`, and a help that lists exactly the keys
//! that work.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::exercise::{ExerciseFile, Reaction};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::{AdHocInject, Control, Decision};
use krisenstab::sim::injects::InjectStatus;
use krisenstab::tui::input::{
    handle_film_key, handle_key, handle_view_key, inbox, script, settle_film,
};
use krisenstab::tui::render::draw;
use krisenstab::tui::text::{self, KeyMode};
use krisenstab::tui::ui::Ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const REAL: &str = "2026-11-24 09:00:00";

fn path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-ctl-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise.ron");
    let _ = std::fs::remove_file(&path);
    path
}

fn start(name: &str, role: Role) -> App {
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    App::start(s, text, 2021, path(name), role, Lang::DE).unwrap()
}

fn decide(app: &mut App, action: &str, target: Option<&str>, function: &str) {
    let outcome = app.update(
        Action::Decide(Decision {
            action: action.into(),
            target: target.map(Into::into),
            function: function.into(),
            reason: "Begründung".into(),
            order: Vec::new(),
        }),
        REAL,
    );
    assert_eq!(outcome, Outcome::Done, "{action}");
}

fn screen(app: &mut App, ui: &Ui, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app, ui, REAL)).unwrap();
    terminal.backend().to_string()
}

fn snap(name: &str, app: &mut App, ui: &Ui, w: u16, h: u16) {
    let text = screen(app, ui, w, h);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r" *…?[^\s│\x22]*exercise\.ron", " [path]");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn ch(app: &mut App, ui: &mut Ui, c: char) -> Option<Outcome> {
    handle_key(app, ui, key(KeyCode::Char(c)), REAL)
}

fn status_of(app: &mut App, id: &str) -> InjectStatus {
    let snap = app.snapshot();
    snap.injects.iter().find(|i| i.id == id).unwrap().status
}

/// Control after STARTEX and the first inject.
fn first_inject(name: &str) -> App {
    let mut app = start(name, Role::Control);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    app
}

// D1

#[test]
fn the_marked_row_on_steuerung_is_the_one_l_h_u_act_on() {
    let mut app = first_inject("d1");
    assert_eq!(
        app.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::Done
    );
    let ids: Vec<String> = {
        let snap = app.snapshot();
        script(&snap, app.scenario())
            .iter()
            .map(|i| i.id.clone())
            .collect()
    };
    for selected in [1, 3, 5] {
        let mut ui = Ui {
            selected,
            ..Ui::default()
        };
        let text = screen(&mut app, &ui, 120, 40);
        let marked: Vec<&str> = text.lines().filter(|l| l.contains('▸')).collect();
        assert_eq!(marked.len(), 1, "one marked row:\n{text}");
        let id = &ids[selected];
        let shown: String = id.chars().take(18).collect();
        assert!(marked[0].contains(&shown), "▸ on {id}:\n{text}");
        assert_eq!(status_of(&mut app, id), InjectStatus::Pending);
        let key = ['l', 'h', 'u'][selected / 2];
        assert_eq!(ch(&mut app, &mut ui, key), Some(Outcome::Done));
        // A release is delivered at the minute control gives it.
        let expected = [
            InjectStatus::Released,
            InjectStatus::Held,
            InjectStatus::Skipped,
        ];
        assert_eq!(
            status_of(&mut app, id),
            expected[selected / 2],
            "{key} on {id}"
        );
        // Every other inject is as it was.
        for other in ids.iter().filter(|o| *o != id).skip(6) {
            assert_eq!(status_of(&mut app, other), InjectStatus::Pending, "{other}");
        }
    }
    let ui = Ui {
        selected: 3,
        ..Ui::default()
    };
    snap("steuerung_marked_80x24", &mut app, &ui, 80, 24);
    snap("steuerung_marked_120x40", &mut app, &ui, 120, 40);
}

// D2

#[test]
fn release_hold_and_skip_of_what_cannot_apply_are_refused_and_not_logged() {
    let mut app = first_inject("d2");
    let delivered = app
        .snapshot()
        .injects
        .iter()
        .find(|i| i.status == InjectStatus::Released)
        .unwrap()
        .id
        .clone();
    let entries = app.file().logbook.len();
    let commands = app.file().commands.len();
    for control in [
        Control::Release(delivered.clone()),
        Control::Hold(delivered.clone()),
        Control::Skip(delivered.clone()),
    ] {
        let outcome = app.update(Action::Control(control), REAL);
        assert_eq!(
            outcome,
            Outcome::NotApplicable {
                inject: delivered.clone(),
                status: InjectStatus::Released
            }
        );
    }
    assert_eq!(app.file().logbook.len(), entries, "nothing logged");
    assert_eq!(app.file().commands.len(), commands, "nothing recorded");
    // Holding twice: the second is refused, and so is skipping twice.
    let pending = app
        .snapshot()
        .injects
        .iter()
        .find(|i| i.status == InjectStatus::Pending)
        .unwrap()
        .id
        .clone();
    let hold = Action::Control(Control::Hold(pending.clone()));
    assert_eq!(app.update(hold.clone(), REAL), Outcome::Done);
    assert!(matches!(
        app.update(hold, REAL),
        Outcome::NotApplicable {
            status: InjectStatus::Held,
            ..
        }
    ));
    // The keys say so in the status line, with the inject's title.
    assert_eq!(
        app.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::Done
    );
    let mut ui = Ui::default();
    let at = {
        let snap = app.snapshot();
        script(&snap, app.scenario())
            .iter()
            .position(|i| i.id == delivered)
            .unwrap()
    };
    ui.selected = at;
    let outcome = ch(&mut app, &mut ui, 'l');
    assert!(matches!(outcome, Some(Outcome::NotApplicable { .. })));
    let title = &app
        .scenario()
        .injects()
        .iter()
        .find(|i| i.id == delivered)
        .unwrap()
        .title;
    let message = ui.message.clone().unwrap();
    assert!(
        message.contains("ist schon beim Stab eingegangen") && message.contains(title.as_str()),
        "{message}"
    );
    assert_eq!(app.file().logbook.len(), entries + 1, "only the hold");
}

// D3

/// Every screen of `role` at both sizes, in the running exercise or as `--follow` shows it;
/// on the Einlagen and the Einsatztagebuch with every row selected (their detail panels).
fn every_staff_screen(path: &Path, role: Role, follow: bool) -> Vec<String> {
    let mut app = App::resume(path, role, Lang::DE).unwrap();
    let mut shown = Vec::new();
    for &s in Screen::for_role(role) {
        app.update(Action::Open(s), REAL);
        let rows = match s {
            Screen::Einlagen | Screen::Einsatztagebuch => {
                krisenstab::tui::input::rows(&mut app, &Ui::default())
            }
            _ => 1,
        };
        for selected in 0..rows.max(1) {
            let ui = Ui {
                selected,
                read_only: follow,
                ..Ui::default()
            };
            for (w, h) in [(80, 24), (120, 40)] {
                shown.push(screen(&mut app, &ui, w, h));
            }
        }
    }
    // The help of the role, too.
    app.update(Action::ToggleHelp, REAL);
    let ui = Ui {
        read_only: follow,
        ..Ui::default()
    };
    shown.push(screen(&mut app, &ui, 120, 40));
    shown
}

/// The script's expected reactions (what observers may read).
fn expected_reactions(control: &App) -> Vec<String> {
    control
        .scenario()
        .injects()
        .iter()
        .map(|i| i.expected_reaction.clone())
        .collect()
}

/// What only control may read now, built from the scenario and control's snapshot.
fn control_only(control: &mut App, extra: &[String]) -> Vec<String> {
    let snap = control.snapshot();
    let mut secret: Vec<String> = extra.to_vec();
    for inject in &snap.injects {
        if inject.status != InjectStatus::Released {
            secret.push(inject.id.clone());
            secret.push(inject.title.clone());
        }
    }
    for inject in control.scenario().injects() {
        for note in [&inject.expected_reaction, &inject.control_note] {
            if note.chars().count() > 12 {
                // A cut line still starts with the note's first words.
                secret.push(note.chars().take(30).collect());
            }
        }
    }
    for words in [
        "Einlage freigegeben",
        "Einlage zurückgehalten",
        "Einlage gestrichen",
        "Einlage der Übungssteuerung",
        "Ad-hoc",
        "adhoc-",
        "erledigt",
        "abweichend",
        "Reaktion",
    ] {
        secret.push(words.to_string());
    }
    secret
}

fn never_shown(control: &mut App, extra: &[String], moment: &str) {
    let secret = control_only(control, extra);
    let expected = expected_reactions(control);
    for role in [Role::Staff, Role::Observer] {
        for follow in [false, true] {
            for text in every_staff_screen(control.path(), role, follow) {
                // Observers rate against the expected reactions, as evaluators do.
                // ("Erwartete Reaktion" is their label; control's rating of the reaction is not.)
                let observer_may = |w: &str| {
                    role == Role::Observer
                        && (w == "Reaktion" || expected.iter().any(|e| e.starts_with(w)))
                };
                for word in secret.iter().filter(|w| !observer_may(w.as_str())) {
                    assert!(
                        !text.contains(word.as_str()),
                        "{moment}: {role:?} (follow {follow}) shows {word:?}:\n{text}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_staff_never_reads_controls_script() {
    let mut control = first_inject("d3");
    control.update(Action::Acknowledge("alarm-rechenzentrum".into()), REAL);
    never_shown(&mut control, &[], "after the first inject");
    // Control rates the staff's reaction.
    let delivered: Vec<String> = control
        .snapshot()
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Released)
        .map(|i| i.id.clone())
        .collect();
    for (id, reaction) in delivered.iter().zip([Reaction::Done, Reaction::Deviating]) {
        let react = Action::React {
            inject: id.clone(),
            reaction,
        };
        assert_eq!(control.update(react, REAL), Outcome::Done);
    }
    never_shown(&mut control, &[], "after rating");
    // Release, hold and skip three injects still to come.
    let pending: Vec<String> = control
        .snapshot()
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Pending)
        .map(|i| i.id.clone())
        .take(3)
        .collect();
    let [release, hold, skip] = [&pending[0], &pending[1], &pending[2]];
    for c in [
        Control::Release(release.clone()),
        Control::Hold(hold.clone()),
        Control::Skip(skip.clone()),
    ] {
        assert_eq!(control.update(Action::Control(c), REAL), Outcome::Done);
    }
    never_shown(
        &mut control,
        &[],
        "released, held and skipped, not yet delivered",
    );
    // Control writes an inject of its own.
    let title = "Anruf des Landrats persönlich";
    let content = "Der Landrat verlangt sofort einen Rückruf des Stabsleiters";
    let adhoc = Control::AdHoc(AdHocInject {
        id: "adhoc-1".into(),
        title: title.into(),
        sender: "Landrat".into(),
        receiver: "leitung".into(),
        channel: krisenstab::scenario::model::Channel::Phone,
        priority: krisenstab::scenario::model::Priority::High,
        content: content.into(),
    });
    // Nothing of it shows before control writes it; written, it is delivered at that minute.
    let before = [title.to_string(), content.to_string()];
    never_shown(&mut control, &before, "before the ad-hoc inject is written");
    assert_eq!(control.update(Action::Control(adhoc), REAL), Outcome::Done);
    // Delivered: the released one and the ad-hoc one reach the staff, nothing else does.
    assert_eq!(control.update(Action::Advance(1), REAL), Outcome::Done);
    assert_eq!(status_of(&mut control, release), InjectStatus::Released);
    never_shown(&mut control, &[], "delivered");
    let mut staff = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    staff.update(Action::Open(Screen::Einlagen), REAL);
    let text = screen(&mut staff, &Ui::default(), 120, 40);
    assert!(
        text.contains(title),
        "delivered, the staff reads it:\n{text}"
    );
    // Control still reads its own actions in the logbook.
    let logged: Vec<&str> = control
        .file()
        .logbook
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    for head in [
        "Einlage freigegeben: ",
        "Einlage zurückgehalten: ",
        "Einlage gestrichen: ",
        "Einlage der Übungssteuerung geschrieben: ",
    ] {
        assert!(
            logged.iter().any(|t| t.starts_with(head)),
            "{head} in {logged:?}"
        );
    }
}

// D4

#[test]
fn german_logbook_and_report_speak_german() {
    let mut control = first_inject("d4");
    let pending: Vec<String> = control
        .snapshot()
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Pending)
        .map(|i| i.id.clone())
        .take(3)
        .collect();
    for c in [
        Control::Hold(pending[0].clone()),
        Control::Release(pending[1].clone()),
        Control::Skip(pending[2].clone()),
        Control::AdHoc(AdHocInject {
            id: "adhoc-1".into(),
            title: "Rückfrage der Presse".into(),
            sender: "NDR".into(),
            receiver: "presse".into(),
            channel: krisenstab::scenario::model::Channel::Phone,
            priority: krisenstab::scenario::model::Priority::High,
            content: "Stimmt es, dass das Rechenzentrum verschlüsselt ist?".into(),
        }),
    ] {
        assert_eq!(control.update(Action::Control(c), REAL), Outcome::Done);
    }
    control.update(Action::Advance(2), REAL);
    let english = ["release", "hold", "skip", "ad hoc", "Ad-hoc", "control"];
    for e in &control.file().logbook {
        for word in english {
            assert!(!e.text.contains(word), "{word:?} in {:?}", e.text);
        }
    }
    // The report's annex (the Einsatztagebuch) in German.
    let path = control.path().to_path_buf();
    drop(control);
    let out_file = path.with_file_name("bericht.md");
    let out = crate::krisenstab(&[
        "--lang",
        "de",
        "report",
        path.to_str().unwrap(),
        "--logbook",
        "-o",
        out_file.to_str().unwrap(),
        "--force",
    ]);
    assert!(out.status.success(), "{out:?}");
    let md = std::fs::read_to_string(&out_file).unwrap();
    for word in [
        " release",
        " hold ",
        " skip",
        "ad hoc",
        "Ad-hoc",
        "| control",
    ] {
        assert!(!md.contains(word), "{word:?} in the report:\n{md}");
    }
    assert!(
        md.contains("Einlage zurückgehalten") && md.contains("Steuerung"),
        "{md}"
    );
}

// D12

#[test]
fn acknowledging_keeps_the_selection_on_the_same_inject() {
    let mut control = first_inject("d12");
    for _ in 0..3 {
        control.update(Action::NextInject, REAL);
    }
    let path = control.path().to_path_buf();
    drop(control);
    let mut staff = App::resume(&path, Role::Staff, Lang::DE).unwrap();
    let mut ui = Ui::default();
    ch(&mut staff, &mut ui, '2');
    let unread = {
        let snap = staff.snapshot();
        inbox(&snap, staff.file(), None).len()
    };
    assert!(unread >= 3, "{unread} injects in");
    // The second row, acknowledged, sorts below the unread ones; the selection goes with it.
    ui.selected = 1;
    let id = {
        let snap = staff.snapshot();
        inbox(&snap, staff.file(), None)[1].id.clone()
    };
    assert_eq!(ch(&mut staff, &mut ui, 'a'), Some(Outcome::Done));
    let snap = staff.snapshot();
    let now = inbox(&snap, staff.file(), None);
    assert_eq!(now[ui.selected].id, id, "the selection stayed on {id}");
    assert_ne!(ui.selected, 1, "the inject moved");
}

// D14 and D15

#[test]
fn names_instead_of_ids_and_names_not_cut_while_columns_stay_empty() {
    let mut control = first_inject("d14");
    decide(
        &mut control,
        "rz-isolieren",
        Some("ksm-rechenzentrum"),
        "it",
    );
    decide(
        &mut control,
        "landesnetz-trennen",
        Some("cn-lavine-anschluss"),
        "it",
    );
    control.update(Action::Advance(2), REAL);
    let decided = control
        .file()
        .logbook
        .iter()
        .find(|e| e.kind == krisenstab::exercise::EntryKind::Decision)
        .map(|e| e.text.clone())
        .unwrap_or_default();
    assert!(
        decided.contains(" → ") && !decided.contains("ksm-rechenzentrum"),
        "the target by its name: {decided:?}"
    );
    let mut staff = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    let ui = Ui::default();
    // The links panel stays at 80x24, with the cut link.
    let small = screen(&mut staff, &ui, 80, 24);
    assert!(small.contains("getrennt"), "{small}");
    snap("staff_lagebild_link_cut_80x24", &mut staff, &ui, 80, 24);
    snap("staff_lagebild_link_cut_120x40", &mut staff, &ui, 120, 40);
    let wide = screen(&mut staff, &ui, 120, 40);
    assert!(wide.contains("Kern- und Managementnetz KSM/SIS"), "{wide}");
    // Functions and filters by name.
    staff.update(Action::Open(Screen::Einsatztagebuch), REAL);
    let log = screen(&mut staff, &ui, 120, 40);
    assert!(!log.contains("→ ksm-rechenzentrum"), "{log}");
    snap(
        "staff_einsatztagebuch_names_120x40",
        &mut staff,
        &ui,
        120,
        40,
    );
    snap("staff_einsatztagebuch_names_80x24", &mut staff, &ui, 80, 24);
    staff.update(Action::Open(Screen::Einlagen), REAL);
    let mut ui = Ui::default();
    for _ in 0..2 {
        handle_key(&mut staff, &mut ui, key(KeyCode::Char('f')), REAL);
    }
    let filtered = screen(&mut staff, &ui, 120, 40);
    let second = staff.scenario().roles()[1].clone();
    assert!(
        filtered.contains(&format!("Filter: {}", second.name)),
        "{filtered}"
    );
    ui.filter = None;
    let inbox_text = screen(&mut staff, &ui, 120, 40);
    assert!(!inbox_text.contains(" it "), "{inbox_text}");
    snap("staff_einlagen_names_120x40", &mut staff, &ui, 120, 40);
    snap("staff_einlagen_names_80x24", &mut staff, &ui, 80, 24);
}

// D17

#[test]
fn follow_looks_read_only() {
    let control = first_inject("d17");
    let mut view = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    let mut ui = Ui {
        read_only: true,
        ..Ui::default()
    };
    for s in [
        Screen::Massnahmen,
        Screen::Einlagen,
        Screen::Einsatztagebuch,
    ] {
        view.update(Action::Open(s), REAL);
        let text = screen(&mut view, &ui, 120, 40);
        assert!(text.contains("NUR LESEN"), "{text}");
        for hint in [
            "Entscheidung treffen",
            "quittieren",
            "Berichtigung",
            "n Eintrag",
        ] {
            assert!(!text.contains(hint), "{hint}:\n{text}");
        }
    }
    view.update(Action::Open(Screen::Massnahmen), REAL);
    snap("follow_massnahmen_80x24", &mut view, &ui, 80, 24);
    snap("follow_massnahmen_120x40", &mut view, &ui, 120, 40);
    handle_view_key(&mut view, &mut ui, key(KeyCode::Char('q')), REAL);
    let text = screen(&mut view, &ui, 80, 24);
    assert!(
        text.contains("bleibt unverändert") && !text.contains("ist gespeichert"),
        "{text}"
    );
    snap("follow_quit_80x24", &mut view, &ui, 80, 24);
}

// D18

#[test]
fn cutting_the_wan_proposes_the_administrations_first() {
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = scenario::parse(text).unwrap();
    let action = s.actions().iter().find(|a| a.id == "wan-trennen").unwrap();
    let first = krisenstab::sim::target_id(&s, action.targets[0]);
    let last = krisenstab::sim::target_id(&s, *action.targets.last().unwrap());
    assert_eq!(first, "wan-schwerin");
    assert_eq!(last, "rz-kernnetz", "the data centre's core link last");
    // The decision dialog proposes the first target: through it with Enter only.
    let mut app = start("d18", Role::Staff);
    let mut ui = Ui::default();
    app.update(Action::Open(Screen::Massnahmen), REAL);
    ui.selected = app
        .scenario()
        .actions()
        .iter()
        .position(|a| a.id == "wan-trennen")
        .unwrap();
    ch(&mut app, &mut ui, 'd');
    for _ in 0..3 {
        handle_key(&mut app, &mut ui, key(KeyCode::Enter), REAL);
    }
    for c in "WAN trennen".chars() {
        ch(&mut app, &mut ui, c);
    }
    handle_key(&mut app, &mut ui, key(KeyCode::Enter), REAL);
    assert_eq!(
        handle_key(&mut app, &mut ui, key(KeyCode::Enter), REAL),
        Some(Outcome::Done)
    );
    let entry = app.file().logbook.last().unwrap().text.clone();
    assert!(
        entry.contains("→ WAN Kernnetz ↔ Verwaltungsnetz Schwerin"),
        "{entry}"
    );
}

// Help

/// The keys a help row names (`1–6`, `Tab / ⇧Tab`, `↑↓ Bild↑↓` …).
fn keys_of(label: &str) -> Vec<KeyEvent> {
    let shift = |code| KeyEvent::new(code, KeyModifiers::SHIFT);
    match label {
        "1–6" => ('1'..='6').map(|c| key(KeyCode::Char(c))).collect(),
        "1–5" => ('1'..='5').map(|c| key(KeyCode::Char(c))).collect(),
        "Tab / ⇧Tab" => vec![key(KeyCode::Tab), shift(KeyCode::BackTab)],
        "↑↓ Bild↑↓" | "↑↓ PgUp/Dn" => vec![
            key(KeyCode::Up),
            key(KeyCode::Down),
            key(KeyCode::PageUp),
            key(KeyCode::PageDown),
        ],
        "Pos1/Ende" | "Home/End" => vec![key(KeyCode::Home), key(KeyCode::End)],
        "Enter" => vec![key(KeyCode::Enter)],
        "Esc" => vec![key(KeyCode::Esc)],
        "? / F1" => vec![key(KeyCode::Char('?')), key(KeyCode::F(1))],
        "Leertaste" | "Space" => vec![key(KeyCode::Char(' '))],
        "+ / -" => vec![key(KeyCode::Char('+')), key(KeyCode::Char('-'))],
        "← / →" => vec![key(KeyCode::Left), key(KeyCode::Right)],
        "⇧← ⇧→ [ ]" => vec![
            shift(KeyCode::Left),
            shift(KeyCode::Right),
            key(KeyCode::Char('[')),
            key(KeyCode::Char(']')),
        ],
        ", / ." => vec![key(KeyCode::Char(',')), key(KeyCode::Char('.'))],
        "g / G" => vec![key(KeyCode::Char('g')), shift(KeyCode::Char('G'))],
        one if one.chars().count() == 1 => {
            vec![key(KeyCode::Char(one.chars().next().unwrap()))]
        }
        other => panic!("a help row the test does not know: {other:?}"),
    }
}

/// Every key a person might press without a modifier (and ⇧ where it is a key of its own).
fn candidates() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (' '..='~')
        .filter(|c| !c.is_ascii_uppercase())
        .map(|c| key(KeyCode::Char(c)))
        .collect();
    keys.push(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
    // The Lage page and the Lagevortrag's interval.
    keys.push(key(KeyCode::Char('L')));
    keys.push(key(KeyCode::Char('T')));
    for code in [
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::PageUp,
        KeyCode::PageDown,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::Backspace,
        KeyCode::F(1),
    ] {
        keys.push(key(code));
    }
    keys.push(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    keys.push(KeyEvent::new(KeyCode::Left, KeyModifiers::SHIFT));
    keys.push(KeyEvent::new(KeyCode::Right, KeyModifiers::SHIFT));
    keys
}

/// What a key may change: the interface's state and the exercise's.
fn state(app: &mut App, ui: &Ui) -> String {
    format!(
        "{:?} {:?} {} {} {} {:?}",
        ui,
        app.screen(),
        app.help_open(),
        app.confirming_quit(),
        app.snapshot().tick,
        app.file(),
    )
}

/// Whether `key` does something for `role` in `mode` on `screen`: a fresh exercise from the
/// base file, a message on the status line and the second row selected, then the key.
fn works(base: &Path, role: Role, mode: KeyMode, screen: Screen, key: KeyEvent) -> bool {
    let copy = path(&format!("help-{}", rand_name()));
    std::fs::copy(base, &copy).unwrap();
    let mut app = match mode {
        KeyMode::Film => {
            let file = ExerciseFile::read(&copy).unwrap();
            // A tick with two entries in the logbook (Enter reads the second), before the end.
            let at = file.logbook.get(1).map_or(3, |e| e.tick + 1);
            let mut app = App::film(file, &copy, role, Lang::DE).unwrap();
            app.update(Action::Seek(at), REAL);
            app
        }
        _ => App::resume(&copy, role, Lang::DE).unwrap(),
    };
    if app.update(Action::Open(screen), REAL) != Outcome::Done {
        return false;
    }
    let mut ui = Ui {
        selected: 1,
        message: Some("Probe".into()),
        read_only: mode == KeyMode::Follow,
        ..Ui::default()
    };
    let before = state(&mut app, &ui);
    let outcome = match mode {
        KeyMode::Play => handle_key(&mut app, &mut ui, key, REAL),
        KeyMode::Follow => handle_view_key(&mut app, &mut ui, key, REAL),
        KeyMode::Film => {
            let o = handle_film_key(&mut app, &mut ui, key, REAL);
            settle_film(&mut app, &mut ui, REAL);
            o
        }
    };
    let refused = matches!(outcome, Some(Outcome::NotAllowed))
        || ui.message.as_deref() == Some("Für diese Rolle nicht möglich");
    !refused && state(&mut app, &ui) != before
}

fn rand_name() -> String {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    N.fetch_add(1, Ordering::SeqCst).to_string()
}

#[test]
fn help_lists_exactly_the_keys_that_work_in_each_role_and_mode() {
    let mut control = first_inject("help");
    for _ in 0..3 {
        control.update(Action::NextInject, REAL);
    }
    decide(
        &mut control,
        "rz-isolieren",
        Some("ksm-rechenzentrum"),
        "it",
    );
    control.update(Action::Advance(2), REAL);
    let base = control.path().to_path_buf();
    drop(control);
    let same = |a: &KeyEvent, b: &KeyEvent| a.code == b.code && a.modifiers == b.modifiers;
    for (role, mode) in [
        (Role::Control, KeyMode::Play),
        (Role::Staff, KeyMode::Play),
        (Role::Observer, KeyMode::Play),
        (Role::Staff, KeyMode::Follow),
        (Role::Control, KeyMode::Follow),
        (Role::Control, KeyMode::Film),
        (Role::Staff, KeyMode::Film),
    ] {
        let listed: Vec<KeyEvent> = text::help(Lang::DE, role, mode)
            .iter()
            .flat_map(|(_, rows)| rows.iter().flat_map(|(k, _)| keys_of(k)))
            .collect();
        // English lists the same keys.
        let listed_en: Vec<KeyEvent> = text::help(Lang::EN, role, mode)
            .iter()
            .flat_map(|(_, rows)| rows.iter().flat_map(|(k, _)| keys_of(k)))
            .collect();
        assert_eq!(listed, listed_en, "{role:?} {mode:?}");
        let screens = Screen::for_role(role);
        let does = |k: KeyEvent| screens.iter().any(|&s| works(&base, role, mode, s, k));
        for k in &listed {
            assert!(
                does(*k),
                "{role:?} {mode:?}: the help names {k:?}, which does nothing"
            );
        }
        for k in candidates() {
            if listed.iter().any(|l| same(l, &k)) {
                continue;
            }
            assert!(
                !does(k),
                "{role:?} {mode:?}: {k:?} works but the help misses it"
            );
        }
    }
}
