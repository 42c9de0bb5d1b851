//! What the staff knows: the second picture of the world.
//!
//! Facts move from the truth into [`Known`] only through reports, each due some time after the
//! event (an alarm, an encrypted file server noticed by its users, a forensic finding). Injects
//! can report things that are not true (false alarms). What the staff did itself (a shutdown, a
//! check) it knows at once.

use std::collections::VecDeque;

use bevy_ecs::prelude::*;

use super::clock::Clock;
use super::hosts::{HostState, Hosts};
use super::record::{FactKind, Timeline, entity_word};
use crate::scenario::model::{Minutes, NetworkIdx};

/// What the staff believes about a host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum KnownState {
    /// Nothing reported: believed to be fine.
    #[default]
    Unremarkable = 0,
    Compromised = 1,
    Encrypted = 2,
    Offline = 3,
    Checking = 4,
    Restored = 5,
}

impl KnownState {
    pub const COUNT: usize = 6;

    /// What the staff learns when it looks at a host itself (a check, a shutdown).
    pub fn seen(state: HostState) -> KnownState {
        match state {
            HostState::Clean => KnownState::Unremarkable,
            HostState::Compromised => KnownState::Compromised,
            HostState::Encrypted => KnownState::Encrypted,
            HostState::Offline | HostState::OfflineCompromised | HostState::OfflineEncrypted => {
                KnownState::Offline
            }
            HostState::Checking => KnownState::Checking,
            HostState::Restored => KnownState::Restored,
        }
    }
}

/// A report on its way to the staff.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pending {
    pub due: Minutes,
    pub host: u32,
    pub state: KnownState,
}

/// The staff's picture.
#[derive(Resource, Debug, Clone)]
pub struct Known {
    host: Vec<KnownState>,
    by_network: Vec<[u32; KnownState::COUNT]>,
    /// A network reported compromised as a whole (alarms, injects), and whether that report was
    /// a false alarm (control sees this; the staff does not).
    pub suspected: Vec<Option<bool>>,
    pending: VecDeque<Pending>,
    /// Wrapping sum of every host's known-state hash word.
    hash_sum: u64,
}

/// The kind tag of a host's known state in its hash word.
pub const KNOWN_WORD: u8 = 1;

impl Known {
    pub fn new(hosts: &Hosts, networks: usize) -> Known {
        let mut by_network = vec![[0; KnownState::COUNT]; networks];
        for (n, counts) in by_network.iter_mut().enumerate() {
            let (a, b) = hosts.network_range(NetworkIdx(n as u32));
            counts[KnownState::Unremarkable as usize] = b - a;
        }
        let hash_sum = (0..hosts.len() as u32).fold(0u64, |sum, h| {
            sum.wrapping_add(entity_word(KNOWN_WORD, h, KnownState::Unremarkable as u8))
        });
        Known {
            hash_sum,
            host: vec![KnownState::Unremarkable; hosts.len()],
            by_network,
            suspected: vec![None; networks],
            pending: VecDeque::new(),
        }
    }

    pub fn host(&self, host: u32) -> KnownState {
        self.host[host as usize]
    }

    pub fn network_counts(&self, network: NetworkIdx) -> &[u32; KnownState::COUNT] {
        &self.by_network[network.index()]
    }

    /// Hosts the staff believes compromised or encrypted.
    pub fn compromised(&self) -> u32 {
        self.by_network
            .iter()
            .map(|c| c[KnownState::Compromised as usize] + c[KnownState::Encrypted as usize])
            .sum()
    }

    /// The staff learns `state` about `host` now.
    pub fn learn(&mut self, hosts: &Hosts, host: u32, state: KnownState) {
        let old = self.host[host as usize];
        if old == state {
            return;
        }
        let n = hosts.network_of(host).index();
        self.by_network[n][old as usize] -= 1;
        self.by_network[n][state as usize] += 1;
        self.host[host as usize] = state;
        self.hash_sum = self
            .hash_sum
            .wrapping_sub(entity_word(KNOWN_WORD, host, old as u8))
            .wrapping_add(entity_word(KNOWN_WORD, host, state as u8));
    }

    /// The staff will learn `state` about `host` at `due`.
    pub fn report(&mut self, due: Minutes, host: u32, state: KnownState) {
        // Every report uses the same delay or none, so pushing keeps the queue in due order;
        // insert in order anyway so that a future per-report delay cannot break delivery.
        let at = self
            .pending
            .iter()
            .rposition(|p| p.due <= due)
            .map_or(0, |i| i + 1);
        self.pending.insert(at, Pending { due, host, state });
    }

    pub fn hash_sum(&self) -> u64 {
        self.hash_sum
    }

    pub fn pending(&self) -> impl Iterator<Item = &Pending> {
        self.pending.iter()
    }
}

/// Delivers the reports that are due: the staff's picture catches up with the truth.
pub fn deliver_reports(
    clock: Res<Clock>,
    hosts: Res<Hosts>,
    mut known: ResMut<Known>,
    mut timeline: ResMut<Timeline>,
) {
    let mut per_network: Vec<(u32, u32)> = Vec::new();
    while known.pending.front().is_some_and(|p| p.due <= clock.now) {
        let Some(p) = known.pending.pop_front() else {
            break;
        };
        // A report about a host the staff has since shut down or is working on is outdated, and
        // an alarm does not make a host known to be encrypted look merely compromised. A host
        // the staff believes restored is news: a restore takes hours, longer than any report is
        // on its way, so the report speaks of a host that was taken again.
        let current = known.host(p.host);
        if matches!(current, KnownState::Offline | KnownState::Checking)
            || (current == KnownState::Encrypted && p.state == KnownState::Compromised)
        {
            continue;
        }
        known.learn(&hosts, p.host, p.state);
        // A real report makes its network suspect, and it is no false alarm.
        known.suspected[hosts.network_of(p.host).index()] = Some(false);
        if per_network.is_empty() {
            per_network = vec![(0, 0); known.by_network.len()];
        }
        let entry = &mut per_network[hosts.network_of(p.host).index()];
        if p.state == KnownState::Encrypted {
            entry.1 += 1;
        } else {
            entry.0 += 1;
        }
    }
    for (n, &(compromised, encrypted)) in per_network.iter().enumerate() {
        if compromised + encrypted > 0 {
            let network = NetworkIdx(n as u32);
            timeline.staff(
                &clock,
                FactKind::Reported {
                    network,
                    compromised,
                    encrypted,
                },
            );
        }
    }
}
