//! The report's charts: lines from a sampled course, dates on the x axis, the language's
//! thousands separator on the y axis, every chart cut where its lines have settled (plus a
//! margin, said in the caption), and for Markdown a short table of key points instead of one
//! row per day.

use super::*;
use crate::report::charts::{self, Axes};
use crate::report::course::{self, Point};

/// One line of a chart from a sampled course.
pub(super) fn line(
    points: &[Point],
    label: String,
    colour: plotters::style::RGBColor,
    dashed: bool,
    value: impl Fn(&Point) -> f64,
) -> Series {
    Series {
        label,
        points: points.iter().map(|p| (p.day, value(p))).collect(),
        colour,
        dashed,
    }
}

/// The calendar date of an exercise day, short: `15.10.21` / `15 Oct 21`.
pub(super) fn date(s: &Scenario, day: f64, lang: Lang) -> String {
    let iso = s
        .wall_clock(course::minute_at(s, day.floor()))
        .map(|t| t.to_string())
        .unwrap_or_default();
    let part = |a: usize, b: usize| iso.get(a..b).unwrap_or_default();
    let whole = |a: usize, b: usize| part(a, b).parse::<u64>().unwrap_or_default();
    tf!(
        lang,
        "report-chart-date",
        day = whole(8, 10),
        month = whole(5, 7),
        year = part(2, 4)
    )
}

/// A chart's span of days: from its first point to where every line has settled, plus a
/// margin, at most to its last point.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Span {
    pub first: f64,
    pub last: f64,
    /// The day from which no line changes any more.
    pub settled: f64,
    pub end: f64,
}

impl Span {
    pub fn of(series: &[Series]) -> Span {
        let days = || series.iter().flat_map(|s| s.points.iter().map(|p| p.0));
        let first = days().fold(f64::INFINITY, f64::min);
        let last = days().fold(f64::NEG_INFINITY, f64::max);
        let (first, last) = if first.is_finite() && last > first {
            (first, last)
        } else {
            (0.0, 1.0)
        };
        let peak = series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.1))
            .fold(0.0, f64::max);
        // A line has settled once it stays within 1 % of the chart's peak of its last value.
        let settled = series
            .iter()
            .filter_map(|s| {
                let end = s.points.last()?.1;
                s.points
                    .iter()
                    .rev()
                    .find(|p| (p.1 - end).abs() > peak * 0.01)
                    .map(|p| p.0)
            })
            .fold(first, f64::max);
        let margin = ((settled - first) * 0.1).max(7.0);
        Span {
            first,
            last,
            settled,
            end: (settled + margin).min(last),
        }
    }

    pub fn cut(&self) -> bool {
        self.end < self.last
    }
}

/// A chart block: the SVG with dates and the language's numbers, its caption (which says
/// where and why the chart ends), and for Markdown a table of each line's key points.
pub(super) fn chart(
    s: &Scenario,
    caption: &str,
    y_desc: &str,
    series: Vec<Series>,
    lang: Lang,
) -> Block {
    let span = Span::of(&series);
    let x_label = |x: f64| date(s, x, lang);
    let y_label = |y: f64| number(y.max(0.0).round() as u64, lang);
    let axes = Axes {
        x_desc: t(lang, "report-date-head"),
        y_desc,
        x_label: &x_label,
        y_label: &y_label,
        x_range: Some((span.first, span.end)),
    };
    let svg = charts::line_chart(&axes, &series).unwrap_or_else(|e| {
        // Drawing into a string cannot fail for lack of space; say so if it fails anyway.
        format!("<p>{}</p>", super::super::doc::escape(&e))
    });
    let day = |x: f64| text::day(x.floor() as i64, lang);
    let mut caption = caption.to_string();
    if span.cut() {
        caption.push(' ');
        caption.push_str(&tf!(
            lang,
            "report-chart-cut",
            end = date(s, span.end, lang),
            end_day = day(span.end),
            settled = date(s, span.settled, lang),
            settled_day = day(span.settled),
            last = date(s, span.last, lang),
            last_day = day(span.last)
        ));
    }
    let end_head = tf!(lang, "report-value-on", date = date(s, span.end, lang));
    let rows = series
        .iter()
        .map(|l| {
            let shown: Vec<&(f64, f64)> = l.points.iter().filter(|p| p.0 <= span.end).collect();
            let peak = shown
                .iter()
                .copied()
                .fold(None::<&(f64, f64)>, |best, p| match best {
                    Some(b) if b.1 >= p.1 => Some(b),
                    _ => Some(p),
                });
            let value = |v: f64| number(v.max(0.0).round() as u64, lang);
            vec![
                l.label.clone(),
                peak.map_or_else(|| "–".into(), |p| value(p.1)),
                peak.filter(|p| p.1 > 0.0).map_or_else(
                    || "–".into(),
                    |p| format!("{} ({})", date(s, p.0, lang), day(p.0)),
                ),
                shown.last().map_or_else(|| "–".into(), |p| value(p.1)),
            ]
        })
        .collect();
    Block::Chart {
        caption,
        svg,
        fallback: Box::new(Block::Table {
            head: vec![
                t(lang, "report-line").into(),
                t(lang, "report-peak").into(),
                t(lang, "report-on").into(),
                end_head,
            ],
            rows,
            numeric: vec![1, 3],
        }),
    }
}
