//! `krisenstab play [SCENARIO]`: run an exercise in the terminal, continue one, or follow one.
//!
//! A new exercise writes its file at once (`--out`, else `<scenario>-<YYYYMMDD-HHMM>.ron` in the
//! current folder) and after every change; `--resume` continues a file exactly where it stopped
//! and refuses a corrupt one whole; `--follow` shows a running exercise read-only (the staff's
//! picture on a second screen). A file another engine version wrote cannot be continued or
//! followed (this engine would re-simulate it differently): both open it read-only, its
//! Einsatztagebuch only, and never write it. The file's path is printed on the way out.
//!
//! A process that writes an exercise file (a new one, or `--resume`) holds its lock for as long
//! as it runs: a second writer is refused and pointed to `--follow`. `--out` never replaces an
//! existing file unless `--force` (a regular file only).

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::Outcome as Exit;
use super::load_scenario;
use crate::app::{self, App, ReadOnly, Role};
use crate::exercise::{ExerciseError, ExerciseFile};
use crate::files::Refusal;
use crate::i18n::{Lang, t};
use crate::tf;
use crate::tui::terminal::{self, Mode, Stamp};

// Help texts: `cli-play-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "SCENARIO", conflicts_with_all = ["resume", "follow"])]
    scenario: Option<String>,
    #[arg(long, conflicts_with_all = ["resume", "follow"])]
    seed: Option<u64>,
    #[arg(long, value_parser = parse_role)]
    role: Option<Role>,
    #[arg(long, value_name = "FILE", conflicts_with_all = ["resume", "follow"])]
    out: Option<PathBuf>,
    #[arg(long, requires = "out")]
    force: bool,
    #[arg(long, value_name = "FILE", conflicts_with = "follow")]
    resume: Option<PathBuf>,
    #[arg(long, value_name = "FILE")]
    follow: Option<PathBuf>,
}

impl Args {
    /// `play westmecklenburg` as control, with a new file here: what the bare command opens.
    pub fn reference() -> Args {
        Args {
            scenario: None,
            seed: None,
            role: None,
            out: None,
            force: false,
            resume: None,
            follow: None,
        }
    }
}

pub(super) fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| tf!(super::messages(), "cli-role-invalid", value = text))
}

/// `lang_flag` is `--lang` as given; `lang` the language of messages before a scenario is known.
pub fn run(
    args: &Args,
    lang_flag: Option<Lang>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    // The lock of the file this process writes, held until the interface has ended.
    let mut lock = None;
    let (app, mode) = if let Some(path) = &args.follow {
        let role = args.role.unwrap_or(Role::Staff);
        let stamp = Stamp::of(path);
        match resume(path, role, lang_flag) {
            Ok(app) => (app, Mode::Follow(stamp)),
            Err(e) => return refuse(path, role, (lang_flag, lang), out, err, &e),
        }
    } else if let Some(path) = &args.resume {
        let role = args.role.unwrap_or(Role::Control);
        // Another engine's file is only read (below), so it needs no lock; this engine's file
        // is written from the first change on.
        let replayable = ExerciseFile::read(path).is_ok_and(|f| f.replayable());
        if replayable {
            match ExerciseFile::lock(path) {
                Ok(held) => lock = Some(held),
                Err(e) => return super::refuse(path, &e, lang, err),
            }
        }
        match resume(path, role, lang_flag) {
            Ok(app) => (app, Mode::Play),
            Err(e) => return refuse(path, role, (lang_flag, lang), out, err, &e),
        }
    } else {
        let name = args.scenario.as_deref().unwrap_or("westmecklenburg");
        let Some((scenario, text)) = load_scenario(name, lang, err) else {
            return Exit::Invalid;
        };
        let path = match &args.out {
            Some(path) => path.clone(),
            None => fresh_default_path(&scenario.meta().id),
        };
        let seed = args.seed.unwrap_or(1);
        // Refused before anything else: a file that is there (unless --force), a folder, a
        // link, a device, or a file another process writes.
        match ExerciseFile::lock(&path) {
            Ok(held) => lock = Some(held),
            Err(e) => return super::refuse(&path, &e, lang, err),
        }
        if let Err(e) = writable(&path, args.force) {
            return super::refuse(&path, &e, lang, err);
        }
        let lang = lang_flag.unwrap_or(scenario.meta().language);
        // Before the file is written: an exercise nobody can see is not started.
        if !has_terminal(err, lang) {
            return Exit::Invalid;
        }
        let role = args.role.unwrap_or(Role::Control);
        let scenario = Arc::new(scenario);
        // Created exclusively (unless --force); the app then keeps rewriting its own file.
        let created = ExerciseFile::new(&scenario, &text, seed).create(&path, args.force);
        if let Err(e) = created {
            return super::refuse(&path, &e, lang, err);
        }
        match App::start(scenario, &text, seed, path, role, lang) {
            Ok(app) => (app, Mode::Play),
            Err(e) => {
                let _ = writeln!(err, "{e}");
                return Exit::Invalid;
            }
        }
    };
    let lang = app.lang();
    if !has_terminal(err, lang) {
        return Exit::Invalid;
    }
    let exit = show(app, mode, out, err);
    drop(lock);
    exit
}

/// Whether a new exercise file may be written at `path`: nothing there, or (with `force`) a
/// regular file. Checked before the terminal is taken over; the write itself checks again.
fn writable(path: &Path, force: bool) -> Result<(), ExerciseError> {
    let refused = |refusal| ExerciseError::Target {
        path: path.display().to_string(),
        refusal,
    };
    match std::fs::symlink_metadata(path) {
        Err(_) => Ok(()),
        Ok(meta) if meta.file_type().is_symlink() => Err(refused(Refusal::Symlink)),
        Ok(meta) if meta.is_dir() => Err(refused(Refusal::Directory)),
        Ok(meta) if !meta.is_file() => Err(refused(Refusal::Special)),
        Ok(_) if !force => Err(refused(Refusal::Exists)),
        Ok(_) => Ok(()),
    }
}

/// Hands the terminal to the interface; afterwards says where the exercise file is.
pub(super) fn show(app: App, mode: Mode, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let where_text = terminal::file_text(app.path(), app.lang(), &mode);
    let result = terminal::run(app, mode);
    if let Err(why) = &result {
        let _ = writeln!(err, "{why}");
    }
    let _ = writeln!(out, "{where_text}");
    match (result, terminal::ended_by_signal()) {
        (Ok(()), Some(signal)) => Exit::Signal(signal),
        (Ok(()), None) => Exit::Ok,
        (Err(_), _) => Exit::Invalid,
    }
}

/// Hands the terminal to the read-only view of another engine's file; afterwards says where the
/// file is (unchanged).
pub(super) fn show_read_only(view: ReadOnly, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let where_text = terminal::read_only_text(view.path(), view.lang());
    let result = terminal::run_read_only(view);
    if let Err(why) = &result {
        let _ = writeln!(err, "{why}");
    }
    let _ = writeln!(out, "{where_text}");
    match (result, terminal::ended_by_signal()) {
        (Ok(()), Some(signal)) => Exit::Signal(signal),
        (Ok(()), None) => Exit::Ok,
        (Err(_), _) => Exit::Invalid,
    }
}

/// `true` if stdout is a terminal; says so otherwise.
fn has_terminal(err: &mut impl Write, lang: Lang) -> bool {
    if std::io::stdout().is_terminal() {
        return true;
    }
    let _ = writeln!(err, "{}", t(lang, "cli-play-needs-terminal"));
    false
}

/// The default file name, made unique with `-2`, `-3` … if an exercise started in the same minute.
fn fresh_default_path(scenario_id: &str) -> PathBuf {
    let now = jiff::ZonedDateTime::now().datetime();
    let base = app::default_path(scenario_id, now);
    let stem = base
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut path = base;
    let mut n = 2;
    while path.exists() {
        path = PathBuf::from(format!("{stem}-{n}.ron"));
        n += 1;
    }
    path
}

/// Reads and replays an exercise file; the language is `--lang`, else the scenario's.
fn resume(path: &Path, role: Role, lang_flag: Option<Lang>) -> Result<App, ExerciseError> {
    let lang = match lang_flag {
        Some(lang) => lang,
        None => {
            let file = ExerciseFile::read(path)?;
            // Another engine's file is refused as such, before its scenario is even parsed.
            file.check_engine(path)?;
            file.scenario(path)?.meta().language
        }
    };
    App::resume(path, role, lang)
}

/// Refuses a file that cannot be continued (exit code 1). A file another engine version wrote
/// opens read-only instead, which counts as success: its Einsatztagebuch in the terminal, or,
/// without a terminal, printed. `langs` is `--lang` as given and the language of messages.
fn refuse(
    path: &Path,
    role: Role,
    langs: (Option<Lang>, Lang),
    out: &mut impl Write,
    err: &mut impl Write,
    e: &ExerciseError,
) -> Exit {
    let (lang_flag, lang) = langs;
    if !matches!(e, ExerciseError::Engine { .. }) {
        return super::refuse(path, e, lang, err);
    }
    let view = match ReadOnly::open(path, role, lang_flag, lang) {
        Ok(view) => view,
        Err(e) => return super::refuse(path, &e, lang, err),
    };
    if std::io::stdout().is_terminal() {
        return show_read_only(view, out, err);
    }
    let _ = writeln!(err, "{}", super::describe(path, e, lang));
    let _ = writeln!(err, "{}", t(lang, "cli-play-cannot-continue"));
    for entry in &view.file().logbook {
        let corrects = entry
            .corrects
            .map(|n| format!(" (→ {n})"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "{:>4}  {}  {}  {:<12} {}{corrects}  {}",
            entry.number,
            entry.exercise_time,
            entry.real_time,
            entry.function,
            crate::i18n::words::entry_kind(entry.kind, lang),
            entry.text
        );
    }
    Exit::Ok
}
