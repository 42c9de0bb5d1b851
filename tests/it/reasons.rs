//! Why: reason chains and projected returns, as control and as the staff see them.

use std::sync::Arc;

use krisenstab::run::{self, Mode};
use krisenstab::scenario::{self, Scenario};
use krisenstab::sim::reasons::{Chain, Link, Subject};
use krisenstab::sim::snapshot::View;
use krisenstab::time::WallClock;

fn builtin(name: &str) -> Arc<Scenario> {
    Arc::new(scenario::parse(scenario::builtin(name).unwrap()).unwrap())
}

fn tick_at(s: &Scenario, at: &str) -> u64 {
    let minutes = WallClock::parse(at).unwrap().minutes_since(s.meta().start);
    u64::try_from(minutes.div_euclid(s.meta().tick)).unwrap()
}

fn service_chain<'a>(chains: &'a [Chain], id: &str) -> Option<&'a Chain> {
    chains
        .iter()
        .find(|c| matches!(&c.subject, Subject::Service(s) if s == id))
}

#[test]
fn control_projects_each_return_within_three_days() {
    // From the day after the last decision that touches a service (the Bundeswehr's help on
    // 1 Dec 2021), no decision changes what comes back: the projection must hold.
    let s = builtin("westmecklenburg");
    let history = Mode::Historical.commands(&s);
    let per_day = 24 * 60 / s.meta().tick as u64;
    let from = tick_at(&s, "2021-12-02 03:00");
    let mut errors: Vec<i64> = Vec::new();
    let mut checked = 0;
    for seed in 1..=5 {
        let actual = run::run(Arc::clone(&s), seed, &history, None).sim.outcome();
        let mut tick = from;
        loop {
            let mut at = run::run(Arc::clone(&s), seed, &history, Some(tick));
            let down: Vec<usize> = at
                .sim
                .snapshot(View::Control)
                .services
                .iter()
                .enumerate()
                .filter(|(_, sv)| !sv.status.running())
                .map(|(i, _)| i)
                .collect();
            if down.is_empty() {
                break;
            }
            let projected = at.sim.projection(View::Control);
            for i in down {
                let (p, a) = (projected[i], actual.services[i].restored_day);
                errors.push(match (p, a) {
                    (Some(p), Some(a)) => (p - a).abs(),
                    (None, None) => 0,
                    _ => i64::MAX,
                });
                checked += 1;
            }
            tick += per_day;
        }
    }
    assert!(checked > 0, "nothing was still down after 1 Dec");
    errors.sort_unstable();
    let median = errors[errors.len() / 2];
    assert!(
        median <= 3,
        "projection off by {median} days (median of {checked})"
    );
}

#[test]
fn before_the_deciding_decision_the_chain_names_it_instead_of_a_date() {
    // Five days in, nobody has decided to reconnect to the state network yet: Kfz waits for it.
    let s = builtin("westmecklenburg");
    let history = Mode::Historical.commands(&s);
    let mut early = run::run(
        Arc::clone(&s),
        1,
        &history,
        Some(tick_at(&s, "2021-10-20 08:00")),
    );
    for view in [View::Control, View::Staff] {
        let chains = early.sim.reasons(view);
        let kfz = service_chain(&chains, "kfz-zulassung").unwrap();
        assert!(kfz.undecided(), "{view:?}: {kfz:?}");
        assert!(
            kfz.links.iter().any(|l| matches!(l, Link::NotDecided { action, .. } if action == "landesnetz-wiederanschluss")),
            "{view:?}: {kfz:?}"
        );
    }
    // Once it is decided (27 Oct), the chain holds no undecided link for Kfz any more.
    let mut later = run::run(
        Arc::clone(&s),
        1,
        &history,
        Some(tick_at(&s, "2021-10-28 08:00")),
    );
    let chains = later.sim.reasons(View::Control);
    let kfz = service_chain(&chains, "kfz-zulassung").unwrap();
    assert!(!kfz.undecided(), "{kfz:?}");
}

#[test]
fn a_truth_the_staff_has_not_seen_moves_only_controls_projection() {
    // Two weeks in, pick a specialist application the attacker reached on most of its hosts
    // (so that it cannot serve before they are back) and no team has touched yet, and make its
    // backup lost: a truth nobody has seen.
    let text = scenario::builtin("westmecklenburg").unwrap();
    let s = builtin("westmecklenburg");
    let history = Mode::Historical.commands(&s);
    let at = tick_at(&s, "2021-10-30 08:00");
    let mut base = run::run(Arc::clone(&s), 1, &history, Some(at));
    let unseen: Vec<String> = base
        .sim
        .snapshot(View::Staff)
        .backups
        .into_iter()
        .filter(|b| !b.seen)
        .map(|b| b.system)
        .collect();
    let chains = base.sim.reasons(View::Control);
    let (system, service) = chains
        .iter()
        .find_map(|c| {
            let Subject::Service(service) = &c.subject else {
                return None;
            };
            c.links.iter().find_map(|l| match l {
                Link::System {
                    id,
                    total,
                    encrypted,
                    compromised,
                    ..
                } if (encrypted + compromised) * 2 > *total
                    && id.starts_with("fv-")
                    && unseen.contains(id) =>
                {
                    Some((id.clone(), service.clone()))
                }
                _ => None,
            })
        })
        .expect("a reached application no team has seen");
    let from = format!("System(id: \"{system}\", ");
    assert_eq!(text.matches(&from).count(), 1);
    let lost =
        Arc::new(scenario::parse(&text.replace(&from, &format!("{from}backup: lost, "))).unwrap());
    let lost_run = run::run(Arc::clone(&lost), 1, &history, Some(at));
    let i = s.services().iter().position(|x| x.id == service).unwrap();
    let staff = (
        base.sim.projection(View::Staff)[i],
        lost_run.sim.projection(View::Staff)[i],
    );
    let control = (
        base.sim.projection(View::Control)[i],
        lost_run.sim.projection(View::Control)[i],
    );
    assert_eq!(staff.0, staff.1, "{service}: the staff's projection moved");
    assert!(
        control.1 > control.0,
        "{service}: control's did not: {control:?}"
    );
}

#[test]
fn the_staffs_chains_read_only_the_staffs_picture() {
    // In the first night the attacker holds hosts nobody has reported yet: control's chains may
    // count them, the staff's count only what was reported.
    let s = builtin("westmecklenburg");
    let mut run = run::run(
        Arc::clone(&s),
        1,
        &[],
        Some(tick_at(&s, "2021-10-15 07:00")),
    );
    let hit = |chains: &[Chain]| -> u32 {
        chains
            .iter()
            .flat_map(|c| &c.links)
            .map(|l| match l {
                Link::System {
                    encrypted,
                    compromised,
                    ..
                } => encrypted + compromised,
                _ => 0,
            })
            .sum()
    };
    let (control, staff) = (run.sim.reasons(View::Control), run.sim.reasons(View::Staff));
    assert!(
        hit(&control) > hit(&staff),
        "control {} staff {}",
        hit(&control),
        hit(&staff)
    );
}

#[test]
fn every_service_down_in_a_passive_run_has_a_reason_in_json() {
    let o = super::krisenstab(&["run", "westmecklenburg", "--passive", "--json"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let mut never = 0;
    for service in v["services"].as_array().unwrap() {
        if service["restored_day"].is_null() {
            never += 1;
            let id = service["id"].as_str().unwrap();
            let reason = v["reason"][id]
                .as_array()
                .unwrap_or_else(|| panic!("{id}: no reason"));
            assert!(reason.len() >= 2, "{id}: {reason:?}");
        }
    }
    assert!(
        never >= 10,
        "only {never} services never back in a passive run"
    );
    assert!(v["held_longest"]["kfz-zulassung"]["days"].as_u64().unwrap() > 100);
}
