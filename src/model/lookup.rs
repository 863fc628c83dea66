//! The weights by feature hash, for the model's lookups.

use super::*;

/// Feature hashes are already uniform: hash them again for nothing.
#[derive(Default)]
pub(super) struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

pub(super) type Table = HashMap<u64, f32, BuildHasherDefault<IdHasher>>;

/// The weights by feature hash, for lookups: open addressing over one
/// flat array of 16-bit slots, each 8 bits of the hash as a fingerprint
/// and the weight in 127ths of the largest, so the table of 50,000
/// n-grams takes 256 KiB and stays within the core's cache: the lookups,
/// not the arithmetic, are what the model costs. The table is at most
/// half full, so a miss ends at an empty slot within a probe or two, in
/// the same cache line.
#[derive(Clone, Debug, Default)]
pub(super) struct Lookup {
    shift: u32,
    /// The weight of one unit of a slot's low byte.
    unit: f32,
    slots: Vec<u16>,
}

impl Lookup {
    pub(super) fn new(weights: &Table) -> Lookup {
        let bits =
            (weights.len() * 2).max(16).next_power_of_two().trailing_zeros();
        let top = weights.values().fold(0f32, |m, w| m.max(w.abs()));
        let unit = if top > 0.0 { top / 127.0 } else { 1.0 };
        let mut t =
            Lookup { shift: 64 - bits, unit, slots: vec![0; 1 << bits] };
        let mut keys: Vec<(&u64, &f32)> = weights.iter().collect();
        // Inserted in a fixed order, so the layout is the same each time.
        keys.sort_unstable_by_key(|(h, _)| **h);
        let mask = t.slots.len() - 1;
        for (h, w) in keys {
            let (mut i, fp) = t.slot(*h);
            while t.slots[i] != 0 && t.slots[i] >> 8 != fp {
                i = (i + 1) & mask;
            }
            let q = (w / unit).round().clamp(-127.0, 127.0) as i8;
            t.slots[i] = (fp << 8) | u16::from(q as u8);
        }
        t
    }

    /// The first slot and the fingerprint (never 0, the empty mark).
    fn slot(&self, h: u64) -> (usize, u16) {
        let i = (h.wrapping_mul(0x9e3779b97f4a7c15) >> self.shift) as usize;
        (i, (((h >> 40) as u16) & 0xff) | 1)
    }

    pub(super) fn get(&self, h: u64) -> Option<f32> {
        if self.slots.is_empty() {
            return None;
        }
        let (mut i, fp) = self.slot(h);
        let mask = self.slots.len() - 1;
        loop {
            match self.slots[i] {
                0 => return None,
                s if s >> 8 == fp => {
                    return Some(f32::from(s as u8 as i8) * self.unit)
                }
                _ => i = (i + 1) & mask,
            }
        }
    }
}
