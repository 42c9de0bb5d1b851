//! Engine benchmarks (`cargo bench --bench engine`): the figures the README reports.
//!
//! - a tick of the Westmecklenburg world during the acute phase, and a full historical run;
//! - generated worlds of 10^4, 10^5 and 10^6 hosts (`krisenstab generate --hosts N`): loading
//!   and spawning, a quiet tick (nothing active), and a spreading tick, timed beside the
//!   plain-array spread step after checking that both reach the same hosts.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark stops loudly on bad setup"
)]

#[path = "support/plain.rs"]
mod plain;

use std::sync::Arc;

use divan::Bencher;
use krisenstab::run::{self, Mode};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::Sim;
use krisenstab::sim::attacker::spread_step;
use krisenstab::sim::hosts::Hosts;
use krisenstab::sim::rng::SimRng;
use krisenstab::sim::topology::{Adjacency, Barriers, IsolatedSystems};

const SIZES: [u64; 3] = [10_000, 100_000, 1_000_000];

fn main() {
    divan::main();
}

fn westmecklenburg() -> Arc<Scenario> {
    Arc::new(
        scenario::parse(scenario::builtin("westmecklenburg").expect("built in")).expect("valid"),
    )
}

fn generated(hosts: u64) -> Arc<Scenario> {
    Arc::new(scenario::parse(&krisenstab::generate::scenario(hosts)).expect("valid"))
}

/// One tick of Westmecklenburg on day 0, the busiest hours of the replay.
#[divan::bench(sample_count = 50)]
fn westmecklenburg_tick(bencher: Bencher) {
    let s = westmecklenburg();
    let commands = Mode::Historical.commands(&s);
    let day0 = u64::try_from(s.meta().incident_start / s.meta().tick).unwrap();
    bencher
        .with_inputs(|| run::run(Arc::clone(&s), 1, &commands, Some(day0)).sim)
        .bench_local_values(|mut sim| {
            sim.step();
            sim
        });
}

/// The whole Realverlauf of Westmecklenburg, start to end.
#[divan::bench(sample_count = 20)]
fn westmecklenburg_historical_run(bencher: Bencher) {
    let s = westmecklenburg();
    let commands = Mode::Historical.commands(&s);
    bencher.bench_local(|| run::run(Arc::clone(&s), 1, &commands, None).sim);
}

/// Parse a generated scenario and spawn its world.
#[divan::bench(args = SIZES, sample_count = 5)]
fn load_and_spawn(bencher: Bencher, hosts: u64) {
    let text = krisenstab::generate::scenario(hosts);
    bencher.bench_local(|| Sim::new(Arc::new(scenario::parse(&text).expect("valid")), 1));
}

/// A tick in which nothing is active: before the attacker's initial access.
#[divan::bench(args = SIZES, sample_count = 10)]
fn quiet_tick(bencher: Bencher, hosts: u64) {
    let s = generated(hosts);
    bencher
        .with_inputs(|| Sim::new(Arc::clone(&s), 1))
        .bench_local_values(|mut sim| {
            sim.step();
            sim
        });
}

/// A tick in which 1 % of hosts are compromised and the attacker moves laterally.
#[divan::bench(args = SIZES, sample_count = 10)]
fn spreading_tick_engine(bencher: Bencher, hosts: u64) {
    check_same_hosts(hosts);
    bencher
        .with_inputs(|| plain::spreading_world(hosts).0)
        .bench_local_values(|mut sim| {
            sim.step();
            sim
        });
}

/// The same spread step on plain arrays.
#[divan::bench(args = SIZES, sample_count = 10)]
fn spreading_step_plain(bencher: Bencher, hosts: u64) {
    bencher
        .with_inputs(|| {
            let (mut sim, s) = plain::spreading_world(hosts);
            (plain::Plain::from_sim(&mut sim, &s), SimRng::new(7))
        })
        .bench_local_values(|(mut p, rng)| {
            let reached = p.spread(&rng, 1);
            (p, reached)
        });
}

/// Both versions must reach the same hosts, or the comparison means nothing.
fn check_same_hosts(hosts: u64) {
    let (mut sim, s) = plain::spreading_world(hosts);
    let mut p = plain::Plain::from_sim(&mut sim, &s);
    let world = sim.world_mut();
    let adjacency = world.resource::<Adjacency>().clone();
    let isolated = world.resource::<IsolatedSystems>().clone();
    let barriers = Barriers {
        isolated: vec![false; s.networks().len()],
        cut: vec![false; s.links().len()],
    };
    let mut h = world.resource_mut::<Hosts>();
    let engine = spread_step(
        &mut h,
        &SimRng::new(7),
        1,
        &adjacency,
        &barriers,
        &isolated,
        p.attempts,
    );
    let reference = p.spread(&SimRng::new(7), 1);
    assert_eq!(
        engine, reference,
        "engine and plain arrays disagree at {hosts} hosts"
    );
}
