//! Einsatztagebuch: the numbered logbook in order, the selected entry in full below.
//! Corrections are new entries; both the correcting and the corrected entry say so.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, stack};
use crate::app::{Role, Screen};
use crate::exercise::{Entry, EntryKind};
use crate::i18n::Lang;
use crate::scenario::Scenario;
use crate::tui::text;
use crate::tui::ui::Ui;

/// "(berichtigt Nr. 3)" for a correction, "(berichtigt durch Nr. 7)" for a corrected entry.
fn correction_note(entry: &Entry, all: &[Entry], lang: Lang) -> Option<String> {
    if let Some(n) = entry.corrects {
        return Some(text::corrects(n, lang));
    }
    let by: Vec<String> = all
        .iter()
        .filter(|e| e.corrects == Some(entry.number))
        .map(|e| e.number.to_string())
        .collect();
    (!by.is_empty()).then(|| text::corrected_by(&by.join(", "), lang))
}

/// A function by its name as the scenario gives it (`names`), control as exercise control;
/// the id only if neither knows it.
pub(super) fn function_label(function: &str, names: Option<&Scenario>, lang: Lang) -> String {
    if function == "control" {
        return text::role(Role::Control, lang).to_string();
    }
    names
        .and_then(|s| s.roles().iter().find(|r| r.id == function))
        .map_or_else(|| function.to_string(), |r| r.name.clone())
}

fn kind_style(kind: EntryKind) -> Style {
    match kind {
        EntryKind::Decision => colour::key(),
        EntryKind::Inject => colour::warn(),
        EntryKind::Control => colour::truth(),
        EntryKind::Report | EntryKind::Note | EntryKind::Observation => Style::new(),
    }
}

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let keys = if cx.ui.read_only || cx.app.film_ticks().is_some() {
        text::view_keys(cx.lang)
    } else {
        text::logbook_keys(cx.lang, cx.role)
    };
    let file = cx.app.file();
    // What this role may read, newest first, as the keys select (`input::logbook`).
    let shown = crate::tui::input::logbook(file, cx.role);
    let log = Log {
        all: &file.logbook,
        shown: &shown,
        names: Some(cx.app.scenario()),
    };
    draw_log(buf, area, &log, cx.ui, cx.lang, keys);
}

/// A logbook to draw: every entry (for the correction notes), the rows shown (newest first)
/// and the scenario that names the functions, if it can be read.
pub(super) struct Log<'a> {
    pub all: &'a [Entry],
    pub shown: &'a [&'a Entry],
    pub names: Option<&'a Scenario>,
}

/// The logbook `log` with the selection of `ui` and the key line `keys` (also for the read-only
/// view of another engine's file, which has no simulation behind it).
/// Entry `number` in full, over the screen: a Lageeinweisung is longer than the detail pane.
pub(super) fn entry_overlay(buf: &mut Buffer, area: Rect, cx: &Ctx, number: u32) {
    let all = &cx.app.file().logbook;
    let Some(e) = all.iter().find(|e| e.number == number) else {
        return;
    };
    let t = cx.t;
    let lang = cx.lang;
    let head = format!(
        "{} {} · {} · {} · {}",
        t.col_number,
        e.number,
        text::wall_time(&e.exercise_time, lang),
        function_label(&e.function, Some(cx.app.scenario()), lang),
        text::entry_label(e, lang)
    );
    let mut lines = vec![Line::styled(head, colour::dim()), Line::raw("")];
    if let Some(note) = correction_note(e, all, lang) {
        lines.push(Line::styled(note, colour::warn()));
    }
    if let Some(id) = &e.inject {
        let names = Some(cx.app.scenario());
        lines.push(Line::styled(
            text::linked_inject(id, names, lang),
            colour::dim(),
        ));
    }
    // Paragraphs as written; each wraps in the box.
    lines.extend(e.text.lines().map(|l| Line::raw(l.to_string())));
    kit::overlay_lines(buf, area, t.entry_title, lines, t.entry_keys);
}

pub(super) fn draw_log(buf: &mut Buffer, area: Rect, log: &Log, ui: &Ui, lang: Lang, keys: &str) {
    let t = text::texts(lang);
    let extra = log
        .shown
        .first()
        .map(|e| format!("{} {}", t.col_number, e.number));
    let inner = kit::panel(
        buf,
        area,
        kit::title(text::screen_title(Screen::Einsatztagebuch, lang), extra),
    );
    if inner.height < 4 {
        return;
    }
    let body = inner.height - 1;
    let detail_h = if body >= 12 { 4 } else { 3 };
    let parts = stack(inner, &[body - detail_h, detail_h, 1]);
    kit::put(buf, parts[2], 0, &Line::styled(keys, colour::dim()));
    if log.shown.is_empty() {
        kit::put(
            buf,
            parts[0],
            0,
            &Line::styled(t.empty_logbook, colour::dim()),
        );
        return;
    }
    let mut grid = Grid::new(vec![
        Col::new(t.col_number, 4, 0).right(),
        Col::new(t.exercise_time, 12, 0),
        Col::new(t.real_time, 5, 3),
        Col::new(t.col_function, 14, 1),
        Col::new(t.col_kind, 12, 2),
        Col::flex(t.col_text),
    ]);
    grid.flex_min = 30;
    for e in log.shown {
        let mut text_cell = match correction_note(e, log.all, lang) {
            Some(note) => format!("{note} {}", e.text),
            None => e.text.clone(),
        };
        if let Some(id) = &e.inject {
            text_cell = format!(
                "{} ({})",
                text_cell,
                text::linked_inject(id, log.names, lang)
            );
        }
        grid.push(
            vec![
                plain(e.number.to_string()),
                plain(text::short_time(&e.exercise_time, lang)),
                cell(text::clock_part(&e.real_time), colour::dim()),
                plain(function_label(&e.function, log.names, lang)),
                cell(text::entry_label(e, lang), kind_style(e.kind)),
                plain(text_cell),
            ],
            Style::new(),
        );
    }
    let selected = ui.selected.min(log.shown.len() - 1);
    grid.render(buf, parts[0], Some(selected), ui.scroll, t.more);
    let e = log.shown[selected];
    let d = kit::panel(
        buf,
        parts[1],
        kit::title(
            format!("{} {}", t.col_number, e.number),
            Some(format!(
                "{} · {} {} · {}",
                text::wall_time(&e.exercise_time, lang),
                t.real_time,
                e.real_time,
                function_label(&e.function, log.names, lang)
            )),
        ),
    );
    let mut spans = Vec::new();
    if let Some(note) = correction_note(e, log.all, lang) {
        spans.push(Span::styled(format!("{note} "), colour::warn()));
    }
    spans.push(Span::raw(e.text.clone()));
    if let Some(id) = &e.inject {
        spans.push(Span::styled(
            format!(" ({})", text::linked_inject(id, log.names, lang)),
            colour::dim(),
        ));
    }
    kit::prose(buf, d, vec![Line::from(spans)]);
}
