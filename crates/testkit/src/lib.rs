//! Deterministic generators shared by Ward's tests and benchmarks: the same seed gives
//! the same sequence on every machine, so a failing mutation test can be replayed and
//! two benchmark runs see the same data. Not for anything secret (keys come from
//! `ward_crypto`).
#![forbid(unsafe_code)]

/// Marsaglia's xorshift64 (shifts 13, 7, 17). The seed must not be 0.
#[derive(Clone, Debug)]
pub struct XorShift(u64);

impl XorShift {
    pub fn new(seed: u64) -> Self {
        Self(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sequence_is_xorshift64() {
        let mut r = XorShift::new(1);
        // 1 → 1 ^ 1<<13 = 8193; ^ >>7 = 8193 ^ 64 = 8257; ^ <<17.
        assert_eq!(r.next_u64(), 8257 ^ (8257 << 17));
        let mut a = XorShift::new(42);
        let mut b = XorShift::new(42);
        assert!((0..100).all(|_| a.below(7) == b.below(7)));
        assert!((0..100).all(|_| a.below(7) < 7));
    }
}
