//! Einlagen: the inbox of delivered injects, unread first, and the selected one's content.
//! Control additionally sees the expected reaction, the control note and the false-alarm flag
//! (its snapshot carries them; the staff's never does).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, rows, stack};
use crate::app::Role;
use crate::exercise::ExerciseFile;
use crate::exercise::Reaction;
use crate::scenario::model::Priority;
use crate::sim::snapshot::InjectView;
use crate::tui::{input, text};

/// Whether the staff has read an inject.
fn acknowledged(file: &ExerciseFile, id: &str) -> bool {
    file.injects.iter().any(|r| r.id == id && r.acknowledged)
}

pub(super) fn reaction_of(cx: &Ctx, id: &str) -> Reaction {
    cx.app
        .file()
        .injects
        .iter()
        .find(|r| r.id == id)
        .map_or(Reaction::Pending, |r| r.reaction)
}

pub(super) fn role_name<'a>(cx: &'a Ctx, id: &'a str) -> &'a str {
    cx.app
        .scenario()
        .roles()
        .iter()
        .find(|r| r.id == id)
        .map_or(id, |r| r.name.as_str())
}

pub(super) fn priority_style(p: Priority) -> Style {
    match p {
        Priority::Flash => colour::bad(),
        Priority::High => colour::warn(),
        Priority::Normal | Priority::Low => Style::new(),
    }
}

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let file = cx.app.file();
    // The same list, in the same order, that the keys select in.
    let order = input::inbox(cx.snap, cx.app.file(), cx.ui.filter.as_deref());
    let unread = order.iter().filter(|i| !acknowledged(file, &i.id)).count();
    let filter = match cx.ui.filter.as_deref() {
        Some(f) => format!("{}: {}", t.filter, role_name(cx, f)),
        None => format!("{}: {}", t.filter, t.all_functions),
    };
    let extra = format!("{unread} {} / {} · {filter}", t.unread, order.len());
    let inner = kit::panel(
        buf,
        area,
        kit::title(
            text::screen_title(crate::app::Screen::Einlagen, cx.lang),
            Some(extra),
        ),
    );
    if inner.height < 3 {
        return;
    }
    let body_h = inner.height - 1;
    let list_want = 1 + rows(order.len().max(1));
    let list_h = list_want.min((body_h * 45 / 100).max(5)).min(body_h);
    let parts = stack(inner, &[list_h, body_h - list_h, 1]);
    let keys = if cx.ui.read_only {
        text::view_keys(cx.lang)
    } else {
        text::inbox_keys(cx.lang, cx.role)
    };
    kit::put(buf, parts[2], 0, &Line::styled(keys, colour::dim()));
    if order.is_empty() {
        kit::put(buf, parts[0], 0, &Line::styled(t.no_injects, colour::dim()));
        return;
    }
    let selected = cx.ui.selected.min(order.len() - 1);
    // How the staff reacted is control's rating against the script's expected reaction.
    let control = cx.role == Role::Control;
    let mut cols = vec![
        Col::new(" ", 1, 0),
        Col::new(t.col_time, 12, 0),
        Col::new(t.col_priority, 7, 1),
        Col::new(t.col_channel, 11, 3),
        Col::new(t.col_receiver, 12, 2),
        Col::flex(t.col_title),
    ];
    if control {
        cols.push(Col::new(t.col_reaction, 10, 0));
    }
    let mut grid = Grid::new(cols);
    grid.flex_min = 24;
    for inj in &order {
        let read = acknowledged(file, &inj.id);
        let reaction = reaction_of(cx, &inj.id);
        let reaction_style = match reaction {
            Reaction::Pending => colour::warn(),
            Reaction::Done => colour::ok(),
            Reaction::Deviating => colour::bad(),
        };
        let mut cells = vec![
            cell(if read { " " } else { "●" }, colour::key()),
            plain(
                inj.released_at
                    .as_deref()
                    .map(|r| text::short_time(r, cx.lang))
                    .unwrap_or_default(),
            ),
            cell(
                text::priority(inj.priority, cx.lang),
                priority_style(inj.priority),
            ),
            plain(text::channel(inj.channel, cx.lang)),
            plain(role_name(cx, &inj.receiver).to_string()),
            plain(inj.title.clone()),
        ];
        if control {
            cells.push(cell(text::reaction(reaction, cx.lang), reaction_style));
        }
        grid.push(cells, if read { Style::new() } else { colour::unread() });
    }
    grid.render(buf, parts[0], Some(selected), cx.ui.scroll, t.more);
    detail(buf, parts[1], cx, order[selected]);
}

/// The selected inject's content (and, for control, the script's notes).
fn detail(buf: &mut Buffer, area: Rect, cx: &Ctx, inj: &InjectView) {
    let t = cx.t;
    // Who wrote an inject, the script or control, is control's to know.
    // Ids are the script's words: control's, not the staff's.
    let extra = match (inj.ad_hoc, cx.role == Role::Control) {
        (true, true) => Some(format!("{} · {}", inj.id, t.ad_hoc)),
        (false, true) => Some(inj.id.clone()),
        (_, false) => None,
    };
    let inner = kit::panel(buf, area, kit::title(inj.title.clone(), extra));
    if inner.height == 0 {
        return;
    }
    let sep = || Span::styled(" · ", colour::dim());
    let label = |s: &str| Span::styled(format!("{s}: "), colour::dim());
    let received = inj
        .released_at
        .as_deref()
        .map(|r| text::wall_time(r, cx.lang))
        .unwrap_or_default();
    let receiver = role_name(cx, &inj.receiver).to_string();
    let mut received_line = vec![
        Span::raw(text::channel_by(inj.channel, inj.planned_channel, cx.lang)),
        sep(),
        Span::styled(
            text::priority(inj.priority, cx.lang),
            priority_style(inj.priority),
        ),
        sep(),
        label(t.received),
        Span::raw(received),
    ];
    if cx.role == Role::Control {
        received_line.extend([
            sep(),
            label(t.col_reaction),
            Span::raw(text::reaction(reaction_of(cx, &inj.id), cx.lang)),
        ]);
    }
    let mut lines = vec![
        Line::from(vec![
            label(t.from),
            Span::raw(inj.sender.clone()),
            sep(),
            label(t.to),
            Span::raw(receiver),
        ]),
        Line::from(received_line),
    ];
    // Observers rate against the expected reaction, as evaluators do (not control's notes,
    // not the truth).
    if cx.role == Role::Observer && !inj.ad_hoc {
        let expected = cx
            .app
            .scenario()
            .injects()
            .iter()
            .find(|i| i.id == inj.id)
            .map(|i| i.expected_reaction.as_str())
            .filter(|e| !e.is_empty());
        if let Some(e) = expected {
            lines.push(Line::from(vec![
                Span::styled(format!("{}: ", t.expected_reaction), colour::truth()),
                Span::raw(e.to_string()),
            ]));
        }
    }
    // Control reads the script's notes first; they are what it steers by.
    if cx.role == Role::Control {
        if inj.false_alarm == Some(true) {
            lines.push(Line::styled(t.false_alarm_flag, colour::truth()));
        }
        for (name, value) in [
            (t.expected_reaction, &inj.expected_reaction),
            (t.control_note, &inj.control_note),
        ] {
            if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
                lines.push(Line::from(vec![
                    Span::styled(format!("{name}: "), colour::truth()),
                    Span::raw(v.to_string()),
                ]));
            }
        }
    }
    lines.push(Line::raw(""));
    for para in inj.content.lines() {
        lines.push(Line::raw(para.to_string()));
    }
    kit::prose(buf, inner, lines);
}
