//! `krisenstab drehbuch SCENARIO [-o FILE.html|.md|.csv]`: the printable inject script.
//!
//! The output replaces only a file krisenstab wrote (HTML and Markdown carry a generator mark; a
//! CSV is ours if its first line is the Drehbuch's header row), or with `--force` any regular
//! file; never a folder, a link or a device.

use std::io::Write;
use std::path::PathBuf;

use super::Outcome as Exit;
use super::load_scenario;
use crate::drehbuch;
use crate::files::{self, Replace};
use crate::i18n::Lang;

// Help texts: `cli-drehbuch-*-help` in the catalogue.
#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(value_name = "SCENARIO")]
    scenario: String,
    #[arg(short = 'o', long = "out", value_name = "FILE")]
    out: Option<PathBuf>,
    #[arg(long, requires = "out")]
    force: bool,
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
    let ours: fn(&[u8], &[u8]) -> bool = match extension.as_str() {
        "csv" => csv_mark,
        _ => files::html_or_markdown_mark,
    };
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
            let endings = crate::i18n::t(lang, "cli-endings-drehbuch");
            super::unknown_format(err, path, endings, lang);
            return Exit::Usage;
        }
    };
    let replace = if args.force {
        Replace::Any
    } else {
        Replace::Marked(ours)
    };
    if let Err(e) = files::write(path, text.as_bytes(), replace) {
        let _ = writeln!(err, "{}", super::write_refused(path, &e, lang));
        return Exit::Invalid;
    }
    let _ = writeln!(out, "{}", path.display());
    Exit::Ok
}

/// Whether an existing CSV is a Drehbuch krisenstab wrote: its first line is the Drehbuch's
/// header row, in either language and with either separator (a spreadsheet shows it as the
/// header, so the CSV needs no other mark).
fn csv_mark(head: &[u8], _tail: &[u8]) -> bool {
    let line = |bytes: &[u8]| -> Vec<u8> {
        let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
        let first = bytes.split(|&b| b == b'\n').next().unwrap_or_default();
        first.strip_suffix(b"\r").unwrap_or(first).to_vec()
    };
    let first = line(head);
    // Files of earlier versions used `,` in German too.
    let comma = |lang| {
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(drehbuch::headings(lang)).is_ok()
            && w.into_inner().is_ok_and(|header| line(&header) == first)
    };
    Lang::builtin().any(|lang| {
        comma(lang)
            || drehbuch::csv_header(lang).is_ok_and(|header| line(header.as_bytes()) == first)
    })
}
