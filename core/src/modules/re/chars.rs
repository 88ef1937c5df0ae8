//! Character classes and case mappings as CPython's `_sre` sees them: code points (`u32`),
//! simple case mappings (the first character of the full mapping), ASCII rules for bytes
//! patterns and `re.ASCII`, and the C locale for `re.LOCALE`.

use crate::unicode::{self, Case};
use crate::unicode_data as data;

use super::casefix::EXTRA_CASES;

/// Runs of single-character mappings and the multi-character entries of one mapping.
type CaseTables = (&'static [(u32, u32, i32)], &'static [(u32, &'static str)]);

/// The first character of the full `case` mapping of code point `u` (u itself if none).
fn case_first(u: u32, case: Case) -> u32 {
    let (runs, multi): CaseTables = match case {
        Case::Lower => (&data::LOWER_RUNS, &data::LOWER_MULTI),
        _ => (&data::UPPER_RUNS, &data::UPPER_MULTI),
    };
    if (0xD800..0xE000).contains(&u) {
        return u;
    }
    let i = runs.partition_point(|r| r.0 <= u);
    if i > 0 {
        let (start, cs, delta) = runs[i - 1];
        let (count, step) = (cs >> 8, cs & 0xff);
        let off = u - start;
        if off.is_multiple_of(step) && off.checked_div(step).unwrap_or(0) < count {
            return (u as i64 + delta as i64) as u32;
        }
    }
    match multi.binary_search_by_key(&u, |m| m.0) {
        Ok(j) => multi[j].1.chars().next().map_or(u, |c| c as u32),
        Err(_) => u,
    }
}

/// `sre_lower_unicode`.
#[inline]
pub fn lower_uni(u: u32) -> u32 {
    if u < 128 {
        return lower_ascii(u);
    }
    case_first(u, Case::Lower)
}

/// `sre_upper_unicode`.
#[inline]
pub fn upper_uni(u: u32) -> u32 {
    if u < 128 {
        return if (b'a' as u32..=b'z' as u32).contains(&u) {
            u - 32
        } else {
            u
        };
    }
    case_first(u, Case::Upper)
}

#[inline]
pub fn lower_ascii(u: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&u) {
        u + 32
    } else {
        u
    }
}

/// `tolower` in the C locale (python.wasm has no other; CPython's default C.UTF-8 agrees
/// for single bytes).
#[inline]
pub fn lower_locale(u: u32) -> u32 {
    lower_ascii(u)
}

#[inline]
pub fn upper_locale(u: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&u) {
        u - 32
    } else {
        u
    }
}

pub fn iscased_uni(u: u32) -> bool {
    u != lower_uni(u) || u != upper_uni(u)
}

pub fn iscased_ascii(u: u32) -> bool {
    u < 128 && (u as u8).is_ascii_alphabetic()
}

/// Other lowercase letters that `lo` (a lowercase letter) matches under IGNORECASE.
pub fn extra_cases(lo: u32) -> Option<&'static [u32]> {
    EXTRA_CASES
        .binary_search_by_key(&lo, |e| e.0)
        .ok()
        .map(|i| EXTRA_CASES[i].1)
}

fn as_char(u: u32) -> Option<char> {
    unicode::char_of(u)
}

#[inline]
fn is_ascii_word(u: u32) -> bool {
    u < 128 && ((u as u8).is_ascii_alphanumeric() || u == b'_' as u32)
}

#[inline]
fn is_ascii_space(u: u32) -> bool {
    matches!(u, 9..=13 | 32)
}

/// `\w` for str patterns.
#[inline]
pub fn is_uni_word(u: u32) -> bool {
    if u < 128 {
        return is_ascii_word(u);
    }
    as_char(u).is_some_and(unicode::is_alnum)
}

#[inline]
pub fn is_uni_digit(u: u32) -> bool {
    if u < 128 {
        return (b'0' as u32..=b'9' as u32).contains(&u);
    }
    as_char(u).is_some_and(unicode::is_decimal)
}

#[inline]
pub fn is_uni_space(u: u32) -> bool {
    if u < 128 {
        return matches!(u, 9..=13 | 28..=32);
    }
    as_char(u).is_some_and(unicode::is_space)
}

/// The character categories of `\d \D \s \S \w \W` (ASCII, locale and Unicode variants).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Category {
    Digit,
    NotDigit,
    Space,
    NotSpace,
    Word,
    NotWord,
    LocWord,
    LocNotWord,
    UniDigit,
    UniNotDigit,
    UniSpace,
    UniNotSpace,
    UniWord,
    UniNotWord,
}

impl Category {
    /// The variant for a pattern compiled with `flags`.
    pub fn with_flags(self, flags: u32) -> Category {
        use Category::*;
        if flags & super::FLAG_LOCALE != 0 {
            match self {
                Word => LocWord,
                NotWord => LocNotWord,
                c => c,
            }
        } else if flags & super::FLAG_UNICODE != 0 {
            match self {
                Digit => UniDigit,
                NotDigit => UniNotDigit,
                Space => UniSpace,
                NotSpace => UniNotSpace,
                Word => UniWord,
                NotWord => UniNotWord,
                c => c,
            }
        } else {
            self
        }
    }

    pub fn contains(self, u: u32) -> bool {
        use Category::*;
        match self {
            Digit => (b'0' as u32..=b'9' as u32).contains(&u),
            NotDigit => !(b'0' as u32..=b'9' as u32).contains(&u),
            Space => is_ascii_space(u),
            NotSpace => !is_ascii_space(u),
            Word | LocWord => is_ascii_word(u),
            NotWord | LocNotWord => !is_ascii_word(u),
            UniDigit => is_uni_digit(u),
            UniNotDigit => !is_uni_digit(u),
            UniSpace => is_uni_space(u),
            UniNotSpace => !is_uni_space(u),
            UniWord => is_uni_word(u),
            UniNotWord => !is_uni_word(u),
        }
    }
}

/// Word characters for `\b` and `\B` in each mode.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum WordMode {
    Ascii,
    Locale,
    Unicode,
}

impl WordMode {
    #[inline]
    pub fn is_word(self, u: u32) -> bool {
        match self {
            WordMode::Ascii | WordMode::Locale => is_ascii_word(u),
            WordMode::Unicode => is_uni_word(u),
        }
    }
}
