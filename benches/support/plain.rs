//! A plain-array version of the engine's spread step: a `Vec<u8>` of host states and a CSR
//! adjacency of networks, drawing the same keyed streams (one per host and tick) as
//! `krisenstab::sim::attacker::spread_step`. The benchmark times both; a test checks that both
//! reach the same hosts.

use krisenstab::scenario::Scenario;
use krisenstab::scenario::model::{Chance, NetworkIdx};
use krisenstab::sim::Sim;
use krisenstab::sim::hosts::{HostState, Hosts};
use krisenstab::sim::rng::{Purpose, SimRng};
use krisenstab::sim::topology::IsolatedSystems;

const CLEAN: u8 = HostState::Clean as u8;
const COMPROMISED: u8 = HostState::Compromised as u8;
const RESTORED: u8 = HostState::Restored as u8;

pub struct Plain {
    pub state: Vec<u8>,
    network_of: Vec<u32>,
    system_of: Vec<u32>,
    network_range: Vec<(u32, u32)>,
    offsets: Vec<u32>,
    edges: Vec<(u32, u32)>,
    link_share: Vec<u32>,
    cut: Vec<bool>,
    isolated: Vec<bool>,
    isolated_systems: Vec<bool>,
    active: Vec<u32>,
    /// Contact attempts per host and tick, in millionths.
    pub attempts: u64,
}

impl Plain {
    /// Copies the spread-relevant state out of a world (no cut links, no isolation).
    pub fn from_sim(sim: &mut Sim, scenario: &Scenario) -> Plain {
        let world = sim.world_mut();
        let isolated_systems = world.resource::<IsolatedSystems>().0.clone();
        let hosts = world.resource::<Hosts>();
        let n = hosts.len() as u32;
        let active = hosts.active().to_vec();
        let networks = scenario.networks().len();
        let mut lists: Vec<Vec<(u32, u32)>> = vec![Vec::new(); networks];
        for (i, link) in scenario.links().iter().enumerate() {
            lists[link.from.index()].push((i as u32, link.to.0));
            lists[link.to.index()].push((i as u32, link.from.0));
        }
        let mut offsets = vec![0];
        let mut edges = Vec::new();
        for list in lists {
            edges.extend(list);
            offsets.push(edges.len() as u32);
        }
        let attacker = scenario.attacker();
        Plain {
            state: (0..n).map(|h| hosts.state(h) as u8).collect(),
            network_of: (0..n).map(|h| hosts.network_of(h).0).collect(),
            system_of: (0..n).map(|h| hosts.system_of(h).0).collect(),
            network_range: (0..networks as u32)
                .map(|i| hosts.network_range(NetworkIdx(i)))
                .collect(),
            offsets,
            edges,
            link_share: scenario
                .links()
                .iter()
                .map(|l| {
                    attacker
                        .reach
                        .iter()
                        .find(|(k, _)| *k == l.kind)
                        .map_or(0, |(_, c)| c.0)
                })
                .collect(),
            cut: vec![false; scenario.links().len()],
            isolated: vec![false; networks],
            isolated_systems,
            active,
            attempts: krisenstab::sim::attacker::attempts_per_tick(
                attacker.contacts_per_hour,
                scenario.meta().tick,
                1000,
            ),
        }
    }

    fn compromise(&mut self, h: u32) -> bool {
        let s = self.state[h as usize];
        if (s == CLEAN || s == RESTORED)
            && !self.isolated_systems[self.system_of[h as usize] as usize]
        {
            self.state[h as usize] = COMPROMISED;
            true
        } else {
            false
        }
    }

    /// One spread round; returns the hosts reached, in order.
    pub fn spread(&mut self, rng: &SimRng, tick: u64) -> Vec<u32> {
        const HELD: [u8; 2] = [COMPROMISED, HostState::Encrypted as u8];
        let state = &self.state;
        self.active.retain(|&h| HELD.contains(&state[h as usize]));
        let sources = self.active.len();
        let mut reached = Vec::new();
        let whole = self.attempts / u64::from(Chance::SCALE);
        let extra = Chance((self.attempts % u64::from(Chance::SCALE)) as u32);
        // Networks with a host left to take, as the round starts (the engine draws no target
        // in the others).
        let open: Vec<bool> = (0..self.network_range.len())
            .map(|n| {
                let (a, b) = self.network_range[n];
                !self.isolated[n]
                    && (a..b).any(|h| matches!(self.state[h as usize], CLEAN | RESTORED))
            })
            .collect();
        for i in 0..sources {
            let h = self.active[i];
            let n = self.network_of[h as usize] as usize;
            if self.isolated[n] || self.isolated_systems[self.system_of[h as usize] as usize] {
                continue;
            }
            let edges = self.offsets[n] as usize..self.offsets[n + 1] as usize;
            let outward: u32 = self.edges[edges.clone()]
                .iter()
                .map(|&(l, _)| self.link_share[l as usize])
                .sum::<u32>()
                .min(Chance::SCALE);
            let mut draws = rng.stream(tick, Purpose::Spread, h);
            let tries = whole + u64::from(draws.chance(extra));
            for _ in 0..tries {
                let mut into = Some(n);
                if outward > 0 {
                    let draw = draws.below(Chance::SCALE);
                    if draw < outward {
                        let mut acc = 0;
                        for &(link, other) in &self.edges[edges.clone()] {
                            acc += self.link_share[link as usize];
                            if draw < acc {
                                into = (!self.cut[link as usize] && !self.isolated[other as usize])
                                    .then_some(other as usize);
                                break;
                            }
                        }
                    }
                }
                let Some(into) = into else { continue };
                let (a, b) = self.network_range[into];
                if a == b || !open[into] {
                    continue;
                }
                let t = a + draws.below(b - a);
                if self.compromise(t) {
                    reached.push(t);
                }
            }
        }
        self.active.extend(&reached);
        reached
    }
}

/// A generated world of `hosts` hosts in which every hundredth host is compromised and the
/// attacker is moving laterally: the next tick spreads.
pub fn spreading_world(hosts: u64) -> (Sim, std::sync::Arc<Scenario>) {
    use krisenstab::sim::attacker::AttackerState;
    let scenario = std::sync::Arc::new(
        krisenstab::scenario::parse(&krisenstab::generate::scenario(hosts))
            .expect("generated scenarios are valid"),
    );
    let mut sim = Sim::new(std::sync::Arc::clone(&scenario), 1);
    let lateral = scenario
        .attacker()
        .stages
        .iter()
        .position(|s| s.kind == krisenstab::scenario::model::StageKind::LateralMovement);
    let world = sim.world_mut();
    let mut h = world.resource_mut::<Hosts>();
    for host in (0..h.len() as u32).step_by(100) {
        h.set(host, HostState::Compromised);
    }
    // One tick before lateral movement lets the world record the setup's own changes, so the
    // measured tick carries only its own.
    world.resource_mut::<AttackerState>().stage = lateral.map(|l| l - 1);
    sim.step();
    sim.world_mut().resource_mut::<AttackerState>().stage = lateral;
    (sim, scenario)
}
