//! The Westmecklenburg replay against the 2021 facts, and the decisions that move it.
//!
//! The figures come from the mechanisms (spread over open links, shutdowns, restores at their
//! rates, the state link, intake-first case work and the three-month clock), never from fitted
//! outcomes: moving one historical decision moves the result the way the mechanism says.
//! Sources for the targets: research/westmecklenburg-2021.md (Kfz back D+19/24, licences ~D+55,
//! ~3,360 fines lapsed, payments on 29 Oct and 1 Nov made, 15 Nov direct debits missed, normal
//! operation early April 2022 ≈ D+170, the state network not affected).

use std::sync::Arc;

use krisenstab::run::{self, Mode};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::command::{Command, Logged};
use krisenstab::sim::outcome::Outcome;

fn westmecklenburg() -> Arc<Scenario> {
    Arc::new(scenario::parse(scenario::builtin("westmecklenburg").unwrap()).unwrap())
}

fn outcomes(
    s: &Arc<Scenario>,
    commands: &[Logged],
    seeds: std::ops::RangeInclusive<u64>,
) -> Vec<Outcome> {
    seeds
        .map(|seed| run::run(Arc::clone(s), seed, commands, None).sim.outcome())
        .collect()
}

/// The historical commands with the decision on `action` (and `target`) moved by `ticks`.
fn shifted(s: &Scenario, action: &str, target: &str, ticks: i64) -> Vec<Logged> {
    let mut commands = Mode::Historical.commands(s);
    let mut moved = 0;
    for c in &mut commands {
        if let Command::Decide(d) = &c.command
            && d.action == action
            && d.target.as_deref() == Some(target)
        {
            c.tick = c.tick.checked_add_signed(ticks).unwrap();
            c.minute = c.minute.map(|m| m + ticks * s.meta().tick);
            moved += 1;
        }
    }
    assert_eq!(moved, 1, "exactly one decision on {action} {target}");
    commands
}

fn median(mut xs: Vec<i64>) -> i64 {
    xs.sort_unstable();
    xs[xs.len() / 2]
}

/// The median of a day figure; a run in which it never happens counts as after every other.
fn median_day(xs: impl Iterator<Item = Option<i64>>) -> i64 {
    median(xs.map(|d| d.unwrap_or(i64::MAX)).collect())
}

fn restored(o: &Outcome, service: &str) -> Option<i64> {
    o.services
        .iter()
        .find(|s| s.id == service)
        .unwrap()
        .restored_day
}

fn met(o: &Outcome, deadline: &str) -> Option<bool> {
    o.deadlines.iter().find(|d| d.id == deadline).unwrap().met
}

fn breaches(runs: &[Outcome]) -> usize {
    runs.iter().filter(|o| o.state_network_breached).count()
}

#[test]
fn the_historical_replay_gives_roughly_what_happened_in_2021() {
    let s = westmecklenburg();
    let runs = outcomes(&s, &Mode::Historical.commands(&s), 1..=20);
    let count = |f: &dyn Fn(&Outcome) -> bool| runs.iter().filter(|o| f(o)).count();
    let payments = count(&|o| {
        met(o, "sozialleistungen-2021-10-29") == Some(true)
            && met(o, "sozialleistungen-2021-11-01") == Some(true)
    });
    assert!(payments > 10, "social payments made in {payments} of 20");
    let debits = count(&|o| met(o, "lastschrift-2021-11-15") == Some(false));
    assert!(debits > 10, "direct debits missed in {debits} of 20");
    let kfz = median_day(runs.iter().map(|o| restored(o, "kfz-zulassung")));
    assert!((17..=26).contains(&kfz), "Kfz back on day {kfz}");
    let licences = median_day(runs.iter().map(|o| restored(o, "fuehrerschein")));
    assert!(
        (45..=65).contains(&licences),
        "licences back on day {licences}"
    );
    let fines = median(runs.iter().map(|o| o.fines_lapsed as i64).collect());
    assert!((2_500..=4_500).contains(&fines), "{fines} fines lapsed");
    assert!(
        breaches(&runs) <= 2,
        "state network breached in {} of 20",
        breaches(&runs)
    );
    let normal = median_day(runs.iter().map(|o| o.normal_operation_day));
    assert!(
        (140..=190).contains(&normal),
        "normal operation from day {normal}"
    );
}

/// The day the state link came back in a run (the reconnection finished).
fn link_back(s: &Scenario, run: &run::Run) -> i64 {
    let action = s
        .actions()
        .iter()
        .position(|a| a.id == "landesnetz-wiederanschluss")
        .unwrap();
    let at = run
        .sim
        .timeline()
        .iter()
        .find_map(|f| match f.kind {
            krisenstab::sim::record::FactKind::ActionFinished { action: a, .. }
                if a.index() == action =>
            {
                Some(f.at)
            }
            _ => None,
        })
        .unwrap();
    s.day_of(at)
}

#[test]
fn kfz_waits_for_the_state_link() {
    let s = westmecklenburg();
    let week = 7 * 24 * 60 / s.meta().tick;
    let moved = shifted(
        &s,
        "landesnetz-wiederanschluss",
        "cn-lavine-anschluss",
        week,
    );
    let mut base_days = Vec::new();
    let mut later_days = Vec::new();
    for seed in 1..=10 {
        for (commands, days) in [
            (Mode::Historical.commands(&s), &mut base_days),
            (moved.clone(), &mut later_days),
        ] {
            let mut run = run::run(Arc::clone(&s), seed, &commands, None);
            let link = link_back(&s, &run);
            let kfz = restored(&run.sim.outcome(), "kfz-zulassung").unwrap();
            // Registration needs the state registers: never back before the link.
            assert!(
                kfz >= link,
                "seed {seed}: Kfz on day {kfz}, link on day {link}"
            );
            days.push(kfz);
        }
    }
    let (before, after) = (median(base_days), median(later_days));
    assert!(
        after > before,
        "reconnecting a week later moved Kfz from day {before} to day {after}"
    );
}

#[test]
fn doing_nothing_lets_the_attacker_into_the_state_network() {
    let s = westmecklenburg();
    let passive = outcomes(&s, &[], 1..=20);
    let historical = outcomes(&s, &Mode::Historical.commands(&s), 1..=20);
    assert!(
        breaches(&passive) >= 11,
        "passive: breached in {} of 20",
        breaches(&passive)
    );
    let encrypted = |runs: &[Outcome]| {
        median(
            runs.iter()
                .map(|o| i64::from(o.hosts.encrypted_peak))
                .collect(),
        )
    };
    let (p, h) = (encrypted(&passive), encrypted(&historical));
    assert!(
        p * 2 > h * 3,
        "passive encrypts {p} hosts at the median, history {h}"
    );
}

#[test]
fn cutting_the_state_link_a_day_later_raises_the_breach_rate() {
    let s = westmecklenburg();
    let day = 24 * 60 / s.meta().tick;
    let seeds = 1..=40;
    let historical = breaches(&outcomes(&s, &Mode::Historical.commands(&s), seeds.clone()));
    let later = breaches(&outcomes(
        &s,
        &shifted(&s, "landesnetz-trennen", "cn-lavine-anschluss", day),
        seeds,
    ));
    assert!(
        later > historical,
        "a day later: {later} of 40 breached; in history: {historical}"
    );
}

/// The first `DD.MM.YYYY` in a text, as `YYYY-MM-DD`.
fn first_date(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(9)).find_map(|i| {
        let w = text.get(i..i + 10)?;
        let b = w.as_bytes();
        let digits = [0, 1, 3, 4, 6, 7, 8, 9]
            .iter()
            .all(|&j| b[j].is_ascii_digit());
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        (digits && b[2] == b'.' && b[5] == b'.' && before_ok)
            .then(|| format!("{}-{}-{}", &w[6..10], &w[3..5], &w[0..2]))
    })
}

#[test]
fn the_2021_observations_are_sourced_and_name_key_figures() {
    let s = westmecklenburg();
    let observed = s.observed();
    assert!(observed.len() >= 8, "only {} observed", observed.len());
    for o in observed {
        let name = s.figure_name(o.figure);
        assert_eq!(
            s.figure(&name),
            Some(o.figure),
            "{name} does not round-trip"
        );
        assert!(!o.provenance.sources.is_empty(), "{name} has no source");
        assert!(!o.text.trim().is_empty(), "{name} has no text");
        assert!(o.value.is_finite() && o.value >= 0.0, "{name}: {}", o.value);
    }
    // The figures the README's table compares with 2021 are all there.
    for name in [
        "services.kfz-zulassung.restored_day",
        "services.fuehrerschein.restored_day",
        "deadlines.sozialleistungen-2021-10-29.met",
        "deadlines.sozialleistungen-2021-11-01.met",
        "deadlines.lastschrift-2021-11-15.met",
        "fines_lapsed",
        "state_network_breached",
        "normal_operation_day",
    ] {
        let f = s.figure(name).unwrap();
        assert!(
            observed.iter().any(|o| o.figure == f),
            "{name} not observed"
        );
    }
}

#[test]
fn observed_days_agree_with_the_date_in_their_text() {
    // Day figures are counted as the engine counts them; the text names the real date, at
    // office hours (08:00) so that it falls on the day that began at 03:00.
    let s = westmecklenburg();
    let start = s.meta().start;
    let mut checked = 0;
    for o in s.observed() {
        let name = s.figure_name(o.figure);
        if !name.ends_with("_day") {
            continue;
        }
        let date = first_date(&o.text).unwrap_or_else(|| panic!("{name}: no date in text"));
        let at = krisenstab::time::WallClock::parse(&format!("{date} 08:00")).unwrap();
        let day = s.day_of(at.minutes_since(start));
        assert_eq!(o.value, day as f64, "{name}: {date} is day {day}");
        checked += 1;
    }
    assert!(checked >= 5, "only {checked} day figures");
}

#[test]
fn a_scenario_without_observations_is_valid() {
    let tutorial = scenario::parse(scenario::builtin("tutorial").unwrap()).unwrap();
    assert!(tutorial.observed().is_empty());
    assert_eq!(tutorial.counts().observed, 0);
}
