//! The command line: argument parsing, dispatch and exit codes.
//!
//! Exit codes are the same for every command: 0 success, 1 a bad scenario or input file (with
//! every located problem) or a file that is not written, 2 a usage error (clap's own exit code
//! for bad arguments).
//!
//! Standard output and standard error are written through [`Stream`], which remembers the first
//! write that failed: a full disk or a broken device ends the command with exit code 1 and a
//! message (on standard error, if that still works); a closed pipe (`| head -1`) ends it quietly,
//! its exit code unchanged. Commands therefore print without checking each write.

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
use crate::files::{Refusal, WriteError};
use crate::i18n::words as text;
use crate::scenario::{self, Invalid, Issue, Origin, Problem, Scenario};
use crate::visible::Visible;

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
    /// The terminal interface was ended by this signal (SIGTERM, SIGINT, SIGHUP), after saving
    /// and giving the terminal back: exit code 128 + its number, as a shell reports it.
    Signal(u8),
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
    // Text from files we did not write reaches the terminal with its control characters shown
    // as escapes (`\u{1b}`), whichever command prints it.
    let mut out = Stream::new(Visible::new(std::io::stdout()));
    let mut err = Stream::new(Visible::new(std::io::stderr()));
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
    let code = match outcome {
        Outcome::Ok => 0,
        Outcome::Invalid => 1,
        Outcome::Usage => 2,
        Outcome::Signal(number) => 128u8.saturating_add(number),
    };
    ExitCode::from(after_writing(code, &out, &mut err, lang))
}

/// Standard output or standard error: remembers the first write that failed (an interrupted
/// write is retried, not a failure); every later write fails at once.
struct Stream<W> {
    inner: W,
    failed: Option<std::io::Error>,
}

impl<W: std::io::Write> Stream<W> {
    fn new(inner: W) -> Stream<W> {
        Stream {
            inner,
            failed: None,
        }
    }

    fn check(&mut self, result: std::io::Result<usize>) -> std::io::Result<usize> {
        if let Err(e) = &result
            && e.kind() != std::io::ErrorKind::Interrupted
            && self.failed.is_none()
        {
            self.failed = Some(std::io::Error::new(e.kind(), e.to_string()));
        }
        result
    }
}

impl<W: std::io::Write> std::io::Write for Stream<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Some(e) = &self.failed {
            return Err(std::io::Error::from(e.kind()));
        }
        let result = self.inner.write(buf);
        self.check(result)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(e) = &self.failed {
            return Err(std::io::Error::from(e.kind()));
        }
        let result = self.inner.flush().map(|()| 0);
        self.check(result).map(|_| ())
    }
}

/// The exit code once the command is done: a closed pipe changes nothing (the reader has
/// what it wanted), any other failed write to standard output or standard error makes a
/// success exit code 1, said on standard error if it can still be written.
fn after_writing<O, E: std::io::Write>(
    code: u8,
    out: &Stream<O>,
    err: &mut Stream<E>,
    lang: Lang,
) -> u8 {
    let closed = |e: &std::io::Error| e.kind() == std::io::ErrorKind::BrokenPipe;
    let mut code = code;
    if let Some(e) = out.failed.as_ref().filter(|e| !closed(e)) {
        let _ = match lang {
            Lang::DE => writeln!(err, "Standardausgabe nicht schreibbar: {e}"),
            _ => writeln!(err, "cannot write to standard output: {e}"),
        };
        code = code.max(1);
    }
    let _ = err.flush();
    if err.failed.as_ref().is_some_and(|e| !closed(e)) {
        code = code.max(1);
    }
    code
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
        Lang::DE => writeln!(
            err,
            "{}: unbekanntes Format; {endings} verwenden",
            path.display()
        ),
        _ => writeln!(err, "{}: unknown format; use {endings}", path.display()),
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
    // One write per problem: standard error is unbuffered, and a file may have 300,000.
    for issue in &invalid.issues {
        let line = if issue.line == 0 {
            format!("{arg}: {}\n", issue.describe(lang))
        } else {
            format!(
                "{arg}:{}:{}: {}\n",
                issue.line,
                issue.column,
                issue.describe(lang)
            )
        };
        err.write_all(line.as_bytes())?;
    }
    let n = invalid.issues.len();
    match lang {
        Lang::DE => writeln!(err, "{arg}: ungültig, {n} Fehler"),
        _ => writeln!(err, "{arg}: invalid, {n} problem(s)"),
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
    let de = lang == Lang::DE;
    match e {
        ExerciseError::Read { source, .. } if de => format!("{p}: nicht lesbar: {source}"),
        ExerciseError::Write { source, .. } if de => format!("{p}: nicht schreibbar: {source}"),
        ExerciseError::Target { refusal, .. } => refusal_text(path, *refusal, lang),
        ExerciseError::TooLarge { limit, .. } if de => format!(
            "{p}: die Datei ist größer als {limit} Bytes, mehr darf eine Übungsdatei nicht haben"
        ),
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

/// Why a file was not written, in the language of messages.
fn write_refused(path: &Path, e: &WriteError, lang: Lang) -> String {
    match (e, lang) {
        (WriteError::Refused(refusal), _) => refusal_text(path, *refusal, lang),
        (WriteError::Io(e), Lang::DE) => format!("{}: nicht schreibbar: {e}", path.display()),
        (WriteError::Io(e), _) => format!("{}: cannot write: {e}", path.display()),
    }
}

/// Why a target was refused, with what to do instead.
fn refusal_text(path: &Path, refusal: Refusal, lang: Lang) -> String {
    let p = path.display();
    match (refusal, lang) {
        (Refusal::Exists, Lang::DE) => format!(
            "{p}: die Datei gibt es schon; die Übung mit play --resume {p} fortsetzen oder die \
             Datei mit --force ersetzen"
        ),
        (Refusal::Exists, _) => format!(
            "{p}: the file exists already; continue the exercise with play --resume {p}, or \
             replace the file with --force"
        ),
        (Refusal::NotOurs, Lang::DE) => format!(
            "{p}: dort liegt eine Datei, die nicht von krisenstab stammt; einen anderen Namen \
             wählen oder sie mit --force ersetzen"
        ),
        (Refusal::NotOurs, _) => format!(
            "{p}: a file krisenstab did not write is there; choose another name, or replace it \
             with --force"
        ),
        (Refusal::ReadOnly, Lang::DE) => {
            format!("{p}: die Datei ist schreibgeschützt; sie wird nicht ersetzt")
        }
        (Refusal::ReadOnly, _) => format!("{p}: the file is read-only; it is not replaced"),
        (Refusal::Directory, Lang::DE) => {
            format!("{p}: ist ein Ordner; krisenstab schreibt nur gewöhnliche Dateien")
        }
        (Refusal::Directory, _) => {
            format!("{p}: is a folder; krisenstab writes only regular files")
        }
        (Refusal::Symlink, Lang::DE) => format!(
            "{p}: ist eine symbolische Verknüpfung; krisenstab schreibt nicht durch \
             Verknüpfungen, nur gewöhnliche Dateien"
        ),
        (Refusal::Symlink, _) => format!(
            "{p}: is a symbolic link; krisenstab does not write through links, only regular files"
        ),
        (Refusal::Special, Lang::DE) => format!(
            "{p}: ist ein Gerät oder eine andere Spezialdatei; krisenstab schreibt nur \
             gewöhnliche Dateien"
        ),
        (Refusal::Special, _) => format!(
            "{p}: is a device or another special file; krisenstab writes only regular files"
        ),
        (Refusal::Locked, Lang::DE) => format!(
            "{p}: ein anderer krisenstab-Prozess schreibt diese Übungsdatei, und nur einer darf \
             das; nur lesend mitverfolgen: krisenstab play --follow {p}"
        ),
        (Refusal::Locked, _) => format!(
            "{p}: another krisenstab process is writing this exercise file, and only one may; \
             to watch it read-only: krisenstab play --follow {p}"
        ),
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
