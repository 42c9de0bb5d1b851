//! The terminal's lifecycle and the event loop.
//!
//! [`run`] takes the terminal over (raw mode, alternate screen), draws a frame, answers every key
//! that arrived, lets exercise time run when control set a speed, and draws again: about 20 times
//! a second, so a key is answered within a frame even while time runs, and ratatui only sends
//! what changed. The terminal is restored however the loop ends: on quit, on an error (a guard's
//! `Drop`) and on a panic (a hook, which also says where the exercise file is).
//!
//! On Unix, SIGTERM, SIGINT and SIGHUP (`kill`, a closed terminal window, a logout) end the
//! interface as quitting does: the loop notices the signal within a frame, writes the time that
//! passed since the last save, and returns, which restores the terminal; [`ended_by_signal`]
//! then tells the command line which signal it was (it exits with 128 + its number). Whatever
//! else ends the loop (a terminal that is gone, an error) writes the unsaved time first too.
//!
//! In film mode (the Lagefilm of `replay`) the view is read-only too and shows the exercise at
//! the tick of its time slider; when it plays, the slider moves on at the chosen speed.
//!
//! In follow mode the view is read-only: a background thread watches the exercise file and
//! replays it whenever it changed; a file that cannot be read keeps the last good state on
//! screen and says so.
//!
//! [`run_read_only`] shows a file another engine version wrote ([`ReadOnly`]): its logbook, with
//! a banner saying so; nothing runs and nothing is written.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant, SystemTime};

use ratatui::DefaultTerminal;
use ratatui::crossterm::event;

use super::ui::Ui;
use super::{input, render};
use crate::app::{Action, App, Outcome, ReadOnly, Role};
use crate::i18n::Lang;
use crate::tf;

/// How long the loop waits for a key before drawing again.
const FRAME: Duration = Duration::from_millis(50);
/// How often follow mode looks at the file.
const FOLLOW_POLL: Duration = Duration::from_millis(500);
/// At most this many ticks per frame when time runs fast: the keyboard stays responsive and a
/// slow machine runs slower instead of falling ever further behind.
const MAX_TICKS_PER_FRAME: u64 = 240;

/// What the loop does with the exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// Run the exercise: every key may act.
    Play,
    /// A read-only view of the file the app was resumed from, reloaded when it changes; the
    /// stamp is the file's as it was just before it was read.
    Follow(Stamp),
    /// The Lagefilm: a read-only view of a finished record, at the tick of a time slider.
    Film,
}

/// What identifies one version of a file: modification time, size and (on Unix) the inode,
/// which every atomic save (write beside, then rename) changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp(Option<(Option<SystemTime>, u64, u64)>);

impl Stamp {
    /// The file's stamp now (`None` inside if it cannot be read).
    pub fn of(path: &Path) -> Stamp {
        Stamp(std::fs::metadata(path).ok().map(|m| {
            #[cfg(unix)]
            let inode = std::os::unix::fs::MetadataExt::ino(&m);
            #[cfg(not(unix))]
            let inode = 0;
            (m.modified().ok(), m.len(), inode)
        }))
    }
}

/// The wall clock as the app records it, `YYYY-MM-DD HH:MM:SS`.
pub fn real_time() -> String {
    jiff::ZonedDateTime::now()
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string()
}

/// Runs the interface until the user quits or a signal ends it. The terminal is restored
/// before this returns.
pub fn run(app: App, mode: Mode) -> Result<(), String> {
    let mut terminal = take_over(app.lang(), file_text(app.path(), app.lang(), &mode))?;
    let _restore = Restore::new();
    let mut app = app;
    let result = event_loop(&mut terminal, &mut app, mode);
    // However the loop ended (quit, a signal, a terminal that is gone): time that passed since
    // the last save is written before the terminal is given back.
    app.flush(&real_time(), true);
    result
}

/// The number of the signal that ended the interface, the last time one did (SIGTERM 15,
/// SIGINT 2, SIGHUP 1).
pub fn ended_by_signal() -> Option<u8> {
    match signalled().load(Ordering::SeqCst) {
        0 => None,
        n => u8::try_from(n).ok(),
    }
}

/// Set to a signal's number by its handler while the interface runs.
fn signalled() -> &'static Arc<AtomicUsize> {
    static SIGNALLED: OnceLock<Arc<AtomicUsize>> = OnceLock::new();
    SIGNALLED.get_or_init(|| Arc::new(AtomicUsize::new(0)))
}

/// Whether a signal asked the interface to end.
fn signal_pending() -> bool {
    signalled().load(Ordering::SeqCst) != 0
}

/// Shows an exercise file another engine version wrote, read-only (its logbook), until the user
/// quits. Nothing runs, nothing is written. The terminal is restored before this returns.
pub fn run_read_only(mut view: ReadOnly) -> Result<(), String> {
    let where_text = read_only_text(view.path(), view.lang());
    let mut terminal = take_over(view.lang(), where_text)?;
    let _restore = Restore::new();
    let mut ui = Ui::default();
    loop {
        if signal_pending() {
            return Ok(());
        }
        let now = real_time();
        input::clamp_read_only(&view, &mut ui);
        terminal
            .draw(|frame| render::draw_read_only(frame, &view, &ui, &now))
            .map_err(io)?;
        if !event::poll(FRAME).map_err(io)? {
            continue;
        }
        loop {
            let event = event::read().map_err(io)?;
            if let Some(key) = event.as_key_press_event() {
                let outcome = input::handle_read_only_key(&mut view, &mut ui, key, &real_time());
                if outcome == Some(Outcome::Quit) {
                    return Ok(());
                }
            }
            if !event::poll(Duration::ZERO).map_err(io)? {
                break;
            }
        }
    }
}

/// Takes the terminal over (raw mode, alternate screen) and sets the panic hook: ratatui's
/// (restore, then the default message) first, then `where_text`, where the file is.
fn take_over(lang: Lang, where_text: String) -> Result<DefaultTerminal, String> {
    let mut terminal = ratatui::try_init().map_err(|e| {
        ratatui::restore();
        tf!(lang, "tui-terminal-failed", why = e.to_string())
    })?;
    // What an earlier process left on the screen (after `kill -9` nothing gave the terminal
    // back) is not in ratatui's picture of it: cleared, the first frame is drawn in full.
    // (The backend's clear: the terminal's would ask for the cursor position first.)
    if let Err(e) = ratatui::backend::Backend::clear(terminal.backend_mut()) {
        ratatui::restore();
        return Err(io(e));
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        previous(info);
        eprintln!("{where_text}");
    }));
    Ok(terminal)
}

/// Where the file shown read-only is, for the last line the program prints.
pub fn read_only_text(path: &Path, lang: Lang) -> String {
    tf!(
        lang,
        "tui-file-read-only",
        path = path.display().to_string()
    )
}

/// Where the exercise file is, for the last line the program prints.
pub fn file_text(path: &Path, lang: Lang, mode: &Mode) -> String {
    let path = path.display().to_string();
    match mode {
        Mode::Play => tf!(lang, "tui-file-play", path = path),
        Mode::Follow(_) => tf!(lang, "tui-file-follow", path = path),
        Mode::Film => tf!(lang, "tui-file-film", path = path),
    }
}

/// Restores the terminal when dropped (every way out of [`run`], unwinding included); while it
/// lives, SIGTERM, SIGINT and SIGHUP set [`signalled`] instead of ending the process.
struct Restore {
    #[cfg(unix)]
    handlers: Vec<signal_hook::SigId>,
}

impl Restore {
    fn new() -> Restore {
        signalled().store(0, Ordering::SeqCst);
        #[cfg(unix)]
        {
            use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
            let handlers = [SIGTERM, SIGINT, SIGHUP]
                .into_iter()
                .filter_map(|signal| {
                    let number = usize::try_from(signal).ok()?;
                    signal_hook::flag::register_usize(signal, Arc::clone(signalled()), number).ok()
                })
                .collect();
            watchdog();
            Restore { handlers }
        }
        #[cfg(not(unix))]
        Restore {}
    }
}

/// Ends the process if a signal was not answered within two seconds. A closed terminal (SIGHUP)
/// leaves crossterm reading end-of-file forever inside its poll, so the event loop never gets
/// to look at the flag; everything decided is saved already, and passing time at most a second
/// old is what a crash would lose too.
#[cfg(unix)]
fn watchdog() {
    static STARTED: std::sync::OnceLock<()> = std::sync::OnceLock::new();
    STARTED.get_or_init(|| {
        std::thread::spawn(|| {
            loop {
                std::thread::sleep(Duration::from_millis(100));
                let signal = signalled().load(Ordering::SeqCst);
                if signal != 0 {
                    std::thread::sleep(Duration::from_secs(2));
                    if signalled().load(Ordering::SeqCst) == signal {
                        ratatui::restore();
                        std::process::exit(128 + i32::try_from(signal).unwrap_or(0));
                    }
                }
            }
        });
    });
}

impl Drop for Restore {
    fn drop(&mut self) {
        ratatui::restore();
        #[cfg(unix)]
        for handler in self.handlers.drain(..) {
            signal_hook::low_level::unregister(handler);
        }
    }
}

fn io(e: std::io::Error) -> String {
    format!("terminal: {e}")
}

fn event_loop(terminal: &mut DefaultTerminal, app: &mut App, mode: Mode) -> Result<(), String> {
    // A new exercise opens with the guided overlay, until someone reads or skips it.
    let guide = matches!(mode, Mode::Play)
        && !app.file().guide_dismissed
        && app.file().status == crate::exercise::Status::Prepared;
    let mut ui = Ui {
        read_only: matches!(mode, Mode::Follow(_)),
        guide: guide.then_some(0),
        ..Ui::default()
    };
    let follower = match &mode {
        Mode::Follow(stamp) => Some(Follower::spawn(
            app.path().to_path_buf(),
            stamp.clone(),
            app.role(),
            app.lang(),
        )),
        Mode::Play | Mode::Film => None,
    };
    let mut clock = Clock::new();
    let mut reload_failed = false;
    loop {
        if signal_pending() {
            return Ok(());
        }
        let now = real_time();
        input::clamp_selection(app, &mut ui);
        terminal
            .draw(|frame| render::draw(frame, app, &ui, &now))
            .map_err(io)?;
        if event::poll(FRAME).map_err(io)? {
            // Answer every waiting event before the next frame.
            loop {
                let event = event::read().map_err(io)?;
                if let Some(key) = event.as_key_press_event() {
                    let now = real_time();
                    let outcome = match mode {
                        Mode::Play => input::handle_key(app, &mut ui, key, &now),
                        Mode::Follow(_) => input::handle_view_key(app, &mut ui, key, &now),
                        Mode::Film => input::handle_film_key(app, &mut ui, key, &now),
                    };
                    // Time that passed in the last second is written on the way out (`run`).
                    if outcome == Some(Outcome::Quit) {
                        return Ok(());
                    }
                }
                // A resize is answered by the next draw, which fits the buffers to the terminal.
                if !event::poll(Duration::ZERO).map_err(io)? {
                    break;
                }
            }
        }
        match mode {
            Mode::Play => {
                clock.run(app, &mut ui);
                let outcome = app.flush(&real_time(), false);
                if let Outcome::SaveFailed(_) = outcome {
                    ui.message = Some(crate::tui::text::outcome(&outcome, app.lang()));
                }
            }
            Mode::Film => {
                let tick = app.scenario().meta().tick.max(1).unsigned_abs();
                let ticks = clock.due(ui.speed, tick);
                if ticks > 0 {
                    let at = app.film_ticks().map_or(0, |(now, _)| now);
                    ui.seek = Some(ui.seek.unwrap_or(at) + u64::from(ticks));
                }
                // All keys of this frame moved the slider; the film re-simulates once.
                input::settle_film(app, &mut ui, &real_time());
            }
            Mode::Follow(_) => {}
        }
        if let Some(follower) = &follower {
            match follower.next() {
                Some(Ok(fresh)) => {
                    *app = carry_over(app, fresh);
                    if reload_failed {
                        ui.message = None;
                        reload_failed = false;
                    }
                }
                Some(Err(why)) => {
                    reload_failed = true;
                    ui.message = Some(tf!(
                        app.lang(),
                        "tui-file-unreadable",
                        why = why.to_string()
                    ));
                }
                None => {}
            }
        }
    }
}

/// A freshly loaded app in the view the old one had.
fn carry_over(old: &App, mut fresh: App) -> App {
    let now = real_time();
    fresh.update(Action::Open(old.screen()), &now);
    if old.help_open() != fresh.help_open() {
        fresh.update(Action::ToggleHelp, &now);
    }
    if old.confirming_quit() {
        fresh.update(Action::Quit, &now);
    }
    fresh
}

/// Lets exercise time run at `ui.speed` exercise seconds per real second (1: real time).
struct Clock {
    last: Instant,
    pacer: crate::app::Pacer,
}

impl Clock {
    fn new() -> Clock {
        Clock {
            last: Instant::now(),
            pacer: crate::app::Pacer::default(),
        }
    }

    /// Whole units of `unit` exercise minutes due since the last call at `speed` exercise
    /// seconds per real second.
    fn due(&mut self, speed: u32, unit: u64) -> u32 {
        let elapsed = self.last.elapsed();
        self.last = Instant::now();
        let cap = u32::try_from(MAX_TICKS_PER_FRAME * 60).unwrap_or(u32::MAX);
        self.pacer.due(elapsed, speed, unit, cap)
    }

    fn run(&mut self, app: &mut App, ui: &mut Ui) {
        // Paused time holds at whatever speed was set; `p` lets it go on at that speed. While
        // control says why it pauses, time holds already.
        if app.file().status == crate::exercise::Status::Paused
            || matches!(ui.form, Some(crate::tui::ui::Form::Pause { .. }))
        {
            self.due(0, 1);
            return;
        }
        let minutes = self.due(ui.speed, 1);
        if minutes == 0 {
            return;
        }
        let action = Action::Pass(minutes);
        let outcome = app.update(action.clone(), &real_time());
        if outcome != Outcome::Done {
            ui.speed = 0;
            ui.message = input::message(app, &action, &outcome);
        }
    }
}

/// Watches a file in the background and replays it when it changed.
struct Follower {
    rx: Receiver<Result<App, String>>,
    stop: Arc<AtomicBool>,
}

impl Follower {
    fn spawn(path: PathBuf, mut seen: Stamp, role: Role, lang: Lang) -> Follower {
        let (tx, rx) = mpsc::channel();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = Arc::clone(&stop);
        std::thread::spawn(move || {
            while !stopped.load(Ordering::Relaxed) {
                std::thread::sleep(FOLLOW_POLL);
                let now = Stamp::of(&path);
                if now == seen {
                    continue;
                }
                seen = now;
                let loaded = App::resume(&path, role, lang).map_err(|e| e.to_string());
                if tx.send(loaded).is_err() {
                    break;
                }
            }
        });
        Follower { rx, stop }
    }

    /// The newest load since the last call, if any.
    fn next(&self) -> Option<Result<App, String>> {
        let mut newest = None;
        loop {
            match self.rx.try_recv() {
                Ok(loaded) => newest = Some(loaded),
                Err(TryRecvError::Empty | TryRecvError::Disconnected) => return newest,
            }
        }
    }
}

impl Drop for Follower {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}
