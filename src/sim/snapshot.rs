//! Snapshots: plain data, sorted by stable ids, in the view of control or of the staff.
//!
//! The staff view is built from the staff's picture only; nothing of the truth that was not
//! reported (attacker stage, unreported compromises, which alarms were false, pending injects,
//! control notes) enters it.

use bevy_ecs::prelude::*;
use serde::Serialize;

use super::actions::{Phase, RunningAction, Staff, Wait};
use super::attacker::AttackerState;
use super::clock::Clock;
use super::detection::{Known, KnownState};
use super::hosts::{HostState, Hosts};
use super::injects::{AdHocInjects, InjectState, InjectStatus, Withheld};
use super::services::{DeadlineOutcomes, ServiceState, Status};
use super::topology::{LinkState, NetworkState};
use super::{Model, target_id};
use crate::scenario::model::{Channel, Minutes, NetworkIdx, Priority};

/// Whose picture.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    Control,
    Staff,
}

/// Host counts of a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct HostCounts {
    pub total: u32,
    pub compromised: u32,
    pub encrypted: u32,
    pub offline: u32,
    pub checking: u32,
    pub restored: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NetworkView {
    pub id: String,
    pub name: String,
    pub isolated: bool,
    /// What the staff knows.
    pub known: HostCounts,
    /// Reported compromised as a whole (alarm or inject).
    pub suspected: bool,
    /// Control only: the truth, and whether the suspicion is a false alarm.
    pub truth: Option<HostCounts>,
    pub false_alarm: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LinkView {
    pub id: String,
    pub name: String,
    pub cut: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ServiceView {
    pub id: String,
    pub name: String,
    pub status: Status,
    pub backlog: u64,
    pub capacity_per_day: u32,
    pub lapsed: u64,
    pub paper: bool,
    pub aid_per_day: u32,
    /// Backlog now minus at the start of the day: growing (> 0) or shrinking.
    pub trend: i64,
    /// Cases that lapse within a week unless served (services with a legal clock).
    pub at_risk: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DeadlineView {
    pub id: String,
    pub name: String,
    pub due: String,
    /// Minutes until due (negative when past).
    pub minutes_left: i64,
    pub met: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionView {
    pub action: String,
    pub name: String,
    pub target: Option<String>,
    pub waiting: bool,
    /// What a waiting decision waits for.
    pub waits_for: Option<Wait>,
    /// Per mille of the setup time done.
    pub progress: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InjectView {
    pub id: String,
    pub title: String,
    pub status: InjectStatus,
    pub released_at: Option<String>,
    /// The sender's name.
    pub sender: String,
    /// The receiving staff function (role id).
    pub receiver: String,
    /// The channel it arrived by (the script's, or its fallback while the channel's service
    /// was down).
    pub channel: Channel,
    /// The script's channel, when it arrived by another.
    pub planned_channel: Option<Channel>,
    pub priority: Priority,
    pub content: String,
    /// Written by control during the exercise, not in the script.
    pub ad_hoc: bool,
    /// Addressed to exercise control (only control's view holds these).
    pub for_control: bool,
    /// Control only: why a condition withheld it.
    pub withheld: Option<Withheld>,
    /// Control only: what the staff is expected to do, the note for control, and whether the
    /// inject's claim is false.
    pub expected_reaction: Option<String>,
    pub control_note: Option<String>,
    pub false_alarm: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    pub view: View,
    pub tick: u64,
    pub time: String,
    pub day: i64,
    pub networks: Vec<NetworkView>,
    pub links: Vec<LinkView>,
    pub services: Vec<ServiceView>,
    pub deadlines: Vec<DeadlineView>,
    pub actions: Vec<ActionView>,
    /// Staff: released injects only.
    pub injects: Vec<InjectView>,
    pub staff_busy: u32,
    pub staff_total: u32,
    /// Control only.
    pub attacker_stage: Option<String>,
    /// The recovery order as decided (service or system ids, first first); empty: the
    /// scenario's default order.
    pub recovery_order: Vec<String>,
    pub teams: Vec<TeamView>,
    /// Each system's backup: the truth for control; for the staff what a team has seen, or the
    /// scenario's assumption (`recovery.unknown_backup`) where nobody has looked yet.
    pub backups: Vec<BackupView>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupView {
    pub system: String,
    pub state: crate::scenario::model::Backup,
    /// A team has started work on the system, so the state is known, not assumed.
    pub seen: bool,
}

/// A recovery team as everyone sees it (the staff knows its own teams).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TeamView {
    pub id: String,
    pub name: String,
    pub headcount: u32,
    /// People working on a host right now.
    pub busy: u32,
    pub on_site: bool,
}

fn truth_counts(hosts: &Hosts, n: NetworkIdx) -> HostCounts {
    let c = hosts.network_counts(n);
    let (a, b) = hosts.network_range(n);
    let s = |x: HostState| c[x as usize];
    HostCounts {
        total: b - a,
        compromised: s(HostState::Compromised) + s(HostState::OfflineCompromised),
        encrypted: s(HostState::Encrypted) + s(HostState::OfflineEncrypted),
        offline: s(HostState::Offline)
            + s(HostState::OfflineCompromised)
            + s(HostState::OfflineEncrypted),
        checking: s(HostState::Checking),
        restored: s(HostState::Restored),
    }
}

fn known_counts(hosts: &Hosts, known: &Known, n: NetworkIdx) -> HostCounts {
    let c = known.network_counts(n);
    let (a, b) = hosts.network_range(n);
    let s = |x: KnownState| c[x as usize];
    HostCounts {
        total: b - a,
        compromised: s(KnownState::Compromised),
        encrypted: s(KnownState::Encrypted),
        offline: s(KnownState::Offline),
        checking: s(KnownState::Checking),
        restored: s(KnownState::Restored),
    }
}

pub fn take(world: &mut World, view: View) -> Snapshot {
    let model = world.resource::<Model>().clone();
    let clock = *world.resource::<Clock>();
    let control = view == View::Control;
    let mut isolated = vec![false; model.networks().len()];
    for n in world.query::<&NetworkState>().iter(world) {
        isolated[n.network.index()] = n.isolated;
    }
    let mut cut = vec![false; model.links().len()];
    for l in world.query::<&LinkState>().iter(world) {
        cut[l.link.index()] = l.cut;
    }
    let hosts = world.resource::<Hosts>();
    let known = world.resource::<Known>();
    let mut networks: Vec<NetworkView> = model
        .networks()
        .iter()
        .enumerate()
        .map(|(i, n)| {
            let idx = NetworkIdx(i as u32);
            let suspicion = known.suspected[i];
            NetworkView {
                id: n.id.clone(),
                name: n.name.clone(),
                isolated: isolated[i],
                known: known_counts(hosts, known, idx),
                suspected: suspicion.is_some(),
                truth: control.then(|| truth_counts(hosts, idx)),
                false_alarm: if control { suspicion } else { None },
            }
        })
        .collect();
    networks.sort_by(|a, b| a.id.cmp(&b.id));
    let mut links: Vec<LinkView> = model
        .links()
        .iter()
        .enumerate()
        .map(|(i, l)| LinkView {
            id: l.id.clone(),
            name: l.name.clone(),
            cut: cut[i],
        })
        .collect();
    links.sort_by(|a, b| a.id.cmp(&b.id));
    let mut services: Vec<ServiceView> = world
        .query::<&ServiceState>()
        .iter(world)
        .map(|s| {
            let spec = &model.services()[s.service.index()];
            ServiceView {
                id: spec.id.clone(),
                name: spec.name.clone(),
                status: s.status,
                backlog: s.backlog(),
                capacity_per_day: spec.capacity_per_day,
                lapsed: s.lapsed,
                paper: s.paper,
                aid_per_day: s.aid_per_day,
                trend: i64::try_from(s.backlog()).unwrap_or(i64::MAX)
                    - i64::try_from(s.backlog_at_day_start).unwrap_or(i64::MAX),
                at_risk: spec.lapses_after.map_or(0, |limit| {
                    s.backlog
                        .at_risk(clock.now, limit, 7 * crate::time::MINUTES_PER_DAY)
                }),
            }
        })
        .collect();
    services.sort_by(|a, b| a.id.cmp(&b.id));
    let outcomes = world.resource::<DeadlineOutcomes>();
    let mut deadlines: Vec<DeadlineView> = model
        .deadlines()
        .iter()
        .enumerate()
        .map(|(i, d)| DeadlineView {
            id: d.id.clone(),
            name: d.name.clone(),
            due: model
                .wall_clock(d.due)
                .map(|t| t.to_string())
                .unwrap_or_default(),
            minutes_left: d.due - clock.now,
            met: outcomes.0[i],
        })
        .collect();
    deadlines.sort_by(|a, b| a.id.cmp(&b.id));
    let mut running: Vec<RunningAction> = world
        .query::<&RunningAction>()
        .iter(world)
        .cloned()
        .collect();
    running.sort_by_key(|r| r.seq);
    let actions = running
        .iter()
        .map(|r| {
            let spec = &model.actions()[r.action.index()];
            let progress = match &r.phase {
                Phase::Waiting(_) => 0,
                Phase::Setup { until } => {
                    let started = until - spec.duration;
                    let done = (clock.now - started).clamp(0, spec.duration.max(1));
                    u32::try_from(done * 1000 / spec.duration.max(1)).unwrap_or(1000)
                }
            };
            ActionView {
                action: spec.id.clone(),
                name: spec.name.clone(),
                target: r.target.map(|t| target_id(&model, t).to_string()),
                waiting: matches!(r.phase, Phase::Waiting(_)),
                waits_for: match r.phase {
                    Phase::Waiting(w) => Some(w),
                    Phase::Setup { .. } => None,
                },
                progress,
            }
        })
        .collect();
    let time = |t: Option<Minutes>| t.and_then(|t| model.wall_clock(t)).map(|t| t.to_string());
    let mut injects: Vec<InjectView> = world
        .query::<&InjectState>()
        .iter(world)
        .filter(|s| {
            control
                || (s.status == InjectStatus::Released
                    && !model.injects()[s.inject.index()].for_control)
        })
        .map(|s| {
            let spec = &model.injects()[s.inject.index()];
            InjectView {
                id: spec.id.clone(),
                title: spec.title.clone(),
                status: s.status,
                released_at: time(s.released_at),
                sender: model.organisations()[spec.sender.index()].name.clone(),
                receiver: model.roles()[spec.receiver.index()].id.clone(),
                channel: s.channel,
                planned_channel: (s.channel != spec.channel).then_some(spec.channel),
                priority: spec.priority,
                content: spec.content.clone(),
                ad_hoc: false,
                for_control: spec.for_control,
                withheld: s.withheld,
                expected_reaction: control.then(|| spec.expected_reaction.clone()),
                control_note: control.then(|| spec.control_note.clone()),
                false_alarm: control.then_some(spec.false_alarm),
            }
        })
        .collect();
    for (inject, released) in &world.resource::<AdHocInjects>().0 {
        if control || released.is_some() {
            injects.push(InjectView {
                id: inject.id.clone(),
                title: inject.title.clone(),
                status: if released.is_some() {
                    InjectStatus::Released
                } else {
                    InjectStatus::Forced
                },
                released_at: time(*released),
                sender: inject.sender.clone(),
                receiver: inject.receiver.clone(),
                channel: inject.channel,
                planned_channel: None,
                priority: inject.priority,
                content: inject.content.clone(),
                ad_hoc: true,
                for_control: false,
                withheld: None,
                expected_reaction: control.then(String::new),
                control_note: control.then(String::new),
                false_alarm: control.then_some(false),
            });
        }
    }
    injects.sort_by(|a, b| a.id.cmp(&b.id));
    let staff = *world.resource::<Staff>();
    let attacker = world.resource::<AttackerState>();
    let attacker_stage = if control {
        attacker.stage_kind(&model).map(|k| format!("{k:?}"))
    } else {
        None
    };
    let work = world.resource::<super::recovery::RecoveryWork>();
    let recovery_order = work
        .order
        .iter()
        .map(|&t| target_id(&model, t).to_string())
        .collect();
    let teams = model
        .teams()
        .iter()
        .zip(&work.teams)
        .map(|(t, state)| TeamView {
            id: t.id.clone(),
            name: t.name.clone(),
            headcount: t.headcount,
            busy: u32::try_from(state.busy()).unwrap_or(u32::MAX),
            on_site: state.since.is_some_and(|since| since <= clock.now),
        })
        .collect();
    let backups = model
        .systems()
        .iter()
        .zip(&work.backup_seen)
        .map(|(system, &seen)| BackupView {
            system: system.id.clone(),
            state: if control || seen {
                system.backup
            } else {
                model.recovery().unknown_backup
            },
            seen,
        })
        .collect();
    Snapshot {
        view,
        tick: clock.tick,
        time: model
            .wall_clock(clock.now)
            .map(|t| t.to_string())
            .unwrap_or_default(),
        day: model.day_of(clock.now),
        networks,
        links,
        services,
        deadlines,
        actions,
        injects,
        staff_busy: staff.busy,
        staff_total: staff.total,
        attacker_stage,
        recovery_order,
        teams,
        backups,
    }
}
