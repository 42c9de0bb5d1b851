//! The exercise driven by its own actions, without a terminal: decide, advance, resume.

use std::path::PathBuf;
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::exercise::{EntryKind, Reaction, Status, Verdict};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;

const REAL: &str = "2026-11-24 09:00";

fn path(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-app-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join("exercise.ron")
}

fn start(name: &str, role: Role) -> App {
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    App::start(s, text, 7, path(name), role, Lang::DE).unwrap()
}

fn decide(action: &str, target: Option<&str>) -> Action {
    Action::Decide(Decision {
        action: action.into(),
        target: target.map(Into::into),
        function: "it".into(),
        reason: "Ausbreitung stoppen".into(),
        order: Vec::new(),
    })
}

#[test]
fn a_morning_of_decisions_survives_a_restart() {
    let mut app = start("morning", Role::Control);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    assert_eq!(
        app.snapshot().time,
        "2024-03-04 06:00",
        "jumped to the alarm"
    );
    assert_eq!(
        app.update(decide("netz-trennen", Some("serverraum")), REAL),
        Outcome::Done
    );
    assert_eq!(app.update(Action::Advance(4), REAL), Outcome::Done);
    let isolated = |app: &mut App| {
        app.snapshot()
            .networks
            .iter()
            .find(|n| n.id == "serverraum")
            .unwrap()
            .isolated
    };
    assert!(isolated(&mut app));
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Lagebesprechung 10:00".into(),
        },
        REAL,
    );
    let before = app.file().clone();
    let kinds: Vec<EntryKind> = before.logbook.iter().map(|e| e.kind).collect();
    assert!(
        kinds.contains(&EntryKind::Decision)
            && kinds.contains(&EntryKind::Inject)
            && kinds.contains(&EntryKind::Note)
    );
    assert!(
        before
            .logbook
            .windows(2)
            .all(|w| w[1].number == w[0].number + 1),
        "numbered without gaps"
    );

    // The process dies here; the file on disk is complete.
    let path = app.path().to_path_buf();
    drop(app);
    let mut again = App::resume(&path, Role::Control, Lang::DE).unwrap();
    assert_eq!(again.file(), &before);
    assert!(isolated(&mut again));
    assert_eq!(again.snapshot().time, "2024-03-04 10:00");
    assert_eq!(again.update(Action::Advance(1), REAL), Outcome::Done);
}

#[test]
fn roles_do_only_what_they_may() {
    // A staff that plays its own file runs its own time, but never steers the script.
    let mut staff = start("staff", Role::Staff);
    assert_eq!(staff.update(Action::Advance(1), REAL), Outcome::Done);
    assert_eq!(staff.update(Action::NextInject, REAL), Outcome::NotAllowed);
    assert_eq!(
        staff.update(
            Action::Control(krisenstab::sim::command::Control::Release(
                "presseanfrage".into()
            )),
            REAL
        ),
        Outcome::NotAllowed
    );
    assert_eq!(
        staff.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::NotAllowed
    );
    assert_eq!(
        staff.update(decide("netz-trennen", Some("serverraum")), REAL),
        Outcome::Done
    );
    for _ in 0..5 {
        staff.update(Action::NextScreen, REAL);
        assert_ne!(staff.screen(), Screen::Steuerung);
    }
    let mut observer = start("observer", Role::Observer);
    assert_eq!(
        observer.update(decide("netz-trennen", Some("serverraum")), REAL),
        Outcome::NotAllowed
    );
    let rate = Action::Rate {
        objective: "dsgvo-frist".into(),
        verdict: Verdict::Teilweise,
        comment: "knapp".into(),
    };
    assert_eq!(observer.update(rate, REAL), Outcome::Done);
    assert_eq!(observer.file().ratings.len(), 1);
    let mut control = start("control", Role::Control);
    assert_eq!(
        control.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::Done
    );
}

#[test]
fn injects_are_acknowledged_and_reactions_marked() {
    let mut app = start("injects", Role::Control);
    app.update(Action::NextInject, REAL);
    app.update(Action::Acknowledge("alarm".into()), REAL);
    app.update(
        Action::React {
            inject: "alarm".into(),
            reaction: Reaction::Done,
        },
        REAL,
    );
    let record = &app.file().injects[0];
    assert!(record.acknowledged && record.reaction == Reaction::Done);
}

#[test]
fn quitting_asks_and_endex_stops_time() {
    let mut app = start("quit", Role::Control);
    assert_eq!(app.update(Action::Quit, REAL), Outcome::Done);
    assert!(app.confirming_quit());
    app.update(Action::CancelQuit, REAL);
    assert!(!app.confirming_quit());
    app.update(Action::Endex, REAL);
    assert_eq!(app.file().status, Status::Ended);
    assert_eq!(app.update(Action::Advance(1), REAL), Outcome::Over);
    assert_eq!(app.update(Action::ConfirmQuit, REAL), Outcome::Quit);
}

#[test]
fn corrections_are_new_entries_that_name_the_old_one() {
    let mut app = start("correct", Role::Staff);
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Mailserver verschlüsselt".into(),
        },
        REAL,
    );
    let first = app.file().logbook.last().unwrap().number;
    let fix = Action::Correct {
        entry: first,
        function: "lage".into(),
        text: "Dateiserver, nicht Mailserver".into(),
    };
    assert_eq!(app.update(fix, REAL), Outcome::Done);
    let last = app.file().logbook.last().unwrap();
    assert_eq!(last.corrects, Some(first));
    assert_eq!(
        app.file().logbook[0].text,
        "Mailserver verschlüsselt",
        "the original stays"
    );
    let bad = Action::Correct {
        entry: 999,
        function: "lage".into(),
        text: String::new(),
    };
    assert_eq!(app.update(bad, REAL), Outcome::NotAllowed);
}

#[test]
fn next_phase_jumps_and_briefs_the_staff() {
    // A staff on its own jumps phases too (and is briefed); an observer does not.
    let mut staff = start("phase-staff", Role::Staff);
    staff.update(Action::Startex, REAL);
    assert_eq!(staff.update(Action::NextPhase, REAL), Outcome::Done);
    let mut observer = start("phase-observer", Role::Observer);
    assert_eq!(
        observer.update(Action::NextPhase, REAL),
        Outcome::NotAllowed
    );

    let mut app = start("phase", Role::Control);
    app.update(Action::Startex, REAL);
    let first = app.scenario().phases()[0].clone();
    let at = app.scenario().wall_clock(first.start).unwrap().to_string();
    assert_eq!(app.update(Action::NextPhase, REAL), Outcome::Done);
    assert_eq!(app.snapshot().time, at, "jumped to the first phase's start");
    let last = app.file().logbook.last().unwrap();
    assert_eq!(last.kind, EntryKind::Report);
    assert_eq!(last.function, "lage");
    assert!(
        last.text.starts_with(&format!(
            "Lageeinweisung {}: {}",
            first.name, first.briefing
        )),
        "{}",
        last.text
    );
    assert!(
        last.text.contains("Seit 01.03.2024 00:00: "),
        "{}",
        last.text
    );
    assert!(last.text.contains("Einlage"), "{}", last.text);

    // Jumping through every phase ends in `Over` once none is left.
    let phases = app.scenario().phases().len();
    for _ in 1..phases {
        assert_eq!(app.update(Action::NextPhase, REAL), Outcome::Done);
    }
    assert_eq!(app.update(Action::NextPhase, REAL), Outcome::Over);
    let briefings = app
        .file()
        .logbook
        .iter()
        .filter(|e| e.text.starts_with("Lageeinweisung "))
        .count();
    assert_eq!(briefings, phases);
}

#[test]
fn passing_time_is_written_at_most_once_a_second_and_flushed() {
    let mut app = start("throttle", Role::Control);
    let on_disk = |app: &App| {
        krisenstab::exercise::ExerciseFile::read(app.path())
            .unwrap()
            .state_hashes
            .len()
    };
    app.update(Action::Startex, REAL);
    // Day 0 of the tutorial is quiet: no facts for the logbook in these ticks.
    assert_eq!(
        app.update(Action::Advance(1), "2026-11-24 09:00:01"),
        Outcome::Done
    );
    assert_eq!(on_disk(&app), 1, "the first advance in a second is written");
    assert_eq!(
        app.update(Action::Advance(1), "2026-11-24 09:00:01"),
        Outcome::Done
    );
    assert_eq!(on_disk(&app), 1, "the second in the same second waits");
    assert!(app.unsaved());
    app.flush("2026-11-24 09:00:01", false);
    assert_eq!(on_disk(&app), 1, "not yet: the same second");
    app.flush("2026-11-24 09:00:02", false);
    assert_eq!(on_disk(&app), 2, "a new second writes it");
    assert!(!app.unsaved());
    app.update(Action::Advance(1), "2026-11-24 09:00:02");
    app.flush("2026-11-24 09:00:02", true);
    assert_eq!(on_disk(&app), 3, "quitting writes whatever the second");
    // A decision is written at once, and so is the time before it.
    app.update(Action::Advance(1), "2026-11-24 09:00:02");
    app.update(
        decide("netz-trennen", Some("serverraum")),
        "2026-11-24 09:00:02",
    );
    let file = krisenstab::exercise::ExerciseFile::read(app.path()).unwrap();
    assert_eq!(file.state_hashes.len(), 4);
    assert_eq!(&file, app.file());
}

#[test]
fn chains_and_projection_are_kept_until_the_world_moves() {
    let mut app = start("why-cache", Role::Control);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::NextInject, REAL), Outcome::Done);
    // The alarm is scripted; the encryption it reports is drawn tick by tick and shows in the
    // world at its minute or within the tick after it.
    assert_eq!(app.update(Action::Advance(1), REAL), Outcome::Done);
    assert!(
        app.projection_cached().is_none(),
        "nothing computed unasked"
    );
    let projection = app.projection().to_vec();
    assert_eq!(projection.len(), app.scenario().services().len());
    assert_eq!(app.projection_cached(), Some(&projection[..]));
    assert!(
        !app.reasons().is_empty(),
        "after the alarm something is down"
    );
    // Looking around and writing in the logbook change nothing in the world.
    app.update(Action::Open(Screen::Massnahmen), REAL);
    app.update(
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Lage".into(),
        },
        REAL,
    );
    assert_eq!(app.projection_cached(), Some(&projection[..]));
    // A decision in the same tick does.
    assert_eq!(
        app.update(decide("netz-trennen", Some("serverraum")), REAL),
        Outcome::Done
    );
    assert!(app.projection_cached().is_none(), "a decision was taken");
    app.projection();
    assert!(app.projection_cached().is_some());
    // So does time.
    assert_eq!(app.update(Action::Advance(1), REAL), Outcome::Done);
    assert!(app.projection_cached().is_none(), "the tick moved");
    // The staff's own view: its own chains, its own projection.
    let mut staff = App::resume(app.path(), Role::Staff, Lang::DE).unwrap();
    assert_eq!(staff.projection().len(), projection.len());
}
