//! `krisenstab run SCENARIO`: play a scenario headless and print what came of it.

use std::io::Write;
use std::sync::Arc;

use serde::Serialize;

use super::Outcome as Exit;
use super::load_scenario;
use crate::i18n::{Lang, number};
use crate::run::{self, Mode};
use crate::sim::command::DecisionLog;
use crate::sim::outcome::Outcome;

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("mode").args(["decisions", "historical", "passive"])))]
pub struct Args {
    /// A scenario file, or the name of a built-in scenario.
    #[arg(value_name = "SCENARIO")]
    scenario: String,
    /// Seed of the run's random stream.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Play the decisions of a RON decision log.
    #[arg(long, value_name = "FILE")]
    decisions: Option<std::path::PathBuf>,
    /// Play the scenario's Realverlauf (the real decisions).
    #[arg(long)]
    historical: bool,
    /// Take no decision at all (the default).
    #[arg(long)]
    passive: bool,
    /// Stop this many days after the scenario's start.
    #[arg(long, value_name = "N")]
    days: Option<u32>,
    /// Print only one JSON object.
    #[arg(long)]
    json: bool,
    /// Also write the run as an exercise file (the same format `play` writes).
    #[arg(long, value_name = "FILE")]
    save: Option<std::path::PathBuf>,
    /// Replace a regular file already at the --save path (never a folder, link or device).
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
        let _ = match lang {
            Lang::De => writeln!(
                err,
                "{file}: das Entscheidungsprotokoll gehört zum Szenario '{}', nicht zu '{}'",
                log.scenario,
                scenario.meta().id
            ),
            Lang::En => writeln!(
                err,
                "{file}: the decision log belongs to scenario '{}', not to '{}'",
                log.scenario,
                scenario.meta().id
            ),
        };
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
            let at = i64::try_from(logged.tick).unwrap_or(0) * scenario.meta().tick;
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
                waits_for: crate::tui::text::waits_for(&scenario, &a.action, wait, lang),
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
    let limit = crate::scenario::MAX_FILE_BYTES;
    let bytes = crate::files::read_limited(path, limit).map_err(|e| match (e, lang) {
        (crate::files::ReadError::Io(e), Lang::De) => {
            format!("{}: kann nicht gelesen werden: {e}", path.display())
        }
        (crate::files::ReadError::Io(e), Lang::En) => format!("{}: cannot read: {e}", path.display()),
        (crate::files::ReadError::TooLarge { .. }, Lang::De) => format!(
            "{}: die Datei ist größer als {limit} Bytes, mehr darf ein Entscheidungsprotokoll nicht haben",
            path.display()
        ),
        (crate::files::ReadError::TooLarge { .. }, Lang::En) => format!(
            "{}: the file is larger than {limit} bytes, the most a decision log may have",
            path.display()
        ),
    })?;
    // Bytes that are not UTF-8 are refused where they are, like any other parse error.
    crate::ron_io::text(bytes)
        .and_then(|text| DecisionLog::parse(&text))
        .map_err(
            |crate::ron_io::ParseError {
                 line,
                 column,
                 message,
             }| match lang {
                Lang::De => format!(
                    "{}:{line}:{column}: Fehler im Entscheidungsprotokoll: {message}",
                    path.display()
                ),
                Lang::En => format!(
                    "{}:{line}:{column}: error in decision log: {message}",
                    path.display()
                ),
            },
        )
}

fn day(d: Option<i64>, lang: Lang) -> String {
    match (d, lang) {
        (Some(d), Lang::De) => format!("Tag {d}"),
        (Some(d), Lang::En) => format!("day {d}"),
        (None, Lang::De) => "nie".into(),
        (None, Lang::En) => "never".into(),
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
    let de = lang == Lang::De;
    writeln!(
        out,
        "{} ({}), {} {}, seed {seed}",
        scenario.meta().title,
        scenario.meta().id,
        if de { "Modus" } else { "mode" },
        mode.name()
    )?;
    let end = scenario
        .wall_clock(o.ticks as i64 * scenario.meta().tick)
        .map(|t| t.to_string())
        .unwrap_or_default();
    // Labels: ticks to, skipped, breached, yes, no, services heading.
    let l = if de {
        (
            "Takte bis",
            "übersprungene Entscheidungen",
            "Landesnetz erreicht",
            "ja",
            "nein",
            "Dienste (Ausfall in Stunden, wieder verfügbar ab, größter Rückstau):",
        )
    } else {
        (
            "ticks to",
            "skipped decisions",
            "state network breached",
            "yes",
            "no",
            "services (hours down, back from, largest backlog):",
        )
    };
    let (total, compromised, encrypted) = (
        n(o.hosts.total),
        n(u64::from(o.hosts.compromised_peak)),
        n(u64::from(o.hosts.encrypted_peak)),
    );
    writeln!(out, "  {} {} {end}; {}: {skipped}", n(o.ticks), l.0, l.1)?;
    if de {
        writeln!(
            out,
            "  Rechner: {total} gesamt, höchstens {compromised} kompromittiert, höchstens {encrypted} verschlüsselt"
        )?;
    } else {
        writeln!(
            out,
            "  hosts: {total} in total, at most {compromised} compromised, at most {encrypted} encrypted"
        )?;
    }
    writeln!(
        out,
        "  {}: {}",
        l.2,
        if o.state_network_breached { l.3 } else { l.4 }
    )?;
    writeln!(out, "  {}", l.5)?;
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
    writeln!(out, "  {}", if de { "Fristen:" } else { "deadlines:" })?;
    for d in &o.deadlines {
        let met = crate::tui::text::deadline(d.met, lang);
        writeln!(
            out,
            "    {:<28} {:<10} {met}",
            d.id,
            day(Some(d.due_day), lang)
        )?;
    }
    if de {
        writeln!(
            out,
            "  verjährte Fälle: {}; Kosten: {} €; Normalbetrieb ab: {}",
            n(o.fines_lapsed),
            n(o.cost_eur),
            day(o.normal_operation_day, lang)
        )?;
    } else {
        writeln!(
            out,
            "  cases lapsed: {}; cost: {} EUR; normal operation from: {}",
            n(o.fines_lapsed),
            n(o.cost_eur),
            day(o.normal_operation_day, lang)
        )?;
    }
    writeln!(out, "  state hash: {}", o.state_hash)
}

/// What held each service longest, and the whole chain of each service still not up.
fn write_reasons(
    out: &mut impl Write,
    scenario: &crate::scenario::Scenario,
    chains: &[crate::sim::reasons::Chain],
    held: &std::collections::BTreeMap<String, crate::sim::reasons::Held>,
    lang: Lang,
) -> std::io::Result<()> {
    let de = lang == Lang::De;
    if !held.is_empty() {
        writeln!(
            out,
            "  {}",
            if de {
                "was die Dienste am längsten aufhielt (Tage):"
            } else {
                "what held the services longest (days):"
            }
        )?;
        // In the scenario's order of services.
        for s in scenario.services() {
            if let Some(h) = held.get(&s.id) {
                writeln!(
                    out,
                    "    {:<28} {:>4}  {}",
                    s.id,
                    h.days,
                    crate::tui::text::reason_link(scenario, &h.cause, lang)
                )?;
            }
        }
    }
    let down: Vec<&crate::sim::reasons::Chain> = chains
        .iter()
        .filter(|c| matches!(c.subject, crate::sim::reasons::Subject::Service(_)))
        .collect();
    if !down.is_empty() {
        writeln!(
            out,
            "  {}",
            if de {
                "am Ende nicht in Betrieb, weil:"
            } else {
                "not up at the end, because:"
            }
        )?;
        for c in down {
            writeln!(
                out,
                "    {}",
                crate::tui::text::reason_chain(scenario, c, lang)
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
    let de = lang == Lang::De;
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
        writeln!(
            out,
            "  {}",
            if de {
                "abgelehnte Entscheidungen:"
            } else {
                "refused decisions:"
            }
        )?;
        for (logged, why) in skipped {
            if let crate::sim::command::Command::Decide(d) = &logged.command {
                writeln!(
                    out,
                    "    {}: {}",
                    label(&d.action, d.target.as_deref()),
                    crate::tui::text::rejection(why, lang)
                )?;
            }
        }
    }
    if !waiting.is_empty() {
        writeln!(
            out,
            "  {}",
            if de {
                "am Ende noch wartende Entscheidungen:"
            } else {
                "decisions still waiting at the end:"
            }
        )?;
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
    writeln!(
        out,
        "  {}",
        if lang == Lang::De {
            "Übungsziele:"
        } else {
            "objectives:"
        }
    )?;
    for o in objectives {
        let verdict = match (o.met, lang) {
            (Some(true), Lang::De) => "erfüllt",
            (Some(false), Lang::De) => "nicht erfüllt",
            (None, Lang::De) => "offen",
            (Some(true), Lang::En) => "met",
            (Some(false), Lang::En) => "not met",
            (None, Lang::En) => "open",
        };
        writeln!(out, "    {:<28} {verdict}", o.id)?;
    }
    Ok(())
}
