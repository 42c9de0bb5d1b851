//! Verlauf: charts over exercise time from the per-tick samples. Everyone sees the services
//! running and the hosts known to be compromised; control also the truth (compromised,
//! encrypted). Observers get the objectives panel with the run's evidence and their ratings.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Chart, Dataset, GraphType, Widget};

use super::kit::{self, Col, Grid, cell, colour, plain};
use super::{Ctx, rows, share, stack};
use crate::app::{Role, Screen};
use crate::exercise::Status as ExerciseStatus;
use crate::sim::outcome::{Evidence, ObjectiveResult};
use crate::sim::record::Sample;
use crate::tui::text;

/// At most this many points per series; longer runs are thinned evenly (the last kept).
const MAX_POINTS: usize = 720;

/// Points of a chart series: (exercise day, value).
type Series = Vec<(f64, f64)>;

pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx, objectives: &[ObjectiveResult]) {
    let t = cx.t;
    let inner = kit::panel(
        buf,
        area,
        kit::title(text::screen_title(Screen::Verlauf, cx.lang), None),
    );
    let samples = cx.app.samples();
    let observer = cx.role == Role::Observer;
    let (charts, goals) = if observer {
        let want = 2 + rows(objectives.len().max(1));
        let hs = share(inner.height, &[(8, 8), (4, want)]);
        // Charts take what the objectives do not need.
        let goals_h = hs[1].min(want).max(4.min(inner.height));
        let charts_h = inner.height - goals_h;
        let parts = stack(inner, &[charts_h, goals_h]);
        (parts[0], Some(parts[1]))
    } else {
        (inner, None)
    };
    if samples.is_empty() {
        kit::put(buf, charts, 0, &Line::styled(t.no_data, colour::dim()));
    } else {
        let half = charts.height / 2;
        let parts = stack(charts, &[half, charts.height - half]);
        services_chart(buf, parts[0], cx, samples);
        hosts_chart(buf, parts[1], cx, samples);
    }
    if let Some(goals) = goals {
        objectives_panel(buf, goals, cx, objectives);
    }
}

fn thin(samples: &[Sample]) -> impl Iterator<Item = &Sample> {
    let step = samples.len().div_ceil(MAX_POINTS).max(1);
    let last = samples.len().saturating_sub(1);
    samples
        .iter()
        .enumerate()
        .filter(move |(i, _)| i % step == 0 || *i == last)
        .map(|(_, s)| s)
}

/// Exercise day (fractional, from the incident) of a sample.
fn day_of(cx: &Ctx, s: &Sample) -> f64 {
    let meta = cx.app.scenario().meta();
    let minutes = i64::try_from(s.tick)
        .unwrap_or(i64::MAX)
        .saturating_mul(meta.tick)
        - meta.incident_start;
    minutes as f64 / 1440.0
}

fn x_axis<'a>(cx: &Ctx, samples: &[Sample]) -> Axis<'a> {
    let (first, last) = match (samples.first(), samples.last()) {
        (Some(a), Some(b)) => (day_of(cx, a), day_of(cx, b)),
        _ => (0.0, 1.0),
    };
    let last = if last <= first { first + 1.0 } else { last };
    let label = |d: f64| format!("{} {}", cx.t.axis_day, d.floor() as i64);
    Axis::default()
        .bounds([first, last])
        .labels([label(first), label((first + last) / 2.0), label(last)])
        .style(colour::dim())
}

fn y_axis<'a>(max: f64) -> Axis<'a> {
    let max = max.max(1.0);
    Axis::default()
        .bounds([0.0, max])
        .labels(["0".to_string(), format!("{max:.0}")])
        .style(colour::dim())
}

fn legend(name: &str, series: &[(&str, Color)]) -> Line<'static> {
    let mut spans = vec![Span::styled(format!(" {name} "), colour::title())];
    for (label, colour) in series {
        spans.push(Span::styled("━ ", Style::new().fg(*colour)));
        spans.push(Span::styled(format!("{label}  "), colour::dim()));
    }
    Line::from(spans)
}

fn services_chart(buf: &mut Buffer, area: Rect, cx: &Ctx, samples: &[Sample]) {
    let t = cx.t;
    let total = cx.app.scenario().services().len();
    let inner = kit::panel(
        buf,
        area,
        legend(t.chart_services, &[(t.series_services, Color::Green)]),
    );
    let data: Vec<(f64, f64)> = thin(samples)
        .map(|s| (day_of(cx, s), f64::from(s.services_running)))
        .collect();
    let chart = Chart::new(vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(Style::new().fg(Color::Green))
            .data(&data),
    ])
    .x_axis(x_axis(cx, samples))
    .y_axis(y_axis(total as f64))
    .legend_position(None);
    chart.render(inner, buf);
}

fn hosts_chart(buf: &mut Buffer, area: Rect, cx: &Ctx, samples: &[Sample]) {
    let t = cx.t;
    let control = cx.role == Role::Control;
    let mut series = vec![(t.series_known, Color::Yellow)];
    if control {
        series.push((t.series_truth, Color::Magenta));
        series.push((t.series_encrypted, Color::Red));
    }
    let inner = kit::panel(buf, area, legend(t.chart_hosts, &series));
    let known: Vec<(f64, f64)> = thin(samples)
        .map(|s| (day_of(cx, s), f64::from(s.known_compromised)))
        .collect();
    let mut max = samples
        .iter()
        .map(|s| s.known_compromised)
        .max()
        .unwrap_or(0);
    // The truth only enters control's chart.
    let (truth, encrypted): (Series, Series) = if control {
        max = max.max(
            samples
                .iter()
                .map(|s| s.compromised.max(s.encrypted))
                .max()
                .unwrap_or(0),
        );
        (
            thin(samples)
                .map(|s| (day_of(cx, s), f64::from(s.compromised)))
                .collect(),
            thin(samples)
                .map(|s| (day_of(cx, s), f64::from(s.encrypted)))
                .collect(),
        )
    } else {
        (Vec::new(), Vec::new())
    };
    let line = |data, colour| {
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(Style::new().fg(colour))
            .data(data)
    };
    let mut sets = Vec::new();
    if control {
        sets.push(line(&truth, Color::Magenta));
        sets.push(line(&encrypted, Color::Red));
    }
    sets.push(line(&known, Color::Yellow));
    Chart::new(sets)
        .x_axis(x_axis(cx, samples))
        .y_axis(y_axis(f64::from(max)))
        .legend_position(None)
        .render(inner, buf);
}

pub(super) fn evidence(o: &ObjectiveResult, cx: &Ctx) -> (String, Style) {
    let t = cx.t;
    let lang = cx.lang;
    // Whether the attacker reached a network is the truth: observers learn it after ENDEX.
    if matches!(o.evidence, Evidence::Breached { .. })
        && cx.role != Role::Control
        && cx.app.file().status != ExerciseStatus::Ended
    {
        return (t.truth_after_endex.to_string(), colour::dim());
    }
    let state = match o.met {
        Some(true) => text::verdict(crate::exercise::Verdict::Erfuellt, lang),
        Some(false) => text::verdict(crate::exercise::Verdict::NichtErfuellt, lang),
        None => t.open,
    };
    let style = match o.met {
        Some(true) => colour::ok(),
        Some(false) => colour::bad(),
        None => Style::new(),
    };
    let detail = text::evidence(&o.evidence, lang);
    let text = if detail.is_empty() {
        state.to_string()
    } else {
        format!("{state}: {detail}")
    };
    (text, style)
}

fn objectives_panel(buf: &mut Buffer, area: Rect, cx: &Ctx, objectives: &[ObjectiveResult]) {
    let t = cx.t;
    let inner = kit::panel(
        buf,
        area,
        kit::title(
            t.objectives,
            (!cx.ui.read_only && cx.app.film_ticks().is_none())
                .then(|| t.observer_keys.to_string()),
        ),
    );
    let ratings = &cx.app.file().ratings;
    let mut grid = Grid::new(vec![
        Col::flex(t.col_objective),
        Col::new(t.col_run, 24, 0),
        Col::new(t.col_rating, 16, 0),
        Col::new("", 24, 2),
    ]);
    grid.flex_min = 20;
    for o in objectives {
        let latest = ratings.iter().rev().find(|r| r.objective == o.id);
        let (run, style) = evidence(o, cx);
        let (rating, comment) = match latest {
            Some(r) => (
                cell(text::verdict(r.verdict, cx.lang), colour::key()),
                cell(r.comment.clone(), colour::dim()),
            ),
            None => (cell(t.not_rated, colour::dim()), plain("")),
        };
        grid.push(
            vec![plain(o.name.clone()), cell(run, style), rating, comment],
            Style::new(),
        );
    }
    // The keys select among the objectives on Verlauf (`b` rates the selected one).
    let sel = match &cx.ui.form {
        Some(crate::tui::ui::Form::Rate { objective, .. }) => Some(*objective),
        _ if objectives.is_empty() => None,
        _ => Some(cx.ui.selected.min(objectives.len() - 1)),
    };
    grid.render(buf, inner, sel, 0, t.more);
}
