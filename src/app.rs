//! The exercise as the interface runs it, without a terminal.
//!
//! [`App`] owns the simulation and the exercise file. Everything a person can do is an
//! [`Action`]; [`App::update`] is the only place state changes, and every change that matters is
//! written to the exercise file at once (atomically), so a crash loses nothing confirmed. The
//! wall clock and the file path come in from outside, so tests drive the app deterministically
//! and the terminal layer only maps keys to actions and draws what [`App`] exposes.
//!
//! [`ReadOnly`] is an exercise file another engine version wrote: no simulation behind it, only
//! its Einsatztagebuch to look at; every other action is refused and it never writes.
//!
//! Over 800 lines in one file because [`App::update`] is the one place state changes: every
//! action's role check, effect and save sit in one match, and splitting it would spread that
//! rule across files.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::exercise::{
    Archive, Entry, EntryKind, ExerciseError, ExerciseFile, Observation, Position, Rating,
    Reaction, Reference, Status, Verdict,
};
use crate::i18n::{Lang, t};
use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::command::{AdHocInject, Command, Control, Decision, Rejection};
use crate::sim::reasons::{Chain, Subject};
use crate::sim::record::FactKind;
use crate::sim::snapshot::{Snapshot, View};
use crate::tf;

pub use crate::exercise::Role;

/// The screens, in the order of their number keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Screen {
    Lagebild,
    Einlagen,
    Massnahmen,
    Einsatztagebuch,
    Verlauf,
    Steuerung,
}

impl Screen {
    pub const ALL: [Screen; 6] = [
        Screen::Lagebild,
        Screen::Einlagen,
        Screen::Massnahmen,
        Screen::Einsatztagebuch,
        Screen::Verlauf,
        Screen::Steuerung,
    ];

    /// The screens a role may open.
    pub fn for_role(role: Role) -> &'static [Screen] {
        if role == Role::Control {
            &Screen::ALL
        } else {
            &Screen::ALL[..5]
        }
    }
}

/// Everything a person can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Open a screen (ignored if the role may not).
    Open(Screen),
    NextScreen,
    PreviousScreen,
    ToggleHelp,
    /// STARTEX with the exercise's details for the report's first page (title, date, kind,
    /// lead, evaluators, contact), asked for as control starts the exercise.
    StartWith(crate::exercise::ExerciseMeta),
    /// Let exercise time run this many ticks (control).
    Advance(u32),
    /// Let exercise time run this many minutes (control; the running clock and the time keys).
    Pass(u32),
    /// Run to the next scripted inject (control).
    NextInject,
    /// Jump to the start of the next phase and brief the staff (Lageeinweisung) (control).
    NextPhase,
    Startex,
    /// Hold time, and say why (a staff briefing, a break, a technical problem ...).
    Pause {
        reason: String,
    },
    /// Let held time go on.
    Resume,
    Endex,
    /// "Realereignis – Übung unterbrochen" (control).
    Interrupt,
    /// Take a staff decision (staff and control).
    Decide(Decision),
    /// Release, hold or skip a scripted inject, or write an ad-hoc one (control).
    Control(Control),
    /// The staff has read an inject.
    Acknowledge(String),
    /// Mark the staff's reaction to an inject.
    React {
        inject: String,
        reaction: Reaction,
    },
    /// A typed note in the logbook by a function, linked to the inject it follows from.
    Note {
        function: String,
        text: String,
        kind: crate::exercise::NoteKind,
        inject: Option<String>,
    },
    /// A correction of an earlier entry (a new entry that names it).
    Correct {
        entry: u32,
        function: String,
        text: String,
    },
    /// An observer rates an objective.
    Rate {
        objective: String,
        verdict: Verdict,
        comment: String,
    },
    /// An observer records an observation.
    Observe {
        text: String,
        refers_to: Option<Reference>,
        /// Leadership is to hear of it at once (NIST SP 800-84: critical lapses before the report).
        critical: bool,
    },
    /// Lagefilm: show the exercise as it stood at this tick (clamped to the recorded ticks).
    Seek(u64),
    /// The Lage page for the Lagevortrag (control for the staff's Lage function, or a staff
    /// on its own): logged as a Meldung of the Lage function.
    WriteLage {
        situation: String,
        assumptions: String,
        questions: String,
    },
    /// A Lagevortrag every so many minutes of exercise time (or of real time); `None` stops
    /// the timer.
    BriefingEvery(Option<(u32, bool)>),
    /// The guided overlay of a new exercise was read or skipped.
    DismissGuide,
    /// Quitting asks first.
    Quit,
    ConfirmQuit,
    CancelQuit,
}

/// What happened to an action, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// The role may not do this.
    NotAllowed,
    /// The engine refused the command.
    Rejected(Rejection),
    /// The exercise is over (ENDEX, or the scenario's end).
    Over,
    /// Time holds: the exercise is paused.
    Paused,
    /// Running time stopped by itself at this flash (Blitz) inject, so control can act on it.
    Stopped(String),
    /// Running time stopped by itself at this inject addressed to exercise control.
    StoppedForControl(String),
    /// Running time stopped by itself: a Lagevortrag is due.
    BriefingDue,
    /// The exercise file could not be written; the exercise goes on in memory.
    SaveFailed(String),
    /// The app should exit.
    Quit,
    /// Release, hold or skip of an inject whose state does not allow it (already delivered,
    /// already held, already skipped, already on its way); nothing was logged or changed.
    NotApplicable {
        inject: String,
        status: crate::sim::injects::InjectStatus,
    },
}

/// Turns real time into exercise minutes at a speed, without a clock of its own: the caller
/// says how much real time passed, so a test can drive it as the terminal does.
#[derive(Debug, Default)]
pub struct Pacer {
    /// Exercise time owed, in milliseconds.
    owed: u128,
}

impl Pacer {
    /// Whole units of `unit` exercise minutes due after `elapsed` real time at `speed`
    /// exercise seconds per real second (1: real time). Speed 0 forgets what was owed; what a
    /// slow machine cannot catch up with (more than `cap` units) is dropped, not carried.
    pub fn due(&mut self, elapsed: std::time::Duration, speed: u32, unit: u64, cap: u32) -> u32 {
        if speed == 0 {
            self.owed = 0;
            return 0;
        }
        let unit = u128::from(unit.max(1)) * 60_000;
        self.owed += elapsed.as_millis() * u128::from(speed);
        let units = self.owed / unit;
        if units == 0 {
            return 0;
        }
        self.owed %= unit;
        u32::try_from(units.min(u128::from(cap))).unwrap_or(cap)
    }
}

/// A running exercise.
pub struct App {
    sim: Sim,
    file: ExerciseFile,
    path: PathBuf,
    role: Role,
    lang: Lang,
    screen: Screen,
    help: bool,
    confirm_quit: bool,
    /// Timeline facts already turned into logbook entries.
    facts_logged: usize,
    /// The last outcome, for the status line.
    last: Option<Outcome>,
    /// Set in the Lagefilm: the exercise is shown read-only at a chosen tick.
    film: Option<Box<Film>>,
    /// Time advanced since the last save (writes while time runs are held to one per second).
    unsaved: bool,
    /// The real time of the last save made while time ran.
    saved_at: Option<String>,
    /// The chains of reasons and the projection of the role's view, kept while the world stays
    /// as it was.
    why: Why,
    /// (network, encrypted) the logbook already has a report line for: the automatic lines
    /// come once per change of what is known (first compromised, first encrypted), not every
    /// tick the counts grow; the Lagebild has the counts.
    reported: std::collections::BTreeSet<(u32, bool)>,
}

/// Chains and projection computed for one state of the world, as one view sees it. Computed
/// on demand (only when a screen shows them) and kept until the tick moves or a command changes
/// the world.
#[derive(Default)]
struct Why {
    /// The world they belong to: view, tick, commands in the file.
    at: Option<(View, u64, usize)>,
    chains: Option<Vec<Chain>>,
    projection: Option<Vec<Option<i64>>>,
}

/// The Lagefilm: the whole recorded exercise, and where the re-simulation shown stands in it.
/// The app's `file` is then the record cut at the shown tick.
struct Film {
    full: ExerciseFile,
    pos: Position,
}

impl App {
    /// Starts a new exercise and writes its file at once.
    pub fn start(
        scenario: Arc<Scenario>,
        text: &str,
        seed: u64,
        path: PathBuf,
        role: Role,
        lang: Lang,
    ) -> Result<App, ExerciseError> {
        let file = ExerciseFile::new(&scenario, text, seed);
        let sim = Sim::new(scenario, seed);
        let app = App::assemble(sim, file, path, role, lang);
        app.file.save(&app.path)?;
        Ok(app)
    }

    /// Continues an exercise exactly where its file left it.
    pub fn resume(path: &Path, role: Role, lang: Lang) -> Result<App, ExerciseError> {
        let file = ExerciseFile::read(path)?;
        let sim = file.replay(path)?;
        let mut app = App::assemble(sim, file, path.to_path_buf(), role, lang);
        app.facts_logged = app.sim.timeline().len();
        app.reported = reported_in(app.sim.timeline());
        Ok(app)
    }

    /// The Lagefilm of an exercise file, read-only, at tick 0. The whole file is replayed and
    /// verified first, so every tick it can show is the recorded one. It never writes the file.
    pub fn film(
        file: ExerciseFile,
        path: &Path,
        role: Role,
        lang: Lang,
    ) -> Result<App, ExerciseError> {
        file.replay(path)?;
        let mut sim = file.fresh_sim(path)?;
        let mut pos = Position::default();
        file.run_to(&mut sim, &mut pos, 0, path)?;
        let mut app = App::assemble(sim, file.cut(0), path.to_path_buf(), role, lang);
        app.file.status = status_at(&app.file.logbook);
        app.film = Some(Box::new(Film { full: file, pos }));
        Ok(app)
    }

    /// In the Lagefilm: the tick shown and the ticks recorded.
    pub fn film_ticks(&self) -> Option<(u64, u64)> {
        let film = self.film.as_ref()?;
        Some((self.sim.clock().tick, film.full.state_hashes.len() as u64))
    }

    /// In the Lagefilm: the ticks at which decisions were taken (markers on the time slider),
    /// ascending, each once.
    pub fn film_marks(&self) -> Vec<u64> {
        let mut marks: Vec<u64> = self.film.as_ref().map_or_else(Vec::new, |film| {
            film.full
                .logbook
                .iter()
                .filter(|e| e.kind == EntryKind::Decision)
                .map(|e| e.tick)
                .collect()
        });
        marks.sort_unstable();
        marks.dedup();
        marks
    }

    /// The state hash where the exercise (or the Lagefilm) stands.
    pub fn state_hash(&mut self) -> [u8; 32] {
        self.sim.state_hash()
    }

    /// Moves the Lagefilm to `tick`: on from where it stands, or again from the start when
    /// going back (a world cannot be rewound).
    fn seek(&mut self, tick: u64) -> Outcome {
        let Some(film) = self.film.as_mut() else {
            return Outcome::NotAllowed;
        };
        let tick = tick.min(film.full.state_hashes.len() as u64);
        let now = self.sim.clock().tick;
        if tick == now {
            return Outcome::Done;
        }
        let path = &self.path;
        let moved = if tick > now {
            film.full.run_to(&mut self.sim, &mut film.pos, tick, path)
        } else {
            film.full.fresh_sim(path).and_then(|mut sim| {
                let mut pos = Position::default();
                film.full.run_to(&mut sim, &mut pos, tick, path)?;
                self.sim = sim;
                film.pos = pos;
                Ok(())
            })
        };
        // The file replayed whole when the film opened, so this cannot fail; if it did, the
        // film would stay at the last tick it reached.
        let outcome = match moved {
            Ok(()) => Outcome::Done,
            Err(_) => Outcome::NotAllowed,
        };
        let at = self.sim.clock().tick;
        self.file = film.full.cut(at);
        self.file.status = status_at(&self.file.logbook);
        outcome
    }

    fn assemble(sim: Sim, file: ExerciseFile, path: PathBuf, role: Role, lang: Lang) -> App {
        App {
            sim,
            file,
            path,
            role,
            lang,
            screen: Screen::Lagebild,
            help: false,
            confirm_quit: false,
            facts_logged: 0,
            last: None,
            film: None,
            unsaved: false,
            saved_at: None,
            why: Why::default(),
            reported: std::collections::BTreeSet::new(),
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn screen(&self) -> Screen {
        self.screen
    }
    pub fn help_open(&self) -> bool {
        self.help
    }
    pub fn confirming_quit(&self) -> bool {
        self.confirm_quit
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn file(&self) -> &ExerciseFile {
        &self.file
    }
    pub fn scenario(&self) -> &Scenario {
        self.sim.scenario()
    }
    /// The exercise clock (minute and tick).
    pub fn clock(&self) -> crate::sim::clock::Clock {
        self.sim.clock()
    }
    pub fn last_outcome(&self) -> Option<&Outcome> {
        self.last.as_ref()
    }

    /// What this role sees now.
    pub fn snapshot(&mut self) -> Snapshot {
        self.sim.snapshot(self.role.view())
    }

    /// The state of the world the cached chains and projection must belong to.
    fn why_at(&self) -> (View, u64, usize) {
        (
            self.role.view(),
            self.sim.clock().tick,
            self.file.commands.len(),
        )
    }

    /// The cache, emptied first if the world moved on since it was filled.
    fn why_now(&mut self) -> &mut Why {
        let at = self.why_at();
        if self.why.at != Some(at) {
            self.why = Why {
                at: Some(at),
                ..Why::default()
            };
        }
        &mut self.why
    }

    /// Why, as this role sees the world now: a chain of reasons for every service not up,
    /// every system not working and every decision under way or waiting (control: the truth;
    /// staff and observers: the staff's picture). Computed once per state of the world.
    pub fn reasons(&mut self) -> &[Chain] {
        let view = self.role.view();
        if self.why_now().chains.is_none() {
            let chains = self.sim.reasons(view);
            self.why.chains = Some(chains);
        }
        self.why.chains.as_deref().unwrap_or_default()
    }

    /// The chain of one service, system or decision, if it has one (the first, for an action
    /// decided more than once).
    pub fn reason(&mut self, subject: &Subject) -> Option<Chain> {
        self.reasons()
            .iter()
            .find(|c| &c.subject == subject)
            .cloned()
    }

    /// Per service in scenario order: the day it would be back for good if no further
    /// decision were taken, as this role's view projects it (`None`: not within the scenario).
    /// Re-simulates the whole run (tens of milliseconds), so it is computed only on demand and
    /// kept until the tick moves or a command changes the world.
    pub fn projection(&mut self) -> &[Option<i64>] {
        let view = self.role.view();
        if self.why_now().projection.is_none() {
            let projection = self.sim.projection(view);
            self.why.projection = Some(projection);
        }
        self.why.projection.as_deref().unwrap_or_default()
    }

    /// The projection if it is already computed for the world as it stands; never computes.
    pub fn projection_cached(&self) -> Option<&[Option<i64>]> {
        if self.why.at == Some(self.why_at()) {
            self.why.projection.as_deref()
        } else {
            None
        }
    }

    /// The per-tick figures (for the Verlauf charts).
    pub fn samples(&self) -> &[crate::sim::record::Sample] {
        &self.sim.stats().samples
    }

    /// Objectives with the run's evidence (observers and control).
    pub fn objectives(&mut self) -> Vec<crate::sim::outcome::ObjectiveResult> {
        self.sim.objectives()
    }

    /// Applies one action; `real_time` is the wall clock as the caller reads it.
    pub fn update(&mut self, action: Action, real_time: &str) -> Outcome {
        // What changes the world makes the chains and the projection old (the cache's key,
        // tick and commands, would catch it too; this does not rely on it).
        if matches!(
            action,
            Action::Advance(_)
                | Action::Pass(_)
                | Action::NextInject
                | Action::NextPhase
                | Action::Decide(_)
                | Action::Control(_)
                | Action::Seek(_)
        ) {
            self.why = Why::default();
        }
        let outcome = self.handle(action, real_time);
        if !matches!(outcome, Outcome::Quit) {
            self.last = Some(outcome.clone());
        }
        outcome
    }

    /// Whether this role moves exercise time: control, and a staff exercising on its own (a
    /// staff that follows control's file only reads it and never gets here).
    pub fn steers_time(&self) -> bool {
        matches!(self.role, Role::Control | Role::Staff)
    }

    fn allowed(&self, action: &Action) -> bool {
        if self.film.is_some() {
            // The Lagefilm only looks: screens, help, the time slider, quitting.
            return matches!(
                action,
                Action::Open(_)
                    | Action::NextScreen
                    | Action::PreviousScreen
                    | Action::ToggleHelp
                    | Action::Seek(_)
                    | Action::Quit
                    | Action::ConfirmQuit
                    | Action::CancelQuit
            );
        }
        match action {
            Action::Seek(_) => false,
            // A staff that plays its own file (no control: `play --role staff`) runs its own
            // time; jumping to the next scripted inject would tell it the script's schedule.
            Action::Advance(_)
            | Action::Pass(_)
            | Action::NextPhase
            | Action::Startex
            | Action::StartWith(_)
            | Action::Pause { .. }
            | Action::Resume
            | Action::Endex
            | Action::Interrupt
            | Action::WriteLage { .. }
            | Action::BriefingEvery(_) => self.steers_time(),
            Action::DismissGuide => true,
            Action::NextInject | Action::Control(_) => self.role == Role::Control,
            // How the staff reacted, measured against the script's expected reaction: control's.
            Action::React { .. } => self.role == Role::Control,
            Action::Decide(_)
            | Action::Acknowledge(_)
            | Action::Note { .. }
            | Action::Correct { .. } => self.role != Role::Observer,
            Action::Rate { .. } | Action::Observe { .. } => self.role == Role::Observer,
            _ => true,
        }
    }

    fn handle(&mut self, action: Action, real_time: &str) -> Outcome {
        if !self.allowed(&action) {
            return Outcome::NotAllowed;
        }
        match action {
            Action::Open(screen) => {
                if Screen::for_role(self.role).contains(&screen) {
                    self.screen = screen;
                    Outcome::Done
                } else {
                    Outcome::NotAllowed
                }
            }
            Action::NextScreen | Action::PreviousScreen => {
                let screens = Screen::for_role(self.role);
                let at = screens.iter().position(|s| *s == self.screen).unwrap_or(0);
                let step = if action == Action::NextScreen {
                    1
                } else {
                    screens.len() - 1
                };
                self.screen = screens[(at + step) % screens.len()];
                Outcome::Done
            }
            Action::ToggleHelp => {
                self.help = !self.help;
                Outcome::Done
            }
            Action::Quit => {
                self.confirm_quit = true;
                Outcome::Done
            }
            Action::CancelQuit => {
                self.confirm_quit = false;
                Outcome::Done
            }
            Action::ConfirmQuit => Outcome::Quit,
            Action::Seek(tick) => self.seek(tick),
            Action::WriteLage {
                situation,
                assumptions,
                questions,
            } => {
                let now = self.sim.clock().now;
                let page = crate::exercise::LagePage {
                    exercise_time: self.exercise_time(now),
                    real_time: real_time.to_string(),
                    situation: situation.trim().to_string(),
                    assumptions: assumptions.trim().to_string(),
                    questions: questions.trim().to_string(),
                };
                let text = lage_text(&page, self.lang);
                self.file.lage = Some(page);
                // The next Lagevortrag counts from this one.
                if let Some(timer) = &mut self.file.briefing {
                    timer.since = now;
                    timer.since_real = real_time.to_string();
                }
                self.entry(EntryKind::Note, "lage", text, None, real_time);
                if let Some(last) = self.file.logbook.last_mut() {
                    last.note = Some(crate::exercise::NoteKind::Report);
                }
                self.save()
            }
            Action::BriefingEvery(every) => {
                self.file.briefing = every.map(|(minutes, real)| crate::exercise::BriefingTimer {
                    minutes: minutes.max(1),
                    real,
                    since: self.sim.clock().now,
                    since_real: real_time.to_string(),
                });
                let text = briefing_text(every, self.lang);
                self.entry(EntryKind::Control, "control", text, None, real_time);
                self.save()
            }
            Action::DismissGuide => {
                if self.file.guide_dismissed {
                    return Outcome::Done;
                }
                self.file.guide_dismissed = true;
                self.save()
            }
            Action::Advance(n) => {
                let tick = u32::try_from(self.scenario().meta().tick.max(1)).unwrap_or(60);
                self.pass(n.saturating_mul(tick), false, real_time)
            }
            // Running time stops by itself at a flash inject; a jump by hand does not.
            Action::Pass(minutes) => self.pass(minutes, true, real_time),
            // To the inject's minute: it is delivered then.
            Action::NextInject => match self.sim.next_scheduled_inject() {
                Some((at, _)) => {
                    let now = self.sim.clock().now;
                    let minutes = u32::try_from(at - now).unwrap_or(0);
                    if minutes == 0 {
                        return Outcome::Done;
                    }
                    self.pass(minutes, false, real_time)
                }
                None => Outcome::Over,
            },
            Action::NextPhase => self.next_phase(real_time),
            // STARTEX once; after a pause the exercise goes on, it does not start again.
            Action::StartWith(meta) => {
                if self.file.status != Status::Prepared {
                    return self.update(Action::Startex, real_time);
                }
                self.file.meta = Some(meta);
                self.update(Action::Startex, real_time)
            }
            Action::Startex => match self.file.status {
                Status::Prepared => self.set_status(
                    Status::Running,
                    t(self.lang, "words-log-startex"),
                    real_time,
                ),
                Status::Paused => self.set_status(Status::Running, self.text_resume(), real_time),
                Status::Running => Outcome::Done,
                Status::Ended | Status::Interrupted => Outcome::Over,
            },
            // A pause holds time at any speed and is logged with its reason; pausing what is
            // paused, or going on with what runs, changes nothing and logs nothing.
            Action::Pause { reason } => match self.file.status {
                Status::Running | Status::Prepared => {
                    let text = pause_text(self.lang, &reason);
                    self.set_status(Status::Paused, &text, real_time)
                }
                Status::Paused => Outcome::Done,
                Status::Ended | Status::Interrupted => Outcome::Over,
            },
            Action::Resume => match self.file.status {
                Status::Paused => self.set_status(Status::Running, self.text_resume(), real_time),
                Status::Running | Status::Prepared => Outcome::Done,
                Status::Ended | Status::Interrupted => Outcome::Over,
            },
            Action::Endex => match self.file.status {
                Status::Ended | Status::Interrupted => Outcome::Over,
                _ => self.set_status(Status::Ended, t(self.lang, "words-log-endex"), real_time),
            },
            Action::Interrupt => {
                let text = self.text_interrupt();
                self.set_status(Status::Interrupted, text, real_time)
            }
            Action::Decide(decision) => self.command(Command::Decide(decision), real_time),
            Action::Control(control) => match self.not_applicable(&control) {
                Some(refused) => refused,
                None => self.command(Command::Control(control), real_time),
            },
            Action::Acknowledge(id) => {
                self.file.inject_record(&id).acknowledged = true;
                self.save()
            }
            Action::React { inject, reaction } => {
                self.file.inject_record(&inject).reaction = reaction;
                self.save()
            }
            Action::Note {
                function,
                text,
                kind,
                inject,
            } => {
                // A link names an inject this exercise knows (scripted or control's own).
                if let Some(id) = &inject
                    && !self.knows_inject(id)
                {
                    return Outcome::NotAllowed;
                }
                self.entry(EntryKind::Note, &function, text, None, real_time);
                if let Some(last) = self.file.logbook.last_mut() {
                    last.note = Some(kind);
                    last.inject = inject;
                }
                self.save()
            }
            Action::Correct {
                entry,
                function,
                text,
            } => {
                if !self.file.logbook.iter().any(|e| e.number == entry) {
                    return Outcome::NotAllowed;
                }
                self.entry(EntryKind::Note, &function, text, Some(entry), real_time);
                self.save()
            }
            Action::Rate {
                objective,
                verdict,
                comment,
            } => {
                if !self
                    .scenario()
                    .objectives()
                    .iter()
                    .any(|o| o.id == objective)
                {
                    return Outcome::NotAllowed;
                }
                let tick = self.sim.clock().tick;
                let real_time = real_time.to_string();
                self.file.ratings.push(Rating {
                    objective,
                    verdict,
                    comment,
                    tick,
                    real_time,
                });
                self.save()
            }
            Action::Observe {
                text,
                refers_to,
                critical,
            } => {
                let clock = self.sim.clock();
                let exercise_time = self.exercise_time(clock.now);
                self.file.observations.push(Observation {
                    tick: clock.tick,
                    exercise_time,
                    real_time: real_time.to_string(),
                    text,
                    refers_to,
                    critical,
                });
                self.save()
            }
        }
    }

    /// Whether the exercise has an inject of this id (control's ad-hoc ones included).
    fn knows_inject(&mut self, id: &str) -> bool {
        self.sim.scenario().injects().iter().any(|i| i.id == id)
            || self
                .sim
                .snapshot(View::Control)
                .injects
                .iter()
                .any(|i| i.id == id)
    }

    fn text_resume(&self) -> &'static str {
        t(self.lang, "words-log-resume")
    }

    fn text_interrupt(&self) -> &'static str {
        t(self.lang, "words-log-interrupt")
    }

    fn set_status(&mut self, status: Status, text: &str, real_time: &str) -> Outcome {
        self.file.status = status;
        self.entry(
            EntryKind::Control,
            "control",
            text.to_string(),
            None,
            real_time,
        );
        self.save()
    }

    /// Lets exercise time run `minutes`: minute by due minute inside a tick (`Wait`), tick by
    /// tick across (`Advance`); with `stop_at_flash`, stopping by itself when a flash inject
    /// arrives before the time is up. Paused time holds.
    fn pass(&mut self, minutes: u32, stop_at_flash: bool, real_time: &str) -> Outcome {
        match self.file.status {
            Status::Ended | Status::Interrupted => return Outcome::Over,
            Status::Paused => return Outcome::Paused,
            Status::Prepared | Status::Running => {}
        }
        let mut left = i64::from(minutes);
        let mut over = false;
        let mut stopped = None;
        while left > 0 {
            let before = self.sim.clock();
            if before.finished() {
                over = true;
                break;
            }
            let facts = self.sim.timeline().len();
            let to_tick = before.next_boundary() - before.now;
            let to_event = self
                .sim
                .next_event()
                .map_or(i64::MAX, |e| e - before.now)
                .max(1);
            let step = left.min(to_tick).min(to_event);
            if step >= to_tick {
                if self.sim.apply(&Command::Advance(1)).is_err() {
                    over = true;
                    break;
                }
                self.record_time(before, Command::Advance(1));
            } else {
                let wait = u32::try_from(step).unwrap_or(1);
                if self.sim.apply(&Command::Wait(wait)).is_err() {
                    break;
                }
                self.record_time(before, Command::Wait(wait));
            }
            left -= step;
            if stop_at_flash && left > 0 {
                stopped = self
                    .stop_since(facts)
                    .or_else(|| self.briefing_due(real_time).then_some(Outcome::BriefingDue));
                if stopped.is_some() {
                    break;
                }
            }
        }
        // A Lagevortrag that fell due with the last minute still stops the running clock.
        if stopped.is_none() && stop_at_flash && !over && self.briefing_due(real_time) {
            stopped = Some(Outcome::BriefingDue);
        }
        let entries = self.file.logbook.len();
        self.log_new_facts(real_time);
        // While time runs, the file (scenario text and every hash) would otherwise be written
        // twenty times a second. Time alone is written at most once per real second; what the
        // staff learned (new logbook entries) is written at once. A crash loses at most the
        // last second of passing time, never a decision or an entry.
        let saved =
            if self.file.logbook.len() == entries && self.saved_at.as_deref() == Some(real_time) {
                self.unsaved = true;
                Outcome::Done
            } else {
                self.saved_at = Some(real_time.to_string());
                self.save()
            };
        match (saved, stopped) {
            (Outcome::Done, _) if over => Outcome::Over,
            (Outcome::Done, Some(Outcome::BriefingDue)) => {
                // Due once per interval, whether or not the page gets written.
                let now = self.sim.clock().now;
                if let Some(timer) = &mut self.file.briefing {
                    timer.since = now;
                    timer.since_real = real_time.to_string();
                }
                Outcome::BriefingDue
            }
            (Outcome::Done, Some(stop)) => stop,
            (other, _) => other,
        }
    }

    /// Records passing time; runs of advances (and of waits inside one tick) are merged, so
    /// the file's ticks and minutes stay exact and short.
    fn record_time(&mut self, before: crate::sim::clock::Clock, command: Command) {
        let merged = match (self.file.commands.last_mut(), &command) {
            (Some(last), Command::Advance(_)) => match &mut last.command {
                Command::Advance(n) if last.tick + u64::from(*n) == before.tick => {
                    *n += 1;
                    true
                }
                _ => false,
            },
            (Some(last), Command::Wait(w)) => match &mut last.command {
                Command::Wait(n) if last.tick == before.tick => {
                    *n += w;
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if merged {
            let have = self.file.state_hashes.len();
            let hashes = &self.sim.stats().hashes;
            self.file
                .state_hashes
                .extend(hashes.iter().skip(have).map(crate::exercise::hex));
        } else {
            self.file.record(&self.sim, before, command);
        }
    }

    /// The title of a flash (Blitz) inject delivered since the timeline had `facts` facts.
    /// Whether the Lagevortrag timer has run out: its minutes of exercise time since it last
    /// counted, or of real time (`real_time` as the caller gives it, `YYYY-MM-DD HH:MM:SS`).
    fn briefing_due(&self, real_time: &str) -> bool {
        let Some(timer) = &self.file.briefing else {
            return false;
        };
        if timer.real {
            let parse = |t: &str| jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M:%S", t).ok();
            match (parse(&timer.since_real), parse(real_time)) {
                (Some(since), Some(now)) => since
                    .duration_until(now)
                    .as_secs()
                    .ge(&(i64::from(timer.minutes) * 60)),
                _ => false,
            }
        } else {
            self.sim.clock().now - timer.since >= i64::from(timer.minutes)
        }
    }

    /// When the next Lagevortrag is due, in words ("alle 60 min Übungszeit, nächster 10:00").
    pub fn briefing(&self) -> Option<&crate::exercise::BriefingTimer> {
        self.file.briefing.as_ref()
    }

    /// Where running time stops by itself among the facts since `facts`: the first inject
    /// addressed to control or of priority flash delivered, as the scenario's `control`
    /// settings ask.
    fn stop_since(&self, facts: usize) -> Option<Outcome> {
        let s = self.sim.scenario();
        let settings = s.control();
        self.sim.timeline()[facts..]
            .iter()
            .find_map(|f| match f.kind {
                FactKind::InjectReleased(i) => {
                    let inject = &s.injects()[i.index()];
                    let title = inject.title.clone();
                    // Only control learns of injects to control, so only control stops at them.
                    if inject.for_control {
                        (settings.stop_at_control_injects && self.role == Role::Control)
                            .then_some(Outcome::StoppedForControl(title))
                    } else if inject.priority == crate::scenario::model::Priority::Flash
                        && settings.stop_at_flash
                    {
                        Some(Outcome::Stopped(title))
                    } else {
                        None
                    }
                }
                _ => None,
            })
    }

    /// Writes time that passed since the last save, if any and if `real_time` is a new second
    /// (`force`: whatever the second, e.g. when quitting).
    pub fn flush(&mut self, real_time: &str, force: bool) -> Outcome {
        if !self.unsaved || (!force && self.saved_at.as_deref() == Some(real_time)) {
            return Outcome::Done;
        }
        self.saved_at = Some(real_time.to_string());
        self.save()
    }

    /// Whether passing time is not yet in the file.
    pub fn unsaved(&self) -> bool {
        self.unsaved
    }

    /// The next phase after the current exercise time, if any.
    pub fn next_phase_index(&self) -> Option<usize> {
        let now = self.sim.clock().now;
        self.scenario().phases().iter().position(|p| p.start > now)
    }

    /// Runs whole ticks to the start of the next phase, then logs its Lageeinweisung with a
    /// summary of what the staff could have seen happen in the skipped time.
    fn next_phase(&mut self, real_time: &str) -> Outcome {
        let Some(index) = self.next_phase_index() else {
            return Outcome::Over;
        };
        let at = self.scenario().phases()[index].start;
        let from = self.sim.clock().now;
        let seen = self.sim.timeline().len();
        let minutes = u32::try_from(at - from).unwrap_or(u32::MAX).max(1);
        // A jump does not stop at flash injects: they are in the Lageeinweisung's summary.
        match self.pass(minutes, false, real_time) {
            Outcome::Done
            | Outcome::Stopped(_)
            | Outcome::StoppedForControl(_)
            | Outcome::BriefingDue => {}
            other => return other,
        }
        let summary = self.jump_summary(seen, from);
        let phase = &self.scenario().phases()[index];
        let text = tf!(
            self.lang,
            "words-log-phase-briefing",
            phase = phase.name.as_str(),
            briefing = phase.briefing.trim_end(),
            summary = summary
        );
        self.entry(EntryKind::Report, "lage", text, None, real_time);
        self.save()
    }

    /// "Seit 15.10.2021 08:00: 12 Einlagen, …": staff-visible facts from timeline index
    /// `seen` on.
    fn jump_summary(&self, seen: usize, from: crate::scenario::model::Minutes) -> String {
        let (mut injects, mut services, mut deadlines, mut missed, mut actions) =
            (0u32, 0u32, 0u32, 0u32, 0u32);
        for fact in self.sim.timeline()[seen..].iter().filter(|f| f.staff) {
            match fact.kind {
                FactKind::InjectReleased(_) => injects += 1,
                FactKind::ServiceChanged { .. } => services += 1,
                FactKind::DeadlinePassed { met, .. } => {
                    deadlines += 1;
                    missed += u32::from(!met);
                }
                FactKind::ActionFinished { .. } => actions += 1,
                _ => {}
            }
        }
        let since = crate::i18n::words::wall_time(&self.exercise_time(from), self.lang);
        tf!(
            self.lang,
            "words-log-jump-summary",
            since = since,
            injects = injects,
            services = services,
            deadlines = deadlines,
            missed = missed,
            actions = actions
        )
    }

    fn command(&mut self, command: Command, real_time: &str) -> Outcome {
        // ENDEX is final for time and decisions; ratings, observations and notes go on.
        if matches!(self.file.status, Status::Ended | Status::Interrupted) {
            return Outcome::Over;
        }
        let before = self.sim.clock();
        if let Err(why) = self.sim.apply(&command) {
            return Outcome::Rejected(why);
        }
        if let Command::Decide(d) = &command {
            let text = self.describe_decision(d);
            self.entry(EntryKind::Decision, &d.function, text, None, real_time);
            // `record` below appends the command at this index.
            let index = self.file.commands.len();
            if let Some(entry) = self.file.logbook.last_mut() {
                entry.command = Some(index);
            }
        }
        if let Command::Control(c) = &command {
            let title = match c {
                Control::Release(id) | Control::Hold(id) | Control::Skip(id) => self
                    .scenario()
                    .injects()
                    .iter()
                    .find(|i| &i.id == id)
                    .map_or(id.as_str(), |i| i.title.as_str()),
                Control::AdHoc(AdHocInject { title, .. }) => title.as_str(),
            };
            let text = crate::i18n::words::script_action(c, title, self.lang);
            self.entry(EntryKind::Control, "control", text, None, real_time);
        }
        self.file.record(&self.sim, before, command);
        self.save()
    }

    /// `Some(refusal)` if release, hold or skip cannot apply to the inject as it stands (it was
    /// delivered, or is already in the state asked for); ad-hoc injects are always written.
    fn not_applicable(&mut self, control: &Control) -> Option<Outcome> {
        use crate::sim::injects::InjectStatus as S;
        let (id, applies): (&String, fn(S) -> bool) = match control {
            // Control may still send what a condition withheld: it decides, not the script.
            Control::Release(id) => (id, |s| {
                matches!(s, S::Pending | S::Held | S::Skipped | S::Withheld)
            }),
            Control::Hold(id) => (id, |s| matches!(s, S::Pending | S::Forced | S::Skipped)),
            Control::Skip(id) => (id, |s| matches!(s, S::Pending | S::Held | S::Forced)),
            Control::AdHoc(_) => return None,
        };
        let snapshot = self.sim.snapshot(View::Control);
        // An unknown inject is the engine's to refuse (`Rejection::UnknownInject`).
        let inject = snapshot.injects.iter().find(|i| &i.id == id)?;
        (inject.ad_hoc || !applies(inject.status)).then(|| Outcome::NotApplicable {
            inject: id.clone(),
            status: inject.status,
        })
    }

    fn describe_decision(&self, d: &Decision) -> String {
        let s = self.scenario();
        let action = s.actions().iter().find(|a| a.id == d.action);
        let name = action.map_or(d.action.as_str(), |a| &a.name);
        // Targets and the order by their names, as the staff reads them.
        let target = d
            .target
            .as_deref()
            .map(|t| {
                let name = action
                    .and_then(|a| {
                        a.targets
                            .iter()
                            .find(|x| crate::sim::target_id(s, **x) == t)
                    })
                    .map_or(t, |x| s.target_name(*x));
                format!(" → {name}")
            })
            .unwrap_or_default();
        // A recovery order has no target; the logbook keeps the order itself, first first.
        let order = if d.order.is_empty() {
            String::new()
        } else {
            let items = order_items(s);
            let names: Vec<&str> = d
                .order
                .iter()
                .map(|id| {
                    items
                        .iter()
                        .find(|(item, _)| item == id)
                        .map_or(id.as_str(), |(_, name)| *name)
                })
                .collect();
            format!(" → {}", names.join(", "))
        };
        tf!(
            self.lang,
            "words-log-decision",
            decision = format!("{name}{target}{order}"),
            reason = d.reason.as_str()
        )
    }

    /// Turns what the staff learned since the last call into logbook entries.
    fn log_new_facts(&mut self, real_time: &str) {
        let facts: Vec<_> = self.sim.timeline()[self.facts_logged..].to_vec();
        self.facts_logged = self.sim.timeline().len();
        // Entries written before this call are final (saved); only new ones may still grow.
        let first_new = self.file.logbook.len();
        for fact in facts {
            let s = self.sim.scenario();
            // What only control learns of: an inject addressed to it, and one a condition
            // withheld (control's lines on the script, hidden from the staff).
            let for_control = match fact.kind {
                FactKind::InjectReleased(i) if s.injects()[i.index()].for_control => {
                    Some(crate::i18n::words::ScriptEvent::ToControl(i))
                }
                FactKind::InjectWithheld(i) => Some(crate::i18n::words::ScriptEvent::Withheld(
                    i,
                    self.sim.withheld(i),
                )),
                _ => None,
            };
            if let Some(event) = for_control {
                let text = crate::i18n::words::script_event(s, event, self.lang);
                let exercise_time = self.exercise_time(fact.at);
                self.file.log(Entry {
                    number: 0,
                    tick: fact.tick,
                    exercise_time,
                    real_time: real_time.to_string(),
                    function: "control".to_string(),
                    kind: EntryKind::Control,
                    text,
                    corrects: None,
                    command: None,
                    note: None,
                    inject: None,
                });
                continue;
            }
            if !fact.staff {
                continue;
            }
            let (kind, text) = match &fact.kind {
                FactKind::InjectReleased(i) => {
                    let inject = &s.injects()[i.index()];
                    // The inject by its title, as the staff reads it.
                    (EntryKind::Inject, inject.title.clone())
                }
                FactKind::Reported {
                    network,
                    compromised,
                    encrypted,
                } => {
                    let news =
                        |enc: bool, n: u32| n > 0 && !self.reported.contains(&(network.0, enc));
                    let (compromised, encrypted) = (
                        if news(false, *compromised) {
                            *compromised
                        } else {
                            0
                        },
                        if news(true, *encrypted) {
                            *encrypted
                        } else {
                            0
                        },
                    );
                    if compromised > 0 {
                        self.reported.insert((network.0, false));
                    }
                    if encrypted > 0 {
                        self.reported.insert((network.0, true));
                    }
                    if compromised == 0 && encrypted == 0 {
                        continue;
                    }
                    let (compromised, encrypted) = (&compromised, &encrypted);
                    // One entry per tick for all networks reported in it.
                    let n = &s.networks()[network.index()].name;
                    let mut parts = Vec::new();
                    if *compromised > 0 {
                        parts.push(tf!(self.lang, "words-log-compromised", n = *compromised));
                    }
                    if *encrypted > 0 {
                        parts.push(tf!(self.lang, "words-log-encrypted", n = *encrypted));
                    }
                    let part = format!("{n}: {}", parts.join(", "));
                    let head = t(self.lang, "words-log-reports");
                    let growing = self.file.logbook.len() > first_new;
                    if let Some(last) = self.file.logbook.last_mut()
                        && growing
                        && last.kind == EntryKind::Report
                        && last.tick == fact.tick
                        && last.text.starts_with(head)
                    {
                        last.text.push_str("; ");
                        last.text.push_str(&part);
                        continue;
                    }
                    (EntryKind::Report, format!("{head} – {part}"))
                }
                FactKind::DeadlinePassed { deadline, met } => {
                    let d = &s.deadlines()[deadline.index()].name;
                    let verdict = crate::i18n::words::deadline(Some(*met), self.lang);
                    (EntryKind::Report, format!("{d}: {verdict}"))
                }
                FactKind::ActionFinished { action, .. } => {
                    let a = &s.actions()[action.index()].name;
                    (
                        EntryKind::Report,
                        tf!(self.lang, "words-log-action-finished", action = a.as_str()),
                    )
                }
                FactKind::DecisionDropped { action, .. } => {
                    let a = &s.actions()[action.index()].name;
                    (
                        EntryKind::Report,
                        tf!(self.lang, "words-log-decision-dropped", action = a.as_str()),
                    )
                }
                _ => continue,
            };
            let clock = fact.at;
            let exercise_time = self.exercise_time(clock);
            self.file.log(Entry {
                number: 0,
                tick: fact.tick,
                exercise_time,
                real_time: real_time.to_string(),
                function: "lage".to_string(),
                kind,
                text,
                corrects: None,
                command: None,
                note: None,
                inject: None,
            });
        }
    }

    fn exercise_time(&self, at: crate::scenario::model::Minutes) -> String {
        self.scenario()
            .wall_clock(at)
            .map(|t| t.to_string())
            .unwrap_or_default()
    }

    fn entry(
        &mut self,
        kind: EntryKind,
        function: &str,
        text: String,
        corrects: Option<u32>,
        real_time: &str,
    ) {
        let clock = self.sim.clock();
        let exercise_time = self.exercise_time(clock.now);
        self.file.log(Entry {
            number: 0,
            tick: clock.tick,
            exercise_time,
            real_time: real_time.to_string(),
            function: function.to_string(),
            kind,
            text,
            corrects,
            command: None,
            note: None,
            inject: None,
        });
    }

    fn save(&mut self) -> Outcome {
        // The Lagefilm never writes (its actions are refused before this; this is the backstop).
        if self.film.is_some() {
            return Outcome::NotAllowed;
        }
        match self.file.save(&self.path) {
            Ok(()) => {
                self.unsaved = false;
                Outcome::Done
            }
            Err(e) => Outcome::SaveFailed(e.to_string()),
        }
    }
}

/// An exercise file another engine version wrote, as the interface shows it: its
/// Einsatztagebuch, read-only. Nothing is re-simulated (this engine would run it differently), so
/// there is no simulation behind it and no other screen; every action that would change the
/// exercise, and every other screen, is refused, and the file is never written.
pub struct ReadOnly {
    archive: Archive,
    path: PathBuf,
    role: Role,
    lang: Lang,
    help: bool,
    confirm_quit: bool,
    last: Option<Outcome>,
}

impl ReadOnly {
    /// The one screen there is.
    pub const SCREENS: [Screen; 1] = [Screen::Einsatztagebuch];

    /// Reads `path` for looking only (format and scenario hash checked, nothing replayed).
    /// The language is `lang`, else the scenario's if this program still reads it, else
    /// `fallback`.
    pub fn open(
        path: &Path,
        role: Role,
        lang: Option<Lang>,
        fallback: Lang,
    ) -> Result<ReadOnly, ExerciseError> {
        let archive = Archive::open(path)?;
        let lang = lang
            .or_else(|| archive.scenario.as_ref().map(|s| s.meta().language))
            .unwrap_or(fallback);
        Ok(ReadOnly::new(archive, path.to_path_buf(), role, lang))
    }

    pub fn new(archive: Archive, path: PathBuf, role: Role, lang: Lang) -> ReadOnly {
        ReadOnly {
            archive,
            path,
            role,
            lang,
            help: false,
            confirm_quit: false,
            last: None,
        }
    }

    pub fn role(&self) -> Role {
        self.role
    }
    pub fn lang(&self) -> Lang {
        self.lang
    }
    pub fn screen(&self) -> Screen {
        Screen::Einsatztagebuch
    }
    pub fn help_open(&self) -> bool {
        self.help
    }
    pub fn confirming_quit(&self) -> bool {
        self.confirm_quit
    }
    pub fn path(&self) -> &Path {
        &self.path
    }
    pub fn archive(&self) -> &Archive {
        &self.archive
    }
    pub fn file(&self) -> &ExerciseFile {
        &self.archive.file
    }
    /// The engine that wrote the file (`krisenstab 0.1.0`).
    pub fn written_by(&self) -> &str {
        self.archive.written_by()
    }
    pub fn last_outcome(&self) -> Option<&Outcome> {
        self.last.as_ref()
    }

    /// Applies one action: looking (the logbook, help, quitting) is done, everything else is
    /// [`Outcome::NotAllowed`]. Nothing here writes the file.
    pub fn update(&mut self, action: Action, _real_time: &str) -> Outcome {
        let outcome = match action {
            Action::Open(Screen::Einsatztagebuch) | Action::NextScreen | Action::PreviousScreen => {
                Outcome::Done
            }
            Action::ToggleHelp => {
                self.help = !self.help;
                Outcome::Done
            }
            Action::Quit => {
                self.confirm_quit = true;
                Outcome::Done
            }
            Action::CancelQuit => {
                self.confirm_quit = false;
                Outcome::Done
            }
            Action::ConfirmQuit => return Outcome::Quit,
            // Every other screen needs the simulation; every other action changes the exercise.
            Action::Open(_)
            | Action::Advance(_)
            | Action::Pass(_)
            | Action::NextInject
            | Action::NextPhase
            | Action::Startex
            | Action::StartWith(_)
            | Action::Pause { .. }
            | Action::Resume
            | Action::Endex
            | Action::Interrupt
            | Action::Decide(_)
            | Action::Control(_)
            | Action::Acknowledge(_)
            | Action::React { .. }
            | Action::Note { .. }
            | Action::Correct { .. }
            | Action::Rate { .. }
            | Action::Observe { .. }
            | Action::WriteLage { .. }
            | Action::BriefingEvery(_)
            | Action::DismissGuide
            | Action::Seek(_) => Outcome::NotAllowed,
        };
        self.last = Some(outcome.clone());
        outcome
    }
}

/// The exercise's phase after the control entries of a logbook (STARTEX, pause, ENDEX, real
/// event), in any language this process knows (a file keeps the words of the language it was
/// run in): where the Lagefilm shows a past tick.
pub fn status_at(logbook: &[Entry]) -> Status {
    let mut status = Status::Prepared;
    for entry in logbook.iter().filter(|e| e.kind == EntryKind::Control) {
        status = match entry.text.as_str() {
            text if said(text, "words-log-startex", |a, b| a == b) => Status::Running,
            text if said(text, "words-log-endex", |a, b| a == b) => Status::Ended,
            // Since 0.5.0 the pause's line carries its reason after the words.
            text if said(text, "words-log-pause", |a, b| a.starts_with(b)) => Status::Paused,
            text if said(text, "words-log-resume", |a, b| a == b) => Status::Running,
            text if said(text, "words-log-interrupt", |a, b| a == b) => Status::Interrupted,
            _ => status,
        };
    }
    status
}

/// What the staff's reports had said by the end of `timeline`: (network, encrypted) pairs.
fn reported_in(timeline: &[crate::sim::record::Fact]) -> std::collections::BTreeSet<(u32, bool)> {
    let mut out = std::collections::BTreeSet::new();
    for fact in timeline.iter().filter(|f| f.staff) {
        if let FactKind::Reported {
            network,
            compromised,
            encrypted,
        } = fact.kind
        {
            if compromised > 0 {
                out.insert((network.0, false));
            }
            if encrypted > 0 {
                out.insert((network.0, true));
            }
        }
    }
    out
}

/// Whether `text` is the logbook line `id` in any language (`matches`: the whole line, or its
/// start).
fn said(text: &str, id: &'static str, matches: fn(&str, &str) -> bool) -> bool {
    Lang::all().any(|lang| {
        let words = t(lang, id);
        !words.is_empty() && matches(text, words)
    })
}

/// The logbook line of a Lagevortrag: the three parts of the Lage page.
fn lage_text(page: &crate::exercise::LagePage, lang: Lang) -> String {
    let part = |text: &str| match text {
        "" => "–".to_string(),
        text => text.to_string(),
    };
    tf!(
        lang,
        "words-log-lage",
        situation = part(&page.situation),
        assumptions = part(&page.assumptions),
        questions = part(&page.questions)
    )
}

/// The logbook line of setting the Lagevortrag timer.
fn briefing_text(every: Option<(u32, bool)>, lang: Lang) -> String {
    match every {
        None => t(lang, "words-log-briefing-off").to_string(),
        Some((m, false)) => tf!(lang, "words-log-briefing-exercise-time", minutes = m),
        Some((m, true)) => tf!(lang, "words-log-briefing-real-time", minutes = m),
    }
}

/// The logbook line of a pause: the words, then the reason if one was given.
fn pause_text(lang: Lang, reason: &str) -> String {
    match reason.trim() {
        "" => t(lang, "words-log-pause").to_string(),
        reason => tf!(lang, "words-log-pause-reason", reason = reason),
    }
}

/// The default exercise file name: `<scenario-id>-<YYYYMMDD-HHMM>.ron`, from the real time.
pub fn default_path(scenario_id: &str, real_time: jiff::civil::DateTime) -> PathBuf {
    PathBuf::from(format!(
        "{scenario_id}-{}.ron",
        real_time.strftime("%Y%m%d-%H%M")
    ))
}

/// The rows of the decision dialog's order step: every service, then every system, as id and
/// name (the engine looks an order's ids up in the same order).
pub fn order_items(s: &Scenario) -> Vec<(&str, &str)> {
    let services = s
        .services()
        .iter()
        .map(|x| (x.id.as_str(), x.name.as_str()));
    let systems = s.systems().iter().map(|x| (x.id.as_str(), x.name.as_str()));
    services.chain(systems).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn control(text: &str) -> Entry {
        Entry {
            number: 0,
            tick: 0,
            exercise_time: String::new(),
            real_time: String::new(),
            function: "control".into(),
            kind: EntryKind::Control,
            text: text.into(),
            corrects: None,
            command: None,
            note: None,
            inject: None,
        }
    }

    #[test]
    fn the_phase_is_read_from_control_lines_in_either_language() {
        let lines = |texts: &[&str]| texts.iter().map(|t| control(t)).collect::<Vec<_>>();
        assert_eq!(status_at(&[]), Status::Prepared);
        assert_eq!(status_at(&lines(&["STARTEX"])), Status::Running);
        assert_eq!(
            status_at(&lines(&["STARTEX", "Übung angehalten – Grund: Mittag"])),
            Status::Paused
        );
        assert_eq!(
            status_at(&lines(&["STARTEX", "Exercise paused", "Übung fortgesetzt"])),
            Status::Running
        );
        assert_eq!(
            status_at(&lines(&["STARTEX", "Real event – exercise interrupted"])),
            Status::Interrupted
        );
        assert_eq!(status_at(&lines(&["STARTEX", "ENDEX"])), Status::Ended);
        assert_eq!(pause_text(Lang::EN, " "), "Exercise paused");
        assert_eq!(
            briefing_text(Some((30, true)), Lang::DE),
            "Lagevortrag alle 30 min Echtzeit"
        );
    }
}
