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

#[test]
fn kfz_waits_for_the_state_link() {
    let s = westmecklenburg();
    let base = outcomes(&s, &Mode::Historical.commands(&s), 1..=10);
    let week = 7 * 24 * 60 / s.meta().tick;
    let later = outcomes(
        &s,
        &shifted(
            &s,
            "landesnetz-wiederanschluss",
            "cn-lavine-anschluss",
            week,
        ),
        1..=10,
    );
    let (before, after) = (
        median_day(base.iter().map(|o| restored(o, "kfz-zulassung"))),
        median_day(later.iter().map(|o| restored(o, "kfz-zulassung"))),
    );
    assert!(
        after >= before + 5,
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
