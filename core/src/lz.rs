//! A small LZ77 codec (LZ4's sequence layout) for the Python sources embedded in the
//! interpreter: `build.rs` compresses them, the importer inflates one when it is first
//! imported. It roughly halves their bytes in python.wasm for about 1 KB of code.
//!
//! A stream is a list of sequences. Each starts with a token byte: the high nibble is the
//! literal count, the low nibble the match length minus 4; a nibble of 15 continues in the
//! following bytes (each added, until one is below 255). Then come the literals, then (except
//! in the last sequence, which ends the stream after its literals) the match: a 2-byte
//! little-endian distance back into the output, then the continuation of the length.

/// Shortest match worth a sequence.
const MIN_MATCH: usize = 4;
/// Farthest a match may reach back.
const WINDOW: usize = u16::MAX as usize;
/// How many earlier positions with the same hash the compressor tries.
const CHAIN: usize = 128;

/// Compresses `input` (used by build.rs; the interpreter only inflates).
#[cfg_attr(not(test), allow(dead_code))]
pub fn compress(input: &[u8]) -> Vec<u8> {
    const HASH_BITS: u32 = 15;
    let hash = |at: usize| -> usize {
        let v = u32::from_le_bytes([input[at], input[at + 1], input[at + 2], input[at + 3]]);
        (v.wrapping_mul(2_654_435_761) >> (32 - HASH_BITS)) as usize
    };
    let mut head = vec![usize::MAX; 1 << HASH_BITS];
    let mut prev = vec![usize::MAX; input.len()];
    let mut out = Vec::with_capacity(input.len() / 2);
    let mut literal_start = 0;
    let mut i = 0;
    let insert = |head: &mut Vec<usize>, prev: &mut Vec<usize>, at: usize| {
        if at + MIN_MATCH <= input.len() {
            let h = hash(at);
            prev[at] = head[h];
            head[h] = at;
        }
    };
    while i + MIN_MATCH <= input.len() {
        // The longest earlier match for the bytes at i.
        let (mut best_len, mut best_at) = (0, 0);
        let mut cand = head[hash(i)];
        let mut tries = 0;
        while cand != usize::MAX && i - cand <= WINDOW && tries < CHAIN {
            let len = input[cand..]
                .iter()
                .zip(&input[i..])
                .take_while(|(a, b)| a == b)
                .count();
            if len > best_len {
                best_len = len;
                best_at = cand;
            }
            cand = prev[cand];
            tries += 1;
        }
        if best_len < MIN_MATCH {
            insert(&mut head, &mut prev, i);
            i += 1;
            continue;
        }
        emit(
            &mut out,
            &input[literal_start..i],
            Some((i - best_at, best_len)),
        );
        for at in i..i + best_len {
            insert(&mut head, &mut prev, at);
        }
        i += best_len;
        literal_start = i;
    }
    emit(&mut out, &input[literal_start..], None);
    out
}

#[cfg_attr(not(test), allow(dead_code))]
fn emit(out: &mut Vec<u8>, literals: &[u8], matched: Option<(usize, usize)>) {
    let lit_nibble = literals.len().min(15);
    let match_extra = matched.map_or(0, |(_, len)| len - MIN_MATCH);
    out.push(((lit_nibble as u8) << 4) | match_extra.min(15) as u8);
    if lit_nibble == 15 {
        push_length(out, literals.len() - 15);
    }
    out.extend_from_slice(literals);
    if let Some((distance, _)) = matched {
        out.extend_from_slice(&(distance as u16).to_le_bytes());
        if match_extra >= 15 {
            push_length(out, match_extra - 15);
        }
    }
}

#[cfg_attr(not(test), allow(dead_code))]
fn push_length(out: &mut Vec<u8>, mut n: usize) {
    while n >= 255 {
        out.push(255);
        n -= 255;
    }
    out.push(n as u8);
}

/// Inflates a stream made by [`compress`]; None if it is malformed.
pub fn decompress(input: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(input.len() * 3);
    let mut i = 0;
    let read_length = |i: &mut usize, mut n: usize| -> Option<usize> {
        loop {
            let b = *input.get(*i)?;
            *i += 1;
            n += b as usize;
            if b != 255 {
                return Some(n);
            }
        }
    };
    while i < input.len() {
        let token = input[i];
        i += 1;
        let mut lits = (token >> 4) as usize;
        if lits == 15 {
            lits = read_length(&mut i, lits)?;
        }
        out.extend_from_slice(input.get(i..i.checked_add(lits)?)?);
        i += lits;
        if i == input.len() {
            break;
        }
        let distance = u16::from_le_bytes([*input.get(i)?, *input.get(i + 1)?]) as usize;
        i += 2;
        let mut len = (token & 15) as usize;
        if len == 15 {
            len = read_length(&mut i, len)?;
        }
        len += MIN_MATCH;
        let start = out.len().checked_sub(distance)?;
        if distance == 0 {
            return None;
        }
        // Byte by byte: a match may overlap the bytes it produces.
        for k in 0..len {
            let b = out[start + k];
            out.push(b);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(data: &[u8]) {
        let packed = compress(data);
        assert_eq!(decompress(&packed).as_deref(), Some(data));
    }

    #[test]
    fn round_trips() {
        round_trip(b"");
        round_trip(b"abc");
        round_trip(b"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        round_trip("def f(x):\n    return x\n".repeat(500).as_bytes());
        let mut noise = Vec::new();
        let mut x = 12345u32;
        for _ in 0..100_000 {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            noise.push((x >> 24) as u8 % 7 + b'a');
        }
        round_trip(&noise);
        // Long literal runs and long matches use the continuation bytes.
        let mut long = (0..=255u8).cycle().take(5000).collect::<Vec<_>>();
        long.extend(std::iter::repeat_n(b'z', 3000));
        round_trip(&long);
    }

    #[test]
    fn malformed_input_is_none() {
        assert_eq!(decompress(&[0x00, 1, 0]), None);
        assert_eq!(decompress(&[0x00, 5, 0]), None);
        assert_eq!(decompress(&[0xf0]), None);
        assert_eq!(decompress(&[0x10, b'a', 0, 0]), None);
    }

    #[test]
    fn shrinks_python_source() {
        let src = include_bytes!("modules/py/os.py");
        assert!(compress(src).len() * 2 < src.len());
    }
}
