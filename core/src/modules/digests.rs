//! Message digests for `hashlib`: MD5 (RFC 1321), SHA-1 and SHA-224/256 (FIPS 180-4),
//! SHA-3 and SHAKE (FIPS 202, Keccak-f[1600]) and BLAKE2b/BLAKE2s (RFC 7693). SHA-384/512
//! come from `sha512.rs`.

use crate::modules::sha512::Sha512;

/// MD5 sines: floor(abs(sin(i + 1)) * 2**32).
const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
    0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
    0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
    0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
    0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
    0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
    0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
];
/// SHA-256 round constants: cube roots of the first 64 primes.
const SHA256_K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
/// SHA-256 (and BLAKE2s) initial value: square roots of the first 8 primes.
const SHA256_IV: [u32; 8] = [
    0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];
/// Keccak-f[1600] round constants.
const KECCAK_RC: [u64; 24] = [
    0x0000000000000001,
    0x0000000000008082,
    0x800000000000808a,
    0x8000000080008000,
    0x000000000000808b,
    0x0000000080000001,
    0x8000000080008081,
    0x8000000000008009,
    0x000000000000008a,
    0x0000000000000088,
    0x0000000080008009,
    0x000000008000000a,
    0x000000008000808b,
    0x800000000000008b,
    0x8000000000008089,
    0x8000000000008003,
    0x8000000000008002,
    0x8000000000000080,
    0x000000000000800a,
    0x800000008000000a,
    0x8000000080008081,
    0x8000000000008080,
    0x0000000080000001,
    0x8000000080008008,
];
/// SHA-224 initial value (FIPS 180-4 5.3.2).
const SHA224_IV: [u32; 8] = [
    0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4,
];

/// MD5 per-round shift amounts.
const MD5_S: [[u32; 4]; 4] = [
    [7, 12, 17, 22],
    [5, 9, 14, 20],
    [4, 11, 16, 23],
    [6, 10, 15, 21],
];

/// Keccak rho rotations, in the order of the pi lane walk.
const KECCAK_ROT: [u32; 24] = [
    1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44,
];
/// Keccak pi: the lane walk.
const KECCAK_PI: [usize; 24] = [
    10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1,
];

/// BLAKE2 message schedule.
const SIGMA: [[usize; 16]; 10] = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
];

/// Feeds `data` to a block function through the partial-block buffer `buf`.
fn feed(buf: &mut Vec<u8>, mut data: &[u8], bs: usize, mut block: impl FnMut(&[u8])) {
    if !buf.is_empty() {
        let take = (bs - buf.len()).min(data.len());
        buf.extend_from_slice(&data[..take]);
        data = &data[take..];
        if buf.len() < bs {
            return;
        }
        block(buf);
        buf.clear();
    }
    let mut chunks = data.chunks_exact(bs);
    for b in &mut chunks {
        block(b);
    }
    buf.extend_from_slice(chunks.remainder());
}

/// The Merkle-Damgard padding of a 64-byte-block hash after `len` bytes.
fn md_padding(len: u64, big_endian: bool) -> Vec<u8> {
    let mut pad = vec![0x80u8];
    let used = (len as usize + 1) % 64;
    pad.resize(1 + if used <= 56 { 56 - used } else { 120 - used }, 0);
    let bits = len.wrapping_mul(8);
    pad.extend_from_slice(&if big_endian {
        bits.to_be_bytes()
    } else {
        bits.to_le_bytes()
    });
    pad
}

fn words_le(block: &[u8]) -> [u32; 16] {
    let mut m = [0u32; 16];
    for (w, c) in m.iter_mut().zip(block.chunks_exact(4)) {
        *w = u32::from_le_bytes([c[0], c[1], c[2], c[3]]);
    }
    m
}

fn words_be(block: &[u8]) -> [u32; 16] {
    let mut m = [0u32; 16];
    for (w, c) in m.iter_mut().zip(block.chunks_exact(4)) {
        *w = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
    }
    m
}

/// A running MD5, SHA-1 or SHA-224/256: 32-bit words, 64-byte blocks.
#[derive(Clone)]
pub struct Md32 {
    kind: Md32Kind,
    h: [u32; 8],
    buf: Vec<u8>,
    len: u64,
}

#[derive(Clone, Copy, PartialEq)]
pub enum Md32Kind {
    Md5,
    Sha1,
    Sha224,
    Sha256,
}

impl Md32 {
    pub fn new(kind: Md32Kind) -> Md32 {
        let h = match kind {
            Md32Kind::Md5 => [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0, 0, 0, 0],
            Md32Kind::Sha1 => [
                0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0, 0, 0, 0,
            ],
            Md32Kind::Sha224 => SHA224_IV,
            Md32Kind::Sha256 => SHA256_IV,
        };
        Md32 {
            kind,
            h,
            buf: Vec::with_capacity(64),
            len: 0,
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        let (kind, h) = (self.kind, &mut self.h);
        feed(&mut self.buf, data, 64, |b| compress32(kind, h, b));
    }

    pub fn finish(&self) -> Vec<u8> {
        let mut s = self.clone();
        let md5 = self.kind == Md32Kind::Md5;
        let pad = md_padding(self.len, !md5);
        s.update(&pad);
        let n = match self.kind {
            Md32Kind::Md5 => 4,
            Md32Kind::Sha1 => 5,
            Md32Kind::Sha224 => 7,
            Md32Kind::Sha256 => 8,
        };
        s.h[..n]
            .iter()
            .flat_map(|w| {
                if md5 {
                    w.to_le_bytes()
                } else {
                    w.to_be_bytes()
                }
            })
            .collect()
    }
}

fn compress32(kind: Md32Kind, h: &mut [u32; 8], block: &[u8]) {
    match kind {
        Md32Kind::Md5 => md5_block(h, block),
        Md32Kind::Sha1 => sha1_block(h, block),
        _ => sha256_block(h, block),
    }
}

fn md5_block(h: &mut [u32; 8], block: &[u8]) {
    let m = words_le(block);
    let [mut a, mut b, mut c, mut d] = [h[0], h[1], h[2], h[3]];
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let f = f.wrapping_add(a).wrapping_add(MD5_K[i]).wrapping_add(m[g]);
        a = d;
        d = c;
        c = b;
        b = b.wrapping_add(f.rotate_left(MD5_S[i / 16][i % 4]));
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(y);
    }
}

fn sha1_block(h: &mut [u32; 8], block: &[u8]) {
    let m = words_be(block);
    let mut w = [0u32; 80];
    w[..16].copy_from_slice(&m);
    for t in 16..80 {
        w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotate_left(1);
    }
    let [mut a, mut b, mut c, mut d, mut e] = [h[0], h[1], h[2], h[3], h[4]];
    for (t, wt) in w.iter().enumerate() {
        let (f, k) = match t / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6u32),
        };
        let tmp = a
            .rotate_left(5)
            .wrapping_add(f)
            .wrapping_add(e)
            .wrapping_add(k)
            .wrapping_add(*wt);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = tmp;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

fn sha256_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    w[..16].copy_from_slice(&words_be(block));
    for t in 16..64 {
        let s0 = w[t - 15].rotate_right(7) ^ w[t - 15].rotate_right(18) ^ (w[t - 15] >> 3);
        let s1 = w[t - 2].rotate_right(17) ^ w[t - 2].rotate_right(19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16]
            .wrapping_add(s0)
            .wrapping_add(w[t - 7])
            .wrapping_add(s1);
    }
    let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut hh] = *h;
    for t in 0..64 {
        let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
        let ch = (e & f) ^ (!e & g);
        let t1 = hh
            .wrapping_add(s1)
            .wrapping_add(ch)
            .wrapping_add(SHA256_K[t])
            .wrapping_add(w[t]);
        let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
        let maj = (a & b) ^ (a & c) ^ (b & c);
        let t2 = s0.wrapping_add(maj);
        hh = g;
        g = f;
        f = e;
        e = d.wrapping_add(t1);
        d = c;
        c = b;
        b = a;
        a = t1.wrapping_add(t2);
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e, f, g, hh]) {
        *x = x.wrapping_add(y);
    }
}

/// A running SHA-3 or SHAKE sponge.
#[derive(Clone)]
pub struct Keccak {
    s: [u64; 25],
    rate: usize,
    buf: Vec<u8>,
    /// The domain separation byte: 0x06 for SHA-3, 0x1f for SHAKE.
    ds: u8,
}

fn keccak_f(s: &mut [u64; 25]) {
    for rc in KECCAK_RC {
        let mut c = [0u64; 5];
        for (x, cx) in c.iter_mut().enumerate() {
            *cx = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
        }
        for x in 0..5 {
            let d = c[(x + 4) % 5] ^ c[(x + 1) % 5].rotate_left(1);
            for y in 0..5 {
                s[x + 5 * y] ^= d;
            }
        }
        let mut t = s[1];
        for (j, r) in KECCAK_PI.iter().zip(KECCAK_ROT) {
            let next = s[*j];
            s[*j] = t.rotate_left(r);
            t = next;
        }
        for y in 0..5 {
            let row = [
                s[5 * y],
                s[5 * y + 1],
                s[5 * y + 2],
                s[5 * y + 3],
                s[5 * y + 4],
            ];
            for x in 0..5 {
                s[5 * y + x] = row[x] ^ (!row[(x + 1) % 5] & row[(x + 2) % 5]);
            }
        }
        s[0] ^= rc;
    }
}

fn keccak_absorb(s: &mut [u64; 25], block: &[u8]) {
    for (lane, c) in s.iter_mut().zip(block.chunks_exact(8)) {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        *lane ^= u64::from_le_bytes(b);
    }
    keccak_f(s);
}

impl Keccak {
    /// `bits` is the security level: 224/256/384/512 for SHA-3 or 128/256 for SHAKE.
    pub fn new(bits: usize, shake: bool) -> Keccak {
        let rate = 200 - bits / 4;
        Keccak {
            s: [0; 25],
            rate,
            buf: Vec::with_capacity(rate),
            ds: if shake { 0x1f } else { 0x06 },
        }
    }

    pub fn rate(&self) -> usize {
        self.rate
    }

    pub fn update(&mut self, data: &[u8]) {
        let s = &mut self.s;
        feed(&mut self.buf, data, self.rate, |b| keccak_absorb(s, b));
    }

    /// `n` bytes of output (the state itself is left as it is).
    pub fn squeeze(&self, n: usize) -> Vec<u8> {
        let mut s = self.s;
        let mut last = self.buf.clone();
        last.resize(self.rate, 0);
        last[self.buf.len()] ^= self.ds;
        last[self.rate - 1] ^= 0x80;
        keccak_absorb(&mut s, &last);
        let mut out = Vec::with_capacity(n);
        loop {
            for lane in &s[..self.rate / 8] {
                for b in lane.to_le_bytes() {
                    if out.len() == n {
                        return out;
                    }
                    out.push(b);
                }
            }
            if out.len() == n {
                return out;
            }
            keccak_f(&mut s);
        }
    }
}

/// The BLAKE2 parameters that go into the parameter block.
#[derive(Clone, Default)]
pub struct Blake2Params {
    pub digest_size: usize,
    pub key: Vec<u8>,
    pub salt: Vec<u8>,
    pub person: Vec<u8>,
    pub fanout: u8,
    pub depth: u8,
    pub leaf_size: u32,
    pub node_offset: u64,
    pub node_depth: u8,
    pub inner_size: u8,
    pub last_node: bool,
}

macro_rules! blake2 {
    ($name:ident, $w:ty, $bs:expr, $rounds:expr, $rot:expr, $iv:expr, $pwords:ident) => {
        #[derive(Clone)]
        pub struct $name {
            h: [$w; 8],
            t: u128,
            buf: Vec<u8>,
            out_len: usize,
            last_node: bool,
        }

        impl $name {
            pub fn new(p: &Blake2Params) -> $name {
                let pw = $pwords(p);
                let mut h = $iv;
                for (x, y) in h.iter_mut().zip(pw) {
                    *x ^= y;
                }
                let mut s = $name {
                    h,
                    t: 0,
                    buf: Vec::with_capacity($bs),
                    out_len: p.digest_size,
                    last_node: p.last_node,
                };
                if !p.key.is_empty() {
                    let mut k = p.key.clone();
                    k.resize($bs, 0);
                    s.update(&k);
                }
                s
            }

            pub fn digest_size(&self) -> usize {
                self.out_len
            }

            fn compress(&mut self, block: &[u8], last: bool) {
                const W: usize = std::mem::size_of::<$w>();
                let mut m = [0 as $w; 16];
                for (x, c) in m.iter_mut().zip(block.chunks_exact(W)) {
                    let mut b = [0u8; W];
                    b.copy_from_slice(c);
                    *x = <$w>::from_le_bytes(b);
                }
                let mut v = [0 as $w; 16];
                v[..8].copy_from_slice(&self.h);
                v[8..].copy_from_slice(&$iv);
                v[12] ^= self.t as $w;
                v[13] ^= (self.t >> (8 * W)) as $w;
                if last {
                    v[14] = !v[14];
                    if self.last_node {
                        v[15] = !v[15];
                    }
                }
                let [r1, r2, r3, r4] = $rot;
                let g = |v: &mut [$w; 16], a: usize, b: usize, c: usize, d: usize, x: $w, y: $w| {
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(x);
                    v[d] = (v[d] ^ v[a]).rotate_right(r1);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r2);
                    v[a] = v[a].wrapping_add(v[b]).wrapping_add(y);
                    v[d] = (v[d] ^ v[a]).rotate_right(r3);
                    v[c] = v[c].wrapping_add(v[d]);
                    v[b] = (v[b] ^ v[c]).rotate_right(r4);
                };
                for r in 0..$rounds {
                    let s = &SIGMA[r % 10];
                    g(&mut v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
                    g(&mut v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
                    g(&mut v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
                    g(&mut v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
                    g(&mut v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
                    g(&mut v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
                    g(&mut v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
                    g(&mut v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
                }
                for i in 0..8 {
                    self.h[i] ^= v[i] ^ v[i + 8];
                }
            }

            pub fn update(&mut self, mut data: &[u8]) {
                while !data.is_empty() {
                    if self.buf.len() == $bs {
                        self.t = self.t.wrapping_add($bs);
                        let block = std::mem::take(&mut self.buf);
                        self.compress(&block, false);
                        self.buf = block;
                        self.buf.clear();
                    }
                    let take = ($bs - self.buf.len()).min(data.len());
                    self.buf.extend_from_slice(&data[..take]);
                    data = &data[take..];
                }
            }

            pub fn finish(&self) -> Vec<u8> {
                let mut s = self.clone();
                s.t = s.t.wrapping_add(s.buf.len() as u128);
                let mut block = std::mem::take(&mut s.buf);
                block.resize($bs, 0);
                s.compress(&block, true);
                let mut out: Vec<u8> = s.h.iter().flat_map(|w| w.to_le_bytes()).collect();
                out.truncate(self.out_len);
                out
            }
        }
    };
}

const BLAKE2B_IV: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];

fn le_words<const W: usize>(bytes: &[u8], n: usize) -> Vec<u64> {
    let mut b = bytes.to_vec();
    b.resize(n * W, 0);
    b.chunks_exact(W)
        .map(|c| c.iter().rev().fold(0u64, |acc, &x| acc << 8 | x as u64))
        .collect()
}

fn blake2b_params(p: &Blake2Params) -> [u64; 8] {
    let mut w = [0u64; 8];
    w[0] = p.digest_size as u64
        | (p.key.len() as u64) << 8
        | (p.fanout as u64) << 16
        | (p.depth as u64) << 24
        | (p.leaf_size as u64) << 32;
    w[1] = p.node_offset;
    w[2] = p.node_depth as u64 | (p.inner_size as u64) << 8;
    w[4..6].copy_from_slice(&le_words::<8>(&p.salt, 2));
    w[6..8].copy_from_slice(&le_words::<8>(&p.person, 2));
    w
}

fn blake2s_params(p: &Blake2Params) -> [u32; 8] {
    let mut w = [0u32; 8];
    w[0] = p.digest_size as u32
        | (p.key.len() as u32) << 8
        | (p.fanout as u32) << 16
        | (p.depth as u32) << 24;
    w[1] = p.leaf_size;
    w[2] = p.node_offset as u32;
    w[3] = (p.node_offset >> 32) as u32 & 0xffff
        | (p.node_depth as u32) << 16
        | (p.inner_size as u32) << 24;
    for (i, x) in le_words::<4>(&p.salt, 2)
        .into_iter()
        .chain(le_words::<4>(&p.person, 2))
        .enumerate()
    {
        w[4 + i] = x as u32;
    }
    w
}

blake2!(
    Blake2b,
    u64,
    128,
    12,
    [32, 24, 16, 63],
    BLAKE2B_IV,
    blake2b_params
);
blake2!(
    Blake2s,
    u32,
    64,
    10,
    [16, 12, 8, 7],
    SHA256_IV,
    blake2s_params
);

/// Any of the hash functions, with hashlib's name, sizes and operations.
#[derive(Clone)]
pub enum Hasher {
    Md32(Md32),
    Sha512(Sha512, bool),
    Keccak(Keccak, &'static str),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

/// The algorithms `Hasher::by_name` knows, as hashlib names them.
pub const NAMES: &[&str] = &[
    "md5",
    "sha1",
    "sha224",
    "sha256",
    "sha384",
    "sha512",
    "sha3_224",
    "sha3_256",
    "sha3_384",
    "sha3_512",
    "shake_128",
    "shake_256",
    "blake2b",
    "blake2s",
];

impl Hasher {
    /// A fresh hasher for a hashlib algorithm name (BLAKE2 with default parameters).
    pub fn by_name(name: &str) -> Option<Hasher> {
        Some(match name {
            "md5" => Hasher::Md32(Md32::new(Md32Kind::Md5)),
            "sha1" => Hasher::Md32(Md32::new(Md32Kind::Sha1)),
            "sha224" => Hasher::Md32(Md32::new(Md32Kind::Sha224)),
            "sha256" => Hasher::Md32(Md32::new(Md32Kind::Sha256)),
            "sha384" => Hasher::Sha512(Sha512::new384(), true),
            "sha512" => Hasher::Sha512(Sha512::new(), false),
            "sha3_224" => Hasher::Keccak(Keccak::new(224, false), "sha3_224"),
            "sha3_256" => Hasher::Keccak(Keccak::new(256, false), "sha3_256"),
            "sha3_384" => Hasher::Keccak(Keccak::new(384, false), "sha3_384"),
            "sha3_512" => Hasher::Keccak(Keccak::new(512, false), "sha3_512"),
            "shake_128" => Hasher::Keccak(Keccak::new(128, true), "shake_128"),
            "shake_256" => Hasher::Keccak(Keccak::new(256, true), "shake_256"),
            "blake2b" | "blake2s" => {
                let p = Blake2Params {
                    digest_size: if name == "blake2b" { 64 } else { 32 },
                    fanout: 1,
                    depth: 1,
                    ..Default::default()
                };
                if name == "blake2b" {
                    Hasher::Blake2b(Blake2b::new(&p))
                } else {
                    Hasher::Blake2s(Blake2s::new(&p))
                }
            }
            _ => return None,
        })
    }

    pub fn name(&self) -> &'static str {
        match self {
            Hasher::Md32(m) => match m.kind {
                Md32Kind::Md5 => "md5",
                Md32Kind::Sha1 => "sha1",
                Md32Kind::Sha224 => "sha224",
                Md32Kind::Sha256 => "sha256",
            },
            Hasher::Sha512(_, is384) => {
                if *is384 {
                    "sha384"
                } else {
                    "sha512"
                }
            }
            Hasher::Keccak(_, n) => n,
            Hasher::Blake2b(_) => "blake2b",
            Hasher::Blake2s(_) => "blake2s",
        }
    }

    pub fn is_xof(&self) -> bool {
        matches!(self, Hasher::Keccak(k, _) if k.ds == 0x1f)
    }

    /// The digest size in bytes (0 for the SHAKEs, as hashlib says).
    pub fn digest_size(&self) -> usize {
        match self {
            Hasher::Md32(m) => match m.kind {
                Md32Kind::Md5 => 16,
                Md32Kind::Sha1 => 20,
                Md32Kind::Sha224 => 28,
                Md32Kind::Sha256 => 32,
            },
            Hasher::Sha512(_, is384) => {
                if *is384 {
                    48
                } else {
                    64
                }
            }
            Hasher::Keccak(k, _) => {
                if k.ds == 0x1f {
                    0
                } else {
                    (200 - k.rate) / 2
                }
            }
            Hasher::Blake2b(b) => b.digest_size(),
            Hasher::Blake2s(b) => b.digest_size(),
        }
    }

    pub fn block_size(&self) -> usize {
        match self {
            Hasher::Md32(_) | Hasher::Blake2s(_) => 64,
            Hasher::Sha512(..) | Hasher::Blake2b(_) => 128,
            Hasher::Keccak(k, _) => k.rate(),
        }
    }

    pub fn update(&mut self, data: &[u8]) {
        match self {
            Hasher::Md32(m) => m.update(data),
            Hasher::Sha512(s, _) => s.update(data),
            Hasher::Keccak(k, _) => k.update(data),
            Hasher::Blake2b(b) => b.update(data),
            Hasher::Blake2s(b) => b.update(data),
        }
    }

    /// The digest (`n` bytes for the SHAKEs); the state is left as it is.
    pub fn finish(&self, n: usize) -> Vec<u8> {
        match self {
            Hasher::Md32(m) => m.finish(),
            Hasher::Sha512(s, is384) => {
                let d = s.finish();
                d[..if *is384 { 48 } else { 64 }].to_vec()
            }
            Hasher::Keccak(k, _) => {
                let len = if k.ds == 0x1f { n } else { (200 - k.rate) / 2 };
                k.squeeze(len)
            }
            Hasher::Blake2b(b) => b.finish(),
            Hasher::Blake2s(b) => b.finish(),
        }
    }
}

/// HMAC (RFC 2104) with a fresh hasher of the same kind as `proto`: the keyed inner and
/// outer states, to be cloned per message.
pub fn hmac_states(proto: &Hasher, key: &[u8]) -> (Hasher, Hasher) {
    let bs = proto.block_size();
    let mut k = if key.len() > bs {
        let mut h = proto.clone();
        h.update(key);
        h.finish(0)
    } else {
        key.to_vec()
    };
    k.resize(bs, 0);
    let mut inner = proto.clone();
    inner.update(&k.iter().map(|b| b ^ 0x36).collect::<Vec<u8>>());
    let mut outer = proto.clone();
    outer.update(&k.iter().map(|b| b ^ 0x5c).collect::<Vec<u8>>());
    (inner, outer)
}

/// HMAC of `msg` from the states `hmac_states` made.
pub fn hmac_with(inner: &Hasher, outer: &Hasher, msg: &[u8]) -> Vec<u8> {
    let mut i = inner.clone();
    i.update(msg);
    let mut o = outer.clone();
    o.update(&i.finish(0));
    o.finish(0)
}

/// PBKDF2 (RFC 8018) with HMAC over `proto`'s algorithm.
pub fn pbkdf2(
    proto: &Hasher,
    password: &[u8],
    salt: &[u8],
    iterations: u64,
    dklen: usize,
) -> Vec<u8> {
    let (inner, outer) = hmac_states(proto, password);
    let mut out = Vec::with_capacity(dklen);
    let mut block: u32 = 1;
    while out.len() < dklen {
        let mut msg = salt.to_vec();
        msg.extend_from_slice(&block.to_be_bytes());
        let mut u = hmac_with(&inner, &outer, &msg);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_with(&inner, &outer, &u);
            for (x, y) in t.iter_mut().zip(&u) {
                *x ^= y;
            }
        }
        let take = (dklen - out.len()).min(t.len());
        out.extend_from_slice(&t[..take]);
        block = block.wrapping_add(1);
    }
    out
}
