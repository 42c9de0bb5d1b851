//! `krisenstab report EXERCISE_FILE [-o FILE.html|FILE.md] [--counterfactuals [--runs N]]
//! [--logbook]`: the Auswertungsbericht, or the page-numbered Einsatztagebuch alone.
//!
//! A file another engine version wrote is not re-simulated: its report shows what it records
//! (logbook, decisions, ratings) and says so in its first lines; `--counterfactuals` refuses it.
//! This engine's file is replayed first ([`crate::exercise::open`]), the logbook alone
//! included, so a file `replay --verify` refuses is refused here too.
//!
//! The output replaces only a file krisenstab wrote (its generator mark), or with `--force` any
//! regular file; never a folder, a link or a device.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use super::Outcome as Exit;
use crate::exercise::{self, ENGINE, Opened};
use crate::files::{self, Replace};
use crate::i18n::Lang;
use crate::report::{self, CounterfactualSettings, Debrief};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The exercise file (from `play` or `run --save`).
    #[arg(value_name = "EXERCISE_FILE")]
    file: PathBuf,
    /// Write to this file; its ending picks the format (.html or .md). Default: the exercise
    /// file's name with .html, beside it.
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    out: Option<PathBuf>,
    /// Add the three decisions whose leaving-out changes the outcome most (re-runs the
    /// exercise over many seeds).
    #[arg(long)]
    counterfactuals: bool,
    /// Runs per version for --counterfactuals, at most: seeds are added in batches of 20 only
    /// until the headline figures are precise enough.
    #[arg(long, default_value_t = 200, requires = "counterfactuals",
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    runs: u64,
    /// For --counterfactuals: every version run whole on all --runs seeds (the reference the
    /// fast method is checked against; slow).
    #[arg(long, requires = "counterfactuals", hide = true)]
    reference: bool,
    /// Threads for --counterfactuals (default: all cores); the report never depends on it.
    #[arg(long, default_value_t = 0, requires = "counterfactuals")]
    jobs: usize,
    /// Print only the Einsatztagebuch, page-numbered for signature (default file:
    /// `<name>.einsatztagebuch.html`).
    #[arg(long, conflicts_with = "counterfactuals")]
    logbook: bool,
    /// Replace the output even if it is a regular file krisenstab did not write (never a
    /// folder, link or device).
    #[arg(long)]
    force: bool,
}

#[derive(Clone, Copy)]
enum Format {
    Html,
    Markdown,
}

fn format_of(path: &Path) -> Option<Format> {
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "html" | "htm" => Some(Format::Html),
        "md" | "markdown" => Some(Format::Markdown),
        _ => None,
    }
}

/// `<name>.html` (or `<name>.einsatztagebuch.html`) beside the exercise file.
fn default_out(file: &Path, logbook: bool) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "exercise".into());
    let name = if logbook {
        format!("{stem}.einsatztagebuch.html")
    } else {
        format!("{stem}.html")
    };
    file.with_file_name(name)
}

pub fn run(
    args: &Args,
    lang_flag: Option<Lang>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    let target = args
        .out
        .clone()
        .unwrap_or_else(|| default_out(&args.file, args.logbook));
    let Some(format) = format_of(&target) else {
        let endings = match lang {
            Lang::DE => ".html oder .md",
            _ => ".html or .md",
        };
        super::unknown_format(err, &target, endings, lang);
        return Exit::Usage;
    };
    // Refuse to overwrite the exercise itself.
    if target == args.file {
        let _ = match lang {
            Lang::DE => writeln!(err, "{}: das ist die Übungsdatei", target.display()),
            _ => writeln!(err, "{}: that is the exercise file", target.display()),
        };
        return Exit::Usage;
    }
    let opened = match exercise::open(&args.file) {
        Ok(opened) => opened,
        Err(e) => return super::refuse(&args.file, &e, lang, err),
    };
    let file_name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A report of another engine's file from its record alone: said on the way out.
    let mut partial = None;
    let text = match opened {
        Opened::Archive(archive) => {
            // Another engine's file is not re-simulated; counterfactuals would need just that.
            if args.counterfactuals
                && let Err(e) = archive.file.check_engine(&args.file)
            {
                return super::refuse(&args.file, &e, lang, err);
            }
            if !args.logbook {
                partial = Some(archive.file.engine.clone());
            }
            // Its scenario may no longer be readable here (names then fall back to ids).
            let lang = lang_flag
                .or_else(|| archive.scenario.as_ref().map(|s| s.meta().language))
                .unwrap_or(lang);
            let s = archive.scenario.as_deref();
            match (args.logbook, format) {
                (true, Format::Html) => report::logbook_html(s, &archive.file, lang),
                (true, Format::Markdown) => report::logbook_markdown(s, &archive.file, lang),
                (false, Format::Html) => report::archive_html(&archive, &file_name, lang),
                (false, Format::Markdown) => report::archive_markdown(&archive, &file_name, lang),
            }
        }
        Opened::Replayed(done) => {
            let (file, team) = *done;
            let report_lang = lang_flag.unwrap_or(team.scenario().meta().language);
            if args.logbook {
                let s = Some(team.scenario());
                match format {
                    Format::Html => report::logbook_html(s, &file, report_lang),
                    Format::Markdown => report::logbook_markdown(s, &file, report_lang),
                }
            } else {
                let settings = args.counterfactuals.then(|| {
                    if args.reference {
                        CounterfactualSettings::reference(args.runs, args.jobs)
                    } else {
                        CounterfactualSettings::new(args.runs, args.jobs)
                    }
                });
                let terminal = std::io::stderr().is_terminal();
                let bar = settings
                    .filter(|_| terminal)
                    .map(|s| indicatif::ProgressBar::new(report::total_runs(&file, &s)));
                let done = std::sync::atomic::AtomicU64::new(0);
                let most = settings.map_or(0, |s| s.runs);
                let tick = |n: u64| {
                    if let Some(bar) = &bar {
                        bar.inc(n);
                    } else if settings.is_some() {
                        // Not on a terminal: a line now and then, so a log shows it is alive.
                        let d = done.fetch_add(n, std::sync::atomic::Ordering::Relaxed) + n;
                        if d.is_multiple_of(crate::sweep::BATCH) {
                            let _ = match lang {
                                Lang::DE => writeln!(
                                    std::io::stderr(),
                                    "Was wäre gewesen, wenn: {d} von höchstens {most} Läufen gerechnet"
                                ),
                                _ => writeln!(
                                    std::io::stderr(),
                                    "What if: {d} of at most {most} runs done"
                                ),
                            };
                        }
                    }
                };
                let debrief = Debrief::of(file, team, report_lang, settings.as_ref(), &tick);
                if let Some(bar) = bar {
                    bar.finish_and_clear();
                }
                let debrief = match debrief {
                    Ok(d) => d,
                    Err(report::ReportError::Exercise(e)) => {
                        return super::refuse(&args.file, &e, lang, err);
                    }
                    Err(e) => {
                        let _ = writeln!(err, "{e}");
                        return Exit::Invalid;
                    }
                };
                match format {
                    Format::Html => debrief.html(&file_name),
                    Format::Markdown => debrief.markdown(&file_name),
                }
            }
        }
    };
    let replace = if args.force {
        Replace::Any
    } else {
        Replace::Marked(files::html_or_markdown_mark)
    };
    if let Err(e) = files::write(&target, text.as_bytes(), replace) {
        let _ = writeln!(err, "{}", super::write_refused(&target, &e, lang));
        return Exit::Invalid;
    }
    let _ = writeln!(out, "{}", target.display());
    if let Some(engine) = partial {
        let p = args.file.display();
        let _ = match lang {
            Lang::DE => writeln!(
                err,
                "{p}: geschrieben von {engine}, mit {ENGINE} nicht wiederholt; der Bericht zeigt nur Einsatztagebuch, Entscheidungen und Bewertungen"
            ),
            _ => writeln!(
                err,
                "{p}: written by {engine}, not replayed with {ENGINE}; the report shows only the logbook, decisions and ratings"
            ),
        };
    }
    Exit::Ok
}
