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
mod help;

pub use help::command;
mod play;
mod replay;
mod report;
mod run;
mod sweep;

use std::io::Write as _;
use std::process::ExitCode;

use clap::{FromArgMatches as _, Parser, Subcommand};

use crate::i18n::Lang;
use crate::tf;
use std::path::Path;

use crate::exercise::{ENGINE, ExerciseError, ExerciseFile};
use crate::files::{Refusal, WriteError};
use crate::i18n::words as text;
use crate::scenario::{self, Invalid, Issue, Origin, Problem, Scenario};
use crate::visible::Visible;

// Every command's and argument's help comes from the catalogue (`help.rs`), in the language of
// messages.
#[derive(Debug, Parser)]
#[command(name = "krisenstab", version)]
pub struct Cli {
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<Lang>,
    #[arg(long, global = true, value_name = "FILE.ftl")]
    lang_file: Option<std::path::PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    Check(check::Args),
    Run(run::Args),
    Sweep(sweep::Args),
    Report(report::Args),
    Drehbuch(drehbuch::Args),
    Play(play::Args),
    Replay(replay::Args),
    Generate {
        // At least 40, at most 10,000,000.
        #[arg(long, value_parser = clap::value_parser!(u64).range(40..=10_000_000))]
        hosts: u64,
    },
}

/// The language of messages while the command line is parsed (for the value parsers' own
/// messages); set once in [`main`].
static MESSAGES: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

fn messages() -> Lang {
    MESSAGES.get().copied().unwrap_or(Lang::EN)
}

fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| {
        let codes: Vec<&str> = Lang::builtin().map(Lang::code).collect();
        let codes = crate::scenario::issue::or_list(&codes, messages());
        tf!(messages(), "cli-lang-invalid", value = text, codes = codes)
    })
}

/// The language a locale asks for (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
fn locale_lang() -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| std::env::var(k).ok().filter(|v| !v.is_empty()))
        .unwrap_or_default();
    Lang::from_locale(&locale)
}

/// `--lang` and `--lang-file` as written on the command line, found before clap parses it so
/// that its help and its errors are in that language already.
#[derive(Debug, Default)]
struct Early {
    lang: Option<String>,
    lang_file: Option<std::ffi::OsString>,
}

impl Early {
    fn scan(args: &[std::ffi::OsString]) -> Early {
        let mut early = Early::default();
        let mut rest = args.iter().skip(1);
        while let Some(arg) = rest.next() {
            let Some(text) = arg.to_str() else { continue };
            if text == "--" {
                break;
            }
            if text == "--lang" {
                early.lang = rest.next().and_then(|v| v.to_str()).map(str::to_owned);
            } else if let Some(v) = text.strip_prefix("--lang=") {
                early.lang = Some(v.to_owned());
            } else if text == "--lang-file" {
                early.lang_file = rest.next().cloned();
            } else if let Some(v) = text.strip_prefix("--lang-file=") {
                early.lang_file = Some(v.into());
            }
        }
        early
    }
}

/// Reads and adds the catalogue of `--lang-file`; every problem in it as `FILE:LINE:COLUMN:
/// message` (in `lang`, the language of messages before it) if it cannot be used.
fn load_lang_file(path: &Path, lang: Lang) -> Result<crate::i18n::Loaded, Vec<String>> {
    let bytes = crate::files::read_limited(path, crate::scenario::MAX_FILE_BYTES)
        .map_err(|e| vec![read_error(path, &e, Input::Catalogue, lang)])?;
    let text = crate::ron_io::text(bytes)
        .map_err(|e| vec![located(path, e.line, e.column, &e.message)])?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    crate::i18n::load(&name, &text).map_err(|errors| {
        errors
            .iter()
            .map(|e| located(path, e.line, e.column, &e.message))
            .collect()
    })
}

/// What a file read with [`crate::files::read_limited`] is for: a file too large is refused
/// in words that say what it was meant to be.
#[derive(Debug, Clone, Copy)]
enum Input {
    /// `--lang-file`.
    Catalogue,
    /// `run --log`.
    DecisionLog,
    /// `report --meta` and `report --findings`.
    Evaluators,
}

/// Why a file from others was not read, as the line the command prints: unreadable (with the
/// system's reason) or too large for its kind of `input`.
fn read_error(path: &Path, error: &crate::files::ReadError, input: Input, lang: Lang) -> String {
    let p = path.display().to_string();
    match error {
        crate::files::ReadError::Io(e) => tf!(
            lang,
            "cli-file-unreadable",
            path = p.as_str(),
            error = e.to_string()
        ),
        crate::files::ReadError::TooLarge { limit, .. } => match input {
            Input::Catalogue => tf!(
                lang,
                "cli-lang-file-too-large",
                path = p.as_str(),
                limit = limit.to_string()
            ),
            Input::DecisionLog => tf!(
                lang,
                "cli-log-too-large",
                path = p.as_str(),
                limit = limit.to_string()
            ),
            Input::Evaluators => tf!(lang, "cli-report-meta-too-large", path = p.as_str()),
        },
    }
}

/// A problem at a place in a file, as `FILE:LINE:COLUMN: message` (bytes that are not UTF-8
/// and parse errors alike).
fn located(path: &Path, line: usize, column: usize, message: &str) -> String {
    format!("{}:{line}:{column}: {message}", path.display())
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
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // The language of messages: --lang-file, else --lang, else the locale, else English.
    let early = Early::scan(&args);
    let mut lang = early
        .lang
        .as_deref()
        .and_then(Lang::parse)
        .unwrap_or_else(locale_lang);
    let mut loaded = None;
    if let Some(file) = &early.lang_file {
        let path = Path::new(file);
        match load_lang_file(path, lang) {
            Ok(catalogue) => {
                lang = catalogue.lang;
                loaded = Some(catalogue.lang);
                if catalogue.missing > 0 {
                    let line = tf!(
                        lang,
                        "cli-lang-file-missing",
                        file = path.display().to_string(),
                        n = catalogue.missing
                    );
                    let _ = writeln!(std::io::stderr(), "{line}");
                }
            }
            Err(problems) => {
                let mut err = std::io::stderr();
                for problem in problems {
                    let _ = writeln!(err, "{problem}");
                }
                return ExitCode::from(1);
            }
        }
    }
    let _ = MESSAGES.set(lang);
    let parsed = help::command(lang)
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => {
            // Help and version go to standard output (exit 0), usage errors to standard error
            // (exit 2).
            match help::error_text(&e, lang) {
                Some(text) => {
                    let _ = std::io::stderr().write_all(text.as_bytes());
                }
                None => {
                    let _ = e.print();
                }
            }
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
    };
    // A catalogue from --lang-file is the language of every output, as --lang would be.
    let flag = loaded.or(cli.lang);
    let lang = loaded.unwrap_or(match cli.lang {
        Some(l) => l,
        None => lang,
    });
    // Unlocked handles: `play` hands the terminal to its interface (and a panic hook) meanwhile.
    // Text from files we did not write reaches the terminal with its control characters shown
    // as escapes (`\u{1b}`), whichever command prints it.
    let mut out = Stream::new(Visible::new(std::io::stdout()));
    let mut err = Stream::new(Visible::new(std::io::stderr()));
    let outcome = match cli.command {
        Some(Command::Check(args)) => check::run(&args, lang, &mut out, &mut err),
        Some(Command::Run(args)) => run::run(&args, lang, &mut out, &mut err),
        Some(Command::Sweep(args)) => sweep::run(&args, lang, &mut out, &mut err),
        Some(Command::Report(args)) => report::run(&args, flag, lang, &mut out, &mut err),
        Some(Command::Drehbuch(args)) => drehbuch::run(&args, flag, lang, &mut out, &mut err),
        Some(Command::Play(args)) => play::run(&args, flag, lang, &mut out, &mut err),
        Some(Command::Replay(args)) => replay::run(&args, flag, lang, &mut out, &mut err),
        Some(Command::Generate { hosts }) => {
            let _ = out.write_all(crate::generate::scenario(hosts).as_bytes());
            Outcome::Ok
        }
        // The bare command opens the reference exercise, as control.
        None => play::run(&play::Args::reference(), flag, lang, &mut out, &mut err),
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
        let _ = writeln!(
            err,
            "{}",
            tf!(lang, "cli-stdout-failed", error = e.to_string())
        );
        code = code.max(1);
    }
    let _ = err.flush();
    if err.failed.as_ref().is_some_and(|e| !closed(e)) {
        code = code.max(1);
    }
    code
}

/// Loads a scenario named by a path or a built-in name, with its text.
fn resolve_and_load(arg: &str, lang: Lang) -> Result<(Scenario, String), Invalid> {
    let Some(origin) = Origin::resolve(arg) else {
        let names: Vec<&str> = scenario::BUILTIN.iter().map(|(n, _)| *n).collect();
        let reason = tf!(lang, "cli-no-such-scenario", names = names.join(", "));
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
    let path = path.display().to_string();
    let _ = writeln!(
        err,
        "{}",
        tf!(lang, "cli-unknown-format", path = path, endings = endings)
    );
}

/// Loads a scenario for a command that needs a valid one; prints every problem otherwise.
fn load_scenario(
    arg: &str,
    lang: Lang,
    err: &mut impl std::io::Write,
) -> Option<(Scenario, String)> {
    match resolve_and_load(arg, lang) {
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
    writeln!(err, "{}", tf!(lang, "cli-invalid-count", file = arg, n = n))
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
    let p = path.display().to_string();
    let p = p.as_str();
    match e {
        ExerciseError::Read { source, .. } => tf!(
            lang,
            "cli-exercise-read",
            path = p,
            error = source.to_string()
        ),
        ExerciseError::Write { source, .. } => tf!(
            lang,
            "cli-exercise-write",
            path = p,
            error = source.to_string()
        ),
        ExerciseError::Target { refusal, .. } => refusal_text(path, *refusal, lang),
        ExerciseError::TooLarge { limit, .. } => tf!(
            lang,
            "cli-exercise-too-large",
            path = p,
            limit = limit.to_string()
        ),
        ExerciseError::Parse {
            line,
            column,
            message,
            ..
        } => tf!(
            lang,
            "cli-exercise-parse",
            path = p,
            line = line.to_string(),
            column = column.to_string(),
            message = message.as_str()
        ),
        ExerciseError::Format { found, .. } => tf!(
            lang,
            "cli-exercise-format",
            path = p,
            found = found.to_string(),
            format = crate::exercise::FORMAT.to_string()
        ),
        ExerciseError::ScenarioHash { .. } => tf!(lang, "cli-exercise-scenario-hash", path = p),
        ExerciseError::Scenario { issues, .. } => {
            tf!(lang, "cli-exercise-scenario", path = p, n = issues.len())
        }
        ExerciseError::Engine { found, .. } => tf!(
            lang,
            "cli-exercise-engine",
            path = p,
            found = found.as_str(),
            engine = ENGINE
        ),
        ExerciseError::Tick {
            index, tick, at, ..
        } => tf!(
            lang,
            "cli-exercise-tick",
            path = p,
            index = index.to_string(),
            tick = tick.to_string(),
            at = at.to_string()
        ),
        ExerciseError::Command {
            index, tick, why, ..
        } => tf!(
            lang,
            "cli-exercise-command",
            path = p,
            index = index.to_string(),
            tick = tick.to_string(),
            why = text::rejection(why, lang)
        ),
        ExerciseError::Diverged { tick, .. } => {
            let when = exercise_time(path, *tick, lang)
                .map(|t| format!(" ({t})"))
                .unwrap_or_default();
            tf!(
                lang,
                "cli-exercise-diverged",
                path = p,
                tick = tick.to_string(),
                when = when
            )
        }
    }
}

/// Why a file was not written, in the language of messages.
fn write_refused(path: &Path, e: &WriteError, lang: Lang) -> String {
    match e {
        WriteError::Refused(refusal) => refusal_text(path, *refusal, lang),
        WriteError::Io(e) => tf!(
            lang,
            "cli-write-failed",
            path = path.display().to_string(),
            error = e.to_string()
        ),
    }
}

/// Why a target was refused, with what to do instead.
fn refusal_text(path: &Path, refusal: Refusal, lang: Lang) -> String {
    let id = match refusal {
        Refusal::Exists => "cli-refusal-exists",
        Refusal::NotOurs => "cli-refusal-not-ours",
        Refusal::ReadOnly => "cli-refusal-read-only",
        Refusal::Directory => "cli-refusal-directory",
        Refusal::Symlink => "cli-refusal-symlink",
        Refusal::Special => "cli-refusal-special",
        Refusal::Locked => "cli-refusal-locked",
    };
    tf!(lang, id, path = path.display().to_string())
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
