//! DEFLATE (RFC 1951) for `zlib`: a resumable inflater (stored, fixed and dynamic Huffman
//! blocks; zlib, gzip or raw framing) and a compressor (LZ77 with hash chains, fixed Huffman
//! codes, or stored blocks at level 0).

use crate::modules::binascii::crc32;

/// Base lengths of the length codes 257..285 and their extra bits.
const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
/// Base distances of the distance codes 0..29 and their extra bits.
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order in which code length code lengths are stored.
const CL_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

const WINDOW: usize = 32768;

/// The Adler-32 checksum of `data` continuing from `adler`.
pub fn adler32(data: &[u8], adler: u32) -> u32 {
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= 65521;
        b %= 65521;
    }
    b << 16 | a
}

/// A canonical Huffman code: the number of codes of each length and the symbols in code
/// order.
#[derive(Clone)]
struct Huffman {
    count: [u16; 16],
    symbol: Vec<u16>,
}

impl Huffman {
    /// Builds the code for `lengths`; Err if the lengths over-subscribe the code space, or
    /// leave it incomplete when `complete` is required (a single code is allowed).
    fn new(lengths: &[u8]) -> Result<(Huffman, bool), ()> {
        let mut count = [0u16; 16];
        for &l in lengths {
            count[l as usize] += 1;
        }
        let mut left: i32 = 1;
        for c in count.iter().skip(1) {
            left = left * 2 - *c as i32;
            if left < 0 {
                return Err(());
            }
        }
        let mut offs = [0u16; 16];
        for i in 1..15 {
            offs[i + 1] = offs[i] + count[i];
        }
        let mut symbol = vec![0u16; lengths.len()];
        for (s, &l) in lengths.iter().enumerate() {
            if l != 0 {
                symbol[offs[l as usize] as usize] = s as u16;
                offs[l as usize] += 1;
            }
        }
        count[0] = 0;
        Ok((Huffman { count, symbol }, left > 0))
    }

    fn used(&self) -> usize {
        self.count.iter().map(|c| *c as usize).sum()
    }

    fn single(&self) -> bool {
        self.count[1] == 1 && self.used() == 1
    }
}

fn fixed_tables() -> (Huffman, Huffman) {
    let mut l = [0u8; 288];
    for (i, x) in l.iter_mut().enumerate() {
        *x = match i {
            0..=143 => 8,
            144..=255 => 9,
            256..=279 => 7,
            _ => 8,
        };
    }
    // Both tables are complete or, for distances, the RFC's fixed 30 codes of 5 bits: they
    // cannot over-subscribe.
    let lit = Huffman::new(&l).map(|h| h.0).unwrap_or(Huffman {
        count: [0; 16],
        symbol: Vec::new(),
    });
    let dist = Huffman::new(&[5u8; 30]).map(|h| h.0).unwrap_or(Huffman {
        count: [0; 16],
        symbol: Vec::new(),
    });
    (lit, dist)
}

/// The framing around the deflate data.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Wrap {
    Raw,
    Zlib,
    Gzip,
    /// zlib or gzip, whichever the header says.
    Auto,
}

#[derive(Clone)]
enum Stage {
    Header,
    Block,
    Stored(usize),
    Codes(Box<(Huffman, Huffman)>),
    Trailer,
    Done,
}

/// Why the inflater stopped.
#[derive(PartialEq, Debug)]
pub enum Status {
    /// The end of the stream was reached.
    End,
    /// All input was used up before the end.
    NeedInput,
    /// The output limit was reached.
    Full,
}

/// Running out of input in the middle of something: roll back and wait for more.
struct Short;

/// A resumable inflater. Input is appended with `feed`; `run` decodes as far as it can.
#[derive(Clone)]
pub struct Inflater {
    wrap: Wrap,
    /// The window size the caller allows (log2), for the zlib header check; 0 means any.
    wbits: u32,
    input: Vec<u8>,
    pos: usize,
    bitbuf: u64,
    bitcnt: u32,
    stage: Stage,
    last: bool,
    hist: Vec<u8>,
    check: u32,
    total: u64,
    dict: Option<Vec<u8>>,
}

impl Inflater {
    pub fn new(wrap: Wrap, wbits: u32, dict: Option<Vec<u8>>) -> Inflater {
        let mut hist = Vec::new();
        if wrap == Wrap::Raw {
            if let Some(d) = &dict {
                hist.extend_from_slice(d);
            }
        }
        Inflater {
            wrap,
            wbits,
            input: Vec::new(),
            pos: 0,
            bitbuf: 0,
            bitcnt: 0,
            stage: if wrap == Wrap::Raw {
                Stage::Block
            } else {
                Stage::Header
            },
            last: false,
            hist,
            check: if wrap == Wrap::Gzip { 0 } else { 1 },
            total: 0,
            dict,
        }
    }

    pub fn feed(&mut self, data: &[u8]) {
        if self.pos > 0 {
            self.input.drain(..self.pos);
            self.pos = 0;
        }
        self.input.extend_from_slice(data);
    }

    /// The input not consumed (after the end: the unused data).
    pub fn remaining(&self) -> &[u8] {
        &self.input[self.pos..]
    }

    pub fn is_done(&self) -> bool {
        matches!(self.stage, Stage::Done)
    }

    /// Removes and returns the input not yet consumed.
    pub fn take_remaining(&mut self) -> Vec<u8> {
        let rest = self.input.split_off(self.pos);
        self.input.clear();
        self.pos = 0;
        rest
    }

    fn bits(&mut self, n: u32) -> Result<u32, Short> {
        while self.bitcnt < n {
            let b = *self.input.get(self.pos).ok_or(Short)?;
            self.pos += 1;
            self.bitbuf |= (b as u64) << self.bitcnt;
            self.bitcnt += 8;
        }
        let v = (self.bitbuf & ((1u64 << n) - 1)) as u32;
        self.bitbuf >>= n;
        self.bitcnt -= n;
        Ok(v)
    }

    fn byte(&mut self) -> Result<u8, Short> {
        Ok(self.bits(8)? as u8)
    }

    fn align(&mut self) {
        self.bitbuf = 0;
        self.bitcnt = 0;
    }

    fn decode(&mut self, h: &Huffman) -> Result<Result<u16, &'static str>, Short> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= self.bits(1)? as i32;
            let count = h.count[len] as i32;
            if code - count < first {
                return Ok(Ok(h.symbol[(index + (code - first)) as usize]));
            }
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        Ok(Err("invalid code"))
    }

    fn emit(&mut self, b: u8, out: &mut Vec<u8>) {
        out.push(b);
        self.hist.push(b);
    }

    /// Decodes into `out` until the end of the stream, the end of the input, or `limit`
    /// output bytes (0: no limit). Errors carry zlib's message.
    pub fn run(&mut self, out: &mut Vec<u8>, limit: usize) -> Result<Status, &'static str> {
        let start = out.len();
        let r = self.run_inner(out, limit);
        let produced = &out[start..];
        self.total += produced.len() as u64;
        self.check = if self.wrap == Wrap::Gzip {
            crc32(produced, self.check)
        } else {
            adler32(produced, self.check)
        };
        if self.hist.len() > 2 * WINDOW {
            let cut = self.hist.len() - WINDOW;
            self.hist.drain(..cut);
        }
        // The checksum is checked once all output is counted.
        if let Ok(Status::End) = r {
            if matches!(self.stage, Stage::Trailer) {
                return self.trailer();
            }
        }
        r
    }

    fn trailer(&mut self) -> Result<Status, &'static str> {
        let save = (self.pos, self.bitbuf, self.bitcnt);
        let mut t = [0u8; 8];
        let n = if self.wrap == Wrap::Gzip { 8 } else { 4 };
        for x in t.iter_mut().take(n) {
            match self.byte() {
                Ok(b) => *x = b,
                Err(Short) => {
                    (self.pos, self.bitbuf, self.bitcnt) = save;
                    return Ok(Status::NeedInput);
                }
            }
        }
        if self.wrap == Wrap::Gzip {
            if u32::from_le_bytes([t[0], t[1], t[2], t[3]]) != self.check {
                return Err("incorrect data check");
            }
            if u32::from_le_bytes([t[4], t[5], t[6], t[7]]) != self.total as u32 {
                return Err("incorrect length check");
            }
        } else if u32::from_be_bytes([t[0], t[1], t[2], t[3]]) != self.check {
            return Err("incorrect data check");
        }
        self.stage = Stage::Done;
        Ok(Status::End)
    }

    fn run_inner(&mut self, out: &mut Vec<u8>, limit: usize) -> Result<Status, &'static str> {
        loop {
            if limit > 0 && out.len() >= limit {
                return Ok(Status::Full);
            }
            let save = (self.pos, self.bitbuf, self.bitcnt);
            let stage = std::mem::replace(&mut self.stage, Stage::Done);
            let step = match stage {
                Stage::Done => return Ok(Status::End),
                Stage::Trailer => {
                    self.stage = Stage::Trailer;
                    self.align();
                    return Ok(Status::End);
                }
                Stage::Header => {
                    self.stage = Stage::Header;
                    self.header()
                }
                Stage::Block => {
                    self.stage = Stage::Block;
                    self.block_header()
                }
                Stage::Stored(n) => {
                    let avail = self.input.len() - self.pos;
                    let mut take = n.min(avail);
                    if limit > 0 {
                        take = take.min(limit - out.len());
                    }
                    if take == 0 && n > 0 {
                        self.stage = Stage::Stored(n);
                        return Ok(Status::NeedInput);
                    }
                    let chunk = &self.input[self.pos..self.pos + take];
                    out.extend_from_slice(chunk);
                    self.hist.extend_from_slice(chunk);
                    self.pos += take;
                    self.stage = if n == take {
                        self.end_block()
                    } else {
                        Stage::Stored(n - take)
                    };
                    Ok(Ok(()))
                }
                Stage::Codes(t) => {
                    let r = self.symbols(&t, out, limit);
                    if matches!(self.stage, Stage::Done) && !matches!(r, Ok(Ok(true))) {
                        self.stage = Stage::Codes(t);
                    }
                    match r {
                        Ok(Ok(_)) => Ok(Ok(())),
                        Ok(Err(e)) => Ok(Err(e)),
                        Err(Short) => Err(Short),
                    }
                }
            };
            match step {
                Ok(Ok(())) => {}
                Ok(Err(e)) => return Err(e),
                Err(Short) => {
                    if !matches!(self.stage, Stage::Codes(_)) {
                        (self.pos, self.bitbuf, self.bitcnt) = save;
                    }
                    return Ok(Status::NeedInput);
                }
            }
        }
    }

    /// Decodes symbols of a Huffman block: Ok(true) at the end of the block (the stage has
    /// moved on), Ok(false) when `limit` is reached; on Short the position is rolled back
    /// to the start of the unfinished symbol.
    fn symbols(
        &mut self,
        t: &(Huffman, Huffman),
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<Result<bool, &'static str>, Short> {
        loop {
            if limit > 0 && out.len() >= limit {
                return Ok(Ok(false));
            }
            let save = (self.pos, self.bitbuf, self.bitcnt);
            match self.symbol(t, out) {
                Ok(Ok(true)) => {}
                Ok(Ok(false)) => return Ok(Ok(true)),
                Ok(Err(e)) => return Ok(Err(e)),
                Err(Short) => {
                    (self.pos, self.bitbuf, self.bitcnt) = save;
                    return Err(Short);
                }
            }
        }
    }

    fn end_block(&mut self) -> Stage {
        if !self.last {
            Stage::Block
        } else if self.wrap == Wrap::Raw {
            Stage::Done
        } else {
            Stage::Trailer
        }
    }

    fn header(&mut self) -> Result<Result<(), &'static str>, Short> {
        let b0 = self.byte()?;
        let gzip = match self.wrap {
            Wrap::Gzip => true,
            Wrap::Auto => b0 == 0x1f,
            _ => false,
        };
        if gzip {
            self.wrap = Wrap::Gzip;
            self.check = 0;
            let b1 = self.byte()?;
            if b0 != 0x1f || b1 != 0x8b {
                return Ok(Err("incorrect header check"));
            }
            if self.byte()? != 8 {
                return Ok(Err("unknown compression method"));
            }
            let flags = self.byte()?;
            if flags & 0xe0 != 0 {
                return Ok(Err("unknown header flags set"));
            }
            for _ in 0..6 {
                self.byte()?;
            }
            if flags & 4 != 0 {
                let n = self.byte()? as usize | (self.byte()? as usize) << 8;
                for _ in 0..n {
                    self.byte()?;
                }
            }
            for bit in [8, 16] {
                if flags & bit != 0 {
                    while self.byte()? != 0 {}
                }
            }
            if flags & 2 != 0 {
                self.byte()?;
                self.byte()?;
            }
            self.stage = Stage::Block;
            return Ok(Ok(()));
        }
        self.wrap = Wrap::Zlib;
        let b1 = self.byte()?;
        if !(b0 as u32 * 256 + b1 as u32).is_multiple_of(31) {
            return Ok(Err("incorrect header check"));
        }
        if b0 & 15 != 8 {
            return Ok(Err("unknown compression method"));
        }
        let wsize = (b0 >> 4) as u32 + 8;
        if wsize > 15 || (self.wbits != 0 && wsize > self.wbits) {
            return Ok(Err("invalid window size"));
        }
        if b1 & 0x20 != 0 {
            let mut id = 0u32;
            for _ in 0..4 {
                id = id << 8 | self.byte()? as u32;
            }
            match &self.dict {
                Some(d) if adler32(d, 1) == id => {
                    let d = d.clone();
                    self.hist.extend_from_slice(&d);
                }
                Some(_) => return Ok(Err("invalid dictionary")),
                None => return Ok(Err("need dictionary")),
            }
        }
        self.stage = Stage::Block;
        Ok(Ok(()))
    }

    fn block_header(&mut self) -> Result<Result<(), &'static str>, Short> {
        let last = self.bits(1)? == 1;
        let kind = self.bits(2)?;
        match kind {
            0 => {
                self.align();
                let len = self.byte()? as u16 | (self.byte()? as u16) << 8;
                let nlen = self.byte()? as u16 | (self.byte()? as u16) << 8;
                if len != !nlen {
                    return Ok(Err("invalid stored block lengths"));
                }
                self.last = last;
                self.stage = Stage::Stored(len as usize);
                if len == 0 {
                    self.stage = self.end_block();
                }
            }
            1 => {
                self.last = last;
                self.stage = Stage::Codes(Box::new(fixed_tables()));
            }
            2 => {
                let tables = match self.dynamic()? {
                    Ok(t) => t,
                    Err(e) => return Ok(Err(e)),
                };
                self.last = last;
                self.stage = Stage::Codes(Box::new(tables));
            }
            _ => return Ok(Err("invalid block type")),
        }
        Ok(Ok(()))
    }

    fn dynamic(&mut self) -> Result<Result<(Huffman, Huffman), &'static str>, Short> {
        let nlen = self.bits(5)? as usize + 257;
        let ndist = self.bits(5)? as usize + 1;
        let ncode = self.bits(4)? as usize + 4;
        if nlen > 286 || ndist > 30 {
            return Ok(Err("too many length or distance symbols"));
        }
        let mut cl = [0u8; 19];
        for &i in CL_ORDER.iter().take(ncode) {
            cl[i] = self.bits(3)? as u8;
        }
        let clh = match Huffman::new(&cl) {
            Ok((h, false)) => h,
            _ => return Ok(Err("invalid code lengths set")),
        };
        let mut lengths = vec![0u8; nlen + ndist];
        let mut i = 0;
        while i < nlen + ndist {
            let sym = match self.decode(&clh)? {
                Ok(s) => s,
                Err(_) => return Ok(Err("invalid code lengths set")),
            };
            if sym < 16 {
                lengths[i] = sym as u8;
                i += 1;
                continue;
            }
            let (val, rep) = match sym {
                16 => {
                    if i == 0 {
                        return Ok(Err("invalid bit length repeat"));
                    }
                    (lengths[i - 1], 3 + self.bits(2)? as usize)
                }
                17 => (0, 3 + self.bits(3)? as usize),
                _ => (0, 11 + self.bits(7)? as usize),
            };
            if i + rep > nlen + ndist {
                return Ok(Err("invalid bit length repeat"));
            }
            for l in &mut lengths[i..i + rep] {
                *l = val;
            }
            i += rep;
        }
        if lengths[256] == 0 {
            return Ok(Err("invalid code -- missing end-of-block"));
        }
        // As zlib: an incomplete code is only allowed if it is a single one-bit code (or,
        // for distances, no code at all).
        let lit = match Huffman::new(&lengths[..nlen]) {
            Ok((h, incomplete)) if !incomplete || h.single() => h,
            _ => return Ok(Err("invalid literal/lengths set")),
        };
        let dist = match Huffman::new(&lengths[nlen..]) {
            Ok((h, incomplete)) if !incomplete || h.single() || h.used() == 0 => h,
            _ => return Ok(Err("invalid distances set")),
        };
        Ok(Ok((lit, dist)))
    }

    /// Decodes one literal, length/distance pair or end of block.
    fn symbol(
        &mut self,
        t: &(Huffman, Huffman),
        out: &mut Vec<u8>,
    ) -> Result<Result<bool, &'static str>, Short> {
        let sym = match self.decode(&t.0)? {
            Ok(s) => s,
            Err(_) => return Ok(Err("invalid literal/length code")),
        };
        if sym < 256 {
            self.emit(sym as u8, out);
            return Ok(Ok(true));
        }
        if sym == 256 {
            self.stage = self.end_block();
            return Ok(Ok(false));
        }
        let li = sym as usize - 257;
        if li >= 29 {
            return Ok(Err("invalid literal/length code"));
        }
        let len = LEN_BASE[li] as usize + self.bits(LEN_EXTRA[li] as u32)? as usize;
        let ds = match self.decode(&t.1)? {
            Ok(s) if (s as usize) < 30 => s as usize,
            _ => return Ok(Err("invalid distance code")),
        };
        let dist = DIST_BASE[ds] as usize + self.bits(DIST_EXTRA[ds] as u32)? as usize;
        if dist > self.hist.len() {
            return Ok(Err("invalid distance too far back"));
        }
        for _ in 0..len {
            let b = self.hist[self.hist.len() - dist];
            self.emit(b, out);
        }
        Ok(Ok(true))
    }
}

/// Writes bits LSB first.
#[derive(Clone, Default)]
struct BitWriter {
    out: Vec<u8>,
    acc: u64,
    n: u32,
}

impl BitWriter {
    fn put(&mut self, v: u32, n: u32) {
        self.acc |= (v as u64) << self.n;
        self.n += n;
        while self.n >= 8 {
            self.out.push(self.acc as u8);
            self.acc >>= 8;
            self.n -= 8;
        }
    }

    /// A Huffman code (written MSB first).
    fn code(&mut self, code: u32, len: u32) {
        let mut r = 0;
        for i in 0..len {
            r |= ((code >> i) & 1) << (len - 1 - i);
        }
        self.put(r, len);
    }

    fn align(&mut self) {
        if self.n > 0 {
            self.put(0, 8 - self.n);
        }
    }
}

fn fixed_lit(w: &mut BitWriter, sym: u32) {
    match sym {
        0..=143 => w.code(0x30 + sym, 8),
        144..=255 => w.code(0x190 + sym - 144, 9),
        256..=279 => w.code(sym - 256, 7),
        _ => w.code(0xc0 + sym - 280, 8),
    }
}

/// A streaming deflate compressor.
#[derive(Clone)]
pub struct Deflater {
    level: u32,
    /// The largest match distance (the window size the header announces).
    window: usize,
    w: BitWriter,
    pending: Vec<u8>,
    /// Up to a window of earlier input, for matches across blocks.
    hist: Vec<u8>,
}

const BLOCK: usize = 1 << 16;

impl Deflater {
    /// A compressor at `level` (0-9) with a window of 2**`wbits` bytes, primed with `dict`.
    pub fn new(level: u32, wbits: u32, dict: &[u8]) -> Deflater {
        let window = 1usize << wbits.clamp(9, 15);
        Deflater {
            level,
            window,
            w: BitWriter::default(),
            pending: Vec::new(),
            hist: dict[dict.len().saturating_sub(window)..].to_vec(),
        }
    }

    /// Adds input; whole blocks are compressed once enough is buffered.
    pub fn write(&mut self, data: &[u8]) {
        self.pending.extend_from_slice(data);
        while self.pending.len() > BLOCK {
            let rest = self.pending.split_off(BLOCK);
            let block = std::mem::replace(&mut self.pending, rest);
            self.block(&block, false);
        }
    }

    /// The finished output bytes so far (whole bytes only).
    pub fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.w.out)
    }

    /// Compresses the buffered input; `finish` ends the stream, otherwise an empty stored
    /// block byte-aligns the output (a sync flush).
    pub fn flush(&mut self, finish: bool) {
        let block = std::mem::take(&mut self.pending);
        if finish {
            self.block(&block, true);
            self.w.align();
        } else {
            if !block.is_empty() {
                self.block(&block, false);
            }
            self.w.put(0, 3);
            self.w.align();
            self.w.put(0xffff_0000, 32);
        }
    }

    fn block(&mut self, data: &[u8], last: bool) {
        if self.level == 0 {
            self.stored(data, last);
        } else {
            self.huffman(data, last);
        }
        self.hist.extend_from_slice(data);
        if self.hist.len() > self.window {
            let cut = self.hist.len() - self.window;
            self.hist.drain(..cut);
        }
    }

    fn stored(&mut self, data: &[u8], last: bool) {
        let mut chunks: Vec<&[u8]> = data.chunks(65535).collect();
        if chunks.is_empty() {
            chunks.push(&[]);
        }
        let n = chunks.len();
        for (i, c) in chunks.into_iter().enumerate() {
            self.w.put((last && i + 1 == n) as u32, 1);
            self.w.put(0, 2);
            self.w.align();
            let len = c.len() as u32;
            self.w.put(len | (!len & 0xffff) << 16, 32);
            self.w.out.extend_from_slice(c);
        }
    }

    /// LZ77 over `data` (with the window of earlier input): literals and (length,
    /// distance) pairs, as (literal/length symbol, extra value, distance code, extra value).
    fn tokens(&self, data: &[u8]) -> Vec<Token> {
        let base = self.hist.len();
        let mut buf = self.hist.clone();
        buf.extend_from_slice(data);
        let depth = match self.level {
            1 => 4,
            2..=3 => 16,
            4..=6 => 64,
            _ => 512,
        };
        const HBITS: u32 = 15;
        let mut head = vec![usize::MAX; 1 << HBITS];
        let mut prev = vec![usize::MAX; buf.len()];
        let hash = |b: &[u8], i: usize| -> usize {
            ((b[i] as usize) << 10 ^ (b[i + 1] as usize) << 5 ^ b[i + 2] as usize)
                & ((1 << HBITS) - 1)
        };
        let insert = |head: &mut Vec<usize>, prev: &mut Vec<usize>, i: usize| {
            if i + 2 < buf.len() {
                let h = hash(&buf, i);
                prev[i] = head[h];
                head[h] = i;
            }
        };
        let window = self.window;
        for i in base.saturating_sub(window)..base {
            insert(&mut head, &mut prev, i);
        }
        let mut out = Vec::with_capacity(data.len() / 2);
        let mut i = base;
        while i < buf.len() {
            let mut best = (0usize, 0usize);
            if i + 2 < buf.len() {
                let mut cand = head[hash(&buf, i)];
                let maxlen = (buf.len() - i).min(258);
                let mut tries = depth;
                while cand != usize::MAX && i - cand <= window && tries > 0 {
                    let mut l = 0;
                    while l < maxlen && buf[cand + l] == buf[i + l] {
                        l += 1;
                    }
                    if l > best.0 {
                        best = (l, i - cand);
                        if l == maxlen {
                            break;
                        }
                    }
                    cand = prev[cand];
                    tries -= 1;
                }
            }
            if best.0 >= 3 {
                let (len, dist) = best;
                let li = LEN_BASE
                    .iter()
                    .rposition(|&b| b as usize <= len)
                    .unwrap_or(0);
                let di = DIST_BASE
                    .iter()
                    .rposition(|&b| b as usize <= dist)
                    .unwrap_or(0);
                out.push(Token {
                    sym: 257 + li as u16,
                    extra: (len - LEN_BASE[li] as usize) as u16,
                    dist: di as u8,
                    dextra: (dist - DIST_BASE[di] as usize) as u16,
                });
                for k in i..i + len {
                    insert(&mut head, &mut prev, k);
                }
                i += len;
            } else {
                out.push(Token {
                    sym: buf[i] as u16,
                    extra: 0,
                    dist: 0,
                    dextra: 0,
                });
                insert(&mut head, &mut prev, i);
                i += 1;
            }
        }
        out.push(Token {
            sym: 256,
            extra: 0,
            dist: 0,
            dextra: 0,
        });
        out
    }

    /// One Huffman block: dynamic codes when they are smaller than the fixed ones.
    fn huffman(&mut self, data: &[u8], last: bool) {
        let toks = self.tokens(data);
        let mut lfreq = [0u32; 286];
        let mut dfreq = [0u32; 30];
        for t in &toks {
            lfreq[t.sym as usize] += 1;
            if t.sym > 256 {
                dfreq[t.dist as usize] += 1;
            }
        }
        let fixed_len = |s: usize| -> u64 {
            match s {
                0..=143 => 8,
                144..=255 => 9,
                256..=279 => 7,
                _ => 8,
            }
        };
        let fixed_cost: u64 = lfreq
            .iter()
            .enumerate()
            .map(|(s, f)| *f as u64 * fixed_len(s))
            .sum::<u64>()
            + dfreq.iter().map(|f| *f as u64 * 5).sum::<u64>();
        let dynamic = DynamicCodes::new(&lfreq, &dfreq);
        if dynamic.cost(&lfreq, &dfreq) < fixed_cost {
            self.w.put(last as u32, 1);
            self.w.put(2, 2);
            dynamic.write_header(&mut self.w);
            for t in &toks {
                let s = t.sym as usize;
                self.w.code(dynamic.lcode[s] as u32, dynamic.llen[s] as u32);
                if s > 256 {
                    self.w.put(t.extra as u32, LEN_EXTRA[s - 257] as u32);
                    let d = t.dist as usize;
                    self.w.code(dynamic.dcode[d] as u32, dynamic.dlen[d] as u32);
                    self.w.put(t.dextra as u32, DIST_EXTRA[d] as u32);
                }
            }
        } else {
            self.w.put(last as u32, 1);
            self.w.put(1, 2);
            for t in &toks {
                fixed_lit(&mut self.w, t.sym as u32);
                if t.sym > 256 {
                    self.w
                        .put(t.extra as u32, LEN_EXTRA[t.sym as usize - 257] as u32);
                    self.w.code(t.dist as u32, 5);
                    self.w
                        .put(t.dextra as u32, DIST_EXTRA[t.dist as usize] as u32);
                }
            }
        }
    }
}

/// One LZ77 output: a literal (sym < 256), the end of block (256) or a length code with its
/// extra bits and a distance code with its extra bits.
struct Token {
    sym: u16,
    extra: u16,
    dist: u8,
    dextra: u16,
}

/// Huffman code lengths for `freq`, no longer than `limit` bits. Unused symbols get 0; at
/// least two symbols get codes, so the code is complete.
fn code_lengths(freq: &[u32], limit: u8) -> Vec<u8> {
    let mut f: Vec<u32> = freq.to_vec();
    let used = f.iter().filter(|x| **x > 0).count();
    if used < 2 {
        // Give the first one or two symbols a code too, so the code is complete.
        for x in f.iter_mut().take(2) {
            if *x == 0 {
                *x = 1;
            }
        }
        if f.iter().filter(|x| **x > 0).count() < 2 {
            if let Some(x) = f.iter_mut().find(|x| **x == 0) {
                *x = 1;
            }
        }
    }
    loop {
        let lens = tree_depths(&f);
        if lens.iter().all(|&l| l <= limit) {
            return lens;
        }
        // Flatten the distribution until the tree is shallow enough.
        for x in f.iter_mut() {
            if *x > 0 {
                *x = x.div_ceil(2);
            }
        }
    }
}

/// The leaf depths of a Huffman tree built for the nonzero frequencies.
fn tree_depths(f: &[u32]) -> Vec<u8> {
    // nodes: (weight, parent); the first f.len() are the leaves.
    let mut weight: Vec<u64> = f.iter().map(|x| *x as u64).collect();
    let mut parent: Vec<usize> = vec![usize::MAX; f.len()];
    let mut active: Vec<usize> = (0..f.len()).filter(|&i| f[i] > 0).collect();
    while active.len() > 1 {
        active.sort_by(|a, b| weight[*b].cmp(&weight[*a]).then(b.cmp(a)));
        let (Some(x), Some(y)) = (active.pop(), active.pop()) else {
            break;
        };
        let n = weight.len();
        weight.push(weight[x] + weight[y]);
        parent.push(usize::MAX);
        parent[x] = n;
        parent[y] = n;
        active.push(n);
    }
    (0..f.len())
        .map(|i| {
            if f[i] == 0 {
                return 0;
            }
            let mut d = 0u8;
            let mut k = i;
            while parent[k] != usize::MAX {
                k = parent[k];
                d = d.saturating_add(1);
            }
            d
        })
        .collect()
}

/// Canonical codes (RFC 1951 3.2.2) for code lengths.
fn canonical_codes(lens: &[u8]) -> Vec<u16> {
    let mut count = [0u16; 16];
    for &l in lens {
        count[l as usize] += 1;
    }
    count[0] = 0;
    let mut next = [0u16; 16];
    let mut code = 0u16;
    for bits in 1..16 {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    lens.iter()
        .map(|&l| {
            if l == 0 {
                0
            } else {
                let c = next[l as usize];
                next[l as usize] += 1;
                c
            }
        })
        .collect()
}

/// The codes of a dynamic block and its run-length coded code lengths.
struct DynamicCodes {
    llen: Vec<u8>,
    lcode: Vec<u16>,
    dlen: Vec<u8>,
    dcode: Vec<u16>,
    hlit: usize,
    hdist: usize,
    /// (code length symbol 0..18, extra value)
    runs: Vec<(u8, u8)>,
    cllen: Vec<u8>,
    clcode: Vec<u16>,
    hclen: usize,
}

impl DynamicCodes {
    fn new(lfreq: &[u32; 286], dfreq: &[u32; 30]) -> DynamicCodes {
        let llen = code_lengths(lfreq, 15);
        let dlen = code_lengths(dfreq, 15);
        let hlit = 257.max(llen.iter().rposition(|l| *l > 0).map_or(0, |p| p + 1));
        let hdist = 1.max(dlen.iter().rposition(|l| *l > 0).map_or(0, |p| p + 1));
        let all: Vec<u8> = llen[..hlit]
            .iter()
            .chain(dlen[..hdist].iter())
            .copied()
            .collect();
        let mut runs = Vec::new();
        let mut i = 0;
        while i < all.len() {
            let v = all[i];
            let mut r = 1;
            while i + r < all.len() && all[i + r] == v {
                r += 1;
            }
            i += r;
            if v == 0 {
                while r >= 11 {
                    let n = r.min(138);
                    runs.push((18, (n - 11) as u8));
                    r -= n;
                }
                if r >= 3 {
                    runs.push((17, (r - 3) as u8));
                    r = 0;
                }
            } else {
                runs.push((v, 0));
                r -= 1;
                while r >= 3 {
                    let n = r.min(6);
                    runs.push((16, (n - 3) as u8));
                    r -= n;
                }
            }
            for _ in 0..r {
                runs.push((v, 0));
            }
        }
        let mut clfreq = [0u32; 19];
        for (s, _) in &runs {
            clfreq[*s as usize] += 1;
        }
        let cllen = code_lengths(&clfreq, 7);
        let hclen = 4.max(
            CL_ORDER
                .iter()
                .rposition(|&s| cllen[s] > 0)
                .map_or(0, |p| p + 1),
        );
        DynamicCodes {
            lcode: canonical_codes(&llen),
            dcode: canonical_codes(&dlen),
            clcode: canonical_codes(&cllen),
            llen,
            dlen,
            hlit,
            hdist,
            runs,
            cllen,
            hclen,
        }
    }

    /// The size in bits of the header and of the coded symbols (extra bits left out: they
    /// are the same for fixed codes).
    fn cost(&self, lfreq: &[u32; 286], dfreq: &[u32; 30]) -> u64 {
        let mut bits = 14 + 3 * self.hclen as u64;
        for (s, _) in &self.runs {
            bits += self.cllen[*s as usize] as u64
                + match s {
                    16 => 2,
                    17 => 3,
                    18 => 7,
                    _ => 0,
                };
        }
        bits += lfreq
            .iter()
            .zip(&self.llen)
            .map(|(f, l)| *f as u64 * *l as u64)
            .sum::<u64>();
        bits += dfreq
            .iter()
            .zip(&self.dlen)
            .map(|(f, l)| *f as u64 * *l as u64)
            .sum::<u64>();
        bits
    }

    fn write_header(&self, w: &mut BitWriter) {
        w.put((self.hlit - 257) as u32, 5);
        w.put((self.hdist - 1) as u32, 5);
        w.put((self.hclen - 4) as u32, 4);
        for &s in CL_ORDER.iter().take(self.hclen) {
            w.put(self.cllen[s] as u32, 3);
        }
        for (s, extra) in &self.runs {
            let s = *s as usize;
            w.code(self.clcode[s] as u32, self.cllen[s] as u32);
            match s {
                16 => w.put(*extra as u32, 2),
                17 => w.put(*extra as u32, 3),
                18 => w.put(*extra as u32, 7),
                _ => {}
            }
        }
    }
}
