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
use crate::i18n::{Lang, t};
use crate::report::{self, CounterfactualSettings, Debrief};
use crate::tf;

// Help texts: `cli-report-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "EXERCISE_FILE")]
    file: PathBuf,
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long)]
    counterfactuals: bool,
    #[arg(long, default_value_t = 200, requires = "counterfactuals",
          value_parser = clap::value_parser!(u64).range(1..=100_000))]
    runs: u64,
    // The reference the fast method is checked against.
    #[arg(long, requires = "counterfactuals", hide = true)]
    reference: bool,
    #[arg(long, default_value_t = 0, requires = "counterfactuals")]
    jobs: usize,
    #[arg(long, conflicts_with = "counterfactuals")]
    logbook: bool,
    #[arg(long)]
    force: bool,
    /// The exercise's details (title, date, kind, lead, evaluators, participants, contact) as
    /// a RON `Meta(...)`: added to or overriding the file's, never written into it.
    #[arg(long, value_name = "FILE", conflicts_with = "logbook")]
    meta: Option<PathBuf>,
    /// Write the findings and the improvement plan for the evaluators (.ron or .csv) instead
    /// of the report.
    #[arg(long, value_name = "FILE", conflicts_with = "logbook")]
    export_findings: Option<PathBuf>,
    /// The evaluators' edited findings (.ron or .csv, as written by --export-findings).
    #[arg(long, value_name = "FILE", conflicts_with = "logbook")]
    findings: Option<PathBuf>,
}

/// A small file from the evaluators: at most this many bytes.
const META_LIMIT: u64 = 1024 * 1024;

/// Reads `--meta`: a RON `Meta(...)`; every problem as `FILE:LINE:COLUMN: message`.
fn read_meta(path: &Path, lang: Lang) -> Result<exercise::ExerciseMeta, String> {
    let at = |e: crate::ron_io::ParseError| super::located(path, e.line, e.column, &e.message);
    let bytes = files::read_limited(path, META_LIMIT)
        .map_err(|e| super::read_error(path, &e, super::Input::Evaluators, lang))?;
    let text = crate::ron_io::text(bytes).map_err(at)?;
    let meta: exercise::ExerciseMeta = crate::ron_io::from_str(&text).map_err(at)?;
    Ok(meta)
}

/// Reads `--findings`; every problem as `FILE:LINE:COLUMN: message`.
fn read_findings(path: &Path, lang: Lang) -> Result<report::findings::Findings, String> {
    report::findings::read(path).map_err(|e| match e {
        report::findings::FindingsError::Read(e) => {
            super::read_error(path, &e, super::Input::Evaluators, lang)
        }
        report::findings::FindingsError::Parse {
            line,
            column,
            message,
        } => super::located(path, line, column, &crate::visible::visible(&message)),
    })
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
        let endings = t(lang, "cli-endings-report");
        super::unknown_format(err, &target, endings, lang);
        return Exit::Usage;
    };
    // Refuse to overwrite the exercise itself.
    if target == args.file {
        let path = target.display().to_string();
        let _ = writeln!(err, "{}", tf!(lang, "cli-report-is-exercise", path = path));
        return Exit::Usage;
    }
    // The evaluators' files are read first: a slip there writes nothing.
    let meta = match args.meta.as_deref().map(|m| read_meta(m, lang)).transpose() {
        Ok(m) => m,
        Err(line) => {
            let _ = writeln!(err, "{line}");
            return Exit::Invalid;
        }
    };
    let edited = match args
        .findings
        .as_deref()
        .map(|f| read_findings(f, lang))
        .transpose()
    {
        Ok(f) => f,
        Err(line) => {
            let _ = writeln!(err, "{line}");
            return Exit::Invalid;
        }
    };
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
                            let line =
                                tf!(lang, "cli-report-whatif-progress", done = d, most = most);
                            let _ = writeln!(std::io::stderr(), "{line}");
                        }
                    }
                };
                let debrief = Debrief::of(file, team, report_lang, settings.as_ref(), &tick);
                if let Some(bar) = bar {
                    bar.finish_and_clear();
                }
                let debrief = match debrief {
                    Ok(d) => {
                        let d = match &meta {
                            Some(m) => d.with_meta(m),
                            None => d,
                        };
                        match edited {
                            Some(f) => d.with_findings(f),
                            None => d,
                        }
                    }
                    Err(report::ReportError::Exercise(e)) => {
                        return super::refuse(&args.file, &e, lang, err);
                    }
                    Err(e) => {
                        let _ = writeln!(err, "{e}");
                        return Exit::Invalid;
                    }
                };
                if let Some(path) = &args.export_findings {
                    return export_findings(
                        &debrief,
                        path,
                        args.force,
                        report_lang,
                        lang,
                        out,
                        err,
                    );
                }
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
        let line = tf!(
            lang,
            "cli-report-partial",
            path = args.file.display().to_string(),
            engine = engine,
            current = ENGINE
        );
        let _ = writeln!(err, "{line}");
    }
    Exit::Ok
}

/// `--export-findings`: the findings and plan as RON or CSV (by the file's ending) for the
/// evaluators to edit; replaces only a file krisenstab wrote, or with `--force` any regular file.
fn export_findings(
    debrief: &Debrief,
    path: &Path,
    force: bool,
    report_lang: Lang,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    let findings = debrief.findings();
    let ending = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let text = match ending.as_str() {
        "ron" => report::findings::to_ron(&findings),
        "csv" => match report::findings::to_csv(&findings, report_lang) {
            Ok(t) => t,
            Err(e) => {
                let _ = writeln!(err, "{e}");
                return Exit::Invalid;
            }
        },
        _ => {
            super::unknown_format(err, path, t(lang, "cli-endings-findings"), lang);
            return Exit::Usage;
        }
    };
    let replace = if force {
        Replace::Any
    } else {
        Replace::Nothing
    };
    if let Err(e) = files::write(path, text.as_bytes(), replace) {
        let _ = writeln!(err, "{}", super::write_refused(path, &e, lang));
        return Exit::Invalid;
    }
    let _ = writeln!(out, "{}", path.display());
    Exit::Ok
}
