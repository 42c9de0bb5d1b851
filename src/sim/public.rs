//! Organisational decisions that act on the world: offices closed, the public informed, mutual
//! aid for a period, and what a notified organisation brings.
//!
//! - Closing an organisation's offices cuts the intake of its counter services (`intake:
//!   counter`) by the decision's share for its period; the cut cases are not lost but arrive
//!   after the period, spread evenly over a span as long as the period.
//! - Informing the public cuts the intake of phone services (`intake: phone`) by its `phone`
//!   share for its period (those calls are not made), and an inject's fraud surge delivered
//!   meanwhile adds only `1 − fraud` of its cases.
//! - Mutual aid adds its capacity for its period only and costs `cost_per_day` while it runs
//!   (into the actions' cost figure).
//! - The first notification of an organisation brings what its `on_notice` declares, each after
//!   its delay: forensics, a warning that delivers an inject (unless already delivered), and the
//!   teams whose availability is `notified` by it.
//!
//! Every share is a chance per million, every split an integer with its remainder carried, so a
//! run stays deterministic and nothing is lost to rounding.

use bevy_ecs::prelude::*;

use super::Entities;
use super::Model;
use super::actions::ActionRecord;
use super::clock::Clock;
use super::record::{FactKind, Timeline};
use super::services::ServiceState;
use crate::scenario::model::{
    Chance, InjectIdx, Intake, Minutes, Notice, OrgIdx, ServiceIdx, Surge,
};
use crate::time::MINUTES_PER_DAY;

const MILLION: u64 = Chance::SCALE as u64;

/// Offices of an organisation closed for a period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub organisation: OrgIdx,
    /// The period ends here; the deferred cases arrive from here over `period`.
    pub until: Minutes,
    pub period: Minutes,
    pub share: Chance,
    /// Per service: counter cases cut while closed, and those of them arrived since.
    pub deferred: Vec<u64>,
    pub released: Vec<u64>,
}

/// The public informed for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Informed {
    pub until: Minutes,
    pub phone: Chance,
    pub fraud: Chance,
}

/// Mutual aid running for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Aid {
    pub service: ServiceIdx,
    pub per_day: u32,
    pub until: Minutes,
    pub cost_per_day: u32,
}

/// Forensics a notified organisation brings, due at `due`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PendingForensics {
    pub due: Minutes,
    pub organisation: OrgIdx,
}

/// Everything here that changes during a run.
#[derive(Resource, Debug, Clone, Default, PartialEq, Eq)]
pub struct Public {
    pub closures: Vec<Closure>,
    pub informed: Vec<Informed>,
    pub aid: Vec<Aid>,
    /// Per organisation: when it was first notified.
    pub notified: Vec<Option<Minutes>>,
    /// Forensics brought by notices, not yet in effect, in order of notice.
    pub forensics: Vec<PendingForensics>,
    /// Per inject: from when a warning delivers it (the earliest warning).
    pub warned: Vec<Option<Minutes>>,
    /// Per service: remainders (millionths of a case) of the counter and phone cuts.
    counter_carry: Vec<u64>,
    phone_carry: Vec<u64>,
    /// Remainder (euro-minutes) of the aid cost.
    cost_carry: u64,
}

impl Public {
    pub fn new(model: &Model) -> Public {
        let services = model.services().len();
        Public {
            notified: vec![None; model.organisations().len()],
            warned: vec![None; model.injects().len()],
            counter_carry: vec![0; services],
            phone_carry: vec![0; services],
            ..Public::default()
        }
    }

    /// The public is informed at `now`: the largest phone and fraud shares of the periods
    /// running.
    fn informed_now(&self, now: Minutes) -> Option<(Chance, Chance)> {
        self.informed
            .iter()
            .filter(|i| now < i.until)
            .fold(None, |acc, i| {
                let (p, f) = acc.unwrap_or((Chance(0), Chance(0)));
                Some((p.max(i.phone), f.max(i.fraud)))
            })
    }

    /// Whether the public is informed at `now`.
    pub fn is_informed(&self, now: Minutes) -> bool {
        self.informed_now(now).is_some()
    }

    /// This tick's intake of a service from its `arrivals` without any decision: counter cases
    /// cut while its organisation's offices are closed (and deferred), phone cases cut while the
    /// public is informed, deferred cases arriving after a closure.
    pub fn intake(
        &mut self,
        model: &Model,
        service: ServiceIdx,
        arrivals: u32,
        clock: &Clock,
    ) -> u32 {
        let spec = &model.services()[service.index()];
        let s = service.index();
        let now = clock.now;
        let mut cases = u64::from(arrivals);
        match spec.intake {
            Intake::Counter => {
                // Overlapping closures: the largest share cuts, the cut cases wait for the
                // closure that ends last.
                let open = self
                    .closures
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| c.organisation == spec.organisation && now < c.until)
                    .fold(None::<(usize, Chance, Minutes)>, |acc, (i, c)| match acc {
                        Some((j, share, until)) => Some((
                            if c.until > until { i } else { j },
                            share.max(c.share),
                            until.max(c.until),
                        )),
                        None => Some((i, c.share, c.until)),
                    });
                if let Some((i, share, _)) = open {
                    let cut = cut(cases, share, &mut self.counter_carry[s]);
                    cases -= cut;
                    self.closures[i].deferred[s] += cut;
                }
            }
            Intake::Phone => {
                if let Some((phone, _)) = self.informed_now(now) {
                    cases -= cut(cases, phone, &mut self.phone_carry[s]);
                }
            }
            Intake::Written | Intake::Internal => {}
        }
        // Deferred cases arrive evenly over the span after the closure, one tick's share a tick.
        for c in &mut self.closures {
            if now < c.until || c.released[s] >= c.deferred[s] {
                continue;
            }
            let elapsed = (now - c.until + clock.tick_len).clamp(0, c.period);
            let due = c.deferred[s] * elapsed.unsigned_abs() / c.period.unsigned_abs().max(1);
            cases += due.saturating_sub(c.released[s]);
            c.released[s] = c.released[s].max(due);
        }
        u32::try_from(cases).unwrap_or(u32::MAX)
    }

    /// The cases a surge adds now: a fraud surge while the public is informed loses its
    /// `fraud` share.
    pub fn surge_cases(&self, surge: Surge, now: Minutes) -> u32 {
        let fraud = match self.informed_now(now) {
            Some((_, fraud)) if surge.fraud => u64::from(fraud.0),
            _ => 0,
        };
        let kept = u64::from(surge.cases) * (MILLION - fraud.min(MILLION)) / MILLION;
        u32::try_from(kept).unwrap_or(u32::MAX)
    }

    /// Whether a warning delivers the inject at `now`.
    pub fn warned(&self, inject: InjectIdx, now: Minutes) -> bool {
        self.warned
            .get(inject.index())
            .copied()
            .flatten()
            .is_some_and(|at| now >= at)
    }

    /// The canonical encoding of everything here, for the state hash. For the course hash
    /// (`course`: the minute now, and per organisation whether a rule still reads when it was
    /// notified) it leaves out what no rule reads any more: periods that are over (a closure
    /// once its deferred cases have all arrived), notification times nobody waits for (only
    /// that it happened), and the remainder of the aid cost.
    pub fn hash_into(&self, out: &mut Vec<u8>, course: Option<(Minutes, &[bool])>) {
        let now = course.map(|(now, _)| now);
        let over = |until: Minutes| now.is_some_and(|now| now >= until);
        for c in &self.closures {
            if over(c.until) && c.released.iter().zip(&c.deferred).all(|(r, d)| r >= d) {
                continue;
            }
            out.extend_from_slice(&c.organisation.0.to_le_bytes());
            out.extend_from_slice(&c.until.to_le_bytes());
            out.extend_from_slice(&c.period.to_le_bytes());
            out.extend_from_slice(&c.share.0.to_le_bytes());
            for (d, r) in c.deferred.iter().zip(&c.released) {
                out.extend_from_slice(&d.to_le_bytes());
                out.extend_from_slice(&r.to_le_bytes());
            }
        }
        out.push(0xff);
        for i in self.informed.iter().filter(|i| !over(i.until)) {
            out.extend_from_slice(&i.until.to_le_bytes());
            out.extend_from_slice(&i.phone.0.to_le_bytes());
            out.extend_from_slice(&i.fraud.0.to_le_bytes());
        }
        out.push(0xff);
        for a in &self.aid {
            out.extend_from_slice(&a.service.0.to_le_bytes());
            out.extend_from_slice(&a.per_day.to_le_bytes());
            out.extend_from_slice(&a.until.to_le_bytes());
            out.extend_from_slice(&a.cost_per_day.to_le_bytes());
        }
        out.push(0xff);
        for (o, t) in self.notified.iter().enumerate() {
            let read = course.is_none_or(|(_, read)| read.get(o).copied().unwrap_or(true));
            let t = match t {
                Some(_) if !read => Some(i64::MAX),
                t => *t,
            };
            out.extend_from_slice(&t.unwrap_or(i64::MIN).to_le_bytes());
        }
        for t in &self.warned {
            out.extend_from_slice(&t.unwrap_or(i64::MIN).to_le_bytes());
        }
        for f in &self.forensics {
            out.extend_from_slice(&f.due.to_le_bytes());
            out.extend_from_slice(&f.organisation.0.to_le_bytes());
        }
        out.push(0xff);
        for c in self.counter_carry.iter().chain(&self.phone_carry) {
            out.extend_from_slice(&c.to_le_bytes());
        }
        if course.is_none() {
            out.extend_from_slice(&self.cost_carry.to_le_bytes());
        }
    }
}

/// `share` of `cases`, whole cases, the remainder carried to the next tick.
fn cut(cases: u64, share: Chance, carry: &mut u64) -> u64 {
    *carry += cases * u64::from(share.0);
    let whole = (*carry / MILLION).min(cases);
    *carry -= whole * MILLION;
    whole
}

/// `close_offices`: the organisation's counter intake is cut by `share` for `period`.
pub fn close_offices(
    world: &mut World,
    organisation: OrgIdx,
    share: Chance,
    period: Minutes,
    clock: &Clock,
) {
    let services = world.resource::<Model>().services().len();
    world.resource_mut::<Public>().closures.push(Closure {
        organisation,
        until: clock.now + period,
        period,
        share,
        deferred: vec![0; services],
        released: vec![0; services],
    });
    world
        .resource_mut::<Timeline>()
        .staff(clock, FactKind::OfficesClosed(organisation));
}

/// `inform_public`: phone intake and fraud surges cut for `period`.
pub fn inform_public(
    world: &mut World,
    phone: Chance,
    fraud: Chance,
    period: Minutes,
    clock: &Clock,
) {
    world.resource_mut::<Public>().informed.push(Informed {
        until: clock.now + period,
        phone,
        fraud,
    });
    world
        .resource_mut::<Timeline>()
        .staff(clock, FactKind::PublicInformed);
}

/// `mutual_aid`: capacity for `period`, at a cost per day while it runs.
pub fn mutual_aid(
    world: &mut World,
    service: ServiceIdx,
    per_day: u32,
    period: Minutes,
    cost_per_day: u32,
    clock: &Clock,
) {
    let entity = world.resource::<Entities>().services[service.index()];
    if let Some(mut state) = world.get_mut::<ServiceState>(entity) {
        state.aid_per_day = state.aid_per_day.saturating_add(per_day);
    }
    world.resource_mut::<Public>().aid.push(Aid {
        service,
        per_day,
        until: clock.now + period,
        cost_per_day,
    });
}

/// `notify`: the first notification of an organisation brings what its `on_notice` declares.
pub fn notify(world: &mut World, organisation: OrgIdx, clock: &Clock) {
    world
        .resource_mut::<Timeline>()
        .staff(clock, FactKind::Notified(organisation));
    let model = world.resource::<Model>().clone();
    let mut public = world.resource_mut::<Public>();
    let Some(slot) = public.notified.get_mut(organisation.index()) else {
        return;
    };
    if slot.is_some() {
        return;
    }
    *slot = Some(clock.now);
    for notice in &model.organisations()[organisation.index()].on_notice {
        match *notice {
            Notice::Forensics { delay } => public.forensics.push(PendingForensics {
                due: clock.now + delay,
                organisation,
            }),
            Notice::Warning { inject, delay } => {
                if let Some(w) = public.warned.get_mut(inject.index()) {
                    let at = clock.now + delay;
                    *w = Some(w.map_or(at, |t| t.min(at)));
                }
            }
        }
    }
}

/// Forensics brought by notices take effect when due (decisions phase, after the actions).
pub fn due_notices(world: &mut World, clock: &Clock) {
    let due: Vec<PendingForensics> = {
        let mut public = world.resource_mut::<Public>();
        if public.forensics.iter().all(|f| f.due > clock.now) {
            return;
        }
        let (due, later) = public.forensics.iter().partition(|f| f.due <= clock.now);
        public.forensics = later;
        due
    };
    for _ in due {
        super::actions::forensics(world, clock);
    }
}

/// Demand phase, before serving: mutual aid whose period is over ends; running aid costs its
/// day rate for this tick.
pub fn run_aid(
    clock: Res<Clock>,
    entities: Res<Entities>,
    mut public: ResMut<Public>,
    mut record: ResMut<ActionRecord>,
    mut services: Query<&mut ServiceState>,
) {
    if public.aid.is_empty() {
        return;
    }
    let now = clock.now;
    let mut cost = 0u64;
    for a in &public.aid {
        if now >= a.until {
            if let Ok(mut state) = services.get_mut(entities.services[a.service.index()]) {
                state.aid_per_day = state.aid_per_day.saturating_sub(a.per_day);
            }
        } else {
            cost += u64::from(a.cost_per_day) * clock.tick_len.unsigned_abs();
        }
    }
    public.aid.retain(|a| now < a.until);
    public.cost_carry += cost;
    let day = MINUTES_PER_DAY.unsigned_abs();
    record.cost_eur += public.cost_carry / day;
    public.cost_carry %= day;
}
