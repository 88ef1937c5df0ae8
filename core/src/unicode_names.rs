//! Unicode character names (Unicode 14.0.0, as CPython 3.11 knows them): `name_of` for
//! the `namereplace` error handler and `lookup` for `\N{...}` escapes (case-insensitive,
//! including the name aliases CPython accepts). The compressed tables are generated into
//! `unicode_names_data.rs`; algorithmic names (CJK ideographs, Hangul syllables, ...) are
//! computed here.

#[cfg(feature = "unicode-names")]
use crate::unicode_names_data as data;

/// Without the name table: only the algorithmic names.
#[cfg(not(feature = "unicode-names"))]
mod data {
    pub const CHECKPOINT: usize = 1;
    pub const NAME_COUNT: usize = 0;
    pub static WORDS: &str = "";
    pub static WORD_OFFSETS: [u16; 1] = [0];
    pub static NAMES: [u8; 0] = [];
    pub static CHECKPOINTS: [u32; 0] = [];
    pub static RUN_STARTS: [u32; 0] = [];
    pub static RUN_INDEX: [u16; 0] = [];
    pub static ALIASES: [(&str, u32); 0] = [];
}

/// Ranges whose names are `PREFIX-XXXX` (the code point in hex), Unicode 14.0.0
/// (tools/gen_unicode_names.py checks this list).
static ALGORITHMIC: [(&str, u32, u32); 13] = [
    ("CJK UNIFIED IDEOGRAPH", 0x3400, 0x4DBF),
    ("CJK UNIFIED IDEOGRAPH", 0x4E00, 0x9FFF),
    ("CJK UNIFIED IDEOGRAPH", 0x20000, 0x2A6DF),
    ("CJK UNIFIED IDEOGRAPH", 0x2A700, 0x2B738),
    ("CJK UNIFIED IDEOGRAPH", 0x2B740, 0x2B81D),
    ("CJK UNIFIED IDEOGRAPH", 0x2B820, 0x2CEA1),
    ("CJK UNIFIED IDEOGRAPH", 0x2CEB0, 0x2EBE0),
    ("CJK UNIFIED IDEOGRAPH", 0x30000, 0x3134A),
    ("CJK COMPATIBILITY IDEOGRAPH", 0xF900, 0xFA6D),
    ("CJK COMPATIBILITY IDEOGRAPH", 0xFA70, 0xFAD9),
    ("CJK COMPATIBILITY IDEOGRAPH", 0x2F800, 0x2FA1D),
    ("KHITAN SMALL SCRIPT CHARACTER", 0x18B00, 0x18CD5),
    ("NUSHU CHARACTER", 0x1B170, 0x1B2FB),
];

const HANGUL_BASE: u32 = 0xAC00;
const HANGUL_COUNT: u32 = 11172;
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

/// The word with code `i`.
fn word(i: usize) -> &'static str {
    let (a, b) = (
        data::WORD_OFFSETS[i] as usize,
        data::WORD_OFFSETS[i + 1] as usize,
    );
    &data::WORDS[a..b]
}

/// Decodes the name at byte `pos` of NAMES into `words` (which holds the previous name's
/// words, for front coding); returns the position of the next name.
fn decode_next(pos: usize, words: &mut Vec<(bool, &'static str)>) -> usize {
    let header = data::NAMES[pos];
    let (shared, count) = ((header >> 4) as usize, (header & 15) as usize);
    words.truncate(shared);
    let mut p = pos + 1;
    for _ in 0..count {
        let mut hyphen = false;
        if data::NAMES[p] == 0xFF {
            hyphen = true;
            p += 1;
        }
        let b = data::NAMES[p] as usize;
        let code = if b < 0xC0 {
            p += 1;
            b
        } else {
            let c = 192 + (((b & 0x3F) << 8) | data::NAMES[p + 1] as usize);
            p += 2;
            c
        };
        words.push((hyphen, word(code)));
    }
    p
}

fn join(words: &[(bool, &str)]) -> String {
    let mut s = String::with_capacity(32);
    for (i, (hyphen, w)) in words.iter().enumerate() {
        if i > 0 {
            s.push(if *hyphen { '-' } else { ' ' });
        }
        s.push_str(w);
    }
    s
}

/// The stored name with index `idx` (in code point order).
fn stored_name(idx: usize) -> String {
    let block = idx / data::CHECKPOINT;
    let mut pos = data::CHECKPOINTS[block] as usize;
    let mut words = Vec::with_capacity(8);
    for _ in block * data::CHECKPOINT..=idx {
        pos = decode_next(pos, &mut words);
    }
    join(&words)
}

/// The Unicode name of `c` (None for unnamed characters such as controls).
pub fn name_of(c: char) -> Option<String> {
    let u = crate::unicode::code_of(c);
    if (HANGUL_BASE..HANGUL_BASE + HANGUL_COUNT).contains(&u) {
        let s = u - HANGUL_BASE;
        let (l, v, t) = (s / (21 * 28), (s % (21 * 28)) / 28, s % 28);
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[l as usize], JAMO_V[v as usize], JAMO_T[t as usize]
        ));
    }
    for (prefix, a, b) in ALGORITHMIC.iter() {
        if (*a..=*b).contains(&u) {
            return Some(format!("{}-{:X}", prefix, u));
        }
    }
    let r = data::RUN_STARTS
        .partition_point(|s| *s <= u)
        .checked_sub(1)?;
    let idx = data::RUN_INDEX[r] as usize + (u - data::RUN_STARTS[r]) as usize;
    let end = data::RUN_INDEX
        .get(r + 1)
        .map_or(data::NAME_COUNT, |i| *i as usize);
    if idx >= end {
        return None;
    }
    Some(stored_name(idx))
}

/// The character named `name`, as CPython's `\N{...}` finds it: names and aliases match
/// case-insensitively; Hangul syllables and CJK unified ideographs are computed and match
/// only in upper case.
pub fn lookup(name: &str) -> Option<char> {
    if let Some(rest) = name.strip_prefix("HANGUL SYLLABLE ") {
        return hangul_lookup(rest);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        if !(4..=5).contains(&hex.len())
            || !hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b))
        {
            return None;
        }
        let u = u32::from_str_radix(hex, 16).ok()?;
        let unified = ALGORITHMIC
            .iter()
            .any(|(p, a, b)| *p == "CJK UNIFIED IDEOGRAPH" && (*a..=*b).contains(&u));
        return if unified { char::from_u32(u) } else { None };
    }
    let up = name.to_ascii_uppercase();
    // Other `PREFIX-XXXX` names are ordinary names in CPython's table.
    if let Some((prefix, hex)) = up.rsplit_once('-') {
        if let Ok(u) = u32::from_str_radix(hex, 16) {
            let listed = ALGORITHMIC.iter().any(|(p, a, b)| {
                *p == prefix && *p != "CJK UNIFIED IDEOGRAPH" && (*a..=*b).contains(&u)
            });
            if listed && format!("{:X}", u) == hex {
                return char::from_u32(u);
            }
        }
    }
    if let Ok(i) = data::ALIASES.binary_search_by(|(n, _)| (*n).cmp(up.as_str())) {
        return char::from_u32(data::ALIASES[i].1);
    }
    // Scan the stored names in order; each block starts at a checkpoint.
    let mut words = Vec::with_capacity(8);
    let mut pos = 0;
    for idx in 0..data::NAME_COUNT {
        if idx % data::CHECKPOINT == 0 {
            words.clear();
        }
        pos = decode_next(pos, &mut words);
        if names_equal(&words, &up) {
            return code_point_of(idx).and_then(crate::unicode::char_of);
        }
    }
    None
}

/// Does the name made of `words` equal `target`, without building it?
fn names_equal(words: &[(bool, &str)], target: &str) -> bool {
    let mut rest = target;
    for (i, (hyphen, w)) in words.iter().enumerate() {
        if i > 0 {
            let sep = if *hyphen { "-" } else { " " };
            match rest.strip_prefix(sep) {
                Some(r) => rest = r,
                None => return false,
            }
        }
        match rest.strip_prefix(w) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

/// The code point of stored name `idx`.
fn code_point_of(idx: usize) -> Option<u32> {
    let r = data::RUN_INDEX
        .partition_point(|i| *i as usize <= idx)
        .checked_sub(1)?;
    Some(data::RUN_STARTS[r] + (idx - data::RUN_INDEX[r] as usize) as u32)
}

fn hangul_lookup(rest: &str) -> Option<char> {
    // Longest-match decomposition into leading, vowel and trailing jamo, as CPython does.
    let take = |s: &str, table: &[&str]| -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (i, j) in table.iter().enumerate() {
            if s.starts_with(j) && best.is_none_or(|(_, len)| j.len() > len) {
                best = Some((i, j.len()));
            }
        }
        best
    };
    let (l, n1) = take(rest, &JAMO_L)?;
    let (v, n2) = take(&rest[n1..], &JAMO_V)?;
    let (t, n3) = take(&rest[n1 + n2..], &JAMO_T)?;
    if n1 + n2 + n3 != rest.len() {
        return None;
    }
    char::from_u32(HANGUL_BASE + ((l * 21 + v) * 28 + t) as u32)
}

#[cfg(all(test, feature = "unicode-names"))]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name_of('A').as_deref(), Some("LATIN CAPITAL LETTER A"));
        assert_eq!(name_of('\u{20ac}').as_deref(), Some("EURO SIGN"));
        assert_eq!(name_of('\u{1f600}').as_deref(), Some("GRINNING FACE"));
        assert_eq!(
            name_of('\u{4e00}').as_deref(),
            Some("CJK UNIFIED IDEOGRAPH-4E00")
        );
        assert_eq!(name_of('\u{ac00}').as_deref(), Some("HANGUL SYLLABLE GA"));
        assert_eq!(name_of('\n'), None);
        assert_eq!(lookup("latin small letter e with acute"), Some('é'));
        assert_eq!(lookup("LINE FEED"), Some('\n'));
        assert_eq!(lookup("HANGUL SYLLABLE GAG"), Some('\u{ac01}'));
        assert_eq!(lookup("hangul syllable GAG"), None);
        assert_eq!(lookup("HANGUL SYLLABLE Gag"), None);
        assert_eq!(lookup("cjk unified ideograph-4e00"), None);
        assert_eq!(lookup("nushu character-1b170"), Some('\u{1b170}'));
        assert_eq!(lookup("CJK UNIFIED IDEOGRAPH-4E00"), Some('\u{4e00}'));
        assert_eq!(lookup("TIBETAN MARK TSA -PHRU"), Some('\u{f39}'));
        assert_eq!(lookup("NO SUCH NAME"), None);
    }
}
