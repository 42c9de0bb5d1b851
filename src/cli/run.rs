//! `krisenstab run SCENARIO`: play a scenario headless and print what came of it.

use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

use super::Outcome as Exit;
use super::load_scenario;
use crate::i18n::{Lang, number, t};
use crate::run::{self, Mode};
use crate::sim::command::DecisionLog;
use crate::sim::outcome::Outcome;
use crate::tf;

// Help texts: `cli-run-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").args(["decisions", "historical", "passive"])))]
pub struct Args {
    #[arg(value_name = "SCENARIO")]
    scenario: String,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    #[arg(long, value_name = "FILE")]
    decisions: Option<std::path::PathBuf>,
    #[arg(long)]
    historical: bool,
    #[arg(long)]
    passive: bool,
    #[arg(long, value_name = "N")]
    days: Option<u32>,
    #[arg(long)]
    json: bool,
    #[arg(long, value_name = "FILE")]
    save: Option<std::path::PathBuf>,
    #[arg(long, requires = "save")]
    force: bool,
}

/// `run --json`: the run's identity and its outcome.
#[derive(Debug, Serialize)]
pub struct RunJson<'a> {
    pub scenario: &'a str,
    pub mode: &'a str,
    pub seed: u64,
    #[serde(flatten)]
    pub outcome: &'a Outcome,
    /// Decisions still waiting at the end, with what each waits for.
    pub waiting: Vec<WaitingJson>,
    /// For every service not up at the end: its chain of reasons, the service first.
    pub reason: std::collections::BTreeMap<String, Vec<crate::sim::reasons::Link>>,
    /// For every service that was not up on some day: what held it on most days, and on how
    /// many.
    pub held_longest: std::collections::BTreeMap<String, crate::sim::reasons::Held>,
}

#[derive(Debug, Serialize)]
pub struct WaitingJson {
    pub action: String,
    pub target: Option<String>,
    pub waits_for: String,
}

pub fn run(args: &Args, lang: Lang, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let Some((scenario, text)) = load_scenario(&args.scenario, lang, err) else {
        return Exit::Invalid;
    };
    let mode = if let Some(path) = &args.decisions {
        match read_log(path, lang) {
            Ok(log) => Mode::Decisions(log),
            Err(message) => {
                let _ = writeln!(err, "{message}");
                return Exit::Invalid;
            }
        }
    } else if args.historical {
        Mode::Historical
    } else {
        Mode::Passive
    };
    if let Mode::Decisions(log) = &mode
        && log.scenario != scenario.meta().id
    {
        // The refusal names the file first, as every refusal of an input does.
        let file = args
            .decisions
            .as_deref()
            .unwrap_or(std::path::Path::new(""))
            .display();
        let line = tf!(
            lang,
            "cli-run-wrong-scenario",
            file = file.to_string(),
            log = log.scenario.as_str(),
            scenario = scenario.meta().id.as_str()
        );
        let _ = writeln!(err, "{line}");
        return Exit::Invalid;
    }
    let scenario = Arc::new(scenario);
    let commands = mode.commands(&scenario);
    let until = args.days.map(|d| {
        let minutes = i64::from(d) * crate::time::MINUTES_PER_DAY;
        u64::try_from(minutes / scenario.meta().tick.max(1)).unwrap_or(0)
    });
    // The file's one writer from before the run, so nothing else writes it meanwhile.
    let lock = match &args.save {
        Some(path) => match crate::exercise::ExerciseFile::lock(path) {
            Ok(lock) => Some(lock),
            Err(e) => return super::refuse(path, &e, lang, err),
        },
        None => None,
    };
    // Once a simulated day: what holds each service that is not up (its chain's last link).
    let per_day = (crate::time::MINUTES_PER_DAY / scenario.meta().tick.max(1)).max(1) as u64;
    let mut held = crate::sim::reasons::HeldLongest::default();
    let watch = |sim: &mut crate::sim::Sim| {
        if sim.clock().tick.is_multiple_of(per_day) {
            held.sample(&sim.reasons(crate::sim::snapshot::View::Control));
        }
    };
    // Only the exercise file records a state hash per tick.
    let mut done = if args.save.is_some() {
        run::run_recorded(Arc::clone(&scenario), args.seed, &commands, until, watch)
    } else {
        run::run_watched(Arc::clone(&scenario), args.seed, &commands, until, watch)
    };
    if let Some(path) = &args.save {
        let mut file = crate::exercise::ExerciseFile::new(&scenario, &text, args.seed);
        file.commands = done.applied.clone();
        file.state_hashes = done
            .sim
            .stats()
            .hashes
            .iter()
            .map(crate::exercise::hex)
            .collect();
        // Headless runs log their decisions too, so counterfactuals can name them by number.
        for (index, logged) in done.applied.iter().enumerate() {
            let crate::sim::command::Command::Decide(d) = &logged.command else {
                continue;
            };
            // The minute it was decided (a decision may fall inside a tick), as play logs it.
            let at = crate::run::due_minute(logged, scenario.meta().tick);
            let target = d
                .target
                .as_deref()
                .map(|t| format!(" → {t}"))
                .unwrap_or_default();
            file.log(crate::exercise::Entry {
                number: 0,
                tick: logged.tick,
                exercise_time: scenario
                    .wall_clock(at)
                    .map(|t| t.to_string())
                    .unwrap_or_default(),
                real_time: String::new(),
                function: d.function.clone(),
                kind: crate::exercise::EntryKind::Decision,
                text: format!("{}{target}; {}", d.action, d.reason),
                corrects: None,
                command: Some(index),
                note: None,
                inject: None,
            });
        }
        if until.is_none() {
            // Played to the scenario's end: ENDEX, as an exercise that control ended.
            file.status = crate::exercise::Status::Ended;
        }
        if let Err(e) = file.create(path, args.force) {
            return super::refuse(path, &e, lang, err);
        }
    }
    drop(lock);
    let outcome = done.sim.outcome();
    let objectives = done.sim.objectives();
    let chains = done.sim.reasons(crate::sim::snapshot::View::Control);
    let reason: std::collections::BTreeMap<String, Vec<crate::sim::reasons::Link>> = chains
        .iter()
        .filter_map(|c| match &c.subject {
            crate::sim::reasons::Subject::Service(id) => Some((id.clone(), c.links.clone())),
            _ => None,
        })
        .collect();
    let held_longest = held.longest();
    let waiting: Vec<WaitingJson> = done
        .sim
        .snapshot(crate::sim::snapshot::View::Control)
        .actions
        .into_iter()
        .filter_map(|a| {
            let wait = a.waits_for?;
            Some(WaitingJson {
                waits_for: crate::i18n::words::waits_for(&scenario, &a.action, wait, lang),
                action: a.action,
                target: a.target,
            })
        })
        .collect();
    if args.json {
        let json = RunJson {
            scenario: &scenario.meta().id,
            mode: mode.name(),
            seed: args.seed,
            outcome: &outcome,
            waiting,
            reason,
            held_longest,
        };
        let _ = out.write_all(crate::visible::json(&json).unwrap_or_default().as_bytes());
        let _ = writeln!(out);
    } else {
        let _ = write_summary(
            out,
            &scenario,
            &mode,
            args.seed,
            &outcome,
            done.skipped.len(),
            lang,
        );
        let _ = write_decisions(out, &scenario, &done.skipped, &waiting, lang);
        let _ = write_reasons(out, &scenario, &chains, &held_longest, lang);
        let _ = write_objectives(out, &objectives, lang);
    }
    Exit::Ok
}

fn read_log(path: &std::path::Path, lang: Lang) -> Result<DecisionLog, String> {
    let bytes = crate::files::read_limited(path, crate::scenario::MAX_FILE_BYTES)
        .map_err(|e| super::read_error(path, &e, super::Input::DecisionLog, lang))?;
    let p = path.display().to_string();
    // Bytes that are not UTF-8 are refused where they are, like any other parse error.
    crate::ron_io::text(bytes)
        .and_then(|text| DecisionLog::parse(&text))
        .map_err(
            |crate::ron_io::ParseError {
                 line,
                 column,
                 message,
             }| {
                tf!(
                    lang,
                    "cli-log-parse",
                    path = p.as_str(),
                    line = line.to_string(),
                    column = column.to_string(),
                    message = message
                )
            },
        )
}

fn day(d: Option<i64>, lang: Lang) -> String {
    match d {
        Some(d) => tf!(lang, "cli-run-day", day = d.to_string()),
        None => t(lang, "cli-never").to_string(),
    }
}

fn write_summary(
    out: &mut impl Write,
    scenario: &crate::scenario::Scenario,
    mode: &Mode,
    seed: u64,
    o: &Outcome,
    skipped: usize,
    lang: Lang,
) -> std::io::Result<()> {
    let n = |x: u64| number(x, lang);
    let head = tf!(
        lang,
        "cli-run-head",
        title = scenario.meta().title.as_str(),
        id = scenario.meta().id.as_str(),
        mode = mode.name(),
        seed = seed.to_string()
    );
    writeln!(out, "{head}")?;
    let end = scenario
        .wall_clock(o.ticks as i64 * scenario.meta().tick)
        .map(|t| t.to_string())
        .unwrap_or_default();
    let ticks = tf!(
        lang,
        "cli-run-ticks",
        ticks = o.ticks,
        end = end,
        skipped = skipped
    );
    writeln!(out, "  {ticks}")?;
    let hosts = tf!(
        lang,
        "cli-run-hosts",
        total = o.hosts.total,
        compromised = o.hosts.compromised_peak,
        encrypted = o.hosts.encrypted_peak
    );
    writeln!(out, "  {hosts}")?;
    let answer = t(
        lang,
        if o.state_network_breached {
            "cli-yes"
        } else {
            "cli-no"
        },
    );
    writeln!(out, "  {}", tf!(lang, "cli-run-breached", answer = answer))?;
    writeln!(out, "  {}", t(lang, "cli-run-services"))?;
    for s in &o.services {
        writeln!(
            out,
            "    {:<28} {:>6} h  {:<10} {:>8}",
            s.id,
            n(s.down_hours),
            day(s.restored_day, lang),
            n(s.backlog_peak)
        )?;
    }
    writeln!(out, "  {}", t(lang, "cli-run-deadlines"))?;
    for d in &o.deadlines {
        let met = crate::i18n::words::deadline(d.met, lang);
        writeln!(
            out,
            "    {:<28} {:<10} {met}",
            d.id,
            day(Some(d.due_day), lang)
        )?;
    }
    let costs = tf!(
        lang,
        "cli-run-costs",
        lapsed = o.fines_lapsed,
        cost = o.cost_eur,
        normal = day(o.normal_operation_day, lang)
    );
    writeln!(out, "  {costs}")?;
    writeln!(
        out,
        "  {}",
        tf!(lang, "cli-run-state-hash", hash = o.state_hash.as_str())
    )
}

/// What held each service longest, and the whole chain of each service still not up.
fn write_reasons(
    out: &mut impl Write,
    scenario: &crate::scenario::Scenario,
    chains: &[crate::sim::reasons::Chain],
    held: &std::collections::BTreeMap<String, crate::sim::reasons::Held>,
    lang: Lang,
) -> std::io::Result<()> {
    if !held.is_empty() {
        writeln!(out, "  {}", t(lang, "cli-run-held-longest"))?;
        // In the scenario's order of services.
        for s in scenario.services() {
            if let Some(h) = held.get(&s.id) {
                writeln!(
                    out,
                    "    {:<28} {:>4}  {}",
                    s.id,
                    h.days,
                    crate::i18n::words::reason_link(scenario, &h.cause, lang)
                )?;
            }
        }
    }
    let down: Vec<&crate::sim::reasons::Chain> = chains
        .iter()
        .filter(|c| matches!(c.subject, crate::sim::reasons::Subject::Service(_)))
        .collect();
    if !down.is_empty() {
        writeln!(out, "  {}", t(lang, "cli-run-not-up"))?;
        for c in down {
            writeln!(
                out,
                "    {}",
                crate::i18n::words::reason_chain(scenario, c, lang)
            )?;
        }
    }
    Ok(())
}

/// Decisions that were refused (with why) and those still waiting at the end (with what for).
fn write_decisions(
    out: &mut impl Write,
    scenario: &crate::scenario::Scenario,
    skipped: &[(crate::sim::command::Logged, crate::sim::command::Rejection)],
    waiting: &[WaitingJson],
    lang: Lang,
) -> std::io::Result<()> {
    let label = |action: &str, target: Option<&str>| {
        let name = scenario
            .actions()
            .iter()
            .find(|a| a.id == action)
            .map_or(action, |a| a.name.as_str());
        match target {
            Some(t) => format!("{name} → {t}"),
            None => name.to_string(),
        }
    };
    if !skipped.is_empty() {
        writeln!(out, "  {}", t(lang, "cli-run-refused"))?;
        for (logged, why) in skipped {
            if let crate::sim::command::Command::Decide(d) = &logged.command {
                writeln!(
                    out,
                    "    {}: {}",
                    label(&d.action, d.target.as_deref()),
                    crate::i18n::words::rejection(why, lang)
                )?;
            }
        }
    }
    if !waiting.is_empty() {
        writeln!(out, "  {}", t(lang, "cli-run-waiting"))?;
        for w in waiting {
            writeln!(
                out,
                "    {}: {}",
                label(&w.action, w.target.as_deref()),
                w.waits_for
            )?;
        }
    }
    Ok(())
}

fn write_objectives(
    out: &mut impl Write,
    objectives: &[crate::sim::outcome::ObjectiveResult],
    lang: Lang,
) -> std::io::Result<()> {
    if objectives.is_empty() {
        return Ok(());
    }
    writeln!(out, "  {}", t(lang, "cli-run-objectives"))?;
    for o in objectives {
        let verdict = t(
            lang,
            match o.met {
                Some(true) => "cli-objective-met",
                Some(false) => "cli-objective-not-met",
                None => "cli-objective-open",
            },
        );
        writeln!(out, "    {:<28} {verdict}", o.id)?;
    }
    Ok(())
}
