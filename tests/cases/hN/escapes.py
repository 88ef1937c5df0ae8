print(repr('\777'), repr('\400'), repr('\08'), repr('\1234'), repr(b'\777' if False else b'\377'), repr('\x41\x4a'), repr('\u00411'), repr('\U0001F600'))
print(repr('\N{SNOWMAN}\N{snowman}\N{LATIN CAPITAL LETTER A WITH GRAVE}'), repr('\N{NO-BREAK SPACE}'), repr('\N{HANGUL SYLLABLE GA}'), repr('\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(repr('\a\b\f\v\0'), repr(b'\a\b\f\v\0'), repr('\
'), len('a\
b'), repr(r'\N{SNOWMAN}'), repr(rb'\x41'), repr(R'\''), repr(r"\""), repr(r'\\'))
for src in [r"'\x4'", r"'\xZZ'", r"'\u12'", r"'\U1234567'", r"'\U00110000'", r"'\N{BOGUS NAME}'", r"'\N'", r"'\N{'", r"b'\u1234'", "b'é'", r"'\x'", "r'\\'", "'abc", "'''abc", r"b'\N{SNOWMAN}'", r"'\N{}'", "f'\\N{SNOWMAN}'", "f'{\"\\N{SNOWMAN}\"}'"]:
    try:
        print(src, '->', repr(eval(src)))
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg, e.lineno, e.offset)
print(b'abc' == 'abc', b'a' + bytes([98]), bytes(3), bytes([0, 255]), bytes('é', 'utf-8'), bytes.fromhex('61 62'), b'x' * 3, b'ab'[0], b'ab'[:1], list(b'AB'))
for bad in ["bytes([256])", "bytes([-1])", "bytes('x')", "bytes.fromhex('6')", "bytes.fromhex('zz')", "b'a'[5]", "b'abc'.decode('ascii', 'nope')", "b'\\xff'.decode('utf-8')", "'é'.encode('ascii')", "b'\\xff'.decode('ascii')"]:
    try:
        print(repr(eval(bad)))
    except Exception as e:
        print(type(e).__name__, e)
print('é'.encode('ascii', 'replace'), 'é'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('ascii', 'backslashreplace'), b'\xff'.decode('utf-8', 'replace'), b'a\xffb'.decode('ascii', 'ignore'), b'\xff'.decode('latin-1'), 'x\udcff'.encode('utf-8', 'surrogateescape'))
s = 'ünïcödé ß ǅ ﬁ İ'
print(s.upper(), s.lower(), s.title(), s.casefold(), s.swapcase(), len(s), s.isalpha(), 'ß'.upper(), 'İ'.lower(), len('İ'.lower()), 'ǅ'.istitle())
print('١٢٣'.isdigit(), '١٢٣'.isdecimal(), '½'.isnumeric(), '½'.isdigit(), '²'.isdigit(), '²'.isdecimal(), int('١٢٣'), 'Ⅻ'.isnumeric(), ' \u2000\u3000'.isspace(), '\x1c'.isspace(), 'a\u0301'.isalpha(), 'αβγ'.isidentifier(), '1a'.isidentifier(), '_'.isidentifier())
print(sorted(['b', 'a', 'B', 'é', 'e', 'Z', '_', '1']), max('abc'), min('aBc'), 'a' < 'B', 'é' > 'z', '\U0001F600' > '\uffff')
