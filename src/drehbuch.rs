//! The Drehbuch (MSEL): every inject of a scenario as exercise control prints it, in CSV for a
//! spreadsheet, Markdown, or one self-contained HTML page marked ÜBUNG on every printed page.

use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::scenario::model::{Condition, Trigger};
use crate::tui::text;

/// One inject as a row of the script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub number: usize,
    pub id: String,
    /// When it comes: a time, or the trigger in words.
    pub time: String,
    pub sender: String,
    pub receiver: String,
    pub channel: String,
    pub priority: String,
    pub title: String,
    pub content: String,
    pub expected_reaction: String,
    pub control_note: String,
}

/// The column headings, in the language of the script.
pub fn headings(lang: Lang) -> [&'static str; 11] {
    match lang {
        Lang::De => [
            "Nr.",
            "Kennung",
            "Zeit / Auslöser",
            "Absender",
            "Empfänger",
            "Meldeweg",
            "Vorrang",
            "Betreff",
            "Inhalt",
            "Erwartete Reaktion",
            "Hinweis für die Steuerung",
        ],
        Lang::En => [
            "No.",
            "Id",
            "Time / trigger",
            "Sender",
            "Receiver",
            "Channel",
            "Priority",
            "Title",
            "Content",
            "Expected reaction",
            "Note for control",
        ],
    }
}

fn trigger(s: &Scenario, t: Trigger, lang: Lang) -> String {
    let de = lang == Lang::De;
    let time = |m| s.wall_clock(m).map(|t| t.to_string()).unwrap_or_default();
    let hours = |m: i64| {
        if m % 60 == 0 {
            format!("{} h", m / 60)
        } else {
            format!("{m} min")
        }
    };
    let action = |a: crate::scenario::model::ActionIdx| s.actions()[a.index()].name.clone();
    match t {
        Trigger::At(at) => time(at),
        Trigger::AfterInject { inject, delay } => {
            let n = inject.index() + 1;
            if de {
                format!("{} nach Nr. {n}", hours(delay))
            } else {
                format!("{} after no. {n}", hours(delay))
            }
        }
        Trigger::ActionTaken { action: a, delay } => {
            if de {
                format!("{} nach Beginn „{}“", hours(delay), action(a))
            } else {
                format!("{} after \"{}\" began", hours(delay), action(a))
            }
        }
        Trigger::ActionNotTaken { action: a, by } => {
            if de {
                format!("{}, falls „{}“ nicht begonnen", time(by), action(a))
            } else {
                format!("{}, if \"{}\" has not begun", time(by), action(a))
            }
        }
        Trigger::When(c) => match c {
            Condition::ServiceDown {
                service,
                for_at_least,
            } => {
                let name = &s.services()[service.index()].name;
                if de {
                    format!("wenn „{name}“ {} ausgefallen", hours(for_at_least))
                } else {
                    format!("when \"{name}\" has been down {}", hours(for_at_least))
                }
            }
            Condition::HostsEncrypted(n) => {
                if de {
                    format!("wenn {n} Rechner verschlüsselt")
                } else {
                    format!("when {n} hosts are encrypted")
                }
            }
            Condition::DeadlineMissed(d) => {
                let name = &s.deadlines()[d.index()].name;
                if de {
                    format!("wenn „{name}“ verfehlt")
                } else {
                    format!("when \"{name}\" is missed")
                }
            }
            Condition::LinkCut(l) => {
                let name = &s.links()[l.index()].name;
                if de {
                    format!("wenn „{name}“ getrennt")
                } else {
                    format!("when \"{name}\" is cut")
                }
            }
        },
    }
}

/// The script's rows, in the scenario's order.
pub fn rows(s: &Scenario, lang: Lang) -> Vec<Row> {
    s.injects()
        .iter()
        .enumerate()
        .map(|(i, inject)| Row {
            number: i + 1,
            id: inject.id.clone(),
            time: trigger(s, inject.trigger, lang),
            sender: s.organisations()[inject.sender.index()].name.clone(),
            receiver: s.roles()[inject.receiver.index()].name.clone(),
            channel: text::channel(inject.channel, lang).to_string(),
            priority: text::priority(inject.priority, lang).to_string(),
            title: inject.title.clone(),
            content: inject.content.clone(),
            expected_reaction: inject.expected_reaction.clone(),
            control_note: inject.control_note.clone(),
        })
        .collect()
}

fn fields(r: &Row) -> [String; 11] {
    [
        r.number.to_string(),
        r.id.clone(),
        r.time.clone(),
        r.sender.clone(),
        r.receiver.clone(),
        r.channel.clone(),
        r.priority.clone(),
        r.title.clone(),
        r.content.clone(),
        r.expected_reaction.clone(),
        r.control_note.clone(),
    ]
}

/// CSV with a header row; every field quoted as needed by the `csv` writer.
pub fn csv(s: &Scenario, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(headings(lang))?;
    for r in rows(s, lang) {
        w.write_record(fields(&r))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A Markdown table under an ÜBUNG heading.
pub fn markdown(s: &Scenario, lang: Lang) -> String {
    let cell = |t: &str| t.replace('|', "\\|").replace('\n', " ");
    let mut out = format!("# ÜBUNG – Drehbuch: {}\n\n", s.meta().title);
    out.push_str(&format!("| {} |\n", headings(lang).join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(11)));
    for r in rows(s, lang) {
        let f: Vec<String> = fields(&r).iter().map(|x| cell(x)).collect();
        out.push_str(&format!("| {} |\n", f.join(" | ")));
    }
    out.push_str("\nÜBUNG\n");
    out
}

fn escape(t: &str) -> String {
    t.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// One self-contained page (no scripts, no remote fonts) that prints with ÜBUNG on every page.
pub fn html(s: &Scenario, lang: Lang) -> String {
    let title = escape(&s.meta().title);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>ÜBUNG – Drehbuch: {title}</title>\n<style>\nbody{{font-family:sans-serif;font-size:10pt;margin:1.5cm}}\ntable{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #999;padding:3px;vertical-align:top}}\nth{{background:#eee}}thead{{display:table-header-group}}tr{{break-inside:avoid}}\n.mark{{font-weight:bold;letter-spacing:.2em;color:#b00}}\n@page{{margin:1.5cm;@top-center{{content:\"ÜBUNG\"}}@bottom-center{{content:\"ÜBUNG\"}}}}\n@media print{{header,footer{{position:fixed;left:0;right:0;text-align:center}}header{{top:0}}footer{{bottom:0}}}}\n</style></head><body>\n<header class=\"mark\">ÜBUNG</header>\n<h1>ÜBUNG – Drehbuch: {title}</h1>\n<table><thead><tr>",
        lang.code()
    );
    for h in headings(lang) {
        out.push_str(&format!("<th>{}</th>", escape(h)));
    }
    out.push_str("</tr></thead><tbody>\n");
    for r in rows(s, lang) {
        out.push_str("<tr>");
        for f in fields(&r) {
            out.push_str(&format!("<td>{}</td>", escape(&f)));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody></table>\n<footer class=\"mark\">ÜBUNG</footer>\n</body></html>\n");
    out
}
