//! Which recorded decisions mattered most: each decision left out in turn, the exercise re-run
//! over the same seeds, and the decisions ranked by how far the key figures moved.

use std::sync::Arc;

use crate::exercise::{EntryKind, ExerciseFile};
use crate::scenario::Scenario;
use crate::scenario::model::Figure;
use crate::sim::outcome::Outcome;
use crate::sweep::{self, Change, Spread};

/// How many runs, on how many threads, from which seed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub runs: u64,
    pub jobs: usize,
    pub seed_base: u64,
}

/// How one key figure moved when a decision was left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Shift {
    pub figure: Figure,
    pub with: Spread,
    pub without: Spread,
    /// The means over the runs (for a 0/1 figure: the share of runs).
    pub mean_with: f64,
    pub mean_without: f64,
    /// This figure's share of the effect's score.
    pub weight: f64,
}

/// A decision and what leaving it out changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// Its number in the Einsatztagebuch.
    pub entry: u32,
    pub exercise_time: String,
    pub function: String,
    pub text: String,
    /// The sum over every key figure of the change of its mean, each relative to the span the
    /// figure can move over (so each weighs at most 1).
    pub score: f64,
    pub runs: u64,
    /// Runs of the variant in which a later decision could not be applied.
    pub skipped: usize,
    /// The figures that moved: the headline figures first, then the largest moves.
    pub shifts: Vec<Shift>,
}

/// The logbook entries that are decisions, with their command index.
fn decisions(file: &ExerciseFile) -> Vec<(u32, usize)> {
    file.logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .filter_map(|e| e.command.map(|c| (e.number, c)))
        .collect()
}

/// How many runs [`strongest`] makes, for a progress bar.
pub fn total_runs(file: &ExerciseFile, settings: &Settings) -> u64 {
    (decisions(file).len() as u64 + 1) * settings.runs
}

/// A figure's value for averaging: "never" counts as the day after the scenario's end, a
/// deadline not yet due is left out.
fn value(scenario: &Scenario, o: &Outcome, f: Figure) -> Option<f64> {
    match (o.value(f), f) {
        (Some(v), _) => Some(v),
        (None, Figure::NormalOperationDay | Figure::ServiceRestoredDay(_)) => {
            let m = scenario.meta();
            Some(scenario.day_of(m.duration) as f64 + 1.0)
        }
        (None, _) => None,
    }
}

fn mean(scenario: &Scenario, outcomes: &[Outcome], f: Figure) -> Option<f64> {
    let values: Vec<f64> = outcomes
        .iter()
        .filter_map(|o| value(scenario, o, f))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// The span a figure can move over, so that every figure weighs between 0 and 1: days and
/// hours against the scenario's length, host peaks against all hosts, shares as they are,
/// counts and euros against the larger of the two means.
fn scale(scenario: &Scenario, hosts: u64, f: Figure, a: f64, b: f64) -> f64 {
    let minutes = scenario.meta().duration as f64;
    let span = match f {
        Figure::StateNetworkBreached | Figure::DeadlineMet(_) => 1.0,
        Figure::NormalOperationDay | Figure::ServiceRestoredDay(_) => minutes / 1440.0,
        Figure::ServiceDownHours(_) => minutes / 60.0,
        Figure::CompromisedPeak | Figure::EncryptedPeak => hosts as f64,
        Figure::FinesLapsed | Figure::CostEur | Figure::ServiceBacklogPeak(_) => {
            a.abs().max(b.abs())
        }
    };
    span.max(1.0)
}

/// What a trainer looks at first; they lead the list of what moved.
fn headline(f: Figure) -> bool {
    matches!(
        f,
        Figure::StateNetworkBreached
            | Figure::FinesLapsed
            | Figure::NormalOperationDay
            | Figure::EncryptedPeak
    )
}

/// The three decisions whose leaving-out moved the key figures most, strongest first.
pub fn strongest(
    scenario: &Arc<Scenario>,
    file: &ExerciseFile,
    settings: &Settings,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Effect>, rayon::ThreadPoolBuildError> {
    let tick_len = scenario.meta().tick;
    let one = || progress(1);
    let sweep = |commands: &[crate::sim::command::Logged]| {
        sweep::outcomes(
            scenario,
            commands,
            settings.seed_base,
            settings.runs,
            settings.jobs,
            &one,
        )
    };
    let base: Vec<Outcome> = sweep(&sweep::decisions(file, None, tick_len))?
        .into_iter()
        .map(|(o, _)| o)
        .collect();
    let base_spread = sweep::distribution(scenario, &base);
    let mut effects = Vec::new();
    for (entry, index) in decisions(file) {
        let variant = sweep(&sweep::decisions(
            file,
            Some((index, &Change::Drop)),
            tick_len,
        ))?;
        let skipped = variant.iter().map(|(_, s)| s).sum();
        let variant: Vec<Outcome> = variant.into_iter().map(|(o, _)| o).collect();
        let variant_spread = sweep::distribution(scenario, &variant);
        let mut shifts = Vec::new();
        for f in scenario.figures() {
            let (Some(a), Some(b)) = (mean(scenario, &base, f), mean(scenario, &variant, f)) else {
                continue;
            };
            let hosts = base.first().map_or(0, |o| o.hosts.total);
            let weight = (b - a).abs() / scale(scenario, hosts, f, a, b);
            let name = scenario.figure_name(f);
            if let (true, Some(with), Some(without)) = (
                weight > 0.0,
                base_spread.get(&name),
                variant_spread.get(&name),
            ) {
                shifts.push(Shift {
                    figure: f,
                    with: *with,
                    without: *without,
                    mean_with: a,
                    mean_without: b,
                    weight,
                });
            }
        }
        let score = shifts.iter().map(|s| s.weight).sum();
        shifts.sort_by(|a, b| {
            headline(b.figure)
                .cmp(&headline(a.figure))
                .then(b.weight.total_cmp(&a.weight))
        });
        let Some(e) = file.logbook.iter().find(|e| e.number == entry) else {
            continue;
        };
        effects.push(Effect {
            entry,
            exercise_time: e.exercise_time.clone(),
            function: e.function.clone(),
            text: e.text.clone(),
            score,
            runs: settings.runs,
            skipped,
            shifts,
        });
    }
    // Strongest first; equal scores in logbook order, so the result is reproducible.
    effects.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
    effects.truncate(3);
    Ok(effects)
}
