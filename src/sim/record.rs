//! What a run leaves behind: the timeline of facts, a sample per tick, the figures a debrief
//! needs, and the state hash.

use bevy_ecs::prelude::*;

use super::Entities;
use super::actions::{ActionRecord, Phase, RunningAction, Staff, Wait};
use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::{KNOWN_WORD, Known};
use super::hosts::{HOST_WORD, HostState, Hosts};
use super::injects::InjectState;
use super::rng::SimRng;
use super::services::{DeadlineOutcomes, ServiceState, Status};
use super::topology::{IsolatedSystems, LinkState, NetworkState};
use crate::scenario::model::{
    ActionIdx, DeadlineIdx, InjectIdx, Minutes, NetworkIdx, OrgIdx, ServiceIdx, StageKind,
    SystemIdx, Target, TeamIdx,
};

/// Something that happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FactKind {
    AttackerAccess(SystemIdx),
    StageReached(StageKind),
    HostsReached {
        network: NetworkIdx,
        count: u32,
    },
    HostsEncrypted(u32),
    Alarm(NetworkIdx),
    PrivilegesLost,
    Reported {
        network: NetworkIdx,
        compromised: u32,
        encrypted: u32,
    },
    ActionDecided {
        action: ActionIdx,
        target: Option<Target>,
    },
    ActionStarted {
        action: ActionIdx,
        target: Option<Target>,
    },
    ActionFinished {
        action: ActionIdx,
        target: Option<Target>,
    },
    HostsShutDown(u32),
    /// A team brought hosts of a system back (checked, cleaned, restored or rebuilt).
    HostsRecovered {
        team: TeamIdx,
        system: SystemIdx,
        count: u32,
    },
    /// Hosts brought back while the attacker could still reach them were taken again.
    Reinfected {
        system: SystemIdx,
        count: u32,
    },
    /// A waiting decision can no longer take effect (an action it excludes has started).
    DecisionDropped {
        action: ActionIdx,
        target: Option<Target>,
    },
    ServiceChanged {
        service: ServiceIdx,
        from: Status,
        to: Status,
    },
    CasesLapsed {
        service: ServiceIdx,
        cases: u64,
    },
    DeadlinePassed {
        deadline: DeadlineIdx,
        met: bool,
    },
    InjectReleased(InjectIdx),
    /// At its time, a condition withheld the inject (control sees why).
    InjectWithheld(InjectIdx),
    /// The n-th ad-hoc inject was released.
    AdHocReleased(u32),
    Notified(OrgIdx),
    PublicInformed,
    ExtortionAnswered,
    OfficesClosed(OrgIdx),
}

/// A fact with its time and who may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fact {
    pub tick: u64,
    pub at: Minutes,
    /// Known to the staff (otherwise only control sees it).
    pub staff: bool,
    pub kind: FactKind,
}

/// The timeline of facts, in the order they happened.
#[derive(Resource, Debug, Clone, Default)]
pub struct Timeline(pub Vec<Fact>);

impl Timeline {
    /// A fact the staff knows of.
    pub fn staff(&mut self, clock: &Clock, kind: FactKind) {
        self.0.push(Fact {
            tick: clock.tick,
            at: clock.now,
            staff: true,
            kind,
        });
    }

    /// A fact only the truth holds.
    pub fn truth(&mut self, clock: &Clock, kind: FactKind) {
        self.0.push(Fact {
            tick: clock.tick,
            at: clock.now,
            staff: false,
            kind,
        });
    }
}

/// One tick's figures, for charts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Sample {
    pub tick: u64,
    pub services_running: u32,
    pub compromised: u32,
    pub encrypted: u32,
    pub known_compromised: u32,
    pub backlog: u64,
}

/// Running figures of the run, kept up to date every tick.
#[derive(Resource, Debug, Clone, Default)]
pub struct Stats {
    pub samples: Vec<Sample>,
    pub compromised_peak: u32,
    pub encrypted_peak: u32,
    /// Per service: ticks down or on paper, the last such tick, the largest backlog.
    pub down_ticks: Vec<u64>,
    pub last_bad_tick: Vec<Option<u64>>,
    pub backlog_peak: Vec<u64>,
    /// The last tick that was not normal operation.
    pub last_abnormal_tick: Option<u64>,
    /// The state hash after each tick (index = tick − 1).
    pub hashes: Vec<[u8; 32]>,
    /// No state hash per tick (sweeps and what-if runs read only the outcome, whose hash is
    /// taken at the end): a quarter of a tick's cost.
    pub without_hashes: bool,
}

/// The per-entity hash word of an entity's canonical encoding `(kind, index, state)`.
///
/// This runs on every host change in the hot loops, so it is a fast 64-bit mixer (the
/// `fmix64` finaliser of MurmurHash3, a bijection) rather than a cryptographic hash; the state
/// hash itself is BLAKE3 over the sums of these words and everything else.
pub fn entity_word(kind: u8, index: u32, state: u8) -> u64 {
    mix64((u64::from(kind) << 40) | (u64::from(index) << 8) | u64::from(state))
}

/// MurmurHash3's `fmix64`: a fast bijective 64-bit mixer.
pub fn mix64(mut k: u64) -> u64 {
    k ^= k >> 33;
    k = k.wrapping_mul(0xff51_afd7_ed55_8ccd);
    k ^= k >> 33;
    k = k.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    k ^ (k >> 33)
}

/// Phase 8: sample the tick, keep the run's figures, hash the state. `services` is a query
/// the schedule keeps (building one, or looking up each service, costs more than the rest).
pub fn record_tick(world: &mut World, services: &mut QueryState<&ServiceState>) {
    let clock = *world.resource::<Clock>();
    let hosts = world.resource::<Hosts>();
    let known = world.resource::<Known>();
    let totals = *hosts.totals();
    let (reached, encrypted) = (hosts.reached(), hosts.encrypted());
    let known_compromised = known.compromised();
    // Everything below is per service by its index, or summed: the query's order does not
    // matter.
    let services: Vec<(ServiceIdx, Status, u64)> = services
        .iter(world)
        .map(|s| (s.service, s.status, s.backlog()))
        .collect();
    // Normal operation: every service up, every host running clean (untouched or restored),
    // no recovery work in hand.
    // A decided rebuild still under way is not normal operation either.
    let abnormal = services.iter().any(|s| s.1 != Status::Up)
        || HostState::ALL
            .iter()
            .filter(|s| !matches!(s, HostState::Clean | HostState::Restored))
            .any(|&s| totals[s as usize] > 0)
        || world
            .resource::<super::recovery::RecoveryWork>()
            .unfinished();
    let hash = (!world.resource::<Stats>().without_hashes).then(|| state_hash(world, false));
    let mut stats = world.resource_mut::<Stats>();
    stats.compromised_peak = stats.compromised_peak.max(reached);
    stats.encrypted_peak = stats.encrypted_peak.max(encrypted);
    for &(s, status, backlog) in &services {
        let i = s.index();
        if !status.running() {
            stats.down_ticks[i] += 1;
            stats.last_bad_tick[i] = Some(clock.tick);
        }
        stats.backlog_peak[i] = stats.backlog_peak[i].max(backlog);
    }
    if abnormal {
        stats.last_abnormal_tick = Some(clock.tick);
    }
    stats.samples.push(Sample {
        tick: clock.tick,
        services_running: services.iter().filter(|s| s.1.running()).count() as u32,
        compromised: reached,
        encrypted,
        known_compromised,
        backlog: services.iter().map(|s| s.2).sum(),
    });
    if let Some(hash) = hash {
        stats.hashes.push(hash);
    }
}

/// The state hash: BLAKE3 over a canonical little-endian encoding of everything that can change.
///
/// Hosts enter through their order-independent sums of per-host words, which `Hosts` and
/// `Known` keep up to date on every change; `from_scratch` recomputes those sums over all hosts
/// instead (for tests that the incremental sums are right).
pub fn state_hash(world: &mut World, from_scratch: bool) -> [u8; 32] {
    encode(world, from_scratch, None)
}

/// The hash of what decides a run's course from here on: the state hash's encoding without the
/// record of what happened (costs, cases served and lapsed, sequence numbers, times no rule
/// reads any more; see [`Course`]). Two runs of the same scenario and seed with equal course
/// hashes at a tick, given the same commands from there, go on identically: a variant that
/// reaches its baseline's course hash has rejoined it.
pub fn course_hash(world: &mut World) -> [u8; 32] {
    let course = Course::of(world);
    encode(world, false, Some(&course))
}

/// Which recorded times a rule still reads (all others enter the course hash only as "it
/// happened"): an action's first start read by a pending inject's trigger, its first finish by
/// an open deadline or a team not yet on site, an inject's release by a pending inject's
/// trigger, an organisation's notification by a team not yet on site.
pub struct Course {
    started: Vec<bool>,
    finished: Vec<bool>,
    released: Vec<bool>,
    notified: Vec<bool>,
}

impl Course {
    fn of(world: &mut World) -> Course {
        use super::injects::InjectStatus;
        use crate::scenario::model::{Availability, Requirement, Trigger};
        let model = world.resource::<super::Model>();
        let entities = world.resource::<Entities>();
        let mut course = Course {
            started: vec![false; model.actions().len()],
            finished: vec![false; model.actions().len()],
            released: vec![false; model.injects().len()],
            notified: vec![false; model.organisations().len()],
        };
        for (i, inject) in model.injects().iter().enumerate() {
            let waiting = world
                .get::<InjectState>(entities.injects[i])
                .is_some_and(|s| matches!(s.status, InjectStatus::Pending | InjectStatus::Held));
            if !waiting {
                continue;
            }
            match inject.trigger {
                Trigger::ActionTaken { action, .. } | Trigger::ActionNotTaken { action, .. } => {
                    course.started[action.index()] = true;
                }
                Trigger::AfterInject { inject, .. } => course.released[inject.index()] = true,
                Trigger::At(_) | Trigger::When(_) => {}
            }
        }
        let outcomes = world.resource::<DeadlineOutcomes>();
        for (d, deadline) in model.deadlines().iter().enumerate() {
            if let (None, Requirement::ActionDone(a)) = (outcomes.0[d], deadline.requires) {
                course.finished[a.index()] = true;
            }
        }
        let work = world.resource::<super::recovery::RecoveryWork>();
        for (team, state) in model.teams().iter().zip(&work.teams) {
            match (state.since, team.available) {
                (None, Availability::Requested { action, .. }) => {
                    course.finished[action.index()] = true;
                }
                (None, Availability::Notified { organisation, .. }) => {
                    course.notified[organisation.index()] = true;
                }
                _ => {}
            }
        }
        course
    }
}

/// A recorded time as the course hash sees it: the time itself where a rule reads it, else
/// only whether it happened.
fn seen(t: Option<Minutes>, read: bool) -> i64 {
    match t {
        None => i64::MIN,
        Some(t) if read => t,
        Some(_) => i64::MAX,
    }
}

/// The canonical encoding behind both hashes (`course`: the course hash's).
fn encode(world: &mut World, from_scratch: bool, course: Option<&Course>) -> [u8; 32] {
    let mut h = Canonical(Vec::with_capacity(4096));
    let clock = world.resource::<Clock>();
    h.update(&clock.tick.to_le_bytes());
    h.update(&clock.now.to_le_bytes());
    // The draws have no position: every one is keyed by the seed and what it is for.
    h.update(&world.resource::<SimRng>().seed().to_le_bytes());
    let hosts = world.resource::<Hosts>();
    let known = world.resource::<Known>();
    let (truth_sum, known_sum) = if from_scratch {
        let mut t = 0u64;
        let mut k = 0u64;
        for i in 0..hosts.len() as u32 {
            t = t.wrapping_add(entity_word(HOST_WORD, i, hosts.state(i) as u8));
            k = k.wrapping_add(entity_word(KNOWN_WORD, i, known.host(i) as u8));
        }
        (t, k)
    } else {
        (hosts.hash_sum(), known.hash_sum())
    };
    h.update(&truth_sum.to_le_bytes());
    h.update(&known_sum.to_le_bytes());
    for p in known.pending() {
        h.update(&p.due.to_le_bytes());
        h.update(&p.host.to_le_bytes());
        h.update(&[p.state as u8]);
    }
    for s in &known.suspected {
        h.update(&[match s {
            None => 0,
            Some(false) => 1,
            Some(true) => 2,
        }]);
    }
    let attacker = world.resource::<AttackerState>();
    h.update(&attacker.stage.map_or(u64::MAX, |s| s as u64).to_le_bytes());
    h.update(&attacker.stage_since.to_le_bytes());
    h.update(&[
        u8::from(attacker.forensics),
        u8::from(attacker.extortion_answered),
        u8::from(attacker.credentials),
        u8::from(attacker.halted),
    ]);
    h.update(
        &attacker
            .breached
            .iter()
            .map(|&b| u8::from(b))
            .collect::<Vec<u8>>(),
    );
    let staff = world.resource::<Staff>();
    h.update(&staff.busy.to_le_bytes());
    let record = world.resource::<ActionRecord>();
    match course {
        None => {
            h.update(&record.cost_eur.to_le_bytes());
            h.update(&record.next_seq.to_le_bytes());
            for t in record.first_started.iter().chain(&record.first_finished) {
                h.update(&t.map_or(i64::MIN, |t| t).to_le_bytes());
            }
        }
        Some(c) => {
            for (t, &read) in record.first_started.iter().zip(&c.started) {
                h.update(&seen(*t, read).to_le_bytes());
            }
            for (t, &read) in record.first_finished.iter().zip(&c.finished) {
                h.update(&seen(*t, read).to_le_bytes());
            }
        }
    }
    for o in &world.resource::<DeadlineOutcomes>().0 {
        h.update(&[o.map_or(0, |m| 1 + u8::from(m))]);
    }
    h.update(
        &world
            .resource::<IsolatedSystems>()
            .0
            .iter()
            .map(|&b| u8::from(b))
            .collect::<Vec<u8>>(),
    );
    // Elements by scenario index, so the encoding is in id order without sorting.
    let entities = world.resource::<Entities>();
    for &e in &entities.networks {
        let state = world.get::<NetworkState>(e);
        h.update(&[state.map_or(2, |n| u8::from(n.isolated))]);
        // When a network was first isolated is only reported, never read by a rule.
        if course.is_none() {
            let first = state.and_then(|n| n.first_isolated);
            h.update(&first.map_or(i64::MIN, |t| t).to_le_bytes());
        }
    }
    for &e in &entities.links {
        h.update(&[world.get::<LinkState>(e).map_or(2, |l| u8::from(l.cut))]);
    }
    for s in entities
        .services
        .iter()
        .filter_map(|&e| world.get::<ServiceState>(e))
    {
        h.update(&[s.status as u8, u8::from(s.paper)]);
        h.update(&s.aid_per_day.to_le_bytes());
        h.update(&s.demand_carry.to_le_bytes());
        h.update(&s.capacity_carry.to_le_bytes());
        h.update(&s.down_since.unwrap_or(i64::MIN).to_le_bytes());
        // Cases lapsed, served and taken in are counted, never read by a rule.
        if course.is_none() {
            h.update(&s.lapsed.to_le_bytes());
            h.update(&s.served.to_le_bytes());
            h.update(&s.intake.to_le_bytes());
        }
        h.update(&s.backlog.total().to_le_bytes());
        h.update(&s.backlog_at_day_start.to_le_bytes());
        let backlog = if from_scratch {
            s.backlog.rehash()
        } else {
            s.backlog.hash()
        };
        h.update(&backlog.to_le_bytes());
    }
    for (n, i) in entities
        .injects
        .iter()
        .filter_map(|&e| world.get::<InjectState>(e))
        .enumerate()
    {
        h.update(&[i.status as u8]);
        let read = course.is_none_or(|c| c.released[n]);
        h.update(&seen(i.released_at, read).to_le_bytes());
    }
    for (inject, released) in &world.resource::<super::injects::AdHocInjects>().0 {
        h.update(inject.id.as_bytes()).update(&[0]);
        h.update(&released.unwrap_or(i64::MIN).to_le_bytes());
    }
    let mut running: Vec<RunningAction> = world
        .query::<&RunningAction>()
        .iter(world)
        .cloned()
        .collect();
    running.sort_by_key(|r| r.seq);
    for r in running {
        // The course hash keeps the running actions' order, not their numbers (a variant
        // without one decision numbers every later one differently) nor when they were decided
        // (only reported).
        if course.is_none() {
            h.update(&r.seq.to_le_bytes());
        }
        h.update(&r.action.0.to_le_bytes());
        h.update(&r.function.0.to_le_bytes());
        if course.is_none() {
            h.update(&r.decided_at.to_le_bytes());
        }
        match r.target {
            None => h.update(&[0]),
            Some(t) => h.update(&target_word(t)),
        };
        match &r.phase {
            Phase::Waiting(Wait::Staff) => h.update(&[0]),
            Phase::Waiting(Wait::Prerequisite(i)) => {
                h.update(&[2]).update(&(*i as u64).to_le_bytes())
            }
            Phase::Setup { until } => h.update(&[1]).update(&until.to_le_bytes()),
        };
        for t in &r.order {
            h.update(&target_word(*t));
        }
    }
    world
        .resource::<super::recovery::RecoveryWork>()
        .hash_into(&mut h.0, course.is_some());
    let now = world.resource::<Clock>().now;
    world
        .resource::<super::public::Public>()
        .hash_into(&mut h.0, course.map(|c| (now, c.notified.as_slice())));
    *blake3::hash(&h.0).as_bytes()
}

/// A target's canonical encoding: kind tag, then index.
pub fn target_word(t: Target) -> [u8; 5] {
    let (kind, index) = match t {
        Target::Network(i) => (1u8, i.0),
        Target::Link(i) => (2, i.0),
        Target::System(i) => (3, i.0),
        Target::Service(i) => (4, i.0),
        Target::Organisation(i) => (5, i.0),
        Target::Group(i) => (6, i.0),
    };
    let i = index.to_le_bytes();
    [kind, i[0], i[1], i[2], i[3]]
}

/// The canonical encoding being built: little-endian fields appended in a fixed order, hashed
/// in one go (many tiny hasher updates cost more than the hashing).
struct Canonical(Vec<u8>);

impl Canonical {
    fn update(&mut self, bytes: &[u8]) -> &mut Self {
        self.0.extend_from_slice(bytes);
        self
    }
}
