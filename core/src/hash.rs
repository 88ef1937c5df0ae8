//! Hash functions with CPython's numeric hashing (so `hash(1) == hash(1.0) == hash(True)`)
//! and CPython's tuple and frozenset combiners (so set iteration order matches).

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

/// The modulus of numeric hashes: 2**61 - 1.
pub const MODULUS: u64 = (1u64 << 61) - 1;
pub const HASH_INF: i64 = 314159;

/// Hash of a str. CPython randomises str hashes per process, so any good hash is faithful.
pub fn hash_str(s: &str) -> i64 {
    hash_bytes(s.as_bytes())
}

/// Hash of bytes (equal to the hash of the same ASCII str, as in CPython).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        // CPython hashes the empty string and empty bytes to 0.
        return 0;
    }
    // FNV-1a variant folded with a multiply; fast and well distributed for short keys.
    let mut h: u64 = 0xcbf29ce484222325;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h ^ w).wrapping_mul(0x100000001b3).rotate_left(29);
    }
    for &x in chunks.remainder() {
        h = (h ^ x as u64).wrapping_mul(0x100000001b3);
    }
    h ^= b.len() as u64;
    h = (h ^ (h >> 33)).wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    let r = h as i64;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_int(i: i64) -> i64 {
    if i == -1 {
        return -2;
    }
    let a = i.unsigned_abs();
    if a < MODULUS {
        return i;
    }
    let r = (a % MODULUS) as i64;
    let r = if i < 0 { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    if let Some(i) = b.to_i64() {
        return hash_int(i);
    }
    let m = BigInt::from(MODULUS);
    let (sign, _) = b.to_u64_digits();
    let mag = if sign == Sign::Minus { -b } else { b.clone() };
    let r = (mag % m).to_i64().unwrap_or(0);
    let r = if sign == Sign::Minus { -r } else { r };
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn hash_float(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v.is_nan() {
        // CPython hashes a NaN by identity; inline NaNs are identified by their bits.
        return (v.to_bits() >> 3) as i64 & i64::MAX;
    }
    if v == v.trunc() && v.abs() < 9.0e18 {
        return hash_int(v as i64);
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    let e = e as u32;
    x = ((x << e) & MODULUS) | (x >> (61 - e));
    let r = x as i64 * sign;
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Splits a finite nonzero float into mantissa in [0.5, 1) and exponent.
pub fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

pub fn hash_complex(re: f64, im: f64) -> i64 {
    let h =
        (hash_float(re) as u64).wrapping_add(1000003u64.wrapping_mul(hash_float(im) as u64)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (xxHash-based) over item hashes.
pub fn hash_tuple(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let len = items.len() as u64;
    let mut acc = P5;
    for h in items {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

/// CPython's frozenset hash over the table's entry hashes.
pub fn hash_frozenset(hashes: impl Iterator<Item = i64>, len: usize) -> i64 {
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
    }
    let mut hash: u64 = 0;
    for h in hashes {
        hash ^= shuffle(h as u64);
    }
    hash ^= (len as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    if hash == u64::MAX {
        return 590923713;
    }
    hash as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        assert_eq!(hash_int(-1), -2);
        assert_eq!(hash_float(1.5), 1152921504606846977);
        assert_eq!(hash_float(-2.5), -1152921504606846978);
        assert_eq!(hash_float(0.1), 230584300921369408);
        assert_eq!(hash_int(1 << 62), 2);
        assert_eq!(hash_tuple([1i64, 2].into_iter()), -3550055125485641917);
        assert_eq!(
            hash_tuple(std::iter::empty::<i64>().collect::<Vec<_>>().into_iter()),
            5740354900026072187
        );
    }
}
