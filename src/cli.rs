//! The command line: argument parsing, dispatch and exit codes.
//!
//! Exit codes are the same for every command: 0 success, 1 a bad scenario or input file (with
//! every located problem), 2 a usage error (clap's own exit code for bad arguments).

mod check;
mod drehbuch;
mod play;
mod replay;
mod report;
mod run;
mod sweep;

use std::io::Write as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::i18n::Lang;
use std::path::Path;

use crate::exercise::{ENGINE, ExerciseError, ExerciseFile};
use crate::scenario::{self, Invalid, Issue, Origin, Problem, Scenario};
use crate::tui::text;

/// krisenstab: tabletop cyber-incident exercises for crisis staffs.
#[derive(Debug, Parser)]
#[command(name = "krisenstab", version, about, long_about = None)]
pub struct Cli {
    /// Language of messages: de or en (default: from LANG).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate scenario files or built-in scenarios and print a summary of each.
    Check(check::Args),
    /// Run a scenario headless to its end and print what came of it.
    Run(run::Args),
    /// Run the same decisions over many seeds and print the spread of the key figures.
    Sweep(sweep::Args),
    /// Write the after-action report (Auswertungsbericht) of an exercise file, or its
    /// page-numbered Einsatztagebuch (--logbook).
    Report(report::Args),
    /// Print the inject script (Drehbuch, MSEL) as HTML, Markdown or CSV.
    Drehbuch(drehbuch::Args),
    /// Run an exercise in the terminal, continue one (--resume) or follow one (--follow).
    Play(play::Args),
    /// Re-simulate an exercise file: check every state hash (--verify) or show the Lagefilm.
    Replay(replay::Args),
    /// Print a synthetic scenario with the given number of hosts (for scale tests).
    Generate {
        /// Hosts in total (at least 40, at most 10,000,000).
        #[arg(long, value_parser = clap::value_parser!(u64).range(40..=10_000_000))]
        hosts: u64,
    },
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("'{text}' is not a language; use de or en"))
}

/// The language messages are printed in: `--lang`, else the locale, else English.
fn message_lang(flag: Option<Lang>) -> Lang {
    flag.unwrap_or_else(|| {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
            .unwrap_or_default();
        Lang::from_locale(&locale)
    })
}

/// Outcome of a command, mapped to the process exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Invalid,
    /// A usage error found after parsing (exit code 2, like clap's own).
    Usage,
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    let lang = message_lang(cli.lang);
    // Unlocked handles: `play` hands the terminal to its interface (and a panic hook) meanwhile.
    let mut out = std::io::stdout();
    let mut err = std::io::stderr();
    let outcome = match cli.command {
        Some(Command::Check(args)) => check::run(&args, lang, &mut out, &mut err),
        Some(Command::Run(args)) => run::run(&args, lang, &mut out, &mut err),
        Some(Command::Sweep(args)) => sweep::run(&args, lang, &mut out, &mut err),
        Some(Command::Report(args)) => report::run(&args, cli.lang, lang, &mut out, &mut err),
        Some(Command::Drehbuch(args)) => drehbuch::run(&args, cli.lang, lang, &mut out, &mut err),
        Some(Command::Play(args)) => play::run(&args, cli.lang, lang, &mut out, &mut err),
        Some(Command::Replay(args)) => replay::run(&args, cli.lang, lang, &mut out, &mut err),
        Some(Command::Generate { hosts }) => {
            let _ = out.write_all(crate::generate::scenario(hosts).as_bytes());
            Outcome::Ok
        }
        // Until the terminal exercise exists, the bare command shows the reference scenario.
        // The bare command opens the reference exercise, as control.
        None => play::run(&play::Args::reference(), cli.lang, lang, &mut out, &mut err),
    };
    let _ = out.flush();
    match outcome {
        Outcome::Ok => ExitCode::SUCCESS,
        Outcome::Invalid => ExitCode::from(1),
        Outcome::Usage => ExitCode::from(2),
    }
}

/// Loads a scenario named by a path or a built-in name, with its text.
fn resolve_and_load(arg: &str) -> Result<(Scenario, String), Invalid> {
    let Some(origin) = Origin::resolve(arg) else {
        let names: Vec<&str> = scenario::BUILTIN.iter().map(|(n, _)| *n).collect();
        let reason = format!(
            "no such file or built-in scenario (built-ins: {})",
            names.join(", ")
        );
        let problem = Problem::Unreadable {
            what: arg.to_string(),
            reason,
        };
        let issue = Issue {
            path: String::new(),
            line: 0,
            column: 0,
            problem,
        };
        return Err(Invalid {
            id: None,
            issues: vec![issue],
        });
    };
    let bytes = origin.read()?;
    let scenario = scenario::parse_bytes(&bytes)?;
    // Valid scenarios are valid UTF-8.
    Ok((scenario, String::from_utf8_lossy(&bytes).into_owned()))
}

/// Says that a file's ending names no format this command writes (`endings`: ".html or .md").
fn unknown_format(
    err: &mut impl std::io::Write,
    path: &std::path::Path,
    endings: &str,
    lang: Lang,
) {
    let _ = match lang {
        Lang::De => writeln!(
            err,
            "{}: unbekanntes Format; {endings} verwenden",
            path.display()
        ),
        Lang::En => writeln!(err, "{}: unknown format; use {endings}", path.display()),
    };
}

/// Loads a scenario for a command that needs a valid one; prints every problem otherwise.
fn load_scenario(
    arg: &str,
    lang: Lang,
    err: &mut impl std::io::Write,
) -> Option<(Scenario, String)> {
    match resolve_and_load(arg) {
        Ok(loaded) => Some(loaded),
        Err(invalid) => {
            let _ = print_issues(err, arg, &invalid, lang);
            None
        }
    }
}

/// Every problem as `FILE:LINE:COLUMN: error[CODE] path: message`, then a count.
fn print_issues(
    err: &mut impl std::io::Write,
    arg: &str,
    invalid: &Invalid,
    lang: Lang,
) -> std::io::Result<()> {
    for issue in &invalid.issues {
        if issue.line == 0 {
            writeln!(err, "{arg}: {}", issue.describe(lang))?;
        } else {
            writeln!(
                err,
                "{arg}:{}:{}: {}",
                issue.line,
                issue.column,
                issue.describe(lang)
            )?;
        }
    }
    let n = invalid.issues.len();
    match lang {
        Lang::De => writeln!(err, "{arg}: ungültig, {n} Fehler"),
        Lang::En => writeln!(err, "{arg}: invalid, {n} problem(s)"),
    }
}

/// Says why an exercise file is refused, in the language of messages; always exit code 1.
fn refuse(path: &Path, e: &ExerciseError, lang: Lang, err: &mut impl std::io::Write) -> Outcome {
    if let ExerciseError::Scenario { issues, .. } = e {
        let invalid = Invalid {
            id: None,
            issues: issues.clone(),
        };
        let _ = print_issues(err, &path.display().to_string(), &invalid, lang);
        return Outcome::Invalid;
    }
    let _ = writeln!(err, "{}", describe(path, e, lang));
    Outcome::Invalid
}

/// An exercise-file error in the language of messages, naming the tick (and its exercise time)
/// where the replay parts from the record.
fn describe(path: &Path, e: &ExerciseError, lang: Lang) -> String {
    let p = path.display();
    let de = lang == Lang::De;
    match e {
        ExerciseError::Read { source, .. } if de => format!("{p}: nicht lesbar: {source}"),
        ExerciseError::Write { source, .. } if de => format!("{p}: nicht schreibbar: {source}"),
        ExerciseError::Parse {
            line,
            column,
            message,
            ..
        } if de => format!("{p}:{line}:{column}: keine Übungsdatei: {message}"),
        ExerciseError::Format { found, .. } if de => format!(
            "{p}: Übungsdatei im Format {found}; dieses Programm liest Format {}",
            crate::exercise::FORMAT
        ),
        ExerciseError::ScenarioHash { .. } if de => format!(
            "{p}: das eingebettete Szenario passt nicht zu seinem Hash (die Datei wurde bearbeitet)"
        ),
        ExerciseError::Engine { found, .. } if de => format!(
            "{p}: geschrieben von {found}; dies ist {ENGINE}, das sie anders nachrechnen würde, \
             daher lässt sie sich hier nicht wiederholen. Was sie aufzeichnet, bleibt lesbar: \
             `play --resume` öffnet sie nur lesend, `report` schreibt ihr Einsatztagebuch, ihre \
             Entscheidungen und Bewertungen"
        ),
        ExerciseError::Tick {
            index, tick, at, ..
        } if de => format!(
            "{p}: Befehl {index} ist bei Tick {tick} aufgezeichnet, die Wiederholung steht bei Tick {at}"
        ),
        ExerciseError::Command {
            index, tick, why, ..
        } if de => format!(
            "{p}: Befehl {index} (Tick {tick}) gilt nicht mehr: {}",
            text::rejection(why, lang)
        ),
        ExerciseError::Command {
            index, tick, why, ..
        } => format!(
            "{p}: command {index} (tick {tick}) no longer applies: {}",
            text::rejection(why, lang)
        ),
        ExerciseError::Diverged { tick, .. } => {
            let when = exercise_time(path, *tick, lang)
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            if de {
                format!("{p}: die Wiederholung weicht bei Tick {tick}{when} ab")
            } else {
                format!("{p}: the replay diverges at tick {tick}{when}")
            }
        }
        other => other.to_string(),
    }
}

/// The exercise time at the end of `tick`, from the file's own scenario.
fn exercise_time(path: &Path, tick: u64, lang: Lang) -> Option<String> {
    let file = ExerciseFile::read(path).ok()?;
    let scenario = file.scenario(path).ok()?;
    let at = i64::try_from(tick)
        .ok()?
        .checked_mul(scenario.meta().tick)?;
    let clock = scenario.wall_clock(at)?;
    Some(text::wall_time(&clock.to_string(), lang))
}
