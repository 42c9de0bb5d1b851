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
use crate::sim::command::{Command, Logged};
use crate::sim::outcome::Outcome;

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
    let mut commands = Vec::new();
    for (i, c) in file.commands.iter().enumerate() {
        if matches!(c.command, Command::Advance(_)) {
            continue;
        }
        let mut c = c.clone();
        if let Some((index, change)) = changed
            && index == i
        {
            match change {
                Change::Drop => continue,
                Change::Shift(m) => {
                    let ticks = m.div_euclid(tick_len.max(1));
                    c.tick = c.tick.saturating_add_signed(ticks);
                }
                Change::Replace { action, target } => {
                    if let Command::Decide(d) = &mut c.command {
                        d.action = action.clone();
                        d.target = target.clone();
                    }
                }
            }
        }
        commands.push(c);
    }
    commands
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
