//! Line charts as inline SVG, drawn by plotters (its SVG backend, with no font files: text is
//! left to the browser's sans-serif).

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

/// A line chart with the x axis in exercise days.
pub fn line_chart(x_desc: &str, y_desc: &str, series: &[Series]) -> Result<String, String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        let err = |e: DrawingAreaErrorKind<_>| e.to_string();
        root.fill(&WHITE).map_err(err)?;
        let points = || series.iter().flat_map(|s| s.points.iter());
        let x_min = points().map(|p| p.0).fold(f64::INFINITY, f64::min);
        let x_max = points().map(|p| p.0).fold(f64::NEG_INFINITY, f64::max);
        let y_max = points().map(|p| p.1).fold(0.0, f64::max);
        let (x_min, x_max) = if x_min.is_finite() && x_max > x_min {
            (x_min, x_max)
        } else {
            (0.0, 1.0)
        };
        // Head room above the highest line; an all-zero chart still gets an axis.
        let y_top = if y_max > 0.0 { y_max * 1.08 } else { 1.0 };
        let mut chart = ChartBuilder::on(&root)
            .margin(10)
            .x_label_area_size(36)
            .y_label_area_size(64)
            .build_cartesian_2d(x_min..x_max, 0.0..y_top)
            .map_err(err)?;
        let whole = |v: &f64| format!("{}", v.round() as i64);
        chart
            .configure_mesh()
            .x_desc(x_desc)
            .y_desc(y_desc)
            .x_label_formatter(&whole)
            .y_label_formatter(&whole)
            .light_line_style(RGBColor(235, 235, 235))
            .draw()
            .map_err(err)?;
        for s in series {
            let style = s.colour.stroke_width(2);
            let legend = style;
            if s.dashed {
                chart
                    .draw_series(DashedLineSeries::new(s.points.iter().copied(), 6, 4, style))
                    .map_err(err)?
                    .label(s.label.as_str())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], legend));
            } else {
                chart
                    .draw_series(LineSeries::new(s.points.iter().copied(), style))
                    .map_err(err)?
                    .label(s.label.as_str())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], legend));
            }
        }
        chart
            .configure_series_labels()
            .position(SeriesLabelPosition::UpperRight)
            .background_style(WHITE.mix(0.85))
            .border_style(RGBColor(160, 160, 160))
            .draw()
            .map_err(err)?;
        root.present().map_err(err)?;
    }
    Ok(svg)
}
