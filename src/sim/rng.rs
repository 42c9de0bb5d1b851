//! The world's one source of chance: a seeded ChaCha8 stream.
//!
//! Draws are integers only (chances per million, uniform indices by Lemire's method), so a run
//! depends on nothing but the seed and the order of draws: no floats, no platform maths.

use bevy_ecs::prelude::Resource;
use rand_chacha::ChaCha8Rng;
use rand_core::{Rng, SeedableRng};

use crate::scenario::model::Chance;

#[derive(Resource, Clone)]
pub struct SimRng(ChaCha8Rng);

impl SimRng {
    pub fn new(seed: u64) -> SimRng {
        SimRng(ChaCha8Rng::seed_from_u64(seed))
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
            let product = u64::from(self.0.next_u32()) * u64::from(n);
            let low = product as u32; // the low half
            if low >= threshold {
                return (product >> 32) as u32;
            }
        }
    }

    /// Where the stream stands, for the state hash.
    pub fn position(&self) -> u128 {
        self.0.get_word_pos()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_draws() {
        let mut a = SimRng::new(7);
        let mut b = SimRng::new(7);
        let xs: Vec<u32> = (0..100).map(|_| a.below(1000)).collect();
        let ys: Vec<u32> = (0..100).map(|_| b.below(1000)).collect();
        assert_eq!(xs, ys);
        assert!(xs.iter().all(|&x| x < 1000));
        assert_ne!(
            xs,
            (0..100)
                .map(|_| SimRng::new(8).below(1000))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn chances_are_roughly_right() {
        let mut rng = SimRng::new(1);
        let hits = (0..100_000).filter(|_| rng.chance(Chance(250_000))).count();
        assert!((23_500..26_500).contains(&hits), "{hits}");
        assert!(!rng.chance(Chance(0)));
        assert!(rng.chance(Chance(Chance::SCALE)));
    }
}
