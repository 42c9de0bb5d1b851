//! The real binary in a pseudo-terminal: decide, get killed, resume, find the decision, quit.
//!
//! A terminal emulator (vt100) reads what the program draws, so the assertions are about the
//! screen a person would see. Every wait polls with a deadline, and a child still alive when a
//! test fails is killed, so nothing here can hang CI.

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

const ROWS: u16 = 40;
const COLS: u16 = 120;
/// Generous: a loaded CI machine may be slow to start a debug binary.
const WAIT: Duration = Duration::from_secs(20);

/// The program running in a pseudo-terminal, with the screen it has drawn so far.
struct Terminal {
    screen: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote to the terminal.
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    /// The pseudo-terminal stays open as long as this lives, so its modes can be read after
    /// the program has ended.
    master: Arc<Mutex<Box<dyn MasterPty + Send>>>,
}

impl Terminal {
    fn start(args: &[&str], dir: &Path) -> Terminal {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_krisenstab"));
        command.args(args);
        command.cwd(dir);
        command.env("TERM", "xterm-256color");
        for key in ["LANG", "LC_ALL", "LC_MESSAGES"] {
            command.env_remove(key);
        }
        let child = pair.slave.spawn_command(command).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            NonZeroU16::new(ROWS).unwrap(),
            NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let parser = Arc::clone(&screen);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let bytes = Arc::clone(&raw);
        // The master must stay open while the child runs; the reader thread holds it.
        let master = Arc::new(Mutex::new(pair.master));
        let held = Arc::clone(&master);
        std::thread::spawn(move || {
            let _master = held;
            let mut buf = [0u8; 8192];
            // Ends when the child has exited and the pty reports end of file or an error.
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                bytes.lock().unwrap().extend_from_slice(&buf[..n]);
                parser.lock().unwrap().process(&buf[..n]);
            }
        });
        Terminal {
            screen,
            raw,
            writer,
            child,
            master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen if it does not in time.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "{text:?} did not appear on screen within {WAIT:?}:\n{}",
            self.contents()
        );
    }

    /// Skips the guided overlay a new exercise opens with (Esc), and waits until it is gone.
    /// STARTEX as control: the exercise's details for the report are asked first; Enter
    /// takes the proposed title and date and leaves the rest empty.
    fn startex(&mut self) {
        self.keys("s");
        self.wait_for("STARTEX: Angaben");
        self.keys("\r\r\r\r\r\r");
    }

    fn skip_guide(&mut self) {
        self.wait_for("Esc überspringen");
        self.keys("\x1b");
        let deadline = Instant::now() + WAIT;
        while self.contents().contains("Esc überspringen") {
            assert!(
                Instant::now() < deadline,
                "the guide stays:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the program read each batch on its own, as typed keys would arrive.
        std::thread::sleep(Duration::from_millis(100));
    }

    /// Waits for the program to exit by itself; kills it and fails if it does not in time.
    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the program did not exit within {WAIT:?}:\n{}",
            self.contents()
        );
    }

    /// Sends a signal (`TERM`, `INT`, `HUP` …) to the program.
    fn signal(&mut self, name: &str) {
        let pid = self.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args([&format!("-{name}"), &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// The terminal's settings as `stty -a` prints them.
    fn modes(&self) -> String {
        let tty = self.master.lock().unwrap().tty_name().unwrap();
        let out = std::process::Command::new("stty")
            .arg("-F")
            .arg(&tty)
            .arg("-a")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// SIGKILL: no chance to clean up, as when the power goes.
    fn kill_hard(&mut self) {
        let pid = self.child.process_id().unwrap();
        let status = std::process::Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let deadline = Instant::now() + WAIT;
        while self.child.try_wait().unwrap().is_none() {
            assert!(Instant::now() < deadline, "SIGKILL did not end the program");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("krisenstab-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Waits until the file on disk contains `text`.
fn wait_for_file(path: &Path, text: &str) {
    let deadline = Instant::now() + WAIT;
    while Instant::now() < deadline {
        if std::fs::read_to_string(path).is_ok_and(|t| t.contains(text)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "{} did not come to contain {text:?} within {WAIT:?}",
        path.display()
    );
}

#[test]
fn a_decision_survives_a_hard_kill_and_shows_after_resuming() {
    let dir = folder("resume");
    let file = dir.join("x.ron");
    let file_arg = file.to_str().unwrap();
    let reason = "Übergriff verhindern";

    let mut first = Terminal::start(
        &["play", "tutorial", "--out", file_arg, "--lang", "de"],
        &dir,
    );
    first.wait_for("ÜBUNG");
    first.skip_guide();
    // Decision dialog: the first action, its first target, its own function, a reason, confirm.
    first.keys("d");
    first.keys("\r");
    first.keys("\r");
    first.keys("\r");
    first.keys(reason);
    first.keys("\r");
    first.keys("\r");
    wait_for_file(&file, reason);
    first.kill_hard();

    let mut second = Terminal::start(&["play", "--resume", file_arg, "--lang", "de"], &dir);
    second.wait_for("ÜBUNG");
    second.keys("4");
    second.wait_for(reason);
    second.keys("q");
    second.keys("j");
    let status = second.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    // The reader thread may still be taking in the last bytes.
    let deadline = Instant::now() + WAIT;
    while !second.contents().contains("x.ron") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let screen = second.screen.lock().unwrap();
    assert!(
        !screen.screen().alternate_screen(),
        "the terminal was given back"
    );
    assert!(
        screen.screen().contents().contains("x.ron"),
        "the file's path is printed on the way out:\n{}",
        screen.screen().contents()
    );
}

/// The exercise time in the header, as minutes since 01.03.2024 00:00 (the tutorial's start).
fn header_minutes(screen: &str, date: &str) -> Option<u32> {
    let first = screen.lines().next()?;
    let at = first.find(date)? + date.len() + 1;
    let hh: u32 = first.get(at..at + 2)?.parse().ok()?;
    let mm: u32 = first.get(at + 3..at + 5)?.parse().ok()?;
    Some(hh * 60 + mm)
}

#[test]
fn time_runs_by_itself_and_a_second_screen_follows_read_only() {
    let dir = folder("follow");
    let file = dir.join("f.ron");
    let file_arg = file.to_str().unwrap();
    let mut control = Terminal::start(
        &["play", "tutorial", "--out", file_arg, "--lang", "de"],
        &dir,
    );
    control.wait_for("ÜBUNG");
    control.skip_guide();
    let mut beamer = Terminal::start(&["play", "--follow", file_arg, "--lang", "de"], &dir);
    beamer.wait_for("ÜBUNG");
    beamer.keys("4");
    // STARTEX, then one exercise hour per real second (real time, 1, 5, 15 min, 1 h).
    control.startex();
    control.keys("+++++");
    let deadline = Instant::now() + WAIT;
    while header_minutes(&control.contents(), "01.03.2024").unwrap_or(0) < 3 * 60 {
        assert!(
            Instant::now() < deadline,
            "time did not run:\n{}",
            control.contents()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The projector shows what control writes, and acts on nothing.
    beamer.wait_for("STARTEX");
    // Down the five speeds to time stopped.
    control.keys("-----");
    control.keys("n");
    control.keys("Lagebesprechung 10:00 im Sitzungssaal");
    control.keys("\r");
    beamer.wait_for("Lagebesprechung 10:00 im Sitzungssaal");
    let before = std::fs::read_to_string(&file).unwrap();
    beamer.keys("d");
    beamer.keys("n");
    beamer.keys("\r");
    beamer.keys(" ");
    std::thread::sleep(Duration::from_millis(700));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        before,
        "the follower wrote"
    );
    for terminal in [&mut beamer, &mut control] {
        terminal.keys("q");
        terminal.keys("j");
        let status = terminal.wait_exit();
        assert!(status.success(), "exit status {status:?}");
    }
}

// Refusals come before the terminal is taken over, so they need no pseudo-terminal.

/// A valid exercise file of a day of the tutorial, as `run --save` writes it.
fn saved_exercise(dir: &Path) -> PathBuf {
    let file = dir.join("saved.ron");
    let out = crate::krisenstab(&[
        "run",
        "tutorial",
        "--days",
        "1",
        "--save",
        file.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

#[test]
fn corrupt_and_edited_files_are_refused_whole_and_foreign_ones_read_only() {
    let dir = folder("refuse");
    let good = saved_exercise(&dir);
    let text = std::fs::read_to_string(&good).unwrap();
    let cases = [
        (
            "truncated.ron",
            text[..text.len() / 2].to_string(),
            "not an exercise file",
            1,
        ),
        (
            "edited.ron",
            text.replacen("Musterstadt", "Beispielstadt", 1),
            "does not match its recorded hash",
            1,
        ),
        (
            "foreign.ron",
            text.replacen(
                &format!("engine: \"krisenstab {}\"", env!("CARGO_PKG_VERSION")),
                "engine: \"krisenstab 0.0.0-other\"",
                1,
            ),
            // Not continued, but opened read-only for its logbook.
            "cannot continue",
            0,
        ),
    ];
    for (name, content, says, code) in cases {
        let file = dir.join(name);
        std::fs::write(&file, &content).unwrap();
        for flag in ["--resume", "--follow"] {
            let out = crate::krisenstab(&["play", flag, file.to_str().unwrap()]);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(code), "{name} {flag}: {stderr}");
            assert!(stderr.contains(says), "{name} {flag}: {stderr}");
            assert_eq!(
                std::fs::read_to_string(&file).unwrap(),
                content,
                "{name}: a refused file is left as it was"
            );
        }
    }
}

#[test]
fn play_does_not_overwrite_an_exercise_and_knows_its_usage() {
    let dir = folder("usage");
    let good = saved_exercise(&dir);
    let before = std::fs::read_to_string(&good).unwrap();
    let out = crate::krisenstab(&["play", "tutorial", "--out", good.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--resume"));
    assert_eq!(std::fs::read_to_string(&good).unwrap(), before);
    for args in [
        &["play", "--resume", "x.ron", "--seed", "3"][..],
        &["play", "tutorial", "--follow", "x.ron"],
        &["play", "--role", "boss"],
        &["play", "--resume", "x.ron", "--follow", "y.ron"],
    ] {
        let out = crate::krisenstab(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
    }
    // Without a terminal nothing is started and no file is written.
    let new = dir.join("new.ron");
    let out = crate::krisenstab(&[
        "play",
        "tutorial",
        "--out",
        new.to_str().unwrap(),
        "--lang",
        "en",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("terminal"));
    assert!(!new.exists());
    // A bad scenario is refused as `check` refuses it.
    let out = crate::krisenstab(&["play", "no-such-scenario"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn the_lagefilm_scrubs_plays_and_leaves_the_file_alone() {
    let dir = folder("film");
    let file = dir.join("film.ron");
    let file_arg = file.to_str().unwrap();
    let o = super::krisenstab(&["run", "tutorial", "--historical", "--save", file_arg]);
    assert_eq!(o.status.code(), Some(0));
    let before = std::fs::read(&file).unwrap();
    let mut film = Terminal::start(&["replay", file_arg, "--lang", "en"], &dir);
    film.wait_for("Lagefilm ❚❚");
    film.wait_for(" 0/504 ");
    film.keys("G");
    film.wait_for(" 504/504 ");
    film.keys("g");
    film.wait_for(" 0/504 ");
    film.keys("\x1b[C"); // →
    film.wait_for(" 1/504 ");
    film.keys("]");
    film.wait_for(" 25/504 ");
    film.keys("\x1b[D"); // ←
    film.wait_for(" 24/504 ");
    film.wait_for("│ 2024-03-02 00:00 │");
    // Space plays (a day per second) until stopped.
    film.keys(" ");
    film.wait_for("Lagefilm ▶ 1 d/s");
    let deadline = Instant::now() + WAIT;
    while film.contents().contains(" 24/504 ") {
        assert!(Instant::now() < deadline, "the film did not play");
        std::thread::sleep(Duration::from_millis(50));
    }
    film.keys(" ");
    film.wait_for("Lagefilm ❚❚");
    // Read-only: the keys that would act do nothing.
    film.keys("d");
    film.keys("s");
    film.keys("q");
    film.keys("y");
    let status = film.wait_exit();
    assert!(status.success(), "exit status {status:?}");
    let deadline = Instant::now() + WAIT;
    while !film.contents().contains("film.ron") && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    let screen = film.screen.lock().unwrap();
    assert!(
        !screen.screen().alternate_screen(),
        "the terminal was given back"
    );
    assert!(
        screen
            .screen()
            .contents()
            .contains("Lagefilm of the exercise file (unchanged)")
    );
    drop(screen);
    assert_eq!(std::fs::read(&file).unwrap(), before, "the film wrote");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
}

#[test]
fn an_older_engines_file_opens_read_only_with_its_logbook_and_stays_unchanged() {
    let dir = folder("older");
    let file = dir.join("old.ron");
    std::fs::copy(super::older_engine::fixture(), &file).unwrap();
    let before = std::fs::read(&file).unwrap();
    let file_arg = file.to_str().unwrap();
    for args in [
        &["play", "--resume", file_arg, "--lang", "en"][..],
        &["replay", file_arg, "--lang", "en"],
    ] {
        let mut view = Terminal::start(args, &dir);
        view.wait_for("READ-ONLY – written by krisenstab 0.1.0");
        // The logbook, newest entry first.
        view.wait_for("pruefung-arbeitsplaetze-aemter");
        // A decision, passing time, the Lagebild: refused, and it says so.
        view.keys("d");
        view.wait_for("Read-only (written by krisenstab 0.1.0): nothing can be changed here");
        view.keys(" ");
        view.keys("1");
        view.keys("\x1b[B"); // ↓
        view.keys("q");
        view.keys("y");
        let status = view.wait_exit();
        assert!(status.success(), "{args:?}: exit status {status:?}");
        let deadline = Instant::now() + WAIT;
        while !view.contents().contains("unchanged") && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(
            view.contents()
                .contains("Exercise file (read only, unchanged)"),
            "{}",
            view.contents()
        );
        assert_eq!(std::fs::read(&file).unwrap(), before, "{args:?} wrote");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 1);
    }
}

/// Where `needle` last occurs in `haystack`.
fn last(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

#[test]
fn a_signal_saves_the_exercise_and_gives_the_terminal_back() {
    for (signal, number) in [("TERM", 15), ("INT", 2), ("HUP", 1)] {
        let dir = folder(&format!("signal-{signal}"));
        let file = dir.join("s.ron");
        let file_arg = file.to_str().unwrap();
        let mut t = Terminal::start(
            &["play", "tutorial", "--out", file_arg, "--lang", "de"],
            &dir,
        );
        t.wait_for("ÜBUNG");
        t.skip_guide();
        let before = t.modes();
        assert!(
            before.contains("-icanon"),
            "raw mode while it runs: {before}"
        );
        // STARTEX, then one exercise hour per real second (real time, 1, 5, 15 min, 1 h): time
        // passes that is saved at most once a second.
        t.startex();
        t.keys("+++++");
        let deadline = Instant::now() + WAIT;
        while header_minutes(&t.contents(), "01.03.2024").unwrap_or(0) < 3 * 60 {
            assert!(
                Instant::now() < deadline,
                "time did not run:\n{}",
                t.contents()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let shown = header_minutes(&t.contents(), "01.03.2024").unwrap();
        t.signal(signal);
        let status = t.wait_exit();
        assert_eq!(status.exit_code(), 128 + number, "SIG{signal}: {status:?}");

        // The reader thread may still be taking in the last bytes.
        let deadline = Instant::now() + WAIT;
        while !t.contents().contains("s.ron") && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        let raw = t.raw.lock().unwrap().clone();
        let left = last(&raw, b"\x1b[?1049l").expect("the alternate screen is left");
        assert!(
            left > last(&raw, b"\x1b[?1049h").unwrap(),
            "SIG{signal}: left last"
        );
        let shown_cursor = last(&raw, b"\x1b[?25h").expect("the cursor is shown");
        assert!(
            shown_cursor > last(&raw, b"\x1b[?25l").unwrap_or(0),
            "SIG{signal}"
        );
        {
            let screen = t.screen.lock().unwrap();
            assert!(!screen.screen().alternate_screen(), "SIG{signal}");
            assert!(!screen.screen().hide_cursor(), "SIG{signal}");
            assert!(
                screen.screen().contents().contains("s.ron"),
                "the file's path is printed on the way out:\n{}",
                screen.screen().contents()
            );
        }
        let after = t.modes();
        assert!(
            after.contains(" icanon") && after.contains(" echo"),
            "SIG{signal}: raw mode is switched off: {after}"
        );

        // The file is whole, replays, and holds the time that passed up to the signal.
        let saved = krisenstab::exercise::ExerciseFile::read(&file).unwrap();
        // Where the saved record ends: the last command's minute and what it let pass.
        let minutes = saved.commands.last().map_or(0, |l| match l.command {
            krisenstab::sim::command::Command::Advance(n) => {
                (usize::try_from(l.tick).unwrap() + n as usize) * 60
            }
            krisenstab::sim::command::Command::Wait(w) => {
                usize::try_from(l.minute.unwrap()).unwrap() + w as usize
            }
            _ => usize::try_from(l.minute.unwrap_or(0)).unwrap(),
        });
        assert!(
            minutes >= usize::try_from(shown).unwrap(),
            "SIG{signal}: {minutes} minutes saved, {shown} shown before the signal"
        );
        let verify = crate::krisenstab(&["replay", "--verify", file_arg]);
        assert!(
            verify.status.success(),
            "{}",
            String::from_utf8_lossy(&verify.stderr)
        );
    }
}

/// After `kill -9` nothing gave the terminal back: the next process finds the old screen. Its
/// first frame must cover all of it (issue 14, D13). Both processes' output, one after the
/// other into one terminal, must show what the second alone draws.
#[test]
fn resuming_after_a_hard_kill_draws_the_whole_screen() {
    let dir = folder("redraw");
    let file = dir.join("r.ron");
    let file_arg = file.to_str().unwrap();
    let mut first = Terminal::start(
        &["play", "tutorial", "--out", file_arg, "--lang", "de"],
        &dir,
    );
    first.wait_for("ÜBUNG");
    first.skip_guide();
    // The help fills the middle of the screen where the Lagebild has blanks.
    first.keys("?");
    first.wait_for("Allgemein");
    first.kill_hard();
    let old = first.raw.lock().unwrap().clone();

    let mut second = Terminal::start(&["play", "--resume", file_arg, "--lang", "de"], &dir);
    second.wait_for("ÜBUNG");
    // Let the first frame arrive whole.
    std::thread::sleep(Duration::from_millis(500));
    let new = second.raw.lock().unwrap().clone();
    let parser = || {
        vt100::Parser::new(
            NonZeroU16::new(ROWS).unwrap(),
            NonZeroU16::new(COLS).unwrap(),
            0,
        )
    };
    let mut alone = parser();
    alone.process(&new);
    let mut both = parser();
    both.process(&old);
    both.process(&new);
    assert_eq!(
        both.screen().contents(),
        alone.screen().contents(),
        "the old screen shows through the first frame"
    );
    second.keys("q");
    second.keys("j");
    let status = second.wait_exit();
    assert!(status.success(), "exit status {status:?}");
}

/// At one exercise minute per real second the header's clock moves minute by minute (not by the
/// hour of the scenario's tick), and the file holds the minutes that passed.
#[test]
fn at_one_minute_per_second_the_clock_moves_by_the_minute() {
    let dir = folder("minute");
    let file = dir.join("m.ron");
    let file_arg = file.to_str().unwrap();
    let mut t = Terminal::start(
        &["play", "tutorial", "--out", file_arg, "--lang", "de"],
        &dir,
    );
    t.wait_for("ÜBUNG");
    t.skip_guide();
    // STARTEX, then real time and one minute per second.
    t.startex();
    t.keys("++");
    t.wait_for("1 min je Sekunde");
    let deadline = Instant::now() + WAIT;
    let mut seen = Vec::new();
    while seen.len() < 3 {
        assert!(
            Instant::now() < deadline,
            "the minute did not advance: {seen:?}\n{}",
            t.contents()
        );
        if let Some(m) = header_minutes(&t.contents(), "01.03.2024")
            && seen.last() != Some(&m)
        {
            seen.push(m);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    // Minutes in between the hours: 00:01, 00:02 ... (the first tick ends at 01:00).
    assert!(seen.iter().any(|m| m % 60 != 0), "{seen:?}");
    assert!(
        seen.windows(2).all(|w| w[1] > w[0] && w[1] - w[0] < 10),
        "{seen:?}"
    );
    t.keys("q");
    t.keys("j");
    let _ = t.wait_exit();
    let saved = krisenstab::exercise::ExerciseFile::read(&file).unwrap();
    assert!(
        saved
            .commands
            .iter()
            .any(|l| matches!(l.command, krisenstab::sim::command::Command::Wait(_))),
        "minute waits are recorded"
    );
}

/// A first exercise without a manual: the tutorial's guided overlay walks through every screen
/// of control, and the exercise goes from STARTEX to ENDEX; the file records that the guide was
/// read.
#[test]
fn the_tutorial_guide_walks_every_screen_to_endex() {
    let dir = folder("guide");
    let file = dir.join("g.ron");
    let file_arg = file.to_str().unwrap();
    let mut t = Terminal::start(
        &["play", "tutorial", "--out", file_arg, "--lang", "de"],
        &dir,
    );
    for (step, title) in [
        "Willkommen in der Übung",
        "Einlagen",
        "Maßnahmen",
        "Einsatztagebuch",
        "Verlauf",
        "Steuerung",
        "Ende der Übung",
    ]
    .iter()
    .enumerate()
    {
        t.wait_for(&format!("{title} ({}/7)", step + 1));
        t.keys("\r");
    }
    let deadline = Instant::now() + WAIT;
    while t.contents().contains("Esc überspringen") {
        assert!(
            Instant::now() < deadline,
            "the guide stays:\n{}",
            t.contents()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    t.startex();
    t.wait_for("STARTEX");
    t.keys(" ");
    t.keys("e");
    t.wait_for("ENDEX – Übung beenden?");
    t.keys("j");
    wait_for_file(&file, "status: ended");
    t.keys("q");
    t.keys("j");
    assert!(t.wait_exit().success());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("guide_dismissed: true"), "{saved}");
    assert!(saved.contains("status: ended"), "{saved}");
}

/// `--role staff` without control: the staff starts, runs its own time and decides, and never
/// sees what only control sees.
#[test]
fn a_staff_on_its_own_starts_advances_and_decides() {
    let dir = folder("staff-alone");
    let file = dir.join("s.ron");
    let file_arg = file.to_str().unwrap();
    let mut t = Terminal::start(
        &[
            "play", "tutorial", "--role", "staff", "--out", file_arg, "--lang", "de",
        ],
        &dir,
    );
    t.wait_for("ÜBUNG");
    t.skip_guide();
    t.keys("s");
    t.wait_for("STARTEX");
    // Three days and eight hours on, by the day and four-hour keys: the alarm of Monday 06:00
    // is in.
    t.keys("ttt");
    t.keys("ww");
    t.wait_for("04.03.2024 08:00");
    t.keys("2");
    t.wait_for("Alarm: Dateien nicht mehr lesbar");
    let reason = "Ausbreitung stoppen";
    t.keys("d");
    t.keys("\r");
    t.keys("\r");
    t.keys("\r");
    t.keys(reason);
    t.keys("\r");
    t.keys("\r");
    t.wait_for("Entscheidung eingetragen");
    t.keys("4");
    t.wait_for(reason);
    // Every screen of the staff, none with control's script.
    let scenario =
        krisenstab::scenario::parse(krisenstab::scenario::builtin("tutorial").unwrap()).unwrap();
    // (The tab as the tab bar draws it: a real time ending in 6 may stand before "Steuerung".)
    let mut secret: Vec<String> = vec!["Verlauf  6 Steuerung".into(), "Wahrheit".into()];
    for inject in scenario.injects() {
        for note in [&inject.expected_reaction, &inject.control_note] {
            if !note.is_empty() {
                secret.push(note.clone());
            }
        }
    }
    secret.push("Beschwerden im Bürgerbüro".into());
    // Each screen by what it shows once drawn; the sixth is refused.
    for (screen, drawn) in [
        ("1", "Netze und Verwaltungen"),
        ("2", "Filter: alle Funktionen"),
        ("3", "Laufende Maßnahmen"),
        ("4", "Einsatztagebuch Nr."),
        ("5", "Dienste in Betrieb"),
        ("6", "Für diese Rolle nicht möglich"),
    ] {
        t.keys(screen);
        t.wait_for(drawn);
        let shown = t.contents();
        for word in &secret {
            assert!(
                !shown.contains(word.as_str()),
                "{word:?} on screen {screen}:\n{shown}"
            );
        }
    }
    t.keys("q");
    t.keys("j");
    assert!(t.wait_exit().success());
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains(reason), "the decision is in the file");
}
