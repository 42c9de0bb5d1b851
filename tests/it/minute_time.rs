//! Time by the minute (issue 14): injects, decisions, completions and objectives at their
//! minute while the world steps at its tick; real time 1:1 as a speed; a pause that holds;
//! STARTEX once and a final ENDEX; running time that stops by itself at a flash inject.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use krisenstab::app::{Action, App, Outcome, Pacer, Role};
use krisenstab::exercise::{EntryKind, Status};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;

const REAL: &str = "2026-12-06 09:00:00";

fn start(name: &str) -> App {
    let dir = std::env::temp_dir().join(format!("krisenstab-minute-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path: PathBuf = dir.join("exercise.ron");
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(s, text, 1, path, Role::Control, Lang::DE).unwrap();
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    app
}

/// Runs time (by hand, not stopping at flash injects) until the clock shows `time`.
fn pass_to(app: &mut App, time: &str) {
    let at = krisenstab::time::WallClock::parse(time)
        .unwrap()
        .minutes_since(app.scenario().meta().start);
    let now = app.clock().now;
    let tick = app.scenario().meta().tick;
    // Whole ticks by hand, the rest by the running clock's minutes.
    let ticks = u32::try_from((at - now) / tick).unwrap();
    if ticks > 0 {
        assert_eq!(app.update(Action::Advance(ticks), REAL), Outcome::Done);
    }
    while app.clock().now < at {
        let left = u32::try_from(at - app.clock().now).unwrap();
        match app.update(Action::Pass(left), REAL) {
            Outcome::Done | Outcome::Stopped(_) => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(app.snapshot().time, time);
}

fn decide(action: &str, target: &str) -> Action {
    Action::Decide(Decision {
        action: action.into(),
        target: Some(target.into()),
        function: "it".into(),
        reason: "Ausbreitung stoppen".into(),
        order: Vec::new(),
    })
}

#[test]
fn an_inject_planned_for_0630_is_delivered_at_0630() {
    let mut app = start("inject");
    pass_to(&mut app, "2021-10-15 06:29");
    let delivered = |app: &App| {
        app.file()
            .logbook
            .iter()
            .find(|e| e.kind == EntryKind::Inject && e.text.contains("DVZ fragt"))
            .map(|e| e.exercise_time.clone())
    };
    assert_eq!(delivered(&app), None, "not before its minute");
    assert_eq!(app.update(Action::Pass(1), REAL), Outcome::Done);
    assert_eq!(delivered(&app).as_deref(), Some("2021-10-15 06:30"));
    // The alarm of 03:05 came at 03:05, not with the 04:00 step.
    let alarm = app
        .file()
        .logbook
        .iter()
        .find(|e| e.text.contains("Alarm im Rechenzentrum"))
        .unwrap();
    assert_eq!(alarm.exercise_time, "2021-10-15 03:05");
}

#[test]
fn a_decision_at_0315_with_thirty_minutes_takes_effect_at_0345() {
    let mut app = start("decision");
    pass_to(&mut app, "2021-10-15 03:15");
    assert_eq!(
        app.update(decide("rz-isolieren", "ksm-rechenzentrum"), REAL),
        Outcome::Done
    );
    // Taken while time stands, it runs at once (not an hour later).
    let running = |app: &mut App| app.snapshot().actions.len();
    assert_eq!(running(&mut app), 1);
    let isolated = |app: &mut App| {
        app.snapshot()
            .networks
            .iter()
            .find(|n| n.id == "ksm-rechenzentrum")
            .unwrap()
            .isolated
    };
    assert_eq!(app.update(Action::Pass(29), REAL), Outcome::Done);
    assert!(!isolated(&mut app), "03:44");
    assert_eq!(app.update(Action::Pass(1), REAL), Outcome::Done);
    assert!(isolated(&mut app), "03:45");
    let finished = app
        .file()
        .logbook
        .iter()
        .rev()
        .find(|e| e.text.contains("abgeschlossen"))
        .unwrap();
    assert_eq!(finished.exercise_time, "2021-10-15 03:45");
    // The objective is judged on the minute: 30 minutes after the alarm at 03:15 is within two
    // hours, and the evidence says so to the minute.
    let objective = app
        .objectives()
        .into_iter()
        .find(|o| o.id == "ziel-rz-isoliert")
        .unwrap();
    assert_eq!(objective.met, Some(true));
    // The file replays to the same minute and hashes.
    let path = app.path().to_path_buf();
    app.flush(REAL, true);
    let file = krisenstab::exercise::ExerciseFile::read(&path).unwrap();
    file.replay(&path).unwrap();
}

#[test]
fn real_time_moves_one_exercise_minute_per_real_minute() {
    let mut app = start("pace");
    let mut pacer = Pacer::default();
    let before = app.clock().now;
    // Real time, 1:1: 59 seconds are not yet a minute, the 60th is.
    assert_eq!(pacer.due(Duration::from_secs(59), 1, 1, 1000), 0);
    let minutes = pacer.due(Duration::from_secs(1), 1, 1, 1000);
    assert_eq!(minutes, 1);
    assert_eq!(app.update(Action::Pass(minutes), REAL), Outcome::Done);
    assert_eq!(app.clock().now, before + 1);
    // One minute per second, five per second: a real second each.
    assert_eq!(pacer.due(Duration::from_secs(1), 60, 1, 1000), 1);
    assert_eq!(pacer.due(Duration::from_secs(1), 300, 1, 1000), 5);
    // Stopped time forgets what was owed.
    assert_eq!(pacer.due(Duration::from_millis(999), 60, 1, 1000), 0);
    assert_eq!(pacer.due(Duration::from_secs(5), 0, 1, 1000), 0);
    assert_eq!(pacer.due(Duration::from_millis(1), 60, 1, 1000), 0);
}

#[test]
fn running_time_stops_at_a_flash_inject_and_a_pause_holds() {
    let mut app = start("flash");
    pass_to(&mut app, "2021-10-15 02:00");
    // Five hours at speed: the Blitz alarm of 03:05 stops the clock at 03:05.
    match app.update(Action::Pass(300), REAL) {
        Outcome::Stopped(title) => assert!(title.contains("Alarm"), "{title}"),
        other => panic!("expected a stop, got {other:?}"),
    }
    assert_eq!(app.snapshot().time, "2021-10-15 03:05");
    // A pause holds time and records its reason; a second pause logs nothing; going on is
    // one entry; STARTEX stays single.
    let pause = || Action::Pause {
        reason: "Lagebesprechung des Stabes".into(),
    };
    assert_eq!(app.update(pause(), REAL), Outcome::Done);
    assert_eq!(app.file().status, Status::Paused);
    let entries = app.file().logbook.len();
    assert_eq!(app.update(pause(), REAL), Outcome::Done);
    assert_eq!(
        app.file().logbook.len(),
        entries,
        "pausing a pause logs nothing"
    );
    assert_eq!(app.update(Action::Pass(30), REAL), Outcome::Paused);
    assert_eq!(app.snapshot().time, "2021-10-15 03:05");
    assert_eq!(app.update(Action::Resume, REAL), Outcome::Done);
    assert_eq!(app.file().status, Status::Running);
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Done);
    let control: Vec<&str> = app
        .file()
        .logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Control)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(
        control,
        [
            "STARTEX",
            "Übung angehalten – Grund: Lagebesprechung des Stabes",
            "Übung fortgesetzt"
        ]
    );
    // ENDEX is final for time and decisions; notes stay possible.
    assert_eq!(app.update(Action::Endex, REAL), Outcome::Done);
    assert_eq!(app.update(Action::Pass(10), REAL), Outcome::Over);
    assert_eq!(
        app.update(decide("rz-isolieren", "ksm-rechenzentrum"), REAL),
        Outcome::Over
    );
    assert_eq!(app.update(Action::Startex, REAL), Outcome::Over);
    assert_eq!(
        app.update(
            Action::Note {
                kind: Default::default(),
                inject: None,
                function: "lage".into(),
                text: "Nachbesprechung".into()
            },
            REAL
        ),
        Outcome::Done
    );
}

#[test]
fn day_zero_is_the_whole_calendar_day_of_the_incident() {
    let mut app = start("day");
    pass_to(&mut app, "2021-10-14 23:00");
    assert_eq!(app.snapshot().day, -1);
    pass_to(&mut app, "2021-10-15 00:00");
    assert_eq!(app.snapshot().day, 0, "15.10. 00:00 is day 0, not day -1");
    pass_to(&mut app, "2021-10-15 23:00");
    assert_eq!(app.snapshot().day, 0);
}
