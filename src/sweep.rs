//! Monte Carlo over seeds: the same decisions on many random streams, to tell skill from luck.
//!
//! Runs are independent single-threaded worlds spread over a rayon pool; results are collected
//! in seed order, so nothing that is reported depends on the number of threads.

use std::collections::BTreeMap;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::exercise::ExerciseFile;
use crate::run;
use crate::scenario::Scenario;
use crate::scenario::model::Minutes;
use crate::sim::Sim;
use crate::sim::command::{Command, Logged};
use crate::sim::outcome::Outcome;
use crate::sim::rejoin::Tally;

/// The 10th percentile, median and 90th percentile of one figure (`None`: "never").
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Spread {
    pub p10: Option<f64>,
    pub median: Option<f64>,
    pub p90: Option<f64>,
}

/// Runs seeds `first..first + runs` on `jobs` threads (0: all cores); in seed order, each
/// outcome with the number of recorded decisions skipped in that seed (a prerequisite failed).
pub fn outcomes(
    scenario: &Arc<Scenario>,
    commands: &[Logged],
    first: u64,
    runs: u64,
    jobs: usize,
    progress: &(dyn Fn() + Sync),
) -> Result<Vec<(Outcome, usize)>, rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    Ok(pool.install(|| {
        (0..runs)
            .into_par_iter()
            .map(|i| {
                let mut done =
                    run::run(Arc::clone(scenario), first.wrapping_add(i), commands, None);
                progress();
                (done.sim.outcome(), done.skipped.len())
            })
            .collect()
    }))
}

/// A change to one recorded decision, for a counterfactual.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Drop,
    /// Minutes later (negative: earlier).
    Shift(i64),
    Replace {
        action: String,
        target: Option<String>,
    },
}

/// An exercise file's decisions and control actions (time advances are implied), with
/// `changed` (a command index and a change) applied; `tick_len` turns a shift into ticks.
pub fn decisions(
    file: &ExerciseFile,
    changed: Option<(usize, &Change)>,
    tick_len: i64,
) -> Vec<Logged> {
    changed_commands(&file.commands, changed, tick_len).0
}

/// `commands` without time advances, with `changed` applied; also the first and last minute
/// at which the result differs from the commands unchanged (`None`: it does not).
pub fn changed_commands(
    commands: &[Logged],
    changed: Option<(usize, &Change)>,
    tick_len: i64,
) -> (Vec<Logged>, Option<(Minutes, Minutes)>) {
    let mut out = Vec::new();
    let mut span = None;
    for (i, c) in commands.iter().enumerate() {
        if matches!(c.command, Command::Advance(_)) {
            continue;
        }
        let mut c = c.clone();
        if let Some((index, change)) = changed
            && index == i
        {
            let was = run::due_minute(&c, tick_len);
            let now = match change {
                Change::Drop => was,
                Change::Shift(m) => {
                    let ticks = m.div_euclid(tick_len.max(1));
                    c.tick = c.tick.saturating_add_signed(ticks);
                    // The minute is what the run goes by: it moves with the decision.
                    c.minute = Some(was.saturating_add(*m));
                    was.saturating_add(*m)
                }
                Change::Replace { action, target } => {
                    if let Command::Decide(d) = &mut c.command {
                        d.action = action.clone();
                        d.target = target.clone();
                    }
                    was
                }
            };
            span = Some((was.min(now), was.max(now)));
            if *change == Change::Drop {
                continue;
            }
        }
        out.push(c);
    }
    (out, span)
}

/// How many ticks apart a variant looks whether it has rejoined its baseline.
const REJOIN_EVERY: u64 = 4;

/// A version of the baseline's commands to compare with it.
#[derive(Debug, Clone)]
pub struct Variant {
    pub commands: Vec<Logged>,
    /// The first and last minute at which its commands differ from the baseline's.
    pub differs: Option<(Minutes, Minutes)>,
}

/// How a variant is run: forked from the baseline's world where it first differs (else from
/// the start), and stopped once it has rejoined the baseline's course (else to the end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method {
    pub fork: bool,
    pub rejoin: bool,
}

impl Method {
    pub const FAST: Method = Method {
        fork: true,
        rejoin: true,
    };
    /// Every variant run from the start to the end: the reference.
    pub const FULL: Method = Method {
        fork: false,
        rejoin: false,
    };
}

/// A variant's run on one seed.
#[derive(Debug, Clone, PartialEq)]
pub struct VariantRun {
    pub outcome: Outcome,
    /// Decisions that could not be applied in this run.
    pub skipped: usize,
    /// The tick at which it was forked from the baseline (0: run from the start).
    pub forked: u64,
    /// The tick from which it took the baseline's course, if it did.
    pub rejoined: Option<u64>,
}

/// The baseline and its variants on one seed.
#[derive(Debug, Clone, PartialEq)]
pub struct PairedRun {
    pub seed: u64,
    pub base: Outcome,
    pub variants: Vec<VariantRun>,
}

/// The baseline's commands and every variant on `seed`. With `method.fork`, the baseline runs
/// once and each variant goes on from a copy of its world at the start of the tick where the
/// variant first differs; with `method.rejoin`, a variant stops at the first tick after its last
/// difference at which its course hash equals the baseline's, and its outcome is its own record
/// so far joined to the baseline's after that tick. Draws are keyed by seed, tick, purpose and
/// entity, so all of this gives the outcomes of running every variant alone.
pub fn paired(
    scenario: &Arc<Scenario>,
    base: &[Logged],
    variants: &[&Variant],
    seed: u64,
    method: Method,
) -> PairedRun {
    let tick_len = scenario.meta().tick.max(1);
    let fork_tick = |v: &Variant| {
        v.differs.map_or(u64::MAX, |(first, _)| {
            u64::try_from(first.div_euclid(tick_len)).unwrap_or(0)
        })
    };
    let mut runner = run::Runner::new(Sim::new(Arc::clone(scenario), seed), base, i64::MIN);
    let mut forks: Vec<Option<run::Runner>> = variants
        .iter()
        .map(|v| {
            (!method.fork || fork_tick(v) == 0).then(|| {
                run::Runner::new(Sim::new(Arc::clone(scenario), seed), &v.commands, i64::MIN)
            })
        })
        .collect();
    let mut forked = vec![0u64; variants.len()];
    // The baseline's tally after each tick, for rejoining (index: the tick).
    let mut tallies: Vec<Tally> = Vec::new();
    loop {
        let tick = runner.sim.clock().tick;
        for (i, v) in variants.iter().enumerate() {
            if forks[i].is_none() && fork_tick(v) <= tick {
                forks[i] = Some(runner.fork(&v.commands));
                forked[i] = tick;
            }
        }
        if method.rejoin {
            tallies.push(runner.sim.tally());
        }
        if !runner.tick() {
            break;
        }
    }
    let base_skipped: Vec<Minutes> = runner
        .skipped
        .iter()
        .map(|(c, _)| run::due_minute(c, tick_len))
        .collect();
    let mut base_sim = runner.sim;
    let base_outcome = base_sim.outcome();
    let runs = variants
        .iter()
        .zip(forks)
        .zip(forked)
        .map(|((v, fork), forked)| {
            // A variant never forked (it differs only after the end) is the baseline.
            let Some(mut fork) = fork else {
                return VariantRun {
                    outcome: base_outcome.clone(),
                    skipped: base_skipped.len(),
                    forked,
                    rejoined: None,
                };
            };
            let last = v.differs.map_or(i64::MIN, |(_, last)| last);
            let mut since_last = 0u64;
            while fork.tick() {
                if !method.rejoin || fork.sim.clock().now <= last {
                    continue;
                }
                // Equal courses stay equal, so looking every few ticks finds a rejoin at most
                // that late and spares most of the hashing of a variant that never rejoins.
                since_last += 1;
                if since_last % REJOIN_EVERY != 1 {
                    continue;
                }
                let at = fork.sim.clock().tick as usize;
                let Some(theirs) = tallies.get(at) else {
                    continue;
                };
                let mine = fork.sim.tally();
                if mine.course != theirs.course {
                    continue;
                }
                let Some(end) = tallies.last() else { continue };
                let outcome =
                    fork.sim
                        .rejoined(theirs, &base_outcome, &base_sim, end, &tallies[at + 1..]);
                let from = fork.sim.clock().now;
                let later = base_skipped.iter().filter(|&&m| m >= from).count();
                return VariantRun {
                    outcome,
                    skipped: fork.skipped.len() + later,
                    forked,
                    rejoined: Some(at as u64),
                };
            }
            let mut done = fork.finish();
            VariantRun {
                outcome: done.sim.outcome(),
                skipped: done.skipped.len(),
                forked,
                rejoined: None,
            }
        })
        .collect();
    PairedRun {
        seed,
        base: base_outcome,
        variants: runs,
    }
}

/// [`paired`] for seeds `first..first + runs` on `jobs` threads (0: all cores), in seed order;
/// `progress` is called after each seed.
pub fn paired_seeds(
    scenario: &Arc<Scenario>,
    base: &[Logged],
    variants: &[&Variant],
    seeds: std::ops::Range<u64>,
    method: Method,
    jobs: usize,
    progress: &(dyn Fn() + Sync),
) -> Result<Vec<PairedRun>, rayon::ThreadPoolBuildError> {
    let pool = rayon::ThreadPoolBuilder::new().num_threads(jobs).build()?;
    Ok(pool.install(|| {
        seeds
            .into_par_iter()
            .map(|seed| {
                let run = paired(scenario, base, variants, seed, method);
                progress();
                run
            })
            .collect()
    }))
}

/// Every key figure of `run --json` as a list of values per run (`None`: never / not due).
fn figures(scenario: &Scenario, outcomes: &[Outcome]) -> BTreeMap<String, Vec<Option<f64>>> {
    scenario
        .figures()
        .into_iter()
        .map(|f| {
            let values = outcomes.iter().map(|o| o.value(f)).collect();
            (scenario.figure_name(f), values)
        })
        .collect()
}

/// Nearest-rank percentile; "never" sorts after every value.
fn percentile(sorted: &[Option<f64>], p: usize) -> Option<f64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len()).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// The distribution of every key figure over the runs.
pub fn distribution(scenario: &Scenario, outcomes: &[Outcome]) -> BTreeMap<String, Spread> {
    figures(scenario, outcomes)
        .into_iter()
        .map(|(name, mut values)| {
            values.sort_by(|a, b| match (a, b) {
                (Some(x), Some(y)) => x.total_cmp(y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            });
            let spread = Spread {
                p10: percentile(&values, 10),
                median: percentile(&values, 50),
                p90: percentile(&values, 90),
            };
            (name, spread)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<Option<f64>> = (1..=10).map(|x| Some(f64::from(x))).collect();
        assert_eq!(percentile(&v, 10), Some(1.0));
        assert_eq!(percentile(&v, 50), Some(5.0));
        assert_eq!(percentile(&v, 90), Some(9.0));
        let never = vec![Some(3.0), None, None];
        assert_eq!(percentile(&never, 50), None);
        assert_eq!(percentile(&never, 10), Some(3.0));
    }
}
