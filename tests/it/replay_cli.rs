//! `krisenstab replay`: `--verify` on recorded, played and tampered files, and the Lagefilm
//! (the app at a chosen tick, its keys, its screens), which never writes the file.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use krisenstab::app::{Action, App, Outcome, Role, Screen};
use krisenstab::exercise::{Entry, ExerciseFile, Status, hex};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::{Command, Control, Decision};
use krisenstab::sim::snapshot::Snapshot;
use krisenstab::tui::input::{handle_film_key, settle_film};
use krisenstab::tui::render::draw;
use krisenstab::tui::ui::Ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::krisenstab;

const REAL: &str = "2026-11-24 09:00:00";

fn dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-replay-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// `run SCENARIO --historical --save` into a fresh folder; the file's path.
fn recorded(name: &str, scenario: &str) -> PathBuf {
    let path = dir(name).join("exercise.ron");
    let p = path.to_str().unwrap();
    let o = krisenstab(&["run", scenario, "--historical", "--save", p]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    path
}

fn verify(path: &Path, lang: &str) -> (Option<i32>, String, String) {
    let o = krisenstab(&["--lang", lang, "replay", path.to_str().unwrap(), "--verify"]);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

fn edit(path: &Path, name: &str, change: impl FnOnce(&mut ExerciseFile)) -> PathBuf {
    let mut file = ExerciseFile::read(path).unwrap();
    change(&mut file);
    let out = path.with_file_name(name);
    file.save(&out).unwrap();
    out
}

#[test]
fn verify_passes_on_recorded_runs_in_both_languages() {
    let path = recorded("tutorial", "tutorial");
    let o = krisenstab(&["run", "tutorial", "--historical", "--json"]);
    let run: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let hash = &run["state_hash"].as_str().unwrap()[..16];
    let (code, out, err) = verify(&path, "en");
    assert_eq!(code, Some(0), "{err}");
    assert_eq!(
        out,
        format!(
            "{}: 504 ticks verified, state hash {hash} at tick 504\n",
            path.display()
        )
    );
    let (code, out, _) = verify(&path, "de");
    assert_eq!(code, Some(0));
    assert!(out.contains(": 504 Ticks geprüft, Zustands-Hash"), "{out}");

    let path = recorded("westmecklenburg", "westmecklenburg");
    let (code, out, err) = verify(&path, "en");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains(": 5,040 ticks verified"), "{out}");
}

/// An exercise played through the app as the terminal plays it: STARTEX, jumps to injects,
/// decisions, control holding and releasing injects, a note, hours and a day passing.
fn played(name: &str) -> PathBuf {
    let path = dir(name).join("exercise.ron");
    let _ = std::fs::remove_file(&path);
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(s, text, 5, path.clone(), Role::Control, Lang::DE).unwrap();
    let decide = |action: &str, target: Option<&str>| {
        Action::Decide(Decision {
            action: action.into(),
            target: target.map(Into::into),
            function: "it".into(),
            reason: "Ausbreitung stoppen".into(),
            order: Vec::new(),
        })
    };
    let script = [
        Action::Startex,
        Action::NextInject,
        decide("netz-trennen", Some("serverraum")),
        Action::Control(Control::Hold("presseanfrage".into())),
        Action::Advance(5),
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Lagebesprechung".into(),
        },
        Action::NextInject,
        decide("landesnetz-trennen", Some("landesnetz-anschluss")),
        Action::Advance(24),
        Action::Control(Control::Release("presseanfrage".into())),
        Action::Advance(30),
        Action::Pause {
            reason: "Pause".into(),
        },
        // Paused time holds; going on lets it run.
        Action::Resume,
        Action::Advance(2),
    ];
    for action in script {
        assert_eq!(
            app.update(action.clone(), REAL),
            Outcome::Done,
            "{action:?}"
        );
    }
    path
}

#[test]
fn verify_passes_on_an_exercise_played_in_the_app() {
    let path = played("played");
    let (code, out, err) = verify(&path, "en");
    assert_eq!(code, Some(0), "{err}");
    let file = ExerciseFile::read(&path).unwrap();
    let n = file.state_hashes.len();
    assert!(n > 60, "{n}");
    assert!(out.contains(&format!("{n} ticks verified")), "{out}");
    assert!(
        file.commands
            .iter()
            .any(|c| matches!(c.command, Command::Control(_))),
        "the exercise holds control actions"
    );
}

#[test]
fn a_tampered_state_hash_is_named_by_its_tick() {
    let path = recorded("tamper", "tutorial");
    for tick in [1usize, 17, 333, 504] {
        let bad = edit(&path, "bad.ron", |f| {
            f.state_hashes[tick - 1] = "0".repeat(64)
        });
        let (code, out, err) = verify(&bad, "en");
        assert_eq!(code, Some(1), "{out}");
        assert!(out.is_empty());
        assert!(
            err.contains(&format!("diverges at tick {tick} (")),
            "{tick}: {err}"
        );
    }
    // Two changed hashes: the earlier tick is named.
    let bad = edit(&path, "two.ron", |f| {
        f.state_hashes[299] = "0".repeat(64);
        f.state_hashes[40] = "1".repeat(64);
    });
    let (_, _, err) = verify(&bad, "de");
    // Tick 41 ends at 2024-03-02 17:00 (the tutorial starts on 1 March, 00:00, hourly ticks).
    assert_eq!(
        err,
        format!(
            "{}: die Wiederholung weicht bei Tick 41 (02.03.2024 17:00) ab\n",
            bad.display()
        )
    );
    // A record one hash short or one too long parts from the replay right after its end.
    let short = edit(&path, "short.ron", |f| {
        f.state_hashes.pop();
    });
    assert!(verify(&short, "en").2.contains("diverges at tick 504"));
    let long = edit(&path, "long.ron", |f| f.state_hashes.push("0".repeat(64)));
    assert!(verify(&long, "en").2.contains("diverges at tick 505"));
}

#[test]
fn altered_commands_are_refused() {
    let path = recorded("commands", "tutorial");
    let file = ExerciseFile::read(&path).unwrap();
    let decisions: Vec<usize> = (0..file.commands.len())
        .filter(|&i| matches!(file.commands[i].command, Command::Decide(_)))
        .collect();
    assert!(decisions.len() >= 2);
    let (first, last) = (decisions[0], decisions[decisions.len() - 1]);
    let target = |f: &mut ExerciseFile, i: usize, id: &str| {
        let Command::Decide(d) = &mut f.commands[i].command else {
            unreachable!()
        };
        d.action = id.into();
    };
    // An action that does not exist: the command no longer applies.
    let unknown = edit(&path, "unknown.ron", |f| target(f, last, "gibt-es-nicht"));
    let (code, _, err) = verify(&unknown, "en");
    assert_eq!(code, Some(1));
    let tick = file.commands[last].tick;
    assert!(
        err.contains(&format!(
            "command {last} (tick {tick}) no longer applies: unknown action gibt-es-nicht"
        )),
        "{err}"
    );
    // The first decision dropped and the last one broken: the divergence the dropped decision
    // causes comes first in tick order and is what is named.
    let both = edit(&path, "both.ron", |f| {
        target(f, last, "gibt-es-nicht");
        f.commands.remove(first);
    });
    let (code, _, err) = verify(&both, "en");
    assert_eq!(code, Some(1));
    assert!(err.contains("diverges at tick"), "{err}");
    let named: u64 = err
        .split("diverges at tick ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .unwrap()
        .parse()
        .unwrap();
    assert!(named > file.commands[first].tick && named <= tick, "{err}");
}

#[test]
fn garbage_and_foreign_files_are_refused() {
    let d = dir("garbage");
    let garbage = d.join("garbage.ron");
    std::fs::write(&garbage, "Exercise(format: 1, kaputt").unwrap();
    let (code, _, err) = verify(&garbage, "en");
    assert_eq!(code, Some(1));
    assert!(
        err.starts_with(&format!("{}:1:", garbage.display())),
        "{err}"
    );
    assert!(err.contains("not an exercise file"), "{err}");

    let (code, _, err) = verify(&d.join("missing.ron"), "de");
    assert_eq!(code, Some(1));
    assert!(err.contains("nicht lesbar"), "{err}");

    let path = recorded("foreign", "tutorial");
    let edited = edit(&path, "edited.ron", |f| {
        f.scenario_text = f.scenario_text.replace("Musterstadt", "Beispielstadt");
    });
    assert!(verify(&edited, "en").2.contains("the file was edited"));
    let other = edit(&path, "other.ron", |f| f.engine = "krisenstab 0.0.1".into());
    let (code, _, err) = verify(&other, "en");
    assert_eq!(code, Some(1));
    assert!(err.contains("written by krisenstab 0.0.1"), "{err}");

    // Usage errors are exit code 2.
    assert_eq!(krisenstab(&["replay"]).status.code(), Some(2));
    let p = path.to_str().unwrap();
    let o = krisenstab(&["replay", p, "--verify", "--role", "staff"]);
    assert_eq!(o.status.code(), Some(2));
    // The Lagefilm needs a terminal; without one it says so and leaves the file alone.
    let before = std::fs::read(&path).unwrap();
    let o = krisenstab(&["replay", p]);
    assert_eq!(o.status.code(), Some(1));
    // In the scenario's language, as `play` does without `--lang`.
    assert!(String::from_utf8_lossy(&o.stderr).contains("braucht ein Terminal"));
    let o = krisenstab(&["--lang", "en", "replay", p]);
    assert!(String::from_utf8_lossy(&o.stderr).contains("needs a terminal"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

// The Lagefilm.

fn film(path: &Path, role: Role) -> App {
    let file = ExerciseFile::read(path).unwrap();
    App::film(file, path, role, Lang::DE).unwrap()
}

fn seek(app: &mut App, tick: u64) {
    assert_eq!(app.update(Action::Seek(tick), REAL), Outcome::Done);
    assert_eq!(app.film_ticks().unwrap().0, tick);
}

/// What the live exercise showed at the end of each tick (after everything done at that tick):
/// the snapshot for control and staff, the state hash and the logbook.
type Seen = BTreeMap<u64, (Snapshot, Snapshot, [u8; 32], Vec<Entry>)>;

fn played_and_seen(name: &str) -> (PathBuf, Seen) {
    let path = dir(name).join("exercise.ron");
    let _ = std::fs::remove_file(&path);
    let text = scenario::builtin("tutorial").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(s, text, 9, path.clone(), Role::Control, Lang::DE).unwrap();
    let mut seen = Seen::new();
    let mut look = |app: &mut App| {
        let tick = app.snapshot().tick;
        let control = app.snapshot();
        let staff = App::resume(&path, Role::Staff, Lang::DE)
            .unwrap()
            .snapshot();
        let hash = app.state_hash();
        seen.insert(tick, (control, staff, hash, app.file().logbook.clone()));
    };
    look(&mut app);
    let decide = |action: &str, target: &str| {
        Action::Decide(Decision {
            action: action.into(),
            target: Some(target.into()),
            function: "it".into(),
            reason: "Lage".into(),
            order: Vec::new(),
        })
    };
    for action in [
        Action::Startex,
        Action::NextInject,
        decide("netz-trennen", "serverraum"),
        Action::Advance(3),
        Action::Control(Control::Skip("presseanfrage".into())),
        Action::Advance(20),
        decide("landesnetz-trennen", "landesnetz-anschluss"),
        Action::Advance(1),
        Action::Advance(40),
        Action::Endex,
    ] {
        assert_eq!(
            app.update(action.clone(), REAL),
            Outcome::Done,
            "{action:?}"
        );
        look(&mut app);
    }
    (path, seen)
}

#[test]
fn the_film_at_a_tick_shows_what_the_exercise_showed_then() {
    let (path, seen) = played_and_seen("seen");
    let bytes = std::fs::read(&path).unwrap();
    let modified = std::fs::metadata(&path).unwrap().modified().unwrap();
    let mut control = film(&path, Role::Control);
    let mut staff = film(&path, Role::Staff);
    let total = control.film_ticks().unwrap().1;
    assert_eq!(total, *seen.keys().last().unwrap());
    // Forwards, then backwards, then forwards again: every stop shows the live state.
    let order: Vec<u64> = seen
        .keys()
        .copied()
        .chain(seen.keys().rev().copied())
        .chain(seen.keys().copied())
        .collect();
    for tick in order {
        let (c, s, hash, logbook) = &seen[&tick];
        seek(&mut control, tick);
        seek(&mut staff, tick);
        assert_eq!(&control.snapshot(), c, "control at {tick}");
        assert_eq!(&staff.snapshot(), s, "staff at {tick}");
        assert_eq!(&control.state_hash(), hash, "hash at {tick}");
        assert_eq!(&control.file().logbook, logbook, "logbook at {tick}");
        assert!(control.file().logbook.iter().all(|e| e.tick <= tick));
        assert_eq!(
            control.samples().len() as u64,
            tick,
            "the charts stop at {tick}"
        );
    }
    // The status at a tick follows STARTEX and ENDEX.
    seek(&mut control, 0);
    assert_eq!(control.file().status, Status::Running);
    seek(&mut control, total);
    assert_eq!(control.file().status, Status::Ended);
    // Between the stops, each tick's hash is the recorded one.
    let file = ExerciseFile::read(&path).unwrap();
    for tick in [1, 7, 25, 26, 50, total] {
        seek(&mut control, tick);
        assert_eq!(
            hex(&control.state_hash()),
            file.state_hashes[tick as usize - 1],
            "{tick}"
        );
    }
    // Beyond the end is the end.
    assert_eq!(
        control.update(Action::Seek(total + 100), REAL),
        Outcome::Done
    );
    assert_eq!(control.film_ticks(), Some((total, total)));
    // The film only looks: nothing that would change the exercise is allowed, nothing written.
    for action in [
        Action::Advance(1),
        Action::Startex,
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "x".into(),
        },
        Action::Decide(Decision {
            action: "netz-trennen".into(),
            target: Some("rathaus-lan".into()),
            function: "it".into(),
            reason: String::new(),
            order: Vec::new(),
        }),
        Action::Acknowledge("alarm".into()),
    ] {
        assert_eq!(control.update(action, REAL), Outcome::NotAllowed);
    }
    assert_eq!(
        control.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::Done
    );
    assert_eq!(
        staff.update(Action::Open(Screen::Steuerung), REAL),
        Outcome::NotAllowed
    );
    assert_eq!(std::fs::read(&path).unwrap(), bytes);
    assert_eq!(
        std::fs::metadata(&path).unwrap().modified().unwrap(),
        modified
    );
    assert_eq!(
        std::fs::read_dir(path.parent().unwrap()).unwrap().count(),
        1
    );
    // The record cut at any tick, an advance that crosses it cut short, is a file that replays
    // to exactly that tick.
    let file = ExerciseFile::read(&path).unwrap();
    for tick in [0, 1, 30, 77, 78, total - 1, total] {
        let cut = file.cut(tick);
        let at = path.with_file_name(format!("cut-{tick}.ron"));
        cut.save(&at).unwrap();
        let sim = ExerciseFile::read(&at).unwrap().replay(&at).unwrap();
        assert_eq!(sim.clock().tick, tick);
        assert_eq!(cut.state_hashes.len() as u64, tick);
    }
    // A file that does not verify does not open as a film.
    let bad = edit(&path, "bad.ron", |f| f.state_hashes[9] = "0".repeat(64));
    let file = ExerciseFile::read(&bad).unwrap();
    assert!(App::film(file, &bad, Role::Control, Lang::DE).is_err());
}

fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, modifiers)
}

/// Presses a key, applies what it moved, and says where the film stands.
fn press(app: &mut App, ui: &mut Ui, code: KeyCode, modifiers: KeyModifiers) -> u64 {
    handle_film_key(app, ui, key(code, modifiers), REAL);
    settle_film(app, ui, REAL);
    app.film_ticks().unwrap().0
}

#[test]
fn the_film_keys_scrub_through_the_exercise() {
    let path = recorded("keys", "tutorial");
    let mut app = film(&path, Role::Control);
    let mut ui = Ui::default();
    let none = KeyModifiers::NONE;
    let shift = KeyModifiers::SHIFT;
    assert_eq!(app.film_ticks(), Some((0, 504)));
    assert_eq!(press(&mut app, &mut ui, KeyCode::Right, none), 1);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Right, shift), 25);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char(']'), none), 49);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char('['), none), 25);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Left, none), 24);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Left, shift), 0);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Left, none), 0);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char('G'), shift), 504);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Right, none), 504);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char('g'), none), 0);
    // `.` and `,` go from decision to decision.
    let marks = app.film_marks();
    assert!(marks.len() >= 2);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char('.'), none), marks[0]);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char('.'), none), marks[1]);
    assert_eq!(press(&mut app, &mut ui, KeyCode::Char(','), none), marks[0]);
    // Several keys before a frame: one move to where they add up to.
    for _ in 0..5 {
        handle_film_key(&mut app, &mut ui, key(KeyCode::Right, none), REAL);
    }
    assert_eq!(ui.seek, Some(marks[0] + 5));
    settle_film(&mut app, &mut ui, REAL);
    assert_eq!(app.film_ticks().unwrap().0, marks[0] + 5);
    // Space plays and stops; screens and help still work.
    handle_film_key(&mut app, &mut ui, key(KeyCode::Char(' '), none), REAL);
    assert!(ui.speed > 0);
    handle_film_key(&mut app, &mut ui, key(KeyCode::Char(' '), none), REAL);
    assert_eq!(ui.speed, 0);
    handle_film_key(&mut app, &mut ui, key(KeyCode::Char('4'), none), REAL);
    assert_eq!(app.screen(), Screen::Einsatztagebuch);
    handle_film_key(&mut app, &mut ui, key(KeyCode::Char('?'), none), REAL);
    assert!(app.help_open());
    // With the help open, the arrows do not move the film.
    assert_eq!(press(&mut app, &mut ui, KeyCode::Right, none), marks[0] + 5);
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

#[test]
fn the_film_on_screen() {
    let (path, _) = played_and_seen("screens");
    let mut app = film(&path, Role::Control);
    seek(&mut app, 110);
    let ui = Ui::default();
    for (w, h) in [(80, 24), (120, 40)] {
        snap(
            &format!("film_control_lagebild_{w}x{h}"),
            &mut app,
            &ui,
            w,
            h,
        );
    }
    assert_eq!(
        app.update(Action::Open(Screen::Einsatztagebuch), REAL),
        Outcome::Done
    );
    snap("film_control_einsatztagebuch_80x24", &mut app, &ui, 80, 24);
    let mut staff = film(&path, Role::Staff);
    seek(&mut staff, 110);
    let playing = Ui {
        speed: 1440,
        ..Ui::default()
    };
    snap(
        "film_staff_lagebild_playing_120x40",
        &mut staff,
        &playing,
        120,
        40,
    );
    app.update(Action::ToggleHelp, REAL);
    snap("film_help_80x24", &mut app, &ui, 80, 24);
    // Too small: the usual note, no slider.
    let small = screen(&mut app, &ui, 79, 24);
    assert!(small.contains("Fenster zu klein"), "{small}");
    assert!(!small.contains("Lagefilm"));
    // The slider marks where it stands, at every size that fits.
    app.update(Action::ToggleHelp, REAL);
    for (w, h) in [(80, 24), (100, 30), (200, 60)] {
        let text = screen(&mut app, &ui, w, h);
        let slider = text.lines().nth(usize::from(h) - 2).unwrap();
        assert!(
            slider.contains("Lagefilm ❚❚") && slider.contains("110/"),
            "{slider}"
        );
        assert!(slider.contains('●'), "{slider}");
    }
}
