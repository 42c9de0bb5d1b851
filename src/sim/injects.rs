//! Injects (Einlagen): released on their triggers, or by exercise control.
//!
//! An inject that reports something (a compromise, a clean bill) changes the staff's picture
//! when it arrives, whether or not it is true: that is how false alarms enter the exercise.

use bevy_ecs::prelude::*;

use super::Entities;
use super::Model;
use super::actions::ActionRecord;
use super::clock::Clock;
use super::command::AdHocInject;
use super::detection::Known;
use super::hosts::Hosts;
use super::public::Public;
use super::record::{FactKind, Timeline};
use super::services::{DeadlineOutcomes, ServiceState};
use super::topology::LinkState;
use crate::scenario::model::Channel;
use crate::scenario::model::{
    Condition, Inject, InjectIdx, LinkIdx, Minutes, Report, Reported, ServiceIdx, Trigger,
};
use crate::time::MINUTES_PER_DAY;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InjectStatus {
    /// Waiting for its trigger.
    Pending,
    /// Kept back by control.
    Held,
    /// To be released at the next tick, whatever the trigger (control).
    Forced,
    Released,
    Skipped,
    /// Not delivered: at its time, a condition said it no longer fits the world
    /// ("entfallen (Bedingung)").
    Withheld,
}

/// Why an inject was withheld: the index of the `unless` decision found in the logbook, or of
/// the `only_if` condition that did not hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Withheld {
    Decided(u32),
    NotHolding(u32),
}

/// Ad-hoc injects written by control, with the time each was released (at the next tick).
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct AdHocInjects(pub Vec<(AdHocInject, Option<Minutes>)>);

/// The scripted injects whose triggers are still looked at (pending, or forced by control), in
/// index order: the only ones `release_injects` and `minutes::next_event` go through, so a tick
/// costs what is still to come, not the whole script. Kept in step with every status change.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct OpenInjects(pub Vec<InjectIdx>);

impl OpenInjects {
    /// Every inject, as spawned (all pending).
    pub fn all(count: usize) -> OpenInjects {
        OpenInjects((0..count as u32).map(InjectIdx).collect())
    }

    /// Takes in an inject's new status.
    pub fn update(&mut self, inject: InjectIdx, status: InjectStatus) {
        let open = matches!(status, InjectStatus::Pending | InjectStatus::Forced);
        match (self.0.binary_search(&inject), open) {
            (Err(at), true) => self.0.insert(at, inject),
            (Ok(at), false) => {
                self.0.remove(at);
            }
            _ => {}
        }
    }
}

/// An inject at run time.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct InjectState {
    pub inject: InjectIdx,
    pub status: InjectStatus,
    pub released_at: Option<Minutes>,
    /// The channel it arrived by: its own, or the fallback while its channel's service is down.
    pub channel: Channel,
    /// Why it was withheld, if it was.
    pub withheld: Option<Withheld>,
}

impl InjectState {
    pub fn new(inject: InjectIdx, channel: Channel) -> InjectState {
        InjectState {
            inject,
            status: InjectStatus::Pending,
            released_at: None,
            channel,
            withheld: None,
        }
    }
}

/// Phase 2: release the injects whose triggers hold.
pub fn release_injects(world: &mut World) {
    let clock = *world.resource::<Clock>();
    if world
        .resource::<AdHocInjects>()
        .0
        .iter()
        .any(|(_, released)| released.is_none())
    {
        let mut adhoc = std::mem::take(&mut world.resource_mut::<AdHocInjects>().0);
        for (i, (_, released)) in adhoc.iter_mut().enumerate() {
            if released.is_none() {
                *released = Some(clock.now);
                world
                    .resource_mut::<Timeline>()
                    .staff(&clock, FactKind::AdHocReleased(i as u32));
            }
        }
        world.resource_mut::<AdHocInjects>().0 = adhoc;
    }
    // In index order, as if every inject were looked at in turn: one released here can set off
    // a later one (a delay of zero after it) within the same minute.
    let mut from = 0;
    while let Some((at, i)) = next_firing(world, from, clock.now) {
        release(world, i, &clock);
        // Released or withheld, it has left the open list: the next one moved up to `at`.
        from = at;
    }
}

/// The first open inject from position `from` of the open list that goes out now (forced, or
/// its trigger or a warning holds), with its position.
fn next_firing(world: &World, from: usize, now: Minutes) -> Option<(usize, InjectIdx)> {
    let open = &world.resource::<OpenInjects>().0;
    let model = world.resource::<Model>();
    let entities = world.resource::<Entities>();
    let public = world.resource::<Public>();
    open.iter()
        .enumerate()
        .skip(from)
        .find(|&(_, &i)| {
            let Some(state) = world.get::<InjectState>(entities.injects[i.index()]) else {
                return false;
            };
            match state.status {
                InjectStatus::Forced => true,
                InjectStatus::Pending => {
                    trigger_holds(world, model.injects()[i.index()].trigger, now)
                        || public.warned(i, now)
                }
                _ => false,
            }
        })
        .map(|(at, &i)| (at, i))
}

/// Delivers inject `i` now, or withholds it if a condition says so (control's own release goes
/// out whatever the conditions say: control decided).
fn release(world: &mut World, i: InjectIdx, clock: &Clock) {
    let model = world.resource::<Model>().clone();
    let entity = world.resource::<Entities>().injects[i.index()];
    let Some(state) = world.get::<InjectState>(entity).copied() else {
        return;
    };
    let spec = &model.injects()[i.index()];
    let withheld = (state.status == InjectStatus::Pending)
        .then(|| withheld_by(world, spec))
        .flatten();
    if let Some(why) = withheld {
        if let Some(mut s) = world.get_mut::<InjectState>(entity) {
            s.status = InjectStatus::Withheld;
            s.withheld = Some(why);
        }
        world
            .resource_mut::<OpenInjects>()
            .update(i, InjectStatus::Withheld);
        world
            .resource_mut::<Timeline>()
            .truth(clock, FactKind::InjectWithheld(i));
        return;
    }
    let channel = model.channel_by(spec.channel, |service| service_up(world, service));
    if let Some(mut s) = world.get_mut::<InjectState>(entity) {
        s.status = InjectStatus::Released;
        s.released_at = Some(clock.now);
        s.channel = channel;
    }
    world
        .resource_mut::<OpenInjects>()
        .update(i, InjectStatus::Released);
    if let Some(surge) = spec.surge {
        let cases = world.resource::<Public>().surge_cases(surge, clock.now);
        let today = clock.now.div_euclid(MINUTES_PER_DAY) * MINUTES_PER_DAY;
        let entity = world.resource::<Entities>().services[surge.service.index()];
        if let Some(mut s) = world.get_mut::<ServiceState>(entity) {
            s.backlog.arrive(today, cases);
            s.intake += u64::from(cases);
        }
    }
    let mut known = world.resource_mut::<Known>();
    // Validation keeps reports off injects to control; this keeps the rule here too.
    let reports = if spec.for_control {
        &[][..]
    } else {
        &spec.reports[..]
    };
    for report in reports {
        let (what, compromised) = match *report {
            Report::Compromised(what) => (what, true),
            Report::Clean(what) => (what, false),
        };
        let network = match what {
            Reported::Network(n) => n,
            Reported::System(s) => model.systems()[s.index()].network,
        };
        known.suspected[network.index()] = compromised.then_some(spec.false_alarm);
    }
    // An inject to exercise control is control's alone: the staff never learns of it.
    let fact = FactKind::InjectReleased(i);
    let mut timeline = world.resource_mut::<Timeline>();
    if spec.for_control {
        timeline.truth(clock, fact);
    } else {
        timeline.staff(clock, fact);
    }
}

/// The first of an inject's conditions that withholds it now: an `unless` decision in the
/// logbook, or an `only_if` state that does not hold.
fn withheld_by(world: &World, spec: &Inject) -> Option<Withheld> {
    let taken = &world.resource::<ActionRecord>().taken;
    let decided = spec.unless.iter().position(|u| {
        taken
            .iter()
            .any(|(a, t)| *a == u.action && (u.target.is_none() || u.target == *t))
    });
    if let Some(i) = decided {
        return Some(Withheld::Decided(i as u32));
    }
    spec.only_if
        .iter()
        .position(|c| !condition_holds(world, *c, world.resource::<Clock>().now))
        .map(|i| Withheld::NotHolding(i as u32))
}

/// The service runs (up or degraded): a channel that needs it works.
fn service_up(world: &World, service: ServiceIdx) -> bool {
    let entity = world.resource::<Entities>().services[service.index()];
    world
        .get::<ServiceState>(entity)
        .is_some_and(|s| s.status.running())
}

fn condition_holds(world: &World, condition: Condition, now: Minutes) -> bool {
    let entities = world.resource::<Entities>();
    let link_cut = |l: LinkIdx| {
        world
            .get::<LinkState>(entities.links[l.index()])
            .is_some_and(|s| s.cut)
    };
    match condition {
        Condition::ServiceDown {
            service,
            for_at_least,
        } => world
            .get::<ServiceState>(entities.services[service.index()])
            .and_then(|s| s.down_since)
            .is_some_and(|since| now - since >= for_at_least),
        Condition::HostsEncrypted(n) => world.resource::<Hosts>().encrypted() >= n,
        Condition::DeadlineMissed(d) => {
            world.resource::<DeadlineOutcomes>().0[d.index()] == Some(false)
        }
        Condition::LinkCut(l) => link_cut(l),
        Condition::ServiceUp(service) => service_up(world, service),
        Condition::LinkOpen(l) => !link_cut(l),
    }
}

/// Whether a trigger holds now; looks up only what it reads (this runs for every open inject
/// at every step and minute).
fn trigger_holds(world: &World, trigger: Trigger, now: Minutes) -> bool {
    let started = |action: crate::scenario::model::ActionIdx| {
        world.resource::<ActionRecord>().first_started[action.index()]
    };
    match trigger {
        Trigger::At(at) => now >= at,
        Trigger::AfterInject { inject, delay } => world
            .get::<InjectState>(world.resource::<Entities>().injects[inject.index()])
            .and_then(|s| s.released_at)
            .is_some_and(|r| now >= r + delay),
        Trigger::ActionTaken { action, delay } => started(action).is_some_and(|s| now >= s + delay),
        Trigger::ActionNotTaken { action, by } => {
            now >= by && started(action).is_none_or(|s| s > by)
        }
        Trigger::When(condition) => condition_holds(world, condition, now),
    }
}

/// The earliest time at which a pending scripted inject will fire by the clock alone (fixed
/// times, and delays after injects already released), with its index; state-triggered injects
/// have no time to jump to.
pub fn next_scheduled(world: &World) -> Option<(Minutes, InjectIdx)> {
    let model = world.resource::<Model>();
    let entities = world.resource::<Entities>();
    let clock = world.resource::<Clock>();
    let released = |i: InjectIdx| {
        world
            .get::<InjectState>(entities.injects[i.index()])
            .and_then(|s| s.released_at)
    };
    model
        .injects()
        .iter()
        .enumerate()
        .filter(|(i, _)| {
            world
                .get::<InjectState>(entities.injects[*i])
                .is_some_and(|s| s.status == InjectStatus::Pending)
        })
        .filter_map(|(i, spec)| {
            let by_trigger = match spec.trigger {
                Trigger::At(at) => Some(at),
                Trigger::AfterInject { inject, delay } => released(inject).map(|r| r + delay),
                _ => None,
            };
            let warned = world.resource::<Public>().warned.get(i).copied().flatten();
            let due = by_trigger.into_iter().chain(warned).min()?;
            Some((due.max(clock.now), InjectIdx(i as u32)))
        })
        .min()
}
