//! Decisions at the staff's level and spread that holds at any size (issue 12): one decision
//! shuts every system of a group down, an early one contains the attack and a late one only
//! partly, and the time to overrun a network does not depend on its size.

use std::sync::Arc;

use krisenstab::run;
use krisenstab::scenario::model::{NetworkIdx, Target};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::command::{Command, Decision, Logged};
use krisenstab::sim::hosts::{HostState, Hosts};
use krisenstab::sim::record::FactKind;
use krisenstab::sim::topology::NetworkState;
use krisenstab::sim::{Sim, find_target};
use rayon::prelude::*;

fn westmecklenburg() -> Arc<Scenario> {
    Arc::new(scenario::parse(scenario::builtin("westmecklenburg").unwrap()).unwrap())
}

fn decide(action: &str, target: &str, tick: u64) -> Logged {
    Logged {
        minute: None,
        tick,
        command: Command::Decide(Decision {
            action: action.into(),
            target: Some(target.into()),
            function: "it".into(),
            reason: String::new(),
            order: Vec::new(),
        }),
    }
}

fn median(mut xs: Vec<i64>) -> i64 {
    xs.sort_unstable();
    xs[xs.len() / 2]
}

#[test]
fn one_decision_takes_every_system_of_the_group_off_and_is_logged_once() {
    // Three hours instead of one, so that the staff it binds can be seen between two ticks.
    let text = scenario::builtin("westmecklenburg").unwrap().replace(
        "duration: hours(1), staff: 4, cost_eur: 0, effects: [isolate, shutdown]",
        "duration: hours(3), staff: 4, cost_eur: 0, effects: [isolate, shutdown]",
    );
    let s = Arc::new(scenario::parse(&text).unwrap());
    let group = find_target(&s, scenario::model::TargetKind::Group, "alle-systeme").unwrap();
    let members = s.members(group);
    assert_eq!(members.len(), 6, "{members:?}");
    let mut sim = Sim::new(Arc::clone(&s), 1);
    sim.apply(&decide("notabschaltung", "alle-systeme", 0).command)
        .unwrap();
    let busy = |sim: &Sim| {
        sim.world()
            .resource::<krisenstab::sim::actions::Staff>()
            .busy
    };
    for _ in 0..2 {
        sim.step();
        assert_eq!(busy(&sim), 4, "the group binds its staff once");
    }
    sim.step();
    assert_eq!(busy(&sim), 0);
    let count =
        |kind: fn(&FactKind) -> bool| sim.timeline().iter().filter(|f| kind(&f.kind)).count();
    assert_eq!(count(|k| matches!(k, FactKind::ActionDecided { .. })), 1);
    assert_eq!(count(|k| matches!(k, FactKind::ActionFinished { .. })), 1);
    assert_eq!(count(|k| matches!(k, FactKind::HostsShutDown(_))), 1);
    let world = sim.world_mut();
    let isolated: Vec<(NetworkIdx, bool)> = world
        .query::<&NetworkState>()
        .iter(world)
        .map(|n| (n.network, n.isolated))
        .collect();
    let hosts = sim.world().resource::<Hosts>();
    for (n, isolated) in isolated {
        let member = members.contains(&Target::Network(n));
        assert_eq!(isolated, member, "{}", s.networks()[n.index()].id);
        let (a, b) = hosts.network_range(n);
        let off = (a..b).all(|h| hosts.state(h).offline());
        assert_eq!(off, member, "{}", s.networks()[n.index()].id);
    }
    // The Kernnetz is no member: its infrastructure runs on, as in 2021.
    let kern = s
        .networks()
        .iter()
        .position(|n| n.id == "ksm-kernnetz")
        .unwrap();
    let (a, _) = hosts.network_range(NetworkIdx(kern as u32));
    assert_eq!(hosts.state(a), HostState::Clean);
}

#[test]
fn the_realverlauf_decides_the_shutdown_in_one_decision() {
    let s = westmecklenburg();
    let decisions: Vec<_> = s
        .realverlauf()
        .iter()
        .filter(|d| s.actions()[d.action.index()].id == "notabschaltung")
        .collect();
    assert_eq!(decisions.len(), 1);
    for old in ["rz-isolieren", "rz-herunterfahren", "wan-trennen"] {
        assert!(
            s.realverlauf()
                .iter()
                .all(|d| s.actions()[d.action.index()].id != old),
            "{old} is still decided network by network"
        );
    }
}

/// The tick after which the staff's timeline first shows an alarm: a report of compromised or
/// encrypted hosts, or an inject that reports them.
fn first_alarm(sim: &Sim) -> u64 {
    let s = sim.scenario();
    sim.timeline()
        .iter()
        .filter(|f| f.staff)
        .find(|f| match f.kind {
            FactKind::Reported {
                compromised,
                encrypted,
                ..
            } => compromised + encrypted > 0,
            FactKind::InjectReleased(i) => {
                let inject = &s.injects()[i.index()];
                !inject.reports.is_empty() && !inject.false_alarm
            }
            _ => false,
        })
        .map(|f| f.tick)
        .expect("an alarm reaches the staff")
}

/// Hosts encrypted at 16:00 on day 0 and at the end of the run.
fn encrypted(s: &Arc<Scenario>, seed: u64, commands: &[Logged]) -> (i64, i64) {
    let at_four = u64::try_from((s.meta().incident_start + 13 * 60) / s.meta().tick).unwrap();
    let mut afternoon = None;
    let run = run::run_watched(Arc::clone(s), seed, commands, None, |sim| {
        if sim.clock().tick == at_four {
            afternoon = Some(i64::from(sim.world().resource::<Hosts>().encrypted()));
        }
    });
    let end = i64::from(run.sim.world().resource::<Hosts>().encrypted());
    (afternoon.unwrap(), end)
}

#[test]
fn an_early_group_shutdown_contains_the_attack_and_a_late_one_only_partly() {
    let s = westmecklenburg();
    let day = u64::try_from(24 * 60 / s.meta().tick).unwrap();
    let runs: Vec<[(i64, i64); 3]> = (1..=20u64)
        .into_par_iter()
        .map(|seed| {
            let passive = run::run(Arc::clone(&s), seed, &[], None);
            let alarm = first_alarm(&passive.sim);
            let early = [decide("notabschaltung", "alle-systeme", alarm)];
            let late = [decide("notabschaltung", "alle-systeme", alarm + day / 2)];
            [
                encrypted(&s, seed, &[]),
                encrypted(&s, seed, &early),
                encrypted(&s, seed, &late),
            ]
        })
        .collect();
    let med = |which: usize, part: fn((i64, i64)) -> i64| {
        median(runs.iter().map(|r| part(r[which])).collect())
    };
    let afternoon = |p: (i64, i64)| p.0;
    let end = |p: (i64, i64)| p.1;
    let (passive, early, late) = (med(0, afternoon), med(1, afternoon), med(2, afternoon));
    println!("encrypted at 16:00: passive {passive}, at the alarm {early}, 12 h later {late}");
    assert!(early * 3 < passive, "16:00: {early} of {passive}");
    assert!(
        early <= late && late <= passive,
        "16:00: {early} {late} {passive}"
    );
    let (passive, early, late) = (med(0, end), med(1, end), med(2, end));
    println!("encrypted at the end: passive {passive}, at the alarm {early}, 12 h later {late}");
    assert!(early * 3 < passive, "end: {early} of {passive}");
    assert!(
        early < late && late < passive,
        "end: {early} {late} {passive}"
    );
}

/// The tutorial with spread from the first hour at a quarter contact per host and hour, no
/// encryption, and every system's hosts and the foothold multiplied by `factor` (times ten to
/// begin with, so that a network's half is more than a handful of hosts).
fn spreading_tutorial(factor: u32) -> Arc<Scenario> {
    let text = scenario::builtin("tutorial").unwrap();
    let start = text.find("        stages: [").unwrap();
    let end = start + text[start..].find("        ],\n").unwrap() + "        ],\n".len();
    let mut text = format!(
        "{}        stages: [\n            Stage(kind: foothold, after: hours(0), probability: 1.0),\n            \
         Stage(kind: lateral_movement, after: hours(0), probability: 1.0),\n        ],\n        \
         FOOTHOLD\n{}",
        &text[..start],
        &text[end..]
    );
    let re_hosts = |t: &str| {
        let mut out = String::new();
        let mut rest = t;
        while let Some(i) = rest.find("hosts: ") {
            let (head, tail) = rest.split_at(i + "hosts: ".len());
            out.push_str(head);
            let digits: String = tail.chars().take_while(char::is_ascii_digit).collect();
            let n: u32 = digits.parse().unwrap();
            out.push_str(&(n * 10 * factor).to_string());
            rest = &tail[digits.len()..];
        }
        out.push_str(rest);
        out
    };
    text = re_hosts(&text)
        .replace("FOOTHOLD", &format!("foothold_hosts: {factor},"))
        .replace("contacts_per_hour: 0.1,", "contacts_per_hour: 0.25,");
    Arc::new(scenario::parse(&text).unwrap())
}

/// Ticks from initial access until half and nine tenths of each network are held.
fn takeover(s: &Arc<Scenario>, seed: u64, networks: &[usize]) -> Vec<[i64; 2]> {
    let days = 3 * 24 * 60 / s.meta().tick;
    let start = u64::try_from(s.attacker().initial_access / s.meta().tick).unwrap();
    let mut sim = Sim::new(Arc::clone(s), seed);
    let mut out = vec![[i64::MAX; 2]; networks.len()];
    while sim.clock().tick < start && sim.step() {}
    while sim.clock().tick < start + u64::try_from(days).unwrap() && sim.step() {
        let since = i64::try_from(sim.clock().tick - start).unwrap();
        let hosts = sim.world().resource::<Hosts>();
        for (slot, &n) in out.iter_mut().zip(networks) {
            let n = NetworkIdx(n as u32);
            let counts = hosts.network_counts(n);
            let held: u32 = HostState::ALL
                .iter()
                .filter(|s| s.reached())
                .map(|&s| counts[s as usize])
                .sum();
            let (a, b) = hosts.network_range(n);
            let total = b - a;
            for (k, share) in [(0, 2), (1, 10)] {
                let needed = if k == 0 {
                    total / share
                } else {
                    total - total / share
                };
                if held >= needed.max(1) && slot[k] == i64::MAX {
                    slot[k] = since;
                }
            }
        }
    }
    out
}

#[test]
fn the_time_to_overrun_a_network_does_not_depend_on_its_size() {
    let small = spreading_tutorial(1);
    let large = spreading_tutorial(10);
    let networks: Vec<usize> = ["serverraum", "rathaus-lan"]
        .iter()
        .map(|id| small.networks().iter().position(|n| n.id == *id).unwrap())
        .collect();
    let medians = |s: &Arc<Scenario>| {
        let runs: Vec<Vec<[i64; 2]>> = (1..=20u64)
            .into_par_iter()
            .map(|seed| takeover(s, seed, &networks))
            .collect();
        (0..networks.len())
            .map(|n| [0, 1].map(|k| median(runs.iter().map(|r| r[n][k]).collect())))
            .collect::<Vec<_>>()
    };
    let (a, b) = (medians(&small), medians(&large));
    println!("hours to 50 % / 90 % held, serverraum and rathaus-lan: {a:?} against {b:?}");
    for (n, (x, y)) in a.iter().zip(&b).enumerate() {
        for k in 0..2 {
            assert!(
                x[k] < i64::MAX && y[k] < i64::MAX,
                "network {n} not overrun: {a:?} {b:?}"
            );
            let diff = (x[k] - y[k]).abs() as f64 / x[k].max(y[k]) as f64;
            assert!(
                diff < 0.25,
                "network {n}, mark {k}: {} h against {} h",
                x[k],
                y[k]
            );
        }
    }
    // The same scenario at both sizes passes the reference run, so the comparison is fair.
    assert_eq!(
        small.systems().iter().map(|x| x.hosts * 10).sum::<u32>(),
        large.systems().iter().map(|x| x.hosts).sum::<u32>()
    );
}
