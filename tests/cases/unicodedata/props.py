import unicodedata as ud

print(ud.unidata_version)
samples = ('a', 'A', '1', '٣', '½', 'Ⅻ', '²', '①', ' ', '\u00a0', '\n', '\x00', '\u0301', 'é', 'ß',
           '中', '５', 'ｶ', '€', '(', ')', '«', '\u200d', '\ud800', '\ue000', '\U0001f600',
           '\U000e0001', '\u0378', 'ǅ', '_', '-', '\u2028', '\u2029', '\u05d0', '\u0627', '\u0660',
           '\u0f33', '\u4e07', '\u5146', '\U00010107', '𝟘', '\u3007', '\u1d2c', 'ﬁ', '\uac00',
           '\U00020000', '\U0010f7fd', '\u0e3f', '\u20a8', '\u00bc', '\u2153', '\u0bf1', '\U0001d7ce')
for c in samples:
    print('%04X' % ord(c), ud.category(c), repr(ud.bidirectional(c)), ud.combining(c),
          ud.east_asian_width(c), ud.mirrored(c), ud.decimal(c, None), ud.digit(c, None),
          ud.numeric(c, None), repr(ud.decomposition(c)), ud.name(c, '?'))

# Property counts over a sample of the whole range.
for f in (ud.category, ud.bidirectional, ud.combining, ud.east_asian_width, ud.mirrored,
          ud.decomposition, lambda c: ud.numeric(c, -1), lambda c: ud.digit(c, -1),
          lambda c: ud.decimal(c, -1)):
    counts = {}
    for cp in range(0, 0x10F7FE, 41):
        v = f(chr(cp))
        counts[v] = counts.get(v, 0) + 1
    print(sorted(counts.items(), key=lambda kv: str(kv[0]))[:40])

print(ud.lookup('LATIN SMALL LETTER A'), ud.lookup('latin small letter a'), ud.lookup(b'SNOWMAN'))
print(ud.lookup('HANGUL SYLLABLE GAG'), ud.lookup('CJK UNIFIED IDEOGRAPH-4E00'))
print(ud.name('\uac01'), ud.name('\u4e00'), ud.name('\U0001f600'))

def err(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

err(ud.lookup, 'NO SUCH THING')
err(ud.lookup, 'x' * 300)
err(ud.lookup, 1)
err(ud.name, '\x00')
err(ud.name, 'ab')
err(ud.category, 'ab')
err(ud.category, 1)
err(ud.combining, '')
err(ud.decimal, 'x')
err(ud.digit, 'x')
err(ud.numeric, 'x')
err(ud.decimal, '²')
err(ud.digit, '²')
err(ud.numeric, '½')
err(ud.decimal, 'x', 'dflt')
