//! A run's world copied at a tick, so that a variant goes on from there instead of re-running
//! the common beginning (the what-if of `report --counterfactuals` and `sweep --drop`).
//!
//! bevy_ecs cannot clone a `World`, but this world is small and plain: resources, four kinds of
//! element entities spawned in a fixed order by `spawn::populate`, and running actions. A fork
//! populates a new world for the same scenario and seed (so every element entity has the same id
//! and table row), then copies every resource and component that changes. Running actions are
//! re-spawned in the order of their `seq`, which is the only order anything reads them in; their
//! entity ids may differ, and nothing keys on them. A test checks that no resource or component
//! type is left out, and that a fork goes on exactly as the original does.

use bevy_ecs::prelude::*;

use super::actions::{ActionRecord, Decided, RunningAction, Staff};
use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::Known;
use super::hosts::Hosts;
use super::injects::{AdHocInjects, InjectState, OpenInjects};
use super::public::Public;
use super::record::{Stats, Timeline};
use super::recovery::RecoveryWork;
use super::rng::SimRng;
use super::services::{DeadlineOutcomes, ServiceOrder, ServiceState};
use super::topology::{IsolatedSystems, LinkState, NetworkState};
use super::{Entities, Model, Sim};

fn copy_resource<R: Resource + Clone>(from: &World, to: &mut World) {
    if let Some(r) = from.get_resource::<R>() {
        to.insert_resource(r.clone());
    }
}

fn copy_components<C: Component<Mutability = bevy_ecs::component::Mutable> + Clone>(
    from: &World,
    to: &mut World,
    entities: &[Entity],
) {
    for &e in entities {
        if let (Some(c), Some(mut there)) = (from.get::<C>(e), to.get_mut::<C>(e)) {
            *there = c.clone();
        }
    }
}

/// The resources a run changes, copied by [`Sim::fork`]; `Model`, `Entities` and `Adjacency`
/// are the same by construction.
macro_rules! changing_resources {
    ($($t:ty),* $(,)?) => {
        fn copy_resources(from: &World, to: &mut World) {
            $(copy_resource::<$t>(from, to);)*
        }
        /// Every type a fork carries over or builds alike, for the test that none is missing.
        #[cfg(test)]
        fn handled() -> Vec<std::any::TypeId> {
            use std::any::TypeId;
            let mut types = vec![$(TypeId::of::<$t>()),*];
            types.extend([
                TypeId::of::<Model>(),
                TypeId::of::<Entities>(),
                TypeId::of::<super::topology::Adjacency>(),
                TypeId::of::<super::hosts::Host>(),
                TypeId::of::<NetworkState>(),
                TypeId::of::<LinkState>(),
                TypeId::of::<ServiceState>(),
                TypeId::of::<InjectState>(),
                TypeId::of::<RunningAction>(),
            ]);
            types
        }
    };
}

changing_resources!(
    Clock,
    SimRng,
    Hosts,
    Known,
    Stats,
    Timeline,
    RecoveryWork,
    IsolatedSystems,
    AttackerState,
    Staff,
    ActionRecord,
    Decided,
    ServiceOrder,
    DeadlineOutcomes,
    AdHocInjects,
    OpenInjects,
    Public,
);

impl Sim {
    /// An independent copy of this run as it stands: stepping both with the same commands
    /// gives the same ticks, state hashes and outcome.
    pub fn fork(&mut self) -> Sim {
        let scenario = std::sync::Arc::clone(&self.world.resource::<Model>().0);
        let mut fork = Sim::new(scenario, self.seed);
        let (from, to) = (&self.world, &mut fork.world);
        copy_resources(from, to);
        let entities = from.resource::<Entities>().clone();
        copy_components::<NetworkState>(from, to, &entities.networks);
        copy_components::<LinkState>(from, to, &entities.links);
        copy_components::<ServiceState>(from, to, &entities.services);
        copy_components::<InjectState>(from, to, &entities.injects);
        let mut running: Vec<RunningAction> = self
            .world
            .query::<&RunningAction>()
            .iter(&self.world)
            .cloned()
            .collect();
        running.sort_by_key(|r| r.seq);
        fork.world.spawn_batch(running);
        fork.history = self.history.clone();
        fork
    }
}

#[cfg(test)]
mod tests {
    use std::any::TypeId;
    use std::collections::BTreeSet;
    use std::sync::Arc;

    use super::*;
    use crate::run::{Mode, Runner};

    fn westmecklenburg() -> Arc<crate::scenario::Scenario> {
        let text = crate::scenario::builtin("westmecklenburg").unwrap_or_default();
        Arc::new(crate::scenario::parse(text).unwrap_or_else(|e| panic!("{e:?}")))
    }

    /// Every resource and component type in use in a world.
    fn types(world: &World) -> BTreeSet<TypeId> {
        world
            .components()
            .iter_registered()
            .filter(|(id, _)| {
                world
                    .archetypes()
                    .iter()
                    .any(|a| !a.is_empty() && a.contains(*id))
            })
            .filter_map(|(_, c)| c.type_id())
            .collect()
    }

    /// bevy's own bookkeeping types: those in use in a world with one resource and one entity
    /// of a test's own, a schedule run and a query kept, as a `Sim` has.
    fn bookkeeping() -> BTreeSet<TypeId> {
        #[derive(Resource)]
        struct MyResource;
        #[derive(Component)]
        struct MyComponent;
        let mut world = World::new();
        world.insert_resource(MyResource);
        world.spawn(MyComponent);
        let mut schedule = Schedule::new(crate::sim::SimTick);
        schedule.add_systems(|_: Query<&MyComponent>, _: Res<MyResource>| {});
        schedule.run(&mut world);
        let _kept = world.query::<&MyComponent>();
        let mut types = types(&world);
        types.remove(&TypeId::of::<MyResource>());
        types.remove(&TypeId::of::<MyComponent>());
        types
    }

    #[test]
    fn a_fork_carries_every_type_the_world_holds() {
        let s = westmecklenburg();
        let commands = Mode::Historical.commands(&s);
        let mut runner = Runner::new(Sim::new(Arc::clone(&s), 3), &commands, 0);
        // Until an action is running, so that every kind of entity is there.
        while runner.tick()
            && runner
                .sim
                .world
                .query::<&RunningAction>()
                .iter(&runner.sim.world)
                .next()
                .is_none()
        {}
        let names = types(&runner.sim.world);
        let (handled, bookkeeping) = (handled(), bookkeeping());
        let unknown: Vec<&TypeId> = names
            .iter()
            .filter(|t| !handled.contains(t) && !bookkeeping.contains(t))
            .collect();
        assert!(
            unknown.is_empty(),
            "{} types in the world that a fork does not copy",
            unknown.len()
        );
        assert!(names.contains(&TypeId::of::<RunningAction>()));
        let mut fork = runner.sim.fork();
        assert_eq!(names, types(&fork.world));
        assert_eq!(runner.sim.state_hash(), fork.state_hash());
        assert_eq!(runner.sim.tally(true), fork.tally(true));
    }
}
