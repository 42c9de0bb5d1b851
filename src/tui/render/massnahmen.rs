//! Maßnahmen: the scenario's actions and the running ones; with `Form::Decide` open, the
//! decision dialog in five steps (action, target, function, reason, confirm).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, lagebild, rows, stack};
use crate::app::Screen;
use crate::i18n::number;
use crate::scenario::Scenario;
use crate::scenario::model::{Action, Prerequisite, Target};
use crate::tui::text;
use crate::tui::ui::{DecideStep, Form};

/// A target's id and name.
pub(super) fn target_label(s: &Scenario, target: Target) -> (String, String) {
    let (id, name) = match target {
        Target::Network(i) => s.networks().get(i.index()).map(|n| (&n.id, &n.name)),
        Target::Link(i) => s.links().get(i.index()).map(|n| (&n.id, &n.name)),
        Target::System(i) => s.systems().get(i.index()).map(|n| (&n.id, &n.name)),
        Target::Service(i) => s.services().get(i.index()).map(|n| (&n.id, &n.name)),
        Target::Organisation(i) => s.organisations().get(i.index()).map(|n| (&n.id, &n.name)),
    }
    .map_or((String::new(), String::new()), |(a, b)| {
        (a.clone(), b.clone())
    });
    (id, name)
}

fn requires(s: &Scenario, a: &Action) -> String {
    let action = |i: crate::scenario::model::ActionIdx| {
        s.actions()
            .get(i.index())
            .map_or(String::new(), |a| a.id.clone())
    };
    a.requires
        .iter()
        .map(|r| match *r {
            Prerequisite::Done(i) => action(i),
            Prerequisite::NotDone(i) => format!("¬{}", action(i)),
            Prerequisite::LinkCut(l) => s
                .links()
                .get(l.index())
                .map_or(String::new(), |l| format!("✂{}", l.id)),
            Prerequisite::SystemClean(x) => s
                .systems()
                .get(x.index())
                .map_or(String::new(), |x| format!("✓{}", x.id)),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn role_id(s: &Scenario, a: &Action) -> String {
    s.roles()
        .get(a.function.index())
        .map_or(String::new(), |r| r.id.clone())
}

fn actions_grid(cx: &Ctx) -> Grid {
    let t = cx.t;
    let s = cx.app.scenario();
    let mut grid = Grid::new(vec![
        Col::flex(t.col_action),
        Col::new(t.col_function, 14, 2),
        Col::new(t.col_duration, 8, 0).right(),
        Col::new(t.col_staff, 3, 1).right(),
        Col::new(t.col_cost, 11, 1).right(),
    ]);
    grid.flex_min = 28;
    for a in s.actions() {
        grid.push(
            vec![
                plain(a.name.clone()),
                cell(role_id(s, a), colour::dim()),
                plain(text::duration(a.duration, cx.lang)),
                plain(a.staff.to_string()),
                plain(if a.cost_eur == 0 {
                    String::from("·")
                } else {
                    text::euros(a.cost_eur, cx.lang)
                }),
            ],
            Style::new(),
        );
    }
    grid
}

/// Description, target kind and prerequisites of an action.
fn action_detail(cx: &Ctx, a: &Action) -> Vec<Line<'static>> {
    let t = cx.t;
    let s = cx.app.scenario();
    let mut lines = Vec::new();
    if !a.description.is_empty() {
        lines.push(Line::raw(a.description.clone()));
    }
    let mut facts = Vec::new();
    if let Some(kind) = a.target {
        facts.push(Span::styled(format!("{}: ", t.target_kind), colour::dim()));
        facts.push(Span::raw(format!(
            "{} ({})",
            text::target_kind(kind, cx.lang),
            a.targets.len()
        )));
    }
    let req = requires(s, a);
    if !req.is_empty() {
        if !facts.is_empty() {
            facts.push(Span::styled(" · ", colour::dim()));
        }
        facts.push(Span::styled(format!("{}: ", t.requires), colour::dim()));
        facts.push(Span::raw(req));
    }
    if !facts.is_empty() {
        lines.push(Line::from(facts));
    }
    lines
}

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    if let Some(Form::Decide {
        step,
        action,
        target,
        function,
        reason,
    }) = &cx.ui.form
    {
        decide(buf, area, cx, *step, *action, *target, *function, reason);
        return;
    }
    let t = cx.t;
    let s = cx.app.scenario();
    let extra = format!(
        "{} {} / {}",
        t.staff_busy, cx.snap.staff_busy, cx.snap.staff_total
    );
    let inner = kit::panel(
        buf,
        area,
        kit::title(text::screen_title(Screen::Massnahmen, cx.lang), Some(extra)),
    );
    if inner.height < 4 || s.actions().is_empty() {
        return;
    }
    let body = inner.height - 1;
    let running_h = (1 + rows(cx.snap.actions.len().max(1)))
        .min(body / 4)
        .max(2);
    let detail_h = 3.min(body.saturating_sub(running_h + 3));
    let list_h = body.saturating_sub(running_h + detail_h);
    let parts = stack(inner, &[list_h, detail_h, running_h, 1]);
    let selected = cx.ui.selected.min(s.actions().len() - 1);
    actions_grid(cx).render(buf, parts[0], Some(selected), cx.ui.scroll, t.more);
    if let Some(a) = s.actions().get(selected) {
        let d = parts[1];
        kit::prose(
            buf,
            Rect {
                x: d.x + 1,
                width: d.width.saturating_sub(1),
                ..d
            },
            action_detail(cx, a),
        );
    }
    lagebild::running(buf, parts[2], cx);
    kit::put(
        buf,
        parts[3],
        0,
        &Line::styled(t.decide_hint, colour::key()),
    );
}

#[expect(clippy::too_many_arguments, reason = "the fields of Form::Decide")]
fn decide(
    buf: &mut Buffer,
    area: Rect,
    cx: &Ctx,
    step: DecideStep,
    action: usize,
    target: usize,
    function: usize,
    reason: &str,
) {
    let t = cx.t;
    let s = cx.app.scenario();
    let inner = kit::panel(buf, area, kit::title(t.decide_title, None));
    if inner.height < 8 {
        return;
    }
    // The step line.
    let steps = [
        (DecideStep::Action, t.step_action),
        (DecideStep::Target, t.step_target),
        (DecideStep::Function, t.step_function),
        (DecideStep::Reason, t.step_reason),
        (DecideStep::Confirm, t.step_confirm),
    ];
    let mut spans = Vec::new();
    for (i, (st, name)) in steps.iter().enumerate() {
        if i > 0 {
            spans.push(Span::styled(" › ", colour::dim()));
        }
        let style = if *st == step {
            colour::selected().add_modifier(Modifier::BOLD)
        } else {
            colour::dim()
        };
        spans.push(Span::styled(format!(" {} {name} ", i + 1), style));
    }
    kit::put(buf, inner, 0, &Line::from(spans));
    // What has been chosen so far.
    let a = s.actions().get(action);
    let chosen_target = a.and_then(|a| a.targets.get(target)).copied();
    let role = s.roles().get(function);
    let at = |st: DecideStep| steps.iter().position(|(x, _)| *x == st).unwrap_or(0);
    let now = at(step);
    let value = |idx: usize, v: String| {
        if idx < now {
            Span::styled(v, colour::title())
        } else if idx == now {
            Span::styled(v, colour::key())
        } else {
            Span::styled(v, colour::dim())
        }
    };
    let target_text = match (a, chosen_target) {
        (Some(a), _) if a.target.is_none() => t.none.to_string(),
        (_, Some(tg)) => {
            let (id, name) = target_label(s, tg);
            format!("{id} – {name}")
        }
        _ => t.none.to_string(),
    };
    let summary = [
        (t.step_action, a.map_or(String::new(), |a| a.name.clone())),
        (t.step_target, target_text),
        (
            t.step_function,
            role.map_or(String::new(), |r| format!("{} – {}", r.id, r.name)),
        ),
        (t.step_reason, reason.to_string()),
    ];
    let label_w = summary
        .iter()
        .map(|(l, _)| kit::width(l))
        .max()
        .unwrap_or(0);
    let value_w = usize::from(inner.width).saturating_sub(label_w + 3);
    for (i, (label, v)) in summary.into_iter().enumerate() {
        let line = Line::from(vec![
            Span::styled(format!(" {label:<label_w$}  "), colour::dim()),
            value(i, kit::fit(&v, value_w)),
        ]);
        kit::put(buf, inner, rows(i + 2), &line);
    }
    let body = Rect {
        y: inner.y + 7,
        height: inner.height - 8,
        ..inner
    };
    let keys = Rect {
        y: inner.y + inner.height - 1,
        height: 1,
        ..inner
    };
    let hint = if step == DecideStep::Confirm {
        t.confirm_keys
    } else {
        t.decide_keys
    };
    kit::put(buf, keys, 0, &Line::styled(hint, colour::dim()));
    match step {
        DecideStep::Action => {
            let list_h = body.height.saturating_sub(3).max(body.height.min(4));
            let parts = stack(body, &[list_h, body.height - list_h]);
            let sel = action.min(s.actions().len().saturating_sub(1));
            actions_grid(cx).render(buf, parts[0], Some(sel), 0, t.more);
            if let Some(a) = a {
                let d = parts[1];
                kit::prose(
                    buf,
                    Rect {
                        x: d.x + 1,
                        width: d.width.saturating_sub(1),
                        ..d
                    },
                    action_detail(cx, a),
                );
            }
        }
        DecideStep::Target => {
            let Some(a) = a else { return };
            if a.target.is_none() || a.targets.is_empty() {
                kit::put(buf, body, 0, &Line::styled(t.no_target, colour::dim()));
                return;
            }
            let mut grid = Grid::new(vec![Col::new(t.col_target, 26, 1), Col::flex("")]);
            grid.flex_min = 20;
            for tg in &a.targets {
                let (id, name) = target_label(s, *tg);
                grid.push(vec![plain(id), cell(name, colour::dim())], Style::new());
            }
            let sel = target.min(a.targets.len() - 1);
            grid.render(buf, body, Some(sel), 0, t.more);
        }
        DecideStep::Function => {
            let mut grid = Grid::new(vec![
                Col::new(t.col_function, 16, 1),
                Col::flex(""),
                Col::new("", 10, 2),
            ]);
            grid.flex_min = 20;
            let responsible = a.map(|a| a.function.index());
            for (i, r) in s.roles().iter().enumerate() {
                let mark = if Some(i) == responsible {
                    t.responsible
                } else {
                    ""
                };
                grid.push(
                    vec![
                        plain(r.id.clone()),
                        cell(r.name.clone(), colour::dim()),
                        cell(mark, colour::ok()),
                    ],
                    Style::new(),
                );
            }
            let sel = function.min(s.roles().len().saturating_sub(1));
            grid.render(buf, body, Some(sel), 0, t.more);
        }
        DecideStep::Reason => {
            let lines = vec![
                Line::styled(t.reason_prompt, colour::dim()),
                Line::raw(""),
                Line::from(vec![
                    Span::raw(reason.to_string()),
                    Span::styled("▏", colour::key()),
                ]),
            ];
            kit::prose(buf, body, lines);
        }
        DecideStep::Confirm => {
            let mut lines = vec![Line::styled(t.confirm_prompt, colour::title())];
            if let Some(a) = a {
                lines.push(Line::raw(""));
                lines.push(Line::from(vec![
                    Span::styled(format!("{}: ", t.col_duration), colour::dim()),
                    Span::raw(text::duration(a.duration, cx.lang)),
                    Span::styled(format!(" · {}: ", t.col_staff), colour::dim()),
                    Span::raw(number(u64::from(a.staff), cx.lang)),
                    Span::styled(format!(" · {}: ", t.col_cost), colour::dim()),
                    Span::raw(text::euros(a.cost_eur, cx.lang)),
                ]));
            }
            kit::prose(buf, body, lines);
        }
    }
}
