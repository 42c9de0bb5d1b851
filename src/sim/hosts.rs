//! Hosts: one entity each, with their state kept densely for the hot loops.
//!
//! Spreading and encryption touch random hosts by index, which is where an ECS lookup per host
//! costs most (research/performance-anchors.md: ~35 ns per `Query::get` at a million hosts,
//! against ~2 ns for an array index). So each host entity carries its identity ([`Host`]: dense
//! index, system, network) and the state itself lives in the [`Hosts`] resource under that
//! index, with per-system and per-network counters kept up to date on every change. Nothing here
//! visits every host on a quiet tick.

use bevy_ecs::prelude::*;

use super::record::entity_word;
use crate::scenario::model::{NetworkIdx, SystemIdx};

/// The kind tag of a host's truth in its hash word.
pub const HOST_WORD: u8 = 0;

/// The true state of a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum HostState {
    /// Running, never touched by the attacker (as far as the truth goes).
    #[default]
    Clean = 0,
    /// Running, under the attacker's control.
    Compromised = 1,
    /// Running, its volumes encrypted: unusable.
    Encrypted = 2,
    /// Shut down; clean underneath.
    Offline = 3,
    /// Shut down with the attacker on it.
    OfflineCompromised = 4,
    /// Shut down, encrypted.
    OfflineEncrypted = 5,
    /// Being checked or restored right now.
    Checking = 6,
    /// Checked or restored: running and clean.
    Restored = 7,
}

impl HostState {
    pub const COUNT: usize = 8;
    pub const ALL: [HostState; 8] = [
        HostState::Clean,
        HostState::Compromised,
        HostState::Encrypted,
        HostState::Offline,
        HostState::OfflineCompromised,
        HostState::OfflineEncrypted,
        HostState::Checking,
        HostState::Restored,
    ];

    /// Can people work on it?
    pub fn usable(self) -> bool {
        matches!(
            self,
            HostState::Clean | HostState::Compromised | HostState::Restored
        )
    }

    /// Is the attacker on it (running or not)?
    pub fn reached(self) -> bool {
        matches!(
            self,
            HostState::Compromised
                | HostState::Encrypted
                | HostState::OfflineCompromised
                | HostState::OfflineEncrypted
        )
    }

    /// Running and under the attacker's control: it can reach other hosts. An encrypted server
    /// still runs its system volume, and the attacker's domain credentials work from it.
    pub fn held_running(self) -> bool {
        matches!(self, HostState::Compromised | HostState::Encrypted)
    }

    pub fn encrypted(self) -> bool {
        matches!(self, HostState::Encrypted | HostState::OfflineEncrypted)
    }

    pub fn offline(self) -> bool {
        matches!(
            self,
            HostState::Offline | HostState::OfflineCompromised | HostState::OfflineEncrypted
        )
    }

    /// The state after a controlled shutdown.
    pub fn shut_down(self) -> HostState {
        match self {
            HostState::Clean | HostState::Restored | HostState::Checking => HostState::Offline,
            HostState::Compromised => HostState::OfflineCompromised,
            HostState::Encrypted => HostState::OfflineEncrypted,
            offline => offline,
        }
    }
}

/// Counts of hosts per state.
pub type StateCounts = [u32; HostState::COUNT];

/// A host's identity; its dense index is the key into [`Hosts`].
#[derive(Component, Debug, Clone, Copy)]
pub struct Host {
    pub index: u32,
    pub system: SystemIdx,
    pub network: NetworkIdx,
}

/// Dense host state, the single source of truth for it.
#[derive(Resource, Debug, Clone)]
pub struct Hosts {
    state: Vec<HostState>,
    system: Vec<u32>,
    /// The network of each system: a host's network is its system's, which saves a random
    /// read per host in the hot loops.
    system_network: Vec<u32>,
    pub(super) entity: Vec<Entity>,
    /// `[start, end)` of each system's hosts; hosts are laid out network by network.
    system_range: Vec<(u32, u32)>,
    network_range: Vec<(u32, u32)>,
    by_system: Vec<StateCounts>,
    by_network: Vec<StateCounts>,
    totals: StateCounts,
    /// Running hosts the attacker holds.
    active: Vec<u32>,
    /// Where each host stands in `active` (`u32::MAX`: not there), for O(1) removal.
    active_at: Vec<u32>,
    /// Wrapping sum of every host's hash word, kept current on each change (see `record`).
    hash_sum: u64,
}

impl Hosts {
    /// Lays out `hosts[s]` hosts for each system `s`, grouped by network in network order.
    pub fn new(system_network: &[NetworkIdx], system_hosts: &[u32], networks: usize) -> Hosts {
        let mut order: Vec<usize> = (0..system_network.len()).collect();
        order.sort_by_key(|&s| (system_network[s], s));
        let total: usize = system_hosts.iter().map(|&h| h as usize).sum();
        let mut system = Vec::with_capacity(total);
        let mut system_range = vec![(0, 0); system_network.len()];
        let mut network_range = vec![(0u32, 0u32); networks];
        let mut by_system = vec![[0; HostState::COUNT]; system_network.len()];
        let mut by_network = vec![[0; HostState::COUNT]; networks];
        let mut next = 0u32;
        for n in 0..networks {
            network_range[n].0 = next;
            for &s in order.iter().filter(|&&s| system_network[s].index() == n) {
                let count = system_hosts[s];
                system_range[s] = (next, next + count);
                next += count;
                by_system[s][HostState::Clean as usize] = count;
                by_network[n][HostState::Clean as usize] += count;
                system.extend(std::iter::repeat_n(s as u32, count as usize));
            }
            network_range[n].1 = next;
        }
        let mut totals = [0; HostState::COUNT];
        totals[HostState::Clean as usize] = next;
        let hash_sum = (0..next).fold(0u64, |sum, h| {
            sum.wrapping_add(entity_word(HOST_WORD, h, HostState::Clean as u8))
        });
        Hosts {
            state: vec![HostState::Clean; total],
            system,
            system_network: system_network.iter().map(|n| n.0).collect(),
            entity: Vec::new(),
            system_range,
            network_range,
            by_system,
            by_network,
            totals,
            active: Vec::new(),
            active_at: vec![u32::MAX; total],
            hash_sum,
        }
    }

    /// The order-independent sum of every host's hash word.
    pub fn hash_sum(&self) -> u64 {
        self.hash_sum
    }

    pub fn len(&self) -> usize {
        self.state.len()
    }

    pub fn is_empty(&self) -> bool {
        self.state.is_empty()
    }

    pub fn state(&self, host: u32) -> HostState {
        self.state[host as usize]
    }

    pub fn system_of(&self, host: u32) -> SystemIdx {
        SystemIdx(self.system[host as usize])
    }

    pub fn network_of(&self, host: u32) -> NetworkIdx {
        NetworkIdx(self.system_network[self.system[host as usize] as usize])
    }

    pub fn system_range(&self, system: SystemIdx) -> (u32, u32) {
        self.system_range[system.index()]
    }

    /// How many networks the hosts are laid out over.
    pub fn networks(&self) -> usize {
        self.network_range.len()
    }

    pub fn network_range(&self, network: NetworkIdx) -> (u32, u32) {
        self.network_range[network.index()]
    }

    pub fn system_counts(&self, system: SystemIdx) -> &StateCounts {
        &self.by_system[system.index()]
    }

    pub fn network_counts(&self, network: NetworkIdx) -> &StateCounts {
        &self.by_network[network.index()]
    }

    pub fn totals(&self) -> &StateCounts {
        &self.totals
    }

    /// Hosts the attacker holds, running or not.
    pub fn reached(&self) -> u32 {
        HostState::ALL
            .iter()
            .filter(|s| s.reached())
            .map(|&s| self.totals[s as usize])
            .sum()
    }

    pub fn encrypted(&self) -> u32 {
        HostState::ALL
            .iter()
            .filter(|s| s.encrypted())
            .map(|&s| self.totals[s as usize])
            .sum()
    }

    /// Sets a host's state, keeping every counter and the change list right.
    pub fn set(&mut self, host: u32, new: HostState) {
        let h = host as usize;
        let old = self.state[h];
        if old == new {
            return;
        }
        let s = self.system[h] as usize;
        let n = self.system_network[s] as usize;
        for counts in [
            &mut self.by_system[s],
            &mut self.by_network[n],
            &mut self.totals,
        ] {
            counts[old as usize] -= 1;
            counts[new as usize] += 1;
        }
        self.state[h] = new;
        self.hash_sum = self
            .hash_sum
            .wrapping_sub(entity_word(HOST_WORD, host, old as u8))
            .wrapping_add(entity_word(HOST_WORD, host, new as u8));
        match (old.held_running(), new.held_running()) {
            (false, true) => {
                self.active_at[h] = self.active.len() as u32;
                self.active.push(host);
            }
            (true, false) => {
                let at = self.active_at[h] as usize;
                self.active.swap_remove(at);
                if let Some(&moved) = self.active.get(at) {
                    self.active_at[moved as usize] = at as u32;
                }
                self.active_at[h] = u32::MAX;
            }
            _ => {}
        }
    }

    /// The running hosts the attacker holds. Hosts join at the end; one that leaves is replaced
    /// by the last, so the order depends only on the sequence of changes.
    pub fn active(&self) -> &[u32] {
        &self.active
    }

    /// Where a host stands in [`Hosts::active`] (`u32::MAX`: not there).
    pub fn active_position(&self, host: u32) -> u32 {
        self.active_at[host as usize]
    }

    /// How many running hosts the attacker holds in a network.
    pub fn active_in(&self, network: NetworkIdx) -> u32 {
        let counts = &self.by_network[network.index()];
        HostState::ALL
            .iter()
            .filter(|s| s.held_running())
            .map(|&s| counts[s as usize])
            .sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counters_follow_every_change() {
        let mut hosts = Hosts::new(
            &[NetworkIdx(1), NetworkIdx(0), NetworkIdx(1)],
            &[2, 3, 4],
            2,
        );
        assert_eq!(hosts.len(), 9);
        // Network 0's system comes first in the layout.
        assert_eq!(hosts.system_range(SystemIdx(1)), (0, 3));
        assert_eq!(hosts.system_range(SystemIdx(0)), (3, 5));
        assert_eq!(hosts.network_range(NetworkIdx(1)), (3, 9));
        hosts.set(4, HostState::Compromised);
        hosts.set(4, HostState::Encrypted);
        hosts.set(0, HostState::Compromised);
        assert_eq!(hosts.reached(), 2);
        assert_eq!(hosts.encrypted(), 1);
        assert_eq!(
            hosts.system_counts(SystemIdx(0))[HostState::Encrypted as usize],
            1
        );
        assert_eq!(
            hosts.network_counts(NetworkIdx(1))[HostState::Clean as usize],
            5
        );
        // Encrypted servers still run and still serve the attacker.
        assert_eq!(hosts.active(), &[4, 0]);
        hosts.set(4, HostState::OfflineEncrypted);
        assert_eq!(hosts.active(), &[0]);
        assert_eq!(hosts.reached(), 2);
    }
}
