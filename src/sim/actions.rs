//! Staff actions (Maßnahmen): decided, waiting, set up, then effective.
//!
//! A decision is checked when it is taken (the action exists, the target fits, the function
//! exists, no prerequisite is already impossible) and becomes a running-action entity. It waits
//! until its prerequisites hold and enough staff is free, binds that staff for its `duration`,
//! and then takes effect. The work on hosts itself is done by teams (`recovery`), not here.

use bevy_ecs::prelude::*;

use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::{Known, KnownState};
use super::hosts::Hosts;
use super::record::{FactKind, Timeline};
use super::services::ServiceState;
use super::topology::{IsolatedSystems, LinkState, NetworkState};
use super::{Entities, Model};
use crate::scenario::model::{ActionIdx, Effect, Minutes, Prerequisite, RoleIdx, Target};

/// A decision that passed its checks, waiting to become a running action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Accepted {
    pub action: ActionIdx,
    pub target: Option<Target>,
    pub function: RoleIdx,
    pub reason: String,
    /// For a recovery-order decision: services or systems, first first.
    pub order: Vec<Target>,
}

/// Decisions accepted since the last tick.
#[derive(Resource, Debug, Clone, Default)]
pub struct Decided(pub Vec<Accepted>);

/// The staff pool: IT and administration people who carry out actions.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Staff {
    pub total: u32,
    pub busy: u32,
}

/// What has been started and finished, and what it cost.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct ActionRecord {
    pub first_started: Vec<Option<Minutes>>,
    pub first_finished: Vec<Option<Minutes>>,
    pub next_seq: u64,
    pub cost_eur: u64,
    /// Running (or waiting) instances per action.
    pub running: Vec<u32>,
    /// Every decision taken so far (action and target), in the order taken: the logbook as
    /// the injects' conditions read it.
    pub taken: Vec<(ActionIdx, Option<Target>)>,
}

impl ActionRecord {
    pub fn new(actions: usize) -> ActionRecord {
        ActionRecord {
            first_started: vec![None; actions],
            first_finished: vec![None; actions],
            next_seq: 0,
            cost_eur: 0,
            running: vec![0; actions],
            taken: Vec::new(),
        }
    }
}

/// What a waiting decision waits for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Wait {
    /// The prerequisite at this index of the action's `requires`.
    Prerequisite(usize),
    /// Enough free staff.
    Staff,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase {
    Waiting(Wait),
    /// Staff is on it; effects apply at `until`.
    Setup {
        until: Minutes,
    },
}

/// A running action.
#[derive(Component, Debug, Clone, PartialEq, Eq)]
pub struct RunningAction {
    /// Order of decision, so actions are handled in the order they were taken.
    pub seq: u64,
    pub action: ActionIdx,
    pub target: Option<Target>,
    pub function: RoleIdx,
    pub reason: String,
    pub order: Vec<Target>,
    pub decided_at: Minutes,
    pub phase: Phase,
}

/// Whether a prerequisite holds now.
pub fn prerequisite_holds(world: &World, prerequisite: Prerequisite) -> bool {
    let record = world.resource::<ActionRecord>();
    match prerequisite {
        Prerequisite::Done(a) => record.first_finished[a.index()].is_some(),
        Prerequisite::NotDone(a) => {
            record.first_started[a.index()].is_none()
                && !world.resource::<Decided>().0.iter().any(|d| d.action == a)
                && record.running[a.index()] == 0
        }
        Prerequisite::LinkCut(l) => {
            let entity = world.resource::<Entities>().links[l.index()];
            world.get::<LinkState>(entity).is_some_and(|s| s.cut)
        }
        // Judged on the staff's picture: a decision must not reveal what nobody reported.
        Prerequisite::SystemClean(s) => {
            let (hosts, known) = (world.resource::<Hosts>(), world.resource::<Known>());
            let (a, b) = hosts.system_range(s);
            (a..b).all(|h| {
                matches!(
                    known.host(h),
                    KnownState::Unremarkable | KnownState::Restored
                )
            })
        }
    }
}

/// Whether a prerequisite can still come to hold: an action that must not have started has.
pub fn prerequisite_possible(world: &World, prerequisite: Prerequisite) -> bool {
    match prerequisite {
        Prerequisite::NotDone(a) => {
            world.resource::<ActionRecord>().first_started[a.index()].is_none()
        }
        _ => true,
    }
}

/// The first prerequisite of `action` that does not hold now, by its index in `requires`.
pub fn first_unmet(world: &World, action: ActionIdx) -> Option<usize> {
    let model = world.resource::<Model>();
    model.actions()[action.index()]
        .requires
        .iter()
        .position(|p| !prerequisite_holds(world, *p))
}

/// The running actions with their entities: a query kept across calls, since building one
/// costs more than a quiet tick.
pub type Running = QueryState<(Entity, &'static RunningAction)>;

/// Phase 3 in the tick's schedule, which keeps the query for it.
pub fn progress_actions_system(world: &mut World, running: &mut Running) {
    progress_actions(world, running);
}

/// Phase 3: new decisions become running actions; waiting ones start once their prerequisites
/// hold and staff is free; running actions take effect. Then the gate and the teams' arrival
/// for recovery work are brought up to date.
pub fn progress_actions(world: &mut World, running: &mut Running) {
    let decided = std::mem::take(&mut world.resource_mut::<Decided>().0);
    let clock = *world.resource::<Clock>();
    let now = clock.now;
    for accepted in decided {
        let seq = {
            let mut record = world.resource_mut::<ActionRecord>();
            record.next_seq += 1;
            record.running[accepted.action.index()] += 1;
            record.taken.push((accepted.action, accepted.target));
            record.next_seq
        };
        world.spawn(RunningAction {
            seq,
            action: accepted.action,
            target: accepted.target,
            function: accepted.function,
            reason: accepted.reason,
            order: accepted.order,
            // Decisions are taken in at the minute they are applied (`minutes::settle`).
            decided_at: now,
            phase: Phase::Waiting(Wait::Staff),
        });
    }
    let mut order: Vec<(u64, Entity)> = running.iter(world).map(|(e, r)| (r.seq, e)).collect();
    order.sort_unstable();
    for (_, entity) in order {
        step_action(world, entity, now);
    }
    super::public::due_notices(world, &clock);
    super::recovery::update_gate(world);
}

fn step_action(world: &mut World, entity: Entity, now: Minutes) {
    let Some(mut running) = world.get::<RunningAction>(entity).cloned() else {
        return;
    };
    let model = world.resource::<Model>().clone();
    let spec = &model.actions()[running.action.index()];
    let clock = *world.resource::<Clock>();
    match running.phase {
        Phase::Waiting(_) => {
            if let Some(i) = first_unmet(world, running.action) {
                if !prerequisite_possible(world, spec.requires[i]) {
                    drop_decision(world, entity, &running, &clock);
                    return;
                }
                running.phase = Phase::Waiting(Wait::Prerequisite(i));
                store(world, entity, running);
                return;
            }
            let mut staff = world.resource_mut::<Staff>();
            if staff.total.saturating_sub(staff.busy) < spec.staff && staff.busy > 0 {
                running.phase = Phase::Waiting(Wait::Staff);
                store(world, entity, running);
                return;
            }
            // An action needing more staff than exists still runs, alone.
            staff.busy += spec.staff;
            let start = now;
            running.phase = Phase::Setup {
                until: start + spec.duration,
            };
            let mut record = world.resource_mut::<ActionRecord>();
            record.first_started[running.action.index()].get_or_insert(start);
            record.cost_eur += u64::from(spec.cost_eur);
            world.resource_mut::<Timeline>().staff(
                &clock,
                FactKind::ActionStarted {
                    action: running.action,
                    target: running.target,
                },
            );
            if start + spec.duration <= now {
                finish(world, entity, &running, &clock);
            } else {
                store(world, entity, running);
            }
        }
        Phase::Setup { until } if until <= now => finish(world, entity, &running, &clock),
        Phase::Setup { .. } => {}
    }
}

fn store(world: &mut World, entity: Entity, running: RunningAction) {
    if let Some(mut slot) = world.get_mut::<RunningAction>(entity)
        && *slot != running
    {
        *slot = running;
    }
}

/// A waiting decision whose prerequisite can no longer come to hold is dropped, with a fact.
fn drop_decision(world: &mut World, entity: Entity, running: &RunningAction, clock: &Clock) {
    world.resource_mut::<ActionRecord>().running[running.action.index()] -= 1;
    world.resource_mut::<Timeline>().staff(
        clock,
        FactKind::DecisionDropped {
            action: running.action,
            target: running.target,
        },
    );
    world.despawn(entity);
}

/// Effects apply, staff is freed, the action is done.
fn finish(world: &mut World, entity: Entity, running: &RunningAction, clock: &Clock) {
    let model = world.resource::<Model>().clone();
    let spec = &model.actions()[running.action.index()];
    for effect in &spec.effects {
        apply_effect(world, *effect, running, clock);
    }
    world.resource_mut::<Staff>().busy -= spec.staff;
    let mut record = world.resource_mut::<ActionRecord>();
    record.first_finished[running.action.index()].get_or_insert(clock.now);
    record.running[running.action.index()] -= 1;
    world.resource_mut::<Timeline>().staff(
        clock,
        FactKind::ActionFinished {
            action: running.action,
            target: running.target,
        },
    );
    world.despawn(entity);
}

/// The hosts a shutdown works on: a system's or a network's range.
fn host_range(hosts: &Hosts, target: Option<Target>) -> Option<(u32, u32)> {
    match target? {
        Target::System(s) => Some(hosts.system_range(s)),
        Target::Network(n) => Some(hosts.network_range(n)),
        _ => None,
    }
}

/// Applies one effect of a finished setup. On a group the effect goes to every member it fits,
/// in member order, as one action: hosts shut down are counted together.
fn apply_effect(world: &mut World, effect: Effect, running: &RunningAction, clock: &Clock) {
    match (effect, running.target) {
        // The group as a whole moves to the top of the recovery order.
        (Effect::Recover, _) | (_, None) => {
            apply_one(world, effect, running.target, running, clock)
        }
        (_, Some(target)) => {
            let members = world.resource::<Model>().members(target);
            let mut shut_down = 0;
            for member in members {
                if effect == Effect::Shutdown {
                    shut_down += shut_down_hosts(world, member);
                } else {
                    apply_one(world, effect, Some(member), running, clock);
                }
            }
            if effect == Effect::Shutdown {
                world
                    .resource_mut::<Timeline>()
                    .staff(clock, FactKind::HostsShutDown(shut_down));
            }
        }
    }
}

/// Shuts every running host of a network's or system's range down; returns how many.
fn shut_down_hosts(world: &mut World, target: Target) -> u32 {
    world.resource_scope(|world, mut hosts: Mut<Hosts>| {
        let Some((a, b)) = host_range(&hosts, Some(target)) else {
            return 0;
        };
        let mut known = world.resource_mut::<Known>();
        let mut count = 0;
        for h in a..b {
            let state = hosts.state(h);
            if !state.offline() {
                hosts.set(h, state.shut_down());
                known.learn(&hosts, h, KnownState::Offline);
                count += 1;
            }
        }
        count
    })
}

/// Applies one effect to one target (never a group, except for `recover`).
fn apply_one(
    world: &mut World,
    effect: Effect,
    target: Option<Target>,
    running: &RunningAction,
    clock: &Clock,
) {
    let entities = world.resource::<Entities>().clone();
    let fact = |world: &mut World, kind| world.resource_mut::<Timeline>().staff(clock, kind);
    match (effect, target) {
        (Effect::Isolate | Effect::Reconnect, Some(Target::Network(n))) => {
            let isolated = effect == Effect::Isolate;
            if let Some(mut state) = world.get_mut::<NetworkState>(entities.networks[n.index()]) {
                state.isolated = isolated;
                if isolated {
                    state.first_isolated.get_or_insert(clock.now);
                }
            }
        }
        (Effect::Isolate | Effect::Reconnect, Some(Target::System(s))) => {
            let isolated = effect == Effect::Isolate;
            if let Some(slot) = world.resource_mut::<IsolatedSystems>().0.get_mut(s.index()) {
                *slot = isolated;
            }
        }
        // Reached only through `apply_effect`, which counts a group's hosts together.
        (Effect::Shutdown, Some(_)) => {}
        (Effect::CutLink | Effect::RestoreLink, Some(Target::Link(l))) => {
            let cut = effect == Effect::CutLink;
            if let Some(mut state) = world.get_mut::<LinkState>(entities.links[l.index()]) {
                state.cut = cut;
            }
        }
        (Effect::ResetCredentials, _) => {
            let model = world.resource::<Model>().clone();
            let now = clock.now;
            let reset = world
                .resource_mut::<AttackerState>()
                .reset_credentials(&model, now);
            world.resource_mut::<AttackerState>().credentials = false;
            if reset {
                world
                    .resource_mut::<Timeline>()
                    .truth(clock, FactKind::PrivilegesLost);
            }
        }
        (Effect::Recover, Some(target)) => super::recovery::prioritise(world, target),
        (Effect::RecoveryOrder, _) => super::recovery::set_order(world, &running.order),
        (Effect::Rebuild, Some(Target::System(s))) => super::recovery::rebuild(world, s),
        (Effect::PaperOperation, Some(Target::Service(s))) => {
            if let Some(mut state) = world.get_mut::<ServiceState>(entities.services[s.index()]) {
                state.paper = true;
            }
        }
        (
            Effect::MutualAid {
                per_day,
                period,
                cost_per_day,
            },
            Some(Target::Service(s)),
        ) => super::public::mutual_aid(world, s, per_day, period, cost_per_day, clock),
        (Effect::Notify(org), _) => super::public::notify(world, org, clock),
        (Effect::Forensics, _) => forensics(world, clock),
        (
            Effect::InformPublic {
                phone,
                fraud,
                period,
            },
            _,
        ) => super::public::inform_public(world, phone, fraud, period, clock),
        (Effect::AnswerExtortion, _) => {
            world.resource_mut::<AttackerState>().extortion_answered = true;
            fact(world, FactKind::ExtortionAnswered);
        }
        (Effect::CloseOffices { share, period }, Some(Target::Organisation(o))) => {
            super::public::close_offices(world, o, share, period, clock)
        }
        // Validation rules out the remaining combinations.
        _ => {}
    }
}

/// The forensics effect: for the rest of the run alarms are likelier and reports faster, and
/// every host the attacker holds that the staff still thinks unremarkable is reported.
pub(super) fn forensics(world: &mut World, clock: &Clock) {
    world.resource_mut::<AttackerState>().forensics = true;
    // The experts find what is there, within the usual reporting delay.
    let normal = world.resource::<Model>().attacker().report_delay;
    let delay = world.resource::<AttackerState>().report_delay(normal);
    world.resource_scope(|world, hosts: Mut<Hosts>| {
        let mut known = world.resource_mut::<Known>();
        for h in 0..hosts.len() as u32 {
            let state = hosts.state(h);
            if state.reached() && known.host(h) == KnownState::Unremarkable {
                let seen = if state.encrypted() {
                    KnownState::Encrypted
                } else {
                    KnownState::Compromised
                };
                known.report(clock.now + delay, h, seen);
            }
        }
    });
}
