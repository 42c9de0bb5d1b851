//! The Lagefilm's time slider: one line above the status line with the tick shown, its exercise
//! time and day, a bar with the decisions marked, and whether the film plays.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::Ctx;
use super::kit::{colour, fit, width};
use crate::i18n::number;
use crate::tui::text;

/// Draws the slider for the film at `tick` of `total`.
pub(super) fn draw(buf: &mut Buffer, area: Rect, cx: &Ctx, tick: u64, total: u64) {
    let t = cx.t;
    let w = usize::from(area.width);
    let state = if cx.ui.speed > 0 {
        format!("▶ {}", text::speed_short(cx.ui.speed, cx.lang))
    } else {
        "❚❚".to_string()
    };
    let time = text::wall_time(&cx.snap.time, cx.lang);
    let day = text::day(cx.snap.day, cx.lang);
    let ticks = format!("{}/{}", number(tick, cx.lang), number(total, cx.lang));
    let left = format!(" {} {state} │ {time} │ {day} │ {ticks} ", t.film);
    let bar = w.saturating_sub(width(&left) + 1);
    let mut spans = vec![Span::styled(
        fit(&left, w),
        colour::title().add_modifier(Modifier::BOLD),
    )];
    if bar >= 8 {
        spans.extend(slider(tick, total, &cx.app.film_marks(), bar));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// `cells` cells of bar: run time `━`, the rest `─`, decisions `┃`, the tick shown `●`.
fn slider(tick: u64, total: u64, marks: &[u64], cells: usize) -> Vec<Span<'static>> {
    let last = cells.saturating_sub(1) as u64;
    let cell = |at: u64| -> usize {
        let at = at.min(total);
        usize::try_from((at * last).checked_div(total).unwrap_or(0)).unwrap_or(0)
    };
    let now = cell(tick);
    let mut marked = vec![false; cells];
    for m in marks {
        if let Some(c) = marked.get_mut(cell(*m)) {
            *c = true;
        }
    }
    (0..cells)
        .map(|c| {
            if c == now {
                Span::styled("●", colour::key().add_modifier(Modifier::BOLD))
            } else if marked[c] {
                Span::styled("┃", colour::warn())
            } else if c < now {
                Span::styled("━", colour::ok())
            } else {
                Span::styled("─", colour::dim())
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(spans: &[Span]) -> String {
        spans.iter().map(|s| s.content.as_ref()).collect()
    }

    #[test]
    fn the_slider_shows_where_the_film_stands_and_the_decisions() {
        assert_eq!(plain(&slider(0, 100, &[50], 11)), "●────┃─────");
        assert_eq!(plain(&slider(100, 100, &[50], 11)), "━━━━━┃━━━━●");
        assert_eq!(plain(&slider(50, 100, &[50], 11)), "━━━━━●─────");
        // An empty record: the cursor at the start, no division by zero.
        assert_eq!(plain(&slider(0, 0, &[], 4)), "●───");
    }
}
