//! The key figures of a run, computed from the simulated state.

use bevy_ecs::prelude::*;
use serde::Serialize;

use super::Model;
use super::actions::ActionRecord;
use super::attacker::AttackerState;
use super::clock::Clock;
use super::hosts::Hosts;
use super::record::Stats;
use super::services::{DeadlineOutcomes, ServiceState};
use crate::scenario::model::NetworkKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HostFigures {
    pub total: u64,
    pub compromised_peak: u32,
    pub encrypted_peak: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceFigures {
    pub id: String,
    /// Hours down or on paper.
    pub down_hours: u64,
    /// First day from which the service stays up or degraded to the end; `None` if never.
    pub restored_day: Option<i64>,
    pub backlog_peak: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineFigures {
    pub id: String,
    pub due_day: i64,
    /// `None` if the run ended before the deadline fell due.
    pub met: Option<bool>,
}

/// What `run --json` prints besides scenario, mode and seed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Outcome {
    pub ticks: u64,
    pub state_hash: String,
    pub hosts: HostFigures,
    /// The attacker reached a host in a state network (`cn-lavine` in Westmecklenburg).
    pub state_network_breached: bool,
    pub services: Vec<ServiceFigures>,
    pub deadlines: Vec<DeadlineFigures>,
    pub fines_lapsed: u64,
    pub cost_eur: u64,
    /// First day from which every service stays up and no host is compromised, encrypted,
    /// offline or being checked, to the end; `None` if never.
    pub normal_operation_day: Option<i64>,
}

/// The day from which a condition held to the end, given the last tick it did not.
fn recovered_day(model: &Model, clock: &Clock, last_bad: Option<u64>) -> Option<i64> {
    match last_bad {
        None => Some(model.day_of(0)),
        Some(t) if t >= clock.tick => None,
        Some(t) => Some(model.day_of((t as i64 + 1) * clock.tick_len)),
    }
}

pub fn measure(world: &mut World) -> Outcome {
    let hash = super::record::state_hash(world, false);
    let model = world.resource::<Model>().clone();
    let clock = *world.resource::<Clock>();
    let stats = world.resource::<Stats>().clone();
    let attacker = world.resource::<AttackerState>();
    let state_network_breached = model
        .networks()
        .iter()
        .enumerate()
        .any(|(i, n)| n.kind == NetworkKind::State && attacker.breached[i]);
    let mut services: Vec<ServiceState> = world
        .query::<&ServiceState>()
        .iter(world)
        .cloned()
        .collect();
    services.sort_by_key(|s| s.service);
    let fines_lapsed = services
        .iter()
        .filter(|s| model.services()[s.service.index()].lapses_after.is_some())
        .map(|s| s.lapsed)
        .sum();
    let outcomes = world.resource::<DeadlineOutcomes>();
    Outcome {
        ticks: clock.tick,
        state_hash: hash.iter().map(|b| format!("{b:02x}")).collect(),
        hosts: HostFigures {
            total: world.resource::<Hosts>().len() as u64,
            compromised_peak: stats.compromised_peak,
            encrypted_peak: stats.encrypted_peak,
        },
        state_network_breached,
        services: model
            .services()
            .iter()
            .enumerate()
            .map(|(i, s)| ServiceFigures {
                id: s.id.clone(),
                down_hours: stats.down_ticks[i] * clock.tick_len as u64 / 60,
                restored_day: recovered_day(&model, &clock, stats.last_bad_tick[i]),
                backlog_peak: stats.backlog_peak[i],
            })
            .collect(),
        deadlines: model
            .deadlines()
            .iter()
            .enumerate()
            .map(|(i, d)| DeadlineFigures {
                id: d.id.clone(),
                due_day: model.day_of(d.due),
                met: outcomes.0[i],
            })
            .collect(),
        fines_lapsed,
        cost_eur: world.resource::<ActionRecord>().cost_eur,
        normal_operation_day: recovered_day(&model, &clock, stats.last_abnormal_tick),
    }
}
