//! The attacker: a stage machine that gets in, escalates, spreads over links that are open, and
//! encrypts what it holds.
//!
//! Stages follow the scenario's list in order; each becomes possible `after` the previous one
//! began and is entered with its chance per tick. Spreading needs `lateral_movement`; encrypting
//! needs `encryption`. Only running compromised hosts act: a shut-down host neither spreads nor
//! encrypts, an isolated segment neither sends nor receives, a cut link carries nothing, and a
//! credential reset sends the attacker back to before `privilege_escalation`.

use bevy_ecs::prelude::*;

use super::Model;
use super::clock::Clock;
use super::detection::{Known, KnownState};
use super::hosts::{HostState, Hosts};
use super::record::{FactKind, Timeline};
use super::rng::{Purpose, SimRng};
use super::topology::{Adjacency, Barriers, IsolatedSystems, LinkState, NetworkState};
use crate::scenario::model::{Chance, Minutes, NetworkIdx, StageKind};

/// Where the attacker stands.
#[derive(Resource, Debug, Clone, PartialEq, Eq)]
pub struct AttackerState {
    /// Index of the stage reached last; `None` before initial access.
    pub stage: Option<usize>,
    pub stage_since: Minutes,
    /// Networks the attacker has ever reached a host in.
    pub breached: Vec<bool>,
    /// Forensic experts are on site: alarms are likelier.
    pub forensics: bool,
    pub extortion_answered: bool,
    /// The attacker holds escalated (domain) credentials: from `privilege_escalation` until a
    /// credential reset.
    pub credentials: bool,
    /// The attacker acts no more: only in the staff's projection, which cannot know what he
    /// will do.
    pub halted: bool,
}

impl AttackerState {
    pub fn new(networks: usize) -> AttackerState {
        AttackerState {
            stage: None,
            stage_since: 0,
            breached: vec![false; networks],
            forensics: false,
            extortion_answered: false,
            credentials: false,
            halted: false,
        }
    }

    /// How long a report takes: forensic experts on site halve it.
    pub fn report_delay(&self, normal: Minutes) -> Minutes {
        if self.forensics { normal / 2 } else { normal }
    }

    /// The kind of the stage reached last.
    pub fn stage_kind(&self, model: &Model) -> Option<StageKind> {
        self.stage
            .and_then(|i| model.attacker().stages.get(i))
            .map(|s| s.kind)
    }

    pub fn at_least(&self, model: &Model, kind: StageKind) -> bool {
        self.stage_kind(model).is_some_and(|k| k >= kind)
    }

    /// Escalated privileges are gone: back to the stage before `privilege_escalation`.
    pub fn reset_credentials(&mut self, model: &Model, now: Minutes) -> bool {
        let stages = &model.attacker().stages;
        let Some(escalation) = stages
            .iter()
            .position(|s| s.kind == StageKind::PrivilegeEscalation)
        else {
            return false;
        };
        // With no stage before the escalation there is nothing to fall back to.
        match self.stage {
            Some(i)
                if escalation > 0 && i >= escalation && stages[i].kind < StageKind::Extortion =>
            {
                self.stage = Some(escalation - 1);
                self.stage_since = now;
                true
            }
            _ => false,
        }
    }
}

/// Compromises `host` if it is running and clean; returns whether it did.
pub fn try_compromise(hosts: &mut Hosts, isolated_systems: &IsolatedSystems, host: u32) -> bool {
    let state = hosts.state(host);
    if matches!(state, HostState::Clean | HostState::Restored)
        && !isolated_systems.contains(hosts.system_of(host))
    {
        hosts.set(host, HostState::Compromised);
        true
    } else {
        false
    }
}

/// Contact attempts per held host in one tick, in millionths: the scenario's rate per hour
/// over the tick's length, times the stage's factor (in thousandths).
pub fn attempts_per_tick(contacts_per_hour: u64, tick_len: i64, permille: u32) -> u64 {
    let tick = u64::try_from(tick_len).unwrap_or(0);
    contacts_per_hour.saturating_mul(tick) / 60 * u64::from(permille) / 1000
}

/// One round of lateral movement. Every running held host makes its contact attempts
/// (`attempts` millionths of an attempt per tick: the whole ones, and one more by chance); each
/// attempt goes across one of the network's links with that link's share, else stays inside,
/// and reaches one host of the network it lands in, drawn uniformly. An attempt across a cut link
/// or into an isolated network is lost. Returns the hosts reached, in the order reached.
///
/// Because each host's attempts are spread over the hosts of the networks it reaches, the time
/// to overrun a network depends on the share already held, not on its size.
///
/// Each host draws from its own stream (`tick`, [`Purpose::Spread`], host), so a host whose
/// attempts can reach no clean host is skipped without changing anybody's draws: once the
/// networks are overrun a round costs nothing per host.
///
/// The benchmark's plain-array version (`benches/support/plain.rs`) mirrors this draw for draw.
pub fn spread_step(
    hosts: &mut Hosts,
    rng: &SimRng,
    tick: u64,
    adjacency: &Adjacency,
    barriers: &Barriers,
    isolated_systems: &IsolatedSystems,
    attempts: u64,
) -> Vec<u32> {
    let whole = attempts / u64::from(Chance::SCALE);
    // Below one million by the remainder.
    let extra = Chance((attempts % u64::from(Chance::SCALE)) as u32);
    let networks = hosts.networks();
    // A network is open while it has a host the attacker could take; a source network is worth
    // visiting if an attempt from it can land in an open one (itself, or across a link the
    // attacker can use and nobody has cut). Both only shrink during a round,
    // so the flags taken at its start skip nothing that could change.
    let open: Vec<bool> = (0..networks)
        .map(|n| {
            let counts = hosts.network_counts(NetworkIdx(n as u32));
            !barriers.isolated[n]
                && counts[HostState::Clean as usize] + counts[HostState::Restored as usize] > 0
        })
        .collect();
    let useful: Vec<bool> = (0..networks)
        .map(|n| {
            open[n]
                || adjacency
                    .neighbours(NetworkIdx(n as u32))
                    .iter()
                    .any(|&(link, other)| {
                        adjacency.share[link as usize].0 > 0
                            && !barriers.cut[link as usize]
                            && open[other as usize]
                    })
        })
        .collect();
    if !useful.contains(&true) {
        return Vec::new();
    }
    // Hosts reached in this round join `active` at its end and do not act before the next round;
    // nobody leaves `active` during a spread round.
    let sources = hosts.active().len();
    // Once most held hosts sit in networks with nothing left to reach, looking at each of them
    // costs more than the round: take the few in useful networks, in `active`'s order.
    let in_useful: u64 = (0..networks)
        .filter(|&n| useful[n])
        .map(|n| u64::from(hosts.active_in(NetworkIdx(n as u32))))
        .sum();
    let chosen: Option<Vec<u32>> = (in_useful * 8 < sources as u64).then(|| {
        let mut few: Vec<u32> = (0..networks)
            .filter(|&n| useful[n])
            .flat_map(|n| {
                let (a, b) = hosts.network_range(NetworkIdx(n as u32));
                a..b
            })
            .filter(|&h| hosts.active_position(h) != u32::MAX)
            .collect();
        few.sort_unstable_by_key(|&h| hosts.active_position(h));
        few
    });
    let count = chosen.as_ref().map_or(sources, Vec::len);
    let mut reached = Vec::new();
    for i in 0..count {
        let h = match &chosen {
            Some(few) => few[i],
            None => hosts.active()[i],
        };
        let n = hosts.network_of(h);
        if !useful[n.index()]
            || barriers.isolated[n.index()]
            || isolated_systems.contains(hosts.system_of(h))
        {
            continue;
        }
        let mut draws = rng.stream(tick, Purpose::Spread, h);
        let tries = whole + u64::from(draws.chance(extra));
        let outward = adjacency.outward[n.index()];
        for _ in 0..tries {
            let mut into = Some(n);
            if outward > 0 {
                let draw = draws.below(Chance::SCALE);
                if draw < outward {
                    let mut acc = 0;
                    for &(link, other) in adjacency.neighbours(n) {
                        acc += adjacency.share[link as usize].0;
                        if draw < acc {
                            into = (!barriers.cut[link as usize]
                                && !barriers.isolated[other as usize])
                                .then_some(NetworkIdx(other));
                            break;
                        }
                    }
                }
            }
            let Some(into) = into else { continue };
            let (a, b) = hosts.network_range(into);
            // Nobody left to take there: no target to draw (this host's later draws in this
            // tick move up, in every run alike that stands as this one does).
            if a == b || !open[into.index()] {
                continue;
            }
            let target = a + draws.below(b - a);
            if try_compromise(hosts, isolated_systems, target) {
                reached.push(target);
            }
        }
    }
    reached
}

/// Phase 4: the attacker acts.
#[expect(
    clippy::too_many_arguments,
    reason = "an ECS system's parameters are its data access"
)]
pub fn act(
    model: Res<Model>,
    clock: Res<Clock>,
    mut attacker: ResMut<AttackerState>,
    mut hosts: ResMut<Hosts>,
    mut known: ResMut<Known>,
    rng: Res<SimRng>,
    adjacency: Res<Adjacency>,
    isolated_systems: Res<IsolatedSystems>,
    networks: Query<&NetworkState>,
    links: Query<&LinkState>,
    mut timeline: ResMut<Timeline>,
) {
    let spec = model.attacker();
    let now = clock.now;
    if attacker.halted {
        return;
    }
    if attacker.stage.is_none() {
        if now < spec.initial_access {
            return;
        }
        let (first, last) = hosts.system_range(spec.foothold);
        let held = (first..last.min(first + spec.foothold_hosts))
            .filter(|&h| try_compromise(&mut hosts, &isolated_systems, h))
            .count();
        if held == 0 {
            return;
        }
        attacker.breached[hosts.network_of(first).index()] = true;
        attacker.stage = Some(0);
        attacker.stage_since = now;
        timeline.truth(&clock, FactKind::AttackerAccess(spec.foothold));
        if let Some(stage) = spec.stages.first() {
            timeline.truth(&clock, FactKind::StageReached(stage.kind));
        }
        return;
    }
    let has_hosts = !hosts.active().is_empty();

    // Advance to the next stage; stages from extortion on need no running host.
    if let Some(current) = attacker.stage
        && let Some(next) = spec.stages.get(current + 1)
        && (has_hosts || next.kind >= StageKind::Extortion)
        && now - attacker.stage_since >= next.after
        && rng
            .stream(clock.tick, Purpose::Stage, current as u32)
            .chance(next.chance)
    {
        attacker.stage = Some(current + 1);
        attacker.stage_since = now;
        if next.kind == StageKind::PrivilegeEscalation {
            attacker.credentials = true;
        }
        timeline.truth(&clock, FactKind::StageReached(next.kind));
    }

    if attacker.at_least(&model, StageKind::LateralMovement) && has_hosts {
        let barriers = Barriers::read(
            networks.iter(),
            links.iter(),
            (model.networks().len(), model.links().len()),
        );
        // From the encryption stage on the attacker no longer hides: more contacts per host.
        let permille = if attacker.at_least(&model, StageKind::Encryption) {
            spec.impact_spread_permille
        } else {
            1000
        };
        let attempts = attempts_per_tick(spec.contacts_per_hour, clock.tick_len, permille);
        let reached = spread_step(
            &mut hosts,
            &rng,
            clock.tick,
            &adjacency,
            &barriers,
            &isolated_systems,
            attempts,
        );
        if !reached.is_empty() {
            let mut per_network = vec![0u32; model.networks().len()];
            for h in reached {
                let n = hosts.network_of(h).index();
                attacker.breached[n] = true;
                per_network[n] += 1;
            }
            for (n, &count) in per_network.iter().enumerate().filter(|(_, c)| **c > 0) {
                let network = NetworkIdx(n as u32);
                timeline.truth(&clock, FactKind::HostsReached { network, count });
            }
        }
    }

    // Only compromised hosts can be encrypted: with none, the round costs nothing per host.
    if attacker.at_least(&model, StageKind::Encryption)
        && hosts.totals()[HostState::Compromised as usize] > 0
    {
        let mut encrypted = 0;
        // Encrypting keeps a host in `active`, so indices stay valid.
        for i in 0..hosts.active().len() {
            let h = hosts.active()[i];
            if hosts.state(h) == HostState::Compromised
                && rng
                    .stream(clock.tick, Purpose::Encrypt, h)
                    .chance(spec.encryption_rate)
            {
                hosts.set(h, HostState::Encrypted);
                // Encrypted volumes are noticed by whoever needs them.
                known.report(
                    now + attacker.report_delay(spec.report_delay),
                    h,
                    KnownState::Encrypted,
                );
                encrypted += 1;
            }
        }
        if encrypted > 0 {
            timeline.truth(&clock, FactKind::HostsEncrypted(encrypted));
        }
    }

    // Alarms: security tools (or forensic experts) notice the current stage's activity.
    if let Some(index) = attacker.stage
        && let Some(stage) = spec.stages.get(index)
        && !hosts.active().is_empty()
    {
        let detection = if attacker.forensics {
            Chance(stage.detection.0.saturating_mul(2).min(Chance::SCALE))
        } else {
            stage.detection
        };
        let mut draws = rng.stream(clock.tick, Purpose::Alarm, index as u32);
        if draws.chance(detection) {
            let active = hosts.active();
            let host = active[draws.below(active.len() as u32) as usize];
            let network = hosts.network_of(host);
            known.report(
                now + attacker.report_delay(spec.report_delay),
                host,
                KnownState::Compromised,
            );
            timeline.truth(&clock, FactKind::Alarm(network));
        }
    }
}
