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

/// The Realverlauf as a decision log: each decision at the first tick boundary at or after its
/// time, so that nothing happens before it did in 2021.
pub fn historical(scenario: &Scenario) -> DecisionLog {
    let tick = scenario.meta().tick.max(1);
    let commands = scenario
        .realverlauf()
        .iter()
        .map(|d| Logged {
            tick: u64::try_from((d.at + tick - 1).div_euclid(tick)).unwrap_or(0),
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

/// Plays `commands` (sorted by tick; advances in the log are implied and ignored) until the end
/// of the scenario or `until_tick`.
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
    let mut sorted: Vec<&Logged> = commands
        .iter()
        .filter(|c| !matches!(c.command, Command::Advance(_)))
        .collect();
    sorted.sort_by_key(|c| c.tick);
    let mut pending = sorted.into_iter().peekable();
    // Consecutive ticks without a command are recorded as one advance.
    let mut advancing: Option<(u64, u32)> = None;
    loop {
        let tick = sim.clock().tick;
        while let Some(logged) = pending.next_if(|c| c.tick <= tick) {
            if let Some((from, n)) = advancing.take() {
                applied.push(Logged {
                    tick: from,
                    command: Command::Advance(n),
                });
            }
            match sim.apply(&logged.command) {
                Ok(()) => applied.push(Logged {
                    tick,
                    command: logged.command.clone(),
                }),
                Err(why) => skipped.push(((*logged).clone(), why)),
            }
        }
        if until_tick.is_some_and(|t| tick >= t) || !sim.step() {
            break;
        }
        watch(&mut sim);
        advancing.get_or_insert((tick, 0)).1 += 1;
    }
    if let Some((from, n)) = advancing {
        applied.push(Logged {
            tick: from,
            command: Command::Advance(n),
        });
    }
    Run {
        sim,
        applied,
        skipped,
    }
}
