//! Issue 19: what-if answers from forks that rejoin, on common random numbers.
//!
//! - a fork of the baseline's world, run with a variant's commands, ends exactly as the variant
//!   run alone from the start (outcome and state hash), for every decision of the 2021
//!   Realverlauf left out, on seeds 1–5; a fork that rejoins the baseline's course gives the
//!   same outcome without simulating the rest (seeds 1–2);
//! - a decision whose effects all end within the run, shifted by an hour, rejoins and changes
//!   nothing;
//! - shifting the 2021 press conference by an hour leaves every host as it was at every tick.

use std::sync::Arc;

use krisenstab::run::{self, Mode};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::Sim;
use krisenstab::sim::command::{Command, Logged};
use krisenstab::sim::hosts::Hosts;
use krisenstab::sweep::{self, Change, Method, Variant};
use rayon::prelude::*;

fn builtin(name: &str) -> Arc<Scenario> {
    Arc::new(scenario::parse(scenario::builtin(name).unwrap()).unwrap())
}

/// The commands an exercise file of the Realverlauf records (`run --historical --save`).
fn recorded(s: &Arc<Scenario>) -> Vec<Logged> {
    run::run(Arc::clone(s), 1, &Mode::Historical.commands(s), None).applied
}

fn decision_indices(commands: &[Logged]) -> Vec<usize> {
    commands
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c.command, Command::Decide(_)))
        .map(|(i, _)| i)
        .collect()
}

fn variant(s: &Scenario, commands: &[Logged], index: usize, change: &Change) -> Variant {
    let (commands, differs) =
        sweep::changed_commands(commands, Some((index, change)), s.meta().tick);
    Variant {
        commands,
        differs,
        judged: true,
    }
}

#[test]
fn forks_end_as_runs_from_the_start_for_every_2021_decision() {
    let s = builtin("westmecklenburg");
    let file = recorded(&s);
    let (base, _) = sweep::changed_commands(&file, None, s.meta().tick);
    let indices = decision_indices(&file);
    assert!(indices.len() >= 30, "{} decisions", indices.len());
    let variants: Vec<Variant> = indices
        .iter()
        .map(|&i| variant(&s, &file, i, &Change::Drop))
        .collect();
    let refs: Vec<&Variant> = variants.iter().collect();
    let fork_only = Method {
        fork: true,
        rejoin: false,
    };
    let rejoined: usize = (1..=5u64)
        .into_par_iter()
        .map(|seed| {
            let forked = sweep::paired(&s, &base, &refs, seed, fork_only);
            // Rejoining on two of the seeds keeps the test's time bounded.
            let fast = (seed <= 2).then(|| sweep::paired(&s, &base, &refs, seed, Method::FAST));
            let mut rejoined = 0;
            for (k, v) in variants.iter().enumerate() {
                let mut alone = run::run(Arc::clone(&s), seed, &v.commands, None);
                let expected = alone.sim.outcome();
                let f = &forked.variants[k];
                assert!(f.forked > 0 || v.differs.is_some_and(|(m, _)| m < s.meta().tick));
                assert_eq!(f.outcome, expected, "seed {seed}, decision {k}: fork");
                assert_eq!(f.skipped, alone.skipped.len(), "seed {seed}, decision {k}");
                let Some(r) = fast.as_ref().map(|fast| &fast.variants[k]) else {
                    continue;
                };
                // A rejoined run carries no state hash of its own end: it never got there.
                let mut figures = expected.clone();
                if r.rejoined.is_some() {
                    figures.state_hash = String::new();
                    rejoined += 1;
                }
                assert_eq!(r.outcome, figures, "seed {seed}, decision {k}: rejoined");
                assert_eq!(r.skipped, alone.skipped.len(), "seed {seed}, decision {k}");
            }
            rejoined
        })
        .sum();
    // Most decisions leave no lasting trace on some seed; rejoining must actually happen.
    assert!(rejoined > 0, "no variant rejoined");
}

/// The tutorial's report to the police: a notification nothing depends on (no team waits for
/// it, no inject follows it, no deadline asks for it). In the tutorial its two hours bind one
/// of three staff and hold up other actions; with staff to spare its effects end when it is
/// done.
#[test]
fn a_shifted_decision_without_lasting_effect_rejoins_with_no_difference() {
    let text = scenario::builtin("tutorial").unwrap();
    let spare = text.replacen(
        "serves: [\"musterstadt\"], staff: 3,",
        "serves: [\"musterstadt\"], staff: 30,",
        1,
    );
    assert_ne!(spare, text);
    let s = Arc::new(scenario::parse(&spare).unwrap());
    let police = s
        .organisations()
        .iter()
        .position(|o| o.id == "polizei")
        .unwrap();
    assert!(s.organisations()[police].on_notice.is_empty());
    let file = recorded(&s);
    let index = file
        .iter()
        .position(|c| matches!(&c.command, Command::Decide(d) if d.action == "anzeige-polizei"))
        .expect("the tutorial's Realverlauf reports to the police");
    let shifted = variant(&s, &file, index, &Change::Shift(60));
    let (base, _) = sweep::changed_commands(&file, None, s.meta().tick);
    let end = u64::try_from(s.meta().duration / s.meta().tick).unwrap();
    for seed in 1..=5 {
        let run = sweep::paired(&s, &base, &[&shifted], seed, Method::FAST);
        let v = &run.variants[0];
        let rejoined = v.rejoined.expect("the shifted notification rejoins");
        // Soon after the later notification is done, not at the end.
        assert!(
            rejoined < end / 4,
            "seed {seed}: rejoined at {rejoined} of {end}"
        );
        let mut expected = run.base.clone();
        expected.state_hash = String::new();
        assert_eq!(v.outcome, expected, "seed {seed}: no difference");
        // Run alone, the shifted version ends with the same figures.
        let mut alone = run::run(Arc::clone(&s), seed, &shifted.commands, None)
            .sim
            .outcome();
        alone.state_hash = String::new();
        assert_eq!(alone, expected, "seed {seed}");
    }
}

/// Every host's state after every tick.
fn host_course(s: &Arc<Scenario>, seed: u64, commands: &[Logged]) -> Vec<Vec<u8>> {
    let mut course = Vec::new();
    run::run_watched(Arc::clone(s), seed, commands, None, |sim: &mut Sim| {
        let hosts = sim.world().resource::<Hosts>();
        course.push(
            (0..hosts.len() as u32)
                .map(|h| hosts.state(h) as u8)
                .collect(),
        );
    });
    course
}

#[test]
fn the_2021_press_conference_an_hour_later_leaves_every_host_as_it_was() {
    let s = builtin("westmecklenburg");
    let file = recorded(&s);
    let press = file
        .iter()
        .position(|c| match &c.command {
            Command::Decide(d) => d.action == "pressekonferenz",
            _ => false,
        })
        .expect("the Realverlauf holds a press conference");
    let shifted = variant(&s, &file, press, &Change::Shift(60));
    let (base, _) = sweep::changed_commands(&file, None, s.meta().tick);
    for seed in [1, 2] {
        let a = host_course(&s, seed, &base);
        let b = host_course(&s, seed, &shifted.commands);
        assert_eq!(a.len(), b.len());
        for (tick, (x, y)) in a.iter().zip(&b).enumerate() {
            assert!(x == y, "seed {seed}: hosts differ after tick {}", tick + 1);
        }
    }
}
