//! `krisenstab sweep (SCENARIO | EXERCISE_FILE) --runs N`: the same decisions over many seeds.

use std::io::{IsTerminal as _, Write};
use std::path::Path;
use std::sync::Arc;

use serde::Serialize;

use super::Outcome as Exit;
use super::load_scenario;
use crate::exercise::ExerciseFile;
use crate::i18n::{Lang, number};
use crate::run::Mode;
use crate::sim::command::{Command, Logged};
use crate::sweep::{self, Spread};

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").args(["historical", "passive"])))]
pub struct Args {
    /// A scenario file or built-in name, or an exercise file (its decisions are replayed).
    #[arg(value_name = "SCENARIO_OR_EXERCISE")]
    target: String,
    /// How many runs (seeds S, S+1, …).
    #[arg(long, value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    runs: u64,
    /// Threads to use (default: all cores); the results never depend on it.
    #[arg(long, default_value_t = 0)]
    jobs: usize,
    /// The first seed.
    #[arg(long, default_value_t = 1)]
    seed_base: u64,
    /// Play the scenario's Realverlauf.
    #[arg(long)]
    historical: bool,
    /// Take no decision at all (the default for a scenario).
    #[arg(long)]
    passive: bool,
    /// Print only one JSON object.
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct SweepJson<'a> {
    scenario: &'a str,
    mode: &'a str,
    runs: u64,
    seeds: [u64; 2],
    figures: &'a std::collections::BTreeMap<String, Spread>,
}

/// An exercise file's decisions and control actions, recognised by its content.
fn exercise(path: &Path) -> Option<(crate::scenario::Scenario, Vec<Logged>)> {
    let file = ExerciseFile::read(path).ok()?;
    let scenario = file.scenario(path).ok()?;
    let commands = file
        .commands
        .into_iter()
        .filter(|c| !matches!(c.command, Command::Advance(_)))
        .collect();
    Some((scenario, commands))
}

pub fn run(args: &Args, lang: Lang, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let (scenario, commands, mode) = match exercise(Path::new(&args.target)) {
        Some((scenario, commands)) if !args.historical && !args.passive => {
            (scenario, commands, "exercise")
        }
        _ => {
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
    let figures = sweep::distribution(&outcomes);
    let last = args.seed_base.wrapping_add(args.runs - 1);
    if args.json {
        let json = SweepJson {
            scenario: &scenario.meta().id,
            mode,
            runs: args.runs,
            seeds: [args.seed_base, last],
            figures: &figures,
        };
        let _ = serde_json::to_writer_pretty(&mut *out, &json);
        let _ = writeln!(out);
        return Exit::Ok;
    }
    let value = |v: Option<f64>| match v {
        // Every figure is a whole number or a 0/1 share.
        Some(x) if x >= 0.0 => number(x.round() as u64, lang),
        Some(x) => format!("{}", x.round() as i64),
        None if lang == Lang::De => "nie".into(),
        None => "never".into(),
    };
    let (head, cols) = match lang {
        Lang::De => ("Läufe", ("Kennzahl", "10 %", "Median", "90 %")),
        Lang::En => ("runs", ("figure", "10th", "median", "90th")),
    };
    let _ = writeln!(
        out,
        "{} ({mode}), {} {head}, seeds {}–{last}",
        scenario.meta().id,
        number(args.runs, lang),
        args.seed_base
    );
    let _ = writeln!(
        out,
        "  {:<48} {:>10} {:>10} {:>10}",
        cols.0, cols.1, cols.2, cols.3
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
