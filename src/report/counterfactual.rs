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

    /// "Tag 21", "nicht bis Übungsende", or "Tag 150; in einigen Läufen nicht bis Übungsende".
    fn words(self, lang: Lang) -> String {
        match self.day {
            None => t(lang, "report-not-back").to_string(),
            Some(day) if self.never > 0.0 => tf!(
                lang,
                "report-back-partly",
                day = text::day(day.round() as i64, lang),
                share = share_words(self.never, lang)
            ),
            Some(day) => text::day(day.round() as i64, lang),
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

/// The three strongest of `ranked` effects that changed a headline figure beyond doubt; a
/// decision whose leaving-out gave the same runs as a stronger one's is named with it, not
/// shown again.
fn strongest<'a>(s: &Scenario, ranked: &'a [Effect]) -> Vec<&'a Effect> {
    let mut shown: Vec<&Effect> = Vec::new();
    for e in ranked.iter().filter(|e| noticeable(s, e)) {
        if shown.len() == 3 {
            break;
        }
        if !shown
            .iter()
            .any(|s| s.same.iter().any(|(n, _)| *n == e.entry))
        {
            shown.push(e);
        }
    }
    shown
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

/// How a "back from day" figure reads when one side did not come back by the end.
enum Return {
    /// Not back by the end in this share of the changed runs.
    Never(&'static str),
    /// Back in this share of the changed runs, about from this day, where the exercise's were not.
    Instead(&'static str, String),
}

/// One clause of the result sentence for a headline figure that moved beyond doubt; `lead`:
/// the clause follows "Ohne …" directly (German puts its verb first there).
fn clause(s: &Scenario, x: &Shift, lead: bool, lang: Lang) -> Option<String> {
    let d = x.difference?;
    if d.holds_zero() {
        return None;
    }
    let lead = if lead { "first" } else { "other" };
    let (with, without) = (
        share_words(x.mean_with, lang),
        share_words(x.mean_without, lang),
    );
    // Not back by the end in most runs of one side: say so, not a day count against the day
    // after the end.
    let never = x.back.and_then(|[w, wo]| {
        if wo.never >= 0.5 && wo.never > w.never {
            Some(Return::Never(share_words(wo.never, lang)))
        } else if w.never >= 0.5 && wo.never < w.never {
            let day = text::day(wo.day.unwrap_or_default().round() as i64, lang);
            Some(Return::Instead(share_words(1.0 - wo.never, lang), day))
        } else {
            None
        }
    });
    Some(match (x.figure, never) {
        (Figure::StateNetworkBreached, _) => tf!(
            lang,
            "report-clause-state-network",
            lead = lead,
            without = without,
            with = with
        ),
        (Figure::DeadlineMet(i), _) => tf!(
            lang,
            "report-clause-deadline",
            lead = lead,
            deadline = s.deadlines()[i.index()].name.as_str(),
            without = without,
            with = with
        ),
        (Figure::FinesLapsed, _) => {
            let count = d.mean.abs().round() as u64;
            let id = if d.mean > 0.0 {
                "report-clause-more-lapsed"
            } else {
                "report-clause-fewer-lapsed"
            };
            tf!(lang, id, lead = lead, count = count)
        }
        (Figure::NormalOperationDay, Some(Return::Never(share))) => tf!(
            lang,
            "report-clause-normal-operation-never",
            lead = lead,
            share = share
        ),
        (Figure::NormalOperationDay, Some(Return::Instead(share, day))) => tf!(
            lang,
            "report-clause-normal-operation-instead",
            lead = lead,
            share = share,
            day = day
        ),
        (Figure::NormalOperationDay, None) => tf!(
            lang,
            "report-clause-normal-operation",
            lead = lead,
            days = days_words(d.mean, lang)
        ),
        (Figure::ServiceRestoredDay(i), Some(Return::Never(share))) => tf!(
            lang,
            "report-clause-not-restored",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            share = share
        ),
        (Figure::ServiceRestoredDay(i), Some(Return::Instead(share, day))) => tf!(
            lang,
            "report-clause-restored-instead",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            share = share,
            day = day
        ),
        (Figure::ServiceRestoredDay(i), None) => tf!(
            lang,
            "report-clause-restored",
            lead = lead,
            service = s.services()[i.index()].name.as_str(),
            days = days_words(d.mean, lang)
        ),
        _ => return None,
    })
}

/// The result as one sentence: "Ohne „Notabschaltung“ am 15.10.2021 um 03:15 wäre das
/// Landesnetz in fast allen Läufen erreicht worden statt in keinem Lauf, … und …".
pub fn sentence(s: &Scenario, e: &Effect, lang: Lang) -> String {
    let decision = e.words.words(lang);
    let when = text::moment(&e.exercise_time, lang);
    match clauses(s, &e.shifts, lang) {
        None => tf!(
            lang,
            "report-effect-nothing",
            decision = decision,
            when = when
        ),
        Some(clauses) => tf!(
            lang,
            "report-effect",
            decision = decision,
            when = when,
            clauses = clauses
        ),
    }
}

/// The headline figures that moved beyond doubt, at most three, as clauses joined with
/// commas and "und"; `None` if none moved.
fn clauses(s: &Scenario, shifts: &[Shift], lang: Lang) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for x in shifts {
        if out.len() == 3 {
            break;
        }
        if let Some(c) = clause(s, x, out.is_empty(), lang) {
            out.push(c);
        }
    }
    (!out.is_empty()).then(|| and_list(&out, lang))
}

/// "a, b und c" / "a, b and c".
fn and_list(items: &[String], lang: Lang) -> String {
    match items.split_last() {
        Some((last, rest)) if !rest.is_empty() => tf!(
            lang,
            "report-clauses-and",
            first = rest.join(", "),
            last = last.as_str()
        ),
        _ => items.concat(),
    }
}

/// One recorded decision changed as `sweep --drop/--shift/--replace` changes it, and what that
/// changed, as one sentence: "Wäre „Schnittstelle … trennen lassen“ 6 h später entschieden
/// worden (am 15.10.2021 um 13:00), wäre das Landesnetz in einigen Läufen erreicht worden …".
pub fn change_sentence(
    s: &Scenario,
    file: &ExerciseFile,
    index: usize,
    change: &Change,
    shifts: &[Shift],
    lang: Lang,
) -> String {
    let command = file.commands.get(index);
    let decision = decision_words(s, command.map(|c| &c.command)).words(lang);
    let due = command.map_or(0, |c| crate::run::due_minute(c, s.meta().tick));
    let clauses = clauses(s, shifts, lang);
    let nothing = clauses.is_none();
    let clauses = clauses.unwrap_or_default();
    match change {
        Change::Drop => {
            let when = sections::moment(s, due, lang);
            let id = if nothing {
                "report-effect-nothing"
            } else {
                "report-effect"
            };
            tf!(
                lang,
                id,
                decision = decision,
                when = when,
                clauses = clauses
            )
        }
        Change::Shift(minutes) => {
            let id = if nothing {
                "report-change-shift-nothing"
            } else {
                "report-change-shift"
            };
            tf!(
                lang,
                id,
                decision = decision,
                delta = text::duration(minutes.abs(), lang),
                later = if *minutes >= 0 { "yes" } else { "no" },
                when = sections::moment(s, due.saturating_add(*minutes), lang),
                clauses = clauses
            )
        }
        Change::Replace { action, target } => {
            let other = decision_words(
                s,
                Some(&Command::Decide(crate::sim::command::Decision {
                    action: action.clone(),
                    target: target.clone(),
                    function: String::new(),
                    reason: String::new(),
                    order: Vec::new(),
                })),
            )
            .words(lang);
            let id = if nothing {
                "report-change-replace-nothing"
            } else {
                "report-change-replace"
            };
            tf!(
                lang,
                id,
                decision = decision,
                other = other,
                when = sections::moment(s, due, lang),
                clauses = clauses
            )
        }
    }
}

/// The strongest result's sentence, if leaving out any decision changed something noticeable.
pub fn strongest_sentence(s: &Scenario, ranked: &[Effect], lang: Lang) -> Option<String> {
    strongest(s, ranked).first().map(|e| sentence(s, e, lang))
}

/// Whether leaving the decision out moved any headline figure beyond doubt.
fn noticeable(s: &Scenario, e: &Effect) -> bool {
    e.shifts
        .iter()
        .any(|x| clause(s, x, true, Lang::EN).is_some())
}

/// How the runs were made: how many, how many came back onto the exercise's course and
/// when, in how many a later decision could not be applied.
fn runs_words(s: &Scenario, e: &Effect, lang: Lang) -> String {
    let mut out = tf!(lang, "report-runs", runs = e.runs);
    if let Some((first, last)) = e.rejoined_between {
        out.push(' ');
        out.push_str(&tf!(
            lang,
            "report-runs-rejoined",
            rejoined = e.rejoined,
            runs = e.runs,
            when = text::between(&sections::iso(s, first), &sections::iso(s, last), lang)
        ));
    }
    if e.skipped > 0 {
        out.push(' ');
        out.push_str(&tf!(
            lang,
            "report-runs-skipped",
            skipped = e.skipped as u64
        ));
    }
    out
}

/// The chapter "What if": the three strongest results each in a sentence, the decisions with
/// the same effect named with it and why they are grouped, the figures in a table and how the
/// runs were made; then every other decision that mattered in a sentence, and those that did not
/// by number.
pub fn section(s: &Scenario, ranked: &[Effect], lang: Lang) -> Section {
    let mut blocks = vec![Block::Para(t(lang, "report-whatif-intro").into())];
    if ranked.is_empty() {
        blocks.push(Block::Para(t(lang, "report-whatif-none").into()));
    }
    let shown = strongest(s, ranked);
    for e in &shown {
        blocks.push(Block::Heading(tf!(
            lang,
            "report-effect-heading",
            number = e.entry.to_string(),
            decision = e.words.words(lang)
        )));
        blocks.push(Block::Para(sentence(s, e, lang)));
        if let Some(why) = grouping(e, lang) {
            blocks.push(Block::Para(why));
        }
        if let Some(why) = rules(e, lang) {
            blocks.push(Block::Para(why));
        }
        let rows = e
            .shifts
            .iter()
            .filter(|x| headline(x.figure))
            .take(6)
            .map(|x| {
                let value = |v: f64, i: usize| match (x.figure, x.back) {
                    (f, _) if f.is_flag() => share_words(v, lang).to_string(),
                    (_, Some(back)) => back[i].words(lang),
                    _ => number(v.max(0.0).round() as u64, lang),
                };
                vec![
                    figure_label(s, x.figure, lang),
                    value(x.mean_with, 0),
                    value(x.mean_without, 1),
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
        blocks.push(Block::Para(runs_words(s, e, lang)));
    }
    // The rest in logbook order: a sentence for each that mattered, the numbers of the others.
    let named = |e: &Effect| {
        shown
            .iter()
            .any(|x| x.entry == e.entry || x.same.iter().any(|(n, _)| *n == e.entry))
    };
    let mut rest: Vec<&Effect> = ranked.iter().filter(|e| !named(e)).collect();
    rest.sort_by_key(|e| e.entry);
    let (mattered, quiet): (Vec<&Effect>, Vec<&Effect>) =
        rest.into_iter().partition(|e| noticeable(s, e));
    if !mattered.is_empty() {
        blocks.push(Block::Heading(t(lang, "report-whatif-others").into()));
        blocks.push(Block::List(
            mattered
                .iter()
                .map(|e| {
                    tf!(
                        lang,
                        "report-whatif-other",
                        number = e.entry.to_string(),
                        sentence = sentence(s, e, lang)
                    )
                })
                .collect(),
        ));
    }
    if !quiet.is_empty() {
        let numbers: Vec<String> = quiet.iter().map(|e| e.entry.to_string()).collect();
        blocks.push(Block::Para(tf!(
            lang,
            "report-whatif-quiet",
            count = quiet.len() as u64,
            numbers = numbers.join(", ")
        )));
    }
    sections::section("counterfactuals", t(lang, "report-whatif-title"), blocks)
}

/// Why, by the scenario's rules: what could not go on without the decision.
fn rules(e: &Effect, lang: Lang) -> Option<String> {
    if e.needed_by.is_empty() && !e.gates_recovery {
        return None;
    }
    let numbers: Vec<String> = e.needed_by.iter().map(u32::to_string).collect();
    let numbers = and_list(&numbers, lang);
    Some(tf!(
        lang,
        "report-whatif-why",
        recovery = if e.gates_recovery { "yes" } else { "no" },
        count = e.needed_by.len() as u64,
        numbers = numbers
    ))
}

/// Why other decisions are named with this one: leaving out any of them gave the same runs
/// (and maybe the same as deciding nothing at all).
fn grouping(e: &Effect, lang: Lang) -> Option<String> {
    if e.same.is_empty() {
        return e
            .like_nothing
            .then(|| t(lang, "report-alone-nothing").to_string());
    }
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
    let id = if e.like_nothing {
        "report-same-nothing"
    } else {
        "report-same-result"
    };
    Some(tf!(
        lang,
        id,
        others = others.join(", "),
        count = e.same.len() as u64 + 1
    ))
}
