//! Lagebild: the situation picture. Clock, networks with what is known (control: the truth
//! beside it), the services board, deadline countdowns and running actions.
//!
//! Layout: the clock line; the networks across the full width (those with findings first, the
//! rest summarised when space is short); below, the services on the left and deadlines and
//! running actions on the right. Lists with problems put the problems first. The last line
//! says why the selected service is not up and when it is expected back (`c` opens it in full).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::kit::{self, Cell, Col, Grid, cell, colour, plain};
use super::{Ctx, columns, rows, share, stack, why};
use crate::app::Role;
use crate::i18n::number;
use crate::sim::services::Status;
use crate::sim::snapshot::NetworkView;
use crate::tui::input::board;
use crate::tui::text;

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    if area.height < 2 {
        return;
    }
    clock_line(buf, Rect { height: 1, ..area }, cx);
    // The line for the selected service's chain, below everything else.
    let why_h = u16::from(area.height >= 3);
    why::line(
        buf,
        Rect {
            y: area.y + area.height - why_h,
            height: why_h,
            ..area
        },
        cx,
    );
    let rest = Rect {
        y: area.y + 1,
        height: area.height - 1 - why_h,
        ..area
    };
    let r = rest.height;
    let n_net = cx.snap.networks.len();
    let findings = cx.snap.networks.iter().filter(|n| finding(n)).count();
    let net_want = 2 + rows(n_net.max(1));
    let net_min = (2 + rows(findings) + u16::from(findings < n_net)).min(r / 2);
    let svc_want = 2 + rows(cx.snap.services.len().max(1));
    let dl_want = 2 + rows(cx.snap.deadlines.len().max(1));
    let act_want = 1 + rows(cx.snap.actions.len().max(1));
    let lower_want = svc_want.max(dl_want + act_want);
    let net_h = if net_want + lower_want <= r {
        net_want
    } else {
        net_min.max(r.saturating_sub(lower_want)).min(net_want)
    };
    let [net_area, lower] = [
        Rect {
            height: net_h,
            ..rest
        },
        Rect {
            y: rest.y + net_h,
            height: r - net_h,
            ..rest
        },
    ];
    networks(buf, net_area, cx);
    let left_w = if lower.width >= 110 {
        lower.width * 56 / 100
    } else {
        lower.width * 58 / 100
    };
    let (svc_area, right) = columns(lower, left_w);
    services(buf, svc_area, cx);
    let links_want = 2 + rows(cx.snap.links.len());
    // A cut link is news: its panel stays, if need be with only the links not in normal state.
    let cut = cx.snap.links.iter().filter(|l| l.cut).count();
    let links_min = if cut > 0 { 1 + rows(2 * cut.min(2)) } else { 0 };
    let hs = share(
        right.height,
        &[(3, dl_want), (2, act_want), (links_min, links_want)],
    );
    // Rows beyond what the panels want stay with the running actions, not an empty links list.
    let spare = hs
        .iter()
        .sum::<u16>()
        .saturating_sub(dl_want.max(hs[0]) + act_want + links_want);
    let hs = if spare > 0 {
        vec![hs[0], hs[1] + spare, hs[2] - spare.min(hs[2])]
    } else {
        hs
    };
    let parts = stack(right, &hs);
    deadlines(buf, parts[0], cx);
    running(buf, parts[1], cx);
    if parts[2].height >= 3 {
        links(buf, parts[2], cx);
    }
}

fn links(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let cut = cx.snap.links.iter().filter(|l| l.cut).count();
    let extra = (cut > 0).then(|| format!("{cut} {}", t.link_cut));
    let inner = kit::panel(buf, area, kit::title(t.links, extra));
    // Short of room, only the links not in their normal state, each in full (wrapped).
    if cx.snap.links.len() > usize::from(inner.height.saturating_sub(1)) && cut > 0 {
        let lines = cx
            .snap
            .links
            .iter()
            .filter(|l| l.cut)
            .map(|l| {
                Line::from(vec![
                    Span::raw(format!("{} ", l.name)),
                    Span::styled(t.link_cut, colour::warn()),
                ])
            })
            .collect();
        kit::prose(buf, inner, lines);
        return;
    }
    let mut grid = Grid::new(vec![Col::flex(t.col_link), Col::new(t.col_state, 9, 0)]);
    grid.flex_min = 12;
    let mut order: Vec<_> = cx.snap.links.iter().collect();
    order.sort_by_key(|l| !l.cut);
    for l in order {
        let state = if l.cut {
            cell(t.link_cut, colour::warn())
        } else {
            cell(t.link_up, colour::dim())
        };
        grid.push(vec![plain(l.name.clone()), state], Style::new());
    }
    grid.render(buf, inner, None, 0, t.more);
}

/// A network with something to report (for control also: the truth holds hosts).
fn finding(n: &NetworkView) -> bool {
    n.suspected
        || n.isolated
        || (n.known.total > 0 && n.known.offline == n.known.total)
        || n.known.compromised > 0
        || n.known.encrypted > 0
        || n.truth
            .is_some_and(|t| t.compromised > 0 || t.encrypted > 0)
}

fn clock_line(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let mut spans = vec![
        Span::styled(format!("{} ", t.exercise_time), colour::dim()),
        Span::styled(text::wall_time(&cx.snap.time, cx.lang), colour::title()),
        Span::styled(" │ ", colour::dim()),
        Span::styled(text::day(cx.snap.day, cx.lang), colour::title()),
        Span::styled(" │ ", colour::dim()),
        Span::raw(format!(
            "{} {} / {}",
            t.staff_busy, cx.snap.staff_busy, cx.snap.staff_total
        )),
    ];
    let used: usize = spans.iter().map(|s| kit::width(&s.content)).sum();
    // Control's key to the truth columns, if it fits whole.
    if cx.role == Role::Control && used + 3 + kit::width(t.truth_marker) <= usize::from(area.width)
    {
        spans.push(Span::styled(" │ ", colour::dim()));
        spans.push(Span::styled(t.truth_marker, colour::truth()));
    }
    kit::put(buf, area, 0, &Line::from(spans));
}

fn networks(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let control = cx.role == Role::Control;
    let inner = kit::panel(buf, area, kit::title(t.networks, None));
    let mut cols = vec![
        Col::flex(t.col_network),
        Col::new(t.col_known_comp, 6, 1).right(),
        Col::new(t.col_known_enc, 6, 2).right(),
        Col::new(t.col_state, if inner.width >= 100 { 24 } else { 11 }, 1),
    ];
    if control {
        cols.push(Col::new(t.col_truth_comp, 7, 1).right());
        cols.push(Col::new(t.col_truth_enc, 7, 2).right());
    }
    cols.push(Col::new(t.col_offline, 6, 4).right());
    cols.push(Col::new(t.col_checked, 6, 5).right());
    cols.push(Col::new(t.col_restored, 6, 5).right());
    cols.push(Col::new(t.col_hosts, 6, 3).right());
    let mut grid = Grid::new(cols);
    grid.flex_min = 24;
    let mut order: Vec<&NetworkView> = cx.snap.networks.iter().collect();
    order.sort_by_key(|n| !finding(n));
    let findings = order.iter().filter(|n| finding(n)).count();
    // Findings come first, so what does not fit is usually the quiet rest.
    let visible = usize::from(inner.height.saturating_sub(1));
    let hidden = order.len().saturating_sub(visible.saturating_sub(1));
    let more = if order.len() > visible && hidden <= order.len() - findings {
        t.more_quiet
    } else {
        t.more
    };
    for n in order {
        let state = network_state(n, cx, inner.width >= 100);
        let count = |v: u32, bad: bool| {
            if v == 0 {
                cell("·", colour::dim())
            } else {
                cell(
                    number(u64::from(v), cx.lang),
                    if bad { colour::bad() } else { Style::new() },
                )
            }
        };
        let mut cells: Vec<Cell> = vec![
            plain(n.name.clone()),
            count(n.known.compromised, true),
            count(n.known.encrypted, true),
            state,
        ];
        if control {
            let truth = n.truth.unwrap_or_default();
            let tc = |v: u32| {
                if v == 0 {
                    cell("·", colour::dim())
                } else {
                    cell(number(u64::from(v), cx.lang), colour::truth())
                }
            };
            cells.push(tc(truth.compromised));
            cells.push(tc(truth.encrypted));
        }
        cells.push(count(n.known.offline, false));
        cells.push(count(n.known.checking, false));
        cells.push(count(n.known.restored, false));
        cells.push(plain(number(u64::from(n.known.total), cx.lang)));
        grid.push(cells, Style::new());
    }
    grid.render(buf, inner, None, 0, more);
}

fn network_state(n: &NetworkView, cx: &Ctx, wide: bool) -> Cell {
    let t = cx.t;
    // Only control's snapshot carries `false_alarm`; the staff's is always `None`.
    if n.suspected && n.false_alarm == Some(true) {
        return cell(t.false_alarm, colour::truth());
    }
    // Shut down: every host the staff knows of is off (the staff's own decisions, so known).
    let off = n.known.total > 0 && n.known.offline == n.known.total;
    let style = if n.suspected {
        colour::warn()
    } else {
        colour::paper()
    };
    let parts: Vec<&str> = [
        (n.suspected, t.suspected),
        (n.isolated, t.isolated),
        (
            off,
            // The long word only alone: "isoliert, heruntergefahren" would not fit.
            if wide && !n.suspected && !n.isolated {
                t.shut_down
            } else {
                t.shut_down_short
            },
        ),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, word)| *word)
    .collect();
    match parts.as_slice() {
        [] => cell("", Style::new()),
        [one] => cell(*one, style),
        _ if wide => cell(parts.join(", "), style),
        // Narrow: four letters each; what is off and cut off matters most when all three hold.
        [a, b] => cell(format!("{}+{}", cut4(a), short(b)), style),
        _ => cell(format!("{}+{}", cut4(t.isolated), t.shut_down_short), style),
    }
}

/// A word of at most four letters as it is, else cut like [`cut4`].
fn short(word: &str) -> String {
    if word.chars().count() <= 4 {
        word.to_string()
    } else {
        cut4(word)
    }
}

/// The first four letters and a full stop: "Verd.", "isol.".
fn cut4(word: &str) -> String {
    let mut s: String = word.chars().take(4).collect();
    s.push('.');
    s
}

pub(super) fn status_style(status: Status) -> Style {
    match status {
        Status::Up => colour::ok(),
        Status::Degraded => colour::warn(),
        Status::Paper => colour::paper(),
        Status::Down => colour::bad(),
    }
}

fn services(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let running = cx
        .snap
        .services
        .iter()
        .filter(|s| s.status.running())
        .count();
    let n = cx.snap.services.len();
    // A board that does not fit scrolls with the selection (the keys select among services).
    let scrolls = n > usize::from(area.height.saturating_sub(2));
    let extra = if scrolls {
        format!("{running}/{n} · ↑↓")
    } else {
        format!("{running}/{n}")
    };
    let inner = kit::panel(buf, area, kit::title(t.services, Some(extra)));
    let mut cols = vec![
        Col::flex(t.col_service),
        Col::new(t.col_status, 11, 0),
        Col::new(t.col_backlog, 9, 1).right(),
        Col::new(t.col_lapsed, 5, 2).right(),
        Col::new(t.col_capacity, 6, 3).right(),
    ];
    // Mutual aid only once some arrives.
    let aid = cx.snap.services.iter().any(|s| s.aid_per_day > 0);
    if aid {
        cols.push(Col::new(t.col_aid, 6, 4).right());
    }
    let mut grid = Grid::new(cols);
    for s in board(cx.snap) {
        let lapsed = if s.lapsed == 0 {
            cell("·", colour::dim())
        } else {
            cell(number(s.lapsed, cx.lang), colour::bad())
        };
        // The trend since the day began: ↑ growing, ↓ shrinking.
        let arrow = match s.trend {
            t if t > 0 => " ↑",
            t if t < 0 => " ↓",
            _ => "  ",
        };
        let backlog = if s.backlog == 0 {
            cell("·", colour::dim())
        } else {
            plain(format!("{}{arrow}", number(s.backlog, cx.lang)))
        };
        let aid_cell = if s.aid_per_day == 0 {
            cell("·", colour::dim())
        } else {
            plain(number(u64::from(s.aid_per_day), cx.lang))
        };
        let mut cells = vec![
            plain(s.name.clone()),
            cell(
                text::service_status(s.status, cx.lang),
                status_style(s.status),
            ),
            backlog,
            lapsed,
            plain(number(u64::from(s.capacity_per_day), cx.lang)),
        ];
        if aid {
            cells.push(aid_cell);
        }
        grid.push(cells, Style::new());
    }
    // The selected service is the one the line below explains.
    let selected = Some(cx.ui.selected.min(n.saturating_sub(1)));
    grid.render(buf, inner, selected, cx.ui.scroll, t.more);
}

fn deadlines(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let inner = kit::panel(buf, area, kit::title(t.deadlines, None));
    let mut grid = Grid::new(vec![
        Col::flex(t.col_deadline),
        Col::new(t.col_due, 12, 2),
        Col::new(t.col_left, 14, 0),
    ]);
    grid.flex_min = 12;
    let mut order: Vec<_> = cx.snap.deadlines.iter().collect();
    order.sort_by_key(|d| (d.met.is_some(), d.minutes_left));
    for d in order {
        let state = match d.met {
            Some(true) => cell(t.met, colour::ok()),
            Some(false) => cell(t.missed, colour::bad()),
            None if d.minutes_left < 0 => cell(t.overdue, colour::bad()),
            None => {
                let style = if d.minutes_left < 24 * 60 {
                    colour::bad()
                } else if d.minutes_left < 72 * 60 {
                    colour::warn()
                } else {
                    Style::new()
                };
                cell(text::countdown(d.minutes_left, cx.lang), style)
            }
        };
        grid.push(
            vec![
                plain(d.name.clone()),
                plain(text::short_time(&d.due, cx.lang)),
                state,
            ],
            Style::new(),
        );
    }
    // Legal clocks: cases that lapse within a week unless worked off.
    for s in cx.snap.services.iter().filter(|s| s.at_risk > 0) {
        grid.push(
            vec![
                plain(format!("{}: {}", t.at_risk, s.name)),
                plain(t.within_week.to_string()),
                cell(number(s.at_risk, cx.lang), colour::bad()),
            ],
            Style::new(),
        );
    }
    grid.render(buf, inner, None, 0, t.more);
}

/// Running actions with their progress; also used on Maßnahmen.
pub(super) fn running(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let extra = (!cx.snap.actions.is_empty()).then(|| cx.snap.actions.len().to_string());
    let inner = kit::panel(buf, area, kit::title(t.running, extra));
    if inner.height == 0 {
        return;
    }
    if cx.snap.actions.is_empty() {
        kit::put(buf, inner, 0, &Line::styled(t.no_running, colour::dim()));
        return;
    }
    let w = usize::from(inner.width);
    let bar = if w >= 60 { 12 } else { 5 };
    let progress_w = bar + 6;
    let target_w = if w >= 70 { 22 } else { 0 };
    let name_w = w.saturating_sub(progress_w + 1 + if target_w > 0 { target_w + 1 } else { 0 });
    let visible = usize::from(inner.height);
    let n = cx.snap.actions.len();
    let shown = if n > visible { visible - 1 } else { n };
    for (row, a) in cx.snap.actions.iter().take(shown).enumerate() {
        // A waiting decision says what it waits for where target and progress would stand.
        if let Some(wait) = a.waits_for {
            let rest = w.saturating_sub(name_w.min(w / 2) + 1);
            let why = text::waits_for(cx.app.scenario(), &a.action, wait, cx.lang);
            let spans = vec![
                Span::raw(format!(
                    "{:<width$} ",
                    kit::fit(&a.name, name_w.min(w / 2)),
                    width = name_w.min(w / 2)
                )),
                Span::styled(kit::fit(&why, rest), colour::warn()),
            ];
            kit::put(buf, inner, rows(row), &Line::from(spans));
            continue;
        }
        let mut spans = vec![Span::raw(format!(
            "{:<name_w$} ",
            kit::fit(&a.name, name_w)
        ))];
        if target_w > 0 {
            let target = a.target.as_deref().unwrap_or("");
            spans.push(Span::styled(
                format!("{:<target_w$} ", kit::fit(target, target_w)),
                colour::dim(),
            ));
        }
        spans.extend(kit::gauge(a.progress, bar));
        kit::put(buf, inner, rows(row), &Line::from(spans));
    }
    if n > shown {
        let line = Line::styled(format!("… {} {}", n - shown, t.more), colour::dim());
        kit::put(buf, inner, rows(visible - 1), &line);
    }
}
