//! Injects that follow the world (issue 15, item 1) and the stops of running time (issue 14):
//! an inject is withheld ("entfallen (Bedingung)") when a decision named in its `unless` is in
//! the logbook by its time or a state named in its `only_if` does not hold; one whose channel's
//! service is down arrives by the channel's fallback; one addressed to exercise control reaches
//! control alone; running time stops at flash injects and at injects to control unless the
//! scenario's `control` settings say otherwise.

use std::path::PathBuf;
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role};
use krisenstab::exercise::EntryKind;
use krisenstab::i18n::Lang;
use krisenstab::scenario::{self, model::Channel};
use krisenstab::sim::command::{Control, Decision};
use krisenstab::sim::injects::{InjectStatus, Withheld};
use krisenstab::sim::snapshot::{InjectView, View};
use krisenstab::tui::input::logbook;

const REAL: &str = "2026-12-06 09:00:00";

/// A town whose e-mail runs on one server; shutting its network down takes e-mail with it.
/// Injects: a mail at 10:00 (routed to a courier while e-mail is down), a question at 12:00
/// that is pointless once the network was shut down, one that only makes sense while e-mail
/// runs, a cue for control at 07:00 and a flash at 14:00.
const TOWN: &str = r#"Scenario(
    id: "bedingungen", title: "Einlagen mit Bedingungen", language: "de",
    start: "2024-03-04 00:00", incident_start: "2024-03-04 00:00",
    tick: hours(1), duration: days(2),
    roles: [Role(id: "leitung", name: "Leitung"), Role(id: "it", name: "IT")],
    organisations: [
        Organisation(id: "stadt", name: "Stadt", kind: town, assumption: "test"),
        Organisation(id: "zeitung", name: "Zeitung", kind: press, assumption: "test"),
    ],
    networks: [Network(id: "lan", name: "LAN", kind: admin, organisation: "stadt", assumption: "test")],
    systems: [System(id: "mailserver", name: "Mailserver", role: mail, network: "lan", hosts: 1, assumption: "test")],
    services: [
        Service(id: "e-mail", name: "E-Mail", organisation: "stadt", depends_on: ["mailserver"],
            demand_per_day: 0, capacity_per_day: 0, assumption: "test"),
    ],
    attacker: Attacker(id: "gang", name: "Gang", foothold: "mailserver", initial_access: "2024-03-05 23:00",
        stages: [Stage(kind: foothold, after: hours(0), probability: 1.0)],
        contacts_per_hour: 0.0, encryption_rate: 0.0, report_delay: hours(1), assumption: "test"),
    actions: [
        Action(id: "abschalten", name: "Netz herunterfahren", function: "it", target: network,
            duration: hours(1), staff: 1, cost_eur: 0, effects: [shutdown], assumption: "test"),
    ],
    injects: [
        Inject(id: "hinweis", title: "Steuerung: Presselage prüfen", sender: "stadt", receiver: "leitung",
            channel: phone, priority: normal, content: "Hat der Stab schon eine Sprachregelung?",
            for_control: true, trigger: at("2024-03-04 07:00"), assumption: "test"),
        Inject(id: "post", title: "Rundschreiben", sender: "stadt", receiver: "leitung",
            channel: mail, priority: normal, content: "Bitte beachten.",
            trigger: at("2024-03-04 10:00"), assumption: "test"),
        Inject(id: "frage", title: "Sollen wir abschalten?", sender: "stadt", receiver: "it",
            channel: phone, priority: high, content: "Sollen wir das Netz herunterfahren?",
            unless: [decided(action: "abschalten", target: "lan")],
            trigger: at("2024-03-04 12:00"), assumption: "test"),
        Inject(id: "umfrage", title: "Umfrage per E-Mail", sender: "zeitung", receiver: "leitung",
            channel: phone, priority: normal, content: "Bitte den Fragebogen ausfüllen.",
            only_if: [service_up("e-mail")], trigger: at("2024-03-04 13:00"), assumption: "test"),
        Inject(id: "blitz", title: "Blitz: Polizei vor Ort", sender: "stadt", receiver: "leitung",
            channel: phone, priority: flash, content: "Die Polizei steht vor der Tür.",
            trigger: at("2024-03-04 14:00"), assumption: "test"),
    ],
    channels: [Route(channel: mail, service: "e-mail", fallback: courier)],
    CONTROL
)"#;

fn start(name: &str, control: &str) -> (App, PathBuf) {
    let dir = std::env::temp_dir().join(format!(
        "krisenstab-conditions-{}-{name}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise.ron");
    let text = TOWN.replace("CONTROL", control);
    let s = Arc::new(scenario::parse(&text).unwrap());
    let mut app = App::start(s, &text, 1, path.clone(), Role::Control, Lang::DE).unwrap();
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    (app, path)
}

fn shut_down() -> Action {
    Action::Decide(Decision {
        action: "abschalten".into(),
        target: Some("lan".into()),
        function: "it".into(),
        reason: "Ausbreitung verhindern".into(),
        order: Vec::new(),
    })
}

fn inject(app: &mut App, id: &str) -> InjectView {
    app.snapshot()
        .injects
        .into_iter()
        .find(|i| i.id == id)
        .unwrap_or_else(|| panic!("{id} not in the view"))
}

/// Lets time pass by hand (no stops) for `hours`.
fn hours(app: &mut App, hours: u32) {
    assert_eq!(app.update(Action::Advance(hours), REAL), Outcome::Done);
}

#[test]
fn a_decision_in_the_logbook_withholds_the_question_it_answers() {
    let (mut with, _) = start("decided", "");
    hours(&mut with, 8);
    assert_eq!(with.update(shut_down(), REAL), Outcome::Done);
    hours(&mut with, 10);
    let frage = inject(&mut with, "frage");
    assert_eq!(frage.status, InjectStatus::Withheld);
    assert_eq!(frage.withheld, Some(Withheld::Decided(0)));
    assert_eq!(frage.released_at, None);
    // Control's logbook says so, with the reason; the staff's view of the logbook does not.
    let line = "Einlage entfallen (Bedingung): Sollen wir abschalten? – die Entscheidung \
                „Netz herunterfahren“ (LAN) liegt vor";
    assert!(
        with.file().logbook.iter().any(|e| e.text == line),
        "{:#?}",
        with.file().logbook
    );
    assert!(
        logbook(with.file(), Role::Staff)
            .iter()
            .all(|e| !e.text.contains("Sollen wir abschalten"))
    );

    // Without the decision the question comes at 12:00.
    let (mut without, _) = start("not-decided", "");
    hours(&mut without, 18);
    let frage = inject(&mut without, "frage");
    assert_eq!(frage.status, InjectStatus::Released);
    assert_eq!(frage.released_at.as_deref(), Some("2024-03-04 12:00"));
    assert_eq!(frage.withheld, None);
}

#[test]
fn a_state_that_does_not_hold_withholds_and_a_down_channel_reroutes() {
    let (mut down, _) = start("down", "");
    hours(&mut down, 8);
    assert_eq!(down.update(shut_down(), REAL), Outcome::Done);
    hours(&mut down, 10);
    // E-mail is down from 09:00: the 10:00 mail comes by courier, the survey is withheld.
    let post = inject(&mut down, "post");
    assert_eq!(post.status, InjectStatus::Released);
    assert_eq!(
        (post.channel, post.planned_channel),
        (Channel::Courier, Some(Channel::Mail))
    );
    let umfrage = inject(&mut down, "umfrage");
    assert_eq!(umfrage.status, InjectStatus::Withheld);
    assert_eq!(umfrage.withheld, Some(Withheld::NotHolding(0)));
    // Control may still send it: control decides, not the script.
    assert_eq!(
        down.update(Action::Control(Control::Release("umfrage".into())), REAL),
        Outcome::Done
    );
    hours(&mut down, 1);
    assert_eq!(inject(&mut down, "umfrage").status, InjectStatus::Released);

    let (mut up, _) = start("up", "");
    hours(&mut up, 18);
    let post = inject(&mut up, "post");
    assert_eq!((post.channel, post.planned_channel), (Channel::Mail, None));
    assert_eq!(inject(&mut up, "umfrage").status, InjectStatus::Released);
}

#[test]
fn an_inject_to_control_stops_running_time_and_never_reaches_the_staff() {
    let (mut app, path) = start("to-control", "");
    // Running time from 00:00 stops at the cue of 07:00, then at the flash of 14:00.
    match app.update(Action::Pass(24 * 60), REAL) {
        Outcome::StoppedForControl(title) => assert_eq!(title, "Steuerung: Presselage prüfen"),
        other => panic!("expected a stop for control, got {other:?}"),
    }
    assert_eq!(app.snapshot().time, "2024-03-04 07:00");
    let hinweis = inject(&mut app, "hinweis");
    assert!(hinweis.for_control);
    assert_eq!(hinweis.status, InjectStatus::Released);
    match app.update(Action::Pass(24 * 60), REAL) {
        Outcome::Stopped(title) => assert_eq!(title, "Blitz: Polizei vor Ort"),
        other => panic!("expected a stop at the flash, got {other:?}"),
    }
    assert_eq!(app.snapshot().time, "2024-03-04 14:00");
    // Control's logbook has the cue; the staff (following the same file) sees neither the
    // inject nor the line.
    assert!(
        app.file()
            .logbook
            .iter()
            .any(|e| e.kind == EntryKind::Control
                && e.text == "Einlage an die Übungssteuerung: Steuerung: Presselage prüfen")
    );
    let mut staff = App::resume(&path, Role::Staff, Lang::DE).unwrap();
    let snapshot = staff.snapshot();
    assert_eq!(snapshot.view, View::Staff);
    assert!(snapshot.injects.iter().all(|i| i.id != "hinweis"));
    assert!(snapshot.injects.iter().any(|i| i.id == "blitz"));
    for entry in logbook(staff.file(), Role::Staff) {
        assert!(!entry.text.contains("Presselage"), "{}", entry.text);
    }
}

#[test]
fn the_scenario_can_turn_the_stops_off() {
    let (mut app, _) = start(
        "no-stops",
        "control: Control(stop_at_flash: false, stop_at_control_injects: false),",
    );
    assert_eq!(app.update(Action::Pass(24 * 60), REAL), Outcome::Done);
    assert_eq!(app.snapshot().time, "2024-03-05 00:00");
    assert_eq!(inject(&mut app, "blitz").status, InjectStatus::Released);
    // Only the flash stop off: the cue still stops time.
    let (mut app, _) = start("no-flash-stop", "control: Control(stop_at_flash: false),");
    assert!(matches!(
        app.update(Action::Pass(24 * 60), REAL),
        Outcome::StoppedForControl(_)
    ));
    assert_eq!(app.update(Action::Pass(24 * 60), REAL), Outcome::Done);
}

/// The 2021 script: the DVZ asks whether to cut CN LAVINE only while nobody asked it to.
#[test]
fn the_dvz_asks_only_before_the_staff_had_the_interface_cut() {
    let run = |cut_first: bool| {
        let dir = std::env::temp_dir().join(format!(
            "krisenstab-conditions-{}-dvz-{cut_first}",
            std::process::id()
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let text = scenario::builtin("westmecklenburg").unwrap();
        let s = Arc::new(scenario::parse(text).unwrap());
        let mut app = App::start(s, text, 1, dir.join("x.ron"), Role::Control, Lang::DE).unwrap();
        assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
        assert_eq!(app.update(Action::Advance(7 * 24 + 4), REAL), Outcome::Done);
        if cut_first {
            let cut = Action::Decide(Decision {
                action: "landesnetz-trennen".into(),
                target: Some("cn-lavine-anschluss".into()),
                function: "it".into(),
                reason: "Landesnetz schützen".into(),
                order: Vec::new(),
            });
            assert_eq!(app.update(cut, REAL), Outcome::Done);
        }
        assert_eq!(app.update(Action::Advance(4), REAL), Outcome::Done);
        inject(&mut app, "dvz-schnittstelle")
    };
    let asked = run(false);
    assert_eq!(asked.status, InjectStatus::Released);
    assert_eq!(asked.released_at.as_deref(), Some("2021-10-15 06:30"));
    let cut = run(true);
    assert_eq!(cut.status, InjectStatus::Withheld);
    assert_eq!(cut.withheld, Some(Withheld::Decided(0)));
}
