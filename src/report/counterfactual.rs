//! Which recorded decisions mattered most: each decision left out in turn, compared with the
//! exercise seed by seed, and the decisions ranked by how far the key figures moved.
//!
//! The runs share their random numbers (`sim::rng`), start from the exercise's world where the
//! left-out decision would have been taken, and stop once they are back on the exercise's
//! course (`sweep::paired`); seeds are added in batches until every headline figure's 90 %
//! interval is narrow enough (`sweep::compare`). `words` writes the result in sentences with
//! names, not ids: what would have been different, which decisions had the same effect, and why.

mod words;

pub use words::{change_sentence, rejoined_when, section, sentence, strongest_sentence};

use std::sync::Arc;

use crate::exercise::{EntryKind, ExerciseFile};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::model::{Figure, Prerequisite};
use crate::sim::command::Command;
use crate::sim::outcome::Outcome;
use crate::sweep::{self, Change, Interval, Method, Spread, Variant};
use crate::tf;

/// How many runs at most, on how many threads, from which seed, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    pub runs: u64,
    pub jobs: usize,
    pub seed_base: u64,
    /// Fork and rejoin, or every variant from start to end (the reference).
    pub method: Method,
    /// Stop adding seeds to a decision once its headline figures are precise enough.
    pub precision: bool,
}

impl Settings {
    /// The fast method: fork, rejoin, and the precision rule, up to `runs` seeds.
    pub fn new(runs: u64, jobs: usize) -> Settings {
        Settings {
            runs,
            jobs,
            seed_base: 1,
            method: Method::FAST,
            precision: true,
        }
    }

    /// Every variant run whole on all `runs` seeds: what the fast method must agree with.
    pub fn reference(runs: u64, jobs: usize) -> Settings {
        Settings {
            method: Method::FULL,
            precision: false,
            ..Settings::new(runs, jobs)
        }
    }
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
    /// The mean difference (without minus with) and its 90 % interval.
    pub difference: Option<Interval>,
    /// This figure's share of the effect's score.
    pub weight: f64,
    /// For a "back from day" figure: how it came back with the decision, and without it.
    pub back: Option<[Back; 2]>,
}

/// How a service (or normal operation) came back over the runs: the share of runs in which it
/// was not back by the end of the exercise, and the mean day of the runs in which it was.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Back {
    pub never: f64,
    pub day: Option<f64>,
}

impl Back {
    fn of(outcomes: &[Outcome], f: Figure) -> Back {
        let days: Vec<f64> = outcomes.iter().filter_map(|o| o.value(f)).collect();
        let n = outcomes.len().max(1) as f64;
        Back {
            never: (outcomes.len() - days.len()) as f64 / n,
            day: (!days.is_empty()).then(|| days.iter().sum::<f64>() / days.len() as f64),
        }
    }
}

/// A decision and what leaving it out changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Effect {
    /// Its number in the Einsatztagebuch.
    pub entry: u32,
    pub exercise_time: String,
    pub function: String,
    pub text: String,
    /// The decision with names: the action, and its target if it has one.
    pub words: Named,
    /// The sum over every key figure of the change of its mean, each relative to the span the
    /// figure can move over (so each weighs at most 1).
    pub score: f64,
    pub runs: u64,
    /// Runs of the variant in which a later decision could not be applied.
    pub skipped: usize,
    /// Runs that came back onto the exercise's course (and took it from there).
    pub rejoined: u64,
    /// The earliest and the latest minute at which a run came back onto the course.
    pub rejoined_between: Option<(i64, i64)>,
    /// Every headline figure met its precision target (else it used all the runs allowed).
    pub precise: bool,
    /// The figures that moved: the headline figures first, then the largest moves.
    pub shifts: Vec<Shift>,
    /// Other decisions whose leaving-out gave the very same runs: entry and names.
    pub same: Vec<(u32, Named)>,
    /// Leaving it out gave the same runs as taking no decision at all.
    pub like_nothing: bool,
    /// Why, from the scenario's rules: the other decisions of the exercise whose action
    /// requires this one's (by logbook number), and whether recovery of the systems does.
    pub needed_by: Vec<u32>,
    pub gates_recovery: bool,
}

/// The position of a decision's action in the scenario.
fn action_index(s: &Scenario, command: Option<&Command>) -> Option<usize> {
    let Some(Command::Decide(d)) = command else {
        return None;
    };
    s.actions().iter().position(|a| a.id == d.action)
}

/// What waits for the decision at `index` by the scenario's rules, if it is the exercise's only
/// decision of its action (else another one may stand in for it): the logbook numbers of the
/// decisions whose action requires it, and whether recovery requires it.
fn needed_by(
    s: &Scenario,
    file: &ExerciseFile,
    entries: &[(u32, usize)],
    index: usize,
) -> (Vec<u32>, bool) {
    let action = |i: usize| action_index(s, file.commands.get(i).map(|c| &c.command));
    let Some(mine) = action(index) else {
        return (Vec::new(), false);
    };
    if entries
        .iter()
        .any(|&(_, i)| i != index && action(i) == Some(mine))
    {
        return (Vec::new(), false);
    }
    let requires_mine = |requires: &[Prerequisite]| {
        requires
            .iter()
            .any(|p| matches!(p, Prerequisite::Done(a) if a.index() == mine))
    };
    let numbers = entries
        .iter()
        .filter(|&&(_, i)| action(i).is_some_and(|a| requires_mine(&s.actions()[a].requires)))
        .map(|&(n, _)| n)
        .collect();
    (numbers, requires_mine(&s.recovery().requires))
}

/// The logbook entries that are decisions, with their command index.
fn decisions(file: &ExerciseFile) -> Vec<(u32, usize)> {
    file.logbook
        .iter()
        .filter(|e| e.kind == EntryKind::Decision)
        .filter_map(|e| e.command.map(|c| (e.number, c)))
        .collect()
}

/// How many seeds [`strongest`] may run at most, for a progress bar.
pub fn total_runs(_file: &ExerciseFile, settings: &Settings) -> u64 {
    settings.runs
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

fn mean(scenario: &Scenario, outcomes: &[Outcome], f: Figure) -> Option<f64> {
    let values: Vec<f64> = outcomes
        .iter()
        .filter_map(|o| sweep::comparable(scenario, o, f))
        .collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}

/// A decision by names: its action, and what it is aimed at if anything.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Named {
    pub action: String,
    pub target: Option<String>,
}

impl Named {
    /// „Action“ (Target) in German, “Action” (Target) in English.
    pub fn words(&self, lang: Lang) -> String {
        let quoted = tf!(lang, "report-quoted", action = self.action.as_str());
        match &self.target {
            Some(t) => format!("{quoted} ({t})"),
            None => quoted,
        }
    }
}

fn decision_words(s: &Scenario, command: Option<&Command>) -> Named {
    let Some(Command::Decide(d)) = command else {
        return Named::default();
    };
    let Some(action) = s.actions().iter().find(|a| a.id == d.action) else {
        return Named {
            action: d.action.clone(),
            target: d.target.clone(),
        };
    };
    let target = action
        .target
        .zip(d.target.as_deref())
        .and_then(|(kind, id)| crate::sim::find_target(s, kind, id))
        .map(|t| s.target_name(t).to_string());
    Named {
        action: action.name.clone(),
        target,
    }
}

/// What a trainer looks at first; they lead the list of what moved.
fn headline(f: Figure) -> bool {
    sweep::target(f).is_some()
}

/// How every figure moved from `base` to `variant` (paired by seed), the headline figures first,
/// then the largest moves; figures that did not move are left out.
pub fn shifts(scenario: &Scenario, base: &[Outcome], variant: &[Outcome]) -> Vec<Shift> {
    let hosts = base.first().map_or(0, |o| o.hosts.total);
    let (base_spread, variant_spread) = (
        sweep::distribution(scenario, base),
        sweep::distribution(scenario, variant),
    );
    let mut shifts = Vec::new();
    for f in scenario.figures() {
        let (Some(a), Some(b)) = (mean(scenario, base, f), mean(scenario, variant, f)) else {
            continue;
        };
        let weight = (b - a).abs() / scale(scenario, hosts, f, a, b);
        let name = scenario.figure_name(f);
        if let (true, Some(with), Some(without)) = (
            weight > 0.0,
            base_spread.get(&name),
            variant_spread.get(&name),
        ) {
            let back = matches!(
                f,
                Figure::NormalOperationDay | Figure::ServiceRestoredDay(_)
            )
            .then(|| [Back::of(base, f), Back::of(variant, f)]);
            shifts.push(Shift {
                figure: f,
                with: *with,
                without: *without,
                mean_with: a,
                mean_without: b,
                difference: Interval::of(&sweep::differences(scenario, base, variant, f)),
                weight,
                back,
            });
        }
    }
    shifts.sort_by(|a, b| {
        headline(b.figure)
            .cmp(&headline(a.figure))
            .then(b.weight.total_cmp(&a.weight))
    });
    shifts
}

/// Every decision of `file` left out in turn and compared with the exercise, in logbook order.
pub fn effects(
    scenario: &Arc<Scenario>,
    file: &ExerciseFile,
    settings: &Settings,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Effect>, rayon::ThreadPoolBuildError> {
    let tick_len = scenario.meta().tick;
    let (base, _) = sweep::changed_commands(&file.commands, None, tick_len);
    let entries = decisions(file);
    let mut variants: Vec<Variant> = entries
        .iter()
        .map(|&(_, index)| {
            let (commands, differs) =
                sweep::changed_commands(&file.commands, Some((index, &Change::Drop)), tick_len);
            Variant {
                commands,
                differs,
                judged: true,
            }
        })
        .collect();
    // Taking no decision at all, to tell which leaving-outs amount to just that.
    let nothing: Vec<_> = base
        .iter()
        .filter(|c| !matches!(c.command, Command::Decide(_)))
        .cloned()
        .collect();
    let minutes: Vec<i64> = entries
        .iter()
        .map(|&(_, i)| crate::run::due_minute(&file.commands[i], tick_len))
        .collect();
    variants.push(Variant {
        commands: nothing,
        differs: minutes
            .iter()
            .min()
            .zip(minutes.iter().max())
            .map(|(a, b)| (*a, *b)),
        judged: false,
    });
    let (base_outcomes, compared) = sweep::compare(
        scenario,
        &base,
        &variants,
        settings.seed_base,
        settings.runs,
        settings.method,
        settings.precision,
        settings.jobs,
        &|_| progress(1),
    )?;
    let Some((nothing, compared)) = compared.split_last() else {
        return Ok(Vec::new());
    };
    // Two sets of runs are the same if every headline figure agrees seed by seed.
    let same_runs = |a: &[Outcome], b: &[Outcome]| {
        a.iter().zip(b).all(|(x, y)| {
            scenario
                .figures()
                .into_iter()
                .filter(|&f| headline(f))
                .all(|f| sweep::comparable(scenario, x, f) == sweep::comparable(scenario, y, f))
        })
    };
    let mut effects = Vec::new();
    for (k, (&(entry, index), c)) in entries.iter().zip(compared).enumerate() {
        let base = &base_outcomes[..c.outcomes.len()];
        let shifts = shifts(scenario, base, &c.outcomes);
        let score = shifts.iter().map(|s| s.weight).sum();
        let Some(e) = file.logbook.iter().find(|e| e.number == entry) else {
            continue;
        };
        let (needed_by, gates_recovery) = needed_by(scenario, file, &entries, index);
        let n = c.outcomes.len().min(nothing.outcomes.len());
        let like_nothing = score > 0.0 && same_runs(&c.outcomes[..n], &nothing.outcomes[..n]);
        let same = entries
            .iter()
            .zip(compared)
            .enumerate()
            .filter(|&(j, (_, other))| {
                let n = c.outcomes.len().min(other.outcomes.len());
                j != k && score > 0.0 && same_runs(&c.outcomes[..n], &other.outcomes[..n])
            })
            .map(|(_, (&(entry, i), _))| {
                (
                    entry,
                    decision_words(scenario, file.commands.get(i).map(|c| &c.command)),
                )
            })
            .collect();
        effects.push(Effect {
            entry,
            exercise_time: e.exercise_time.clone(),
            function: e.function.clone(),
            text: e.text.clone(),
            words: decision_words(scenario, file.commands.get(index).map(|c| &c.command)),
            score,
            runs: c.outcomes.len() as u64,
            skipped: c.skipped,
            rejoined: c.rejoined.iter().filter(|r| r.is_some()).count() as u64,
            rejoined_between: c.rejoined_between(tick_len),
            precise: c.precise,
            shifts,
            same,
            like_nothing,
            needed_by,
            gates_recovery,
        });
    }
    Ok(effects)
}

/// Every decision's effect, strongest first (equal scores in logbook order, so the result is
/// reproducible).
pub fn ranked(
    scenario: &Arc<Scenario>,
    file: &ExerciseFile,
    settings: &Settings,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Effect>, rayon::ThreadPoolBuildError> {
    let mut effects = effects(scenario, file, settings, progress)?;
    effects.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
    Ok(effects)
}
