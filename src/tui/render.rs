//! Drawing the whole screen from the app and the interaction state. Pure: no I/O, nothing
//! changes; the only calls into the exercise are [`App::snapshot`] (the role's own, already
//! filtered picture) and the read accessors.
//!
//! Every frame has the same frame: the header (ÜBUNG, scenario, role, exercise time, day, real
//! time), the tabs, the screen, and the status line (file, exercise status, last outcome, help).
//! Below 80×24 only the exercise mark and a note are drawn.
//!
//! What `ui.selected` points at on each screen is defined by the key handling
//! ([`crate::tui::input`]: `inbox`, `script`, the logbook in file order, the scenario's actions
//! and objectives); the screens draw those same lists in that same order.

mod dialogs;
mod einlagen;
mod film;
mod kit;
mod lagebild;
mod massnahmen;
mod steuerung;
mod tagebuch;
mod verlauf;
mod why;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use crate::app::{App, Outcome, ReadOnly, Role, Screen};
use crate::exercise::Status as ExerciseStatus;
use crate::i18n::Lang;
use crate::sim::snapshot::Snapshot;
use crate::tui::text::{self, Texts};
use crate::tui::ui::Ui;
use kit::{colour, fit, fit_left, u16w, width};

/// The smallest screen the interface is laid out for.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What every screen renderer gets.
pub(crate) struct Ctx<'a> {
    pub app: &'a App,
    pub snap: &'a Snapshot,
    pub ui: &'a Ui,
    pub lang: Lang,
    pub t: &'static Texts,
    pub role: Role,
    /// The selected row's chain of reasons, on the screens that show it.
    pub why: Option<&'a why::Shown>,
}

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, app: &mut App, ui: &Ui, real_time: &str) {
    let area = frame.area();
    let lang = app.lang();
    let t = text::texts(lang);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(frame.buffer_mut(), area, t);
        return;
    }
    let snap = app.snapshot();
    // Objectives are the run's evidence, for observers (control sees the truth anyway).
    let rating = matches!(ui.form, Some(crate::tui::ui::Form::Rate { .. }));
    let objectives = if app.role() == Role::Observer && (app.screen() == Screen::Verlauf || rating)
    {
        app.objectives()
    } else {
        Vec::new()
    };
    let shown = why::gather(app, ui, &snap);
    let app: &App = app;
    let cx = Ctx {
        app,
        snap: &snap,
        ui,
        lang,
        t,
        role: app.role(),
        why: shown.as_ref(),
    };
    let buf = frame.buffer_mut();
    let header = Rect { height: 1, ..area };
    let tabs = Rect {
        y: area.y + 1,
        height: 1,
        ..area
    };
    let status = Rect {
        y: area.y + area.height - 1,
        height: 1,
        ..area
    };
    // The Lagefilm's time slider takes a line from the screen, just above the status line.
    let film = app.film_ticks();
    let slider = Rect {
        y: area.y + area.height - 2,
        height: 1,
        ..area
    };
    let body = Rect {
        y: area.y + 2,
        height: area.height - 3 - u16::from(film.is_some()),
        ..area
    };
    draw_header(buf, header, &cx, real_time);
    draw_tabs(buf, tabs, &cx);
    match app.screen() {
        Screen::Lagebild => lagebild::draw(buf, body, &cx),
        Screen::Einlagen => einlagen::draw(buf, body, &cx),
        Screen::Massnahmen => massnahmen::draw(buf, body, &cx),
        Screen::Einsatztagebuch => tagebuch::draw(buf, body, &cx),
        Screen::Verlauf => verlauf::draw(buf, body, &cx, &objectives),
        // Only control may open it; anyone else gets the Lagebild, never the truth.
        Screen::Steuerung if cx.role == Role::Control => steuerung::draw(buf, body, &cx),
        Screen::Steuerung => lagebild::draw(buf, body, &cx),
    }
    if let Some((tick, total)) = film {
        film::draw(buf, slider, &cx, tick, total);
    }
    draw_status(buf, status, &cx);
    dialogs::draw(buf, body, &cx, &objectives);
    if ui.why {
        why::overlay(buf, body, &cx);
    }
    if ui.lage {
        dialogs::lage_page(buf, body, &cx);
    }
    if let Some(step) = ui.guide {
        dialogs::guide(buf, body, &cx, step);
    }
    if let Some(number) = ui.entry {
        tagebuch::entry_overlay(buf, body, &cx, number);
    }
    if let Some(id) = &ui.preview
        && cx.role == Role::Control
    {
        steuerung::preview(buf, body, &cx, id);
    }
    if app.help_open() {
        dialogs::help(buf, area, &cx);
    }
    if app.confirming_quit() {
        dialogs::quit(buf, area, &cx);
    }
}

/// Draws the read-only view of an exercise file another engine version wrote: the frame every
/// screen has, the Einsatztagebuch, and a banner above the status line that says who wrote the
/// file and that nothing is re-simulated or saved. Pure, like [`draw`].
pub fn draw_read_only(frame: &mut Frame, view: &ReadOnly, ui: &Ui, real_time: &str) {
    let area = frame.area();
    let lang = view.lang();
    let t = text::texts(lang);
    let buf = frame.buffer_mut();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(buf, area, t);
        return;
    }
    let line = |y: u16| Rect {
        y,
        height: 1,
        ..area
    };
    let body = Rect {
        y: area.y + 2,
        height: area.height - 4,
        ..area
    };
    // Where the record ends: the time of its last tick, by the scenario's clock.
    let (time, day) = view.archive().ends_at();
    let time = time.map_or_else(|| "–".to_string(), |t| text::wall_time(&t, lang));
    let when = match day {
        Some(day) => format!("{time} │ {}", text::day(day, lang)),
        None => time,
    };
    let title = view.archive().title();
    header_line(
        buf,
        line(area.y),
        view.role(),
        lang,
        title,
        &when,
        real_time,
        false,
    );
    tab_line(buf, line(area.y + 1), &ReadOnly::SCREENS, view.screen());
    let all = &view.file().logbook;
    let shown: Vec<&crate::exercise::Entry> = all.iter().rev().collect();
    let log = tagebuch::Log {
        all,
        shown: &shown,
        names: view.archive().scenario.as_deref(),
    };
    tagebuch::draw_log(buf, body, &log, ui, lang, t.read_only_keys);
    let banner = text::read_only_banner(view.written_by(), lang);
    let style = colour::warn().add_modifier(Modifier::REVERSED | Modifier::BOLD);
    let banner_area = line(area.y + area.height - 2);
    buf.set_style(banner_area, style);
    buf.set_line(
        area.x,
        banner_area.y,
        &Line::styled(fit(&banner, usize::from(area.width)), style),
        area.width,
    );
    let (message, message_style) = match (&ui.message, view.last_outcome()) {
        (Some(m), _) => (m.clone(), colour::bad()),
        (None, Some(Outcome::NotAllowed)) => (
            text::read_only_refused(view.written_by(), lang),
            colour::bad(),
        ),
        (None, _) => (t.film_read_only.to_string(), colour::dim()),
    };
    let status = line(area.y + area.height - 1);
    let phase = view.file().status;
    status_line(
        buf,
        status,
        lang,
        phase,
        &message,
        message_style,
        view.path(),
    );
    if view.help_open() {
        dialogs::help_of(buf, area, t, &text::read_only_help(lang));
    }
    if view.confirming_quit() {
        dialogs::quit_box(buf, area, t, t.quit_unchanged);
    }
}

fn too_small(buf: &mut Buffer, area: Rect, t: &Texts) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let w = usize::from(area.width);
    let mark = Line::from(Span::styled(fit(t.exercise, w), colour::mark()));
    let note = Line::from(fit(t.too_small, w));
    let top = area.y + area.height.saturating_sub(2) / 2;
    buf.set_line(area.x, top, &mark, area.width);
    if top + 1 < area.y + area.height {
        buf.set_line(area.x, top + 1, &note, area.width);
    }
}

fn draw_header(buf: &mut Buffer, area: Rect, cx: &Ctx, real_time: &str) {
    let time = text::wall_time(&cx.snap.time, cx.lang);
    let day = text::day(cx.snap.day, cx.lang);
    let when = format!("{time} │ {day}");
    let title = &cx.app.scenario().meta().title;
    // The Lagefilm says it on its status line and slider; `--follow` here.
    let mark = cx.ui.read_only;
    header_line(buf, area, cx.role, cx.lang, title, &when, real_time, mark);
}

/// Whether the screen only looks: `play --follow` or the Lagefilm.
pub(crate) fn read_only(cx: &Ctx) -> bool {
    cx.ui.read_only || cx.app.film_ticks().is_some()
}

/// The header: ÜBUNG, the read-only mark if the view only looks, the title (`full`, shortened
/// to its head if need be), the role, the exercise time and day (`when`) and the real time.
#[expect(clippy::too_many_arguments, reason = "the parts of one line")]
fn header_line(
    buf: &mut Buffer,
    area: Rect,
    role: Role,
    lang: Lang,
    full: &str,
    when: &str,
    real_time: &str,
    read_only: bool,
) {
    let t = text::texts(lang);
    let role = text::role(role, lang);
    let real = text::clock_part(real_time);
    let w = usize::from(area.width);
    let mark = if read_only {
        format!(" {} · {} ", t.exercise, text::read_only_mark(lang))
    } else {
        format!(" {} ", t.exercise)
    };
    let long = format!(" {role} │ {when} │ {} {real} ", t.real_time);
    let short = format!(" {role} │ {when} │ {real} ");
    let head = full.split_once(':').map_or(full, |(h, _)| h);
    // The real-time label only if the title's head still fits beside it.
    let right = if w >= width(&mark) + width(&long) + 1 + width(head).min(24) {
        long
    } else {
        short
    };
    let room = w.saturating_sub(width(&mark) + width(&right) + 1);
    // A title that does not fit keeps its head ("Westmecklenburg 2021: Ransomware …").
    let title = if width(full) > room {
        fit(head, room)
    } else {
        full.to_string()
    };
    let pad = room.saturating_sub(width(&title));
    let line = Line::from(vec![
        Span::styled(mark, colour::mark()),
        Span::raw(" "),
        Span::styled(title, colour::title()),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, Style::new().add_modifier(Modifier::BOLD)),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

fn draw_tabs(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    tab_line(buf, area, Screen::for_role(cx.role), cx.app.screen());
}

/// The tabs of `screens`, each with the number key that opens it.
fn tab_line(buf: &mut Buffer, area: Rect, screens: &[Screen], current: Screen) {
    let mut spans = Vec::new();
    for screen in screens {
        let key = Screen::ALL.iter().position(|s| s == screen).unwrap_or(0) + 1;
        let active = *screen == current;
        let style = if active {
            colour::selected().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
        };
        spans.push(Span::styled(" ", style));
        spans.push(Span::styled(format!("{key}"), colour::key().patch(style)));
        spans.push(Span::styled(
            format!(" {} ", text::screen_name(*screen)),
            style,
        ));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

fn draw_status(buf: &mut Buffer, area: Rect, cx: &Ctx) {
    let t = cx.t;
    let film = cx.app.film_ticks().is_some();
    let (message, message_style) = match (&cx.ui.message, cx.app.last_outcome()) {
        (Some(m), _) => (m.clone(), Style::new()),
        // The Lagefilm's only actions move the slider; it says instead that it only looks.
        (None, _) if film => (t.film_read_only.to_string(), colour::dim()),
        (None, Some(o)) => (
            text::outcome(o, cx.lang),
            match o {
                Outcome::SaveFailed(_) | Outcome::Rejected(_) | Outcome::NotAllowed => {
                    colour::bad()
                }
                _ => Style::new(),
            },
        ),
        (None, None) => (String::new(), Style::new()),
    };
    let status = cx.app.file().status;
    status_line(
        buf,
        area,
        cx.lang,
        status,
        &message,
        message_style,
        cx.app.path(),
    );
}

/// The status line: the exercise's phase, a message, the file's path and the help key.
fn status_line(
    buf: &mut Buffer,
    area: Rect,
    lang: Lang,
    status: ExerciseStatus,
    message: &str,
    message_style: Style,
    path: &std::path::Path,
) {
    let t = text::texts(lang);
    let w = usize::from(area.width);
    buf.set_style(area, colour::status_bar());
    let status_text = format!(" {} ", text::exercise_status(status, lang));
    let status_style = match status {
        ExerciseStatus::Running => colour::ok().add_modifier(Modifier::REVERSED),
        ExerciseStatus::Paused | ExerciseStatus::Prepared => {
            colour::warn().add_modifier(Modifier::REVERSED)
        }
        ExerciseStatus::Interrupted => colour::bad().add_modifier(Modifier::REVERSED),
        ExerciseStatus::Ended => colour::truth().add_modifier(Modifier::REVERSED),
    };
    let help = format!(" │ {} ", t.help_hint);
    let path = path.display().to_string();
    let avail = w.saturating_sub(width(&status_text) + width(&help) + 2);
    let msg_len = width(message);
    let path_w = width(&path).min(avail.saturating_sub(msg_len + 1).max(16));
    let msg_w = avail.saturating_sub(path_w + 1);
    let message = fit(message, msg_w);
    let path = fit_left(&path, path_w);
    let pad = avail.saturating_sub(width(&message) + width(&path));
    let line = Line::from(vec![
        Span::styled(status_text, status_style),
        Span::raw(" "),
        Span::styled(message, message_style),
        Span::raw(" ".repeat(pad + 1)),
        Span::styled(path, colour::dim().bg(ratatui::style::Color::Indexed(236))),
        Span::styled(help, colour::key()),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// Splits `total` rows among panels: each gets its minimum, then the rest goes to them in
/// order until each has what it wants; a last remainder goes to the last panel.
pub(crate) fn share(total: u16, wants: &[(u16, u16)]) -> Vec<u16> {
    let mut got: Vec<u16> = wants.iter().map(|(min, _)| *min).collect();
    let mut left = total.saturating_sub(got.iter().sum());
    for (g, (_, want)) in got.iter_mut().zip(wants) {
        let add = want.saturating_sub(*g).min(left);
        *g += add;
        left -= add;
    }
    if let Some(last) = got.last_mut() {
        *last += left;
    }
    // Never more than the total (minimums may not fit on tiny screens).
    let mut over = got.iter().sum::<u16>().saturating_sub(total);
    for g in got.iter_mut().rev() {
        let cut = over.min(*g);
        *g -= cut;
        over -= cut;
    }
    got
}

/// Stacks areas of the given heights from the top of `area`.
pub(crate) fn stack(area: Rect, heights: &[u16]) -> Vec<Rect> {
    let mut y = area.y;
    heights
        .iter()
        .map(|h| {
            let h = (*h).min(area.y + area.height - y);
            let r = Rect {
                y,
                height: h,
                ..area
            };
            y += h;
            r
        })
        .collect()
}

/// Splits an area into a left part of `left` columns, a gap of one, and the rest.
pub(crate) fn columns(area: Rect, left: u16) -> (Rect, Rect) {
    let left = left.min(area.width);
    let a = Rect {
        width: left,
        ..area
    };
    let x = (area.x + left + 1).min(area.x + area.width);
    let b = Rect {
        x,
        width: area.x + area.width - x,
        ..area
    };
    (a, b)
}

pub(crate) fn rows(n: usize) -> u16 {
    u16w(n)
}
