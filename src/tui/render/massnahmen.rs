//! Maßnahmen: the scenario's actions, why a decision of the selected one is still under way or
//! waiting (`c` opens it in full), the running ones and the recovery teams; with
//! `Form::Decide` open, the decision dialog in five steps (action, target or recovery order,
//! function, reason, confirm).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, lagebild, rows, stack, why};
use crate::app::Screen;
use crate::app::order_items;
use crate::i18n::number;
use crate::scenario::Scenario;
use crate::scenario::model::{Action, Prerequisite, Target, TargetKind};
use crate::sim::snapshot::TeamView;
use crate::tui::input::sets_order;
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
        Target::Group(i) => s.groups().get(i.index()).map(|n| (&n.id, &n.name)),
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

/// The name of a service or system in a recovery order (services first, as the engine looks
/// them up), or the id itself if the scenario has no such item.
fn item_name<'a>(s: &'a Scenario, id: &'a str) -> &'a str {
    let service = s.services().iter().find(|x| x.id == id).map(|x| &x.name);
    let system = || s.systems().iter().find(|x| x.id == id).map(|x| &x.name);
    service.or_else(system).map_or(id, String::as_str)
}

/// An order as the staff reads it: "1. Telefonie · 2. Sozialleistungen". A no-break space
/// keeps each number on the line of its name when the text wraps.
fn numbered<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    names
        .into_iter()
        .enumerate()
        .map(|(i, name)| format!("{}.\u{a0}{name}", i + 1))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The recovery order as decided, or the words for the scenario's default.
fn current_order(cx: &Ctx) -> String {
    let s = cx.app.scenario();
    if cx.snap.recovery_order.is_empty() {
        return cx.t.default_order.to_string();
    }
    numbered(cx.snap.recovery_order.iter().map(|id| item_name(s, id)))
}

/// The responsible function by its name.
fn role_id(s: &Scenario, a: &Action) -> String {
    s.roles()
        .get(a.function.index())
        .map_or(String::new(), |r| r.name.clone())
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
    // The order first: it changes during the exercise, the description does not.
    if sets_order(a) {
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", t.recovery_order), colour::dim()),
            Span::raw(current_order(cx)),
        ]));
    }
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
        order,
    }) = &cx.ui.form
    {
        let chosen = Chosen {
            action: *action,
            target: *target,
            function: *function,
            reason,
            order,
        };
        decide(buf, area, cx, *step, &chosen);
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
    let teams_h = team_rows(cx, inner.width, body);
    let detail_h = 3.min(body.saturating_sub(running_h + teams_h + 3));
    let why_h = u16::from(body > running_h + teams_h + detail_h + 3);
    let list_h = body.saturating_sub(running_h + teams_h + detail_h + why_h);
    let parts = stack(inner, &[list_h, detail_h, why_h, running_h, teams_h, 1]);
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
    why::line(
        buf,
        Rect {
            x: parts[2].x + 1,
            width: parts[2].width.saturating_sub(1),
            ..parts[2]
        },
        cx,
    );
    lagebild::running(buf, parts[3], cx);
    teams(buf, parts[4], cx);
    kit::put(
        buf,
        parts[5],
        0,
        &if cx.ui.read_only
            || cx.app.film_ticks().is_some()
            || cx.role == crate::app::Role::Observer
        {
            Line::styled(text::view_keys(cx.lang), colour::dim())
        } else {
            Line::styled(t.decide_hint, colour::key())
        },
    );
}

/// Narrowest cell of a team: room for a readable name and its figure.
const TEAM_CELL: usize = 34;

/// Columns of the teams strip in at most `height` rows: as few as fit (wider cells keep more of
/// the names), but no more than fit beside the label `label_w`.
fn team_columns(n: usize, width: u16, label_w: usize, height: usize) -> usize {
    let fit = (usize::from(width).saturating_sub(label_w) / TEAM_CELL).max(1);
    n.div_ceil(height.max(1)).clamp(1, fit)
}

/// Rows of the teams strip: every team in columns, at most a sixth of the screen's body.
fn team_rows(cx: &Ctx, width: u16, body: u16) -> u16 {
    let n = cx.snap.teams.len();
    if n == 0 {
        return 0;
    }
    let budget = usize::from(body / 6).max(1);
    let cols = team_columns(n, width, kit::width(cx.t.teams) + 1, budget);
    rows(n.div_ceil(cols).min(budget))
}

/// The recovery teams in a few columns: name and busy/headcount, or "nicht vor Ort".
fn teams(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    if area.height == 0 || cx.snap.teams.is_empty() {
        return;
    }
    // Teams on site first (in file order), so a short strip drops those not yet there.
    let mut teams: Vec<&TeamView> = cx.snap.teams.iter().collect();
    teams.sort_by_key(|x| !x.on_site);
    let label_w = kit::width(t.teams) + 1;
    let cols = team_columns(teams.len(), area.width, label_w, usize::from(area.height));
    let cell_w = usize::from(area.width).saturating_sub(label_w) / cols;
    let figure = |team: &TeamView| {
        if team.on_site {
            format!("{}/{}", team.busy, team.headcount)
        } else {
            t.not_on_site.to_string()
        }
    };
    let fig_w = teams
        .iter()
        .map(|x| kit::width(&figure(x)))
        .max()
        .unwrap_or(0);
    let name_w = cell_w.saturating_sub(fig_w + 3);
    let room = usize::from(area.height) * cols;
    // Teams that do not fit give their last cell to "… N more".
    let shown = if teams.len() > room {
        room - 1
    } else {
        teams.len()
    };
    for row in 0..usize::from(area.height) {
        let head = if row == 0 { t.teams } else { "" };
        let mut spans = vec![Span::styled(format!("{head:<label_w$}"), colour::dim())];
        for col in 0..cols {
            let i = row * cols + col;
            if let Some(team) = teams.get(i).filter(|_| i < shown) {
                let style = if team.on_site {
                    Style::new()
                } else {
                    colour::dim()
                };
                spans.push(Span::raw(format!(
                    "{:<name_w$} ",
                    kit::fit(&team.name, name_w)
                )));
                spans.push(Span::styled(format!("{:>fig_w$}  ", figure(team)), style));
            } else if i == shown && shown < teams.len() {
                let rest = teams.len() - shown;
                spans.push(Span::styled(format!("… {rest} {}", t.more), colour::dim()));
            }
        }
        kit::put(buf, area, rows(row), &Line::from(spans));
    }
}

/// What the decision dialog holds besides its step (the fields of `Form::Decide`).
struct Chosen<'a> {
    action: usize,
    target: usize,
    function: usize,
    reason: &'a str,
    order: &'a [usize],
}

fn decide(buf: &mut Buffer, area: Rect, cx: &Ctx, step: DecideStep, chosen: &Chosen) {
    let t = cx.t;
    let s = cx.app.scenario();
    let inner = kit::panel(buf, area, kit::title(t.decide_title, None));
    if inner.height < 8 {
        return;
    }
    let a = s.actions().get(chosen.action);
    // An action that sets the recovery order asks for the order where others ask for a target.
    let ordering = a.is_some_and(sets_order);
    let second = if ordering {
        (DecideStep::Order, t.step_order)
    } else {
        (DecideStep::Target, t.step_target)
    };
    // The step line.
    let steps = [
        (DecideStep::Action, t.step_action),
        second,
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
    let chosen_target = a.and_then(|a| a.targets.get(chosen.target)).copied();
    let role = s.roles().get(chosen.function);
    let items = order_items(s);
    let order_text = numbered(
        chosen
            .order
            .iter()
            .filter_map(|i| items.get(*i))
            .map(|(_, name)| *name),
    );
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
    let second_value = if !ordering {
        target_text
    } else if order_text.is_empty() {
        t.none.to_string()
    } else {
        order_text.clone()
    };
    let summary = [
        (t.step_action, a.map_or(String::new(), |a| a.name.clone())),
        (second.1, second_value),
        (
            t.step_function,
            role.map_or(String::new(), |r| format!("{} – {}", r.id, r.name)),
        ),
        (t.step_reason, chosen.reason.to_string()),
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
    let hint = match step {
        DecideStep::Confirm => t.confirm_keys,
        DecideStep::Order => t.order_keys,
        _ => t.decide_keys,
    };
    kit::put(buf, keys, 0, &Line::styled(hint, colour::dim()));
    match step {
        DecideStep::Action => {
            let list_h = body.height.saturating_sub(3).max(body.height.min(4));
            let parts = stack(body, &[list_h, body.height - list_h]);
            let sel = chosen.action.min(s.actions().len().saturating_sub(1));
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
            let sel = chosen.target.min(a.targets.len() - 1);
            grid.render(buf, body, Some(sel), 0, t.more);
        }
        DecideStep::Order => {
            let mut grid = Grid::new(vec![
                Col::new(t.col_number, 4, 0).right(),
                Col::flex(t.col_item),
                Col::new(t.col_kind, 8, 2),
            ]);
            grid.flex_min = 20;
            let services = s.services().len();
            for (i, (_, name)) in items.iter().enumerate() {
                let position = chosen.order.iter().position(|x| *x == i);
                let kind = if i < services {
                    TargetKind::Service
                } else {
                    TargetKind::System
                };
                let (mark, style) = match position {
                    Some(p) => (format!("{}.", p + 1), colour::key()),
                    None => (String::new(), Style::new()),
                };
                grid.push(
                    vec![
                        cell(mark, colour::key()),
                        cell((*name).to_string(), style),
                        cell(text::target_kind(kind, cx.lang), colour::dim()),
                    ],
                    Style::new(),
                );
            }
            let sel = chosen.target.min(items.len().saturating_sub(1));
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
            let sel = chosen.function.min(s.roles().len().saturating_sub(1));
            grid.render(buf, body, Some(sel), 0, t.more);
        }
        DecideStep::Reason => {
            let lines = vec![
                Line::styled(t.reason_prompt, colour::dim()),
                Line::raw(""),
                Line::from(vec![
                    Span::raw(chosen.reason.to_string()),
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
            // The whole order (the summary line above only has room for its start): one item a
            // line if they all fit, else wrapped.
            if ordering {
                let names: Vec<&str> = chosen
                    .order
                    .iter()
                    .filter_map(|i| items.get(*i))
                    .map(|(_, name)| *name)
                    .collect();
                let prompt_h =
                    kit::width(t.confirm_prompt).div_ceil(usize::from(body.width).max(1));
                let used = prompt_h + lines.len() - 1 + 2;
                lines.push(Line::raw(""));
                if used + names.len() <= usize::from(body.height) {
                    lines.push(Line::styled(
                        format!("{}:", t.recovery_order),
                        colour::dim(),
                    ));
                    for (i, name) in names.iter().enumerate() {
                        lines.push(Line::raw(format!("{:>4} {name}", format!("{}.", i + 1))));
                    }
                } else {
                    lines.push(Line::from(vec![
                        Span::styled(format!("{}: ", t.recovery_order), colour::dim()),
                        Span::raw(order_text),
                    ]));
                }
            }
            kit::prose(buf, body, lines);
        }
    }
}
