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
use crate::scenario::model::{Criterion, Figure, Minutes, NetworkKind};

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

impl Outcome {
    /// The value of a key figure (`None`: never, or not yet due). Services and deadlines are in
    /// the scenario's order, so the figure's index finds them.
    pub fn value(&self, figure: Figure) -> Option<f64> {
        match figure {
            Figure::CompromisedPeak => Some(f64::from(self.hosts.compromised_peak)),
            Figure::EncryptedPeak => Some(f64::from(self.hosts.encrypted_peak)),
            Figure::StateNetworkBreached => Some(f64::from(u8::from(self.state_network_breached))),
            Figure::FinesLapsed => Some(self.fines_lapsed as f64),
            Figure::CostEur => Some(self.cost_eur as f64),
            Figure::NormalOperationDay => self.normal_operation_day.map(|d| d as f64),
            Figure::ServiceDownHours(s) => {
                self.services.get(s.index()).map(|s| s.down_hours as f64)
            }
            Figure::ServiceRestoredDay(s) => self
                .services
                .get(s.index())
                .and_then(|s| s.restored_day.map(|d| d as f64)),
            Figure::ServiceBacklogPeak(s) => {
                self.services.get(s.index()).map(|s| s.backlog_peak as f64)
            }
            Figure::DeadlineMet(d) => self
                .deadlines
                .get(d.index())
                .and_then(|d| d.met.map(|m| f64::from(u8::from(m)))),
        }
    }
}

/// The day from which a condition held to the end, given the last tick it did not.
pub(crate) fn recovered_day(model: &Model, clock: &Clock, last_bad: Option<u64>) -> Option<i64> {
    match last_bad {
        None => Some(model.day_of(0)),
        Some(t) if t >= clock.tick => None,
        Some(t) => Some(model.day_of((t as i64 + 1) * clock.tick_len)),
    }
}

/// Cases lapsed (of services whose cases lapse), the cost so far, and each service's backlog
/// now, in the scenario's order.
pub(crate) fn sums(world: &mut World) -> (u64, u64, Vec<u64>) {
    let model = world.resource::<Model>().clone();
    let entities = world.resource::<super::Entities>().services.clone();
    let mut fines = 0;
    let mut backlog = Vec::with_capacity(entities.len());
    for e in entities {
        let Some(s) = world.get::<ServiceState>(e) else {
            backlog.push(0);
            continue;
        };
        if model.services()[s.service.index()].lapses_after.is_some() {
            fines += s.lapsed;
        }
        backlog.push(s.backlog());
    }
    (fines, world.resource::<ActionRecord>().cost_eur, backlog)
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

/// How an objective went, with the run's evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObjectiveResult {
    pub id: String,
    pub name: String,
    /// `None` while the run cannot tell yet.
    pub met: Option<bool>,
    pub evidence: Evidence,
}

/// What the run shows for an objective.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// When the action first finished, in minutes after the incident became visible.
    ActionFinished {
        after_incident: Option<Minutes>,
        allowed: Minutes,
    },
    Deadline {
        met: Option<bool>,
    },
    /// When the service came back for good, in minutes after the incident.
    ServiceBack {
        after_incident: Option<Minutes>,
        allowed: Minutes,
    },
    Breached {
        breached: bool,
    },
    Lapsed {
        cases: u64,
        below: u32,
    },
}

/// A criterion that, once broken, stays broken: met only at the end of the run.
fn holds_to_end(holds: bool, finished: bool) -> Option<bool> {
    match (holds, finished) {
        (false, _) => Some(false),
        (true, true) => Some(true),
        (true, false) => None,
    }
}

/// Evaluates every objective of the scenario against the run so far.
pub fn objectives(world: &mut World) -> Vec<ObjectiveResult> {
    let model = world.resource::<Model>().clone();
    let clock = *world.resource::<Clock>();
    let stats = world.resource::<Stats>().clone();
    let incident = model.meta().incident_start;
    let finished = clock.finished();
    let mut services: Vec<ServiceState> = world
        .query::<&ServiceState>()
        .iter(world)
        .cloned()
        .collect();
    services.sort_by_key(|s| s.service);
    let mut isolated: Vec<(usize, Option<Minutes>)> = world
        .query::<&super::topology::NetworkState>()
        .iter(world)
        .map(|n| (n.network.index(), n.first_isolated))
        .collect();
    isolated.sort_unstable();
    let record = world.resource::<ActionRecord>();
    let deadlines = world.resource::<DeadlineOutcomes>();
    let attacker = world.resource::<AttackerState>();
    // Decided once the deadline for it has passed, or at the end of the run.
    let decide = |ok: bool, closed: bool| {
        if ok {
            Some(true)
        } else if closed {
            Some(false)
        } else {
            None
        }
    };
    model
        .objectives()
        .iter()
        .map(|o| {
            let (met, evidence) = match o.criterion {
                Criterion::ActionWithin { action, within } => {
                    let done = record.first_finished[action.index()].map(|t| t - incident);
                    let ok = done.is_some_and(|d| d <= within);
                    (
                        decide(ok, finished || clock.now - incident > within),
                        Evidence::ActionFinished {
                            after_incident: done,
                            allowed: within,
                        },
                    )
                }
                Criterion::NetworkIsolatedWithin { network, within } => {
                    let done = isolated
                        .get(network.index())
                        .and_then(|(_, t)| *t)
                        .map(|t| t - incident);
                    let ok = done.is_some_and(|d| d <= within);
                    (
                        decide(ok, finished || clock.now - incident > within),
                        Evidence::ActionFinished {
                            after_incident: done,
                            allowed: within,
                        },
                    )
                }
                Criterion::DeadlineMet(d) => {
                    let met = deadlines.0[d.index()];
                    (met, Evidence::Deadline { met })
                }
                Criterion::ServiceRestoredWithin { service, within } => {
                    let running = services[service.index()].status.running();
                    let back = stats.last_bad_tick[service.index()]
                        .map_or(0, |t| (t as i64 + 1) * clock.tick_len)
                        - incident;
                    let back = running.then_some(back.max(0));
                    let ok = back.is_some_and(|b| b <= within);
                    (
                        decide(ok, finished || clock.now - incident > within),
                        Evidence::ServiceBack {
                            after_incident: back,
                            allowed: within,
                        },
                    )
                }
                Criterion::NetworkNotBreached(n) => {
                    let breached = attacker.breached[n.index()];
                    (
                        holds_to_end(!breached, finished),
                        Evidence::Breached { breached },
                    )
                }
                Criterion::LapsedBelow(below) => {
                    let cases: u64 = services.iter().map(|s| s.lapsed).sum();
                    (
                        holds_to_end(cases < u64::from(below), finished),
                        Evidence::Lapsed { cases, below },
                    )
                }
            };
            ObjectiveResult {
                id: o.id.clone(),
                name: o.name.clone(),
                met,
                evidence,
            }
        })
        .collect()
}
