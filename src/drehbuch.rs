//! The Drehbuch (MSEL): every inject of a scenario as exercise control prints it, in CSV for a
//! spreadsheet, Markdown, or one self-contained HTML page marked ÜBUNG on every printed page.

use crate::i18n::words as text;
use crate::i18n::{Lang, t};
use crate::report::doc::{self, Block, Document, Section};
use crate::scenario::Scenario;
use crate::scenario::model::{Condition, Trigger};
use crate::tf;

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
    [
        "words-drehbuch-number",
        "words-drehbuch-id",
        "words-drehbuch-time",
        "words-drehbuch-sender",
        "words-drehbuch-receiver",
        "words-drehbuch-channel",
        "words-drehbuch-priority",
        "words-drehbuch-title",
        "words-drehbuch-content",
        "words-drehbuch-expected-reaction",
        "words-drehbuch-control-note",
    ]
    .map(|id| t(lang, id))
}

/// A delay or a span in whole hours if it is whole hours, else in minutes.
fn hours_or_minutes(m: i64, lang: Lang) -> String {
    if m % 60 == 0 {
        tf!(lang, "words-duration-hours", hours = m / 60)
    } else {
        tf!(lang, "words-duration-minutes", minutes = m)
    }
}

fn trigger(s: &Scenario, trigger: Trigger, lang: Lang) -> String {
    // Dates as the language writes them (15.10.2021 03:00 in German).
    let time = |m| {
        s.wall_clock(m)
            .map(|t| text::wall_time(&t.to_string(), lang))
            .unwrap_or_default()
    };
    let action = |a: crate::scenario::model::ActionIdx| s.actions()[a.index()].name.as_str();
    match trigger {
        Trigger::At(at) => time(at),
        Trigger::AfterInject { inject, delay } => tf!(
            lang,
            "words-trigger-after-inject",
            delay = hours_or_minutes(delay, lang),
            number = (inject.index() + 1).to_string()
        ),
        Trigger::ActionTaken { action: a, delay } => tf!(
            lang,
            "words-trigger-action-taken",
            delay = hours_or_minutes(delay, lang),
            action = action(a)
        ),
        Trigger::ActionNotTaken { action: a, by } => tf!(
            lang,
            "words-trigger-action-not-taken",
            time = time(by),
            action = action(a)
        ),
        Trigger::When(c) => tf!(lang, "words-trigger-when", state = condition(s, c, lang)),
    }
}

/// A state of the world in words, for "wenn …" and "nur wenn …".
pub fn condition(s: &Scenario, c: Condition, lang: Lang) -> String {
    let service = |i: crate::scenario::model::ServiceIdx| s.services()[i.index()].name.as_str();
    let link = |l: crate::scenario::model::LinkIdx| s.links()[l.index()].name.as_str();
    match c {
        Condition::ServiceDown {
            service: i,
            for_at_least,
        } => tf!(
            lang,
            "words-condition-service-down",
            service = service(i),
            duration = hours_or_minutes(for_at_least, lang)
        ),
        Condition::HostsEncrypted(n) => tf!(lang, "words-condition-hosts-encrypted", n = n),
        Condition::DeadlineMissed(d) => tf!(
            lang,
            "words-condition-deadline-missed",
            deadline = s.deadlines()[d.index()].name.as_str()
        ),
        Condition::LinkCut(l) => tf!(lang, "words-condition-link-cut", link = link(l)),
        Condition::ServiceUp(i) => tf!(lang, "words-condition-service-up", service = service(i)),
        Condition::LinkOpen(l) => tf!(lang, "words-condition-link-open", link = link(l)),
    }
}

/// An inject's conditions in words: when it is withheld, and whom it addresses if not the
/// staff; empty if it has none.
pub fn conditions(s: &Scenario, inject: &crate::scenario::model::Inject, lang: Lang) -> String {
    let mut parts = Vec::new();
    if inject.for_control {
        parts.push(t(lang, "words-conditions-to-control").to_string());
    }
    for c in &inject.only_if {
        let state = condition(s, *c, lang);
        parts.push(tf!(lang, "words-conditions-only-if", state = state));
    }
    for d in &inject.unless {
        let action = s.actions()[d.action.index()].name.as_str();
        parts.push(match d.target {
            Some(target) => tf!(
                lang,
                "words-conditions-unless-target",
                action = action,
                target = s.target_name(target)
            ),
            None => tf!(lang, "words-conditions-unless", action = action),
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
/// Excel expects `;` (the comma is its decimal mark), English Excel `,`: the catalogue's
/// decimal mark decides.
pub fn csv_separator(lang: Lang) -> u8 {
    if crate::i18n::decimal(0.5, 1, lang).contains(',') {
        b';'
    } else {
        b','
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
        title: tf!(
            lang,
            "words-drehbuch-heading",
            title = s.meta().title.as_str()
        ),
        notice: Vec::new(),
        subtitle: vec![s.meta().description.clone()],
        sections: vec![Section {
            id: "einlagen",
            title: t(lang, "words-drehbuch-injects").into(),
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
