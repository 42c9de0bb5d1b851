//! Citizen services (Fachverfahren): availability from dependencies, demand, backlog and legal
//! clocks, and the deadlines that hang on them.
//!
//! Every tick a service is `up`, `degraded`, `paper` or `down`, derived from what it depends on.
//! Demand arrives continuously and waits in cohorts by arrival day; capacity serves the oldest
//! first; cohorts older than the service's clock lapse (traffic fines after three months).

use std::collections::VecDeque;

use super::record::mix64;

use bevy_ecs::prelude::*;

use super::Model;
use super::actions::ActionRecord;
use super::clock::Clock;
use super::hosts::Hosts;
use super::record::{FactKind, Timeline};
use super::topology::{IsolatedSystems, LinkState, NetworkState};
use crate::scenario::model::{Dependency, Minutes, Requirement, ServiceIdx, SystemIdx};
use crate::time::MINUTES_PER_DAY;

/// How a service is working.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Up,
    Degraded,
    Paper,
    Down,
}

impl Status {
    /// Up or degraded: the IT works.
    pub fn running(self) -> bool {
        matches!(self, Status::Up | Status::Degraded)
    }
}

/// Cases that arrived on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cohort {
    /// Minutes since start at which the day's cases arrived (negative for the initial backlog).
    pub arrived: Minutes,
    pub cases: u32,
}

impl Cohort {
    fn word(self) -> u64 {
        mix64(mix64(self.arrived as u64) ^ u64::from(self.cases))
    }
}

/// Waiting cases in cohorts by arrival day, oldest first, with their total and an
/// order-independent hash kept current on every change (so hashing a tick stays cheap).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Backlog {
    cohorts: VecDeque<Cohort>,
    total: u64,
    hash: u64,
    /// Some cohort holds no case that serving did not empty (only a scenario's initial backlog
    /// can hold one), so it is not at either end.
    empty: bool,
}

impl Backlog {
    pub fn new(mut cohorts: Vec<Cohort>) -> Backlog {
        cohorts.sort_by_key(|c| c.arrived);
        let total = cohorts.iter().map(|c| u64::from(c.cases)).sum();
        let hash = cohorts.iter().fold(0u64, |h, c| h.wrapping_add(c.word()));
        let empty = cohorts.iter().any(|c| c.cases == 0);
        Backlog {
            cohorts: cohorts.into(),
            total,
            hash,
            empty,
        }
    }

    pub fn total(&self) -> u64 {
        self.total
    }

    pub fn hash(&self) -> u64 {
        self.hash
    }

    /// The hash recomputed over every cohort (for tests of the incremental one).
    pub fn rehash(&self) -> u64 {
        self.cohorts
            .iter()
            .fold(0u64, |h, c| h.wrapping_add(c.word()))
    }

    pub fn cohorts(&self) -> impl Iterator<Item = &Cohort> {
        self.cohorts.iter()
    }

    /// Adds `cases` arriving on the day that starts at `day`.
    pub fn arrive(&mut self, day: Minutes, cases: u32) {
        if cases == 0 {
            return;
        }
        self.total += u64::from(cases);
        match self.cohorts.back_mut() {
            Some(c) if c.arrived == day => {
                self.hash = self.hash.wrapping_sub(c.word());
                c.cases += cases;
                self.hash = self.hash.wrapping_add(c.word());
            }
            _ => {
                let c = Cohort {
                    arrived: day,
                    cases,
                };
                self.hash = self.hash.wrapping_add(c.word());
                self.cohorts.push_back(c);
            }
        }
    }

    /// Serves up to `capacity` cases: the day's intake first (Tagesgeschäft), then the backlog,
    /// oldest first. That is why a long outage ends with old cases lapsing even after the
    /// service is back. Returns the cases served.
    pub fn serve(&mut self, day: Minutes, capacity: u32) -> u32 {
        let mut left = capacity;
        let back = self
            .cohorts
            .len()
            .checked_sub(1)
            .filter(|&b| self.cohorts[b].arrived == day);
        let order = back.into_iter().chain(0..self.cohorts.len());
        for i in order {
            if left == 0 {
                break;
            }
            let Some(c) = self.cohorts.get_mut(i) else {
                break;
            };
            let served = c.cases.min(left);
            self.hash = self.hash.wrapping_sub(c.word());
            c.cases -= served;
            self.hash = self.hash.wrapping_add(c.word());
            left -= served;
        }
        // Served-out cohorts leave (their word is that of zero cases, so take it out too).
        if self.empty {
            let hash = &mut self.hash;
            self.cohorts.retain(|c| {
                if c.cases == 0 {
                    *hash = hash.wrapping_sub(c.word());
                }
                c.cases > 0
            });
            self.empty = false;
        } else {
            // Serving empties the day's cohort and the oldest ones in turn, so the served-out
            // cohorts are at the two ends; the rest keep their order, as `retain` would.
            while let Some(c) = self.cohorts.back().copied().filter(|c| c.cases == 0) {
                self.cohorts.pop_back();
                self.hash = self.hash.wrapping_sub(c.word());
            }
            while let Some(c) = self.cohorts.front().copied().filter(|c| c.cases == 0) {
                self.cohorts.pop_front();
                self.hash = self.hash.wrapping_sub(c.word());
            }
        }
        self.total -= u64::from(capacity - left);
        capacity - left
    }

    /// Cases that will lapse within `horizon` from `now` unless served.
    pub fn at_risk(&self, now: Minutes, limit: Minutes, horizon: Minutes) -> u64 {
        self.cohorts
            .iter()
            .take_while(|c| now + horizon - c.arrived > limit)
            .map(|c| u64::from(c.cases))
            .sum()
    }

    /// Removes the cohorts older than `limit` at `now`; returns the lapsed cases.
    pub fn lapse(&mut self, now: Minutes, limit: Minutes) -> u64 {
        let mut lapsed = 0;
        while let Some(c) = self
            .cohorts
            .front()
            .copied()
            .filter(|c| now - c.arrived > limit)
        {
            self.cohorts.pop_front();
            self.hash = self.hash.wrapping_sub(c.word());
            lapsed += u64::from(c.cases);
        }
        self.total -= lapsed;
        lapsed
    }
}

/// A service at run time.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub struct ServiceState {
    pub service: ServiceIdx,
    pub status: Status,
    /// Paper operation (Notbetrieb) has been set up.
    pub paper: bool,
    /// Extra capacity from mutual aid (Amtshilfe).
    pub aid_per_day: u32,
    pub backlog: Backlog,
    pub demand_carry: u64,
    pub capacity_carry: u64,
    /// Since when the service has been down or on paper.
    pub down_since: Option<Minutes>,
    pub lapsed: u64,
    pub served: u64,
    /// Cases arrived since start (demand after the decisions that act on it, deferred cases,
    /// surges).
    pub intake: u64,
    /// The backlog when the current day began, for the trend.
    pub backlog_at_day_start: u64,
}

impl ServiceState {
    pub fn new(model: &Model, service: ServiceIdx) -> ServiceState {
        let spec = &model.services()[service.index()];
        let backlog = Backlog::new(
            spec.backlog
                .iter()
                .map(|c| Cohort {
                    arrived: -c.age,
                    cases: c.cases,
                })
                .collect(),
        );
        ServiceState {
            service,
            status: Status::Up,
            paper: false,
            aid_per_day: 0,
            backlog,
            demand_carry: 0,
            capacity_carry: 0,
            down_since: None,
            lapsed: 0,
            served: 0,
            intake: 0,
            backlog_at_day_start: 0,
        }
    }

    pub fn backlog(&self) -> u64 {
        self.backlog.total()
    }
}

/// Services in an order where every service comes after those it depends on.
#[derive(Resource, Debug, Clone)]
pub struct ServiceOrder(pub Vec<ServiceIdx>);

impl ServiceOrder {
    pub fn new(model: &Model) -> ServiceOrder {
        let n = model.services().len();
        let mut order = Vec::with_capacity(n);
        let mut placed = vec![false; n];
        // Validation rules out cycles, so each round places at least one service.
        while order.len() < n {
            for (i, s) in model.services().iter().enumerate() {
                if placed[i] {
                    continue;
                }
                let ready = s
                    .depends_on
                    .iter()
                    .chain(&s.degraded_without)
                    .all(|d| match d {
                        Dependency::Service(t) => placed[t.index()],
                        _ => true,
                    });
                if ready {
                    placed[i] = true;
                    order.push(ServiceIdx(i as u32));
                }
            }
        }
        ServiceOrder(order)
    }
}

/// Deadline outcomes: `None` until due.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct DeadlineOutcomes(pub Vec<Option<bool>>);

/// Phase 6: derive every service's status from its dependencies, when they changed.
///
/// The statuses are a function of the inputs (networks isolated, links cut, each system serving
/// alone, paper operation set up), and nothing else writes them; so with the inputs as at the
/// last derivation there is nothing to do. `last` keeps those inputs (none in a new schedule,
/// so a fork derives once more) and a buffer for this tick's.
#[expect(
    clippy::too_many_arguments,
    reason = "an ECS system's parameters are its data access"
)]
pub fn derive_status(
    model: Res<Model>,
    clock: Res<Clock>,
    order: Res<ServiceOrder>,
    hosts: Res<Hosts>,
    isolated_systems: Res<IsolatedSystems>,
    work: Res<super::recovery::RecoveryWork>,
    networks: Query<&NetworkState>,
    links: Query<&LinkState>,
    mut services: Query<&mut ServiceState>,
    mut timeline: ResMut<Timeline>,
    mut last: Local<(Option<Inputs>, Inputs)>,
) {
    let (last, inputs) = &mut *last;
    // Filled in place: this runs every tick.
    inputs.isolated.clear();
    inputs.isolated.resize(model.networks().len(), false);
    inputs.cut.clear();
    inputs.cut.resize(model.links().len(), false);
    inputs.serves_alone.clear();
    inputs.paper.clear();
    inputs.paper.resize(model.services().len(), false);
    for n in &networks {
        inputs.isolated[n.network.index()] = n.isolated;
    }
    for l in &links {
        inputs.cut[l.link.index()] = l.cut;
    }
    for s in &services {
        inputs.paper[s.service.index()] = s.paper;
    }
    // A system serves when at least half its hosts work and its segment is reachable, and so
    // does every system it depends on (an application needs its database and directory).
    inputs
        .serves_alone
        .extend(model.systems().iter().enumerate().map(|(i, spec)| {
            let s = SystemIdx(i as u32);
            !inputs.isolated[spec.network.index()]
                && !isolated_systems.contains(s)
                && super::recovery::system_working(&hosts, s)
        }));
    if last.as_ref() == Some(&*inputs) {
        return;
    }
    let Inputs {
        isolated,
        cut,
        serves_alone,
        ..
    } = &*inputs;
    let mut all: Vec<Mut<ServiceState>> = services.iter_mut().collect();
    all.sort_by_key(|s| s.service);
    let mut status: Vec<Status> = all.iter().map(|s| s.status).collect();
    let serves = |s: SystemIdx| {
        serves_alone[s.index()]
            && work.closure[s.index()]
                .iter()
                .all(|d| serves_alone[d.index()])
    };
    let available = |d: &Dependency, status: &[Status]| match *d {
        Dependency::Network(n) => !isolated[n.index()],
        Dependency::Link(l) => !cut[l.index()],
        Dependency::Service(s) => status[s.index()].running(),
        Dependency::System(s) => serves(s),
    };
    for &s in &order.0 {
        let spec = &model.services()[s.index()];
        let state = &mut all[s.index()];
        let new = if spec.depends_on.iter().all(|d| available(d, &status)) {
            if spec.degraded_without.iter().all(|d| available(d, &status)) {
                Status::Up
            } else {
                Status::Degraded
            }
        } else if state.paper && spec.paper_capacity_per_day > 0 {
            Status::Paper
        } else {
            Status::Down
        };
        status[s.index()] = new;
        if new != state.status {
            timeline.staff(
                &clock,
                FactKind::ServiceChanged {
                    service: s,
                    from: state.status,
                    to: new,
                },
            );
            state.status = new;
        }
        if new.running() {
            state.down_since = None;
        } else if state.down_since.is_none() {
            state.down_since = Some(clock.now);
        }
    }
    match last {
        Some(last) => std::mem::swap(last, inputs),
        None => *last = Some(inputs.clone()),
    }
}

/// What the services' statuses follow from (see [`derive_status`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inputs {
    isolated: Vec<bool>,
    cut: Vec<bool>,
    serves_alone: Vec<bool>,
    paper: Vec<bool>,
}

/// Phase 7: demand arrives, capacity serves the oldest cases, old cases lapse; deadlines fall due.
pub fn serve_demand(
    model: Res<Model>,
    clock: Res<Clock>,
    mut services: Query<&mut ServiceState>,
    mut outcomes: ResMut<DeadlineOutcomes>,
    record: Res<ActionRecord>,
    mut public: ResMut<super::public::Public>,
    mut timeline: ResMut<Timeline>,
) {
    let today = clock.now.div_euclid(MINUTES_PER_DAY) * MINUTES_PER_DAY;
    let mut all: Vec<Mut<ServiceState>> = services.iter_mut().collect();
    all.sort_by_key(|s| s.service);
    for state in &mut all {
        let spec = &model.services()[state.service.index()];
        let mut carry = state.demand_carry;
        let arrivals = clock.per_tick(spec.demand_per_day, &mut carry);
        state.demand_carry = carry;
        let arrivals = public.intake(&model, state.service, arrivals, &clock);
        state.intake += u64::from(arrivals);
        if clock.now - today < clock.tick_len {
            // The first tick of a new day.
            state.backlog_at_day_start = state.backlog.total();
        }
        state.backlog.arrive(today, arrivals);
        let base = match state.status {
            Status::Up => spec.capacity_per_day,
            Status::Degraded => {
                let share = u64::from(spec.degraded_share.0);
                u32::try_from(u64::from(spec.capacity_per_day) * share / 1_000_000)
                    .unwrap_or(u32::MAX)
            }
            Status::Paper => spec.paper_capacity_per_day,
            Status::Down => 0,
        };
        let mut carry = state.capacity_carry;
        let capacity = clock.per_tick(base.saturating_add(state.aid_per_day), &mut carry);
        state.capacity_carry = carry;
        let served = state.backlog.serve(today, capacity);
        state.served += u64::from(served);
        if let Some(limit) = spec.lapses_after {
            let lapsed = state.backlog.lapse(clock.now, limit);
            if lapsed > 0 {
                state.lapsed += lapsed;
                let service = state.service;
                timeline.staff(
                    &clock,
                    FactKind::CasesLapsed {
                        service,
                        cases: lapsed,
                    },
                );
            }
        }
    }
    for (i, deadline) in model.deadlines().iter().enumerate() {
        if outcomes.0[i].is_some() || clock.now < deadline.due {
            continue;
        }
        let met = match deadline.requires {
            Requirement::ServiceAvailable(s) => all[s.index()].status != Status::Down,
            Requirement::ServiceUp(s) => all[s.index()].status.running(),
            Requirement::ActionDone(a) => {
                record.first_finished[a.index()].is_some_and(|t| t <= deadline.due)
            }
        };
        outcomes.0[i] = Some(met);
        let deadline = crate::scenario::model::DeadlineIdx(i as u32);
        timeline.staff(&clock, FactKind::DeadlinePassed { deadline, met });
    }
}
