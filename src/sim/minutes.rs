//! Time by the minute between the world's steps.
//!
//! The world (attacker, detection, services, demand, teams) steps at the scenario's tick. What a
//! staff and its exercise control live by happens at its minute: an inject planned for 06:30 is
//! delivered at 06:30, a decision taken at 03:15 starts then and a 30-minute action takes effect
//! at 03:45. So between two steps the clock moves from one such minute to the next (never minute
//! by minute: a run costs what happens in it), and at each runs the decisions and the injects.
//! Nothing here draws from the random stream, so where the minutes fall changes no draw.

use bevy_ecs::prelude::*;

use super::Entities;
use super::Model;
use super::actions::{ActionRecord, Phase, Running, progress_actions};
use super::clock::Clock;
use super::injects::{AdHocInjects, InjectState, OpenInjects, release_injects};
use super::public::Public;
use super::services::ServiceState;
use crate::scenario::model::{Condition, Minutes, Trigger};

/// Decisions and injects at the clock's minute: new decisions become running actions, due ones
/// take effect, and injects whose time or condition has come are delivered.
pub fn settle(world: &mut World, running: &mut Running) {
    progress_actions(world, running);
    release_injects(world);
}

/// Moves the clock through every minute at which something is due, up to `to` (inclusive when
/// `inclusive`, else stopping before it: the world's step runs the minute `to` itself), and
/// leaves the clock at `to` when inclusive.
pub fn run_until(world: &mut World, running: &mut Running, to: Minutes, inclusive: bool) {
    loop {
        let now = world.resource::<Clock>().now;
        let Some(next) = next_event(world, running).filter(|&e| e > now) else {
            break;
        };
        if next > to || (!inclusive && next == to) {
            break;
        }
        world.resource_mut::<Clock>().now = next;
        settle(world, running);
    }
    if inclusive {
        let mut clock = world.resource_mut::<Clock>();
        if clock.now < to {
            clock.now = to;
        }
    }
}

/// The next minute after now at which a decision or an inject can be due by the clock: an
/// action's set-up ending, an inject's time, delay or warning, a service's outage reaching an
/// inject's threshold. Conditions on the world's state change only at the world's steps or when
/// an action takes effect, and are looked at then.
pub fn next_event(world: &mut World, running: &mut Running) -> Option<Minutes> {
    // Building a query costs more than a tick; the sim keeps this one.
    running.update_archetypes(world);
    let world = &*world;
    let setups = running
        .iter_manual(world)
        .filter_map(|(_, r)| match r.phase {
            Phase::Setup { until } => Some(until),
            Phase::Waiting(_) => None,
        });
    let now = world.resource::<Clock>().now;
    let model = world.resource::<Model>();
    let entities = world.resource::<Entities>();
    let record = world.resource::<ActionRecord>();
    let mut best: Option<Minutes> = None;
    let mut consider = |t: Minutes| {
        if t > now && best.is_none_or(|b| t < b) {
            best = Some(t);
        }
    };
    for until in setups {
        consider(until);
    }
    let released = |i: usize| {
        world
            .get::<InjectState>(entities.injects[i])
            .and_then(|s| s.released_at)
    };
    let warned = &world.resource::<Public>().warned;
    // Only the injects still open (pending or forced) can be due.
    for &inject in &world.resource::<OpenInjects>().0 {
        let (i, spec) = (inject.index(), &model.injects()[inject.index()]);
        if let Some(at) = warned.get(i).copied().flatten() {
            consider(at);
        }
        match spec.trigger {
            Trigger::At(at) => consider(at),
            Trigger::AfterInject { inject, delay } => {
                if let Some(r) = released(inject.index()) {
                    consider(r + delay);
                }
            }
            Trigger::ActionTaken { action, delay } => {
                if let Some(s) = record.first_started[action.index()] {
                    consider(s + delay);
                }
            }
            Trigger::ActionNotTaken { by, .. } => consider(by),
            Trigger::When(Condition::ServiceDown {
                service,
                for_at_least,
            }) => {
                if let Some(since) = world
                    .get::<ServiceState>(entities.services[service.index()])
                    .and_then(|s| s.down_since)
                {
                    consider(since + for_at_least);
                }
            }
            Trigger::When(_) => {}
        }
    }
    let adhoc_waiting = world
        .resource::<AdHocInjects>()
        .0
        .iter()
        .any(|(_, released)| released.is_none());
    if adhoc_waiting {
        consider(now + 1);
    }
    best
}
