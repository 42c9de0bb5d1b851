//! The screens as text: every screen of control and staff at 80×24 and 120×40 (insta
//! snapshots), the dialogs and overlays, too-small terminals, both languages, and that the
//! staff's and observers' screens never show the truth.

use std::path::PathBuf;
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::exercise::Reaction;
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;
use krisenstab::tui::render::draw;
use krisenstab::tui::ui::{DecideStep, Form, Ui};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The wall clock as the terminal passes it.
const REAL: &str = "2026-11-24 09:00:00";

fn path(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("krisenstab-screens-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise.ron");
    let _ = std::fs::remove_file(&path);
    path
}

fn start(name: &str, role: Role, lang: Lang) -> App {
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    App::start(s, text, 2021, path(name), role, lang).unwrap()
}

fn decide(app: &mut App, action: &str, target: Option<&str>, function: &str, reason: &str) {
    let outcome = app.update(
        Action::Decide(Decision {
            action: action.into(),
            target: target.map(Into::into),
            function: function.into(),
            reason: reason.into(),
            order: Vec::new(),
        }),
        REAL,
    );
    assert_eq!(outcome, Outcome::Done, "{action}");
}

/// Control on the morning of day 0: STARTEX, the alarm and the first injects in, the data
/// centre isolated, forensics running, one inject read and answered, a note and its correction.
fn morning(name: &str) -> App {
    let mut app = start(name, Role::Control, Lang::DE);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    decide(
        &mut app,
        "rz-isolieren",
        Some("ksm-rechenzentrum"),
        "it",
        "Ausbreitung stoppen",
    );
    for _ in 0..3 {
        assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    }
    decide(
        &mut app,
        "forensik-versicherer",
        None,
        "leitung",
        "Forensik über den Cyberversicherer, Angebot liegt vor",
    );
    decide(
        &mut app,
        "papierbetrieb",
        Some("meldewesen"),
        "buergerservice",
        "Bürgerbüro arbeitet auf Papier weiter",
    );
    app.update(Action::Acknowledge("alarm-rechenzentrum".into()), REAL);
    app.update(
        Action::React {
            inject: "alarm-rechenzentrum".into(),
            reaction: Reaction::Done,
        },
        REAL,
    );
    app.update(Action::Acknowledge("dvz-schnittstelle".into()), REAL);
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Lagebesprechung 09:00 im Stadthaus".into(),
        },
        REAL,
    );
    let note = app.file().logbook.last().unwrap().number;
    app.update(
        Action::Correct {
            entry: note,
            function: "lage".into(),
            text: "Lagebesprechung 09:30, nicht 09:00".into(),
        },
        REAL,
    );
    assert_eq!(app.update(Action::Advance(1), REAL), Outcome::Done);
    app
}

/// The screen as text, drawn at `w`×`h`.
fn screen(app: &mut App, ui: &Ui, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| draw(f, app, ui, REAL)).unwrap();
    terminal.backend().to_string()
}

/// Asserts a snapshot with the temporary path (which differs from run to run) redacted.
fn snap(name: &str, app: &mut App, ui: &Ui, w: u16, h: u16) {
    let text = screen(app, ui, w, h);
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r" *…?[^\s│\x22]*exercise\.ron", " [path]");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| insta::assert_snapshot!(name, text));
}

fn open(app: &mut App, screen: Screen) {
    assert_eq!(app.update(Action::Open(screen), REAL), Outcome::Done);
}

fn slug(screen: Screen) -> &'static str {
    match screen {
        Screen::Lagebild => "lagebild",
        Screen::Einlagen => "einlagen",
        Screen::Massnahmen => "massnahmen",
        Screen::Einsatztagebuch => "einsatztagebuch",
        Screen::Verlauf => "verlauf",
        Screen::Steuerung => "steuerung",
    }
}

#[test]
fn every_screen_of_control_and_staff_at_both_sizes() {
    let mut control = morning("every-screen");
    let mut staff = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    let ui = Ui::default();
    for (role, app) in [("control", &mut control), ("staff", &mut staff)] {
        for &screen in Screen::for_role(app.role()) {
            open(app, screen);
            for (w, h) in [(80, 24), (120, 40)] {
                snap(&format!("{role}_{}_{w}x{h}", slug(screen)), app, &ui, w, h);
            }
        }
    }
    // Staff cannot open Steuerung.
    assert_eq!(
        staff.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::NotAllowed
    );
}

#[test]
fn selections_filters_and_dialogs() {
    let mut app = morning("dialogs");
    let mut ui = Ui {
        selected: 2,
        ..Ui::default()
    };
    open(&mut app, Screen::Einlagen);
    ui.filter = Some("it".into());
    ui.selected = 0;
    snap("control_einlagen_filter_it_80x24", &mut app, &ui, 80, 24);
    ui.filter = None;

    open(&mut app, Screen::Massnahmen);
    for (step, name) in [
        (DecideStep::Action, "action"),
        (DecideStep::Target, "target"),
        (DecideStep::Function, "function"),
        (DecideStep::Reason, "reason"),
        (DecideStep::Confirm, "confirm"),
    ] {
        ui.form = Some(Form::Decide {
            step,
            action: 0,
            target: 2,
            function: 3,
            reason: "Ausbreitung auf das Verwaltungsnetz verhindern".into(),
            order: Vec::new(),
        });
        snap(&format!("decide_{name}_80x24"), &mut app, &ui, 80, 24);
    }
    // The recovery order: three services chosen, the cursor on the third row (not chosen).
    let ordering = app
        .scenario()
        .actions()
        .iter()
        .position(|a| a.id == "wiederanlauf-reihenfolge")
        .unwrap();
    for (step, name) in [
        (DecideStep::Order, "order"),
        (DecideStep::Confirm, "order_confirm"),
    ] {
        ui.form = Some(Form::Decide {
            step,
            action: ordering,
            target: 2,
            function: 0,
            reason: "Bürger zuerst erreichbar, dann die Zahlungen".into(),
            order: vec![0, 3, 1],
        });
        snap(&format!("decide_{name}_80x24"), &mut app, &ui, 80, 24);
    }

    open(&mut app, Screen::Einsatztagebuch);
    ui.selected = 0;
    ui.form = Some(Form::Note {
        function: 1,
        text: "Bürgertelefon ab 10:00".into(),
        corrects: None,
        kind: 0,
        inject: None,
    });
    snap("note_80x24", &mut app, &ui, 80, 24);
    ui.form = Some(Form::Note {
        function: 1,
        text: "Bürgertelefon ab 11:00".into(),
        corrects: Some(3),
        kind: 0,
        inject: None,
    });
    snap("correction_80x24", &mut app, &ui, 80, 24);

    open(&mut app, Screen::Steuerung);
    ui.form = Some(Form::AdHoc {
        field: 5,
        title: "Anruf Landrat".into(),
        sender: "Büro des Landrats".into(),
        receiver: 0,
        channel: 4,
        priority: 3,
        content: "Der Landrat bittet um einen Lagevortrag um 12:00.".into(),
    });
    snap("adhoc_80x24", &mut app, &ui, 80, 24);
    // Pausing asks why: the common reasons, the second chosen; then a typed one.
    ui.form = Some(Form::Pause {
        choice: 1,
        text: String::new(),
    });
    snap("pause_80x24", &mut app, &ui, 80, 24);
    ui.form = Some(Form::Pause {
        choice: 1,
        text: "Stromausfall im Übungsraum".into(),
    });
    snap("pause_typed_120x40", &mut app, &ui, 120, 40);
    ui.form = None;

    app.update(Action::ToggleHelp, REAL);
    snap("help_80x24", &mut app, &ui, 80, 24);
    snap("help_120x40", &mut app, &ui, 120, 40);
    app.update(Action::ToggleHelp, REAL);
    app.update(Action::Quit, REAL);
    snap("quit_80x24", &mut app, &ui, 80, 24);
}

#[test]
fn the_observer_sees_objectives_and_rates() {
    let control = morning("observer");
    let mut observer = App::resume(control.path(), Role::Observer, Lang::DE).unwrap();
    let mut ui = Ui::default();
    open(&mut observer, Screen::Verlauf);
    snap("observer_verlauf_80x24", &mut observer, &ui, 80, 24);
    snap("observer_verlauf_120x40", &mut observer, &ui, 120, 40);
    ui.form = Some(Form::Rate {
        objective: 0,
        verdict: 1,
        comment: "Isolation nach 30 Minuten".into(),
    });
    snap("observer_rate_80x24", &mut observer, &ui, 80, 24);
    ui.form = Some(Form::Observe {
        text: "Leitung fragt früh nach dem Landesnetz".into(),
    });
    open(&mut observer, Screen::Einsatztagebuch);
    snap("observer_observe_80x24", &mut observer, &ui, 80, 24);
}

#[test]
fn below_80x24_only_the_mark_and_a_note() {
    let mut app = morning("small");
    let ui = Ui::default();
    for (w, h) in [(60, 20), (79, 24), (80, 23), (20, 3), (1, 1)] {
        let text = screen(&mut app, &ui, w, h);
        if w >= 30 && h >= 2 {
            assert!(text.contains("ÜBUNG"), "{w}x{h}:\n{text}");
            assert!(
                text.contains("Fenster zu klein (mind. 80×24)"),
                "{w}x{h}:\n{text}"
            );
        }
        assert!(!text.contains("Lagebild"), "{w}x{h}: nothing else");
    }
    let mut en = start("small-en", Role::Staff, Lang::EN);
    let text = screen(&mut en, &ui, 79, 30);
    assert!(text.contains("ÜBUNG – EXERCISE"));
    assert!(text.contains("Terminal too small (min 80×24)"));
}

#[test]
fn the_recovery_order_and_the_teams_on_massnahmen() {
    let mut app = morning("order-detail");
    open(&mut app, Screen::Massnahmen);
    let ordering = app
        .scenario()
        .actions()
        .iter()
        .position(|a| a.id == "wiederanlauf-reihenfolge")
        .unwrap();
    let ui = Ui {
        selected: ordering,
        ..Ui::default()
    };
    for (w, h) in [(80, 24), (120, 40)] {
        let text = screen(&mut app, &ui, w, h);
        assert!(
            text.contains("Wiederanlaufreihenfolge: Standardreihenfolge des Szenarios"),
            "{text}"
        );
        assert!(text.contains("Teams Rechenzentrum"), "{text}");
        assert!(text.contains("nicht vor Ort"), "{text}");
    }
    let mut english = App::resume(app.path(), Role::Staff, Lang::EN).unwrap();
    open(&mut english, Screen::Massnahmen);
    let text = screen(&mut english, &ui, 120, 40);
    assert!(
        text.contains("Recovery order: the scenario's default order"),
        "{text}"
    );
    assert!(text.contains("not on site"), "{text}");
    // Decided and in force, the order is shown by name, first first.
    let outcome = app.update(
        Action::Decide(Decision {
            action: "wiederanlauf-reihenfolge".into(),
            target: None,
            function: "leitung".into(),
            reason: "Erreichbarkeit zuerst".into(),
            order: vec!["sozialleistungen".into(), "meldewesen".into()],
        }),
        REAL,
    );
    assert_eq!(outcome, Outcome::Done);
    assert_eq!(app.update(Action::Advance(8), REAL), Outcome::Done);
    let text = screen(&mut app, &ui, 120, 40);
    assert!(
        text.contains(
            "Wiederanlaufreihenfolge: 1.\u{a0}Kommunale Sozialleistungen (Zahlläufe) · \
             2.\u{a0}Meldewesen"
        ),
        "{text}"
    );
}

#[test]
fn headers_in_german_and_english() {
    let ui = Ui::default();
    let mut de = start("header-de", Role::Control, Lang::DE);
    let text = screen(&mut de, &ui, 80, 24);
    let first = text.lines().next().unwrap();
    assert!(
        first.contains("ÜBUNG") && !first.contains("EXERCISE"),
        "{first}"
    );
    assert!(
        first.contains("Steuerung") && first.contains("08.10.2021 00:00"),
        "{first}"
    );
    assert!(
        first.contains("Tag -7") && first.contains("09:00:00"),
        "{first}"
    );
    assert!(
        text.contains("? Hilfe") && text.contains("vorbereitet"),
        "{text}"
    );

    let mut en = start("header-en", Role::Staff, Lang::EN);
    for (w, h) in [(80, 24), (120, 40)] {
        let text = screen(&mut en, &ui, w, h);
        let first = text.lines().next().unwrap();
        assert!(first.contains("ÜBUNG – EXERCISE"), "{first}");
        assert!(
            first.contains("Staff") && first.contains("Day -7"),
            "{first}"
        );
        assert!(
            text.contains("? Help") && text.contains("prepared"),
            "{text}"
        );
        // Screen names stay German.
        assert!(
            text.contains("Lagebild") && text.contains("Einsatztagebuch"),
            "{text}"
        );
    }
    snap("english_staff_lagebild_120x40", &mut en, &ui, 120, 40);
    // Before anything happened: nothing reported, every service up.
    let mut quiet = start("header-quiet", Role::Staff, Lang::DE);
    snap("staff_lagebild_start_80x24", &mut quiet, &ui, 80, 24);
}

/// Strings only control may see at this moment.
fn truth_only(control: &mut App) -> Vec<String> {
    let snap = control.snapshot();
    let mut secret = vec![
        "Fehlalarm".to_string(),
        "FEHLALARM".to_string(),
        "Wahrheit".to_string(),
        "W:".to_string(),
        "Täterphase".to_string(),
        "Drehbuch".to_string(),
    ];
    let stage = snap.attacker_stage.clone().expect("the attacker is in");
    secret.push(stage.clone());
    secret.push(krisenstab::tui::text::stage(&stage, Lang::DE));
    for inject in &snap.injects {
        let released = inject.status == krisenstab::sim::injects::InjectStatus::Released;
        if !released {
            secret.push(inject.id.clone());
            secret.push(inject.title.clone());
        }
        for note in [&inject.expected_reaction, &inject.control_note] {
            if let Some(note) = note.as_deref().filter(|n| n.len() > 12) {
                // A cut-off line still starts with the note's first words (enough of them not
                // to be an action's name, which notes often begin with).
                secret.push(note.chars().take(40).collect());
            }
        }
    }
    secret
}

/// Every staff screen at 120×40 as text; then the Lagebild and Maßnahmen with the chain of
/// every row open.
fn staff_screens(path: &std::path::Path, role: Role) -> Vec<(Screen, String)> {
    let mut staff = App::resume(path, role, Lang::DE).unwrap();
    let ui = Ui::default();
    let mut screens: Vec<(Screen, String)> = Screen::for_role(role)
        .iter()
        .map(|&s| {
            open(&mut staff, s);
            (s, screen(&mut staff, &ui, 120, 40))
        })
        .collect();
    let services = staff.snapshot().services.len();
    let actions = staff.scenario().actions().len();
    for (s, n) in [(Screen::Lagebild, services), (Screen::Massnahmen, actions)] {
        open(&mut staff, s);
        for selected in 0..n {
            let ui = Ui {
                selected,
                why: true,
                ..Ui::default()
            };
            let text = screen(&mut staff, &ui, 120, 40);
            assert!(text.contains("Warum?"), "{text}");
            screens.push((s, text));
        }
    }
    screens
}

/// The inside of a framed overlay as one text: the rows between its borders, joined with a
/// space, so that a link wrapped onto two rows reads as one.
fn overlay_text(text: &str) -> String {
    text.lines()
        .filter_map(|l| {
            let a = l.find('│')?;
            let b = l.rfind('│').filter(|b| *b > a)?;
            Some(l[a + '│'.len_utf8()..b].trim())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The links of control's chains (in words) that no chain of the staff has: what only the
/// truth knows (hosts the staff was not told about, systems it believes working).
fn truth_only_links(control: &mut App) -> Vec<String> {
    let words = |app: &mut App| -> Vec<String> {
        let chains = app.reasons().to_vec();
        chains
            .iter()
            .flat_map(|c| &c.links)
            .map(|l| krisenstab::tui::text::reason_link(app.scenario(), l, Lang::DE))
            .collect()
    };
    let mut staff = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    let seen = words(&mut staff);
    let mut secret: Vec<String> = words(control)
        .into_iter()
        .filter(|w| !seen.iter().any(|s| s.contains(w.as_str())))
        .collect();
    secret.sort();
    secret.dedup();
    secret
}

#[test]
fn staff_and_observer_screens_never_show_the_truth() {
    // Before the alarm the attacker holds 126 hosts and the staff knows of one; on day 3 a
    // false alarm about the state network is in (and the script has injects still to come).
    let mut control = start("leak", Role::Control, Lang::DE);
    control.update(Action::Startex, REAL);
    for (ticks, ahead) in [(170, true), (81, false)] {
        assert_eq!(control.update(Action::Advance(ticks), REAL), Outcome::Done);
        let snap = control.snapshot();
        let truth: u32 = snap
            .networks
            .iter()
            .map(|n| n.truth.unwrap())
            .map(|t| t.compromised + t.encrypted)
            .sum();
        let known: u32 = snap
            .networks
            .iter()
            .map(|n| n.known.compromised + n.known.encrypted)
            .sum();
        let mut secret = truth_only(&mut control);
        secret.extend(truth_only_links(&mut control));
        if ahead {
            assert!(truth > known, "the truth runs ahead: {truth} > {known}");
            // The true count of hosts the attacker holds, as Steuerung prints it.
            secret.push(krisenstab::i18n::number(u64::from(truth), Lang::DE));
        }
        let control_text: String = {
            let ui = Ui::default();
            open(&mut control, Screen::Steuerung);
            let text = screen(&mut control, &ui, 120, 40);
            open(&mut control, Screen::Lagebild);
            text
        };
        assert!(
            control_text.contains("Täterphase"),
            "control sees the truth"
        );
        never_shown(&control, &secret);
    }
    // Day 3 has the false alarm: control sees it, the staff only the suspicion.
    let snap = control.snapshot();
    let lavine = snap.networks.iter().find(|n| n.id == "cn-lavine").unwrap();
    assert!(lavine.suspected && lavine.false_alarm == Some(true));
    let staff = staff_screens(control.path(), Role::Staff);
    assert!(staff[0].1.contains("Verdacht"), "{}", staff[0].1);
    open(&mut control, Screen::Lagebild);
    let text = screen(&mut control, &Ui::default(), 120, 40);
    assert!(text.contains("Fehlalarm"), "{text}");

    // In the historical course on day 1 control's chains count hosts the staff was not told
    // about; the staff's chains, open on every row, never show them.
    let mut control = day_1_afternoon("leak-why");
    let links = truth_only_links(&mut control);
    assert!(
        links.iter().any(|l| l.contains("befallen")),
        "control's chains know more: {links:?}"
    );
    // Control's own open chains show them (so the check below would see a leak).
    let shown = staff_screens(control.path(), Role::Control);
    assert!(
        links.iter().any(|l| shown
            .iter()
            .any(|(_, text)| overlay_text(text).contains(l.as_str()))),
        "control sees {links:?}"
    );
    let mut secret = truth_only(&mut control);
    secret.extend(links);
    never_shown(&control, &secret);
}

/// No screen of the staff or the observers, chains open or not, shows any of `secret`.
fn never_shown(control: &App, secret: &[String]) {
    let expected: Vec<&str> = control
        .scenario()
        .injects()
        .iter()
        .map(|i| i.expected_reaction.as_str())
        .collect();
    for role in [Role::Staff, Role::Observer] {
        for (s, text) in staff_screens(control.path(), role) {
            // The file's folder carries the process id, whose digits are no leak.
            let folder = control.path().parent().unwrap().to_str().unwrap();
            let text = text.replace(folder, "[folder]");
            let inside = overlay_text(&text);
            // Observers rate against the expected reactions, as evaluators do.
            for word in secret.iter().filter(|w| {
                role != Role::Observer || !expected.iter().any(|e| e.starts_with(w.as_str()))
            }) {
                assert!(
                    !text.contains(word.as_str()) && !inside.contains(word.as_str()),
                    "{role:?} {s:?} shows {word:?}:\n{text}"
                );
            }
        }
    }
}

#[test]
fn no_size_screen_or_dialog_panics() {
    let control = morning("sizes");
    let forms = [
        None,
        Some(Form::Decide {
            step: DecideStep::Target,
            action: 99,
            target: 99,
            function: 99,
            reason: "x".repeat(500),
            order: Vec::new(),
        }),
        Some(Form::Decide {
            step: DecideStep::Confirm,
            action: 28,
            target: 0,
            function: 0,
            reason: String::new(),
            order: Vec::new(),
        }),
        // Every service and system in the order, and indices from nowhere.
        Some(Form::Decide {
            step: DecideStep::Order,
            action: 99,
            target: 999,
            function: 0,
            reason: String::new(),
            order: (0..200).chain([9999]).collect(),
        }),
        Some(Form::Note {
            function: 99,
            text: "Notiz ".repeat(100),
            corrects: Some(999),
            kind: 0,
            inject: None,
        }),
        Some(Form::AdHoc {
            field: 1,
            title: "T".repeat(200),
            sender: "S".repeat(200),
            receiver: 99,
            channel: 99,
            priority: 99,
            content: "Inhalt ".repeat(200),
        }),
        Some(Form::Rate {
            objective: 99,
            verdict: 99,
            comment: String::new(),
        }),
        Some(Form::Observe {
            text: "Beobachtung".into(),
        }),
    ];
    let sizes = [
        (80, 24),
        (81, 25),
        (99, 30),
        (100, 31),
        (110, 33),
        (200, 60),
        (300, 24),
        (80, 90),
    ];
    for role in [Role::Control, Role::Staff, Role::Observer] {
        let mut app = App::resume(control.path(), role, Lang::EN).unwrap();
        for &s in &Screen::ALL {
            app.update(Action::Open(s), REAL);
            for form in &forms {
                let ui = Ui {
                    selected: 1000,
                    scroll: 500,
                    filter: Some("nobody".into()),
                    form: form.clone(),
                    message: Some("ä".repeat(300)),
                    speed: 1440,
                    seek: None,
                    // The chain of reasons over everything.
                    why: true,
                    read_only: false,
                    // An entry and an inject in full that do not exist.
                    entry: Some(9999),
                    preview: Some("nothing".into()),
                    lage: true,
                    guide: Some(99),
                };
                for (w, h) in sizes {
                    let text = screen(&mut app, &ui, w, h);
                    assert!(text.contains("ÜBUNG – EXERCISE"), "{role:?} {s:?} {w}x{h}");
                }
            }
        }
        // The help and the quit question over everything.
        app.update(Action::ToggleHelp, REAL);
        app.update(Action::Quit, REAL);
        for (w, h) in sizes {
            let text = screen(&mut app, &Ui::default(), w, h);
            assert!(
                text.contains("Help") && text.contains("Quit"),
                "{w}x{h}:\n{text}"
            );
        }
    }
}

/// Control on Westmecklenburg at `until` (a tick) of the historical course: STARTEX, then the
/// Realverlauf's decisions each at its tick, as the exercise would have taken them.
fn historical(name: &str, until: u64) -> App {
    let mut app = start(name, Role::Control, Lang::DE);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    let log = krisenstab::run::historical(app.scenario());
    let mut now = 0;
    for logged in log.commands.into_iter().take_while(|l| l.tick <= until) {
        if logged.tick > now {
            let n = u32::try_from(logged.tick - now).unwrap();
            assert_eq!(app.update(Action::Advance(n), REAL), Outcome::Done);
            now = logged.tick;
        }
        let krisenstab::sim::command::Command::Decide(d) = logged.command else {
            continue;
        };
        assert_eq!(app.update(Action::Decide(d), REAL), Outcome::Done);
    }
    let n = u32::try_from(until - now).unwrap();
    if n > 0 {
        assert_eq!(app.update(Action::Advance(n), REAL), Outcome::Done);
    }
    app
}

/// Day 1 of the historical course, 16:00 (tick 0 is 8 October, 00:00; one tick an hour): the
/// accounts are being reset. Then the staff decides to reconnect the data centre, which waits
/// for that reset (two days earlier than in 2021).
fn day_1_afternoon(name: &str) -> App {
    let mut app = historical(name, 8 * 24 + 16);
    decide(
        &mut app,
        "rz-wieder-verbinden",
        Some("ksm-rechenzentrum"),
        "it",
        "Fachverfahren brauchen das Rechenzentrum",
    );
    assert_eq!(app.update(Action::Advance(1), REAL), Outcome::Done);
    // The last hour too is in the file the staff opens.
    assert_eq!(app.flush(REAL, true), Outcome::Done);
    app
}

/// The row of the services board (worst first) that shows `id`.
fn board_row(app: &mut App, id: &str) -> usize {
    let snap = app.snapshot();
    krisenstab::tui::input::board(&snap)
        .iter()
        .position(|s| s.id == id)
        .unwrap()
}

/// The position of an action in the scenario (the Maßnahmen row).
fn action_row(app: &App, id: &str) -> usize {
    app.scenario()
        .actions()
        .iter()
        .position(|a| a.id == id)
        .unwrap()
}

#[test]
fn why_on_the_lagebild_and_massnahmen_as_control_and_staff() {
    let mut control = day_1_afternoon("why");
    let mut staff = App::resume(control.path(), Role::Staff, Lang::DE).unwrap();
    let waiting = action_row(&control, "rz-wieder-verbinden");
    for (role, app) in [("control", &mut control), ("staff", &mut staff)] {
        // The line under the board says why the selected service is down and when it is
        // expected back, or that a decision nobody has taken holds it.
        open(app, Screen::Lagebild);
        let mut ui = Ui {
            selected: board_row(app, "meldewesen"),
            ..Ui::default()
        };
        let text = screen(app, &ui, 120, 40);
        let line = text.lines().nth(38).unwrap();
        assert!(line.contains("Warum (c): "), "{line}");
        assert!(line.contains("wartet auf eine Entscheidung"), "{line}");
        ui.selected = board_row(app, "e-mail");
        let text = screen(app, &ui, 120, 40);
        let line = text.lines().nth(38).unwrap();
        // Control projects from the truth; the staff from its picture (shut-down servers
        // clean underneath, so quicker to bring back than the encrypted ones they are).
        let expected = if role == "control" {
            "voraussichtlich wieder ab Tag 10"
        } else {
            "voraussichtlich wieder ab Tag 4"
        };
        assert!(line.contains(expected), "{line}");
        ui.why = true;
        for (w, h) in [(80, 24), (120, 40)] {
            snap(&format!("{role}_lagebild_why_{w}x{h}"), app, &ui, w, h);
        }
        // The decision that waits for a clean state register, and why.
        open(app, Screen::Massnahmen);
        ui.selected = waiting;
        ui.why = false;
        let text = screen(app, &ui, 120, 40);
        assert!(text.contains("Warum (c): "), "{text}");
        ui.why = true;
        for (w, h) in [(80, 24), (120, 40)] {
            snap(&format!("{role}_massnahmen_why_{w}x{h}"), app, &ui, w, h);
        }
        let text = screen(app, &ui, 120, 40);
        assert!(text.contains("Esc oder c schließt"), "{text}");
    }
    // In English, and no German word in it.
    let mut english = App::resume(control.path(), Role::Staff, Lang::EN).unwrap();
    let ui = Ui {
        why: true,
        ..Ui::default()
    };
    let text = screen(&mut english, &ui, 120, 40);
    assert!(
        text.contains("Why (c): ") && text.contains("Why?"),
        "{text}"
    );
    assert!(text.contains("Esc or c closes"), "{text}");
    for german in ["Warum", "voraussichtlich", "wartet auf eine", "schließt"] {
        assert!(!text.contains(german), "{german}: {text}");
    }
}

#[test]
fn the_einlagen_screen_shows_no_chain() {
    let mut app = day_1_afternoon("why-einlagen");
    open(&mut app, Screen::Einlagen);
    let ui = Ui {
        why: true,
        ..Ui::default()
    };
    let text = screen(&mut app, &ui, 120, 40);
    assert!(!text.contains("Warum"), "{text}");
    assert!(!text.contains(" ← "), "{text}");
}
