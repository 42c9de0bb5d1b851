//! The Einsatztagebuch alone, page-numbered "Seite x / y" with a signature line on every page,
//! for signature after the exercise and as the paper fallback. Pages are cut here, by an
//! estimate of the printed lines each entry takes on A4 at the sheet's fixed column widths, so
//! the numbers are the same in HTML and Markdown and do not depend on the printer.

use super::doc::{PRINT_CSS, escape};
use crate::exercise::{Entry, ExerciseFile};
use crate::i18n::Lang;
use crate::i18n::t;
use crate::i18n::words as text;
use crate::scenario::Scenario;

/// Printed lines per A4 sheet below the heading and above the signature (9 pt, with room to
/// spare: a sheet that overflowed would break the numbering).
const LINES_PER_SHEET: usize = 36;
/// Characters per line in the entry and function columns at their fixed widths.
const ENTRY_CHARS: usize = 58;
const FUNCTION_CHARS: usize = 16;

/// The Einsatztagebuch's columns, on the printed sheets and in the report's annex.
pub(super) fn head(lang: Lang) -> [&'static str; 6] {
    [
        t(lang, "report-number-short"),
        t(lang, "report-exercise-time"),
        t(lang, "report-real-time"),
        t(lang, "report-function"),
        t(lang, "report-kind"),
        t(lang, "report-entry"),
    ]
}

/// The function's name as the scenario gives it (the id if it names no role).
pub(super) fn function_name(s: &Scenario, id: &str) -> String {
    s.roles()
        .iter()
        .find(|r| r.id == id)
        .map_or_else(|| id.to_string(), |r| r.name.clone())
}

/// The function's name if the scenario is readable, else its id.
fn function_of(s: Option<&Scenario>, id: &str) -> String {
    s.map_or_else(|| id.to_string(), |s| function_name(s, id))
}

/// The title of the logbook's scenario, or its id if this program cannot read the scenario.
fn title_of<'a>(s: Option<&'a Scenario>, file: &'a ExerciseFile) -> &'a str {
    s.map_or(file.scenario_id.as_str(), |s| s.meta().title.as_str())
}

/// An entry's text as printed. A headless run logs each decision as `action → target; reason`
/// in ids (`run --save`); such an entry is printed with the scenario's names instead, so no id
/// reaches the page. Every other entry is printed as written.
pub(super) fn entry_text(s: Option<&Scenario>, file: &ExerciseFile, e: &Entry) -> String {
    let decision = e
        .command
        .and_then(|c| file.commands.get(c))
        .and_then(|logged| match &logged.command {
            crate::sim::command::Command::Decide(d) => Some(d),
            _ => None,
        });
    let (Some(s), Some(d)) = (s, decision) else {
        return e.text.clone();
    };
    let ids = match &d.target {
        Some(t) => format!("{} → {t}; {}", d.action, d.reason),
        None => format!("{}; {}", d.action, d.reason),
    };
    if e.text != ids {
        return e.text.clone();
    }
    let action = super::sections::action_name(s, &d.action);
    match &d.target {
        Some(_) => format!(
            "{action} → {}; {}",
            super::sections::target_name(s, &d.action, d.target.as_deref()),
            d.reason
        ),
        None => format!("{action}; {}", d.reason),
    }
}

/// One logbook row, in the language of the report. Without a scenario (another version's,
/// which this program cannot read) functions are named by their ids.
pub(super) fn row(s: Option<&Scenario>, file: &ExerciseFile, e: &Entry, lang: Lang) -> [String; 6] {
    let mut entry = entry_text(s, file, e);
    if let Some(n) = e.corrects {
        entry = format!("{} – {entry}", text::corrects(n, lang));
    }
    let real = if e.real_time.is_empty() {
        "–".to_string()
    } else {
        e.real_time.clone()
    };
    [
        e.number.to_string(),
        text::wall_time(&e.exercise_time, lang),
        real,
        // Control's entries carry its id; the annex names it in the report's language.
        if e.function == "control" {
            text::role(crate::app::Role::Control, lang).to_string()
        } else {
            function_of(s, &e.function)
        },
        super::sections::cap(text::entry_kind(e.kind, lang), lang),
        entry,
    ]
}

/// The printed lines an entry takes: its longest wrapped cell, plus the row's padding.
fn lines(s: Option<&Scenario>, file: &ExerciseFile, e: &Entry) -> usize {
    let wrapped = |text: &str, width: usize| text.chars().count().div_ceil(width).max(1);
    let entry = wrapped(&entry_text(s, file, e), ENTRY_CHARS) + usize::from(e.corrects.is_some());
    entry.max(wrapped(&function_of(s, &e.function), FUNCTION_CHARS)) + 1
}

/// The logbook cut into printed sheets.
pub fn sheets<'a>(s: Option<&Scenario>, file: &'a ExerciseFile) -> Vec<&'a [Entry]> {
    let mut all = Vec::new();
    let (mut start, mut used) = (0, 0);
    for (i, e) in file.logbook.iter().enumerate() {
        let need = lines(s, file, e);
        if used + need > LINES_PER_SHEET && i > start {
            all.push(&file.logbook[start..i]);
            (start, used) = (i, 0);
        }
        used += need;
    }
    if start < file.logbook.len() || all.is_empty() {
        all.push(&file.logbook[start..]);
    }
    all
}

fn page_of(lang: Lang, n: usize, total: usize) -> String {
    crate::tf!(lang, "report-page", page = n as u64, pages = total as u64)
}

fn signature(lang: Lang) -> &'static str {
    t(lang, "report-signature")
}

/// The page-numbered Einsatztagebuch as one printable HTML page (`s`: the file's scenario, if
/// this program can read it).
pub fn logbook_html(s: Option<&Scenario>, file: &ExerciseFile, lang: Lang) -> String {
    let title = escape(&format!(
        "{}: {}",
        t(lang, "report-logbook-title"),
        title_of(s, file)
    ));
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\">{}<title>ÜBUNG – {title}</title>\n<style>\n{PRINT_CSS}.sheet{{break-after:page}}.sheet:last-child{{break-after:auto}}.sheet table{{table-layout:fixed;font-size:9pt}}.sheet h1{{font-size:14pt}}\n.sheet th:nth-child(1){{width:5%}}.sheet th:nth-child(2){{width:13%}}.sheet th:nth-child(3){{width:13%}}.sheet th:nth-child(4){{width:15%}}.sheet th:nth-child(5){{width:11%}}\n.foot{{display:flex;justify-content:space-between;margin-top:.8em;font-size:9pt}}\n</style></head><body>\n<header class=\"mark\">ÜBUNG</header>\n",
        lang.code(),
        crate::files::HTML_MARK
    );
    let all = sheets(s, file);
    for (i, page) in all.iter().enumerate() {
        let n = page_of(lang, i + 1, all.len());
        out.push_str(&format!(
            "<div class=\"sheet\">\n<h1>ÜBUNG – {title}</h1>\n<p class=\"sub\">{}</p>\n<table><thead><tr>",
            escape(&n)
        ));
        for h in head(lang) {
            out.push_str(&format!("<th>{}</th>", escape(h)));
        }
        out.push_str("</tr></thead><tbody>\n");
        for e in *page {
            out.push_str("<tr>");
            for c in row(s, file, e, lang) {
                out.push_str(&format!("<td>{}</td>", escape(&c)));
            }
            out.push_str("</tr>\n");
        }
        out.push_str(&format!(
            "</tbody></table>\n<div class=\"foot\"><span>{}</span><span>ÜBUNG · {}</span></div>\n</div>\n",
            escape(signature(lang)),
            escape(&n)
        ));
    }
    out.push_str("<footer class=\"mark\">ÜBUNG</footer>\n</body></html>\n");
    out
}

/// The page-numbered Einsatztagebuch in Markdown, one block per page.
pub fn logbook_markdown(s: Option<&Scenario>, file: &ExerciseFile, lang: Lang) -> String {
    let mut out = format!(
        "# ÜBUNG – {}: {}\n\n",
        t(lang, "report-logbook-title"),
        super::doc::md_inline(title_of(s, file))
    );
    let all = sheets(s, file);
    for (i, page) in all.iter().enumerate() {
        out.push_str(&format!(
            "## ÜBUNG – {}\n\n",
            page_of(lang, i + 1, all.len())
        ));
        out.push_str(&format!(
            "| {} |\n|{}\n",
            head(lang).join(" | "),
            "---|".repeat(6)
        ));
        for e in *page {
            let cells: Vec<String> = row(s, file, e, lang)
                .iter()
                .map(|c| super::doc::md_inline(c))
                .collect();
            out.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        out.push_str(&format!("\n{}\n\n", signature(lang)));
    }
    out.push_str("ÜBUNG\n");
    // Says who wrote it, so that the next logbook may replace it; renders as nothing.
    out.push_str(&format!("\n{}\n", crate::files::MARKDOWN_MARK));
    out
}
