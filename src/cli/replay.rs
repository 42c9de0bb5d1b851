//! `krisenstab replay EXERCISE_FILE [--verify]`: re-simulate an exercise from its file.
//!
//! `--verify` is headless: it re-simulates every command and checks the recorded state hash of
//! every tick, and names the first tick that differs. Without it, the Lagefilm: the exercise in
//! the terminal, read-only, with a time slider to scrub through it. Neither ever writes the file.
//! A file another engine version wrote cannot be replayed (`--verify` refuses it, exit code 1);
//! in a terminal it opens read-only instead, its Einsatztagebuch only. The file is opened as
//! `report` and `sweep` open it ([`crate::exercise::open`]).

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use super::Outcome as Exit;
use super::refuse;
use crate::app::{App, ReadOnly, Role};
use crate::exercise::{self, Opened};
use crate::i18n::{Lang, t};
use crate::tf;
use crate::tui::terminal::Mode;

// Help texts: `cli-replay-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "EXERCISE_FILE")]
    file: PathBuf,
    #[arg(long, conflicts_with = "role")]
    verify: bool,
    #[arg(long, value_parser = super::play::parse_role)]
    role: Option<Role>,
}

/// `lang_flag` is `--lang` as given; `lang` the language of messages before a scenario is known.
pub fn run(
    args: &Args,
    lang_flag: Option<Lang>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    if args.verify {
        return verify(&args.file, lang, out, err);
    }
    let path = &args.file;
    // The film opens only a file that verifies, so every tick it shows is the recorded one.
    let role = args.role.unwrap_or(Role::Control);
    let film = match exercise::open(path) {
        // Another engine's file has no Lagefilm here; in a terminal it opens read-only.
        Ok(Opened::Archive(archive)) if std::io::stdout().is_terminal() => {
            let lang = lang_flag
                .or_else(|| archive.scenario.as_ref().map(|s| s.meta().language))
                .unwrap_or(lang);
            let view = ReadOnly::new(*archive, path.clone(), role, lang);
            return super::play::show_read_only(view, out, err);
        }
        Ok(opened) => opened.replayed(path).and_then(|(file, sim)| {
            let lang = lang_flag.unwrap_or(sim.scenario().meta().language);
            App::film(file, path, role, lang)
        }),
        Err(e) => Err(e),
    };
    let app = match film {
        Ok(app) => app,
        Err(e) => return refuse(path, &e, lang, err),
    };
    let lang = app.lang();
    if !std::io::stdout().is_terminal() {
        let _ = writeln!(err, "{}", t(lang, "cli-film-needs-terminal"));
        return Exit::Invalid;
    }
    super::play::show(app, Mode::Film, out, err)
}

fn verify(path: &Path, lang: Lang, out: &mut impl Write, err: &mut impl Write) -> Exit {
    let replayed = exercise::open(path).and_then(|opened| opened.replayed(path));
    let (file, mut sim) = match replayed {
        Ok(done) => done,
        Err(e) => return refuse(path, &e, lang, err),
    };
    let ticks = file.state_hashes.len() as u64;
    let hash = crate::exercise::hex(&sim.state_hash());
    let short = hash.get(..16).unwrap_or(&hash);
    let line = tf!(
        lang,
        "cli-replay-verified",
        path = path.display().to_string(),
        n = ticks,
        hash = short,
        tick = sim.clock().tick.to_string()
    );
    let _ = writeln!(out, "{line}");
    Exit::Ok
}
