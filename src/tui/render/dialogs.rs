//! Overlays: the open dialog (note or correction, ad-hoc inject, rating, observation; the
//! decision dialog lives on Maßnahmen), the help and the quit question.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Widget};

use super::kit::{self, colour, u16w};
use super::{Ctx, massnahmen, verlauf};
use crate::app::Screen;
use crate::sim::outcome::ObjectiveResult;
use crate::tui::input::{self, VERDICTS};
use crate::tui::text;
use crate::tui::ui::Form;

/// A framed box of `w` × `h` centred in `area`, cleared; returns its inside.
fn overlay(buf: &mut Buffer, area: Rect, w: u16, h: u16, title: &str) -> Rect {
    let r = kit::centered(area, w, h);
    Clear.render(r, buf);
    Block::bordered()
        .border_style(colour::key())
        .title(Span::styled(format!(" {title} "), colour::title()))
        .render(r, buf);
    r.inner(Margin {
        horizontal: 1,
        vertical: 1,
    })
}

fn cursor() -> Span<'static> {
    Span::styled("▏", colour::key())
}

fn label(s: &str, active: bool) -> Span<'static> {
    let style = if active { colour::key() } else { colour::dim() };
    Span::styled(format!("{s}: "), style)
}

/// A role as `◂ id – name ▸`.
fn role_choice(cx: &Ctx, index: usize) -> String {
    cx.app
        .scenario()
        .roles()
        .get(index)
        .map_or(String::new(), |r| format!("◂ {} – {} ▸", r.id, r.name))
}

fn keys(buf: &mut Buffer, inner: Rect, text: &str) {
    if inner.height > 0 {
        let row = inner.height - 1;
        kit::put(buf, inner, row, &Line::styled(text, colour::dim()));
    }
}

/// A dialog's text above its key line, and the key line.
fn prose_and_keys(buf: &mut Buffer, inner: Rect, lines: Vec<Line<'_>>, key_line: &str) {
    kit::prose(
        buf,
        Rect {
            height: inner.height.saturating_sub(1),
            ..inner
        },
        lines,
    );
    keys(buf, inner, key_line);
}

/// Text typed so far, wrapped, with the cursor at its end.
fn typed<'a>(text: &str, active: bool) -> Line<'a> {
    let mut spans = vec![Span::raw(text.to_string())];
    if active {
        spans.push(cursor());
    }
    Line::from(spans)
}

/// A dialog of text fields one under another (the Lage page, the details at STARTEX): each
/// field's label, its text typed so far and a blank line; `field` is the one being typed in.
fn fields(
    buf: &mut Buffer,
    inner: Rect,
    labels: &[&str],
    values: &[impl AsRef<str>],
    field: usize,
    key_line: &str,
) {
    let mut lines = Vec::new();
    for (i, (name, value)) in labels.iter().zip(values).enumerate() {
        lines.push(Line::from(label(name, field == i)));
        lines.push(typed(value.as_ref(), field == i));
        lines.push(Line::raw(""));
    }
    prose_and_keys(buf, inner, lines, key_line);
}

pub(super) fn draw(buf: &mut Buffer, body: Rect, cx: &Ctx, objectives: &[ObjectiveResult]) {
    let t = cx.t;
    let width = body.width.saturating_sub(4).min(90);
    match &cx.ui.form {
        // The decision dialog is drawn on Maßnahmen itself; elsewhere as an overlay.
        None => {}
        Some(Form::Decide { .. }) if cx.app.screen() == Screen::Massnahmen => {}
        Some(Form::Decide { .. }) => {
            let inner = overlay(
                buf,
                body,
                body.width.saturating_sub(2),
                body.height,
                t.decide_title,
            );
            massnahmen::draw(buf, inner, cx);
        }
        Some(Form::Note {
            function,
            text: typed_text,
            corrects,
            kind,
            inject,
        }) => {
            let title = match corrects {
                Some(n) => format!("{} {n}", t.correct_title),
                None => t.note_title.to_string(),
            };
            let inner = overlay(buf, body, width, 12, &title);
            let mut lines = Vec::new();
            if let Some(n) = corrects
                && let Some(e) = cx.app.file().logbook.iter().find(|e| e.number == *n)
            {
                lines.push(Line::styled(
                    kit::fit(
                        &format!("{} {n}: {}", t.col_number, e.text),
                        usize::from(inner.width),
                    ),
                    colour::dim(),
                ));
            }
            lines.push(Line::from(vec![
                label(t.col_function, false),
                Span::styled(role_choice(cx, *function), colour::title()),
            ]));
            if corrects.is_none() {
                let k = crate::exercise::NoteKind::ALL
                    .get(*kind)
                    .copied()
                    .unwrap_or_default();
                lines.push(Line::from(vec![
                    label(t.col_kind, false),
                    Span::styled(text::note_kind(k, cx.lang), colour::title()),
                ]));
            }
            if let Some(id) = inject {
                lines.push(Line::styled(
                    text::linked_inject(id, Some(cx.app.scenario()), cx.lang),
                    colour::dim(),
                ));
            }
            lines.push(Line::raw(""));
            lines.push(Line::from(label(t.text_prompt, true)));
            lines.push(typed(typed_text, true));
            prose_and_keys(buf, inner, lines, t.note_keys);
        }
        Some(Form::AdHoc {
            field,
            title,
            sender,
            receiver,
            channel,
            priority,
            content,
        }) => {
            let inner = overlay(buf, body, width, 15, t.adhoc_title);
            let f = t.adhoc_fields;
            let choice = |s: String| Span::styled(format!("◂ {s} ▸"), colour::title());
            let lines = [
                Line::from(vec![label(f[0], *field == 0), Span::raw(title.clone())]),
                Line::from(vec![label(f[1], *field == 1), Span::raw(sender.clone())]),
                Line::from(vec![
                    label(f[2], *field == 2),
                    Span::styled(role_choice(cx, *receiver), colour::title()),
                ]),
                Line::from(vec![
                    label(f[3], *field == 3),
                    choice(
                        input::CHANNELS
                            .get(*channel)
                            .map_or("", |c| text::channel(*c, cx.lang))
                            .to_string(),
                    ),
                ]),
                Line::from(vec![
                    label(f[4], *field == 4),
                    choice(
                        input::PRIORITIES
                            .get(*priority)
                            .map_or("", |p| text::priority(*p, cx.lang))
                            .to_string(),
                    ),
                ]),
                Line::from(label(f[5], *field == 5)),
            ];
            for (row, line) in lines.iter().enumerate() {
                kit::put(buf, inner, u16w(row), line);
            }
            // The cursor sits in the active text field.
            let mut at = |i: usize, s: &str| {
                let x = kit::width(f[i]) + 2 + kit::width(s);
                if x < usize::from(inner.width) && u16w(i) < inner.height {
                    buf[(inner.x + u16w(x), inner.y + u16w(i))]
                        .set_symbol("▏")
                        .set_style(colour::key());
                }
            };
            match field {
                0 => at(0, title),
                1 => at(1, sender),
                _ => {}
            }
            let content_area = Rect {
                y: inner.y + 6,
                height: inner.height.saturating_sub(7),
                ..inner
            };
            kit::prose(buf, content_area, vec![typed(content, *field == 5)]);
            keys(buf, inner, t.adhoc_keys);
        }
        Some(Form::Rate {
            objective,
            verdict,
            comment,
        }) => {
            let inner = overlay(buf, body, width, 13, t.rate_title);
            let s = cx.app.scenario();
            let Some(o) = s.objectives().get(*objective) else {
                return;
            };
            let mut lines = vec![
                Line::from(vec![
                    label(t.objective_prompt, false),
                    Span::styled(
                        format!("{} ({}/{})", o.name, objective + 1, s.objectives().len()),
                        colour::title(),
                    ),
                ]),
                Line::styled(o.description.clone(), colour::dim()),
            ];
            if let Some(r) = objectives.iter().find(|r| r.id == o.id) {
                let (run, style) = verlauf::evidence(r, cx);
                lines.push(Line::from(vec![
                    label(t.col_run, false),
                    Span::styled(run, style),
                ]));
            }
            lines.push(Line::raw(""));
            let mut choice = vec![label(t.verdict_prompt, false)];
            for (i, v) in VERDICTS.iter().enumerate() {
                let style = if i == *verdict {
                    colour::selected().add_modifier(Modifier::BOLD)
                } else {
                    colour::dim()
                };
                choice.push(Span::styled(
                    format!(" {} ", text::verdict(*v, cx.lang)),
                    style,
                ));
                choice.push(Span::raw(" "));
            }
            lines.push(Line::from(choice));
            lines.push(Line::raw(""));
            lines.push(Line::from(label(t.comment_prompt, true)));
            lines.push(typed(comment, true));
            prose_and_keys(buf, inner, lines, t.rate_keys);
        }
        Some(Form::Lage {
            field,
            situation,
            assumptions,
            questions,
        }) => {
            let inner = overlay(buf, body, width, 16, t.lage_title);
            let values = [situation, assumptions, questions];
            fields(buf, inner, &t.lage_fields, &values, *field, t.lage_keys);
        }
        Some(Form::Meta { field, values }) => {
            let inner = overlay(buf, body, width, 22, t.meta_title);
            fields(buf, inner, &t.meta_fields, values, *field, t.meta_keys);
        }
        Some(Form::Pause {
            choice,
            text: typed_text,
        }) => {
            let inner = overlay(buf, body, width, 11, t.pause_title);
            let mut lines = vec![Line::from(label(t.pause_prompt, true))];
            for (i, reason) in t.pause_reasons.iter().enumerate() {
                // Typed text replaces the choice: the list then only shows what there was.
                let chosen = i == *choice && typed_text.trim().is_empty();
                let (mark, style) = if chosen {
                    ("▸ ", colour::selected().add_modifier(Modifier::BOLD))
                } else {
                    ("  ", colour::dim())
                };
                lines.push(Line::styled(format!("{mark}{reason}"), style));
            }
            lines.push(typed(typed_text, true));
            prose_and_keys(buf, inner, lines, t.pause_keys);
        }
        Some(Form::Observe { text: typed_text }) => {
            let inner = overlay(buf, body, width, 10, t.observe_title);
            let mut lines = Vec::new();
            if let Some(r) = observation_reference(cx) {
                lines.push(Line::from(vec![label(t.refers_to, false), Span::raw(r)]));
            }
            lines.push(Line::from(label(t.text_prompt, true)));
            lines.push(typed(typed_text, true));
            prose_and_keys(buf, inner, lines, t.observe_keys);
        }
    }
}

/// The guided overlay's step `step`.
pub(super) fn guide(buf: &mut Buffer, area: Rect, cx: &Ctx, step: usize) {
    let steps = text::guide(cx.lang, cx.role, cx.app.scenario().control().full_guide);
    let Some(s) = steps.get(step) else {
        return;
    };
    let title = format!("{} ({}/{})", s.title, step + 1, steps.len());
    let lines = vec![Line::raw(s.text)];
    kit::overlay_lines(buf, area, &title, lines, text::guide_keys(cx.lang));
}

/// The Lage page as last written, for reading (staff following control, observers).
pub(super) fn lage_page(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let mut lines = Vec::new();
    match &cx.app.file().lage {
        Some(page) => {
            lines.push(Line::styled(
                text::wall_time(&page.exercise_time, cx.lang),
                colour::dim(),
            ));
            for (name, value) in
                t.lage_fields
                    .iter()
                    .zip([&page.situation, &page.assumptions, &page.questions])
            {
                lines.push(Line::raw(""));
                lines.push(Line::styled(name.to_string(), colour::title()));
                lines.extend(value.lines().map(|l| Line::raw(l.to_string())));
            }
        }
        None => lines.push(Line::styled(t.lage_empty, colour::dim())),
    }
    kit::overlay_lines(buf, area, t.lage_title, lines, t.entry_keys);
}

/// What an observation will refer to: the selected logbook entry or inject (as the keys do).
fn observation_reference(cx: &Ctx) -> Option<String> {
    match cx.app.screen() {
        Screen::Einsatztagebuch => input::logbook_entry(cx.app.file(), cx.role, cx.ui.selected)
            .map(|e| format!("{} {}", cx.t.col_number, e.number)),
        Screen::Einlagen => input::inbox(cx.snap, cx.app.file(), cx.ui.filter.as_deref())
            .get(cx.ui.selected)
            .map(|i| format!("{} – {}", i.id, i.title)),
        _ => None,
    }
}

/// The help overlay: every key, in two columns when the screen is short.
pub(super) fn help(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let mode = if cx.app.film_ticks().is_some() {
        text::KeyMode::Film
    } else if cx.ui.read_only {
        text::KeyMode::Follow
    } else {
        text::KeyMode::Play
    };
    help_of(buf, area, cx.t, &text::help(cx.lang, cx.role, mode));
}

/// The help overlay of `groups` of (key, what it does).
pub(super) fn help_of(
    buf: &mut Buffer,
    area: Rect,
    t: &text::Texts,
    groups: &[(&str, Vec<(&str, &str)>)],
) {
    let lines_of = |g: &[(&str, Vec<(&str, &str)>)]| -> usize {
        g.iter().map(|(_, keys)| keys.len() + 2).sum::<usize>()
    };
    let total = lines_of(groups);
    let avail = usize::from(area.height.saturating_sub(5));
    let two = total > avail;
    let w = area.width.saturating_sub(2).min(if two { 96 } else { 60 });
    // Split where the columns come out most even.
    let first = (1..groups.len())
        .min_by_key(|&at| lines_of(&groups[..at]).max(lines_of(&groups[at..])))
        .unwrap_or(groups.len() / 2);
    let need = if two {
        lines_of(&groups[..first]).max(lines_of(&groups[first..]))
    } else {
        total
    };
    let h = u16w(need + 3).min(area.height.saturating_sub(1));
    let inner = overlay(buf, area, w, h, t.help_title);
    let column = |buf: &mut Buffer, area: Rect, groups: &[(&str, Vec<(&str, &str)>)]| {
        let key_w = groups
            .iter()
            .flat_map(|(_, k)| k.iter().map(|(key, _)| kit::width(key)))
            .max()
            .unwrap_or(4);
        let mut row = 0;
        for (name, keys) in groups {
            kit::put(buf, area, row, &Line::styled(*name, colour::title()));
            row += 1;
            for (key, what) in keys {
                let line = Line::from(vec![
                    Span::styled(format!(" {key:<key_w$}  "), colour::key()),
                    Span::raw(*what),
                ]);
                kit::put(buf, area, row, &line);
                row += 1;
            }
            row += 1;
        }
    };
    let body = Rect {
        height: inner.height.saturating_sub(1),
        ..inner
    };
    if two {
        let half = body.width / 2;
        let (a, b) = super::columns(body, half);
        column(buf, a, &groups[..first]);
        column(buf, b, &groups[first..]);
    } else {
        column(buf, body, groups);
    }
    keys(buf, inner, t.help_close);
}

/// The quit question.
pub(super) fn quit(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    // A view that only looks wrote nothing, so it has nothing saved to speak of.
    let note = if super::read_only(cx) {
        cx.t.quit_unchanged
    } else {
        cx.t.quit_saved
    };
    quit_box(buf, area, cx.t, note);
}

/// The quit question, saying what becomes of the file (`file_note`).
pub(super) fn quit_box(buf: &mut Buffer, area: Rect, t: &text::Texts, file_note: &str) {
    let inner = overlay(
        buf,
        area,
        area.width.saturating_sub(4).min(74),
        7,
        t.quit_title,
    );
    let lines = [
        Line::styled(t.quit_question, colour::title()),
        Line::raw(file_note),
        Line::raw(""),
        Line::styled(t.quit_keys, colour::key()),
    ];
    for (row, line) in lines.iter().enumerate() {
        kit::put(buf, inner, u16w(row), line);
    }
}
