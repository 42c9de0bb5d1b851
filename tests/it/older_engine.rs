//! An exercise file written by an older engine (`tests/fixtures/exercise-0.1.0.ron`, committed as
//! krisenstab 0.1.0 wrote it): it is never re-simulated, but opens read-only with its logbook,
//! reports from its record, and everything that would replay it refuses it naming that engine.
//! The file is never written.

use std::path::{Path, PathBuf};

use krisenstab::app::{Action, App, Outcome, ReadOnly, Role, Screen};
use krisenstab::exercise::{
    Archive, ENGINE, EntryKind, ExerciseError, ExerciseFile, Reaction, Reference, Status, Verdict,
};
use krisenstab::i18n::Lang;
use krisenstab::sim::command::{Command, Control};
use krisenstab::tui::input::handle_read_only_key;
use krisenstab::tui::render::draw_read_only;
use krisenstab::tui::ui::Ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::krisenstab;

const REAL: &str = "2026-11-24 09:00:00";
const OLD: &str = "krisenstab 0.1.0";
/// Entries in the fixture's logbook: the 50 decisions of the first 30 days of the Realverlauf.
const ENTRIES: usize = 50;

pub(crate) fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exercise-0.1.0.ron")
}

/// This program is not the one that wrote the fixture (else there is nothing to test).
fn this_is_newer() {
    assert_ne!(
        env!("CARGO_PKG_VERSION"),
        "0.1.0",
        "these tests need a version other than the fixture's"
    );
    assert_eq!(ENGINE, format!("krisenstab {}", env!("CARGO_PKG_VERSION")));
}

/// A copy of the fixture, alone in a fresh folder.
fn copy(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-older-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("exercise-0.1.0.ron");
    std::fs::copy(fixture(), &path).unwrap();
    path
}

/// The file has exactly the fixture's bytes and is alone in its folder (no temporary file).
fn untouched(path: &Path) {
    assert_eq!(
        std::fs::read(path).unwrap(),
        std::fs::read(fixture()).unwrap(),
        "{} was written",
        path.display()
    );
    let dir = path.parent().unwrap();
    let names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        names
            .iter()
            .all(|n| !n.to_string_lossy().contains(".ron.tmp")),
        "{names:?}"
    );
}

#[test]
fn an_older_file_reads_without_replaying_and_refuses_a_replay_naming_its_engine() {
    this_is_newer();
    let path = fixture();
    let archive = Archive::open(&path).unwrap();
    let file = &archive.file;
    assert_eq!(archive.written_by(), OLD);
    assert!(!file.replayable());
    assert_eq!(file.scenario_id, "westmecklenburg");
    assert_eq!(file.seed, 1);
    assert_eq!(file.status, Status::Prepared);
    assert_eq!(archive.ticks(), 30 * 24);
    assert_eq!(file.logbook.len(), ENTRIES);
    // Every decision entry finds the decision it recorded.
    let decisions = archive.decisions();
    assert_eq!(decisions.len(), ENTRIES);
    let (first, decision) = decisions[0];
    assert_eq!((first.number, first.kind), (1, EntryKind::Decision));
    let decision = decision.unwrap();
    assert_eq!(
        (decision.action.as_str(), decision.target.as_deref()),
        ("rz-isolieren", Some("ksm-rechenzentrum"))
    );
    assert!(decisions.iter().all(|(_, d)| d.is_some()));
    // Where the record ends, without simulating: the last entry's time at the latest.
    let (end, _) = archive.ends_at();
    let end = end.unwrap();
    assert!(
        end.as_str() >= file.logbook[ENTRIES - 1].exercise_time.as_str(),
        "{end}"
    );

    // Everything that re-simulates refuses it, naming both engines and what can still be done.
    let refused = |e: ExerciseError| {
        let text = e.to_string();
        assert!(
            matches!(&e, ExerciseError::Engine { found, .. } if found == OLD),
            "expected the engine refusal, got {text}"
        );
        assert!(
            text.contains(&format!("written by {OLD}; this is {ENGINE}")),
            "{text}"
        );
        assert!(
            text.contains("read-only") && text.contains("report"),
            "{text}"
        );
    };
    refused(
        ExerciseFile::read(&path)
            .unwrap()
            .replay(&path)
            .err()
            .unwrap(),
    );
    refused(file.check_engine(&path).unwrap_err());
    refused(App::resume(&path, Role::Control, Lang::EN).err().unwrap());
    refused(
        App::film(file.clone(), &path, Role::Control, Lang::EN)
            .err()
            .unwrap(),
    );
    untouched(&path);
}

#[test]
fn it_opens_read_only_with_its_logbook_and_every_change_is_refused() {
    this_is_newer();
    let path = copy("app");
    let mut view = ReadOnly::open(&path, Role::Control, None, Lang::EN).unwrap();
    assert_eq!(view.written_by(), OLD);
    assert_eq!(view.screen(), Screen::Einsatztagebuch);
    assert_eq!(view.file().logbook.len(), ENTRIES);
    let logbook = view.file().logbook.clone();
    let decision = view.archive().decisions()[0].1.unwrap().clone();
    let changes = [
        Action::Advance(1),
        Action::NextInject,
        Action::NextPhase,
        Action::Startex,
        Action::Pause {
            reason: String::new(),
        },
        Action::Resume,
        Action::Endex,
        Action::Interrupt,
        Action::Decide(decision),
        Action::Control(Control::Release("E01".into())),
        Action::Acknowledge("E01".into()),
        Action::React {
            inject: "E01".into(),
            reaction: Reaction::Done,
        },
        Action::Note {
            kind: Default::default(),
            inject: None,
            function: "lage".into(),
            text: "Notiz".into(),
        },
        Action::Correct {
            entry: 1,
            function: "it".into(),
            text: "Berichtigung".into(),
        },
        Action::Rate {
            objective: "x".into(),
            verdict: Verdict::Erfuellt,
            comment: String::new(),
        },
        Action::Observe {
            text: "gesehen".into(),
            refers_to: Some(Reference::Entry(1)),
            critical: false,
        },
        Action::Seek(10),
        // Every other screen would need the simulation.
        Action::Open(Screen::Lagebild),
        Action::Open(Screen::Verlauf),
        Action::Open(Screen::Steuerung),
    ];
    for action in changes {
        assert_eq!(
            view.update(action.clone(), REAL),
            Outcome::NotAllowed,
            "{action:?}"
        );
        assert_eq!(view.last_outcome(), Some(&Outcome::NotAllowed));
        assert_eq!(view.screen(), Screen::Einsatztagebuch);
    }
    assert_eq!(view.file().logbook, logbook);
    assert_eq!(view.file().status, Status::Prepared);
    // Looking works.
    for action in [
        Action::Open(Screen::Einsatztagebuch),
        Action::NextScreen,
        Action::PreviousScreen,
    ] {
        assert_eq!(view.update(action, REAL), Outcome::Done);
        assert_eq!(view.screen(), Screen::Einsatztagebuch);
    }
    assert_eq!(view.update(Action::ToggleHelp, REAL), Outcome::Done);
    assert!(view.help_open());
    view.update(Action::ToggleHelp, REAL);
    assert_eq!(view.update(Action::Quit, REAL), Outcome::Done);
    assert!(view.confirming_quit());
    view.update(Action::CancelQuit, REAL);
    assert!(!view.confirming_quit());
    assert_eq!(view.update(Action::ConfirmQuit, REAL), Outcome::Quit);
    untouched(&path);
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn its_keys_only_look_and_say_why_nothing_else_happens() {
    this_is_newer();
    let path = copy("keys");
    let mut view = ReadOnly::open(&path, Role::Staff, Some(Lang::DE), Lang::EN).unwrap();
    let mut ui = Ui::default();
    // A decision, time, a note, STARTEX, the Lagebild: refused, and the status line says why.
    for c in ['d', ' ', 'n', 's', 't', '1'] {
        ui.message = None;
        let outcome = handle_read_only_key(&mut view, &mut ui, key(c), REAL);
        assert_eq!(outcome, Some(Outcome::NotAllowed), "{c:?}");
        let message = ui.message.clone().unwrap_or_default();
        assert!(
            message.contains("Nur lesend") && message.contains(OLD),
            "{c:?}: {message}"
        );
    }
    assert!(ui.form.is_none(), "no dialog opens");
    assert_eq!(
        handle_read_only_key(
            &mut view,
            &mut ui,
            KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
            REAL
        ),
        None
    );
    assert_eq!(ui.message, None);
    // The logbook scrolls, newest first as on the screen of a running exercise.
    let arrow = |code| KeyEvent::new(code, KeyModifiers::NONE);
    handle_read_only_key(&mut view, &mut ui, arrow(KeyCode::Down), REAL);
    handle_read_only_key(&mut view, &mut ui, arrow(KeyCode::Down), REAL);
    assert_eq!(ui.selected, 2);
    handle_read_only_key(&mut view, &mut ui, arrow(KeyCode::End), REAL);
    assert_eq!(ui.selected, ENTRIES - 1);
    handle_read_only_key(&mut view, &mut ui, arrow(KeyCode::Home), REAL);
    assert_eq!(ui.selected, 0);
    handle_read_only_key(&mut view, &mut ui, key('4'), REAL);
    assert_eq!(view.screen(), Screen::Einsatztagebuch);
    handle_read_only_key(&mut view, &mut ui, key('?'), REAL);
    assert!(view.help_open());
    handle_read_only_key(&mut view, &mut ui, key('?'), REAL);
    handle_read_only_key(&mut view, &mut ui, key('q'), REAL);
    assert!(view.confirming_quit());
    assert_eq!(
        handle_read_only_key(&mut view, &mut ui, key('j'), REAL),
        Some(Outcome::Quit)
    );
    untouched(&path);
}

fn screen(view: &ReadOnly, ui: &Ui, w: u16, h: u16) -> String {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| draw_read_only(f, view, ui, REAL))
        .unwrap();
    terminal.backend().to_string()
}

#[test]
fn the_screen_shows_the_logbook_under_a_banner_naming_the_engine() {
    this_is_newer();
    let path = copy("screen");
    let newest = "pruefung-arbeitsplaetze-aemter → verwaltungsnetz-aemter";
    for (lang, banner) in [(Lang::EN, "READ-ONLY"), (Lang::DE, "NUR LESEND")] {
        let view = ReadOnly::open(&path, Role::Control, Some(lang), Lang::EN).unwrap();
        let wide = screen(&view, &Ui::default(), 120, 40);
        assert!(wide.contains(banner), "{wide}");
        assert!(wide.contains(&format!("{OLD};")), "{wide}");
        assert!(wide.contains("Einsatztagebuch"), "{wide}");
        assert!(wide.contains("ÜBUNG"), "{wide}");
        // The newest entry first, and in full in the detail panel.
        assert!(wide.contains(newest), "{wide}");
        assert!(wide.contains(&format!(" {ENTRIES} ")), "{wide}");
        // No other tab: there is no simulation to show.
        assert!(!wide.contains("Lagebild"), "{wide}");
        let small = screen(&view, &Ui::default(), 80, 24);
        assert!(small.contains(banner) && small.contains(OLD), "{small}");
    }
    // A refused key is shown on the status line.
    let mut view = ReadOnly::open(&path, Role::Control, Some(Lang::EN), Lang::EN).unwrap();
    let mut ui = Ui::default();
    handle_read_only_key(&mut view, &mut ui, key('d'), REAL);
    let text = screen(&view, &ui, 120, 40);
    assert!(text.contains("nothing can be changed here"), "{text}");
    untouched(&path);
}

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let o = krisenstab(args);
    (
        o.status.code(),
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn sweep_replay_and_counterfactuals_refuse_it_naming_the_engine() {
    this_is_newer();
    let path = copy("refuse");
    let p = path.to_str().unwrap();
    let this = format!("this is {ENGINE}");
    for args in [
        &["sweep", p, "--runs", "2"][..],
        &["sweep", p, "--runs", "2", "--json"],
        &["sweep", p, "--runs", "2", "--drop", "1"],
        &["replay", p, "--verify"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, Some(1), "{args:?}: {err}");
        assert!(out.is_empty(), "{args:?}: {out}");
        assert!(
            err.contains(&format!("written by {OLD}")),
            "{args:?}: {err}"
        );
        assert!(err.contains(&this), "{args:?}: {err}");
    }
    let (code, _, err) = run(&["--lang", "de", "sweep", p, "--runs", "2"]);
    assert_eq!(code, Some(1));
    assert!(
        err.contains(&format!("geschrieben von {OLD}; dies ist {ENGINE}")),
        "{err}"
    );
    let out = path.with_file_name("counterfactuals.html");
    let (code, _, err) = run(&[
        "report",
        p,
        "--counterfactuals",
        "--runs",
        "2",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains(&format!("written by {OLD}")), "{err}");
    assert!(!out.exists(), "no report was written");
    // Without a terminal `play --resume` prints the logbook and leaves the file alone.
    let (code, out, err) = run(&["play", "--resume", p]);
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains(&format!("written by {OLD}")), "{err}");
    assert_eq!(out.lines().count(), ENTRIES);
    assert!(out.contains("rz-isolieren → ksm-rechenzentrum"), "{out}");
    untouched(&path);
}

#[test]
fn report_shows_the_record_and_says_first_who_wrote_it() {
    this_is_newer();
    let path = copy("report");
    let p = path.to_str().unwrap();
    let md = path.with_file_name("report.md");
    let html = path.with_file_name("report.html");
    for (lang, says) in [
        (
            "en",
            [
                format!("written by {OLD}"),
                format!("could not be replayed with this engine ({ENGINE})"),
                "Only what the file records is shown: the logbook".to_string(),
            ],
        ),
        (
            "de",
            [
                format!("von {OLD} geschrieben"),
                format!("mit dieser Engine ({ENGINE}) nicht wiederholen"),
                "Gezeigt wird nur, was die Datei aufzeichnet: das Einsatztagebuch".to_string(),
            ],
        ),
    ] {
        let (code, out, err) = run(&["--lang", lang, "report", p, "-o", md.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        assert_eq!(out.trim(), md.to_str().unwrap());
        assert!(err.contains(OLD), "the command says so too: {err}");
        let text = std::fs::read_to_string(&md).unwrap();
        // The first lines after the title say it, before any chapter.
        let head: String = text.lines().take(8).collect::<Vec<_>>().join("\n");
        for s in &says {
            assert!(head.contains(s.as_str()), "{lang}: {s:?} not in\n{head}");
        }
        // The logbook and the decisions as recorded; no re-simulated figures or charts.
        assert!(
            text.contains("rz-isolieren → ksm-rechenzentrum; Alarm um 03:00"),
            "{text}"
        );
        assert!(text.contains("| 50 |"), "every entry: {text}");
        assert!(!text.contains("Realverlauf 2021"), "{text}");

        let (code, _, err) = run(&["--lang", lang, "report", p, "-o", html.to_str().unwrap()]);
        assert_eq!(code, Some(0), "{err}");
        // Long words carry break hints in table cells; the text is what a reader sees.
        let page = std::fs::read_to_string(&html)
            .unwrap()
            .replace("<wbr>", "")
            .replace("&shy;", "");
        let notice = page.find("<div class=\"notice\">").unwrap();
        assert!(notice < page.find("<section").unwrap());
        assert!(page[notice..].contains(&says[0]), "{page}");
        assert!(!page.contains("<svg"), "no charts from a record");
        assert!(page.contains("wan-trennen → wan-schwerin"));
    }
    // The page-numbered logbook needs no replay either.
    let sheets = path.with_file_name("logbook.md");
    let (code, _, err) = run(&[
        "--lang",
        "en",
        "report",
        p,
        "--logbook",
        "-o",
        sheets.to_str().unwrap(),
    ]);
    assert_eq!(code, Some(0), "{err}");
    let text = std::fs::read_to_string(&sheets).unwrap();
    assert!(text.contains("Page 1 / "), "{text}");
    assert!(text.contains("wan-trennen → wan-lup"), "{text}");
    untouched(&path);
}

#[test]
fn the_record_only_report_escapes_what_the_file_says() {
    this_is_newer();
    let path = copy("escape");
    // A copy whose logbook, rating and observation hold markup (not the fixture itself).
    let mut file = ExerciseFile::read(&path).unwrap();
    file.logbook[0].text = "<script>alert(1)</script> & | Spalte".into();
    file.ratings.push(krisenstab::exercise::Rating {
        objective: "ziel-<b>".into(),
        verdict: Verdict::Teilweise,
        comment: "\"zu spät\" <i>".into(),
        tick: 200,
        real_time: "2026-11-24 10:00".into(),
    });
    file.observations.push(krisenstab::exercise::Observation {
        tick: 200,
        exercise_time: "2021-10-16 08:00".into(),
        real_time: String::new(),
        text: "Lage <unklar>".into(),
        refers_to: Some(Reference::Entry(1)),
        critical: false,
    });
    let edited = path.with_file_name("edited.ron");
    file.save(&edited).unwrap();
    assert_eq!(ExerciseFile::read(&edited).unwrap().engine, OLD);
    let e = edited.to_str().unwrap();
    let html = path.with_file_name("e.html");
    let (code, _, err) = run(&["--lang", "en", "report", e, "-o", html.to_str().unwrap()]);
    assert_eq!(code, Some(0), "{err}");
    let raw = std::fs::read_to_string(&html).unwrap();
    assert!(!raw.contains("<script>") && !raw.contains("<b>") && !raw.contains("<i>"));
    // Long words carry break hints (`<wbr>`, soft hyphens) in table cells, nothing else.
    let page = raw.replace("<wbr>", "").replace("&shy;", "");
    assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; | Spalte"));
    assert!(page.contains("ziel-&lt;b&gt;") && page.contains("&quot;zu spät&quot; &lt;i&gt;"));
    assert!(page.contains("Lage &lt;unklar&gt;"));
    let md = path.with_file_name("e.md");
    let (code, _, _) = run(&["--lang", "en", "report", e, "-o", md.to_str().unwrap()]);
    assert_eq!(code, Some(0));
    let text = std::fs::read_to_string(&md).unwrap();
    // Markdown as the full report writes it: table cells keep their text, every character
    // Markdown would read as markup escaped.
    assert!(
        text.contains("| \\<script\\>alert(1)\\</script\\> \\& \\| Spalte |"),
        "{text}"
    );
    assert!(text.contains("Lage \\<unklar\\> \\[log no. 1\\]"), "{text}");
    untouched(&path);
}

/// The fixture's commands are what 0.1.0 recorded: the Realverlauf's decisions and advances.
#[test]
fn the_fixture_is_what_the_old_engine_recorded() {
    let file = ExerciseFile::read(&fixture()).unwrap();
    assert_eq!(file.engine, OLD);
    let advanced: u64 = file
        .commands
        .iter()
        .map(|l| match l.command {
            Command::Advance(n) => u64::from(n),
            _ => 0,
        })
        .sum();
    assert_eq!(advanced, file.state_hashes.len() as u64);
}

/// The previous releases' files (`tests/fixtures/exercise-0.2.0.ron` to `-0.5.0.ron`, as those
/// engines wrote them from the Realverlauf's first 30 days, unedited): each opens read-only with
/// its logbook, reports from its record, and a replay refuses it naming its engine.
#[test]
fn the_previous_release_files_open_read_only_with_their_logbooks() {
    // 0.5.0 was the previous release of 0.6.0 (words from catalogues, the report for
    // leadership, the faster engine), 0.4.0 of 0.5.0 (injects that follow the world), 0.3.0 of
    // 0.4.0 (minute time, format 2), 0.2.0 of 0.3.0.
    for (version, first) in [
        ("0.2.0", "rz-isolieren"),
        ("0.3.0", "notabschaltung"),
        ("0.4.0", "notabschaltung"),
        ("0.5.0", "notabschaltung"),
    ] {
        previous_release(version, first);
    }
}

fn previous_release(version: &str, first_action: &str) {
    let previous = format!("krisenstab {version}");
    let previous = previous.as_str();
    assert_ne!(env!("CARGO_PKG_VERSION"), version);
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(format!("tests/fixtures/exercise-{version}.ron"));
    let archive = Archive::open(&fixture).unwrap();
    assert_eq!(archive.written_by(), previous);
    assert!(!archive.file.replayable());
    let decisions = archive.decisions();
    assert!(decisions.len() > 30, "{} decisions", decisions.len());
    assert!(decisions.iter().all(|(_, d)| d.is_some()));
    let (_, first) = decisions[0];
    assert_eq!(first.unwrap().action, first_action);

    let dir = std::env::temp_dir().join(format!(
        "krisenstab-previous-{version}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("exercise-{version}.ron"));
    std::fs::copy(&fixture, &path).unwrap();
    let view = ReadOnly::open(&path, Role::Control, None, Lang::EN).unwrap();
    assert_eq!(view.written_by(), previous);
    assert_eq!(view.file().logbook.len(), archive.file.logbook.len());
    let p = path.to_str().unwrap();
    let (code, _, err) = run(&["replay", p, "--verify"]);
    assert_eq!(code, Some(1));
    assert!(err.contains(&format!("written by {previous}")), "{err}");
    let out = dir.join("report.html");
    let (code, _, err) = run(&["report", p, "-o", out.to_str().unwrap(), "--lang", "en"]);
    assert_eq!(code, Some(0), "{err}");
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains(&format!("written by {previous}")),
        "the report says who wrote it"
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        std::fs::read(&fixture).unwrap()
    );
    let _ = std::fs::remove_dir_all(&dir);
}
