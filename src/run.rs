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
pub fn run_watched(
    scenario: Arc<Scenario>,
    seed: u64,
    commands: &[Logged],
    until_tick: Option<u64>,
    mut watch: impl FnMut(&mut Sim),
) -> Run {
    let mut sim = Sim::new(scenario, seed);
    let mut skipped = Vec::new();
    let mut applied = Vec::new();
    let tick_len = sim.clock().tick_len;
    let at = |c: &Logged| {
        c.minute.unwrap_or_else(|| {
            i64::try_from(c.tick)
                .unwrap_or(i64::MAX)
                .saturating_mul(tick_len)
        })
    };
    let mut sorted: Vec<&Logged> = commands
        .iter()
        .filter(|c| !matches!(c.command, Command::Advance(_) | Command::Wait(_)))
        .collect();
    sorted.sort_by_key(|c| at(c));
    let mut pending = sorted.into_iter().peekable();
    // Consecutive ticks without a command are recorded as one advance.
    let mut advancing: Option<(Logged, u32)> = None;
    let flush = |advancing: &mut Option<(Logged, u32)>, applied: &mut Vec<Logged>| {
        if let Some((mut first, n)) = advancing.take() {
            first.command = Command::Advance(n);
            applied.push(first);
        }
    };
    loop {
        let clock = sim.clock();
        let last = until_tick.is_some_and(|t| clock.tick >= t);
        // What is due before the tick ends (at the last tick: what is due at its start).
        let due = |c: &&Logged| {
            if last {
                at(c) <= clock.now
            } else {
                at(c) < clock.next_boundary()
            }
        };
        while let Some(logged) = pending.next_if(due) {
            flush(&mut advancing, &mut applied);
            let before = sim.clock();
            let wait = u32::try_from(at(logged) - before.now).unwrap_or(0);
            if wait > 0 && sim.apply(&Command::Wait(wait)).is_ok() {
                applied.push(Logged {
                    tick: before.tick,
                    minute: Some(before.now),
                    command: Command::Wait(wait),
                });
            }
            let now = sim.clock();
            match sim.apply(&logged.command) {
                Ok(()) => applied.push(Logged {
                    tick: now.tick,
                    minute: Some(now.now),
                    command: logged.command.clone(),
                }),
                Err(why) => skipped.push(((*logged).clone(), why)),
            }
        }
        if last || !sim.step() {
            break;
        }
        watch(&mut sim);
        match &mut advancing {
            Some((_, n)) => *n += 1,
            None => {
                advancing = Some((
                    Logged {
                        tick: clock.tick,
                        minute: Some(clock.now),
                        command: Command::Advance(0),
                    },
                    1,
                ));
            }
        }
    }
    flush(&mut advancing, &mut applied);
    Run {
        sim,
        applied,
        skipped,
    }
}
