//! The world's chance: common random numbers from a counter-based generator.
//!
//! Every draw is keyed by what it is for: the run's seed, the tick, a [`Purpose`] and the entity
//! it concerns (a host, a stage). The key goes through Philox4x32-10 (Salmon et al., "Parallel
//! random numbers: as easy as 1, 2, 3", 2011; Random123's known answers are tested below), so a
//! draw does not depend on how many draws came before it. Two runs that differ in one decision
//! therefore share every draw that decision does not touch: a comparison of the two carries only
//! the decision's effect, not the noise of two independent streams. It also lets the engine skip
//! hosts that cannot change anything without shifting anybody else's draws.
//!
//! Draws are integers only (chances per million, uniform indices by Lemire's method): no
//! floats, no platform maths.

use bevy_ecs::prelude::Resource;

use crate::scenario::model::Chance;

/// What a draw is for; part of its key. The numbers are part of the engine's results: never
/// renumber.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Purpose {
    /// The attacker's next stage (entity: the stage's index).
    Stage = 1,
    /// A held host's contact attempts (entity: the host).
    Spread = 2,
    /// A held host is encrypted (entity: the host).
    Encrypt = 3,
    /// Security tools raise an alarm, and on which host (entity: the stage's index).
    Alarm = 4,
    /// How long a team's job on a host takes (entity: the host).
    WorkTime = 5,
    /// A host brought back is taken again (entity: the host).
    Reinfection = 6,
}

/// The run's seed: the one key of every draw.
#[derive(Resource, Debug, Clone, Copy, PartialEq, Eq)]
pub struct SimRng {
    seed: u64,
}

impl SimRng {
    pub fn new(seed: u64) -> SimRng {
        SimRng { seed }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The draws for `purpose` and `entity` in `tick`: a stream of its own, the same in every
    /// run with this seed.
    pub fn stream(&self, tick: u64, purpose: Purpose, entity: u32) -> Draws {
        Draws {
            key: [self.seed as u32, (self.seed >> 32) as u32],
            counter: [
                0,
                tick as u32,
                entity,
                u32::from(purpose as u8) | (((tick >> 32) as u32) << 8),
            ],
            buffer: [0; 4],
            used: 4,
        }
    }
}

/// One keyed stream of draws (see [`SimRng::stream`]). Its first word counts Philox blocks.
#[derive(Debug, Clone)]
pub struct Draws {
    key: [u32; 2],
    counter: [u32; 4],
    buffer: [u32; 4],
    used: u8,
}

impl Draws {
    fn next_u32(&mut self) -> u32 {
        if self.used == 4 {
            self.buffer = philox4x32_10(self.counter, self.key);
            self.counter[0] = self.counter[0].wrapping_add(1);
            self.used = 0;
        }
        let word = self.buffer[usize::from(self.used)];
        self.used += 1;
        word
    }

    /// True with the given chance per million.
    pub fn chance(&mut self, chance: Chance) -> bool {
        match chance.0 {
            0 => false,
            c if c >= Chance::SCALE => true,
            c => self.below(Chance::SCALE) < c,
        }
    }

    /// A uniform integer in `0..n` (0 if `n` is 0), unbiased.
    pub fn below(&mut self, n: u32) -> u32 {
        if n == 0 {
            return 0;
        }
        // Lemire's multiply-and-reject: unbiased, one draw in the common case.
        let threshold = n.wrapping_neg() % n;
        loop {
            let product = u64::from(self.next_u32()) * u64::from(n);
            let low = product as u32; // the low half
            if low >= threshold {
                return (product >> 32) as u32;
            }
        }
    }
}

/// Philox4x32 with 10 rounds: a bijection of the 128-bit counter under the 64-bit key.
pub fn philox4x32_10(mut counter: [u32; 4], mut key: [u32; 2]) -> [u32; 4] {
    const M0: u64 = 0xD251_1F53;
    const M1: u64 = 0xCD9E_8D57;
    const W0: u32 = 0x9E37_79B9;
    const W1: u32 = 0xBB67_AE85;
    for round in 0..10 {
        if round > 0 {
            key[0] = key[0].wrapping_add(W0);
            key[1] = key[1].wrapping_add(W1);
        }
        let p0 = M0 * u64::from(counter[0]);
        let p1 = M1 * u64::from(counter[2]);
        counter = [
            (p1 >> 32) as u32 ^ counter[1] ^ key[0],
            p1 as u32,
            (p0 >> 32) as u32 ^ counter[3] ^ key[1],
            p0 as u32,
        ];
    }
    counter
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Random123's published known answers (its `kat_vectors`).
    #[test]
    fn philox_known_answers() {
        assert_eq!(
            philox4x32_10([0; 4], [0; 2]),
            [0x6627_e8d5, 0xe169_c58d, 0xbc57_ac4c, 0x9b00_dbd8]
        );
        assert_eq!(
            philox4x32_10([u32::MAX; 4], [u32::MAX; 2]),
            [0x408f_276d, 0x41c8_3b0e, 0xa20b_c7c6, 0x6d54_51fd]
        );
        assert_eq!(
            philox4x32_10(
                [0x243f_6a88, 0x85a3_08d3, 0x1319_8a2e, 0x0370_7344],
                [0xa409_3822, 0x299f_31d0]
            ),
            [0xd16c_fe09, 0x94fd_cceb, 0x5001_e420, 0x2412_6ea1]
        );
    }

    #[test]
    fn a_draw_depends_on_its_key_not_on_other_draws() {
        let rng = SimRng::new(7);
        let first: Vec<u32> = {
            let mut s = rng.stream(3, Purpose::Spread, 11);
            (0..10).map(|_| s.below(1000)).collect()
        };
        // Drawing other streams in between changes nothing.
        let _ = rng.stream(3, Purpose::Spread, 12).below(1000);
        let _ = rng.stream(2, Purpose::Encrypt, 11).below(1000);
        let mut again = rng.stream(3, Purpose::Spread, 11);
        assert_eq!(
            first,
            (0..10).map(|_| again.below(1000)).collect::<Vec<_>>()
        );
        assert!(first.iter().all(|&x| x < 1000));
        // Every part of the key matters.
        let other = |mut s: Draws| (0..10).map(|_| s.below(1000)).collect::<Vec<_>>();
        assert_ne!(first, other(SimRng::new(8).stream(3, Purpose::Spread, 11)));
        assert_ne!(first, other(rng.stream(4, Purpose::Spread, 11)));
        assert_ne!(first, other(rng.stream(3, Purpose::Encrypt, 11)));
        assert_ne!(first, other(rng.stream(3, Purpose::Spread, 10)));
        assert_ne!(
            first,
            other(rng.stream(3 + (1 << 32), Purpose::Spread, 11)),
            "high tick bits"
        );
    }

    #[test]
    fn chances_are_roughly_right() {
        let rng = SimRng::new(1);
        // One draw per key, as the engine mostly draws.
        let hits = (0..100_000u32)
            .filter(|&h| rng.stream(5, Purpose::Encrypt, h).chance(Chance(250_000)))
            .count();
        assert!((23_500..26_500).contains(&hits), "{hits}");
        let mut s = rng.stream(0, Purpose::Stage, 0);
        assert!(!s.chance(Chance(0)));
        assert!(s.chance(Chance(Chance::SCALE)));
        // Many draws from one stream.
        let hits = (0..100_000).filter(|_| s.chance(Chance(250_000))).count();
        assert!((23_500..26_500).contains(&hits), "{hits}");
    }

    #[test]
    fn uniform_indices_cover_their_range_evenly() {
        let rng = SimRng::new(3);
        let mut counts = [0u32; 7];
        for h in 0..70_000 {
            counts[rng.stream(9, Purpose::Alarm, h).below(7) as usize] += 1;
        }
        assert!(
            counts.iter().all(|&c| (9_400..10_600).contains(&c)),
            "{counts:?}"
        );
    }
}
