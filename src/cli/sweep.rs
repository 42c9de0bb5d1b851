//! `krisenstab sweep (SCENARIO | EXERCISE_FILE) [--runs N]`: the same decisions over many seeds.
//! An exercise file is opened as `replay` and `report` open it ([`crate::exercise::open`]): one
//! that does not replay is refused whole, with the same located message; one another engine
//! version wrote is refused naming that version (exit code 1): this engine would run its
//! decisions differently.

use std::io::{IsTerminal as _, Write};
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use super::Outcome as Exit;
use super::load_scenario;
use crate::exercise::{ExerciseError, ExerciseFile};
use crate::i18n::{Lang, number, t};
use crate::run::Mode;
use crate::scenario::Scenario;
use crate::sim::outcome::Outcome;
use crate::sweep::{self, Change, Spread};
use crate::tf;

// Help texts: `cli-sweep-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").args(["historical", "passive"])))]
pub struct Args {
    #[arg(value_name = "SCENARIO_OR_EXERCISE")]
    target: String,
    // As many as `report --counterfactuals` allows, so both answer a question alike.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    runs: u64,
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    #[arg(long, default_value_t = 1)]
    seed_base: u64,
    #[arg(long)]
    historical: bool,
    #[arg(long)]
    passive: bool,
    #[arg(long)]
    json: bool,
    #[arg(long, value_name = "K", group = "change")]
    drop: Option<u32>,
    #[arg(long, value_name = "K=DELTA", group = "change")]
    shift: Option<String>,
    #[arg(long, value_name = "K=ACTION[@TARGET]", group = "change")]
    replace: Option<String>,
}

/// Parses `+6h`, `-30min`, `+2d` into minutes.
fn minutes(delta: &str) -> Option<i64> {
    let (sign, rest) = match delta.as_bytes().first()? {
        b'+' => (1, &delta[1..]),
        b'-' => (-1, &delta[1..]),
        _ => (1, delta),
    };
    let digits = rest
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(rest.len());
    let n: i64 = rest[..digits].parse().ok()?;
    let unit = match &rest[digits..] {
        "min" | "m" => 1,
        "h" => 60,
        "d" => 24 * 60,
        _ => return None,
    };
    Some(sign * n * unit)
}

impl Args {
    /// The logbook entry and the change, if a counterfactual was asked for.
    fn change(&self, lang: Lang) -> Result<Option<(u32, Change)>, String> {
        let split = |text: &str| -> Result<(u32, String), String> {
            let (k, rest) = text
                .split_once('=')
                .ok_or_else(|| tf!(lang, "cli-sweep-expected-k", text = text))?;
            let k = k
                .parse()
                .map_err(|_| tf!(lang, "cli-sweep-not-a-number", k = k))?;
            Ok((k, rest.to_string()))
        };
        if let Some(k) = self.drop {
            return Ok(Some((k, Change::Drop)));
        }
        if let Some(text) = &self.shift {
            let (k, delta) = split(text)?;
            let m = minutes(&delta)
                .ok_or_else(|| tf!(lang, "cli-sweep-bad-shift", delta = delta.as_str()))?;
            return Ok(Some((k, Change::Shift(m))));
        }
        if let Some(text) = &self.replace {
            let (k, what) = split(text)?;
            let (action, target) = match what.split_once('@') {
                Some((a, t)) => (a.to_string(), Some(t.to_string())),
                None => (what, None),
            };
            return Ok(Some((k, Change::Replace { action, target })));
        }
        Ok(None)
    }
}

#[derive(Serialize)]
struct SweepJson<'a> {
    scenario: &'a str,
    mode: &'a str,
    runs: u64,
    seeds: [u64; 2],
    figures: &'a std::collections::BTreeMap<String, Spread>,
}

/// An exercise file and its scenario, if `path` says it is one (`Ok(None)`: a scenario file or a
/// built-in name). The file is replayed with every hash checked first, so a corrupt one is
/// refused whole; a file another engine version wrote is refused: its decisions would run on
/// this engine, not the one that played them.
fn exercise(path: &Path) -> Result<Option<(ExerciseFile, Scenario)>, ExerciseError> {
    if !crate::exercise::looks_like(path) {
        return Ok(None);
    }
    let (file, sim) = crate::exercise::open(path)?.replayed(path)?;
    Ok(Some((file, sim.scenario().clone())))
}

/// The share of runs in which a 0/1 figure is 1, in per cent.
fn share(outcomes: &[Outcome], f: impl Fn(&Outcome) -> bool) -> f64 {
    let hits = outcomes.iter().filter(|o| f(o)).count();
    100.0 * hits as f64 / outcomes.len().max(1) as f64
}

#[derive(Serialize)]
struct VariantJson<'a> {
    change: &'a str,
    skipped: usize,
    figures: &'a std::collections::BTreeMap<String, Spread>,
    /// Per figure that moved: the mean of the per-seed differences (variant minus exercise)
    /// and the half-width of its 90 % interval.
    differences: &'a std::collections::BTreeMap<String, DifferenceJson>,
    /// Every headline figure met its precision target (else all `runs` were used).
    precise: bool,
    /// Runs that came back onto the exercise's course and took it from there.
    rejoined: usize,
}

#[derive(Serialize)]
struct DifferenceJson {
    mean: f64,
    half_width: f64,
    #[serde(skip)]
    digits: usize,
}

#[derive(Serialize)]
struct CounterfactualJson<'a> {
    scenario: &'a str,
    mode: &'a str,
    runs: u64,
    seeds: [u64; 2],
    figures: &'a std::collections::BTreeMap<String, Spread>,
    variant: VariantJson<'a>,
}

pub fn run(args: &Args, lang: Lang, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let change = match args.change(lang) {
        Ok(change) => change,
        Err(message) => {
            let _ = writeln!(err, "{message}");
            return Exit::Usage;
        }
    };
    if let Some((k, change)) = change {
        return counterfactual(args, k, &change, lang, out, err);
    }
    let path = Path::new(&args.target);
    let exercise = match exercise(path) {
        Ok(exercise) => exercise,
        Err(e) => return super::refuse(path, &e, lang, err),
    };
    let (scenario, commands, mode) = match exercise {
        Some(_) if args.historical || args.passive => {
            let _ = writeln!(err, "{}", t(lang, "cli-sweep-mode-for-scenario"));
            return Exit::Usage;
        }
        Some((file, scenario)) => (scenario, sweep::decisions(&file, None, 0), "exercise"),
        None => {
            let Some((scenario, _)) = load_scenario(&args.target, lang, err) else {
                return Exit::Invalid;
            };
            let mode = if args.historical {
                Mode::Historical
            } else {
                Mode::Passive
            };
            let commands = mode.commands(&scenario);
            (scenario, commands, mode.name())
        }
    };
    let scenario = Arc::new(scenario);
    let bar = std::io::stderr()
        .is_terminal()
        .then(|| indicatif::ProgressBar::new(args.runs));
    let tick = || {
        if let Some(bar) = &bar {
            bar.inc(1);
        }
    };
    let outcomes = match sweep::outcomes(
        &scenario,
        &commands,
        args.seed_base,
        args.runs,
        args.jobs,
        &tick,
    ) {
        Ok(outcomes) => outcomes,
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return Exit::Invalid;
        }
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    let outcomes: Vec<Outcome> = outcomes.into_iter().map(|(o, _)| o).collect();
    let figures = sweep::distribution(&scenario, &outcomes);
    let last = args.seed_base.wrapping_add(args.runs - 1);
    if args.json {
        let json = SweepJson {
            scenario: &scenario.meta().id,
            mode,
            runs: args.runs,
            seeds: [args.seed_base, last],
            figures: &figures,
        };
        let _ = out.write_all(crate::visible::json(&json).unwrap_or_default().as_bytes());
        let _ = writeln!(out);
        return Exit::Ok;
    }
    let value = |v: Option<f64>| match v {
        // Every figure is a whole number or a 0/1 share.
        Some(x) if x >= 0.0 => number(x.round() as u64, lang),
        Some(x) => format!("{}", x.round() as i64),
        None => t(lang, "cli-never").into(),
    };
    let head = tf!(
        lang,
        "cli-sweep-head",
        id = scenario.meta().id.as_str(),
        mode = mode,
        runs = args.runs,
        first = args.seed_base.to_string(),
        last = last.to_string()
    );
    let _ = writeln!(out, "{head}");
    let _ = writeln!(
        out,
        "  {:<48} {:>10} {:>10} {:>10}",
        t(lang, "cli-sweep-col-figure"),
        t(lang, "cli-sweep-col-p10"),
        t(lang, "cli-sweep-col-median"),
        t(lang, "cli-sweep-col-p90")
    );
    for (name, s) in &figures {
        let _ = writeln!(
            out,
            "  {name:<48} {:>10} {:>10} {:>10}",
            value(s.p10),
            value(s.median),
            value(s.p90)
        );
    }
    Exit::Ok
}

/// Both versions of an exercise on the same seeds, and their difference.
fn counterfactual(
    args: &Args,
    k: u32,
    change: &Change,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    let path = Path::new(&args.target);
    let loaded = crate::exercise::open(path)
        .and_then(|opened| opened.replayed(path))
        .map(|(file, sim)| {
            let scenario = sim.scenario().clone();
            (file, scenario)
        });
    let (file, scenario) = match loaded {
        Ok(loaded) => loaded,
        Err(e) => return super::refuse(path, &e, lang, err),
    };
    let Some(index) = file
        .logbook
        .iter()
        .find(|e| e.number == k)
        .and_then(|e| e.command)
    else {
        let line = tf!(lang, "cli-sweep-not-decision", k = k.to_string());
        let _ = writeln!(err, "{line}");
        return Exit::Invalid;
    };
    let tick_len = scenario.meta().tick;
    let (base_commands, _) = sweep::changed_commands(&file.commands, None, tick_len);
    let (variant_commands, differs) =
        sweep::changed_commands(&file.commands, Some((index, change)), tick_len);
    let scenario = Arc::new(scenario);
    // The same seeds for both versions, paired; forked where the change begins, stopped once
    // back on the exercise's course, and seeds added in batches only while the headline
    // figures are not yet precise (at most --runs).
    let compared = sweep::compare(
        &scenario,
        &base_commands,
        &[sweep::Variant {
            commands: variant_commands,
            differs,
            judged: true,
        }],
        args.seed_base,
        args.runs,
        sweep::Method::FAST,
        true,
        args.jobs,
        &|_| {},
    );
    let (mut base, variant) = match compared {
        Ok((base, mut compared)) => match compared.pop() {
            Some(c) => (base, c),
            None => return Exit::Invalid,
        },
        Err(e) => {
            let _ = writeln!(err, "{e}");
            return Exit::Invalid;
        }
    };
    let skipped = variant.skipped;
    let precise = variant.precise;
    let rejoined = variant.rejoined.iter().flatten().count();
    let rejoined_between = variant.rejoined_between(tick_len);
    let variant: Vec<Outcome> = variant.outcomes;
    base.truncate(variant.len());
    let used = variant.len() as u64;
    // The JSON names the change in English, whatever the language of messages.
    let describe = |lang: Lang| {
        let k = k.to_string();
        match change {
            Change::Drop => tf!(lang, "cli-sweep-change-drop", k = k),
            Change::Shift(m) => tf!(
                lang,
                "cli-sweep-change-shift",
                k = k,
                minutes = m.to_string()
            ),
            Change::Replace { action, target } => {
                let action = match target {
                    Some(t) => format!("{action}@{t}"),
                    None => action.clone(),
                };
                tf!(lang, "cli-sweep-change-replace", k = k, action = action)
            }
        }
    };
    let (base_figures, variant_figures) = (
        sweep::distribution(&scenario, &base),
        sweep::distribution(&scenario, &variant),
    );
    // Paired: the same seed with and without the change, so a difference carries the noise of
    // one run, not of two. The figures whose mean moved, as the report's "what if" reads them.
    let moved = crate::report::counterfactual::shifts(&scenario, &base, &variant);
    let differences: std::collections::BTreeMap<String, DifferenceJson> = moved
        .iter()
        .filter_map(|x| {
            let i = x.difference?;
            let d = DifferenceJson {
                mean: i.mean,
                half_width: i.half_width,
                // Shares (0/1 figures) need decimals; everything else is counted in whole units.
                digits: if x.figure.is_flag() { 2 } else { 0 },
            };
            Some((scenario.figure_name(x.figure), d))
        })
        .collect();
    let last = args.seed_base.wrapping_add(used.max(1) - 1);
    if args.json {
        let json = CounterfactualJson {
            scenario: &scenario.meta().id,
            mode: "exercise",
            runs: used,
            seeds: [args.seed_base, last],
            figures: &base_figures,
            variant: VariantJson {
                change: &describe(Lang::EN),
                skipped,
                figures: &variant_figures,
                differences: &differences,
                precise,
                rejoined,
            },
        };
        let _ = out.write_all(crate::visible::json(&json).unwrap_or_default().as_bytes());
        let _ = writeln!(out);
        return Exit::Ok;
    }
    // The answer first, in a sentence with names, as the report's "what if" chapter says it.
    let answer = crate::report::counterfactual::change_sentence(
        &scenario, &file, index, change, &moved, lang,
    );
    let _ = writeln!(out, "{answer}");
    let breached = |o: &Outcome| o.state_network_breached;
    let (b, v) = (share(&base, breached), share(&variant, breached));
    let line = tf!(
        lang,
        "cli-sweep-breached",
        change = describe(lang),
        variant = format!("{v:.0}"),
        runs = used,
        base = format!("{b:.0}"),
        skipped = skipped
    );
    let _ = writeln!(out, "{line}");
    let how = tf!(
        lang,
        "cli-sweep-paired",
        precise = if precise { "yes" } else { "no" },
        runs = used,
        rejoined = rejoined as u64,
        between = rejoined_between.map_or(String::new(), |span| {
            let when = crate::report::counterfactual::rejoined_when(&scenario, span, lang);
            tf!(lang, "cli-sweep-rejoined-between", when = when)
        })
    );
    let _ = writeln!(out, "{how}");
    let show = |x: Option<f64>| x.map_or("–".to_string(), |x| format!("{x:.0}"));
    for (name, s) in &base_figures {
        let Some(w) = variant_figures.get(name) else {
            continue;
        };
        let difference = differences.get(name);
        if s.median != w.median || s.p10 != w.p10 || s.p90 != w.p90 || difference.is_some() {
            let delta = difference.map_or("–".to_string(), |d| {
                let digits = d.digits;
                format!("{:+.digits$} ± {:.digits$}", d.mean, d.half_width)
            });
            let _ = writeln!(
                out,
                "  {name:<48} {} [{}–{}]  →  {} [{}–{}]   Δ {delta}",
                show(s.median),
                show(s.p10),
                show(s.p90),
                show(w.median),
                show(w.p10),
                show(w.p90)
            );
        }
    }
    Exit::Ok
}
