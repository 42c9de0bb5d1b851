//! Recovery work: teams check, clean, restore and rebuild hosts, in the staff's recovery order.
//!
//! Nothing comes back by a date. A shut-down or encrypted host needs work of a kind (an endpoint
//! a check, a reached server a clean, an encrypted one a restore or, without a backup, a
//! rebuild), and a team that does that kind of work, on that system, must be on site and free.
//! Each team member works on one host at a time for the host's working time (the team's rate,
//! varied per host by the scenario's `work_variation`), `hours_per_day` a day. Teams take the
//! first host they can do in the recovery order: the staff's order (a decision), then the
//! scenario's default order, then every other system in file order. A system is worked on only
//! once the systems it depends on work (an application needs its database and directory). No
//! team starts before the
//! scenario's recovery prerequisites hold (e.g. forensics engaged); a restore from backup waits
//! for the backup system. A host brought back while a directory service it depends on is still
//! in the attacker's hands (any of its hosts reached), or a directory host brought back while the
//! attacker still holds domain credentials that were never reset, is taken again with the
//! scenario's `reinfection` chance. (Running attacker hosts that reach a restored host take it
//! the ordinary way, by spreading.)

use bevy_ecs::prelude::*;

use super::Model;
use super::actions::{ActionRecord, prerequisite_holds};
use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::{Known, KnownState};
use super::hosts::{HostState, Hosts};
use super::record::{FactKind, Timeline};
use super::rng::{Purpose, SimRng};
use crate::scenario::Scenario;
use crate::scenario::model::{
    Availability, Backup, Chance, Dependency, Minutes, SystemIdx, SystemRole, Target, TeamIdx,
    Unit, WorkKind,
};

/// One host in work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Job {
    pub host: u32,
    pub kind: WorkKind,
    /// Working minutes still needed.
    pub left: u64,
    /// A decided rebuild of a running host (it keeps running until it is switched over).
    pub planned: bool,
}

/// A team at run time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamState {
    /// On site from; `None` until requested.
    pub since: Option<Minutes>,
    /// One slot per person.
    pub slots: Vec<Option<Job>>,
    /// Per system: where this team's next search for work starts.
    cursor: Vec<u32>,
    /// Remainders of working time and cost between ticks.
    carry: u64,
    cost_carry: u64,
}

impl TeamState {
    pub fn busy(&self) -> usize {
        self.slots.iter().filter(|s| s.is_some()).count()
    }
}

/// All recovery work.
#[derive(Resource, Debug, Clone)]
pub struct RecoveryWork {
    /// The recovery order as the staff decided it (services or systems); empty: the default.
    pub order: Vec<Target>,
    /// Systems in the order teams take them.
    pub queue: Vec<SystemIdx>,
    pub teams: Vec<TeamState>,
    /// Per system: the next host still to be rebuilt while a decided rebuild is under way.
    pub rebuild: Vec<Option<u32>>,
    /// Per system: the staff has seen its backup (a team started work on it).
    pub backup_seen: Vec<bool>,
    /// The scenario's recovery prerequisites hold (recomputed each tick).
    pub open: bool,
    /// Per system, every system it depends on, directly or not, dependencies first.
    pub closure: Vec<Vec<SystemIdx>>,
}

impl RecoveryWork {
    pub fn new(model: &Scenario, hosts: &Hosts) -> RecoveryWork {
        let systems = model.systems().len();
        let closure = (0..systems)
            .map(|s| closure_of(model, SystemIdx(s as u32)))
            .collect();
        let teams = model
            .teams()
            .iter()
            .map(|t| TeamState {
                since: match t.available {
                    Availability::At(at) => Some(at),
                    Availability::Requested { .. } | Availability::Notified { .. } => None,
                },
                slots: vec![None; t.headcount as usize],
                cursor: (0..systems)
                    .map(|s| hosts.system_range(SystemIdx(s as u32)).0)
                    .collect(),
                carry: 0,
                cost_carry: 0,
            })
            .collect();
        let mut work = RecoveryWork {
            order: Vec::new(),
            queue: Vec::new(),
            teams,
            rebuild: vec![None; systems],
            backup_seen: vec![false; systems],
            open: model.recovery().requires.is_empty(),
            closure,
        };
        work.queue = queue(model, &work.closure, &[]);
        work
    }

    /// Any host in work or a decided rebuild not finished.
    pub fn unfinished(&self) -> bool {
        self.rebuild.iter().any(Option::is_some) || self.teams.iter().any(|t| t.busy() > 0)
    }

    /// The canonical encoding of what here can change, for the state hash: only what is in
    /// hand (open rebuilds, jobs), so a quiet tick costs a few bytes. The search cursors are
    /// left out: they follow from the hosts' history, which the hash covers. `course`: for the
    /// course hash, with the cursors and without the remainders of costs (only the cost figure
    /// reads them).
    pub fn hash_into(&self, out: &mut Vec<u8>, course: bool) {
        out.push(u8::from(self.open));
        for t in &self.order {
            out.extend_from_slice(&super::record::target_word(*t));
        }
        out.push(0xff);
        for (s, r) in self.rebuild.iter().enumerate() {
            if let Some(next) = r {
                out.extend_from_slice(&(s as u32).to_le_bytes());
                out.extend_from_slice(&next.to_le_bytes());
            }
        }
        out.push(0xff);
        for chunk in self.backup_seen.chunks(64) {
            let bits = chunk
                .iter()
                .enumerate()
                .fold(0u64, |w, (i, &b)| w | (u64::from(b) << i));
            out.extend_from_slice(&bits.to_le_bytes());
        }
        for team in &self.teams {
            out.extend_from_slice(&team.since.unwrap_or(i64::MIN).to_le_bytes());
            out.extend_from_slice(&team.carry.to_le_bytes());
            if course {
                // Two runs can reach the same hosts by different histories; where a team looks
                // next then differs, and that decides which host it takes.
                for c in &team.cursor {
                    out.extend_from_slice(&c.to_le_bytes());
                }
            } else {
                out.extend_from_slice(&team.cost_carry.to_le_bytes());
            }
            for (i, job) in team.slots.iter().enumerate() {
                if let Some(j) = job {
                    out.extend_from_slice(&(i as u32).to_le_bytes());
                    out.push(j.kind as u8 + if j.planned { 8 } else { 0 });
                    out.extend_from_slice(&j.host.to_le_bytes());
                    out.extend_from_slice(&j.left.to_le_bytes());
                }
            }
            out.push(0xff);
        }
    }
}

/// Every system `s` depends on, directly or not, each after its own dependencies.
fn closure_of(model: &Scenario, s: SystemIdx) -> Vec<SystemIdx> {
    fn visit(model: &Scenario, s: SystemIdx, out: &mut Vec<SystemIdx>, seen: &mut [bool]) {
        for &d in &model.systems()[s.index()].depends_on {
            if !seen[d.index()] {
                seen[d.index()] = true;
                visit(model, d, out, seen);
                out.push(d);
            }
        }
    }
    let mut out = Vec::new();
    let mut seen = vec![false; model.systems().len()];
    seen[s.index()] = true;
    visit(model, s, &mut out, &mut seen);
    out
}

/// The systems behind an order item: a system after its dependencies; a service's systems (and
/// those of the services it needs), what it cannot run without before what only degrades it.
fn systems_of(
    model: &Scenario,
    closure: &[Vec<SystemIdx>],
    item: Target,
    out: &mut Vec<SystemIdx>,
) {
    let push = |s: SystemIdx, out: &mut Vec<SystemIdx>| {
        for &d in &closure[s.index()] {
            if !out.contains(&d) {
                out.push(d);
            }
        }
        if !out.contains(&s) {
            out.push(s);
        }
    };
    match item {
        Target::System(s) => push(s, out),
        Target::Network(n) => {
            for (i, system) in model.systems().iter().enumerate() {
                if system.network == n {
                    push(SystemIdx(i as u32), out);
                }
            }
        }
        Target::Service(svc) => {
            let spec = &model.services()[svc.index()];
            for d in spec.depends_on.iter().chain(&spec.degraded_without) {
                match *d {
                    Dependency::System(s) => push(s, out),
                    Dependency::Service(t) if t != svc => {
                        systems_of(model, closure, Target::Service(t), out)
                    }
                    _ => {}
                }
            }
        }
        Target::Group(g) => {
            for &m in &model.groups()[g.index()].members {
                systems_of(model, closure, m, out);
            }
        }
        Target::Link(_) | Target::Organisation(_) => {}
    }
}

/// The systems in the order teams take them: `order`, then the scenario's default order, then
/// every other system in file order.
pub fn queue(model: &Scenario, closure: &[Vec<SystemIdx>], order: &[Target]) -> Vec<SystemIdx> {
    let mut out = Vec::with_capacity(model.systems().len());
    for &item in order.iter().chain(&model.recovery().order) {
        systems_of(model, closure, item, &mut out);
    }
    for s in 0..model.systems().len() {
        let s = SystemIdx(s as u32);
        if !out.contains(&s) {
            out.push(s);
        }
    }
    out
}

/// The decided order replaces the current one.
pub fn set_order(world: &mut World, order: &[Target]) {
    let model = world.resource::<Model>().clone();
    let mut work = world.resource_mut::<RecoveryWork>();
    work.order = order.to_vec();
    work.queue = queue(&model, &work.closure, &work.order);
}

/// The target goes to the front of the current order.
pub fn prioritise(world: &mut World, target: Target) {
    let model = world.resource::<Model>().clone();
    let mut work = world.resource_mut::<RecoveryWork>();
    work.order.retain(|&t| t != target);
    work.order.insert(0, target);
    work.queue = queue(&model, &work.closure, &work.order);
}

/// Every host of the system is to be built anew.
pub fn rebuild(world: &mut World, system: SystemIdx) {
    let (a, b) = world.resource::<Hosts>().system_range(system);
    if a < b {
        world.resource_mut::<RecoveryWork>().rebuild[system.index()] = Some(a);
    }
}

/// Brings the gate and the teams' arrivals up to date (called at the end of the decisions
/// phase, which has the whole world at hand).
pub fn update_gate(world: &mut World) {
    let model = world.resource::<Model>().clone();
    let open = model
        .recovery()
        .requires
        .iter()
        .all(|&p| prerequisite_holds(world, p));
    let finished: Vec<Option<Minutes>> = world.resource::<ActionRecord>().first_finished.clone();
    let notified: Vec<Option<Minutes>> = world.resource::<super::public::Public>().notified.clone();
    let mut work = world.resource_mut::<RecoveryWork>();
    if work.open != open {
        work.open = open;
    }
    for (team, state) in model.teams().iter().zip(work.teams.iter_mut()) {
        if state.since.is_some() {
            continue;
        }
        let from = match team.available {
            Availability::At(_) => None,
            Availability::Requested { action, delay } => {
                finished[action.index()].map(|done| done + delay)
            }
            Availability::Notified {
                organisation,
                delay,
            } => notified[organisation.index()].map(|at| at + delay),
        };
        if from.is_some() {
            state.since = from;
        }
    }
}

/// The work a host needs now, if any (before the team's own choice of kind).
fn needed(state: HostState, unit: Unit, backup: Backup) -> Option<WorkKind> {
    let endpoint = unit == Unit::Endpoint;
    match state {
        HostState::Offline => Some(WorkKind::Check),
        HostState::OfflineCompromised if endpoint => Some(WorkKind::Check),
        HostState::OfflineCompromised => Some(WorkKind::Clean),
        HostState::Encrypted | HostState::OfflineEncrypted if endpoint => Some(WorkKind::Check),
        HostState::Encrypted | HostState::OfflineEncrypted => Some(match backup {
            Backup::Intact | Backup::Partly => WorkKind::Restore,
            Backup::Lost => WorkKind::Rebuild,
        }),
        _ => None,
    }
}

/// The kinds that do the job of `kind`, the fitting one first: a team that cannot clean may
/// restore over the host, one that cannot restore may rebuild.
fn fallbacks(kind: WorkKind) -> &'static [WorkKind] {
    match kind {
        WorkKind::Check => &[WorkKind::Check, WorkKind::Clean, WorkKind::Restore],
        WorkKind::Clean => &[WorkKind::Clean, WorkKind::Restore, WorkKind::Rebuild],
        WorkKind::Restore => &[WorkKind::Restore, WorkKind::Rebuild],
        WorkKind::Rebuild => &[WorkKind::Rebuild],
    }
}

/// Hosts of a system that need work (shut down or encrypted).
fn needing(hosts: &Hosts, s: SystemIdx) -> u32 {
    let c = hosts.system_counts(s);
    [
        HostState::Encrypted,
        HostState::Offline,
        HostState::OfflineCompromised,
        HostState::OfflineEncrypted,
    ]
    .iter()
    .map(|&x| c[x as usize])
    .sum()
}

/// A system serves: at least half its hosts work (the same rule services use).
pub fn system_working(hosts: &Hosts, s: SystemIdx) -> bool {
    let (a, b) = hosts.system_range(s);
    let usable: u32 = HostState::ALL
        .iter()
        .filter(|h| h.usable())
        .map(|&h| hosts.system_counts(s)[h as usize])
        .sum();
    b > a && usable * 2 >= b - a
}

/// What kind of work a team does for a host that needs `kind`, and how long one person takes.
fn team_work(
    team: &crate::scenario::model::Team,
    kind: WorkKind,
    unit: Unit,
    backup: Backup,
) -> Option<(WorkKind, Minutes)> {
    fallbacks(kind).iter().find_map(|&k| {
        // Nothing to restore from without a backup.
        if k == WorkKind::Restore && backup == Backup::Lost {
            return None;
        }
        let base = team.minutes(k, unit)?;
        // A partial backup restores what it has; the rest is rebuilt, half a rebuild's work.
        let extra = if k == WorkKind::Restore && backup == Backup::Partly {
            team.minutes(WorkKind::Rebuild, unit).unwrap_or(base) / 2
        } else {
            0
        };
        Some((k, base + extra))
    })
}

/// Phase 3b: every team on site works its tick; hosts come back or are taken again.
#[expect(
    clippy::too_many_arguments,
    reason = "an ECS system's parameters are its data access"
)]
pub fn work(
    model: Res<Model>,
    clock: Res<Clock>,
    mut work: ResMut<RecoveryWork>,
    mut hosts: ResMut<Hosts>,
    mut known: ResMut<Known>,
    rng: Res<SimRng>,
    attacker: Res<AttackerState>,
    mut record: ResMut<ActionRecord>,
    mut timeline: ResMut<Timeline>,
) {
    if !work.open || model.teams().is_empty() {
        return;
    }
    let now = clock.now;
    let work = &mut *work;
    // Systems with anything to do this tick; most ticks of a long run have none.
    let candidates: Vec<bool> = (0..model.systems().len())
        .map(|s| work.rebuild[s].is_some() || needing(&hosts, SystemIdx(s as u32)) > 0)
        .collect();
    if !candidates.contains(&true) && work.teams.iter().all(|t| t.busy() == 0) {
        return;
    }
    let variation = model.recovery().work_variation_permille;
    let backup_ok = model
        .recovery()
        .backup_system
        .is_none_or(|b| system_working(&hosts, b));
    let mut recovered: Vec<(TeamIdx, SystemIdx, u32)> = Vec::new();
    let mut reinfected: Vec<(SystemIdx, u32)> = Vec::new();
    for (t, team) in model.teams().iter().enumerate() {
        let state = &mut work.teams[t];
        if state.since.is_none_or(|since| since > now) {
            continue;
        }
        let total = clock.tick_len.max(0) as u64 * u64::from(team.hours_per_day) + state.carry;
        let per_person = total / 24;
        state.carry = total % 24;
        // Once the team finds nothing to take, its other free hands find nothing either.
        let mut exhausted = false;
        for slot in 0..state.slots.len() {
            let mut budget = per_person;
            while budget > 0 {
                let job = match work.teams[t].slots[slot] {
                    Some(job) => job,
                    None if exhausted => break,
                    None => {
                        let Some(job) = pick(
                            &model,
                            team,
                            &mut work.teams[t],
                            &work.queue,
                            &mut work.rebuild,
                            &hosts,
                            Open {
                                candidates: &candidates,
                                backup_ok,
                            },
                        ) else {
                            exhausted = true;
                            break;
                        };
                        let job = Job {
                            left: vary(job.left, variation, &rng, clock.tick, job.host),
                            ..job
                        };
                        let s = hosts.system_of(job.host);
                        work.backup_seen[s.index()] = true;
                        if !job.planned {
                            hosts.set(job.host, HostState::Checking);
                            known.learn(&hosts, job.host, KnownState::Checking);
                        }
                        job
                    }
                };
                let spent = budget.min(job.left);
                budget -= spent;
                let left = job.left - spent;
                if left > 0 {
                    work.teams[t].slots[slot] = Some(Job { left, ..job });
                    break;
                }
                work.teams[t].slots[slot] = None;
                let s = hosts.system_of(job.host);
                let at_risk = exposed(&model, &work.closure, &hosts, &attacker, s);
                if at_risk
                    && rng
                        .stream(clock.tick, Purpose::Reinfection, job.host)
                        .chance(model.recovery().reinfection)
                {
                    hosts.set(job.host, HostState::Compromised);
                    known.learn(&hosts, job.host, KnownState::Restored);
                    bump(&mut reinfected, s);
                } else {
                    hosts.set(job.host, HostState::Restored);
                    known.learn(&hosts, job.host, KnownState::Restored);
                    match recovered
                        .iter_mut()
                        .find(|(x, y, _)| x.index() == t && *y == s)
                    {
                        Some(r) => r.2 += 1,
                        None => recovered.push((TeamIdx(t as u32), s, 1)),
                    }
                }
            }
        }
        // A team costs while it has work in hand.
        let state = &mut work.teams[t];
        if state.busy() > 0 && team.cost_per_day > 0 {
            state.cost_carry += u64::from(team.cost_per_day) * clock.tick_len.max(0) as u64;
            record.cost_eur += state.cost_carry / crate::time::MINUTES_PER_DAY as u64;
            state.cost_carry %= crate::time::MINUTES_PER_DAY as u64;
        }
    }
    for (team, system, count) in recovered {
        timeline.staff(
            &clock,
            FactKind::HostsRecovered {
                team,
                system,
                count,
            },
        );
    }
    for (system, count) in reinfected {
        timeline.truth(&clock, FactKind::Reinfected { system, count });
    }
}

fn bump(list: &mut Vec<(SystemIdx, u32)>, s: SystemIdx) {
    match list.iter_mut().find(|(x, _)| *x == s) {
        Some(r) => r.1 += 1,
        None => list.push((s, 1)),
    }
}

/// A job's working time, varied per host by up to `permille` either way (drawn for the host and
/// the tick its job starts).
fn vary(minutes: u64, permille: u32, rng: &SimRng, tick: u64, host: u32) -> u64 {
    if permille == 0 {
        return minutes;
    }
    let draw = i64::from(
        rng.stream(tick, Purpose::WorkTime, host)
            .below(2 * permille + 1),
    ) - i64::from(permille);
    let factor = (1000 + draw).max(1) as u64;
    (minutes * factor / 1000).max(1)
}

/// What is open to work on this tick.
#[derive(Clone, Copy)]
struct Open<'a> {
    /// Per system: something to do.
    candidates: &'a [bool],
    /// The backup system works, so restores can run.
    backup_ok: bool,
}

/// The next host this team can work on, in the queue's order.
fn pick(
    model: &Scenario,
    team: &crate::scenario::model::Team,
    state: &mut TeamState,
    queue: &[SystemIdx],
    rebuild: &mut [Option<u32>],
    hosts: &Hosts,
    open: Open,
) -> Option<Job> {
    let backup_system = model.recovery().backup_system;
    let backup_ok = open.backup_ok;
    for &s in queue {
        if !open.candidates[s.index()] || !team.scope[s.index()] {
            continue;
        }
        let system = &model.systems()[s.index()];
        let unit = system.unit();
        let (a, b) = hosts.system_range(s);
        // A system comes back on top of what it needs: its dependencies must be back first.
        let ready = system
            .depends_on
            .iter()
            .all(|&d| needing(hosts, d) == 0 && system_working(hosts, d));
        if ready && needing(hosts, s) > 0 {
            let restore_ok = backup_ok || backup_system == Some(s);
            let start = state.cursor[s.index()].clamp(a, b);
            // Once round the system from where the last search stopped.
            for h in (start..b).chain(a..start) {
                let Some(kind) = needed(hosts.state(h), unit, system.backup) else {
                    continue;
                };
                let Some((kind, minutes)) = team_work(team, kind, unit, system.backup) else {
                    continue;
                };
                if kind == WorkKind::Restore && !restore_ok {
                    continue;
                }
                state.cursor[s.index()] = h + 1;
                return Some(Job {
                    host: h,
                    kind,
                    left: minutes as u64,
                    planned: false,
                });
            }
        }
        if let Some(next) = rebuild[s.index()]
            && let Some(minutes) = team.minutes(WorkKind::Rebuild, unit)
        {
            rebuild[s.index()] = (next + 1 < b).then_some(next + 1);
            return Some(Job {
                host: next,
                kind: WorkKind::Rebuild,
                left: minutes as u64,
                planned: true,
            });
        }
    }
    None
}

/// A host of `s` brought back now would be exposed to the attacker.
fn exposed(
    model: &Model,
    closure: &[Vec<SystemIdx>],
    hosts: &Hosts,
    attacker: &AttackerState,
    s: SystemIdx,
) -> bool {
    if model.recovery().reinfection == Chance(0) || attacker.stage.is_none() {
        return false;
    }
    let dirty_directory = closure[s.index()].iter().any(|&d| {
        model.systems()[d.index()].role == SystemRole::Directory && {
            let c = hosts.system_counts(d);
            HostState::ALL
                .iter()
                .filter(|x| x.reached())
                .any(|&x| c[x as usize] > 0)
        }
    });
    let system = &model.systems()[s.index()];
    // Domain credentials the attacker still holds open a directory service brought back before
    // they were reset; everything else needs the directory clean first.
    (attacker.credentials && system.role == SystemRole::Directory) || dirty_directory
}
