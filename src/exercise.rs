//! The exercise file: everything needed to continue, replay and debrief an exercise.
//!
//! `Exercise(format: 1, ...)` in UTF-8 RON holds the scenario's full text and hash, the engine
//! version, the seed, every command with the tick the engine applied it, the state hash after
//! every tick, and the logbook (Einsatztagebuch). Re-simulating the commands from the text must
//! reproduce every recorded hash; a file that does not is refused, never half-loaded. Files are
//! written atomically (an exclusive temporary file beside the target, then a rename; see
//! [`crate::files`]), so a crash leaves the previous complete version, and read up to
//! [`MAX_FILE_BYTES`]. A process that writes a file holds its [`Lock`] (one writer at a time).
//!
//! [`open`] is the one way a command that reads a file (`replay`, `report`, `sweep`) opens it:
//! this engine's file is replayed and every hash checked, another engine's file is an
//! [`Archive`]; a file that does not replay is refused whole, with the same located error
//! everywhere.
//!
//! Only the engine that wrote a file can replay it; another engine would re-simulate it
//! differently. An [`Archive`] opens any engine's file for reading only: what the file records
//! (logbook, decisions, inject records, ratings, observations, status), never re-simulated.
//!
//! One file (just over 800 lines): the format, its atomic write and its verified replay change
//! together whenever the format changes.

use std::path::Path;
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::files::{self, Lock, Refusal, Replace, WriteError};
use crate::scenario::{self, Scenario};
use crate::sim::Sim;
use crate::sim::command::{Command, Decision, Logged, Rejection};

/// Who is looking.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Exercise control: sees the truth and the script.
    Control,
    /// The exercising staff: sees what was reported.
    Staff,
    /// Observers: the staff's view plus the objectives; rate and observe, never act.
    Observer,
}

impl Role {
    pub fn parse(text: &str) -> Option<Role> {
        match text {
            "control" => Some(Role::Control),
            "staff" => Some(Role::Staff),
            "observer" => Some(Role::Observer),
            _ => None,
        }
    }

    /// Whose picture of the world this role sees.
    pub fn view(self) -> crate::sim::snapshot::View {
        if self == Role::Control {
            crate::sim::snapshot::View::Control
        } else {
            crate::sim::snapshot::View::Staff
        }
    }
}

/// The file format this engine writes: 2 records each command's minute and minute waits inside
/// a tick. Format 1 files (no minutes) still read, for reading only (their engine is older).
pub const FORMAT: u32 = 2;
/// The engine that wrote a file; another engine may replay differently.
pub const ENGINE: &str = concat!("krisenstab ", env!("CARGO_PKG_VERSION"));
/// Exercise files larger than this are refused (twice a scenario's limit: the file embeds the
/// scenario's text, escaped, beside its record).
pub const MAX_FILE_BYTES: u64 = 2 * scenario::MAX_FILE_BYTES;

/// What a note in the logbook is, as staffs type their entries (DV 100 Einsatztagebuch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// Hinweis: for information.
    #[default]
    Hint,
    /// Auftrag: a task given.
    Task,
    /// Meldung: a report received or given.
    Report,
    /// Entscheidung: a decision not in the scenario's actions.
    Decision,
    /// Rückfrage: a question asked back.
    Query,
}

impl NoteKind {
    pub const ALL: [NoteKind; 5] = [
        NoteKind::Hint,
        NoteKind::Task,
        NoteKind::Report,
        NoteKind::Decision,
        NoteKind::Query,
    ];
}

/// What kind of logbook entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryKind {
    Decision,
    Inject,
    Report,
    Note,
    Control,
    Observation,
}

/// One numbered, append-only logbook entry. Corrections are new entries that name the old one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub number: u32,
    pub tick: u64,
    /// Exercise time, `YYYY-MM-DD HH:MM`.
    pub exercise_time: String,
    /// Real (wall-clock) time the entry was made, as the caller supplied it.
    pub real_time: String,
    /// The staff function that made it.
    pub function: String,
    pub kind: EntryKind,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corrects: Option<u32>,
    /// For a decision: its index in `commands`, so a counterfactual can name it by entry number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub command: Option<usize>,
    /// For a note: what it is (Hinweis, Auftrag, Meldung, Entscheidung, Rückfrage).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<NoteKind>,
    /// The inject (id) the entry answers or follows from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inject: Option<String>,
}

/// An exercise file's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "Exercise", deny_unknown_fields)]
pub struct ExerciseFile {
    pub format: u32,
    pub engine: String,
    pub scenario_id: String,
    /// BLAKE3 of the LF-normalised scenario text.
    pub scenario_hash: String,
    pub scenario_text: String,
    pub seed: u64,
    /// Every command, time advances included, with the tick it was applied at.
    pub commands: Vec<Logged>,
    /// The state hash after each tick, in hex (index = tick − 1).
    pub state_hashes: Vec<String>,
    #[serde(default)]
    pub logbook: Vec<Entry>,
    /// How the staff handled each delivered inject.
    #[serde(default)]
    pub injects: Vec<InjectRecord>,
    /// Observers' ratings of the objectives (the latest per objective counts).
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// Observers' timestamped observations.
    #[serde(default)]
    pub observations: Vec<Observation>,
    /// Where the exercise stands (STARTEX, pause, ENDEX).
    #[serde(default)]
    pub status: Status,
    /// The Lage page (Lage / Annahmen / offene Fragen) as last written for the Lagevortrag.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lage: Option<LagePage>,
    /// How often a Lagevortrag is due, and since when it counts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub briefing: Option<BriefingTimer>,
    /// The guided overlay of a new exercise was read or skipped.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub guide_dismissed: bool,
    /// What the report's first page says about the exercise (asked for at STARTEX).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<ExerciseMeta>,
}

/// The exercise as the report's overview names it (HSEEP AAR/IP, BSI 200-4 Übungsbericht):
/// every field optional, so `report --meta` can add or override any of them.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename = "Meta", deny_unknown_fields)]
pub struct ExerciseMeta {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The day it was held, `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The kind of exercise (Planbesprechung, Stabsrahmenübung, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evaluators: Vec<String>,
    /// The functions that took part, as the organisation calls them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<String>,
}

impl ExerciseMeta {
    /// `other`'s fields where it has them, else ours.
    pub fn overridden_by(&self, other: &ExerciseMeta) -> ExerciseMeta {
        let pick = |a: &Option<String>, b: &Option<String>| b.clone().or_else(|| a.clone());
        let list =
            |a: &Vec<String>, b: &Vec<String>| if b.is_empty() { a.clone() } else { b.clone() };
        ExerciseMeta {
            title: pick(&self.title, &other.title),
            date: pick(&self.date, &other.date),
            kind: pick(&self.kind, &other.kind),
            lead: pick(&self.lead, &other.lead),
            evaluators: list(&self.evaluators, &other.evaluators),
            participants: list(&self.participants, &other.participants),
            contact: pick(&self.contact, &other.contact),
        }
    }
}

/// The staff's Lage function's page for the Lagevortrag, written by control on its behalf (or
/// by a staff exercising on its own).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LagePage {
    /// Exercise time it was written, `YYYY-MM-DD HH:MM`.
    pub exercise_time: String,
    pub real_time: String,
    pub situation: String,
    pub assumptions: String,
    pub questions: String,
}

/// A Lagevortrag every `minutes` of exercise time, or of real time (`real`), counted from the
/// exercise minute `since` (exercise time) or the real time `since_real`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BriefingTimer {
    pub minutes: u32,
    pub real: bool,
    pub since: i64,
    pub since_real: String,
}

/// The exercise's phase, as control sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Prepared, not yet started.
    #[default]
    Prepared,
    /// STARTEX given: the exercise runs.
    Running,
    Paused,
    /// "Realereignis – Übung unterbrochen": a real event stopped the exercise.
    Interrupted,
    /// ENDEX given.
    Ended,
}

/// What the staff made of an inject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reaction {
    #[default]
    Pending,
    Done,
    Deviating,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InjectRecord {
    pub id: String,
    pub acknowledged: bool,
    pub reaction: Reaction,
}

/// An observer's verdict on an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Erfuellt,
    Teilweise,
    NichtErfuellt,
    NichtBeobachtet,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rating {
    pub objective: String,
    pub verdict: Verdict,
    pub comment: String,
    pub tick: u64,
    pub real_time: String,
}

/// What an observation refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reference {
    Entry(u32),
    Inject(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    pub tick: u64,
    pub exercise_time: String,
    pub real_time: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<Reference>,
    /// The observer marks it critical: leadership hears of it at once, before the report.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub critical: bool,
}

/// Why an exercise file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ExerciseError {
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    /// The target is not written: it exists (and may not be replaced), is not a regular file,
    /// or another process writes it ([`Refusal::Locked`]).
    #[error("{path}: not written: {refusal}")]
    Target { path: String, refusal: Refusal },
    #[error("{path}: the file is larger than {limit} bytes, the most an exercise file may have")]
    TooLarge { path: String, limit: u64 },
    #[error("{path}:{line}:{column}: not an exercise file: {message}")]
    Parse {
        path: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{path}: exercise file format {found}, this program reads format {FORMAT}")]
    Format { path: String, found: u32 },
    #[error("{path}: the embedded scenario does not match its recorded hash (the file was edited)")]
    ScenarioHash { path: String },
    #[error("{path}: the embedded scenario is invalid ({} problem(s))", .issues.len())]
    Scenario {
        path: String,
        issues: Vec<scenario::Issue>,
    },
    #[error(
        "{path}: written by {found}; this is {ENGINE}, which would re-simulate it differently, so \
         it cannot be replayed here. What it recorded can still be read: `play --resume` opens it \
         read-only, `report` writes its logbook, decisions and ratings"
    )]
    Engine { path: String, found: String },
    #[error("{path}: command {index} is recorded at tick {tick}, but the replay is at tick {at}")]
    Tick {
        path: String,
        index: usize,
        tick: u64,
        at: u64,
    },
    #[error("{path}: command {index} (tick {tick}) cannot be applied: {why:?}")]
    Command {
        path: String,
        index: usize,
        tick: u64,
        why: Rejection,
    },
    #[error("{path}: the replay diverges at tick {tick}")]
    Diverged { path: String, tick: u64 },
}

impl ExerciseFile {
    /// A new exercise of `scenario` (whose text is `text`) with `seed`.
    pub fn new(scenario: &Scenario, text: &str, seed: u64) -> ExerciseFile {
        ExerciseFile {
            format: FORMAT,
            engine: ENGINE.to_string(),
            scenario_id: scenario.meta().id.clone(),
            scenario_hash: scenario.meta().text_hash.clone(),
            scenario_text: text.to_string(),
            seed,
            commands: Vec::new(),
            state_hashes: Vec::new(),
            logbook: Vec::new(),
            injects: Vec::new(),
            ratings: Vec::new(),
            observations: Vec::new(),
            status: Status::Prepared,
            lage: None,
            briefing: None,
            guide_dismissed: false,
            meta: None,
        }
    }

    /// Appends a logbook entry with the next number and returns that number. Entries are never
    /// changed: a correction is a new entry naming the one it corrects.
    pub fn log(&mut self, mut entry: Entry) -> u32 {
        entry.number = self.logbook.last().map_or(1, |e| e.number + 1);
        let number = entry.number;
        self.logbook.push(entry);
        number
    }

    /// The record of how the staff handled an inject, created on first use.
    pub fn inject_record(&mut self, id: &str) -> &mut InjectRecord {
        let at = match self.injects.iter().position(|r| r.id == id) {
            Some(at) => at,
            None => {
                self.injects.push(InjectRecord {
                    id: id.to_string(),
                    acknowledged: false,
                    reaction: Reaction::Pending,
                });
                self.injects.len() - 1
            }
        };
        &mut self.injects[at]
    }

    /// The file as RON text.
    pub fn to_ron(&self) -> String {
        crate::ron_io::to_pretty(self)
    }

    /// Writes the file atomically over its earlier version (or where none is yet): what a
    /// process does to the file it writes, after every change. Only a regular file is replaced,
    /// never a folder, a link or a device ([`files::write`]).
    pub fn save(&self, path: &Path) -> Result<(), ExerciseError> {
        self.write_to(path, Replace::Any)
    }

    /// Writes a new exercise file: nothing may be at `path` yet, unless `force` (then a regular
    /// file there is replaced; never a folder, a link or a device).
    pub fn create(&self, path: &Path, force: bool) -> Result<(), ExerciseError> {
        self.write_to(
            path,
            if force {
                Replace::Any
            } else {
                Replace::Nothing
            },
        )
    }

    fn write_to(&self, path: &Path, replace: Replace) -> Result<(), ExerciseError> {
        files::write(path, self.to_ron().as_bytes(), replace).map_err(|e| match e {
            WriteError::Refused(refusal) => ExerciseError::Target {
                path: path.display().to_string(),
                refusal,
            },
            WriteError::Io(source) => ExerciseError::Write {
                path: path.display().to_string(),
                source,
            },
        })
    }

    /// The lock of the one process that writes the file at `path`, held until dropped; a file
    /// another process writes is refused ([`Refusal::Locked`]). Readers need none.
    pub fn lock(path: &Path) -> Result<Lock, ExerciseError> {
        Lock::acquire(path).map_err(|e| match e {
            WriteError::Refused(refusal) => ExerciseError::Target {
                path: path.display().to_string(),
                refusal,
            },
            WriteError::Io(source) => ExerciseError::Write {
                path: files::lock_path(path).display().to_string(),
                source,
            },
        })
    }

    /// Reads and parses a file (without replaying it), up to [`MAX_FILE_BYTES`].
    pub fn read(path: &Path) -> Result<ExerciseFile, ExerciseError> {
        let p = path.display().to_string();
        let bytes = files::read_limited(path, MAX_FILE_BYTES).map_err(|e| match e {
            files::ReadError::Io(source) => ExerciseError::Read {
                path: p.clone(),
                source,
            },
            files::ReadError::TooLarge { limit, .. } => ExerciseError::TooLarge {
                path: p.clone(),
                limit,
            },
        })?;
        // Bytes that are not UTF-8 are refused where they are, like any other parse error.
        let text = crate::ron_io::text(bytes).map_err(|e| ExerciseError::Parse {
            path: p.clone(),
            line: e.line,
            column: e.column,
            message: e.message,
        })?;
        let file: ExerciseFile =
            crate::ron_io::from_str(&text).map_err(|e| ExerciseError::Parse {
                path: p.clone(),
                line: e.line,
                column: e.column,
                message: e.message,
            })?;
        if !(1..=FORMAT).contains(&file.format) {
            return Err(ExerciseError::Format {
                path: p,
                found: file.format,
            });
        }
        Ok(file)
    }

    /// The embedded scenario, checked against its hash.
    pub fn scenario(&self, path: &Path) -> Result<Scenario, ExerciseError> {
        let p = path.display().to_string();
        if scenario::text_hash(&self.scenario_text) != self.scenario_hash {
            return Err(ExerciseError::ScenarioHash { path: p });
        }
        scenario::parse(&self.scenario_text).map_err(|invalid| ExerciseError::Scenario {
            path: p,
            issues: invalid.issues,
        })
    }

    /// Re-simulates every command and checks every recorded state hash; the first tick whose
    /// hash differs is reported. Returns the simulation where the exercise stands.
    pub fn replay(&self, path: &Path) -> Result<Sim, ExerciseError> {
        let mut sim = self.fresh_sim(path)?;
        self.run_to(&mut sim, &mut Position::default(), u64::MAX, path)?;
        // A hash recorded for a tick the commands never reach: the record and the replay part
        // at the first tick the replay did not run.
        let ran = sim.stats().hashes.len();
        if self.state_hashes.len() > ran {
            return Err(ExerciseError::Diverged {
                path: path.display().to_string(),
                tick: ran as u64 + 1,
            });
        }
        Ok(sim)
    }

    /// Whether this engine wrote the file, so that it can replay it.
    pub fn replayable(&self) -> bool {
        self.engine == ENGINE
    }

    /// Refuses another engine's file ([`ExerciseError::Engine`]): what everything that
    /// re-simulates checks first.
    pub fn check_engine(&self, path: &Path) -> Result<(), ExerciseError> {
        if self.replayable() {
            return Ok(());
        }
        Err(ExerciseError::Engine {
            path: path.display().to_string(),
            found: self.engine.clone(),
        })
    }

    /// The simulation of this file at tick 0, before its first command (at
    /// `Position::default()`). The engine and the embedded scenario are checked first.
    pub fn fresh_sim(&self, path: &Path) -> Result<Sim, ExerciseError> {
        self.check_engine(path)?;
        let scenario = Arc::new(self.scenario(path)?);
        Ok(Sim::new(scenario, self.seed))
    }

    /// Runs `sim`, which stands at `pos` in this file's commands, on through the commands until
    /// its clock reaches tick `upto` (splitting an advance that crosses it) or the commands end.
    /// Commands recorded at tick `upto` itself are applied, as they were before the exercise
    /// went on. Each tick's hash is checked the
    /// moment the tick has run, so the first divergence in tick order is the one reported, even
    /// if a later command then fails to apply.
    pub fn run_to(
        &self,
        sim: &mut Sim,
        pos: &mut Position,
        upto: u64,
        path: &Path,
    ) -> Result<(), ExerciseError> {
        let p = || path.display().to_string();
        while let Some(logged) = self.commands.get(pos.next) {
            let index = pos.next;
            if let Command::Advance(n) = logged.command {
                if pos.into == 0 && logged.tick != sim.clock().tick {
                    return Err(ExerciseError::Tick {
                        path: p(),
                        index,
                        tick: logged.tick,
                        at: sim.clock().tick,
                    });
                }
                while pos.into < n {
                    if sim.clock().tick >= upto {
                        return Ok(());
                    }
                    sim.apply(&Command::Advance(1))
                        .map_err(|why| ExerciseError::Command {
                            path: p(),
                            index,
                            tick: logged.tick,
                            why,
                        })?;
                    pos.into += 1;
                    let tick = sim.clock().tick;
                    let i = usize::try_from(tick - 1).unwrap_or(usize::MAX);
                    let actual = sim.stats().hashes.get(i).map(hex);
                    if actual.is_none()
                        || actual.as_deref() != self.state_hashes.get(i).map(|h| h.as_str())
                    {
                        return Err(ExerciseError::Diverged { path: p(), tick });
                    }
                }
            } else {
                let at = sim.clock().tick;
                if logged.tick > upto && at >= upto {
                    return Ok(());
                }
                // A command records its minute: one applied at another is not this file's.
                let minute_differs = logged.minute.is_some_and(|m| m != sim.clock().now);
                if logged.tick != at || minute_differs {
                    return Err(ExerciseError::Tick {
                        path: p(),
                        index,
                        tick: logged.tick,
                        at,
                    });
                }
                sim.apply(&logged.command)
                    .map_err(|why| ExerciseError::Command {
                        path: p(),
                        index,
                        tick: logged.tick,
                        why,
                    })?;
            }
            pos.next += 1;
            pos.into = 0;
        }
        Ok(())
    }

    /// The record as it stood at the end of tick `tick`: logbook, ratings and observations up
    /// to it, the commands up to it (an advance that crosses it cut short), its hashes. How the
    /// staff handled each inject carries no tick and is kept as it ended.
    pub fn cut(&self, tick: u64) -> ExerciseFile {
        let mut commands = Vec::new();
        for logged in self.commands.iter().take_while(|l| l.tick <= tick) {
            match logged.command {
                Command::Advance(n) if logged.tick + u64::from(n) > tick => {
                    let left = u32::try_from(tick - logged.tick).unwrap_or(n);
                    if left > 0 {
                        commands.push(Logged {
                            tick: logged.tick,
                            minute: logged.minute,
                            command: Command::Advance(left),
                        });
                    }
                    break;
                }
                _ => commands.push(logged.clone()),
            }
        }
        let upto = usize::try_from(tick).unwrap_or(usize::MAX);
        ExerciseFile {
            commands,
            state_hashes: self.state_hashes.iter().take(upto).cloned().collect(),
            logbook: self
                .logbook
                .iter()
                .filter(|e| e.tick <= tick)
                .cloned()
                .collect(),
            ratings: self
                .ratings
                .iter()
                .filter(|r| r.tick <= tick)
                .cloned()
                .collect(),
            observations: self
                .observations
                .iter()
                .filter(|o| o.tick <= tick)
                .cloned()
                .collect(),
            format: self.format,
            engine: self.engine.clone(),
            scenario_id: self.scenario_id.clone(),
            scenario_hash: self.scenario_hash.clone(),
            scenario_text: self.scenario_text.clone(),
            seed: self.seed,
            injects: self.injects.clone(),
            status: self.status,
            // The Lage page as last written by this tick is in the logbook cut above; the page
            // itself is the exercise's latest.
            lage: self.lage.clone(),
            briefing: self.briefing.clone(),
            guide_dismissed: self.guide_dismissed,
            meta: self.meta.clone(),
        }
    }

    /// Records an applied command, with the clock as it stood before it, and the hashes of the
    /// ticks it ran.
    pub fn record(&mut self, sim: &Sim, before: crate::sim::clock::Clock, command: Command) {
        self.commands.push(Logged {
            tick: before.tick,
            minute: Some(before.now),
            command,
        });
        let have = self.state_hashes.len();
        self.state_hashes
            .extend(sim.stats().hashes.iter().skip(have).map(hex));
    }
}

/// An exercise file opened only to read what it records, written by any engine version: nothing
/// is re-simulated. The embedded scenario is still checked against its hash (an edited file is
/// refused, as everywhere); if this program no longer accepts its text, names fall back to ids.
#[derive(Debug, Clone)]
pub struct Archive {
    pub file: ExerciseFile,
    /// The embedded scenario as this program reads it, for names, titles and the clock only;
    /// `None` if it is no longer valid here. Never simulated.
    pub scenario: Option<Arc<Scenario>>,
}

impl Archive {
    /// Reads `path` (format and hash checked) without replaying it.
    pub fn open(path: &Path) -> Result<Archive, ExerciseError> {
        Archive::of(ExerciseFile::read(path)?, path)
    }

    /// An already read file, for reading only.
    pub fn of(file: ExerciseFile, path: &Path) -> Result<Archive, ExerciseError> {
        let scenario = match file.scenario(path) {
            Ok(scenario) => Some(Arc::new(scenario)),
            // Another version's scenario language: the record is still readable.
            Err(ExerciseError::Scenario { .. }) => None,
            Err(e) => return Err(e),
        };
        Ok(Archive { file, scenario })
    }

    /// The engine that wrote the file (`krisenstab 0.1.0`).
    pub fn written_by(&self) -> &str {
        &self.file.engine
    }

    /// The scenario's title, or its id if this program cannot read the scenario.
    pub fn title(&self) -> &str {
        self.scenario
            .as_ref()
            .map_or(self.file.scenario_id.as_str(), |s| s.meta().title.as_str())
    }

    /// The ticks the file recorded.
    pub fn ticks(&self) -> u64 {
        self.file.state_hashes.len() as u64
    }

    /// Where the record ends: its exercise time (`YYYY-MM-DD HH:MM`) and exercise day, from the
    /// scenario's clock (no simulation needed); without a readable scenario, the time of the last
    /// logbook entry and no day.
    pub fn ends_at(&self) -> (Option<String>, Option<i64>) {
        let from_clock = self.scenario.as_ref().and_then(|s| {
            let minutes = i64::try_from(self.ticks())
                .ok()?
                .checked_mul(s.meta().tick)?;
            let time = s.wall_clock(minutes)?.to_string();
            Some((time, s.day_of(minutes)))
        });
        match from_clock {
            Some((time, day)) => (Some(time), Some(day)),
            None => (
                self.file.logbook.last().map(|e| e.exercise_time.clone()),
                None,
            ),
        }
    }

    /// The decisions in logbook order, each with the command it recorded (if the entry names
    /// one that is a decision).
    pub fn decisions(&self) -> Vec<(&Entry, Option<&Decision>)> {
        self.file
            .logbook
            .iter()
            .filter(|e| e.kind == EntryKind::Decision)
            .map(|e| {
                let decision = e
                    .command
                    .and_then(|i| self.file.commands.get(i))
                    .and_then(|l| match &l.command {
                        Command::Decide(d) => Some(d),
                        _ => None,
                    });
                (e, decision)
            })
            .collect()
    }
}

/// An exercise file as a command that reads it ([`open`]) finds it.
pub enum Opened {
    /// This engine's file, replayed with every recorded state hash checked; the simulation
    /// stands where the file ends.
    Replayed(Box<(ExerciseFile, Sim)>),
    /// Another engine's file: its record, for reading only.
    Archive(Box<Archive>),
}

impl Opened {
    /// The replayed file and its simulation; another engine's file is refused as such
    /// ([`ExerciseError::Engine`]), for what needs to re-simulate it.
    pub fn replayed(self, path: &Path) -> Result<(ExerciseFile, Sim), ExerciseError> {
        match self {
            Opened::Replayed(done) => Ok(*done),
            Opened::Archive(archive) => {
                archive.file.check_engine(path)?;
                // A file this engine wrote is never an archive; refused all the same.
                Err(ExerciseError::Engine {
                    path: path.display().to_string(),
                    found: archive.file.engine.clone(),
                })
            }
        }
    }
}

/// The one way `replay`, `report` and `sweep` open an exercise file: read (size, format and
/// scenario hash checked), then, if this engine wrote it, replayed with every state hash
/// checked, so a file `replay --verify` refuses is refused by all of them with the same error;
/// another engine's file opens as an [`Archive`].
pub fn open(path: &Path) -> Result<Opened, ExerciseError> {
    let file = ExerciseFile::read(path)?;
    if !file.replayable() {
        return Archive::of(file, path).map(|a| Opened::Archive(Box::new(a)));
    }
    let sim = file.replay(path)?;
    Ok(Opened::Replayed(Box::new((file, sim))))
}

/// Whether the file at `path` says it is an exercise file: its first RON value (after blank
/// space, comments and `#![...]` attributes) is an `Exercise(...)`. It may still be a corrupt
/// one; [`open`] decides that. Only the first few KiB are read.
pub fn looks_like(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut head = Vec::new();
    if std::io::Read::read_to_end(&mut std::io::Read::take(file, 4096), &mut head).is_err() {
        return false;
    }
    let text = String::from_utf8_lossy(&head);
    let mut rest = text.trim_start_matches('\u{feff}');
    loop {
        rest = rest.trim_start();
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("#!") {
            rest = after.split_once(']').map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest.strip_prefix("Exercise")
        .is_some_and(|r| r.trim_start().starts_with('('))
}

/// Where a re-simulation stands in a file's commands, so it can stop between any two ticks and
/// go on later.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Position {
    /// The next command to apply.
    next: usize,
    /// Ticks of that command already run, if it is an advance.
    into: u32,
}

/// Lower-case hex of a hash.
pub fn hex(bytes: &[u8; 32]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
