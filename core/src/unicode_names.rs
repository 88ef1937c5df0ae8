//! `\N{NAME}` escapes: a small table of commonly used character names.

static NAMES: &[(&str, char)] = &[
    ("BULLET", '\u{2022}'),
    ("EM DASH", '\u{2014}'),
    ("EN DASH", '\u{2013}'),
    ("HORIZONTAL ELLIPSIS", '\u{2026}'),
    ("LEFT DOUBLE QUOTATION MARK", '\u{201C}'),
    ("RIGHT DOUBLE QUOTATION MARK", '\u{201D}'),
    ("LEFT SINGLE QUOTATION MARK", '\u{2018}'),
    ("RIGHT SINGLE QUOTATION MARK", '\u{2019}'),
    ("NO-BREAK SPACE", '\u{A0}'),
    ("DEGREE SIGN", '\u{B0}'),
    ("COPYRIGHT SIGN", '\u{A9}'),
    ("REGISTERED SIGN", '\u{AE}'),
    ("EURO SIGN", '\u{20AC}'),
    ("POUND SIGN", '\u{A3}'),
    ("YEN SIGN", '\u{A5}'),
    ("GREEK SMALL LETTER ALPHA", '\u{3B1}'),
    ("GREEK SMALL LETTER BETA", '\u{3B2}'),
    ("GREEK SMALL LETTER GAMMA", '\u{3B3}'),
    ("GREEK SMALL LETTER DELTA", '\u{3B4}'),
    ("GREEK SMALL LETTER PI", '\u{3C0}'),
    ("GREEK SMALL LETTER MU", '\u{3BC}'),
    ("GREEK CAPITAL LETTER OMEGA", '\u{3A9}'),
    ("GREEK CAPITAL LETTER DELTA", '\u{394}'),
    ("GREEK CAPITAL LETTER SIGMA", '\u{3A3}'),
    ("LATIN SMALL LETTER E WITH ACUTE", '\u{E9}'),
    ("LATIN SMALL LETTER A WITH GRAVE", '\u{E0}'),
    ("LATIN SMALL LETTER N WITH TILDE", '\u{F1}'),
    ("LATIN SMALL LETTER U WITH DIAERESIS", '\u{FC}'),
    ("LATIN SMALL LETTER SHARP S", '\u{DF}'),
    ("LATIN CAPITAL LETTER A", 'A'),
    ("LATIN SMALL LETTER A", 'a'),
    ("DIGIT ZERO", '0'),
    ("SPACE", ' '),
    ("NULL", '\0'),
    ("LINE FEED", '\n'),
    ("CARRIAGE RETURN", '\r'),
    ("CHARACTER TABULATION", '\t'),
    ("SNOWMAN", '\u{2603}'),
    ("BLACK STAR", '\u{2605}'),
    ("WHITE STAR", '\u{2606}'),
    ("CHECK MARK", '\u{2713}'),
    ("HEAVY CHECK MARK", '\u{2714}'),
    ("BALLOT X", '\u{2717}'),
    ("RIGHTWARDS ARROW", '\u{2192}'),
    ("LEFTWARDS ARROW", '\u{2190}'),
    ("INFINITY", '\u{221E}'),
    ("MULTIPLICATION SIGN", '\u{D7}'),
    ("DIVISION SIGN", '\u{F7}'),
    ("PLUS-MINUS SIGN", '\u{B1}'),
    ("MICRO SIGN", '\u{B5}'),
    ("SECTION SIGN", '\u{A7}'),
    ("PILCROW SIGN", '\u{B6}'),
    ("ZERO WIDTH SPACE", '\u{200B}'),
    ("REPLACEMENT CHARACTER", '\u{FFFD}'),
    ("GRINNING FACE", '\u{1F600}'),
    ("SMILING FACE WITH SMILING EYES", '\u{1F60A}'),
    ("THUMBS UP SIGN", '\u{1F44D}'),
    ("HEAVY BLACK HEART", '\u{2764}'),
    ("SNAKE", '\u{1F40D}'),
];

/// The character named `name` (case-insensitive), if known.
pub fn lookup(name: &str) -> Option<char> {
    let up = name.to_ascii_uppercase();
    NAMES.iter().find(|(n, _)| *n == up).map(|(_, c)| *c)
}

/// The name of `c`, if in the table.
pub fn name_of(c: char) -> Option<&'static str> {
    NAMES.iter().find(|(_, ch)| *ch == c).map(|(n, _)| *n)
}
