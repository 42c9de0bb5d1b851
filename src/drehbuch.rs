//! The Drehbuch (MSEL): every inject of a scenario as exercise control prints it, in CSV for a
//! spreadsheet, Markdown, or one self-contained HTML page marked ÜBUNG on every printed page.

use crate::i18n::Lang;
use crate::i18n::words as text;
use crate::report::doc::{self, Block, Document, Section};
use crate::scenario::Scenario;
use crate::scenario::model::{Condition, Trigger};

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
        Lang::DE => [
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
        _ => [
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
    let de = lang == Lang::DE;
    // Dates as the language writes them (15.10.2021 03:00 in German).
    let time = |m| {
        s.wall_clock(m)
            .map(|t| text::wall_time(&t.to_string(), lang))
            .unwrap_or_default()
    };
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
        Trigger::When(c) => {
            let state = condition(s, c, lang);
            if de {
                format!("wenn {state}")
            } else {
                format!("when {state}")
            }
        }
    }
}

/// A state of the world in words, for "wenn …" and "nur wenn …".
pub fn condition(s: &Scenario, c: Condition, lang: Lang) -> String {
    let de = lang == Lang::DE;
    let duration = |m: i64| {
        if m % 60 == 0 {
            format!("{} h", m / 60)
        } else {
            format!("{m} min")
        }
    };
    let service = |i: crate::scenario::model::ServiceIdx| &s.services()[i.index()].name;
    let link = |l: crate::scenario::model::LinkIdx| &s.links()[l.index()].name;
    match (c, de) {
        (
            Condition::ServiceDown {
                service: i,
                for_at_least,
            },
            true,
        ) => format!("„{}“ {} ausgefallen", service(i), duration(for_at_least)),
        (
            Condition::ServiceDown {
                service: i,
                for_at_least,
            },
            false,
        ) => format!(
            "\"{}\" has been down {}",
            service(i),
            duration(for_at_least)
        ),
        (Condition::HostsEncrypted(n), true) => format!("{n} Rechner verschlüsselt"),
        (Condition::HostsEncrypted(n), false) => format!("{n} hosts are encrypted"),
        (Condition::DeadlineMissed(d), true) => {
            format!("„{}“ verfehlt", s.deadlines()[d.index()].name)
        }
        (Condition::DeadlineMissed(d), false) => {
            format!("\"{}\" is missed", s.deadlines()[d.index()].name)
        }
        (Condition::LinkCut(l), true) => format!("„{}“ getrennt", link(l)),
        (Condition::LinkCut(l), false) => format!("\"{}\" is cut", link(l)),
        (Condition::ServiceUp(i), true) => format!("„{}“ in Betrieb", service(i)),
        (Condition::ServiceUp(i), false) => format!("\"{}\" is up", service(i)),
        (Condition::LinkOpen(l), true) => format!("„{}“ nicht getrennt", link(l)),
        (Condition::LinkOpen(l), false) => format!("\"{}\" is not cut", link(l)),
    }
}

/// An inject's conditions in words: when it is withheld, and whom it addresses if not the
/// staff; empty if it has none.
pub fn conditions(s: &Scenario, inject: &crate::scenario::model::Inject, lang: Lang) -> String {
    let de = lang == Lang::DE;
    let mut parts = Vec::new();
    if inject.for_control {
        parts.push(String::from(if de {
            "an die Übungssteuerung"
        } else {
            "to exercise control"
        }));
    }
    for c in &inject.only_if {
        let state = condition(s, *c, lang);
        parts.push(if de {
            format!("nur wenn {state}")
        } else {
            format!("only if {state}")
        });
    }
    for d in &inject.unless {
        let action = &s.actions()[d.action.index()].name;
        let target = d
            .target
            .map(|t| format!(" ({})", s.target_name(t)))
            .unwrap_or_default();
        parts.push(if de {
            format!("entfällt nach Entscheidung „{action}“{target}")
        } else {
            format!("withheld after the decision \"{action}\"{target}")
        });
    }
    parts.join("; ")
}

/// The script's rows, in the scenario's order.
pub fn rows(s: &Scenario, lang: Lang) -> Vec<Row> {
    s.injects()
        .iter()
        .enumerate()
        .map(|(i, inject)| Row {
            number: i + 1,
            id: inject.id.clone(),
            time: [
                trigger(s, inject.trigger, lang),
                conditions(s, inject, lang),
            ]
            .join(" · ")
            .trim_end_matches(" · ")
            .to_string(),
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

/// A CSV cell a spreadsheet will not run as a formula: one that begins with `=`, `+`, `-`, `@`,
/// a tab or a carriage return gets a `'` in front (the OWASP rule against CSV injection), which
/// the spreadsheet shows as text.
pub fn csv_cell(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{cell}"))
    } else {
        std::borrow::Cow::Borrowed(cell)
    }
}

/// The field separator a spreadsheet of the language splits on when it opens a file: German
/// Excel expects `;` (the comma is its decimal mark), English Excel `,`.
pub fn csv_separator(lang: Lang) -> u8 {
    match lang {
        Lang::DE => b';',
        _ => b',',
    }
}

/// The byte-order mark that tells a spreadsheet the file is UTF-8 (without it, Excel reads
/// umlauts as Windows-1252).
pub const CSV_BOM: &str = "\u{feff}";

/// The header row as [`csv`] writes it (without the byte-order mark).
pub fn csv_header(lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(csv_separator(lang))
        .from_writer(Vec::new());
    w.write_record(headings(lang))?;
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// CSV with a header row, as the language's spreadsheet opens it in columns: a byte-order mark,
/// then fields separated by [`csv_separator`]; every field quoted as needed by the `csv`
/// writer, and none that a spreadsheet would run as a formula ([`csv_cell`]).
pub fn csv(s: &Scenario, lang: Lang) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(csv_separator(lang))
        .from_writer(CSV_BOM.as_bytes().to_vec());
    w.write_record(headings(lang))?;
    for r in rows(s, lang) {
        let cells = fields(&r);
        w.write_record(cells.iter().map(|c| csv_cell(c).into_owned()))?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// The script as a document: one chapter holding the table.
fn document(s: &Scenario, lang: Lang) -> Document {
    Document {
        lang,
        title: format!("Drehbuch: {}", s.meta().title),
        notice: Vec::new(),
        subtitle: vec![s.meta().description.clone()],
        sections: vec![Section {
            id: "einlagen",
            title: match lang {
                Lang::DE => "Einlagen".into(),
                _ => "Injects (Einlagen)".into(),
            },
            blocks: vec![Block::Table {
                head: headings(lang).iter().map(|h| h.to_string()).collect(),
                rows: rows(s, lang).iter().map(|r| fields(r).to_vec()).collect(),
                numeric: vec![0],
            }],
            page_break: false,
        }],
        landscape: true,
    }
}

/// A Markdown table under an ÜBUNG heading.
pub fn markdown(s: &Scenario, lang: Lang) -> String {
    doc::markdown(&document(s, lang))
}

/// One self-contained page (no scripts, no remote fonts) that prints with ÜBUNG on every page.
pub fn html(s: &Scenario, lang: Lang) -> String {
    doc::html(&document(s, lang))
}
