//! Text encodings with CPython 3.11's semantics: utf-8 (and utf-8-sig), ascii, latin-1,
//! utf-16 and utf-32 (with and without BOM, le/be), unicode_escape and raw_unicode_escape;
//! the error handlers strict, ignore, replace, backslashreplace, surrogateescape,
//! surrogatepass, xmlcharrefreplace and namereplace; codec name normalisation and aliases;
//! UnicodeEncodeError/UnicodeDecodeError with CPython's positions and reasons.
//!
//! Lone surrogates are stored as the characters of the surrogate window (see
//! `crate::unicode`), so they are found with `unicode::is_surrogate`.

use crate::object::{Payload, Value};
use crate::objects::{bytesobj, strobj};
use crate::types::types;
use crate::unicode;
use crate::vm::{PyErr, PyResult, Vm};

/// A text codec.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    /// `None`: with a BOM (native little-endian when encoding); `Some(true)`: big-endian.
    Utf16(Option<bool>),
    Utf32(Option<bool>),
    UnicodeEscape,
    RawUnicodeEscape,
    /// A single-byte code page: index into `CHARMAPS`.
    Charmap(u8),
}

/// CPython's `encodings.normalize_encoding`, lower-cased: runs of characters other than
/// ASCII letters, digits and '.' become one '_', stripped at both ends.
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

/// The codec for a normalised name (aliases from CPython's `encodings.aliases`).
fn codec_by_name(n: &str) -> Option<Codec> {
    Some(match n {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
        | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
        | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_be" | "unicodebigunmarked" | "utf_16be" => Codec::Utf16(Some(true)),
        "utf_16_le" | "unicodelittleunmarked" | "utf_16le" => Codec::Utf16(Some(false)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(true)),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(false)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return charmap_by_name(n).map(Codec::Charmap),
    })
}

/// Single-byte code pages: the characters of bytes 0x80..=0xff (0xfffe: undefined);
/// bytes below 0x80 are ASCII in all of them.
static CHARMAPS: [(&str, [u16; 128]); 9] = [
    (
        "cp1252",
        [
            0x20ac, 0xfffe, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160,
            0x2039, 0x0152, 0xfffe, 0x017d, 0xfffe, 0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
            0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffe, 0x017e, 0x0178, 0x00a0,
            0x00a1, 0x00a2, 0x00a3, 0x00a4, 0x00a5, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x00aa, 0x00ab,
            0x00ac, 0x00ad, 0x00ae, 0x00af, 0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x00b4, 0x00b5, 0x00b6,
            0x00b7, 0x00b8, 0x00b9, 0x00ba, 0x00bb, 0x00bc, 0x00bd, 0x00be, 0x00bf, 0x00c0, 0x00c1,
            0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7, 0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc,
            0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3, 0x00d4, 0x00d5, 0x00d6, 0x00d7,
            0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df, 0x00e0, 0x00e1, 0x00e2,
            0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x00ec, 0x00ed,
            0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7, 0x00f8,
            0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
        ],
    ),
    (
        "cp1250",
        [
            0x20ac, 0xfffe, 0x201a, 0xfffe, 0x201e, 0x2026, 0x2020, 0x2021, 0xfffe, 0x2030, 0x0160,
            0x2039, 0x015a, 0x0164, 0x017d, 0x0179, 0xfffe, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
            0x2013, 0x2014, 0xfffe, 0x2122, 0x0161, 0x203a, 0x015b, 0x0165, 0x017e, 0x017a, 0x00a0,
            0x02c7, 0x02d8, 0x0141, 0x00a4, 0x0104, 0x00a6, 0x00a7, 0x00a8, 0x00a9, 0x015e, 0x00ab,
            0x00ac, 0x00ad, 0x00ae, 0x017b, 0x00b0, 0x00b1, 0x02db, 0x0142, 0x00b4, 0x00b5, 0x00b6,
            0x00b7, 0x00b8, 0x0105, 0x015f, 0x00bb, 0x013d, 0x02dd, 0x013e, 0x017c, 0x0154, 0x00c1,
            0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7, 0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a,
            0x00cd, 0x00ce, 0x010e, 0x0110, 0x0143, 0x0147, 0x00d3, 0x00d4, 0x0150, 0x00d6, 0x00d7,
            0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df, 0x0155, 0x00e1, 0x00e2,
            0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7, 0x010d, 0x00e9, 0x0119, 0x00eb, 0x011b, 0x00ed,
            0x00ee, 0x010f, 0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7, 0x0159,
            0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
        ],
    ),
    (
        "cp1251",
        [
            0x0402, 0x0403, 0x201a, 0x0453, 0x201e, 0x2026, 0x2020, 0x2021, 0x20ac, 0x2030, 0x0409,
            0x2039, 0x040a, 0x040c, 0x040b, 0x040f, 0x0452, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022,
            0x2013, 0x2014, 0xfffe, 0x2122, 0x0459, 0x203a, 0x045a, 0x045c, 0x045b, 0x045f, 0x00a0,
            0x040e, 0x045e, 0x0408, 0x00a4, 0x0490, 0x00a6, 0x00a7, 0x0401, 0x00a9, 0x0404, 0x00ab,
            0x00ac, 0x00ad, 0x00ae, 0x0407, 0x00b0, 0x00b1, 0x0406, 0x0456, 0x0491, 0x00b5, 0x00b6,
            0x00b7, 0x0451, 0x2116, 0x0454, 0x00bb, 0x0458, 0x0405, 0x0455, 0x0457, 0x0410, 0x0411,
            0x0412, 0x0413, 0x0414, 0x0415, 0x0416, 0x0417, 0x0418, 0x0419, 0x041a, 0x041b, 0x041c,
            0x041d, 0x041e, 0x041f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0426, 0x0427,
            0x0428, 0x0429, 0x042a, 0x042b, 0x042c, 0x042d, 0x042e, 0x042f, 0x0430, 0x0431, 0x0432,
            0x0433, 0x0434, 0x0435, 0x0436, 0x0437, 0x0438, 0x0439, 0x043a, 0x043b, 0x043c, 0x043d,
            0x043e, 0x043f, 0x0440, 0x0441, 0x0442, 0x0443, 0x0444, 0x0445, 0x0446, 0x0447, 0x0448,
            0x0449, 0x044a, 0x044b, 0x044c, 0x044d, 0x044e, 0x044f,
        ],
    ),
    (
        "cp437",
        [
            0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8,
            0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2,
            0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc, 0x00a2, 0x00a3, 0x00a5, 0x20a7, 0x0192, 0x00e1,
            0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x2310, 0x00ac, 0x00bd,
            0x00bc, 0x00a1, 0x00ab, 0x00bb, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x2561, 0x2562,
            0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255d, 0x255c, 0x255b, 0x2510, 0x2514, 0x2534,
            0x252c, 0x251c, 0x2500, 0x253c, 0x255e, 0x255f, 0x255a, 0x2554, 0x2569, 0x2566, 0x2560,
            0x2550, 0x256c, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256b,
            0x256a, 0x2518, 0x250c, 0x2588, 0x2584, 0x258c, 0x2590, 0x2580, 0x03b1, 0x00df, 0x0393,
            0x03c0, 0x03a3, 0x03c3, 0x00b5, 0x03c4, 0x03a6, 0x0398, 0x03a9, 0x03b4, 0x221e, 0x03c6,
            0x03b5, 0x2229, 0x2261, 0x00b1, 0x2265, 0x2264, 0x2320, 0x2321, 0x00f7, 0x2248, 0x00b0,
            0x2219, 0x00b7, 0x221a, 0x207f, 0x00b2, 0x25a0, 0x00a0,
        ],
    ),
    (
        "cp850",
        [
            0x00c7, 0x00fc, 0x00e9, 0x00e2, 0x00e4, 0x00e0, 0x00e5, 0x00e7, 0x00ea, 0x00eb, 0x00e8,
            0x00ef, 0x00ee, 0x00ec, 0x00c4, 0x00c5, 0x00c9, 0x00e6, 0x00c6, 0x00f4, 0x00f6, 0x00f2,
            0x00fb, 0x00f9, 0x00ff, 0x00d6, 0x00dc, 0x00f8, 0x00a3, 0x00d8, 0x00d7, 0x0192, 0x00e1,
            0x00ed, 0x00f3, 0x00fa, 0x00f1, 0x00d1, 0x00aa, 0x00ba, 0x00bf, 0x00ae, 0x00ac, 0x00bd,
            0x00bc, 0x00a1, 0x00ab, 0x00bb, 0x2591, 0x2592, 0x2593, 0x2502, 0x2524, 0x00c1, 0x00c2,
            0x00c0, 0x00a9, 0x2563, 0x2551, 0x2557, 0x255d, 0x00a2, 0x00a5, 0x2510, 0x2514, 0x2534,
            0x252c, 0x251c, 0x2500, 0x253c, 0x00e3, 0x00c3, 0x255a, 0x2554, 0x2569, 0x2566, 0x2560,
            0x2550, 0x256c, 0x00a4, 0x00f0, 0x00d0, 0x00ca, 0x00cb, 0x00c8, 0x0131, 0x00cd, 0x00ce,
            0x00cf, 0x2518, 0x250c, 0x2588, 0x2584, 0x00a6, 0x00cc, 0x2580, 0x00d3, 0x00df, 0x00d4,
            0x00d2, 0x00f5, 0x00d5, 0x00b5, 0x00fe, 0x00de, 0x00da, 0x00db, 0x00d9, 0x00fd, 0x00dd,
            0x00af, 0x00b4, 0x00ad, 0x00b1, 0x2017, 0x00be, 0x00b6, 0x00a7, 0x00f7, 0x00b8, 0x00b0,
            0x00a8, 0x00b7, 0x00b9, 0x00b3, 0x00b2, 0x25a0, 0x00a0,
        ],
    ),
    (
        "iso8859-2",
        [
            0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008a,
            0x008b, 0x008c, 0x008d, 0x008e, 0x008f, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095,
            0x0096, 0x0097, 0x0098, 0x0099, 0x009a, 0x009b, 0x009c, 0x009d, 0x009e, 0x009f, 0x00a0,
            0x0104, 0x02d8, 0x0141, 0x00a4, 0x013d, 0x015a, 0x00a7, 0x00a8, 0x0160, 0x015e, 0x0164,
            0x0179, 0x00ad, 0x017d, 0x017b, 0x00b0, 0x0105, 0x02db, 0x0142, 0x00b4, 0x013e, 0x015b,
            0x02c7, 0x00b8, 0x0161, 0x015f, 0x0165, 0x017a, 0x02dd, 0x017e, 0x017c, 0x0154, 0x00c1,
            0x00c2, 0x0102, 0x00c4, 0x0139, 0x0106, 0x00c7, 0x010c, 0x00c9, 0x0118, 0x00cb, 0x011a,
            0x00cd, 0x00ce, 0x010e, 0x0110, 0x0143, 0x0147, 0x00d3, 0x00d4, 0x0150, 0x00d6, 0x00d7,
            0x0158, 0x016e, 0x00da, 0x0170, 0x00dc, 0x00dd, 0x0162, 0x00df, 0x0155, 0x00e1, 0x00e2,
            0x0103, 0x00e4, 0x013a, 0x0107, 0x00e7, 0x010d, 0x00e9, 0x0119, 0x00eb, 0x011b, 0x00ed,
            0x00ee, 0x010f, 0x0111, 0x0144, 0x0148, 0x00f3, 0x00f4, 0x0151, 0x00f6, 0x00f7, 0x0159,
            0x016f, 0x00fa, 0x0171, 0x00fc, 0x00fd, 0x0163, 0x02d9,
        ],
    ),
    (
        "iso8859-15",
        [
            0x0080, 0x0081, 0x0082, 0x0083, 0x0084, 0x0085, 0x0086, 0x0087, 0x0088, 0x0089, 0x008a,
            0x008b, 0x008c, 0x008d, 0x008e, 0x008f, 0x0090, 0x0091, 0x0092, 0x0093, 0x0094, 0x0095,
            0x0096, 0x0097, 0x0098, 0x0099, 0x009a, 0x009b, 0x009c, 0x009d, 0x009e, 0x009f, 0x00a0,
            0x00a1, 0x00a2, 0x00a3, 0x20ac, 0x00a5, 0x0160, 0x00a7, 0x0161, 0x00a9, 0x00aa, 0x00ab,
            0x00ac, 0x00ad, 0x00ae, 0x00af, 0x00b0, 0x00b1, 0x00b2, 0x00b3, 0x017d, 0x00b5, 0x00b6,
            0x00b7, 0x017e, 0x00b9, 0x00ba, 0x00bb, 0x0152, 0x0153, 0x0178, 0x00bf, 0x00c0, 0x00c1,
            0x00c2, 0x00c3, 0x00c4, 0x00c5, 0x00c6, 0x00c7, 0x00c8, 0x00c9, 0x00ca, 0x00cb, 0x00cc,
            0x00cd, 0x00ce, 0x00cf, 0x00d0, 0x00d1, 0x00d2, 0x00d3, 0x00d4, 0x00d5, 0x00d6, 0x00d7,
            0x00d8, 0x00d9, 0x00da, 0x00db, 0x00dc, 0x00dd, 0x00de, 0x00df, 0x00e0, 0x00e1, 0x00e2,
            0x00e3, 0x00e4, 0x00e5, 0x00e6, 0x00e7, 0x00e8, 0x00e9, 0x00ea, 0x00eb, 0x00ec, 0x00ed,
            0x00ee, 0x00ef, 0x00f0, 0x00f1, 0x00f2, 0x00f3, 0x00f4, 0x00f5, 0x00f6, 0x00f7, 0x00f8,
            0x00f9, 0x00fa, 0x00fb, 0x00fc, 0x00fd, 0x00fe, 0x00ff,
        ],
    ),
    (
        "koi8-r",
        [
            0x2500, 0x2502, 0x250c, 0x2510, 0x2514, 0x2518, 0x251c, 0x2524, 0x252c, 0x2534, 0x253c,
            0x2580, 0x2584, 0x2588, 0x258c, 0x2590, 0x2591, 0x2592, 0x2593, 0x2320, 0x25a0, 0x2219,
            0x221a, 0x2248, 0x2264, 0x2265, 0x00a0, 0x2321, 0x00b0, 0x00b2, 0x00b7, 0x00f7, 0x2550,
            0x2551, 0x2552, 0x0451, 0x2553, 0x2554, 0x2555, 0x2556, 0x2557, 0x2558, 0x2559, 0x255a,
            0x255b, 0x255c, 0x255d, 0x255e, 0x255f, 0x2560, 0x2561, 0x0401, 0x2562, 0x2563, 0x2564,
            0x2565, 0x2566, 0x2567, 0x2568, 0x2569, 0x256a, 0x256b, 0x256c, 0x00a9, 0x044e, 0x0430,
            0x0431, 0x0446, 0x0434, 0x0435, 0x0444, 0x0433, 0x0445, 0x0438, 0x0439, 0x043a, 0x043b,
            0x043c, 0x043d, 0x043e, 0x043f, 0x044f, 0x0440, 0x0441, 0x0442, 0x0443, 0x0436, 0x0432,
            0x044c, 0x044b, 0x0437, 0x0448, 0x044d, 0x0449, 0x0447, 0x044a, 0x042e, 0x0410, 0x0411,
            0x0426, 0x0414, 0x0415, 0x0424, 0x0413, 0x0425, 0x0418, 0x0419, 0x041a, 0x041b, 0x041c,
            0x041d, 0x041e, 0x041f, 0x042f, 0x0420, 0x0421, 0x0422, 0x0423, 0x0416, 0x0412, 0x042c,
            0x042b, 0x0417, 0x0428, 0x042d, 0x0429, 0x0427, 0x042a,
        ],
    ),
    (
        "mac-roman",
        [
            0x00c4, 0x00c5, 0x00c7, 0x00c9, 0x00d1, 0x00d6, 0x00dc, 0x00e1, 0x00e0, 0x00e2, 0x00e4,
            0x00e3, 0x00e5, 0x00e7, 0x00e9, 0x00e8, 0x00ea, 0x00eb, 0x00ed, 0x00ec, 0x00ee, 0x00ef,
            0x00f1, 0x00f3, 0x00f2, 0x00f4, 0x00f6, 0x00f5, 0x00fa, 0x00f9, 0x00fb, 0x00fc, 0x2020,
            0x00b0, 0x00a2, 0x00a3, 0x00a7, 0x2022, 0x00b6, 0x00df, 0x00ae, 0x00a9, 0x2122, 0x00b4,
            0x00a8, 0x2260, 0x00c6, 0x00d8, 0x221e, 0x00b1, 0x2264, 0x2265, 0x00a5, 0x00b5, 0x2202,
            0x2211, 0x220f, 0x03c0, 0x222b, 0x00aa, 0x00ba, 0x03a9, 0x00e6, 0x00f8, 0x00bf, 0x00a1,
            0x00ac, 0x221a, 0x0192, 0x2248, 0x2206, 0x00ab, 0x00bb, 0x2026, 0x00a0, 0x00c0, 0x00c3,
            0x00d5, 0x0152, 0x0153, 0x2013, 0x2014, 0x201c, 0x201d, 0x2018, 0x2019, 0x00f7, 0x25ca,
            0x00ff, 0x0178, 0x2044, 0x20ac, 0x2039, 0x203a, 0xfb01, 0xfb02, 0x2021, 0x00b7, 0x201a,
            0x201e, 0x2030, 0x00c2, 0x00ca, 0x00c1, 0x00cb, 0x00c8, 0x00cd, 0x00ce, 0x00cf, 0x00cc,
            0x00d3, 0x00d4, 0xf8ff, 0x00d2, 0x00da, 0x00db, 0x00d9, 0x0131, 0x02c6, 0x02dc, 0x00af,
            0x02d8, 0x02d9, 0x02da, 0x00b8, 0x02dd, 0x02db, 0x02c7,
        ],
    ),
];

/// The name and table of charmap `i` (an index `charmap_by_name` gave).
fn charmap(i: u8) -> &'static (&'static str, [u16; 128]) {
    &CHARMAPS[(i as usize).min(CHARMAPS.len() - 1)]
}

/// The charmap index for a normalised codec name.
fn charmap_by_name(n: &str) -> Option<u8> {
    Some(match n {
        "1252" | "cp1252" | "windows_1252" => 0,
        "1250" | "cp1250" | "windows_1250" => 1,
        "1251" | "cp1251" | "windows_1251" => 2,
        "437" | "cp437" | "cspc8codepage437" | "ibm437" => 3,
        "850" | "cp850" | "cspc850multilingual" | "ibm850" => 4,
        "csisolatin2" | "iso8859_2" | "iso_8859_2" | "iso_8859_2_1987" | "iso_ir_101" | "l2"
        | "latin2" => 5,
        "iso8859_15" | "iso_8859_15" | "l9" | "latin9" => 6,
        "cskoi8r" | "koi8_r" => 7,
        "mac_roman" | "macintosh" | "macroman" => 8,
        _ => return None,
    })
}

/// Codecs that exist in CPython but are not text encodings (bytes-to-bytes or str-to-str).
fn is_non_text_codec(n: &str) -> bool {
    matches!(
        n,
        "base64"
            | "base64_codec"
            | "base_64"
            | "bz2"
            | "bz2_codec"
            | "hex"
            | "hex_codec"
            | "quopri"
            | "quopri_codec"
            | "quoted_printable"
            | "quotedprintable"
            | "rot13"
            | "rot_13"
            | "uu"
            | "uu_codec"
            | "zip"
            | "zlib"
            | "zlib_codec"
    )
}

/// Looks up a text codec by name, with CPython's errors (for encoding).
pub fn lookup(vm: &mut Vm, name: &str) -> PyResult<Codec> {
    lookup_for(vm, name, "codecs.encode()")
}

/// `lookup`, naming `alternative` (`codecs.decode()`, `codecs.open()`) in the error for
/// a codec that is not a text encoding.
pub fn lookup_for(vm: &mut Vm, name: &str, alternative: &str) -> PyResult<Codec> {
    // Fast path for the common spellings.
    match name {
        "utf-8" | "utf8" | "UTF-8" => return Ok(Codec::Utf8),
        "ascii" => return Ok(Codec::Ascii),
        "latin-1" | "latin1" => return Ok(Codec::Latin1),
        _ => {}
    }
    if name.contains('\0') {
        return Err(vm.new_value_error("embedded null character"));
    }
    let n = normalize_encoding(name);
    if let Some(c) = codec_by_name(&n).or_else(|| codec_by_name(&n.replace('.', "_"))) {
        return Ok(c);
    }
    if is_non_text_codec(&n) {
        return Err(vm.new_exception_msg(
            &types().exc.lookup_error,
            format!(
                "'{}' is not a text encoding; use {} to handle arbitrary codecs",
                name, alternative
            ),
        ));
    }
    Err(vm.new_exception_msg(
        &types().exc.lookup_error,
        format!("unknown encoding: {}", name),
    ))
}

/// The canonical name of a codec (`codecs.lookup(x).name`).
pub fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Utf8Sig => "utf-8-sig",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "iso8859-1",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(true)) => "utf-16-be",
        Codec::Utf16(Some(false)) => "utf-16-le",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(true)) => "utf-32-be",
        Codec::Utf32(Some(false)) => "utf-32-le",
        Codec::UnicodeEscape => "unicode-escape",
        Codec::RawUnicodeEscape => "raw-unicode-escape",
        Codec::Charmap(i) => charmap(i).0,
    }
}

/// A standard error handler.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    SurrogateEscape,
    SurrogatePass,
    XmlCharRefReplace,
    NameReplace,
}

fn handler(vm: &mut Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        _ => {
            return Err(vm.new_exception_msg(
                &types().exc.lookup_error,
                format!("unknown error handler name '{}'", errors),
            ))
        }
    })
}

fn encode_error(vm: &mut Vm, enc: &str, s: &str, start: usize, end: usize, reason: &str) -> PyErr {
    let cls = types().exc.unicode_encode_error.clone();
    vm.new_exception(
        &cls,
        vec![
            strobj::new_str(enc.to_string()),
            strobj::new_str(s.to_string()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            strobj::new_str(reason.to_string()),
        ],
    )
}

fn decode_error(
    vm: &mut Vm,
    enc: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let cls = types().exc.unicode_decode_error.clone();
    vm.new_exception(
        &cls,
        vec![
            strobj::new_str(enc.to_string()),
            bytesobj::new_bytes(data.to_vec()),
            Value::Int(start as i64),
            Value::Int(end as i64),
            strobj::new_str(reason.to_string()),
        ],
    )
}

/// The str() of a UnicodeDecodeError/UnicodeEncodeError.
pub fn unicode_error_str(
    vm: &mut Vm,
    decode: bool,
    enc: &Value,
    obj: &Value,
    start: &Value,
    end: &Value,
    reason: &Value,
) -> String {
    let _ = vm;
    let enc = enc.as_rust_str().unwrap_or("");
    let reason = reason.as_rust_str().unwrap_or("");
    let s = crate::objects::intobj::to_i64(start).unwrap_or(0);
    let e = crate::objects::intobj::to_i64(end).unwrap_or(0);
    if decode {
        let data = bytesobj::buffer_data(obj).unwrap_or_default();
        match data.get(s.max(0) as usize) {
            Some(b) if e == s + 1 => {
                format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc, b, s, reason
                )
            }
            _ => format!(
                "'{}' codec can't decode bytes in position {}-{}: {}",
                enc,
                s,
                e - 1,
                reason
            ),
        }
    } else {
        let text = obj.as_rust_str().unwrap_or("");
        let c = if s >= 0 {
            text.chars().nth(s as usize)
        } else {
            None
        };
        match c {
            Some(c) if e == s + 1 => {
                let cs = backslash_escape(unicode::code_of(c));
                format!(
                    "'{}' codec can't encode character '{}' in position {}: {}",
                    enc, cs, s, reason
                )
            }
            _ => format!(
                "'{}' codec can't encode characters in position {}-{}: {}",
                enc,
                s,
                e - 1,
                reason
            ),
        }
    }
}

// ----- encoding -----

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = match lookup(vm, encoding) {
        Ok(c) => c,
        Err(e) => {
            let out = python_codec(vm, e, encoding, errors, strobj::new_str(s.to_string()), 0)?;
            return match out.payload() {
                Some(Payload::Bytes(b)) => Ok(b.to_vec()),
                _ => Err(vm.new_type_error(format!(
                    "'{}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to \
                     encode to arbitrary types",
                    encoding,
                    crate::types::type_name(&out)
                ))),
            };
        }
    };
    encode_codec(vm, s, codec, errors)
}

/// str.encode / bytes.decode with a codec written in Python (codecs.py's own, such as
/// idna and punycode, or one registered with `codecs.register`): `lookup_err` is the
/// error of the native lookup, raised again when Python knows no such codec either.
/// Returns what the codec's function (`which`: 0 encode, 1 decode) made of `input`.
fn python_codec(
    vm: &mut Vm,
    lookup_err: PyErr,
    encoding: &str,
    errors: &str,
    input: Value,
    which: i64,
) -> PyResult<Value> {
    if !vm.exception_matches(&lookup_err, &types().exc.lookup_error)
        || is_non_text_codec(&normalize_encoding(encoding))
    {
        return Err(lookup_err);
    }
    let m = vm.import_module_simple("_codecs")?;
    let lookup_fn = vm.get_attr_str(&m, "lookup")?;
    let info = match vm.call(&lookup_fn, &[strobj::new_str(encoding.to_string())]) {
        Ok(info) => info,
        Err(e) if vm.exception_matches(&e, &types().exc.lookup_error) => return Err(lookup_err),
        Err(e) => return Err(e),
    };
    let func = vm.getitem(&info, &Value::Int(which))?;
    let result = vm
        .call(&func, &[input, strobj::new_str(errors.to_string())])
        .map_err(|e| {
            wrap_codec_error(
                vm,
                e,
                if which == 0 { "encoding" } else { "decoding" },
                encoding,
            )
        })?;
    match result.payload() {
        Some(Payload::Tuple(t)) if t.len() == 2 => Ok(t[0].clone()),
        _ => Err(vm.new_type_error(if which == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object, integer)"
        })),
    }
}

/// As CPython does for an exception from a codec of a plain type (UnicodeError, TypeError,
/// ValueError): the same type with "encoding with 'x' codec failed (Type: message)",
/// caused by the original.
fn wrap_codec_error(vm: &mut Vm, e: PyErr, operation: &str, encoding: &str) -> PyErr {
    let exc = &types().exc;
    let cls = e.0.class();
    let plain = [&exc.unicode_error, &exc.type_error, &exc.value_error]
        .iter()
        .any(|c| std::rc::Rc::ptr_eq(&cls, c));
    if !plain {
        return e;
    }
    let text = match vm.str_string(&Value::Obj(e.0.clone())) {
        Ok(t) => t,
        Err(_) => return e,
    };
    let name = crate::types::type_name(&Value::Obj(e.0.clone()));
    let new = vm.new_exception_msg(
        &cls,
        format!("{operation} with '{encoding}' codec failed ({name}: {text})"),
    );
    crate::exceptions::set_cause(&new.0, Value::Obj(e.0.clone()));
    new
}

/// Encodes with an already looked-up codec.
pub fn encode_codec(vm: &mut Vm, s: &str, codec: Codec, errors: &str) -> PyResult<Vec<u8>> {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(s.len() + 3);
            if codec == Codec::Utf8Sig {
                out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            }
            if !unicode::has_surrogates(s) {
                out.extend_from_slice(s.as_bytes());
                return Ok(out);
            }
            encode_generic(vm, s, errors, &mut out, &Unit::Utf8)?;
            Ok(out)
        }
        Codec::Ascii | Codec::Latin1 => {
            let limit = if codec == Codec::Ascii { 0x80 } else { 0x100 };
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            let mut out = Vec::with_capacity(s.len());
            encode_generic(vm, s, errors, &mut out, &Unit::Single(limit))?;
            Ok(out)
        }
        Codec::Utf16(order) => {
            let mut out = Vec::with_capacity(s.len() * 2 + 2);
            let be = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            encode_generic(
                vm,
                s,
                errors,
                &mut out,
                &Unit::Utf16 {
                    be,
                    bom: order.is_none(),
                },
            )?;
            Ok(out)
        }
        Codec::Utf32(order) => {
            let mut out = Vec::with_capacity(s.len() * 4 + 4);
            let be = order.unwrap_or(false);
            if order.is_none() {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            encode_generic(
                vm,
                s,
                errors,
                &mut out,
                &Unit::Utf32 {
                    be,
                    bom: order.is_none(),
                },
            )?;
            Ok(out)
        }
        Codec::UnicodeEscape => Ok(unicode_escape_encode(s, false)),
        Codec::RawUnicodeEscape => Ok(unicode_escape_encode(s, true)),
        Codec::Charmap(i) => {
            if s.is_ascii() {
                return Ok(s.as_bytes().to_vec());
            }
            let mut out = Vec::with_capacity(s.len());
            encode_generic(vm, s, errors, &mut out, &Unit::Charmap(&charmap(i).1))?;
            Ok(out)
        }
    }
}

/// How an encoder writes characters.
enum Unit {
    Utf8,
    /// ascii (limit 0x80) or latin-1 (limit 0x100).
    Single(u32),
    Utf16 {
        be: bool,
        bom: bool,
    },
    Utf32 {
        be: bool,
        bom: bool,
    },
    /// A single-byte code page (the characters of bytes 0x80..=0xff).
    Charmap(&'static [u16; 128]),
}

impl Unit {
    fn name(&self) -> &'static str {
        match self {
            Unit::Utf8 => "utf-8",
            Unit::Single(0x80) => "ascii",
            Unit::Single(_) => "latin-1",
            Unit::Utf16 { bom: true, .. } => "utf-16",
            Unit::Utf16 { be: true, .. } => "utf-16-be",
            Unit::Utf16 { .. } => "utf-16-le",
            Unit::Utf32 { bom: true, .. } => "utf-32",
            Unit::Utf32 { be: true, .. } => "utf-32-be",
            Unit::Utf32 { .. } => "utf-32-le",
            Unit::Charmap(_) => "charmap",
        }
    }

    fn reason(&self) -> &'static str {
        match self {
            Unit::Single(0x80) => "ordinal not in range(128)",
            Unit::Single(_) => "ordinal not in range(256)",
            Unit::Charmap(_) => "character maps to <undefined>",
            _ => "surrogates not allowed",
        }
    }

    /// Can `c` be encoded without an error handler?
    fn encodable(&self, c: char) -> bool {
        match self {
            Unit::Single(limit) => (c as u32) < *limit,
            Unit::Charmap(t) => {
                c.is_ascii() || t.contains(&(c as u32 as u16)) && (c as u32) < 0xfffe
            }
            _ => !unicode::is_surrogate(c),
        }
    }

    /// Writes code point `u` (a surrogate only for surrogatepass).
    fn put(&self, out: &mut Vec<u8>, u: u32) {
        match self {
            Unit::Utf8 => {
                if (0xd800..0xe000).contains(&u) {
                    out.extend_from_slice(&[
                        0xe0 | (u >> 12) as u8,
                        0x80 | ((u >> 6) & 0x3f) as u8,
                        0x80 | (u & 0x3f) as u8,
                    ]);
                } else if let Some(c) = char::from_u32(u) {
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
            }
            Unit::Single(_) => out.push(u as u8),
            Unit::Charmap(t) => match t.iter().position(|&x| x as u32 == u) {
                Some(k) if u >= 0x80 => out.push(0x80 + k as u8),
                // Only ASCII (or an encodable character) reaches here.
                _ => out.push(u as u8),
            },
            Unit::Utf16 { be, .. } => {
                let mut put16 = |x: u16| {
                    out.extend_from_slice(&if *be {
                        x.to_be_bytes()
                    } else {
                        x.to_le_bytes()
                    })
                };
                if u >= 0x10000 {
                    let v = u - 0x10000;
                    put16(0xd800 | (v >> 10) as u16);
                    put16(0xdc00 | (v & 0x3ff) as u16);
                } else {
                    put16(u as u16);
                }
            }
            Unit::Utf32 { be, .. } => out.extend_from_slice(&if *be {
                u.to_be_bytes()
            } else {
                u.to_le_bytes()
            }),
        }
    }

    /// Bytes per code unit, for checking raw replacement bytes.
    fn unit_size(&self) -> usize {
        match self {
            Unit::Utf16 { .. } => 2,
            Unit::Utf32 { .. } => 4,
            _ => 1,
        }
    }
}

/// The escape `\xNN`, `\uNNNN` or `\UNNNNNNNN` for code point `u`.
pub(crate) fn backslash_escape(u: u32) -> String {
    let mut s = String::with_capacity(10);
    crate::objects::strobj::push_escape(&mut s, u);
    s
}

/// Encodes `s` char by char, calling the error handler on runs of unencodable characters.
fn encode_generic(
    vm: &mut Vm,
    s: &str,
    errors: &str,
    out: &mut Vec<u8>,
    unit: &Unit,
) -> PyResult<()> {
    let chars: Vec<char> = s.chars().collect();
    let n = chars.len();
    let mut i = 0;
    let mut handler_cache: Option<Handler> = None;
    while i < n {
        let c = chars[i];
        if unit.encodable(c) {
            unit.put(out, c as u32);
            i += 1;
            continue;
        }
        // The run of characters the handler gets: utf-16/32 report one at a time.
        let mut end = i + 1;
        if matches!(unit, Unit::Utf8 | Unit::Single(_) | Unit::Charmap(_)) {
            while end < n && !unit.encodable(chars[end]) {
                end += 1;
            }
        }
        let h = match handler_cache {
            Some(h) => h,
            None => {
                let h = handler(vm, errors)?;
                handler_cache = Some(h);
                h
            }
        };
        let fail = |vm: &mut Vm, start: usize| {
            Err(encode_error(vm, unit.name(), s, start, end, unit.reason()))
        };
        match h {
            Handler::Strict => return fail(vm, i),
            Handler::Ignore => {}
            Handler::Replace => {
                for _ in i..end {
                    unit.put(out, '?' as u32);
                }
            }
            Handler::BackslashReplace => {
                for &c in &chars[i..end] {
                    for b in backslash_escape(unicode::code_of(c)).bytes() {
                        unit.put(out, b as u32);
                    }
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in &chars[i..end] {
                    for b in format!("&#{};", unicode::code_of(c)).bytes() {
                        unit.put(out, b as u32);
                    }
                }
            }
            Handler::NameReplace => {
                for &c in &chars[i..end] {
                    let text = match crate::unicode_names::name_of(c) {
                        Some(name) => format!("\\N{{{}}}", name),
                        None => backslash_escape(unicode::code_of(c)),
                    };
                    for b in text.bytes() {
                        unit.put(out, b as u32);
                    }
                }
            }
            Handler::SurrogateEscape => {
                let mut k = i;
                while k < end {
                    let u = unicode::code_of(chars[k]);
                    if !(0xdc80..=0xdcff).contains(&u) {
                        break;
                    }
                    if unit.unit_size() != 1 {
                        // One raw byte cannot stand for a utf-16/32 code unit.
                        return fail(vm, k);
                    }
                    out.push((u - 0xdc00) as u8);
                    k += 1;
                }
                if k < end {
                    return fail(vm, k);
                }
            }
            Handler::SurrogatePass => {
                if matches!(unit, Unit::Single(_) | Unit::Charmap(_))
                    || !chars[i..end].iter().all(|c| unicode::is_surrogate(*c))
                {
                    return fail(vm, i);
                }
                for &c in &chars[i..end] {
                    unit.put(out, unicode::code_of(c));
                }
            }
        }
        i = end;
    }
    Ok(())
}

// ----- decoding -----

/// `data.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    // Empty input decodes to '' before the encoding is looked up (CPython's
    // PyUnicode_FromEncodedObject: `b''.decode('nope')` and `str(b'', 'nope')` are '').
    if data.is_empty() {
        return Ok(String::new());
    }
    let codec = match lookup_for(vm, encoding, "codecs.decode()") {
        Ok(c) => c,
        Err(e) => {
            // (CPython hands Python decoders a memoryview of the data)
            let data = bytesobj::new_bytes(data.to_vec());
            let input = crate::objects::memoryview::memoryview_of(vm, &data)?;
            let out = python_codec(vm, e, encoding, errors, input, 1)?;
            return match out.as_rust_str() {
                Some(s) => Ok(s.to_string()),
                None => Err(vm.new_type_error(format!(
                    "'{}' decoder returned '{}' instead of 'str'; use codecs.decode() to \
                     decode to arbitrary types",
                    encoding,
                    crate::types::type_name(&out)
                ))),
            };
        }
    };
    decode_codec(vm, data, codec, errors)
}

/// Decodes with an already looked-up codec.
pub fn decode_codec(vm: &mut Vm, data: &[u8], codec: Codec, errors: &str) -> PyResult<String> {
    match codec {
        Codec::Utf8 => decode_utf8(vm, data, errors),
        Codec::Utf8Sig => {
            let d = data.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(data);
            decode_utf8(vm, d, errors)
        }
        Codec::Ascii => {
            if data.is_ascii() {
                // ASCII bytes are valid UTF-8.
                return Ok(String::from_utf8_lossy(data).into_owned());
            }
            let mut d = Decoder::new(vm, data, errors, "ascii");
            while d.pos < data.len() {
                let b = data[d.pos];
                if b < 0x80 {
                    d.out.push(b as char);
                    d.pos += 1;
                } else {
                    d.error(d.pos, d.pos + 1, "ordinal not in range(128)", Surr::None)?;
                }
            }
            Ok(d.out)
        }
        Codec::Latin1 => Ok(data.iter().map(|b| *b as char).collect()),
        Codec::Utf16(order) => {
            let (mut be, mut d) = (order.unwrap_or(false), data);
            if order.is_none() {
                if d.starts_with(&[0xff, 0xfe]) {
                    d = &d[2..];
                } else if d.starts_with(&[0xfe, 0xff]) {
                    d = &d[2..];
                    be = true;
                }
            }
            decode_utf16(vm, data, data.len() - d.len(), be, errors)
        }
        Codec::Utf32(order) => {
            let (mut be, mut d) = (order.unwrap_or(false), data);
            if order.is_none() {
                if d.starts_with(&[0xff, 0xfe, 0, 0]) {
                    d = &d[4..];
                } else if d.starts_with(&[0, 0, 0xfe, 0xff]) {
                    d = &d[4..];
                    be = true;
                }
            }
            decode_utf32(vm, data, data.len() - d.len(), be, errors)
        }
        Codec::UnicodeEscape => unicode_escape_decode(vm, data, errors, false),
        Codec::RawUnicodeEscape => unicode_escape_decode(vm, data, errors, true),
        Codec::Charmap(i) => {
            let table = &charmap(i).1;
            let mut d = Decoder::new(vm, data, errors, "charmap");
            while d.pos < data.len() {
                let b = data[d.pos];
                let u = if b < 0x80 {
                    b as u32
                } else {
                    table[(b - 0x80) as usize] as u32
                };
                match char::from_u32(u) {
                    Some(c) if u != 0xfffe => {
                        d.out.push(c);
                        d.pos += 1;
                    }
                    _ => d.error(
                        d.pos,
                        d.pos + 1,
                        "character maps to <undefined>",
                        Surr::None,
                    )?,
                }
            }
            Ok(d.out)
        }
    }
}

/// What surrogatepass may recover at an error position.
#[derive(Clone, Copy)]
enum Surr {
    None,
    Utf8,
    Utf16(bool),
    Utf32(bool),
}

/// Decoding state: output so far, position, and the error handler (looked up lazily).
struct Decoder<'a, 'v> {
    vm: &'v mut Vm,
    data: &'a [u8],
    errors: &'a str,
    enc: &'static str,
    out: String,
    pos: usize,
    handler: Option<Handler>,
}

impl<'a, 'v> Decoder<'a, 'v> {
    fn new(vm: &'v mut Vm, data: &'a [u8], errors: &'a str, enc: &'static str) -> Self {
        Decoder {
            vm,
            data,
            errors,
            enc,
            out: String::with_capacity(data.len()),
            pos: 0,
            handler: None,
        }
    }

    /// Handles a decoding error over bytes [start, end); sets `pos` to where decoding resumes.
    fn error(&mut self, start: usize, end: usize, reason: &str, surr: Surr) -> PyResult<()> {
        let h = match self.handler {
            Some(h) => h,
            None => {
                let h = handler(self.vm, self.errors)?;
                self.handler = Some(h);
                h
            }
        };
        let data = self.data;
        let fail = |vm: &mut Vm| Err(decode_error(vm, self.enc, data, start, end, reason));
        match h {
            Handler::Strict => return fail(self.vm),
            Handler::Ignore => self.pos = end,
            Handler::Replace => {
                self.out.push('\u{fffd}');
                self.pos = end;
            }
            Handler::BackslashReplace => {
                for b in &data[start..end] {
                    self.out.push_str(&format!("\\x{:02x}", b));
                }
                self.pos = end;
            }
            Handler::SurrogateEscape => {
                let mut k = start;
                while k < end && k - start < 4 && data[k] >= 0x80 {
                    self.out
                        .push(unicode::char_of(0xdc00 + data[k] as u32).unwrap_or('\u{fffd}'));
                    k += 1;
                }
                if k == start {
                    return fail(self.vm);
                }
                self.pos = k;
            }
            Handler::SurrogatePass => {
                let rest = &data[start..];
                let u = match surr {
                    Surr::Utf8
                        if rest.len() >= 3
                            && rest[0] == 0xed
                            && (0xa0..=0xbf).contains(&rest[1])
                            && (0x80..=0xbf).contains(&rest[2]) =>
                    {
                        Some((
                            0xd000 | ((rest[1] as u32 & 0x3f) << 6) | (rest[2] as u32 & 0x3f),
                            3,
                        ))
                    }
                    Surr::Utf16(be) if rest.len() >= 2 => {
                        let u = if be {
                            u16::from_be_bytes([rest[0], rest[1]])
                        } else {
                            u16::from_le_bytes([rest[0], rest[1]])
                        };
                        Some((u as u32, 2))
                    }
                    Surr::Utf32(be) if rest.len() >= 4 => {
                        let b = [rest[0], rest[1], rest[2], rest[3]];
                        Some((
                            if be {
                                u32::from_be_bytes(b)
                            } else {
                                u32::from_le_bytes(b)
                            },
                            4,
                        ))
                    }
                    _ => None,
                };
                match u {
                    Some((u, n)) if (0xd800..0xe000).contains(&u) => {
                        self.out.push(unicode::char_of(u).unwrap_or('\u{fffd}'));
                        self.pos = start + n;
                    }
                    _ => return fail(self.vm),
                }
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                return Err(self.vm.new_type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ))
            }
        }
        Ok(())
    }
}

fn decode_utf8(vm: &mut Vm, data: &[u8], errors: &str) -> PyResult<String> {
    if let Ok(s) = std::str::from_utf8(data) {
        return Ok(s.to_string());
    }
    let mut d = Decoder::new(vm, data, errors, "utf-8");
    while d.pos < data.len() {
        match std::str::from_utf8(&data[d.pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(err) => {
                let valid = err.valid_up_to();
                // from_utf8 validated exactly this prefix.
                d.out
                    .push_str(std::str::from_utf8(&data[d.pos..d.pos + valid]).unwrap_or(""));
                let bad = d.pos + valid;
                let (end, reason) = match err.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) => {
                        let b = data[bad];
                        let reason = if n == 1 && !(0xc2..=0xf4).contains(&b) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        (bad + n, reason)
                    }
                };
                d.error(bad, end, reason, Surr::Utf8)?;
            }
        }
    }
    Ok(d.out)
}

fn decode_utf16(
    vm: &mut Vm,
    data: &[u8],
    start: usize,
    be: bool,
    errors: &str,
) -> PyResult<String> {
    let enc = if be { "utf-16-be" } else { "utf-16-le" };
    let n = data.len();
    let mut d = Decoder::new(vm, data, errors, enc);
    d.pos = start;
    let unit = |p: usize| -> u32 {
        let (a, b) = (data[p], data[p + 1]);
        (if be {
            u16::from_be_bytes([a, b])
        } else {
            u16::from_le_bytes([a, b])
        }) as u32
    };
    while d.pos < n {
        let p = d.pos;
        if n - p < 2 {
            d.error(p, n, "truncated data", Surr::Utf16(be))?;
            continue;
        }
        let u = unit(p);
        if !(0xd800..0xe000).contains(&u) {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            d.pos += 2;
        } else if u >= 0xdc00 {
            d.error(p, p + 2, "illegal encoding", Surr::Utf16(be))?;
        } else if n - (p + 2) < 2 {
            d.error(p, n, "unexpected end of data", Surr::Utf16(be))?;
        } else {
            let u2 = unit(p + 2);
            if (0xdc00..0xe000).contains(&u2) {
                let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
                d.out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                d.pos += 4;
            } else {
                d.error(p, p + 2, "illegal UTF-16 surrogate", Surr::Utf16(be))?;
            }
        }
    }
    Ok(d.out)
}

fn decode_utf32(
    vm: &mut Vm,
    data: &[u8],
    start: usize,
    be: bool,
    errors: &str,
) -> PyResult<String> {
    let enc = if be { "utf-32-be" } else { "utf-32-le" };
    let n = data.len();
    let mut d = Decoder::new(vm, data, errors, enc);
    d.pos = start;
    while d.pos < n {
        let p = d.pos;
        if n - p < 4 {
            d.error(p, n, "truncated data", Surr::Utf32(be))?;
            continue;
        }
        let b = [data[p], data[p + 1], data[p + 2], data[p + 3]];
        let u = if be {
            u32::from_be_bytes(b)
        } else {
            u32::from_le_bytes(b)
        };
        if u > 0x10ffff {
            d.error(
                p,
                p + 4,
                "code point not in range(0x110000)",
                Surr::Utf32(be),
            )?;
        } else if (0xd800..0xe000).contains(&u) {
            d.error(
                p,
                p + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
                Surr::Utf32(be),
            )?;
        } else {
            d.out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            d.pos += 4;
        }
    }
    Ok(d.out)
}

// ----- unicode_escape -----

/// `unicode_escape` / `raw_unicode_escape` encoding.
fn unicode_escape_encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len() + 8);
    for c in s.chars() {
        let u = unicode::code_of(c);
        if raw {
            if u < 0x100 {
                out.push(u as u8);
            } else {
                out.extend_from_slice(backslash_escape(u).as_bytes());
            }
            continue;
        }
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => out.extend_from_slice(backslash_escape(u).as_bytes()),
        }
    }
    out
}

/// `unicode_escape` / `raw_unicode_escape` decoding.
fn unicode_escape_decode(vm: &mut Vm, data: &[u8], errors: &str, raw: bool) -> PyResult<String> {
    let enc = if raw {
        "rawunicodeescape"
    } else {
        "unicodeescape"
    };
    let n = data.len();
    // The first unknown escape, for CPython's DeprecationWarning.
    let mut invalid: Option<u8> = None;
    let mut d = Decoder::new(vm, data, errors, enc);
    while d.pos < n {
        let b = data[d.pos];
        if b != b'\\' {
            d.out.push(b as char);
            d.pos += 1;
            continue;
        }
        if raw {
            // \u escapes count only after an odd number of backslashes.
            let run = data[d.pos..].iter().take_while(|x| **x == b'\\').count();
            let after = data.get(d.pos + run).copied();
            if run % 2 == 0 || !matches!(after, Some(b'u' | b'U')) {
                d.out.extend(std::iter::repeat_n('\\', run));
                d.pos += run;
                continue;
            }
            d.out.extend(std::iter::repeat_n('\\', run - 1));
            d.pos += run - 1;
        }
        let start = d.pos;
        if start + 1 >= n {
            if raw {
                d.out.push('\\');
                d.pos += 1;
                continue;
            }
            d.error(start, n, "\\ at end of string", Surr::None)?;
            continue;
        }
        let e = data[start + 1];
        if raw && e != b'u' && e != b'U' {
            d.out.push('\\');
            d.pos += 1;
            continue;
        }
        d.pos = start + 2;
        let simple = match e {
            b'\n' => Some(None),
            b'\\' => Some(Some('\\')),
            b'\'' => Some(Some('\'')),
            b'"' => Some(Some('"')),
            b'b' => Some(Some('\x08')),
            b'f' => Some(Some('\x0c')),
            b't' => Some(Some('\t')),
            b'n' => Some(Some('\n')),
            b'r' => Some(Some('\r')),
            b'v' => Some(Some('\x0b')),
            b'a' => Some(Some('\x07')),
            _ => None,
        };
        if let Some(ch) = simple {
            d.out.extend(ch);
            continue;
        }
        match e {
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && d.pos < n && (b'0'..=b'7').contains(&data[d.pos]) {
                    v = v * 8 + (data[d.pos] - b'0') as u32;
                    d.pos += 1;
                    k += 1;
                }
                d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            b'x' | b'u' | b'U' => {
                let (count, what) = match e {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v: u32 = 0;
                let mut k = 0;
                while k < count && d.pos < n && (data[d.pos] as char).is_ascii_hexdigit() {
                    v = v * 16 + (data[d.pos] as char).to_digit(16).unwrap_or(0);
                    d.pos += 1;
                    k += 1;
                }
                if k < count {
                    let end = d.pos;
                    d.error(start, end, what, Surr::None)?;
                    continue;
                }
                match unicode::char_of(v) {
                    Some(c) => d.out.push(c),
                    None => {
                        let end = d.pos;
                        d.error(start, end, "illegal Unicode character", Surr::None)?;
                    }
                }
            }
            b'N' => {
                // CPython's ranges: up to the 'N' without a '{', to the end without a '}',
                // up to (not including) the '}' of an empty name, past it for an unknown one.
                if d.pos >= n || data[d.pos] != b'{' {
                    let end = d.pos;
                    d.error(start, end, "malformed \\N character escape", Surr::None)?;
                    continue;
                }
                let name_start = d.pos + 1;
                let Some(close) = data[name_start..]
                    .iter()
                    .position(|x| *x == b'}')
                    .map(|p| name_start + p)
                else {
                    d.error(start, n, "malformed \\N character escape", Surr::None)?;
                    continue;
                };
                if close == name_start {
                    d.error(start, close, "malformed \\N character escape", Surr::None)?;
                    continue;
                }
                let found = std::str::from_utf8(&data[name_start..close])
                    .ok()
                    .and_then(crate::unicode_names::lookup);
                match found {
                    Some(c) => {
                        d.out.push(c);
                        d.pos = close + 1;
                    }
                    None => d.error(
                        start,
                        close + 1,
                        "unknown Unicode character name",
                        Surr::None,
                    )?,
                }
            }
            other => {
                invalid.get_or_insert(other);
                d.out.push('\\');
                d.out.push(other as char);
            }
        }
    }
    let out = d.out;
    if let Some(c) = invalid {
        let msg = format!("invalid escape sequence '\\{}'", c as char);
        crate::exceptions::warn(vm, &crate::types::types().exc.deprecation_warning, &msg)?;
    }
    Ok(out)
}
