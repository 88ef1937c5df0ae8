"""General functions for HTML manipulation."""

__all__ = ['escape', 'unescape']


_ESCAPES = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'), ('"', '&quot;'), ("'", '&#x27;'))


def escape(s, quote=True):
    """s with &, < and > (and quotes, unless quote is false) as HTML character references."""
    for char, ref in _ESCAPES if quote else _ESCAPES[:3]:
        s = s.replace(char, ref)
    return s


# Numeric references the HTML5 parser replaces (windows-1252 for the C1 range).
_invalid_charrefs = {0x00: '\ufffd', 0x0d: '\r'}
_invalid_charrefs.update(zip(range(0x80, 0xa0), (
    '\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
    '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')))

# Code points a numeric reference turns into nothing.
_invalid_codepoints = set(range(0x1, 0x9)) | {0xb} | set(range(0xe, 0x20))
_invalid_codepoints |= set(range(0x7f, 0xa0)) | set(range(0xfdd0, 0xfdf0))
_invalid_codepoints |= {p * 0x10000 + 0xfffe for p in range(17)}
_invalid_codepoints |= {p * 0x10000 + 0xffff for p in range(17)}

_html5 = None
_charref = None


def _numeric(digits):
    code = int(digits[1:], 16) if digits[:1] in 'xX' else int(digits)
    if code in _invalid_charrefs:
        return _invalid_charrefs[code]
    if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return '\ufffd'
    return '' if code in _invalid_codepoints else chr(code)


def _named(name):
    found = _html5.get(name)
    if found is not None:
        return found
    # Else the longest prefix that is a reference allowed without its ';'.
    for end in range(len(name) - 1, 1, -1):
        found = _html5.get(name[:end])
        if found is not None:
            return found + name[end:]
    return '&' + name


def _replace(match):
    ref = match.group(1)
    if ref[0] == '#':
        return _numeric(ref[1:].rstrip(';'))
    return _named(ref)


def unescape(s):
    """s with its numeric and named character references (&gt;, &#62;, &#x3e;) replaced
    by the characters, as an HTML5 parser would read them."""
    global _html5, _charref
    if '&' not in s:
        return s
    if _charref is None:
        import re
        from html.entities import html5
        _html5 = html5
        _charref = re.compile(r'&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)')
    return _charref.sub(_replace, s)
