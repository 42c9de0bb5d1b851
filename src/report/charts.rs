//! Line charts as inline SVG, drawn by plotters (its SVG backend, with no font files: text is
//! left to the browser's sans-serif).
//!
//! The SVG is 820 px wide and prints at the text column's width (about 700 px on A4), so text
//! drawn at 19 (plotters writes 15.3 px) prints at about 9.8 pt: readable, like the body text.

use plotters::prelude::*;

/// One line of a chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Series {
    pub label: String,
    /// (day, value) pairs in day order.
    pub points: Vec<(f64, f64)>,
    pub colour: RGBColor,
    /// Dashed: the comparison (the simulated Realverlauf), not the team's play.
    pub dashed: bool,
}

/// The team's lines in a print-safe palette; the Realverlauf is grey.
pub const TEAM: [RGBColor; 3] = [
    RGBColor(0, 90, 170),
    RGBColor(200, 60, 30),
    RGBColor(30, 140, 60),
];
pub const HISTORY: RGBColor = RGBColor(110, 110, 110);

const SIZE: (u32, u32) = (820, 300);
/// Pixel size of axis labels, axis descriptions and the legend (see the module comment).
const FONT: u32 = 19;

/// How a chart's axes read.
pub struct Axes<'a> {
    pub x_desc: &'a str,
    pub y_desc: &'a str,
    /// A day as its axis label (a date).
    pub x_label: &'a dyn Fn(f64) -> String,
    /// A value as its axis label (with the language's thousands separator).
    pub y_label: &'a dyn Fn(f64) -> String,
    /// The days shown; points after the end are left out (the chart is cut there).
    pub x_range: Option<(f64, f64)>,
}

/// A line chart with the x axis in exercise days.
pub fn line_chart(axes: &Axes, series: &[Series]) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        let err = |e: DrawingAreaErrorKind<_>| e.to_string();
        root.fill(&WHITE).map_err(err)?;
        let inside = |p: &&(f64, f64)| axes.x_range.is_none_or(|(a, b)| p.0 >= a && p.0 <= b);
        let points = || series.iter().flat_map(|s| s.points.iter()).filter(inside);
        let (x_min, x_max) = axes.x_range.unwrap_or_else(|| {
            (
                points().map(|p| p.0).fold(f64::INFINITY, f64::min),
                points().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max),
            )
        });
        let y_max = points().map(|p| p.1).fold(0.0, f64::max);
        let (x_min, x_max) = if x_min.is_finite() && x_max > x_min {
            (x_min, x_max)
        } else {
            (0.0, 1.0)
        };
        // Head room above the highest line; an all-zero chart still gets an axis.
        let y_top = if y_max > 0.0 { y_max * 1.1 } else { 1.0 };
        let font = ("sans-serif", FONT).into_font();
        let mut chart = ChartBuilder::on(&root)
            .margin(12)
            .x_label_area_size(56)
            .y_label_area_size(100)
            .build_cartesian_2d(x_min..x_max, 0.0..y_top)
            .map_err(err)?;
        chart
            .configure_mesh()
            .x_desc(axes.x_desc)
            .y_desc(axes.y_desc)
            .x_labels(7)
            .y_labels(6)
            .label_style(font.clone())
            .axis_desc_style(font.clone())
            .x_label_formatter(&|v| (axes.x_label)(*v))
            .y_label_formatter(&|v| (axes.y_label)(*v))
            .light_line_style(RGBColor(235, 235, 235))
            .draw()
            .map_err(err)?;
        for s in series {
            let style = s.colour.stroke_width(2);
            let legend = style;
            let kept: Vec<(f64, f64)> = s.points.iter().filter(inside).copied().collect();
            if s.dashed {
                chart
                    .draw_series(DashedLineSeries::new(kept, 6, 4, style))
                    .map_err(err)?
                    .label(s.label.as_str())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], legend));
            } else {
                chart
                    .draw_series(LineSeries::new(kept, style))
                    .map_err(err)?
                    .label(s.label.as_str())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], legend));
            }
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .label_font(font)
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(160, 160, 160))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(svg)
}
