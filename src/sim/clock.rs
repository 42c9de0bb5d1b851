//! Exercise time inside the world.

use bevy_ecs::prelude::*;

use crate::scenario::model::Minutes;

/// The world's clock: tick `n` covers exercise time up to `n × tick_len` minutes after `start`.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    pub tick: u64,
    /// Minutes since the scenario's start.
    pub now: Minutes,
    pub tick_len: Minutes,
    /// The scenario's end, in minutes since start.
    pub end: Minutes,
}

impl Clock {
    pub fn finished(&self) -> bool {
        self.now >= self.end
    }

    /// The minute at which the current tick ends and the world steps next.
    pub fn next_boundary(&self) -> Minutes {
        (self.tick as i64 + 1) * self.tick_len
    }

    /// Spreads a per-day amount over ticks without losing remainders: `carry` keeps them.
    pub fn per_tick(&self, per_day: u32, carry: &mut u64) -> u32 {
        let day = crate::time::MINUTES_PER_DAY as u64;
        *carry += u64::from(per_day) * self.tick_len as u64;
        let whole = *carry / day;
        *carry %= day;
        u32::try_from(whole).unwrap_or(u32::MAX)
    }
}

/// Phase 1: time moves on by one tick.
pub fn advance_clock(mut clock: ResMut<Clock>) {
    clock.tick += 1;
    // Minutes waited inside the tick are part of it: the step lands on its end.
    clock.now = clock.tick as i64 * clock.tick_len;
}
