//! Why: a chain of reasons for every service not up, every system not working and every
//! decision still waiting, as a view sees the world.
//!
//! A chain starts at the element and follows what holds it back, link by link, until it reaches
//! something that only time (work in hand, a decision under way) or a decision not yet taken
//! resolves: "Führerscheinstelle ausgefallen ← Fachverfahren Führerschein nicht wiederhergestellt
//! ← Team: Platz 4 der Reihenfolge ← Verzeichnisdienst nicht zurück". Chains are computed on
//! demand, never in the tick. The staff's chains read only the staff's picture: host states as
//! reported (`Known`), its own decisions, teams and order; control's read the truth.

use bevy_ecs::prelude::*;
use serde::Serialize;

use super::actions::{Phase, RunningAction, Wait, prerequisite_holds};
use super::detection::{Known, KnownState};
use super::hosts::{HostState, Hosts};
use super::recovery::{RecoveryWork, system_working};
use super::services::{ServiceState, Status};
use super::snapshot::View;
use super::topology::{LinkState, NetworkState};
use super::{Entities, Model, target_id};
use crate::scenario::Scenario;
use crate::scenario::model::{
    ActionIdx, Availability, Dependency, Effect, Prerequisite, ServiceIdx, SystemIdx, Target,
};

/// One link of a chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "link")]
pub enum Link {
    /// A service and how it runs.
    Service { id: String, status: Status },
    /// A system that does not work, with its hosts as the view sees them.
    System {
        id: String,
        total: u32,
        /// As far as the view knows: encrypted, taken by the attacker (not encrypted), shut
        /// down (whatever else), in work.
        encrypted: u32,
        compromised: u32,
        offline: u32,
        in_work: u32,
    },
    /// The network is isolated.
    NetworkIsolated { id: String },
    /// The link is cut.
    LinkCut { id: String },
    /// Teams are on it: hosts in work now.
    InWork { team: String, hosts: u32 },
    /// Next for a team: its place among the systems with work in the recovery order.
    Queued { team: String, place: usize },
    /// The team that would do the work is not on site yet: it arrives on `arrives` (day), or
    /// once it is requested.
    TeamAbsent { team: String, arrives: Option<i64> },
    /// No team does the work this system needs.
    NoTeam,
    /// It needs a system it depends on back first.
    Needs { system: String },
    /// A restore waits for the backup system.
    Backup { system: String },
    /// No recovery work starts before this prerequisite holds.
    Gate,
    /// The attacker still holds running hosts in the network: what is brought back there is
    /// taken again (for the staff: what was reported and not yet shut down or worked on).
    AttackerActive { network: String },
    /// A decision under way or waiting.
    Decision {
        action: String,
        target: Option<String>,
        waits_for: Option<Wait>,
    },
    /// A decision nobody has taken yet that would resolve the previous link.
    NotDecided {
        action: String,
        target: Option<String>,
    },
}

/// What a chain explains.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Subject {
    Service(String),
    System(String),
    Decision(String),
}

/// A chain of reasons, the element itself first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Chain {
    pub subject: Subject,
    pub links: Vec<Link>,
}

impl Chain {
    /// A decision nobody has taken yet blocks the way: no date can be projected.
    pub fn undecided(&self) -> bool {
        self.links
            .iter()
            .any(|l| matches!(l, Link::NotDecided { .. }))
    }

    /// The link that holds the element: the last one.
    pub fn cause(&self) -> Option<&Link> {
        self.links.last()
    }
}

impl Link {
    /// The link without what changes from hour to hour (counts, places, progress), so that
    /// one cause seen on many days counts as one.
    pub fn steady(&self) -> Link {
        match self {
            Link::System { id, .. } => Link::System {
                id: id.clone(),
                total: 0,
                encrypted: 0,
                compromised: 0,
                offline: 0,
                in_work: 0,
            },
            Link::InWork { team, .. } => Link::InWork {
                team: team.clone(),
                hosts: 0,
            },
            Link::Queued { team, .. } => Link::Queued {
                team: team.clone(),
                place: 0,
            },
            Link::TeamAbsent { team, .. } => Link::TeamAbsent {
                team: team.clone(),
                arrives: None,
            },
            Link::Decision { action, target, .. } => Link::Decision {
                action: action.clone(),
                target: target.clone(),
                waits_for: None,
            },
            other => other.clone(),
        }
    }
}

/// What held a service on most days, and on how many.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Held {
    pub cause: Link,
    pub days: u32,
}

/// Per service, how many sampled days each cause (a chain's last link, without its counts)
/// held it: sampled once a simulated day, by `run` and by the report.
#[derive(Debug, Default)]
pub struct HeldLongest(std::collections::BTreeMap<String, Vec<(Link, u32)>>);

impl HeldLongest {
    pub fn sample(&mut self, chains: &[Chain]) {
        for chain in chains {
            let (Subject::Service(id), Some(cause)) = (&chain.subject, chain.cause()) else {
                continue;
            };
            let cause = cause.steady();
            let causes = self.0.entry(id.clone()).or_default();
            match causes.iter_mut().find(|(c, _)| *c == cause) {
                Some((_, days)) => *days += 1,
                None => causes.push((cause, 1)),
            }
        }
    }

    /// The cause seen on most days per service (the earlier one on a tie).
    pub fn longest(&self) -> std::collections::BTreeMap<String, Held> {
        self.0
            .iter()
            .filter_map(|(id, causes)| {
                let (cause, days) =
                    causes
                        .iter()
                        .fold(None::<&(Link, u32)>, |best, c| match best {
                            Some(b) if b.1 >= c.1 => Some(b),
                            _ => Some(c),
                        })?;
                Some((
                    id.clone(),
                    Held {
                        cause: cause.clone(),
                        days: *days,
                    },
                ))
            })
            .collect()
    }
}

/// What the chains read, gathered once.
struct Picture<'w> {
    model: &'w Scenario,
    view: View,
    hosts: &'w Hosts,
    known: &'w Known,
    work: &'w RecoveryWork,
    isolated: Vec<bool>,
    cut: Vec<bool>,
    status: Vec<Status>,
    running: Vec<RunningAction>,
    /// The recovery gate, as the world has it.
    gate_open: bool,
    /// The first gate prerequisite that does not hold.
    gate_unmet: Option<Prerequisite>,
    now: crate::scenario::model::Minutes,
}

/// Every chain of the view: services not up, systems not working, decisions not yet in effect.
pub fn chains(world: &mut World, view: View) -> Vec<Chain> {
    let mut running: Vec<RunningAction> = world
        .query::<&RunningAction>()
        .iter(world)
        .cloned()
        .collect();
    running.sort_by_key(|r| r.seq);
    let model = world.resource::<Model>();
    let entities = world.resource::<Entities>();
    let isolated = entities
        .networks
        .iter()
        .map(|&e| world.get::<NetworkState>(e).is_some_and(|n| n.isolated))
        .collect();
    let cut = entities
        .links
        .iter()
        .map(|&e| world.get::<LinkState>(e).is_some_and(|l| l.cut))
        .collect();
    let status = entities
        .services
        .iter()
        .map(|&e| {
            world
                .get::<ServiceState>(e)
                .map_or(Status::Down, |s| s.status)
        })
        .collect();
    let gate_unmet = model
        .recovery()
        .requires
        .iter()
        .copied()
        .find(|&p| !prerequisite_holds(world, p));
    let p = Picture {
        model,
        view,
        hosts: world.resource::<Hosts>(),
        known: world.resource::<Known>(),
        work: world.resource::<RecoveryWork>(),
        isolated,
        cut,
        status,
        running,
        gate_open: world.resource::<RecoveryWork>().open,
        gate_unmet,
        now: world.resource::<super::clock::Clock>().now,
    };
    let mut out = Vec::new();
    for (i, s) in model.services().iter().enumerate() {
        if p.status[i] != Status::Up {
            let mut links = Vec::new();
            p.service(ServiceIdx(i as u32), &mut links, 0);
            out.push(Chain {
                subject: Subject::Service(s.id.clone()),
                links,
            });
        }
    }
    for (i, s) in model.systems().iter().enumerate() {
        let sys = SystemIdx(i as u32);
        if !p.working(sys) {
            let mut links = Vec::new();
            p.system(sys, &mut links, 0);
            out.push(Chain {
                subject: Subject::System(s.id.clone()),
                links,
            });
        }
    }
    for r in &p.running {
        let action = &model.actions()[r.action.index()];
        let mut links = vec![p.decision_link(r)];
        if let Phase::Waiting(Wait::Prerequisite(i)) = r.phase
            && let Some(&req) = action.requires.get(i)
        {
            p.prerequisite(req, &mut links, 0);
        }
        out.push(Chain {
            subject: Subject::Decision(action.id.clone()),
            links,
        });
    }
    out
}

/// How deep a chain may go: dependencies form no cycles, but a bound keeps a chain short.
const DEPTH: usize = 8;

impl Picture<'_> {
    fn control(&self) -> bool {
        self.view == View::Control
    }

    /// A system works, as the view sees it.
    fn working(&self, s: SystemIdx) -> bool {
        if self.control() {
            return system_working(self.hosts, s);
        }
        let (a, b) = self.hosts.system_range(s);
        let usable = (a..b)
            .filter(|&h| {
                matches!(
                    self.known.host(h),
                    KnownState::Unremarkable | KnownState::Restored
                )
            })
            .count() as u32;
        b > a && usable * 2 >= b - a
    }

    /// The attacker has running hosts in the network, as the view sees it (the staff: hosts
    /// reported compromised or encrypted and not shut down or worked on since).
    fn attacker_in(&self, n: crate::scenario::model::NetworkIdx) -> bool {
        if self.isolated[n.index()] {
            return false;
        }
        if self.control() {
            let c = self.hosts.network_counts(n);
            c[HostState::Compromised as usize] + c[HostState::Encrypted as usize] > 0
        } else {
            let c = self.known.network_counts(n);
            c[KnownState::Compromised as usize] + c[KnownState::Encrypted as usize] > 0
        }
    }

    /// Hosts of a system as the view sees them: encrypted, compromised, shut down, in work.
    fn counts(&self, s: SystemIdx) -> [u32; 4] {
        let (a, b) = self.hosts.system_range(s);
        if self.control() {
            let c = self.hosts.system_counts(s);
            let n = |x: HostState| c[x as usize];
            [
                n(HostState::Encrypted) + n(HostState::OfflineEncrypted),
                n(HostState::Compromised) + n(HostState::OfflineCompromised),
                n(HostState::Offline)
                    + n(HostState::OfflineCompromised)
                    + n(HostState::OfflineEncrypted),
                n(HostState::Checking),
            ]
        } else {
            (a..b).fold([0; 4], |mut c, h| {
                match self.known.host(h) {
                    KnownState::Encrypted => c[0] += 1,
                    KnownState::Compromised => c[1] += 1,
                    KnownState::Offline => c[2] += 1,
                    KnownState::Checking => c[3] += 1,
                    _ => {}
                }
                c
            })
        }
    }

    fn service(&self, s: ServiceIdx, links: &mut Vec<Link>, depth: usize) {
        let spec = &self.model.services()[s.index()];
        links.push(Link::Service {
            id: spec.id.clone(),
            status: self.status[s.index()],
        });
        if depth >= DEPTH {
            return;
        }
        // What it cannot run without first, what only degrades it after; among those missing,
        // one that waits for a decision nobody has taken yet, since only that never resolves.
        let missing: Vec<Dependency> = spec
            .depends_on
            .iter()
            .filter(|d| !self.available(**d))
            .chain(
                spec.degraded_without
                    .iter()
                    .filter(|_| spec.depends_on.iter().all(|x| self.available(*x)))
                    .filter(|d| !self.available(**d)),
            )
            .copied()
            .collect();
        let mut chosen: Option<Vec<Link>> = None;
        for d in missing {
            let mut sub = Vec::new();
            self.dependency(d, &mut sub, depth);
            let undecided = sub.iter().any(|l| matches!(l, Link::NotDecided { .. }));
            if chosen.is_none() || undecided {
                chosen = Some(sub);
            }
            if undecided {
                break;
            }
        }
        links.extend(chosen.unwrap_or_default());
    }

    fn dependency(&self, d: Dependency, links: &mut Vec<Link>, depth: usize) {
        match d {
            Dependency::Service(t) => self.service(t, links, depth + 1),
            Dependency::System(x) => self.system(x, links, depth + 1),
            Dependency::Link(l) => {
                links.push(Link::LinkCut {
                    id: self.model.links()[l.index()].id.clone(),
                });
                self.fix(Effect::RestoreLink, Target::Link(l), links);
            }
            Dependency::Network(n) => {
                links.push(Link::NetworkIsolated {
                    id: self.model.networks()[n.index()].id.clone(),
                });
                self.fix(Effect::Reconnect, Target::Network(n), links);
            }
        }
    }

    fn available(&self, d: Dependency) -> bool {
        match d {
            Dependency::Service(s) => self.status[s.index()].running(),
            Dependency::System(s) => {
                let network = self.model.systems()[s.index()].network;
                self.working(s)
                    && !self.isolated[network.index()]
                    && self.work.closure[s.index()]
                        .iter()
                        .all(|&d| self.working(d))
            }
            Dependency::Link(l) => !self.cut[l.index()],
            Dependency::Network(n) => !self.isolated[n.index()],
        }
    }

    fn system(&self, s: SystemIdx, links: &mut Vec<Link>, depth: usize) {
        let spec = &self.model.systems()[s.index()];
        let (a, b) = self.hosts.system_range(s);
        let [encrypted, compromised, offline, in_work] = self.counts(s);
        links.push(Link::System {
            id: spec.id.clone(),
            total: b - a,
            encrypted,
            compromised,
            offline,
            in_work,
        });
        if depth >= DEPTH {
            return;
        }
        if self.working(s) {
            // It works, but its network is cut off.
            if self.isolated[spec.network.index()] {
                links.push(Link::NetworkIsolated {
                    id: self.model.networks()[spec.network.index()].id.clone(),
                });
                self.fix(Effect::Reconnect, Target::Network(spec.network), links);
            }
            return;
        }
        // Restoring into a network the attacker still works in only feeds him.
        if self.attacker_in(spec.network) {
            links.push(Link::AttackerActive {
                network: self.model.networks()[spec.network.index()].id.clone(),
            });
            self.fix(Effect::Shutdown, Target::Network(spec.network), links);
            return;
        }
        // Work in hand on it.
        for (t, team) in self.model.teams().iter().enumerate() {
            let busy = self.work.teams[t]
                .slots
                .iter()
                .flatten()
                .filter(|j| self.hosts.system_of(j.host) == s)
                .count() as u32;
            if busy > 0 {
                links.push(Link::InWork {
                    team: team.id.clone(),
                    hosts: busy,
                });
                return;
            }
        }
        if !self.gate_open {
            links.push(Link::Gate);
            if let Some(req) = self.gate_unmet {
                self.prerequisite(req, links, depth + 1);
            }
            return;
        }
        if let Some(&d) = spec.depends_on.iter().find(|&&d| !self.working(d)) {
            links.push(Link::Needs {
                system: self.model.systems()[d.index()].id.clone(),
            });
            self.system(d, links, depth + 1);
            return;
        }
        if let Some(backup) = self.model.recovery().backup_system
            && backup != s
            && !self.working(backup)
        {
            links.push(Link::Backup {
                system: self.model.systems()[backup.index()].id.clone(),
            });
            self.system(backup, links, depth + 1);
            return;
        }
        // Who could do it, and where it stands for them.
        let able: Vec<usize> = self
            .model
            .teams()
            .iter()
            .enumerate()
            .filter(|(_, t)| t.scope[s.index()] && !t.work.is_empty())
            .map(|(i, _)| i)
            .collect();
        let Some(&first) = able.first() else {
            links.push(Link::NoTeam);
            return;
        };
        let now_on_site = able
            .iter()
            .copied()
            .find(|&t| self.work.teams[t].since.is_some_and(|at| at <= self.now));
        match now_on_site {
            Some(t) => {
                let team = &self.model.teams()[t];
                let place = self
                    .work
                    .queue
                    .iter()
                    .filter(|&&x| team.scope[x.index()] && !self.working(x))
                    .position(|&x| x == s)
                    .map_or(0, |p| p + 1);
                links.push(Link::Queued {
                    team: team.id.clone(),
                    place,
                });
            }
            None => {
                let team = &self.model.teams()[first];
                let arrives = self.work.teams[first].since;
                links.push(Link::TeamAbsent {
                    team: team.id.clone(),
                    arrives: arrives.map(|at| self.model.day_of(at)),
                });
                if arrives.is_none() {
                    // What would bring it: the action that requests it, or the first that
                    // notifies the organisation it comes with.
                    let action = match team.available {
                        Availability::Requested { action, .. } => Some(action),
                        Availability::Notified { organisation, .. } => self
                            .model
                            .actions()
                            .iter()
                            .position(|a| a.effects.contains(&Effect::Notify(organisation)))
                            .map(|i| ActionIdx(i as u32)),
                        Availability::At(_) => None,
                    };
                    if let Some(action) = action {
                        self.decide(action, None, links);
                    }
                }
            }
        }
    }

    /// What resolves an unmet prerequisite.
    fn prerequisite(&self, p: Prerequisite, links: &mut Vec<Link>, depth: usize) {
        match p {
            Prerequisite::Done(a) | Prerequisite::NotDone(a) => self.decide(a, None, links),
            Prerequisite::LinkCut(l) => {
                links.push(Link::LinkCut {
                    id: self.model.links()[l.index()].id.clone(),
                });
            }
            Prerequisite::SystemClean(s) => {
                if depth < DEPTH {
                    self.system(s, links, depth + 1);
                }
            }
        }
    }

    /// The decision that would undo a barrier on `target`: under way, or not yet taken.
    fn fix(&self, effect: Effect, target: Target, links: &mut Vec<Link>) {
        let action = self
            .model
            .actions()
            .iter()
            .position(|a| a.effects.contains(&effect) && a.targets.contains(&target));
        if let Some(a) = action {
            self.decide(ActionIdx(a as u32), Some(target), links);
        }
    }

    /// A decision of `action` (on `target`, if given): the one under way, or none taken yet.
    fn decide(&self, action: ActionIdx, target: Option<Target>, links: &mut Vec<Link>) {
        let taken = self
            .running
            .iter()
            .find(|r| r.action == action && (target.is_none() || r.target == target));
        match taken {
            Some(r) => links.push(self.decision_link(r)),
            None => links.push(Link::NotDecided {
                action: self.model.actions()[action.index()].id.clone(),
                target: target.map(|t| target_id(self.model, t).to_string()),
            }),
        }
    }

    fn decision_link(&self, r: &RunningAction) -> Link {
        Link::Decision {
            action: self.model.actions()[r.action.index()].id.clone(),
            target: r.target.map(|t| target_id(self.model, t).to_string()),
            waits_for: match r.phase {
                Phase::Waiting(w) => Some(w),
                Phase::Setup { .. } => None,
            },
        }
    }
}
