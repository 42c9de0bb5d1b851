//! The one place where a validated scenario becomes a world.

use std::sync::Arc;

use bevy_ecs::prelude::*;

use super::actions::{ActionRecord, Decided, Staff};
use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::Known;
use super::hosts::{Host, Hosts};
use super::injects::InjectState;
use super::record::{Stats, Timeline};
use super::rng::SimRng;
use super::services::{DeadlineOutcomes, ServiceOrder, ServiceState};
use super::topology::{Adjacency, IsolatedSystems, LinkState, NetworkState};
use super::{Entities, Model};
use crate::scenario::Scenario;
use crate::scenario::model::{InjectIdx, LinkIdx, NetworkIdx, ServiceIdx, SystemIdx};

/// Builds the world for `scenario` and `seed`: resources, then one entity per host, network,
/// link, service and inject.
pub fn populate(world: &mut World, scenario: Arc<Scenario>, seed: u64) {
    let model = Model(scenario);
    let meta = model.meta().clone();
    world.insert_resource(Clock {
        tick: 0,
        now: 0,
        tick_len: meta.tick,
        end: meta.duration,
    });
    world.insert_resource(SimRng::new(seed));

    let system_network: Vec<NetworkIdx> = model.systems().iter().map(|s| s.network).collect();
    let system_hosts: Vec<u32> = model.systems().iter().map(|s| s.hosts).collect();
    let mut hosts = Hosts::new(&system_network, &system_hosts, model.networks().len());
    let layout: Vec<(u32, SystemIdx, NetworkIdx)> = (0..hosts.len() as u32)
        .map(|h| (h, hosts.system_of(h), hosts.network_of(h)))
        .collect();
    // Whole bundles in one batch: inserting components one by one after spawning is what makes
    // a million-host spawn slow.
    hosts.entity = world
        .spawn_batch(layout.into_iter().map(|(index, system, network)| Host {
            index,
            system,
            network,
        }))
        .collect();

    let networks = (0..model.networks().len())
        .map(|i| {
            world
                .spawn(NetworkState {
                    network: NetworkIdx(i as u32),
                    isolated: false,
                    first_isolated: None,
                })
                .id()
        })
        .collect();
    let links = (0..model.links().len())
        .map(|i| {
            world
                .spawn(LinkState {
                    link: LinkIdx(i as u32),
                    cut: false,
                })
                .id()
        })
        .collect();
    let services = (0..model.services().len())
        .map(|i| {
            world
                .spawn(ServiceState::new(&model, ServiceIdx(i as u32)))
                .id()
        })
        .collect();
    let injects = model
        .injects()
        .iter()
        .enumerate()
        .map(|(i, spec)| {
            world
                .spawn(InjectState::new(InjectIdx(i as u32), spec.channel))
                .id()
        })
        .collect();
    world.insert_resource(Entities {
        networks,
        links,
        services,
        injects,
    });

    world.insert_resource(Known::new(&hosts, model.networks().len()));
    world.insert_resource(Stats {
        down_ticks: vec![0; model.services().len()],
        last_bad_tick: vec![None; model.services().len()],
        backlog_peak: vec![0; model.services().len()],
        ..Stats::default()
    });
    world.insert_resource(super::recovery::RecoveryWork::new(&model, &hosts));
    world.insert_resource(hosts);
    world.insert_resource(Adjacency::new(&model));
    world.insert_resource(IsolatedSystems(vec![false; model.systems().len()]));
    world.insert_resource(AttackerState::new(model.networks().len()));
    world.insert_resource(Staff {
        total: model.providers().iter().map(|p| p.staff).sum(),
        busy: 0,
    });
    world.insert_resource(ActionRecord::new(model.actions().len()));
    world.insert_resource(Decided::default());
    world.insert_resource(ServiceOrder::new(&model));
    world.insert_resource(DeadlineOutcomes(vec![None; model.deadlines().len()]));
    world.insert_resource(Timeline::default());
    world.insert_resource(super::injects::AdHocInjects::default());
    world.insert_resource(super::injects::OpenInjects::all(model.injects().len()));
    world.insert_resource(super::public::Public::new(&model));
    world.insert_resource(model);
}
