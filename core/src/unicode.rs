//! Unicode character properties and case mappings as CPython 3.11 defines them (Unicode
//! 14.0.0), from the generated tables in `unicode_data.rs`, plus the representation of lone
//! surrogates.
//!
//! Lone surrogates: Python strs may hold the code points U+D800..U+DFFF, Rust strs may not.
//! wasipy stores them as the private-use characters U+10F7FE..U+10FFFD ("surrogate window",
//! one for one); `code_of` and `char_of` translate, so `ord`, `chr`, repr, the codecs and
//! every property below see the surrogate. See docs/differences.md.

use crate::unicode_data as data;

pub const FLAG_ALPHA: u16 = 1;
pub const FLAG_DECIMAL: u16 = 1 << 1;
pub const FLAG_DIGIT: u16 = 1 << 2;
pub const FLAG_NUMERIC: u16 = 1 << 3;
pub const FLAG_LOWER: u16 = 1 << 4;
pub const FLAG_UPPER: u16 = 1 << 5;
pub const FLAG_TITLE: u16 = 1 << 6;
pub const FLAG_CASED: u16 = 1 << 7;
pub const FLAG_CASE_IGNORABLE: u16 = 1 << 8;
pub const FLAG_SPACE: u16 = 1 << 9;
pub const FLAG_PRINTABLE: u16 = 1 << 10;
pub const FLAG_XID_START: u16 = 1 << 11;
pub const FLAG_XID_CONTINUE: u16 = 1 << 12;

/// First character of the surrogate window (stands for U+D800).
pub const SURROGATE_WINDOW: u32 = 0x10F7FE;
const SURROGATE_COUNT: u32 = 0x800;

/// The Python code point of `c` (a surrogate for characters of the surrogate window).
#[inline]
pub fn code_of(c: char) -> u32 {
    let u = c as u32;
    if (SURROGATE_WINDOW..SURROGATE_WINDOW + SURROGATE_COUNT).contains(&u) {
        0xD800 + (u - SURROGATE_WINDOW)
    } else {
        u
    }
}

/// The character storing Python code point `u` (None above U+10FFFF).
#[inline]
pub fn char_of(u: u32) -> Option<char> {
    if (0xD800..0xE000).contains(&u) {
        char::from_u32(SURROGATE_WINDOW + (u - 0xD800))
    } else {
        char::from_u32(u)
    }
}

/// Is `c` a (stored) lone surrogate?
#[inline]
pub fn is_surrogate(c: char) -> bool {
    let u = c as u32;
    (SURROGATE_WINDOW..SURROGATE_WINDOW + SURROGATE_COUNT).contains(&u)
}

/// Does `s` contain any lone surrogate? (Cheap: they are 4-byte sequences starting F4 8F/F4 8x.)
pub fn has_surrogates(s: &str) -> bool {
    !s.is_ascii() && s.chars().any(is_surrogate)
}

/// The property flags of code point `u`.
pub fn flags(u: u32) -> u16 {
    if (0xD800..0xE000).contains(&u) {
        return 0;
    }
    let key = u << 8 | 0xff;
    // Index of the last run starting at or before `u`; run 0 starts at 0.
    let i = data::FLAG_RUNS.partition_point(|r| *r <= key);
    let run = data::FLAG_RUNS[i.saturating_sub(1)];
    data::FLAG_SETS[(run & 0xff) as usize]
}

#[inline]
fn char_flags(c: char) -> u16 {
    flags(code_of(c))
}

#[inline]
fn has(c: char, f: u16) -> bool {
    char_flags(c) & f != 0
}

pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, FLAG_ALPHA)
}

pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, FLAG_DECIMAL)
}

pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, FLAG_DIGIT)
}

pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    has(c, FLAG_NUMERIC)
}

pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    has(c, FLAG_ALPHA | FLAG_DECIMAL | FLAG_DIGIT | FLAG_NUMERIC)
}

pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    has(c, FLAG_LOWER)
}

pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    has(c, FLAG_UPPER)
}

/// Titlecase letter (category Lt).
pub fn is_title(c: char) -> bool {
    !c.is_ascii() && has(c, FLAG_TITLE)
}

pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    has(c, FLAG_CASED)
}

pub fn is_case_ignorable(c: char) -> bool {
    has(c, FLAG_CASE_IGNORABLE)
}

/// `str.isspace` for one character (also what `split()` and `strip()` use).
#[inline]
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    has(c, FLAG_SPACE)
}

/// Printable as `str.isprintable` and `repr` define it.
#[inline]
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    has(c, FLAG_PRINTABLE)
}

pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphabetic();
    }
    has(c, FLAG_XID_START)
}

pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c == '_' || c.is_ascii_alphanumeric();
    }
    has(c, FLAG_XID_CONTINUE)
}

/// A line boundary for `str.splitlines`.
#[inline]
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The decimal value of a decimal digit (category Nd).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if c.is_ascii() || !has(c, FLAG_DECIMAL) {
        return None;
    }
    let u = c as u32;
    let i = data::DECIMAL_ZEROS.partition_point(|z| *z <= u);
    let zero = data::DECIMAL_ZEROS[i.checked_sub(1)?];
    Some(u - zero)
}

/// Which case mapping to apply.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Case {
    Lower,
    Upper,
    Title,
    Fold,
}

/// Single-character runs and multi-character entries of one case mapping.
type CaseTables = (&'static [(u32, u32, i32)], &'static [(u32, &'static str)]);

fn tables(case: Case) -> CaseTables {
    match case {
        Case::Lower => (&data::LOWER_RUNS, &data::LOWER_MULTI),
        Case::Upper => (&data::UPPER_RUNS, &data::UPPER_MULTI),
        Case::Title => (&data::TITLE_RUNS, &data::TITLE_MULTI),
        Case::Fold => (&data::FOLD_RUNS, &data::FOLD_MULTI),
    }
}

/// Appends the full `case` mapping of `c` to `out` (without the final-sigma rule).
pub fn push_case(out: &mut String, c: char, case: Case) {
    if c.is_ascii() {
        out.push(match case {
            Case::Lower | Case::Fold => c.to_ascii_lowercase(),
            Case::Upper | Case::Title => c.to_ascii_uppercase(),
        });
        return;
    }
    let u = c as u32;
    let (runs, multi) = tables(case);
    let i = runs.partition_point(|r| r.0 <= u);
    if i > 0 {
        let (start, cs, delta) = runs[i - 1];
        let (count, step) = (cs >> 8, cs & 0xff);
        let off = u - start;
        if off.is_multiple_of(step) && off / step < count {
            // The generator only emits deltas that land on valid characters.
            out.push(char::from_u32((u as i64 + delta as i64) as u32).unwrap_or(c));
            return;
        }
    }
    match multi.binary_search_by_key(&u, |m| m.0) {
        Ok(j) => out.push_str(multi[j].1),
        Err(_) => out.push(c),
    }
}

/// Does `c` have a non-identity `case` mapping?
pub fn changes_case(c: char, case: Case) -> bool {
    let mut s = String::new();
    push_case(&mut s, c, case);
    s.chars().ne(std::iter::once(c))
}

/// `str.lower` on the character at char index `i` of `chars`, with the final-sigma rule.
pub fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_case(out, c, Case::Lower);
    }
}

/// CPython's final-sigma test: preceded by a cased letter and not followed by one
/// (skipping case-ignorable characters both ways).
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let mut j = i;
    let mut before = None;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(chars[j]) {
            before = Some(chars[j]);
            break;
        }
    }
    if !before.map(is_cased).unwrap_or(false) {
        return false;
    }
    for &c in &chars[i + 1..] {
        if !is_case_ignorable(c) {
            return !is_cased(c);
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn properties() {
        assert!(
            is_alpha('é') && !is_alpha('1') && is_decimal('٣') && is_digit('²') && !is_decimal('²')
        );
        assert!(
            is_numeric('½') && is_numeric('一') && is_space('\u{3000}') && !is_printable('\u{ad}')
        );
        assert_eq!(decimal_value('٣'), Some(3));
        assert_eq!(decimal_value('𝟗'), Some(9));
        assert!(is_title('ǅ') && is_cased('ǅ') && !is_upper('ǅ'));
        assert_eq!(flags(0xd800), 0);
    }

    #[test]
    fn cases() {
        let map = |s: &str, case| {
            let mut o = String::new();
            for c in s.chars() {
                push_case(&mut o, c, case);
            }
            o
        };
        assert_eq!(map("straße", Case::Upper), "STRASSE");
        assert_eq!(map("ß", Case::Title), "Ss");
        assert_eq!(map("ǆ", Case::Title), "ǅ");
        assert_eq!(map("İ", Case::Lower), "i\u{307}");
        assert_eq!(map("ﬁ", Case::Fold), "fi");
        assert_eq!(map("ÀÉ", Case::Lower), "àé");
    }

    #[test]
    fn surrogates() {
        let c = char_of(0xdc80).unwrap();
        assert_eq!(code_of(c), 0xdc80);
        assert!(is_surrogate(c) && !is_printable(c));
        assert_eq!(code_of('\u{10FFFF}'), 0x10FFFF);
    }
}
