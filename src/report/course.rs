//! What a run went through, sampled for the charts: the truth beside the staff's picture of the
//! hosts (shut-down hosts counted as such, not as healthy), and every service's backlog, from
//! control's snapshot at evenly spaced ticks.

use crate::scenario::Scenario;
use crate::sim::Sim;
use crate::sim::snapshot::View;
use crate::time::MINUTES_PER_DAY;

/// At most this many samples per run: enough for any chart width, small enough to print.
pub const MAX_POINTS: u64 = 240;

/// The first minute (since the scenario's start) of the incident's calendar day.
fn incident_midnight(s: &Scenario) -> i64 {
    let m = s.meta();
    let start_of_day = m.start.minute_of_day();
    (m.incident_start + start_of_day).div_euclid(MINUTES_PER_DAY) * MINUTES_PER_DAY - start_of_day
}

/// The exercise day of a minute as a fraction: day n runs from midnight to midnight of the
/// incident's day plus n, as [`Scenario::day_of`] counts (its floor is that day).
pub fn day_at(s: &Scenario, minutes: i64) -> f64 {
    (minutes - incident_midnight(s)) as f64 / MINUTES_PER_DAY as f64
}

/// The minute (since the scenario's start) at a fractional exercise day.
pub fn minute_at(s: &Scenario, day: f64) -> i64 {
    incident_midnight(s) + (day * MINUTES_PER_DAY as f64).round() as i64
}

/// One sampled moment of a run.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    /// Exercise day, as a fraction (day 0 begins at the incident's start day).
    pub day: f64,
    /// The truth: hosts the attacker holds (running or shut down), of them encrypted, and hosts
    /// shut down (whatever is on them).
    pub reached: u32,
    pub encrypted: u32,
    pub offline: u32,
    /// The staff's picture: hosts reported compromised or encrypted and still running, hosts
    /// shut down whose state nobody has checked yet, and hosts being checked.
    pub known_affected: u32,
    pub known_offline: u32,
    pub known_checking: u32,
    pub services_running: u32,
    /// Open cases per service, in the scenario's order.
    pub backlog: Vec<u64>,
}

/// The sampled course of one run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Course {
    pub points: Vec<Point>,
}

impl Course {
    /// Samples every `stride`-th tick of a run that will last `ticks`.
    pub fn stride(ticks: u64) -> u64 {
        ticks.div_ceil(MAX_POINTS).max(1)
    }

    /// Takes a sample of `sim` where it stands.
    pub fn sample(&mut self, sim: &mut Sim) {
        let snapshot = sim.snapshot(View::Control);
        let s = sim.scenario();
        let day = day_at(s, sim.clock().now);
        let (reached, encrypted) = sim
            .stats()
            .samples
            .last()
            .map_or((0, 0), |x| (x.compromised, x.encrypted));
        let sum = |f: &dyn Fn(&crate::sim::snapshot::NetworkView) -> u32| {
            snapshot.networks.iter().map(f).sum::<u32>()
        };
        self.points.push(Point {
            day,
            reached,
            encrypted,
            offline: sum(&|n| n.truth.map_or(0, |t| t.offline)),
            known_affected: sum(&|n| n.known.compromised + n.known.encrypted),
            known_offline: sum(&|n| n.known.offline),
            known_checking: sum(&|n| n.known.checking),
            services_running: snapshot
                .services
                .iter()
                .filter(|v| v.status.running())
                .count() as u32,
            // The snapshot lists services by id; the charts want the scenario's order.
            backlog: s
                .services()
                .iter()
                .map(|svc| {
                    snapshot
                        .services
                        .iter()
                        .find(|v| v.id == svc.id)
                        .map_or(0, |v| v.backlog)
                })
                .collect(),
        });
    }
}
