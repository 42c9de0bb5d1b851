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

pub(super) fn function_label(function: &str, lang: Lang) -> String {
    if function == "control" {
        text::role(Role::Control, lang).to_string()
    } else {
        function.to_string()
    }
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
    draw_log(
        buf,
        area,
        &cx.app.file().logbook,
        cx.ui,
        cx.lang,
        cx.t.logbook_keys,
    );
}

/// The logbook `log` with the selection of `ui` and the key line `keys` (also for the read-only
/// view of another engine's file, which has no simulation behind it).
pub(super) fn draw_log(
    buf: &mut Buffer,
    area: Rect,
    log: &[Entry],
    ui: &Ui,
    lang: Lang,
    keys: &str,
) {
    let t = text::texts(lang);
    let extra = log.last().map(|e| format!("{} {}", t.col_number, e.number));
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
    if log.is_empty() {
        kit::put(
            buf,
            parts[0],
            0,
            &Line::styled(t.empty_logbook, colour::dim()),
        );
        return;
    }
    // Newest first, as the keys select (`input::logbook_entry`).
    let order: Vec<usize> = (0..log.len()).rev().collect();
    let mut grid = Grid::new(vec![
        Col::new(t.col_number, 4, 0).right(),
        Col::new(t.exercise_time, 12, 0),
        Col::new(t.real_time, 5, 3),
        Col::new(t.col_function, 10, 1),
        Col::new(t.col_kind, 12, 2),
        Col::flex(t.col_text),
    ]);
    grid.flex_min = 30;
    for &i in &order {
        let e = &log[i];
        let text_cell = match correction_note(e, log, lang) {
            Some(note) => format!("{note} {}", e.text),
            None => e.text.clone(),
        };
        grid.push(
            vec![
                plain(e.number.to_string()),
                plain(text::short_time(&e.exercise_time, lang)),
                cell(text::clock_part(&e.real_time), colour::dim()),
                plain(function_label(&e.function, lang)),
                cell(text::entry_kind(e.kind, lang), kind_style(e.kind)),
                plain(text_cell),
            ],
            Style::new(),
        );
    }
    let selected = ui.selected.min(order.len() - 1);
    grid.render(buf, parts[0], Some(selected), ui.scroll, t.more);
    let e = &log[order[selected]];
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
                function_label(&e.function, lang)
            )),
        ),
    );
    let mut spans = Vec::new();
    if let Some(note) = correction_note(e, log, lang) {
        spans.push(Span::styled(format!("{note} "), colour::warn()));
    }
    spans.push(Span::raw(e.text.clone()));
    kit::prose(buf, d, vec![Line::from(spans)]);
}
