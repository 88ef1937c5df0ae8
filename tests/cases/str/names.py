# Character names: \N{...} escapes (names, aliases, algorithmic names) and the namereplace
# handler over whole planes (checksums), compared with CPython.
print("\N{EURO SIGN}\N{snowman}\N{LINE FEED}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{HANGUL SYLLABLE HWEOLH}|")
print(ascii("\N{TIBETAN MARK TSA -PHRU}\N{BEL}\N{BYTE ORDER MARK}\N{latin small letter sharp s}\N{NBSP}\N{ZWJ}"))
print(ascii("\N{VARIATION SELECTOR-256}\N{nushu character-1b170}\N{CJK COMPATIBILITY IDEOGRAPH-F900}\N{HANGUL SYLLABLE GAG}"))
def decode(b):
    try:
        return ascii(b.decode("unicode_escape"))
    except UnicodeDecodeError as e:
        return "UnicodeDecodeError %s" % e


for name in [b"\\N{SNOWMAN}", b"\\N{snow man}", b"\\N{CJK UNIFIED IDEOGRAPH-4e00}", b"\\N{CJK UNIFIED IDEOGRAPH-4DFF}",
             b"\\N{HANGUL SYLLABLE GAGG}", b"\\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}", b"\\N{KEYCAP NUMBER SIGN}",
             b"\\N{NULL}", b"\\N{LF}", b"\\N{TANGUT IDEOGRAPH-18800}", b"\\N{TANGUT IDEOGRAPH-187F7}",
             b"\\N{Hangul Syllable Gag}", b"\\N{cjk unified ideograph-4e00}", b"\\N{CJK UNIFIED IDEOGRAPH-4E00}", b"\\N{CJK UNIFIED IDEOGRAPH-04E00}",
             b"\\N{CJK COMPATIBILITY IDEOGRAPH-0F900}", b"\\N{khitan small script character-18b00}"]:
    print(name, decode(name))
for start in range(0, 0x110000, 0x4000):
    s = "".join(chr(c) for c in range(start, start + 0x4000)
                if not 0xd800 <= c < 0xe000 and not 0x10f7fe <= c <= 0x10fffd and not 0xf0000 <= c < 0xf1000)
    b = s.encode("ascii", "namereplace")
    acc = 0
    for x in b[::5]:
        acc = (acc * 31 + x) % 1000000007
    print(hex(start), len(b), acc)
