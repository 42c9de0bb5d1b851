//! The simulation engine: a `bevy_ecs` world stepped by the scenario's fixed tick.
//!
//! Commands go in ([`Sim::apply`]), snapshots and facts come out ([`Sim::snapshot`],
//! [`Sim::timeline`], [`Sim::outcome`]); nothing else touches the world. The engine does no I/O,
//! reads no clock, iterates no hash map, and draws all chance from one seeded ChaCha stream, so
//! `(scenario, seed, commands)` determines a run down to its state hash.
//!
//! Each tick runs its phases in a fixed order (`SimSystems`): clock, injects, decisions and
//! running actions, attacker, detection and reporting, service availability, demand and legal
//! clocks, record. Features live in their own modules and own their components and systems.

pub mod actions;
pub mod attacker;
pub mod clock;
pub mod command;
pub mod detection;
pub mod fork;
pub mod hosts;
pub mod injects;
pub mod minutes;
pub mod outcome;
pub mod public;
pub mod reasons;
pub mod record;
pub mod recovery;
pub mod rejoin;
pub mod rng;
pub mod services;
pub mod snapshot;
mod spawn;
pub mod topology;

use std::sync::Arc;

use bevy_ecs::prelude::*;
use bevy_ecs::schedule::{ScheduleLabel, SingleThreadedExecutor};

use crate::scenario::Scenario;
use crate::scenario::model::{Target, TargetKind};
use command::{Command, Control, Decision, Rejection};

/// The scenario inside the world (shared, read-only).
#[derive(Resource, Clone, Debug)]
pub struct Model(pub Arc<Scenario>);

impl std::ops::Deref for Model {
    type Target = Scenario;
    fn deref(&self) -> &Scenario {
        &self.0
    }
}

/// Entities by scenario index, for effects that address one element.
#[derive(Resource, Clone, Debug)]
pub struct Entities {
    pub networks: Vec<Entity>,
    pub links: Vec<Entity>,
    pub services: Vec<Entity>,
    pub injects: Vec<Entity>,
}

/// One tick of the world.
#[derive(ScheduleLabel, Debug, Clone, PartialEq, Eq, Hash)]
pub struct SimTick;

/// The phases of a tick, in order.
#[derive(SystemSet, Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SimSystems {
    Clock,
    Injects,
    Decisions,
    Attacker,
    Detection,
    Availability,
    Demand,
    Record,
}

/// Builds the tick schedule: one system (or a chain) per phase, phases chained.
pub fn build_schedule() -> Schedule {
    let mut schedule = Schedule::new(SimTick);
    // One thread: the multi-threaded executor costs more than it saves here, and a run must not
    // depend on thread timing (research/performance-anchors.md).
    schedule.set_executor(SingleThreadedExecutor::new());
    schedule.configure_sets(
        (
            SimSystems::Clock,
            SimSystems::Injects,
            SimSystems::Decisions,
            SimSystems::Attacker,
            SimSystems::Detection,
            SimSystems::Availability,
            SimSystems::Demand,
            SimSystems::Record,
        )
            .chain(),
    );
    schedule.add_systems(clock::advance_clock.in_set(SimSystems::Clock));
    schedule.add_systems(injects::release_injects.in_set(SimSystems::Injects));
    schedule.add_systems(
        (actions::progress_actions, recovery::work)
            .chain()
            .in_set(SimSystems::Decisions),
    );
    schedule.add_systems(attacker::act.in_set(SimSystems::Attacker));
    schedule.add_systems(detection::deliver_reports.in_set(SimSystems::Detection));
    schedule.add_systems(services::derive_status.in_set(SimSystems::Availability));
    schedule.add_systems(
        (public::run_aid, services::serve_demand)
            .chain()
            .in_set(SimSystems::Demand),
    );
    schedule.add_systems(record::record_tick.in_set(SimSystems::Record));
    schedule
}

/// A running simulation.
pub struct Sim {
    world: World,
    schedule: Schedule,
    seed: u64,
    /// Every decision and control command applied, at its tick: a projection re-runs them.
    history: Vec<command::Logged>,
    /// The running actions, for the minutes between steps (see [`actions::Running`]).
    running: actions::Running,
}

impl Sim {
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Sim {
        let mut world = World::new();
        spawn::populate(&mut world, scenario, seed);
        let mut schedule = build_schedule();
        // Building the executor costs as much as many ticks; do it with the spawn, not in the
        // first tick. The phases are chained, so this cannot fail; if it ever did, the first
        // `run` would report the same problem.
        let _ = schedule.initialize(&mut world);
        let running = world.query::<(Entity, &actions::RunningAction)>();
        Sim {
            world,
            schedule,
            seed,
            history: Vec::new(),
            running,
        }
    }

    pub fn scenario(&self) -> &Scenario {
        self.world.resource::<Model>()
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    pub fn clock(&self) -> clock::Clock {
        *self.world.resource::<clock::Clock>()
    }

    /// Runs one tick; returns `false` (and does nothing) once the scenario has ended. What is
    /// due at a minute before the tick's end happens at that minute first.
    pub fn step(&mut self) -> bool {
        let clock = self.clock();
        if clock.finished() {
            return false;
        }
        minutes::run_until(
            &mut self.world,
            &mut self.running,
            clock.next_boundary(),
            false,
        );
        self.schedule.run(&mut self.world);
        true
    }

    /// Lets exercise time run for `minutes` inside the current tick (see [`Command::Wait`]).
    fn wait(&mut self, minutes: u32) -> Result<(), Rejection> {
        let clock = self.clock();
        let to = clock.now + i64::from(minutes);
        if to >= clock.next_boundary() {
            return Err(Rejection::CrossesTick);
        }
        minutes::run_until(&mut self.world, &mut self.running, to, true);
        Ok(())
    }

    /// Applies a command now. Decisions take effect from the next tick on.
    pub fn apply(&mut self, command: &Command) -> Result<(), Rejection> {
        match command {
            Command::Advance(n) => {
                for _ in 0..*n {
                    if !self.step() {
                        return Err(Rejection::ScenarioOver);
                    }
                }
                Ok(())
            }
            Command::Wait(minutes) => {
                self.wait(*minutes)?;
                self.remember(command);
                Ok(())
            }
            Command::Decide(decision) => {
                let accepted = self.check_decision(decision)?;
                let clock = self.clock();
                let mut timeline = self.world.resource_mut::<record::Timeline>();
                timeline.staff(
                    &clock,
                    record::FactKind::ActionDecided {
                        action: accepted.action,
                        target: accepted.target,
                    },
                );
                self.world
                    .resource_mut::<actions::Decided>()
                    .0
                    .push(accepted);
                // Taken now, it waits or starts now, not at the next tick.
                minutes::settle(&mut self.world, &mut self.running);
                self.remember(command);
                Ok(())
            }
            Command::Control(control) => {
                self.control(control)?;
                // A release or an ad-hoc inject is delivered at this minute.
                minutes::settle(&mut self.world, &mut self.running);
                self.remember(command);
                Ok(())
            }
        }
    }

    fn remember(&mut self, command: &Command) {
        let clock = self.clock();
        self.history.push(command::Logged {
            tick: clock.tick,
            minute: Some(clock.now),
            command: command.clone(),
        });
    }

    /// The hosts as `known` pictures them, and an attacker who acts no more (see `projection`).
    fn adopt_staff_picture(&mut self, known: &detection::Known) {
        use detection::KnownState;
        use hosts::HostState;
        self.world
            .resource_scope(|_, mut hosts: Mut<hosts::Hosts>| {
                for h in 0..hosts.len() as u32 {
                    let now = hosts.state(h);
                    let pictured = match known.host(h) {
                        KnownState::Unremarkable if now.offline() => HostState::Offline,
                        KnownState::Unremarkable => HostState::Clean,
                        KnownState::Compromised => HostState::Compromised,
                        KnownState::Encrypted => HostState::Encrypted,
                        KnownState::Offline => HostState::Offline,
                        // Teams' work in hand stays as it is.
                        KnownState::Checking => now,
                        KnownState::Restored => HostState::Restored,
                    };
                    hosts.set(h, pictured);
                }
            });
        self.world.resource_mut::<attacker::AttackerState>().halted = true;
    }

    /// Why: the chain of reasons for every service not up, system not working and decision not
    /// yet in effect, as `view` sees the world.
    pub fn reasons(&mut self, view: snapshot::View) -> Vec<reasons::Chain> {
        reasons::chains(&mut self.world, view)
    }

    /// The day each service would be back for good if no further decision were taken: this run
    /// re-simulated to the scenario's end. Control's projection runs the world as it is. The
    /// staff's runs the world as the staff pictures it from now on: every host as reported
    /// (a host nobody reported on is clean, one shut down is clean underneath), the scenario's
    /// `unknown_backup` for every backup no team has seen, and an attacker who does nothing
    /// more, since nobody can tell what he will do. `None`: not within the scenario.
    pub fn projection(&self, view: snapshot::View) -> Vec<Option<i64>> {
        let scenario = match view {
            snapshot::View::Control => Arc::clone(&self.world.resource::<Model>().0),
            snapshot::View::Staff => {
                let seen = &self.world.resource::<recovery::RecoveryWork>().backup_seen;
                Arc::new(self.scenario().with_assumed_backups(seen))
            }
        };
        let mut fork = Sim::new(scenario, self.seed);
        let now = self.clock().tick;
        let mut next = self.history.iter().peekable();
        loop {
            while let Some(logged) = next.next_if(|l| l.tick <= fork.clock().tick) {
                // The same commands on the same world apply as they did.
                let _ = fork.apply(&logged.command);
            }
            if fork.clock().tick >= now && next.peek().is_none() {
                break;
            }
            if !fork.step() {
                break;
            }
        }
        if view == snapshot::View::Staff {
            fork.adopt_staff_picture(self.world.resource::<detection::Known>());
        }
        while fork.step() {}
        fork.outcome()
            .services
            .into_iter()
            .map(|s| s.restored_day)
            .collect()
    }

    fn check_decision(&self, d: &Decision) -> Result<actions::Accepted, Rejection> {
        let model = self.world.resource::<Model>();
        let index = |id: &str| model.actions().iter().position(|a| a.id == id);
        let Some(action) = index(&d.action) else {
            return Err(Rejection::UnknownAction(d.action.clone()));
        };
        let spec = &model.actions()[action];
        let function = model
            .roles()
            .iter()
            .position(|r| r.id == d.function)
            .ok_or_else(|| Rejection::UnknownFunction(d.function.clone()))?;
        let target = match (spec.target, &d.target) {
            (None, None) => None,
            (None, Some(_)) => return Err(Rejection::NoTarget),
            (Some(_), None) => return Err(Rejection::TargetRequired),
            (Some(kind), Some(id)) => {
                let target = find_target(model, kind, id)
                    .ok_or_else(|| Rejection::UnknownTarget(id.clone()))?;
                if !spec.targets.contains(&target) {
                    return Err(Rejection::NotATarget(id.clone()));
                }
                Some(target)
            }
        };
        // A decision waits for its prerequisites; it is refused only if one can never hold.
        for (i, p) in spec.requires.iter().enumerate() {
            if !actions::prerequisite_possible(&self.world, *p) {
                return Err(Rejection::Prerequisite(i));
            }
        }
        let wants_order = spec
            .effects
            .contains(&crate::scenario::model::Effect::RecoveryOrder);
        let mut order = Vec::new();
        for id in &d.order {
            let item = find_target(model, TargetKind::Service, id)
                .or_else(|| find_target(model, TargetKind::System, id))
                .ok_or_else(|| Rejection::UnknownTarget(id.clone()))?;
            order.push(item);
        }
        if wants_order && order.is_empty() {
            return Err(Rejection::OrderRequired);
        }
        Ok(actions::Accepted {
            action: crate::scenario::model::ActionIdx(action as u32),
            target,
            function: crate::scenario::model::RoleIdx(function as u32),
            reason: d.reason.clone(),
            order,
        })
    }

    fn control(&mut self, control: &Control) -> Result<(), Rejection> {
        let (id, status) = match control {
            Control::Release(id) => (id, injects::InjectStatus::Forced),
            Control::Hold(id) => (id, injects::InjectStatus::Held),
            Control::Skip(id) => (id, injects::InjectStatus::Skipped),
            Control::AdHoc(inject) => return self.ad_hoc(inject),
        };
        let model = self.world.resource::<Model>();
        let i = model
            .injects()
            .iter()
            .position(|x| &x.id == id)
            .ok_or_else(|| Rejection::UnknownInject(id.clone()))?;
        let entity = self.world.resource::<Entities>().injects[i];
        if let Some(mut state) = self.world.get_mut::<injects::InjectState>(entity)
            && state.status != injects::InjectStatus::Released
        {
            state.status = status;
            self.world
                .resource_mut::<injects::OpenInjects>()
                .update(crate::scenario::model::InjectIdx(i as u32), status);
        }
        Ok(())
    }

    fn ad_hoc(&mut self, inject: &command::AdHocInject) -> Result<(), Rejection> {
        let model = self.world.resource::<Model>();
        if !model.roles().iter().any(|r| r.id == inject.receiver) {
            return Err(Rejection::UnknownFunction(inject.receiver.clone()));
        }
        let taken = model.injects().iter().any(|x| x.id == inject.id)
            || self
                .world
                .resource::<injects::AdHocInjects>()
                .0
                .iter()
                .any(|(x, _)| x.id == inject.id);
        if taken {
            return Err(Rejection::DuplicateInject(inject.id.clone()));
        }
        self.world
            .resource_mut::<injects::AdHocInjects>()
            .0
            .push((inject.clone(), None));
        Ok(())
    }

    /// When the next scripted inject falls due by the clock (for "jump to the next inject").
    /// The next minute at which a decision or an inject is due by the clock (see
    /// [`minutes::next_event`]).
    pub fn next_event(&mut self) -> Option<crate::scenario::model::Minutes> {
        minutes::next_event(&mut self.world, &mut self.running)
    }

    pub fn next_scheduled_inject(&self) -> Option<(crate::scenario::model::Minutes, String)> {
        let (at, i) = injects::next_scheduled(&self.world)?;
        Some((at, self.scenario().injects()[i.index()].id.clone()))
    }

    /// Why a condition withheld the inject, if it did.
    pub fn withheld(&self, inject: crate::scenario::model::InjectIdx) -> Option<injects::Withheld> {
        let entity = *self
            .world
            .resource::<Entities>()
            .injects
            .get(inject.index())?;
        self.world.get::<injects::InjectState>(entity)?.withheld
    }

    /// The state hash after the last tick (the hash of the initial state before the first).
    pub fn state_hash(&mut self) -> [u8; 32] {
        record::state_hash(&mut self.world, false)
    }

    /// The same hash computed over every host from scratch (slow; for tests).
    pub fn state_hash_from_scratch(&mut self) -> [u8; 32] {
        record::state_hash(&mut self.world, true)
    }

    /// Every fact so far.
    pub fn timeline(&self) -> &[record::Fact] {
        &self.world.resource::<record::Timeline>().0
    }

    /// Keeps no state hash per tick (see [`record::Stats::without_hashes`]); the outcome's
    /// hash is unchanged.
    pub fn without_tick_hashes(mut self) -> Sim {
        self.world.resource_mut::<record::Stats>().without_hashes = true;
        self
    }

    pub fn stats(&self) -> &record::Stats {
        self.world.resource::<record::Stats>()
    }

    /// A plain-data picture of the world, as control or as the staff sees it.
    pub fn snapshot(&mut self, view: snapshot::View) -> snapshot::Snapshot {
        snapshot::take(&mut self.world, view)
    }

    /// The run's key figures so far.
    pub fn outcome(&mut self) -> outcome::Outcome {
        outcome::measure(&mut self.world)
    }

    /// Every objective with the run's evidence.
    pub fn objectives(&mut self) -> Vec<outcome::ObjectiveResult> {
        outcome::objectives(&mut self.world)
    }

    /// Read access for tests and benchmarks of single features.
    pub fn world(&self) -> &World {
        &self.world
    }

    /// Write access for benchmarks of single features.
    pub fn world_mut(&mut self) -> &mut World {
        &mut self.world
    }
}

/// The element of `kind` called `id`.
pub fn find_target(model: &Scenario, kind: TargetKind, id: &str) -> Option<Target> {
    use crate::scenario::model::{LinkIdx, NetworkIdx, OrgIdx, ServiceIdx, SystemIdx};
    fn at<'a>(mut ids: impl Iterator<Item = &'a String>, id: &str) -> Option<u32> {
        ids.position(|x| x == id).map(|i| i as u32)
    }
    match kind {
        TargetKind::Network => {
            at(model.networks().iter().map(|e| &e.id), id).map(|i| Target::Network(NetworkIdx(i)))
        }
        TargetKind::Link => {
            at(model.links().iter().map(|e| &e.id), id).map(|i| Target::Link(LinkIdx(i)))
        }
        TargetKind::System => {
            at(model.systems().iter().map(|e| &e.id), id).map(|i| Target::System(SystemIdx(i)))
        }
        TargetKind::Service => {
            at(model.services().iter().map(|e| &e.id), id).map(|i| Target::Service(ServiceIdx(i)))
        }
        TargetKind::Organisation => at(model.organisations().iter().map(|e| &e.id), id)
            .map(|i| Target::Organisation(OrgIdx(i))),
        TargetKind::Group => at(model.groups().iter().map(|e| &e.id), id)
            .map(|i| Target::Group(crate::scenario::model::GroupIdx(i))),
    }
}

/// The scenario id of a target.
pub fn target_id(model: &Scenario, target: Target) -> &str {
    match target {
        Target::Network(i) => &model.networks()[i.index()].id,
        Target::Link(i) => &model.links()[i.index()].id,
        Target::System(i) => &model.systems()[i.index()].id,
        Target::Service(i) => &model.services()[i.index()].id,
        Target::Organisation(i) => &model.organisations()[i.index()].id,
        Target::Group(i) => &model.groups()[i.index()].id,
    }
}
