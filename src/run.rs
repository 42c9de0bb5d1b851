//! Headless runs: a scenario, a seed and a decision log, played to the end.

use std::sync::Arc;

use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::command::{Command, Decision, DecisionLog, Logged, Rejection};

/// Which decisions a run takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// No decision at all.
    Passive,
    /// The scenario's Realverlauf.
    Historical,
    /// A decision log.
    Decisions(DecisionLog),
}

impl Mode {
    pub fn name(&self) -> &'static str {
        match self {
            Mode::Passive => "passive",
            Mode::Historical => "historical",
            Mode::Decisions(_) => "decisions",
        }
    }

    /// The commands this mode applies, each at its tick.
    pub fn commands(&self, scenario: &Scenario) -> Vec<Logged> {
        match self {
            Mode::Passive => Vec::new(),
            Mode::Historical => historical(scenario).commands,
            Mode::Decisions(log) => log.commands.clone(),
        }
    }
}

/// The Realverlauf as a decision log: each decision at its minute.
pub fn historical(scenario: &Scenario) -> DecisionLog {
    let tick = scenario.meta().tick.max(1);
    let commands = scenario
        .realverlauf()
        .iter()
        .map(|d| Logged {
            tick: u64::try_from(d.at.div_euclid(tick)).unwrap_or(0),
            minute: Some(d.at),
            command: Command::Decide(Decision {
                action: scenario.actions()[d.action.index()].id.clone(),
                target: d
                    .target
                    .map(|t| crate::sim::target_id(scenario, t).to_string()),
                function: scenario.roles()[d.function.index()].id.clone(),
                reason: d.reason.clone(),
                order: d
                    .order
                    .iter()
                    .map(|&t| crate::sim::target_id(scenario, t).to_string())
                    .collect(),
            }),
        })
        .collect();
    DecisionLog {
        scenario: scenario.meta().id.clone(),
        commands,
    }
}

/// A finished run and what happened to each command.
pub struct Run {
    pub sim: Sim,
    /// Every command applied, time advances included, at the tick it was applied (the list an
    /// exercise file records).
    pub applied: Vec<Logged>,
    /// Commands that were not applied, with why (e.g. a prerequisite that failed in this seed).
    pub skipped: Vec<(Logged, Rejection)>,
}

/// Plays `commands` (in the order of their minute, or of their tick's start; advances and
/// waits in the log are implied and ignored) until the end of the scenario or `until_tick`.
pub fn run(
    scenario: Arc<Scenario>,
    seed: u64,
    commands: &[Logged],
    until_tick: Option<u64>,
) -> Run {
    run_watched(scenario, seed, commands, until_tick, |_| {})
}

/// As [`run`], with `watch` called after every tick (to sample what the run went through).
/// Keeps no state hash per tick (only an exercise file needs them: [`run_recorded`]); the
/// outcome's hash is the same.
pub fn run_watched(
    scenario: Arc<Scenario>,
    seed: u64,
    commands: &[Logged],
    until_tick: Option<u64>,
    watch: impl FnMut(&mut Sim),
) -> Run {
    let sim = Sim::new(scenario, seed).without_tick_hashes();
    run_sim(sim, commands, until_tick, watch)
}

/// As [`run_watched`], keeping the state hash of every tick, as an exercise file records them.
pub fn run_recorded(
    scenario: Arc<Scenario>,
    seed: u64,
    commands: &[Logged],
    until_tick: Option<u64>,
    watch: impl FnMut(&mut Sim),
) -> Run {
    run_sim(Sim::new(scenario, seed), commands, until_tick, watch)
}

fn run_sim(
    sim: Sim,
    commands: &[Logged],
    until_tick: Option<u64>,
    mut watch: impl FnMut(&mut Sim),
) -> Run {
    let mut runner = Runner::new(sim, commands, i64::MIN);
    runner.until_tick = until_tick;
    while runner.tick() {
        watch(&mut runner.sim);
    }
    runner.finish()
}

/// A run in progress, a tick at a time: its world, the commands still to come, and what became
/// of those already due. [`Runner::fork`] lets a variant go on from where this run stands.
pub struct Runner {
    pub sim: Sim,
    /// The commands not yet due, in the order of their minute.
    pending: std::collections::VecDeque<Logged>,
    pub applied: Vec<Logged>,
    pub skipped: Vec<(Logged, Rejection)>,
    /// Consecutive ticks without a command, recorded as one advance.
    advancing: Option<(Logged, u32)>,
    pub until_tick: Option<u64>,
    done: bool,
}

/// When a command is due: its minute, or its tick's start.
pub fn due_minute(c: &Logged, tick_len: i64) -> i64 {
    c.minute.unwrap_or_else(|| {
        i64::try_from(c.tick)
            .unwrap_or(i64::MAX)
            .saturating_mul(tick_len)
    })
}

impl Runner {
    /// `sim` with `commands` (advances and waits are implied and ignored) from minute `from` on;
    /// earlier ones are taken as done.
    pub fn new(sim: Sim, commands: &[Logged], from: i64) -> Runner {
        let tick_len = sim.clock().tick_len;
        let mut sorted: Vec<Logged> = commands
            .iter()
            .filter(|c| !matches!(c.command, Command::Advance(_) | Command::Wait(_)))
            .filter(|c| due_minute(c, tick_len) >= from)
            .cloned()
            .collect();
        sorted.sort_by_key(|c| due_minute(c, tick_len));
        Runner {
            sim,
            pending: sorted.into(),
            applied: Vec::new(),
            skipped: Vec::new(),
            advancing: None,
            until_tick: None,
            done: false,
        }
    }

    /// Applies what is due before the current tick ends (at the last tick: what is due at its
    /// start) and steps the tick; `false` once the run is over.
    pub fn tick(&mut self) -> bool {
        if self.done {
            return false;
        }
        let clock = self.sim.clock();
        let tick_len = clock.tick_len;
        let last = self.until_tick.is_some_and(|t| clock.tick >= t);
        let due = |c: &Logged| {
            if last {
                due_minute(c, tick_len) <= clock.now
            } else {
                due_minute(c, tick_len) < clock.next_boundary()
            }
        };
        while let Some(logged) = self.pending.pop_front_if(|c| due(c)) {
            self.flush();
            let before = self.sim.clock();
            let wait = u32::try_from(due_minute(&logged, tick_len) - before.now).unwrap_or(0);
            if wait > 0 && self.sim.apply(&Command::Wait(wait)).is_ok() {
                self.applied.push(Logged {
                    tick: before.tick,
                    minute: Some(before.now),
                    command: Command::Wait(wait),
                });
            }
            let now = self.sim.clock();
            match self.sim.apply(&logged.command) {
                Ok(()) => self.applied.push(Logged {
                    tick: now.tick,
                    minute: Some(now.now),
                    command: logged.command,
                }),
                Err(why) => self.skipped.push((logged, why)),
            }
        }
        if last || !self.sim.step() {
            self.done = true;
            self.flush();
            return false;
        }
        match &mut self.advancing {
            Some((_, n)) => *n += 1,
            None => {
                self.advancing = Some((
                    Logged {
                        tick: clock.tick,
                        minute: Some(clock.now),
                        command: Command::Advance(0),
                    },
                    1,
                ));
            }
        }
        true
    }

    fn flush(&mut self) {
        if let Some((mut first, n)) = self.advancing.take() {
            first.command = Command::Advance(n);
            self.applied.push(first);
        }
    }

    /// A variant that goes on from here with `commands` instead: this run's world and record
    /// so far, and of `commands` those due from the current minute on. Fork before the tick
    /// whose commands differ, so that this run has applied none of them yet.
    pub fn fork(&mut self, commands: &[Logged]) -> Runner {
        let sim = self.sim.fork();
        let from = sim.clock().now;
        let mut fork = Runner::new(sim, commands, from);
        fork.applied = self.applied.clone();
        fork.skipped = self.skipped.clone();
        fork.advancing = self.advancing.clone();
        fork.until_tick = self.until_tick;
        fork
    }

    /// Runs to the end.
    pub fn finish(mut self) -> Run {
        while self.tick() {}
        Run {
            sim: self.sim,
            applied: self.applied,
            skipped: self.skipped,
        }
    }
}
