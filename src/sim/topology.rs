//! Networks and links: which segments are isolated, which links are cut, who borders whom.
//!
//! Flags live on the network and link entities; the static neighbourhood (which links leave a
//! network) is a CSR table built once at spawn, so the spread step walks dense indices.

use bevy_ecs::prelude::*;

use crate::scenario::Scenario;
use crate::scenario::model::{Chance, LinkIdx, Minutes, NetworkIdx, SystemIdx};

/// A network segment at run time.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct NetworkState {
    pub network: NetworkIdx,
    /// Taken off the network: nothing spreads into or out of it, its systems serve no one.
    pub isolated: bool,
    /// When it was first taken off the network (minutes since start).
    pub first_isolated: Option<Minutes>,
}

/// A link at run time.
#[derive(Component, Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkState {
    pub link: LinkIdx,
    pub cut: bool,
}

/// Systems taken off the network one by one (an `isolate` aimed at a system).
#[derive(Resource, Debug, Clone, Default)]
pub struct IsolatedSystems(pub Vec<bool>);

impl IsolatedSystems {
    pub fn contains(&self, system: SystemIdx) -> bool {
        self.0.get(system.index()).copied().unwrap_or(false)
    }
}

/// The links leaving each network, both directions, in link order.
#[derive(Resource, Debug, Clone)]
pub struct Adjacency {
    offsets: Vec<u32>,
    /// `(link, other network)`.
    edges: Vec<(u32, u32)>,
    /// The share of a held host's contacts that go across each link (per million).
    pub share: Vec<Chance>,
    /// Per network, the shares of all its links together: the rest stay inside.
    pub outward: Vec<u32>,
}

impl Adjacency {
    pub fn new(scenario: &Scenario) -> Adjacency {
        let networks = scenario.networks().len();
        let mut lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); networks];
        for (i, link) in scenario.links().iter().enumerate() {
            let i = i as u32;
            lists[link.from.index()].push((i, link.to.0));
            lists[link.to.index()].push((i, link.from.0));
        }
        let mut offsets = Vec::with_capacity(networks + 1);
        let mut edges = Vec::new();
        offsets.push(0);
        for list in lists {
            edges.extend(list);
            offsets.push(edges.len() as u32);
        }
        let attacker = scenario.attacker();
        let share: Vec<Chance> = scenario
            .links()
            .iter()
            .map(|l| {
                attacker
                    .reach
                    .iter()
                    .find(|(k, _)| *k == l.kind)
                    .map_or(Chance(0), |(_, c)| *c)
            })
            .collect();
        // Validation keeps every network's sum at or below certainty.
        let outward = (0..networks)
            .map(|n| {
                edges[offsets[n] as usize..offsets[n + 1] as usize]
                    .iter()
                    .map(|&(l, _)| share[l as usize].0)
                    .sum::<u32>()
                    .min(Chance::SCALE)
            })
            .collect();
        Adjacency {
            offsets,
            edges,
            share,
            outward,
        }
    }

    /// `(link, other network)` for every link leaving `network`.
    pub fn neighbours(&self, network: NetworkIdx) -> &[(u32, u32)] {
        let n = network.index();
        &self.edges[self.offsets[n] as usize..self.offsets[n + 1] as usize]
    }
}

/// This tick's isolation and cut flags as dense vectors, read from the entities.
pub struct Barriers {
    pub isolated: Vec<bool>,
    pub cut: Vec<bool>,
}

impl Barriers {
    pub fn read<'a>(
        networks: impl Iterator<Item = &'a NetworkState>,
        links: impl Iterator<Item = &'a LinkState>,
        counts: (usize, usize),
    ) -> Barriers {
        let mut isolated = vec![false; counts.0];
        let mut cut = vec![false; counts.1];
        for n in networks {
            isolated[n.network.index()] = n.isolated;
        }
        for l in links {
            cut[l.link.index()] = l.cut;
        }
        Barriers { isolated, cut }
    }
}
