//! What control needs at the table and a staff on its own (issue 15): a trigger on something
//! not happening, control's preview of any inject, ad-hoc injects with channel and priority,
//! the Lageeinweisung in full, typed logbook entries linked to an inject, the Lage page and
//! the Lagevortrag timer, automatic report lines once per change, and the guided overlay. Each
//! by actions and by keys, with snapshots at 80x24 and 120x40.

use std::path::PathBuf;
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::exercise::{EntryKind, NoteKind};
use krisenstab::i18n::Lang;
use krisenstab::scenario::{self, model::Channel, model::Priority};
use krisenstab::sim::command::{AdHocInject, Control, Decision};
use krisenstab::sim::injects::InjectStatus;
use krisenstab::tui::input::{handle_key, script};
use krisenstab::tui::render::draw;
use krisenstab::tui::ui::{Form, Ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const REAL: &str = "2026-12-06 09:00:00";

fn path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-table-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("exercise.ron")
}

fn start(name: &str, scenario_name: &str, role: Role) -> (App, Ui) {
    let text = scenario::builtin(scenario_name).unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let app = App::start(s, text, 7, path(name), role, Lang::DE).unwrap();
    (app, Ui::default())
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

fn press(app: &mut App, ui: &mut Ui, code: KeyCode) -> Option<Outcome> {
    handle_key(app, ui, KeyEvent::new(code, KeyModifiers::NONE), REAL)
}

fn ch(app: &mut App, ui: &mut Ui, c: char) -> Option<Outcome> {
    press(app, ui, KeyCode::Char(c))
}

fn type_text(app: &mut App, ui: &mut Ui, text: &str) {
    for c in text.chars() {
        ch(app, ui, c);
    }
}

/// The screen's text with the frame's lines joined, so a wrapped sentence can be searched.
fn flat(text: &str) -> String {
    text.lines()
        .map(|l| l.trim_matches('"').replace('│', " ").trim().to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn a_trigger_on_something_not_happening_fires_at_its_time() {
    // The tutorial's reminder comes at 2024-03-06 12:00 only if nobody reported to the
    // data-protection authority by then.
    let at = |report_first: bool| {
        let (mut app, _) = start(
            &format!("not-taken-{report_first}"),
            "tutorial",
            Role::Control,
        );
        app.update(Action::Startex, REAL);
        if report_first {
            let report = Action::Decide(Decision {
                action: "meldung-datenschutz".into(),
                target: None,
                function: "datenschutz".into(),
                reason: "Meldepflicht".into(),
                order: Vec::new(),
            });
            assert_eq!(app.update(report, REAL), Outcome::Done);
        }
        app.update(Action::Advance(6 * 24), REAL);
        app.snapshot()
            .injects
            .into_iter()
            .find(|i| i.id == "datenschutz-erinnerung")
            .unwrap()
    };
    let reminded = at(false);
    assert_eq!(reminded.status, InjectStatus::Released);
    assert_eq!(reminded.released_at.as_deref(), Some("2024-03-06 12:00"));
    assert_eq!(at(true).status, InjectStatus::Pending);
}

#[test]
fn control_previews_any_inject_of_the_script_in_full() {
    let (mut app, mut ui) = start("preview", "tutorial", Role::Control);
    ch(&mut app, &mut ui, '6');
    let order: Vec<String> = script(&app.snapshot(), app.scenario())
        .iter()
        .map(|i| i.id.clone())
        .collect();
    let row = order
        .iter()
        .position(|id| id == "fehlalarm-landesnetz")
        .unwrap();
    for _ in 0..row {
        press(&mut app, &mut ui, KeyCode::Down);
    }
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(ui.preview.as_deref(), Some("fehlalarm-landesnetz"));
    let text = flat(&screen(&mut app, &ui, 120, 40));
    for part in [
        "Einlage im Drehbuch",
        "Auch im Landesnetz gibt es auffälligen Verkehr. Sind Sie die Quelle?",
        "Fehlalarm: das Landesnetz ist sauber.",
        "Verbindung prüfen, nicht in Panik verfallen",
        "geplant",
    ] {
        assert!(text.contains(part), "{part:?} not in the preview:\n{text}");
    }
    snap("preview_120x40", &mut app, &ui, 120, 40);
    snap("preview_80x24", &mut app, &ui, 80, 24);
    press(&mut app, &mut ui, KeyCode::Esc);
    assert_eq!(ui.preview, None);
    // The staff has no Steuerung and no preview.
    let (mut staff, mut sui) = start("preview-staff", "tutorial", Role::Staff);
    press(&mut staff, &mut sui, KeyCode::Enter);
    assert_eq!(sui.preview, None);
}

#[test]
fn an_ad_hoc_inject_goes_out_by_the_chosen_channel_and_priority() {
    let (mut app, _) = start("adhoc", "tutorial", Role::Control);
    app.update(Action::Startex, REAL);
    let adhoc = AdHocInject {
        id: "adhoc-1".into(),
        title: "Fax der Staatsanwaltschaft".into(),
        sender: "Staatsanwaltschaft".into(),
        receiver: "leitung".into(),
        channel: Channel::Fax,
        priority: Priority::Low,
        content: "Bitte Beweise sichern.".into(),
    };
    assert_eq!(
        app.update(Action::Control(Control::AdHoc(adhoc)), REAL),
        Outcome::Done
    );
    let inj = app
        .snapshot()
        .injects
        .into_iter()
        .find(|i| i.id == "adhoc-1")
        .unwrap();
    assert_eq!((inj.channel, inj.priority), (Channel::Fax, Priority::Low));
    assert_eq!(inj.status, InjectStatus::Released);
}

#[test]
fn the_lageeinweisung_opens_in_full_after_a_phase_jump() {
    let (mut app, mut ui) = start("briefing", "tutorial", Role::Control);
    app.update(Action::Startex, REAL);
    let briefing = app.scenario().phases()[0].briefing.clone();
    ch(&mut app, &mut ui, 'v');
    assert_eq!(app.screen(), Screen::Einsatztagebuch);
    let newest = app.file().logbook.last().unwrap().clone();
    assert_eq!(ui.entry, Some(newest.number));
    assert!(newest.text.contains(briefing.trim()), "{}", newest.text);
    let text = flat(&screen(&mut app, &ui, 120, 40));
    // The last words of the briefing are on screen, not cut after three lines.
    let tail: String = briefing
        .trim()
        .chars()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    assert!(
        text.contains(tail.trim()),
        "{tail:?} not on screen:\n{text}"
    );
    snap("briefing_in_full_120x40", &mut app, &ui, 120, 40);
    snap("briefing_in_full_80x24", &mut app, &ui, 80, 24);
    press(&mut app, &mut ui, KeyCode::Esc);
    assert_eq!(ui.entry, None);
    // Any entry opens in full with Enter.
    press(&mut app, &mut ui, KeyCode::Enter);
    assert_eq!(ui.entry, Some(newest.number));
}

#[test]
fn a_typed_logbook_entry_links_to_its_inject() {
    let (mut app, mut ui) = start("typed", "tutorial", Role::Control);
    app.update(Action::Startex, REAL);
    app.update(Action::NextInject, REAL);
    // By keys: on Einlagen, the alarm selected; a task (↓ once from Hinweis) for the IT.
    ch(&mut app, &mut ui, '2');
    ch(&mut app, &mut ui, 'n');
    match &ui.form {
        Some(Form::Note { inject, .. }) => assert_eq!(inject.as_deref(), Some("alarm")),
        other => panic!("not the note dialog: {other:?}"),
    }
    press(&mut app, &mut ui, KeyCode::Down);
    type_text(&mut app, &mut ui, "Server vom Netz nehmen");
    snap("typed_note_80x24", &mut app, &ui, 80, 24);
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    let entry = app.file().logbook.last().unwrap().clone();
    assert_eq!(entry.kind, EntryKind::Note);
    assert_eq!(entry.note, Some(NoteKind::Task));
    assert_eq!(entry.inject.as_deref(), Some("alarm"));
    ch(&mut app, &mut ui, '4');
    let text = screen(&mut app, &ui, 120, 40);
    assert!(text.contains("Auftrag"), "{text}");
    assert!(
        flat(&text).contains("zu Einlage „Alarm: Dateien nicht mehr lesbar“"),
        "{text}"
    );
    // By action: a query on the inject; an inject the exercise does not know is refused.
    let note = |inject: &str| Action::Note {
        function: "leitung".into(),
        text: "Wer hat die Polizei informiert?".into(),
        kind: NoteKind::Query,
        inject: Some(inject.into()),
    };
    assert_eq!(app.update(note("alarm"), REAL), Outcome::Done);
    assert_eq!(
        app.file().logbook.last().unwrap().note,
        Some(NoteKind::Query)
    );
    assert_eq!(
        app.update(note("no-such-inject"), REAL),
        Outcome::NotAllowed
    );
}

#[test]
fn the_lagevortrag_timer_stops_time_and_the_lage_page_is_kept() {
    let (mut app, mut ui) = start("lagevortrag", "tutorial", Role::Control);
    app.update(Action::Startex, REAL);
    // By action: every 60 minutes of exercise time; running time stops when it is due.
    assert_eq!(
        app.update(Action::BriefingEvery(Some((60, false))), REAL),
        Outcome::Done
    );
    let from = app.clock().now;
    assert_eq!(app.update(Action::Pass(180), REAL), Outcome::BriefingDue);
    assert_eq!(app.clock().now - from, 60);
    // Written, it counts from then; the page and a Meldung of the Lage function are kept.
    let write = Action::WriteLage {
        situation: "Serverraum verschlüsselt, Rathaus offline".into(),
        assumptions: "Landesnetz nicht betroffen".into(),
        questions: "Sicherungen intakt?".into(),
    };
    assert_eq!(app.update(write, REAL), Outcome::Done);
    let page = app.file().lage.clone().unwrap();
    assert_eq!(page.questions, "Sicherungen intakt?");
    let entry = app.file().logbook.last().unwrap().clone();
    assert_eq!(
        (entry.function.as_str(), entry.note),
        ("lage", Some(NoteKind::Report))
    );
    assert_eq!(
        entry.text,
        "Lagevortrag – Lage: Serverraum verschlüsselt, Rathaus offline; Annahmen: Landesnetz \
         nicht betroffen; Offene Fragen: Sicherungen intakt?"
    );
    assert_eq!(app.update(Action::Pass(59), REAL), Outcome::Done);
    assert_eq!(app.update(Action::Pass(10), REAL), Outcome::BriefingDue);
    // In real time: due once 15 real minutes have passed, whatever the exercise time did.
    app.update(Action::BriefingEvery(Some((15, true))), REAL);
    assert_eq!(
        app.update(Action::Pass(5), "2026-12-06 09:10:00"),
        Outcome::Done
    );
    assert_eq!(
        app.update(Action::Pass(5), "2026-12-06 09:16:00"),
        Outcome::BriefingDue
    );
    // By keys: T steps the interval, L opens the page with what it says, Tab, Enter saves.
    app.update(Action::BriefingEvery(None), REAL);
    ch(&mut app, &mut ui, 'T');
    assert_eq!(
        app.file().briefing.as_ref().map(|b| (b.minutes, b.real)),
        Some((30, false))
    );
    ch(&mut app, &mut ui, 'L');
    match &ui.form {
        Some(Form::Lage { situation, .. }) => {
            assert_eq!(situation, "Serverraum verschlüsselt, Rathaus offline");
        }
        other => panic!("not the Lage page: {other:?}"),
    }
    snap("lage_page_80x24", &mut app, &ui, 80, 24);
    press(&mut app, &mut ui, KeyCode::Tab);
    press(&mut app, &mut ui, KeyCode::Tab);
    type_text(&mut app, &mut ui, " Presse?");
    assert_eq!(
        press(&mut app, &mut ui, KeyCode::Enter),
        Some(Outcome::Done)
    );
    assert_eq!(
        app.file().lage.as_ref().unwrap().questions,
        "Sicherungen intakt? Presse?"
    );
    // The staff following the file reads the page with L.
    let mut staff = App::resume(app.path(), Role::Staff, Lang::DE).unwrap();
    let mut sui = Ui {
        read_only: true,
        ..Ui::default()
    };
    krisenstab::tui::input::handle_view_key(
        &mut staff,
        &mut sui,
        KeyEvent::new(KeyCode::Char('L'), KeyModifiers::SHIFT),
        REAL,
    );
    assert!(sui.lage);
    let text = flat(&screen(&mut staff, &sui, 120, 40));
    assert!(text.contains("Sicherungen intakt? Presse?"), "{text}");
    snap("lage_page_read_120x40", &mut staff, &sui, 120, 40);
}

#[test]
fn automatic_report_lines_come_once_per_change() {
    let (mut app, _) = start("fold", "westmecklenburg", Role::Control);
    app.update(Action::Startex, REAL);
    app.update(Action::Advance(8 * 24), REAL);
    let reports: Vec<String> = app
        .file()
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Report && e.text.starts_with("Meldungen"))
        .map(|e| e.text.clone())
        .collect();
    assert!(!reports.is_empty());
    // Each network is named at most twice: when first reported compromised, when first
    // reported encrypted.
    for network in app.scenario().networks() {
        let lines = reports
            .iter()
            .filter(|r| r.contains(&format!("{}:", network.name)))
            .count();
        assert!(
            lines <= 2,
            "{} in {lines} lines: {reports:#?}",
            network.name
        );
    }
}

#[test]
fn the_guided_overlay_walks_every_screen_and_is_recorded_when_done() {
    let (mut app, _) = start("guide", "tutorial", Role::Control);
    let mut ui = Ui {
        guide: Some(0),
        ..Ui::default()
    };
    snap("guide_first_80x24", &mut app, &ui, 80, 24);
    let mut seen = vec![app.screen()];
    while ui.guide.is_some() {
        press(&mut app, &mut ui, KeyCode::Enter);
        seen.push(app.screen());
    }
    for s in Screen::ALL {
        assert!(
            seen.contains(&s),
            "the tutorial's guide misses {s:?}: {seen:?}"
        );
    }
    assert!(app.file().guide_dismissed);
    let again = App::resume(app.path(), Role::Control, Lang::DE).unwrap();
    assert!(again.file().guide_dismissed);
    // Westmecklenburg's guide is the short one: begin, injects, decisions, end.
    let (mut wm, _) = start("guide-short", "westmecklenburg", Role::Control);
    let mut ui = Ui {
        guide: Some(0),
        ..Ui::default()
    };
    let mut steps = 1;
    while ui.guide.is_some() {
        press(&mut wm, &mut ui, KeyCode::Enter);
        steps += 1;
    }
    assert_eq!(steps, 5);
    // Esc skips it, and that is recorded too; English has its own words.
    let (mut en, _) = start("guide-en", "tutorial", Role::Staff);
    let en_path = en.path().to_path_buf();
    drop(en);
    en = App::resume(&en_path, Role::Staff, Lang::EN).unwrap();
    let mut ui = Ui {
        guide: Some(0),
        ..Ui::default()
    };
    snap("guide_staff_en_120x40", &mut en, &ui, 120, 40);
    press(&mut en, &mut ui, KeyCode::Esc);
    assert_eq!(ui.guide, None);
    assert!(en.file().guide_dismissed);
}
