//! Warum: the chain of reasons of the selected row and when it is expected back, as a compact
//! line (Lagebild, Maßnahmen) and in full in an overlay (`c`).
//!
//! [`gather`] is the only place a frame asks the app for chains or the projection, and only on
//! the screens that show them: the chains of the world as it stands are computed once and kept by
//! the app, and the projection (a re-simulation of the whole run) is computed for the compact
//! line only while time stands still or if it is already at hand; the overlay always asks for it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::kit::{self, colour};
use super::{Ctx, lagebild};
use crate::app::{App, Role, Screen};
use crate::i18n::Lang;
use crate::sim::reasons::{Chain, Subject};
use crate::sim::services::Status;
use crate::sim::snapshot::Snapshot;
use crate::tui::input::board;
use crate::tui::text;
use crate::tui::ui::{Form, Ui};

/// What the line and the overlay show for the selected row.
pub(crate) struct Shown {
    /// The row: a service or an action.
    pub name: String,
    /// A service (else an action).
    pub service: bool,
    /// The row's chain: a service not up, a decision under way or waiting.
    pub chain: Option<Chain>,
    /// A service's projected return: `Some(day)`, `None` not within the scenario. The outer
    /// `None`: not at hand (time runs and it was not computed yet) or not for this row.
    pub back: Option<Option<i64>>,
    pub today: i64,
}

/// The selected row's chain and projection, if the screen shows them.
pub(crate) fn gather(app: &mut App, ui: &Ui, snap: &Snapshot) -> Option<Shown> {
    let screen = match app.screen() {
        // Anyone but control gets the Lagebild in place of Steuerung.
        Screen::Steuerung if app.role() != Role::Control => Screen::Lagebild,
        s => s,
    };
    match screen {
        Screen::Lagebild => {
            let list = board(snap);
            let s = list.get(ui.selected.min(list.len().saturating_sub(1)))?;
            let chain = app.reason(&Subject::Service(s.id.clone()));
            let index = app.scenario().services().iter().position(|x| x.id == s.id);
            let back = match (&chain, index) {
                (Some(c), Some(i)) if !c.undecided() => {
                    if ui.why || ui.speed == 0 {
                        app.projection().get(i).copied()
                    } else {
                        app.projection_cached().and_then(|p| p.get(i).copied())
                    }
                }
                _ => None,
            };
            Some(Shown {
                name: s.name.clone(),
                service: true,
                chain,
                back,
                today: snap.day,
            })
        }
        // The decision dialog covers the screen.
        Screen::Massnahmen if !matches!(ui.form, Some(Form::Decide { .. })) => {
            let actions = app.scenario().actions();
            let a = actions.get(ui.selected.min(actions.len().saturating_sub(1)))?;
            let (id, name) = (a.id.clone(), a.name.clone());
            let chain = app.reason(&Subject::Decision(id));
            Some(Shown {
                name,
                service: false,
                chain,
                back: None,
                today: snap.day,
            })
        }
        _ => None,
    }
}

/// How it ends: waiting for a decision nobody has taken, or the projected return.
fn ending(shown: &Shown, lang: Lang) -> Option<Span<'static>> {
    let chain = shown.chain.as_ref()?;
    if chain.undecided() {
        return Some(Span::styled(text::texts(lang).why_waits, colour::warn()));
    }
    let back = shown.back?;
    let style = if back.is_some() {
        colour::ok()
    } else {
        colour::bad()
    };
    Some(Span::styled(
        text::expected_back(back, shown.today, lang),
        style,
    ))
}

/// The row's chain in one line: "Warum (c): A ← B ← C · voraussichtlich wieder ab Tag 12".
pub(super) fn line(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let Some(shown) = cx.why else { return };
    if area.height == 0 {
        return;
    }
    let t = cx.t;
    let s = cx.app.scenario();
    let w = usize::from(area.width);
    let label = format!("{}: ", t.why);
    let mut spans = vec![Span::styled(label.clone(), colour::key())];
    let Some(chain) = &shown.chain else {
        let rest = if shown.service {
            format!(
                "{} {}",
                shown.name,
                text::service_status(Status::Up, cx.lang)
            )
        } else {
            format!("{}: {}", shown.name, t.why_no_decision)
        };
        spans.push(Span::styled(
            kit::fit(&rest, w.saturating_sub(kit::width(&label))),
            colour::dim(),
        ));
        kit::put(buf, area, 0, &Line::from(spans));
        return;
    };
    let end = ending(shown, cx.lang);
    let end_w = end.as_ref().map_or(0, |e| kit::width(&e.content) + 3);
    let room = w.saturating_sub(kit::width(&label) + end_w);
    spans.push(Span::styled(
        compact(s, chain, cx.lang, room),
        colour::warn(),
    ));
    if let Some(end) = end {
        spans.push(Span::styled(" · ", colour::dim()));
        spans.push(end);
    }
    kit::put(buf, area, 0, &Line::from(spans));
}

/// A chain in `room` columns. The selected row names the element, so the line starts at what
/// holds it; what does not fit is left out from the middle, so the cause (the last link) stays:
/// "A ← B ← C", else "A ← … ← C", else "… ← C".
fn compact(s: &crate::scenario::Scenario, chain: &Chain, lang: Lang, room: usize) -> String {
    let links = match chain.links.as_slice() {
        [_, rest @ ..] if !rest.is_empty() => rest,
        all => all,
    };
    let words: Vec<String> = links
        .iter()
        .map(|l| text::reason_link(s, l, lang))
        .collect();
    let whole = words.join(" ← ");
    if kit::width(&whole) <= room {
        return whole;
    }
    if let [first, .., last] = words.as_slice() {
        let ends = format!("{first} ← … ← {last}");
        if kit::width(&ends) <= room {
            return ends;
        }
    }
    let last = words.last().map_or("", String::as_str);
    let tail = if words.len() > 1 {
        format!("… ← {last}")
    } else {
        last.to_string()
    };
    kit::fit(&tail, room)
}

/// The whole chain, one link a line, and how it ends; Esc or `c` closes it.
pub(super) fn overlay(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let Some(shown) = cx.why else { return };
    let t = cx.t;
    let s = cx.app.scenario();
    let mut lines = vec![
        Line::styled(shown.name.clone(), colour::title()),
        Line::raw(""),
    ];
    match &shown.chain {
        Some(chain) => {
            for (i, link) in chain.links.iter().enumerate() {
                let arrow = if i == 0 { "  " } else { "← " };
                let style = match link {
                    crate::sim::reasons::Link::Service { status, .. } => {
                        lagebild::status_style(*status)
                    }
                    crate::sim::reasons::Link::NotDecided { .. } => colour::warn(),
                    _ => ratatui::style::Style::new(),
                };
                lines.push(Line::from(vec![
                    Span::styled(arrow, colour::dim()),
                    Span::styled(text::reason_link(s, link, cx.lang), style),
                ]));
            }
            if let Some(end) = ending(shown, cx.lang) {
                lines.push(Line::raw(""));
                lines.push(Line::from(end));
            }
        }
        None if shown.service => lines.push(Line::styled(
            format!(
                "{} {}",
                shown.name,
                text::service_status(Status::Up, cx.lang)
            ),
            colour::ok(),
        )),
        None => lines.push(Line::styled(t.why_no_decision, colour::dim())),
    }
    kit::overlay_lines(buf, area, t.why_title, lines, t.why_keys);
}
