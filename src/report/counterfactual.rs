//! Which recorded decisions mattered most: each decision left out in turn, compared with the
//! exercise seed by seed, and the decisions ranked by how far the key figures moved.
//!
//! The runs share their random numbers (`sim::rng`), start from the exercise's world where the
//! left-out decision would have been taken, and stop once they are back on the exercise's
//! course (`sweep::paired`); seeds are added in batches until every headline figure's 90 %
//! interval is narrow enough (`sweep::compare`). The result is written in sentences with names,
//! not ids: what would have been different, and which decisions had the same effect.

use std::sync::Arc;

use super::doc::{Block, Section};
use super::sections::{self, figure_label, table};
use crate::exercise::{EntryKind, ExerciseFile};
use crate::i18n::t;
use crate::i18n::words as text;
use crate::i18n::{Lang, number};
use crate::scenario::Scenario;
use crate::scenario::model::Figure;
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
    /// Every headline figure met its precision target (else it used all the runs allowed).
    pub precise: bool,
    /// The figures that moved: the headline figures first, then the largest moves.
    pub shifts: Vec<Shift>,
    /// Other decisions whose leaving-out gave the very same runs: entry and names.
    pub same: Vec<(u32, Named)>,
    /// Leaving it out gave the same runs as taking no decision at all.
    pub like_nothing: bool,
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
    let hosts = base_outcomes.first().map_or(0, |o| o.hosts.total);
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
        let (base_spread, variant_spread) = (
            sweep::distribution(scenario, base),
            sweep::distribution(scenario, &c.outcomes),
        );
        let mut shifts = Vec::new();
        for f in scenario.figures() {
            let (Some(a), Some(b)) = (mean(scenario, base, f), mean(scenario, &c.outcomes, f))
            else {
                continue;
            };
            let weight = (b - a).abs() / scale(scenario, hosts, f, a, b);
            let name = scenario.figure_name(f);
            if let (true, Some(with), Some(without)) = (
                weight > 0.0,
                base_spread.get(&name),
                variant_spread.get(&name),
            ) {
                let diffs = sweep::differences(scenario, base, &c.outcomes, f);
                shifts.push(Shift {
                    figure: f,
                    with: *with,
                    without: *without,
                    mean_with: a,
                    mean_without: b,
                    difference: Interval::of(&diffs),
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
            precise: c.precise,
            shifts,
            same,
            like_nothing,
        });
    }
    Ok(effects)
}

/// The three strongest effects, strongest first; a decision whose leaving-out gave the same
/// runs as a stronger one's is named with it, not listed again.
pub fn strongest(
    scenario: &Arc<Scenario>,
    file: &ExerciseFile,
    settings: &Settings,
    progress: &(dyn Fn(u64) + Sync),
) -> Result<Vec<Effect>, rayon::ThreadPoolBuildError> {
    let mut effects = effects(scenario, file, settings, progress)?;
    // Strongest first; equal scores in logbook order, so the result is reproducible.
    effects.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.entry.cmp(&b.entry)));
    let mut shown: Vec<Effect> = Vec::new();
    for e in effects {
        if shown.len() == 3 {
            break;
        }
        if shown
            .iter()
            .any(|s| s.same.iter().any(|(n, _)| *n == e.entry))
        {
            continue;
        }
        shown.push(e);
    }
    Ok(shown)
}

/// "in almost all runs", a share in words.
fn share_words(p: f64, lang: Lang) -> &'static str {
    let id = match p {
        p if p <= 0.0 => "report-share-none",
        p if p < 0.1 => "report-share-few",
        p if p < 0.4 => "report-share-some",
        p if p < 0.6 => "report-share-half",
        p if p < 0.9 => "report-share-most",
        p if p < 1.0 => "report-share-almost-all",
        _ => "report-share-all",
    };
    t(lang, id)
}

/// "about 3 days later", a difference in days in words.
fn days_words(d: f64, lang: Lang) -> String {
    let days = d.abs().round() as u64;
    if d > 0.0 {
        tf!(lang, "report-days-later", days = days)
    } else {
        tf!(lang, "report-days-earlier", days = days)
    }
}

/// One clause of the result sentence for a headline figure that moved beyond doubt.
fn clause(s: &Scenario, x: &Shift, lang: Lang) -> Option<String> {
    let d = x.difference?;
    if d.holds_zero() {
        return None;
    }
    let (with, without) = (
        share_words(x.mean_with, lang),
        share_words(x.mean_without, lang),
    );
    Some(match x.figure {
        Figure::StateNetworkBreached => tf!(
            lang,
            "report-clause-state-network",
            without = without,
            with = with
        ),
        Figure::DeadlineMet(i) => tf!(
            lang,
            "report-clause-deadline",
            deadline = s.deadlines()[i.index()].name.as_str(),
            without = without,
            with = with
        ),
        Figure::FinesLapsed => {
            let count = d.mean.abs().round() as u64;
            if d.mean > 0.0 {
                tf!(lang, "report-clause-more-lapsed", count = count)
            } else {
                tf!(lang, "report-clause-fewer-lapsed", count = count)
            }
        }
        Figure::NormalOperationDay => tf!(
            lang,
            "report-clause-normal-operation",
            days = days_words(d.mean, lang)
        ),
        Figure::ServiceRestoredDay(i) => tf!(
            lang,
            "report-clause-restored",
            service = s.services()[i.index()].name.as_str(),
            days = days_words(d.mean, lang)
        ),
        _ => return None,
    })
}

/// The result as one sentence: "Ohne „Notabschaltung“ (15.10.2021 03:15) wäre das Landesnetz
/// in fast allen Läufen erreicht worden statt in keinem Lauf und …".
pub fn sentence(s: &Scenario, e: &Effect, lang: Lang) -> String {
    let when = text::wall_time(&e.exercise_time, lang);
    let clauses: Vec<String> = e
        .shifts
        .iter()
        .filter_map(|x| clause(s, x, lang))
        .take(3)
        .collect();
    let joined = match clauses.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tf!(
            lang,
            "report-clauses-and",
            first = rest.join("; "),
            last = last.as_str()
        ),
    };
    let decision = e.words.words(lang);
    if joined.is_empty() {
        tf!(
            lang,
            "report-effect-nothing",
            decision = decision,
            time = when
        )
    } else {
        tf!(
            lang,
            "report-effect",
            decision = decision,
            time = when,
            clauses = joined
        )
    }
}

/// The chapter "What if": one sentence per result, the decisions with the same effect named
/// with it and why they are grouped, the figures in a table, and how the runs were made.
pub fn section(s: &Scenario, effects: &[Effect], lang: Lang) -> Section {
    let mut blocks = vec![Block::Para(t(lang, "report-whatif-intro").into())];
    if effects.is_empty() {
        blocks.push(Block::Para(t(lang, "report-whatif-none").into()));
    }
    for e in effects {
        blocks.push(Block::Heading(tf!(
            lang,
            "report-effect-heading",
            number = e.entry.to_string(),
            decision = e.words.words(lang)
        )));
        blocks.push(Block::Para(sentence(s, e, lang)));
        if !e.same.is_empty() {
            let others: Vec<String> = e
                .same
                .iter()
                .map(|(n, w)| {
                    tf!(
                        lang,
                        "report-same-item",
                        number = n.to_string(),
                        decision = w.words(lang)
                    )
                })
                .collect();
            let count = e.same.len() as u64 + 1;
            let why = if e.like_nothing {
                tf!(
                    lang,
                    "report-same-nothing",
                    others = others.join(", "),
                    count = count
                )
            } else {
                tf!(
                    lang,
                    "report-same-result",
                    others = others.join(", "),
                    count = count
                )
            };
            blocks.push(Block::Para(why));
        } else if e.like_nothing {
            blocks.push(Block::Para(t(lang, "report-alone-nothing").into()));
        }
        let rows = e
            .shifts
            .iter()
            .filter(|x| headline(x.figure))
            .take(6)
            .map(|x| {
                let value = |v: f64| match x.figure {
                    f if f.is_flag() => share_words(v, lang).to_string(),
                    Figure::NormalOperationDay | Figure::ServiceRestoredDay(_) => {
                        text::day(v.round() as i64, lang)
                    }
                    _ => number(v.max(0.0).round() as u64, lang),
                };
                vec![
                    figure_label(s, x.figure, lang),
                    value(x.mean_with),
                    value(x.mean_without),
                ]
            })
            .collect::<Vec<_>>();
        if !rows.is_empty() {
            blocks.push(table(
                &[
                    t(lang, "report-whatif-figure"),
                    t(lang, "report-with-decision"),
                    t(lang, "report-without-it"),
                ],
                rows,
                &[],
            ));
        }
        blocks.push(Block::Para(tf!(
            lang,
            "report-runs",
            runs = e.runs,
            rejoined = e.rejoined,
            skipped = e.skipped as u64
        )));
    }
    sections::section("counterfactuals", t(lang, "report-whatif-title"), blocks)
}
