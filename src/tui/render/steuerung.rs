//! Steuerung (control only): the truth, the exercise status and speed, the control keys, and
//! the script with every inject's trigger and state (due ones marked, the next one pointed at).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, columns, rows, stack};
use crate::app::Screen;
use crate::exercise::Status as ExerciseStatus;
use crate::i18n::number;
use crate::scenario::model::{Minutes, Trigger};
use crate::sim::injects::InjectStatus;
use crate::sim::snapshot::InjectView;
use crate::time::WallClock;
use crate::tui::{input, text};

/// Minutes since the scenario's start of a displayed exercise time.
fn minutes_of(cx: &Ctx, time: &str) -> Option<Minutes> {
    let start = cx.app.scenario().meta().start;
    WallClock::parse(time).map(|t| t.minutes_since(start))
}

fn now(cx: &Ctx) -> Minutes {
    i64::try_from(cx.snap.tick)
        .unwrap_or(i64::MAX)
        .saturating_mul(cx.app.scenario().meta().tick)
}

/// When a pending scripted inject falls due, if its trigger is a time (or follows a released
/// inject); `None` for conditions and actions.
fn due(cx: &Ctx, inj: &InjectView) -> Option<Minutes> {
    if inj.ad_hoc || inj.status != InjectStatus::Pending {
        return None;
    }
    let s = cx.app.scenario();
    let spec = s.injects().iter().find(|i| i.id == inj.id)?;
    match spec.trigger {
        Trigger::At(at) => Some(at),
        Trigger::AfterInject { inject, delay } => {
            let id = &s.injects().get(inject.index())?.id;
            let other = cx.snap.injects.iter().find(|i| &i.id == id)?;
            Some(minutes_of(cx, other.released_at.as_deref()?)? + delay)
        }
        _ => None,
    }
}

fn at_text(cx: &Ctx, at: Minutes) -> String {
    cx.app
        .scenario()
        .wall_clock(at)
        .map(|w| text::short_time(&w.to_string(), cx.lang))
        .unwrap_or_default()
}

fn trigger_text(cx: &Ctx, inj: &InjectView) -> String {
    let t = cx.t;
    if inj.ad_hoc {
        return t.ad_hoc.to_string();
    }
    if let Some(r) = &inj.released_at {
        return text::short_time(r, cx.lang);
    }
    let s = cx.app.scenario();
    let Some(spec) = s.injects().iter().find(|i| i.id == inj.id) else {
        return String::new();
    };
    let action = |i: crate::scenario::model::ActionIdx| {
        s.actions()
            .get(i.index())
            .map_or(String::new(), |a| a.id.clone())
    };
    match spec.trigger {
        Trigger::At(at) => at_text(cx, at),
        Trigger::AfterInject { inject, delay } => match due(cx, inj) {
            Some(d) => at_text(cx, d),
            None => format!(
                "{} {} +{}",
                t.trigger_after,
                s.injects()
                    .get(inject.index())
                    .map_or("", |i| i.id.as_str()),
                text::duration(delay, cx.lang)
            ),
        },
        Trigger::When(_) => t.trigger_condition.to_string(),
        Trigger::ActionTaken { action: a, delay } => format!(
            "{} {} +{}",
            t.trigger_taken,
            action(a),
            text::duration(delay, cx.lang)
        ),
        Trigger::ActionNotTaken { action: a, by } => {
            format!("{} {} {}", t.trigger_not_taken, at_text(cx, by), action(a))
        }
    }
}

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let inner = kit::panel(
        buf,
        area,
        kit::title(text::screen_title(Screen::Steuerung, cx.lang), None),
    );
    if inner.height < 6 {
        return;
    }
    let lines = truth_lines(cx);
    let top_h = (rows(lines.0.len()) + 1).min(inner.height / 2);
    let parts = stack(inner, &[top_h, inner.height - top_h]);
    let (left, right) = columns(parts[0], parts[0].width * 52 / 100);
    let panel = kit::panel(buf, left, kit::title(cx.t.truth, None));
    for (row, line) in lines.0.iter().enumerate() {
        kit::put(buf, panel, rows(row), line);
    }
    let next = lines.1;
    keys_panel(buf, right, cx);
    script(buf, parts[1], cx, next);
}

/// The truth panel's lines, and the index (into the snapshot's injects) of the next inject.
fn truth_lines<'a>(cx: &Ctx) -> (Vec<Line<'a>>, Option<usize>) {
    let t = cx.t;
    let lang = cx.lang;
    let (mut comp, mut enc, mut kcomp, mut kenc) = (0u64, 0u64, 0u64, 0u64);
    for n in &cx.snap.networks {
        if let Some(tr) = n.truth {
            comp += u64::from(tr.compromised);
            enc += u64::from(tr.encrypted);
        }
        kcomp += u64::from(n.known.compromised);
        kenc += u64::from(n.known.encrypted);
    }
    let status = cx.app.file().status;
    let status_style = match status {
        ExerciseStatus::Running => colour::ok(),
        ExerciseStatus::Interrupted => colour::bad(),
        _ => colour::warn(),
    };
    let speed = input::speed_text(cx.ui.speed, lang);
    let label = |s: &str| Span::styled(format!("{s}: "), colour::dim());
    let stage = cx
        .snap
        .attacker_stage
        .as_deref()
        .map_or(t.stage_none.to_string(), |s| text::stage(s, lang));
    let next = cx
        .snap
        .injects
        .iter()
        .enumerate()
        .filter_map(|(i, inj)| due(cx, inj).map(|d| (d, i)))
        .min();
    let next_line = match next {
        Some((d, i)) => Line::from(vec![
            label(t.next_inject),
            Span::raw(cx.snap.injects[i].id.clone()),
            Span::styled(format!(" – {}", at_text(cx, d.max(now(cx)))), colour::dim()),
        ]),
        None => Line::from(vec![label(t.next_inject), Span::raw(t.no_next_inject)]),
    };
    let false_alarms: Vec<&str> = cx
        .snap
        .networks
        .iter()
        .filter(|n| n.suspected && n.false_alarm == Some(true))
        .map(|n| n.id.as_str())
        .collect();
    let mut lines = vec![
        Line::from(vec![
            label(t.status),
            Span::styled(text::exercise_status(status, lang), status_style),
        ]),
        Line::from(vec![label(t.speed), Span::raw(speed)]),
        Line::from(vec![
            label(t.attacker_stage),
            Span::styled(stage, colour::truth().add_modifier(Modifier::BOLD)),
        ]),
        Line::from(vec![
            label(t.hosts_compromised),
            Span::styled(number(comp, lang), colour::truth()),
            Span::styled(
                format!(" ({} {})", t.known_short, number(kcomp, lang)),
                colour::dim(),
            ),
        ]),
        Line::from(vec![
            label(t.hosts_encrypted),
            Span::styled(number(enc, lang), colour::truth()),
            Span::styled(
                format!(" ({} {})", t.known_short, number(kenc, lang)),
                colour::dim(),
            ),
        ]),
        next_line,
    ];
    let upcoming = cx
        .app
        .scenario()
        .phases()
        .iter()
        .find(|p| p.start > now(cx));
    if let Some(phase) = upcoming {
        lines.push(Line::from(vec![
            label(t.next_phase),
            Span::raw(phase.name.clone()),
            Span::styled(format!(" – {}", at_text(cx, phase.start)), colour::dim()),
        ]));
    }
    if !false_alarms.is_empty() {
        lines.push(Line::from(vec![
            label(t.false_alarms),
            Span::styled(false_alarms.join(", "), colour::truth()),
        ]));
    }
    (lines, next.map(|(_, i)| i))
}

fn keys_panel(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let inner = kit::panel(buf, area, kit::title(t.control_keys, None));
    let keys = text::control_keys(cx.lang);
    let w = usize::from(inner.width);
    let mut lines: Vec<Line> = Vec::new();
    let mut spans: Vec<Span> = Vec::new();
    let mut used = 0;
    for (key, what) in keys {
        let need = kit::width(key) + 1 + kit::width(what) + 2;
        if used > 0 && used + need > w {
            lines.push(Line::from(std::mem::take(&mut spans)));
            used = 0;
        }
        spans.push(Span::styled(key, colour::key()));
        spans.push(Span::raw(format!(" {what}  ")));
        used += need;
    }
    if !spans.is_empty() {
        lines.push(Line::from(spans));
    }
    for (row, line) in lines.iter().enumerate() {
        kit::put(buf, inner, rows(row), line);
    }
}

/// An inject of the script in full, as control reads it before (or after) it comes: who to
/// whom, how, when and on what conditions, its state, its text, what the staff is expected to
/// do and the note for control.
pub(super) fn preview(buf: &mut Buffer, area: Rect, cx: &Ctx, id: &str) {
    let t = cx.t;
    let lang = cx.lang;
    let s = cx.app.scenario();
    let Some(inj) = cx.snap.injects.iter().find(|i| i.id == id) else {
        return;
    };
    let spec = s.injects().iter().position(|i| i.id == id);
    let label = |name: &str| Span::styled(format!("{name}: "), colour::dim());
    let mut lines = vec![
        Line::styled(inj.title.clone(), colour::title()),
        Line::from(vec![
            label(t.from),
            Span::raw(inj.sender.clone()),
            Span::styled(" · ", colour::dim()),
            label(t.to),
            Span::raw(
                s.roles()
                    .iter()
                    .find(|r| r.id == inj.receiver)
                    .map_or(inj.receiver.clone(), |r| r.name.clone()),
            ),
        ]),
        Line::from(vec![
            Span::raw(text::channel_by(inj.channel, inj.planned_channel, lang)),
            Span::styled(" · ", colour::dim()),
            Span::styled(
                text::priority(inj.priority, lang),
                super::einlagen::priority_style(inj.priority),
            ),
            Span::styled(" · ", colour::dim()),
            label(t.col_trigger),
            Span::raw(trigger_text(cx, inj)),
        ]),
    ];
    let mut status = text::inject_status(inj.status, lang).to_string();
    if let (Some(why), Some(i)) = (inj.withheld, spec) {
        let reason = text::withheld(s, crate::scenario::model::InjectIdx(i as u32), why, lang);
        status = format!("{status}: {reason}");
    }
    lines.push(Line::from(vec![label(t.col_status), Span::raw(status)]));
    if let Some(spec) = spec.and_then(|i| s.injects().get(i)) {
        let conditions = crate::drehbuch::conditions(s, spec, lang);
        if !conditions.is_empty() {
            lines.push(Line::from(vec![label(t.conditions), Span::raw(conditions)]));
        }
    }
    lines.push(Line::raw(""));
    lines.extend(inj.content.lines().map(|l| Line::raw(l.to_string())));
    for (name, value) in [
        (t.expected_reaction, &inj.expected_reaction),
        (t.control_note, &inj.control_note),
    ] {
        if let Some(v) = value.as_deref().filter(|v| !v.is_empty()) {
            lines.push(Line::raw(""));
            lines.push(Line::from(vec![
                Span::styled(format!("{name}: "), colour::truth()),
                Span::raw(v.to_string()),
            ]));
        }
    }
    kit::overlay_lines(buf, area, t.preview_title, lines, t.entry_keys);
}

fn script(buf: &mut Buffer, area: Rect, cx: &Ctx, next: Option<usize>) {
    let t = cx.t;
    // The same list, in the same order, that the keys select in (`l`, `h`, `u`).
    let order = input::script(cx.snap, cx.app.scenario());
    let released = cx
        .snap
        .injects
        .iter()
        .filter(|i| i.status == InjectStatus::Released)
        .count();
    let extra = format!(
        "{released}/{} {}",
        order.len(),
        text::inject_status(InjectStatus::Released, cx.lang)
    );
    let inner = kit::panel(buf, area, kit::title(t.script, Some(extra)));
    if order.is_empty() {
        return;
    }
    let now = now(cx);
    // ▸ is the selection, the one row `l`, `h` and `u` act on; nothing else draws it.
    let selected = cx.ui.selected.min(order.len() - 1);
    let mut grid = Grid::new(vec![
        Col::new(" ", 1, 0),
        Col::new(t.col_id, 22, 1),
        Col::new(t.col_trigger, 16, 0),
        Col::new(t.col_receiver, 12, 2),
        Col::new(t.col_status, 24, 0),
        Col::new(t.false_alarm, 9, 3),
        Col::flex(t.col_title),
    ]);
    grid.flex_min = 20;
    for (row, inj) in order.iter().enumerate() {
        let is_due = due(cx, inj).is_some_and(|d| d <= now);
        let is_next = next.is_some_and(|n| cx.snap.injects[n].id == inj.id);
        let (mark, mark_style) = if row == selected {
            ("▸", colour::key())
        } else if is_due {
            ("!", colour::warn())
        } else {
            (" ", Style::new())
        };
        let status_style = match inj.status {
            InjectStatus::Released => colour::ok(),
            InjectStatus::Held => colour::warn(),
            InjectStatus::Skipped | InjectStatus::Withheld => colour::dim(),
            InjectStatus::Forced => colour::key(),
            InjectStatus::Pending => Style::new(),
        };
        let status = if is_due {
            format!(
                "{} · {}",
                text::inject_status(inj.status, cx.lang),
                t.due_now
            )
        } else if is_next {
            format!(
                "{} · {}",
                text::inject_status(inj.status, cx.lang),
                text::next_mark(cx.lang)
            )
        } else {
            text::inject_status(inj.status, cx.lang).to_string()
        };
        let row_style = match inj.status {
            InjectStatus::Released | InjectStatus::Skipped | InjectStatus::Withheld => {
                colour::dim()
            }
            _ if is_due => Style::new().add_modifier(Modifier::BOLD),
            _ => Style::new(),
        };
        grid.push(
            vec![
                cell(mark, mark_style),
                plain(inj.id.clone()),
                plain(trigger_text(cx, inj)),
                plain(super::einlagen::role_name(cx, &inj.receiver).to_string()),
                cell(status, status_style),
                cell(
                    if inj.false_alarm == Some(true) {
                        t.false_alarm
                    } else {
                        ""
                    },
                    colour::truth(),
                ),
                plain(inj.title.clone()),
            ],
            row_style,
        );
    }
    grid.render(buf, inner, Some(selected), cx.ui.scroll, t.more);
}
