//! Rendering benchmarks (`cargo bench --bench render`): one full frame into a test backend.
//!
//! - the Westmecklenburg Lagebild at 120×40 as control on the morning of day 0 (the goal is
//!   under 2 ms a frame);
//! - the same Lagebild with the selected service's chain of reasons open (its projection is
//!   computed once, in the first frame, and kept while the world stands still);
//! - the Verlauf charts at 120×40 as control after 30 days (thousands of samples thinned).
//!
//! The exercise is prepared once, outside the timed part; only `terminal.draw` is timed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly on bad setup"
)]

use std::sync::Arc;

use divan::Bencher;
use krisenstab::app::{Action, App, Role, Screen};
use krisenstab::i18n::Lang;
use krisenstab::scenario;
use krisenstab::sim::command::Decision;
use krisenstab::tui::render::draw;
use krisenstab::tui::ui::Ui;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const REAL: &str = "2026-11-24 09:00:00";

fn main() {
    divan::main();
}

/// Control on Westmecklenburg: STARTEX, the alarm, the data centre isolated, forensics
/// ordered, then `ticks` more hours.
fn exercise(name: &str, ticks: u32) -> App {
    let dir = std::env::temp_dir().join(format!("krisenstab-bench-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = Arc::new(scenario::parse(text).unwrap());
    let mut app = App::start(
        s,
        text,
        2021,
        dir.join("exercise.ron"),
        Role::Control,
        Lang::DE,
    )
    .unwrap();
    app.update(Action::Startex, REAL);
    app.update(Action::NextInject, REAL);
    for (action, target, function) in [
        ("rz-isolieren", Some("ksm-rechenzentrum"), "it"),
        ("forensik-versicherer", None, "leitung"),
    ] {
        app.update(
            Action::Decide(Decision {
                action: action.into(),
                target: target.map(Into::into),
                function: function.into(),
                reason: "Lage".into(),
                order: Vec::new(),
            }),
            REAL,
        );
    }
    app.update(Action::Advance(ticks), REAL);
    app
}

fn frame(bencher: Bencher, app: App, screen: Screen) {
    frame_with(bencher, app_on(app, screen), Ui::default());
}

fn app_on(mut app: App, screen: Screen) -> App {
    app.update(Action::Open(screen), REAL);
    app
}

fn frame_with(bencher: Bencher, mut app: App, ui: Ui) {
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    bencher.bench_local(|| {
        terminal.draw(|f| draw(f, &mut app, &ui, REAL)).unwrap();
    });
}

/// The Lagebild at 120×40 as control, day 0.
#[divan::bench(sample_count = 200)]
fn lagebild_120x40_control(bencher: Bencher) {
    frame(bencher, exercise("lagebild", 6), Screen::Lagebild);
}

/// The Lagebild at 120×40 as control, day 0, with the chain of the first service open.
#[divan::bench(sample_count = 200)]
fn lagebild_why_120x40_control(bencher: Bencher) {
    let app = app_on(exercise("lagebild-why", 6), Screen::Lagebild);
    let ui = Ui {
        why: true,
        ..Ui::default()
    };
    frame_with(bencher, app, ui);
}

/// The Verlauf charts at 120×40 as control, day 30.
#[divan::bench(sample_count = 100)]
fn verlauf_120x40_control(bencher: Bencher) {
    frame(bencher, exercise("verlauf", 30 * 24), Screen::Verlauf);
}
