//! The engine's spread step and the benchmark's plain-array version reach the same hosts from
//! the same keyed draws, so the benchmark compares like with like.

#[path = "../../benches/support/plain.rs"]
mod plain;

use krisenstab::sim::attacker::spread_step;
use krisenstab::sim::hosts::Hosts;
use krisenstab::sim::rng::SimRng;
use krisenstab::sim::topology::{Adjacency, Barriers, IsolatedSystems};

#[test]
fn plain_arrays_and_engine_reach_the_same_hosts() {
    for hosts in [1_000, 30_000] {
        let (mut sim, scenario) = plain::spreading_world(hosts);
        let mut plain = plain::Plain::from_sim(&mut sim, &scenario);
        for round in 0..5u64 {
            let rng = SimRng::new(round);
            let world = sim.world_mut();
            let adjacency = world.resource::<Adjacency>().clone();
            let isolated = world.resource::<IsolatedSystems>().clone();
            let barriers = Barriers {
                isolated: vec![false; scenario.networks().len()],
                cut: vec![false; scenario.links().len()],
            };
            let mut h = world.resource_mut::<Hosts>();
            let engine = spread_step(
                &mut h,
                &rng,
                round,
                &adjacency,
                &barriers,
                &isolated,
                plain.attempts,
            );
            let reference = plain.spread(&rng, round);
            assert!(
                !engine.is_empty(),
                "{hosts} hosts, round {round}: nothing spread"
            );
            assert_eq!(engine, reference, "{hosts} hosts, round {round}");
        }
    }
}
