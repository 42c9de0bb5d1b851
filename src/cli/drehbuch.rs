//! `krisenstab drehbuch SCENARIO [-o FILE.html|.md|.csv]`: the printable inject script.

use std::io::Write;
use std::path::PathBuf;

use super::Outcome as Exit;
use super::load_scenario;
use crate::drehbuch;
use crate::i18n::Lang;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// A scenario file, or the name of a built-in scenario.
    #[arg(value_name = "SCENARIO")]
    scenario: String,
    /// Write to this file; its ending picks the format (.html, .md, .csv). Without it, Markdown
    /// goes to standard output.
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    out: Option<PathBuf>,
}

pub fn run(
    args: &Args,
    lang_flag: Option<Lang>,
    lang: Lang,
    out: &mut impl Write,
    err: &mut impl Write,
) -> Exit {
    let Some((scenario, _)) = load_scenario(&args.scenario, lang, err) else {
        return Exit::Invalid;
    };
    let lang = lang_flag.unwrap_or(scenario.meta().language);
    let Some(path) = &args.out else {
        let _ = out.write_all(drehbuch::markdown(&scenario, lang).as_bytes());
        return Exit::Ok;
    };
    let extension = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let text = match extension.as_str() {
        "html" | "htm" => drehbuch::html(&scenario, lang),
        "md" | "markdown" => drehbuch::markdown(&scenario, lang),
        "csv" => match drehbuch::csv(&scenario, lang) {
            Ok(text) => text,
            Err(e) => {
                let _ = writeln!(err, "{e}");
                return Exit::Invalid;
            }
        },
        _ => {
            let endings = match lang {
                Lang::De => ".html, .md oder .csv",
                Lang::En => ".html, .md or .csv",
            };
            super::unknown_format(err, path, endings, lang);
            return Exit::Usage;
        }
    };
    if let Err(e) = std::fs::write(path, text) {
        let _ = writeln!(err, "{}: {e}", path.display());
        return Exit::Invalid;
    }
    let _ = writeln!(out, "{}", path.display());
    Exit::Ok
}
