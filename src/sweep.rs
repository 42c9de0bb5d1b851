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
use crate::scenario::model::{Figure, Minutes};
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
                // Only the outcome is read: no state hash per tick.
                let sim =
                    Sim::new(Arc::clone(scenario), first.wrapping_add(i)).without_tick_hashes();
                let mut done = run::Runner::new(sim, commands, i64::MIN).finish();
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
    /// Its headline figures decide how many seeds it gets (else it runs the first batch only,
    /// as a comparison for the others).
    pub judged: bool,
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
    let sim = || Sim::new(Arc::clone(scenario), seed).without_tick_hashes();
    let mut runner = run::Runner::new(sim(), base, i64::MIN);
    let mut forks: Vec<Option<run::Runner>> = variants
        .iter()
        .map(|v| {
            (!method.fork || fork_tick(v) == 0)
                .then(|| run::Runner::new(sim(), &v.commands, i64::MIN))
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
            // Equal courses stay equal, so looking every few ticks finds a rejoin at most that
            // late and spares most of the hashing.
            tallies.push(runner.sim.tally(tick.is_multiple_of(REJOIN_EVERY)));
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
            while fork.tick() {
                let at = fork.sim.clock().tick;
                if !method.rejoin
                    || fork.sim.clock().now <= last
                    || !at.is_multiple_of(REJOIN_EVERY)
                {
                    continue;
                }
                let at = at as usize;
                let Some(theirs) = tallies.get(at) else {
                    continue;
                };
                let mine = fork.sim.tally(true);
                if mine.course.is_none() || mine.course != theirs.course {
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

/// Seeds are added this many at a time, in seed order, until every headline figure is known
/// precisely enough (see [`Target`]); the batches do not depend on `--jobs`.
pub const BATCH: u64 = 10;

/// How precisely a headline figure's mean difference must be known: the half-width of its 90 %
/// interval at most `max(delta, epsilon × |mean difference|)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Target {
    pub delta: f64,
    pub epsilon: f64,
}

/// The headline figures (what a staff asks first: the state network, deadlines, lapsed cases,
/// when services and normal operation are back) and their precision targets:
///
/// | figure | δ | ε |
/// | --- | --- | --- |
/// | state network reached, deadline met (share of runs) | 10 percentage points | 0 |
/// | cases lapsed | 25 cases | 10 % |
/// | normal operation back, a service back (day) | 1 day | 10 % |
///
/// A share is said in words whose bounds lie 10 to 30 points apart ("in einigen Läufen" below
/// 40 %, "etwa der Hälfte" to 60 %), so ±10 points tell them apart; a yes/no difference near
/// one half needs about 70 seeds for that, ±5 points would need about 270. Peaks, backlogs,
/// hours down and costs are reported but not waited for.
pub fn target(f: Figure) -> Option<Target> {
    match f {
        Figure::StateNetworkBreached | Figure::DeadlineMet(_) => Some(Target {
            delta: 0.10,
            epsilon: 0.0,
        }),
        Figure::FinesLapsed => Some(Target {
            delta: 25.0,
            epsilon: 0.10,
        }),
        Figure::NormalOperationDay | Figure::ServiceRestoredDay(_) => Some(Target {
            delta: 1.0,
            epsilon: 0.10,
        }),
        Figure::CompromisedPeak
        | Figure::EncryptedPeak
        | Figure::CostEur
        | Figure::ServiceDownHours(_)
        | Figure::ServiceBacklogPeak(_) => None,
    }
}

/// A figure's value for comparing runs: "never back" counts as the day after the scenario's
/// end, a deadline not yet due is left out.
pub fn comparable(scenario: &Scenario, o: &Outcome, f: Figure) -> Option<f64> {
    match (o.value(f), f) {
        (Some(v), _) => Some(v),
        (None, Figure::NormalOperationDay | Figure::ServiceRestoredDay(_)) => {
            let m = scenario.meta();
            Some(scenario.day_of(m.duration) as f64 + 1.0)
        }
        (None, _) => None,
    }
}

/// The 90 % interval of a mean difference from paired differences (Student's t).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Interval {
    pub mean: f64,
    pub half_width: f64,
    pub n: usize,
}

impl Interval {
    /// From the differences of each seed; `None` below two.
    pub fn of(diffs: &[f64]) -> Option<Interval> {
        let n = diffs.len();
        if n < 2 {
            return None;
        }
        let mean = diffs.iter().sum::<f64>() / n as f64;
        let var = diffs.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        Some(Interval {
            mean,
            half_width: t95(n - 1) * (var / n as f64).sqrt(),
            n,
        })
    }

    pub fn meets(&self, t: Target) -> bool {
        self.half_width <= t.delta.max(t.epsilon * self.mean.abs())
    }

    /// The interval holds zero: the data cannot tell a difference from none.
    pub fn holds_zero(&self) -> bool {
        self.mean.abs() <= self.half_width
    }
}

/// The 95th percentile of Student's t with `df` degrees of freedom (two-sided 90 %): the table
/// up to 30, then the Cornish–Fisher expansion around the normal quantile (error below 0.001).
fn t95(df: usize) -> f64 {
    const TABLE: [f64; 30] = [
        6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812, 1.796, 1.782, 1.771,
        1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725, 1.721, 1.717, 1.714, 1.711, 1.708, 1.706,
        1.703, 1.701, 1.699, 1.697,
    ];
    if let Some(&t) = df.checked_sub(1).and_then(|i| TABLE.get(i)) {
        return t;
    }
    let (z, v) = (1.644_853_6_f64, df as f64);
    z + (z.powi(3) + z) / (4.0 * v)
        + (5.0 * z.powi(5) + 16.0 * z.powi(3) + 3.0 * z) / (96.0 * v * v)
}

/// A variant compared with its baseline, seed by seed.
#[derive(Debug, Clone)]
pub struct Compared {
    /// The variant's outcome on each seed it ran, in seed order (the same seeds as the first
    /// `outcomes.len()` of the baseline's).
    pub outcomes: Vec<Outcome>,
    pub skipped: usize,
    /// Per seed: the tick it took the baseline's course from, if it did.
    pub rejoined: Vec<Option<u64>>,
    /// Every headline figure met its precision target (else all the seeds were used).
    pub precise: bool,
}

impl Compared {
    /// The earliest and the latest minute at which a run took the baseline's course.
    pub fn rejoined_between(&self, tick_len: Minutes) -> Option<(Minutes, Minutes)> {
        let ticks = self.rejoined.iter().flatten();
        let minute = |t: &u64| {
            i64::try_from(*t)
                .unwrap_or(i64::MAX)
                .saturating_mul(tick_len)
        };
        ticks
            .clone()
            .min()
            .zip(ticks.max())
            .map(|(a, b)| (minute(a), minute(b)))
    }
}

/// The baseline and every variant over seeds from `first`, on `jobs` threads: with `rule`,
/// seeds come in batches of [`BATCH`] and a variant gets more only while one of its headline
/// figures misses its precision target, up to `runs` seeds; without, every variant gets `runs`.
/// `progress` is called after each seed with the variants still running on it.
#[expect(
    clippy::too_many_arguments,
    reason = "one comparison's settings, each used once"
)]
pub fn compare(
    scenario: &Arc<Scenario>,
    base: &[Logged],
    variants: &[Variant],
    first: u64,
    runs: u64,
    method: Method,
    rule: bool,
    jobs: usize,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<(Vec<Outcome>, Vec<Compared>), rayon::ThreadPoolBuildError> {
    let mut base_outcomes: Vec<Outcome> = Vec::new();
    let mut compared: Vec<Compared> = variants
        .iter()
        .map(|_| Compared {
            outcomes: Vec::new(),
            skipped: 0,
            rejoined: Vec::new(),
            precise: false,
        })
        .collect();
    let mut open: Vec<usize> = (0..variants.len()).collect();
    let mut used = 0u64;
    while used < runs && (!open.is_empty() || base_outcomes.is_empty()) {
        let batch = if rule { BATCH.min(runs - used) } else { runs };
        let from = first.wrapping_add(used);
        let refs: Vec<&Variant> = open.iter().map(|&k| &variants[k]).collect();
        let still = refs.len();
        let seeds = paired_seeds(
            scenario,
            base,
            &refs,
            from..from + batch,
            method,
            jobs,
            &|| progress(still),
        )?;
        for run in seeds {
            for (j, &k) in open.iter().enumerate() {
                let v = &run.variants[j];
                let c = &mut compared[k];
                c.outcomes.push(v.outcome.clone());
                c.skipped += v.skipped;
                c.rejoined.push(v.rejoined);
            }
            base_outcomes.push(run.base);
        }
        used += batch;
        if rule {
            open.retain(|&k| {
                let c = &mut compared[k];
                c.precise = precise(scenario, &base_outcomes, &c.outcomes);
                variants[k].judged && !c.precise
            });
        }
    }
    Ok((base_outcomes, compared))
}

/// The paired differences of one figure (variant minus baseline), over the seeds both have a
/// value for.
pub fn differences(
    scenario: &Scenario,
    base: &[Outcome],
    variant: &[Outcome],
    f: Figure,
) -> Vec<f64> {
    base.iter()
        .zip(variant)
        .filter_map(|(b, v)| Some(comparable(scenario, v, f)? - comparable(scenario, b, f)?))
        .collect()
}

/// Every headline figure's interval meets its target (a figure with fewer than two values
/// cannot be told yet, and one with none ever, such as a deadline after the end, never holds
/// anything up).
fn precise(scenario: &Scenario, base: &[Outcome], variant: &[Outcome]) -> bool {
    scenario.figures().into_iter().all(|f| {
        let Some(t) = target(f) else { return true };
        let diffs = differences(scenario, base, variant, f);
        match Interval::of(&diffs) {
            Some(i) => i.meets(t),
            None => diffs.is_empty() && variant.len() >= 2,
        }
    })
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
