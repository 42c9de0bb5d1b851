//! A variant that has rejoined its baseline: its outcome without simulating the rest.
//!
//! Once a variant's course hash equals its baseline's at a tick (see [`record::course_hash`]),
//! and the commands still to come are the same, both go on identically. The variant's outcome is
//! then its own record up to that tick joined to the baseline's record after it: sums add the
//! baseline's growth after the tick, peaks take the larger of the variant's so far and the
//! baseline's after the tick, "last tick that was bad" takes the baseline's if it lies after the
//! tick, and the state at the end (breach, deadlines) is the baseline's.

use super::Sim;
use super::outcome::{Outcome, recovered_day};
use super::record;

/// What a run's record adds up to at a tick, beside the running figures in `Stats`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// The tick (the number of steps so far).
    pub tick: u64,
    /// The course hash, taken only where a rejoin is looked for ([`Sim::tally`]).
    pub course: Option<[u8; 32]>,
    pub down_ticks: Vec<u64>,
    /// Each service's backlog now.
    pub backlog: Vec<u64>,
    pub fines_lapsed: u64,
    pub cost_eur: u64,
}

impl Sim {
    /// The record's sums as they stand, and with `course` the course hash.
    pub fn tally(&mut self, course: bool) -> Tally {
        let course = course.then(|| record::course_hash(&mut self.world));
        let (fines_lapsed, cost_eur, backlog) = super::outcome::sums(&mut self.world);
        Tally {
            tick: self.clock().tick,
            course,
            down_ticks: self.stats().down_ticks.clone(),
            backlog,
            fines_lapsed,
            cost_eur,
        }
    }

    /// This variant's outcome, rejoined with `base` at the tick of `at`: `base_end` and `end`
    /// are the baseline's outcome and tally at its end, `after` the baseline's tallies of the
    /// ticks after the rejoin, in order. The state hash stays empty: the variant's own end was
    /// never simulated.
    pub fn rejoined(
        &mut self,
        at: &Tally,
        base_end: &Outcome,
        base: &Sim,
        end: &Tally,
        after: &[Tally],
    ) -> Outcome {
        let mine = self.outcome();
        let r = self.clock().tick;
        let model = self.world.resource::<super::Model>().clone();
        let clock = base.clock();
        let (own, theirs) = (self.stats(), base.stats());
        let later = |t: Option<u64>| t.filter(|&t| t > r);
        let samples = theirs.samples.iter().filter(|s| s.tick > r);
        let mut o = base_end.clone();
        o.state_hash = String::new();
        o.hosts.compromised_peak = samples
            .clone()
            .map(|s| s.compromised)
            .fold(own.compromised_peak, u32::max);
        o.hosts.encrypted_peak = samples
            .map(|s| s.encrypted)
            .fold(own.encrypted_peak, u32::max);
        let tick_len = clock.tick_len.unsigned_abs();
        for (i, s) in o.services.iter_mut().enumerate() {
            let down = own.down_ticks[i] + end.down_ticks[i] - at.down_ticks[i];
            s.down_hours = down * tick_len / 60;
            let last_bad = later(theirs.last_bad_tick[i]).or(own.last_bad_tick[i]);
            s.restored_day = recovered_day(&model, &clock, last_bad);
            s.backlog_peak = after
                .iter()
                .map(|t| t.backlog[i])
                .fold(own.backlog_peak[i], u64::max);
        }
        o.fines_lapsed = mine.fines_lapsed + end.fines_lapsed - at.fines_lapsed;
        o.cost_eur = mine.cost_eur + end.cost_eur - at.cost_eur;
        let abnormal = later(theirs.last_abnormal_tick).or(own.last_abnormal_tick);
        o.normal_operation_day = recovered_day(&model, &clock, abnormal);
        o
    }
}
