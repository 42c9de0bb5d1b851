//! Small drawing helpers shared by the screens: truncation, titled panels, column grids that
//! drop their least important columns when the screen is narrow, and the palette.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

/// The palette: calm, legible on dark and light terminals.
pub mod colour {
    use ratatui::style::{Color, Modifier, Style};

    pub fn mark() -> Style {
        Style::new()
            .fg(Color::Black)
            .bg(Color::Yellow)
            .add_modifier(Modifier::BOLD)
    }
    pub fn title() -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn rule() -> Style {
        Style::new().fg(Color::DarkGray)
    }
    pub fn dim() -> Style {
        Style::new().fg(Color::DarkGray)
    }
    pub fn head() -> Style {
        Style::new()
            .fg(Color::Gray)
            .add_modifier(Modifier::UNDERLINED)
    }
    pub fn key() -> Style {
        Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
    }
    pub fn selected() -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }
    pub fn ok() -> Style {
        Style::new().fg(Color::Green)
    }
    pub fn warn() -> Style {
        Style::new().fg(Color::Yellow)
    }
    pub fn bad() -> Style {
        Style::new().fg(Color::Red).add_modifier(Modifier::BOLD)
    }
    pub fn paper() -> Style {
        Style::new().fg(Color::Cyan)
    }
    /// Figures only control sees (the truth).
    pub fn truth() -> Style {
        Style::new().fg(Color::Magenta)
    }
    pub fn unread() -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }
    pub fn status_bar() -> Style {
        Style::new().bg(Color::Indexed(236)).fg(Color::Gray)
    }
}

/// `text` cut to `width` characters, with `…` where it was cut.
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out: String = text.chars().take(width - 1).collect();
    out.push('…');
    out
}

/// `text` cut from the left to `width` characters, with `…` where it was cut.
pub fn fit_left(text: &str, width: usize) -> String {
    let n = text.chars().count();
    if n <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::from("…");
    out.extend(text.chars().skip(n - (width - 1)));
    out
}

/// Width of `text` in cells (the interface's own text and scenario text are single-width).
pub fn width(text: &str) -> usize {
    text.chars().count()
}

pub fn u16w(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// Draws a panel: a rule across the top with the title; returns the area below it.
pub fn panel(buf: &mut Buffer, area: Rect, title: Line) -> Rect {
    if area.height == 0 {
        return area;
    }
    Block::new()
        .borders(Borders::TOP)
        .border_style(colour::rule())
        .title(title)
        .render(area, buf);
    Rect {
        y: area.y + 1,
        height: area.height - 1,
        ..area
    }
}

/// A panel title: ` Name ` in bold, with optional dim additions.
pub fn title<'a>(name: impl Into<String>, extra: Option<String>) -> Line<'a> {
    let mut spans = vec![Span::styled(format!(" {} ", name.into()), colour::title())];
    if let Some(extra) = extra {
        spans.push(Span::styled(format!("{extra} "), colour::dim()));
    }
    Line::from(spans)
}

/// Writes one line into the buffer, clipped to the area's width.
pub fn put(buf: &mut Buffer, area: Rect, row: u16, line: &Line) {
    if row < area.height {
        buf.set_line(area.x, area.y + row, line, area.width);
    }
}

/// Wrapped text in an area.
pub fn prose(buf: &mut Buffer, area: Rect, lines: Vec<Line>) {
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(area, buf);
}

/// A column of a grid. `width == 0` marks the one flexible column, which takes what is left.
pub struct Col {
    pub head: String,
    pub width: usize,
    /// Lower is more important; columns are dropped from the highest number down.
    pub prio: u8,
    pub right: bool,
}

impl Col {
    pub fn new(head: &str, width: usize, prio: u8) -> Col {
        Col {
            head: head.to_string(),
            width: width.max(width_of_head(head, width)),
            prio,
            right: false,
        }
    }
    pub fn flex(head: &str) -> Col {
        Col {
            head: head.to_string(),
            width: 0,
            prio: 0,
            right: false,
        }
    }
    pub fn right(mut self) -> Col {
        self.right = true;
        self
    }
}

fn width_of_head(head: &str, width: usize) -> usize {
    if width == 0 { 0 } else { head.chars().count() }
}

/// A cell: text and style.
pub struct Cell {
    pub text: String,
    pub style: Style,
}

pub fn cell(text: impl Into<String>, style: Style) -> Cell {
    Cell {
        text: text.into(),
        style,
    }
}

pub fn plain(text: impl Into<String>) -> Cell {
    cell(text, Style::new())
}

/// Rows of cells under column heads.
pub struct Grid {
    pub cols: Vec<Col>,
    pub rows: Vec<Vec<Cell>>,
    /// A style laid over the whole row (e.g. bold for unread).
    pub row_styles: Vec<Style>,
    /// Minimum width of the flexible column before other columns are dropped.
    pub flex_min: usize,
}

impl Grid {
    pub fn new(cols: Vec<Col>) -> Grid {
        Grid {
            cols,
            rows: Vec::new(),
            row_styles: Vec::new(),
            flex_min: 14,
        }
    }

    pub fn push(&mut self, cells: Vec<Cell>, style: Style) {
        self.rows.push(cells);
        self.row_styles.push(style);
    }

    /// Which columns fit into `avail` cells, each column's width, and the flexible column's.
    /// A flexible column whose texts do not fit takes the room of columns with nothing in
    /// them (only blanks or `·`), then what fixed columns leave beyond their widest text.
    fn layout(&self, avail: usize) -> (Vec<bool>, Vec<usize>, usize) {
        let (mut keep, mut flex) = self.fit(avail);
        let mut widths: Vec<usize> = self.cols.iter().map(|c| c.width).collect();
        let Some(f) = self.cols.iter().position(|c| c.width == 0) else {
            return (keep, widths, flex);
        };
        let widest = |i: usize| {
            self.rows
                .iter()
                .filter_map(|r| r.get(i))
                .map(|c| width(&c.text))
                .max()
                .unwrap_or(0)
        };
        let need = widest(f).max(width(&self.cols[f].head));
        let empty = |i: usize| {
            self.rows
                .iter()
                .filter_map(|r| r.get(i))
                .all(|c| c.text.trim().is_empty() || c.text.trim() == "·")
        };
        // Empty columns first, the least important first.
        let mut order: Vec<usize> = (0..self.cols.len())
            .filter(|&i| keep[i] && self.cols[i].width > 0 && self.cols[i].prio > 0 && empty(i))
            .collect();
        order.sort_by_key(|&i| std::cmp::Reverse((self.cols[i].prio, i)));
        for i in order {
            if flex >= need {
                break;
            }
            keep[i] = false;
            flex += widths[i] + 1;
        }
        for i in 0..self.cols.len() {
            if flex >= need {
                break;
            }
            if !keep[i] || i == f {
                continue;
            }
            let fits = widest(i).max(width(&self.cols[i].head));
            let spare = widths[i].saturating_sub(fits).min(need - flex);
            widths[i] -= spare;
            flex += spare;
        }
        (keep, widths, flex)
    }

    /// Which columns fit into `avail` cells at their set widths, and the flexible column's width.
    fn fit(&self, avail: usize) -> (Vec<bool>, usize) {
        let mut keep = vec![true; self.cols.len()];
        let has_flex = self.cols.iter().any(|c| c.width == 0);
        loop {
            let fixed: usize = self
                .cols
                .iter()
                .zip(&keep)
                .filter(|(c, k)| **k && c.width > 0)
                .map(|(c, _)| c.width + 1)
                .sum();
            let flex_need = if has_flex { self.flex_min } else { 0 };
            if fixed + flex_need <= avail {
                let flex = avail.saturating_sub(fixed);
                return (keep, flex);
            }
            // Drop the least important column still shown (never the flexible one).
            let drop = self
                .cols
                .iter()
                .enumerate()
                .filter(|(i, c)| keep[*i] && c.width > 0 && c.prio > 0)
                .max_by_key(|(i, c)| (c.prio, *i))
                .map(|(i, _)| i);
            match drop {
                Some(i) => keep[i] = false,
                None => return (keep, avail.saturating_sub(fixed).max(1)),
            }
        }
    }

    fn line<'a>(
        &self,
        cells: &[Cell],
        keep: &[bool],
        widths: &[usize],
        flex: usize,
        row_style: Style,
        head: bool,
    ) -> Line<'a> {
        let mut spans = Vec::with_capacity(self.cols.len() * 2);
        let mut first = true;
        for (i, col) in self.cols.iter().enumerate() {
            if !keep[i] {
                continue;
            }
            if !first {
                spans.push(Span::styled(" ", row_style));
            }
            first = false;
            let w = if col.width == 0 { flex } else { widths[i] };
            let (text, style) = if head {
                (col.head.as_str(), colour::head())
            } else {
                cells
                    .get(i)
                    .map_or(("", Style::new()), |c| (c.text.as_str(), c.style))
            };
            let t = fit(text, w);
            let pad = w.saturating_sub(width(&t));
            let padded = if col.right {
                format!("{}{t}", " ".repeat(pad))
            } else {
                format!("{t}{}", " ".repeat(pad))
            };
            let style = if head { style } else { row_style.patch(style) };
            spans.push(Span::styled(padded, style));
        }
        Line::from(spans)
    }

    /// Draws the grid with its head; `selected` is highlighted and kept in view (from
    /// `scroll` on, if that keeps it visible). Rows that do not fit end in "… N more".
    pub fn render(
        &self,
        buf: &mut Buffer,
        area: Rect,
        selected: Option<usize>,
        scroll: usize,
        more: &str,
    ) {
        if area.height == 0 || area.width == 0 {
            return;
        }
        let visible = usize::from(area.height - 1);
        let n = self.rows.len();
        // A scrolling list keeps its last column for the scroll mark.
        let scrolls = selected.is_some() && n > visible && visible > 0;
        let avail = usize::from(area.width) - usize::from(scrolls);
        let (keep, widths, flex) = self.layout(avail);
        put(
            buf,
            area,
            0,
            &self.line(&[], &keep, &widths, flex, Style::new(), true),
        );
        if visible == 0 {
            return;
        }
        let offset = match selected {
            Some(sel) => {
                let sel = sel.min(n.saturating_sub(1));
                let low = (sel + 1).saturating_sub(visible);
                scroll.clamp(low, sel).min(n.saturating_sub(visible))
            }
            None => 0,
        };
        let overflow = selected.is_none() && n > visible;
        let shown = if overflow { visible - 1 } else { visible };
        for (row, i) in (offset..n).take(shown).enumerate() {
            let mut style = self.row_styles.get(i).copied().unwrap_or_default();
            if Some(i) == selected {
                style = style.add_modifier(Modifier::REVERSED);
            }
            let line = self.line(&self.rows[i], &keep, &widths, flex, style, false);
            put(buf, area, u16w(row + 1), &line);
        }
        if overflow {
            let rest = n - shown;
            let line = Line::styled(format!("… {rest} {more}"), colour::dim());
            put(buf, area, u16w(visible), &line);
        } else if scrolls {
            // The scroll mark in the head's last cell: more below, above, or both.
            let mark = match (offset > 0, offset + visible < n) {
                (true, true) => "↕",
                (false, _) => "↓",
                (true, false) => "↑",
            };
            let x = area.x + area.width - 1;
            buf[(x, area.y)].set_symbol(mark).set_style(colour::dim());
        }
    }
}

/// A text gauge: `███████░░░ 70 %`, `width` cells of bar.
pub fn gauge(permille: u32, bar: usize) -> Vec<Span<'static>> {
    let p = permille.min(1000) as usize;
    let full = (p * bar + 500) / 1000;
    vec![
        Span::styled("█".repeat(full), Style::new().fg(Color::Green)),
        Span::styled("░".repeat(bar - full.min(bar)), colour::dim()),
        Span::raw(format!(" {:>3} %", p / 10)),
    ]
}

/// A rectangle of `w` × `h` centred in `area` (clipped to it).
/// Lines in a bordered box over `area` (see [`overlay_box`]), wrapped, with `keys` on the
/// box's last row.
pub fn overlay_lines(buf: &mut Buffer, area: Rect, title: &str, lines: Vec<Line>, keys: &str) {
    let inner = overlay_box(buf, area, title, &lines);
    if inner.height == 0 {
        return;
    }
    prose(
        buf,
        Rect {
            height: inner.height - 1,
            ..inner
        },
        lines,
    );
    put(
        buf,
        inner,
        inner.height - 1,
        &Line::styled(keys.to_string(), colour::dim()),
    );
}

/// A bordered box over `area`, centred, as high as `lines` need when wrapped (plus a row for
/// the keys below them), at most 100 columns wide; cleared. Returns its inside.
fn overlay_box(buf: &mut Buffer, area: Rect, title: &str, lines: &[Line]) -> Rect {
    let w = area.width.saturating_sub(4).min(100);
    let inner_w = usize::from(w.saturating_sub(2)).max(1);
    // Long lines wrap: count the rows they take.
    let need: usize = lines
        .iter()
        .map(|l| {
            let n: usize = l.spans.iter().map(|s| width(&s.content)).sum();
            n.div_ceil(inner_w).max(1)
        })
        .sum::<usize>()
        + 2;
    let h = u16w(need + 2).min(area.height);
    let r = centered(area, w, h);
    ratatui::widgets::Clear.render(r, buf);
    Block::bordered()
        .border_style(colour::key())
        .title(Span::styled(format!(" {title} "), colour::title()))
        .render(r, buf);
    r.inner(ratatui::layout::Margin {
        horizontal: 1,
        vertical: 1,
    })
}

pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fitting_cuts_with_an_ellipsis() {
        assert_eq!(fit("Rechenzentrum", 6), "Reche…");
        assert_eq!(fit("Netz", 6), "Netz");
        assert_eq!(fit("Netz", 0), "");
        assert_eq!(fit_left("/tmp/a/uebung.ron", 10), "…ebung.ron");
    }

    #[test]
    fn narrow_grids_drop_the_least_important_columns() {
        let mut g = Grid::new(vec![
            Col::flex("Name"),
            Col::new("A", 10, 1),
            Col::new("B", 10, 2),
        ]);
        g.push(vec![plain("x"), plain("a"), plain("b")], Style::new());
        let (keep, flex) = g.fit(30);
        assert_eq!(keep, vec![true, true, false]);
        assert_eq!(flex, 19);
    }

    #[test]
    fn a_cut_name_takes_the_room_of_empty_and_narrow_columns() {
        let mut g = Grid::new(vec![
            Col::flex("Name"),
            Col::new("Lage", 12, 1),
            Col::new("aus", 6, 2),
        ]);
        let name = "Kern- und Managementnetz KSM/SIS";
        g.push(
            vec![plain(name), plain("Verdacht"), plain("·")],
            Style::new(),
        );
        // 32 + 12 + 6 + 2: the name would be cut at 24 cells with every column at its width.
        let (keep, widths, flex) = g.layout(40);
        assert_eq!(keep, vec![true, true, false], "the empty column goes");
        assert_eq!(widths[1], 8, "the state column keeps its widest text");
        assert_eq!(flex, 31);
        // Room to spare: nothing changes.
        let (keep, widths, flex) = g.layout(60);
        assert_eq!((keep, widths[1], flex), (vec![true; 3], 12, 40));
    }
}
