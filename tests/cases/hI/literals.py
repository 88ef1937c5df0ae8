print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, 0xDEAD_BEEF, 1_2j)
print(0o777, 0O7, 0B11, 0XfF, 00, 0_0, 1E3, 1.e2, .5e-1, 5j, 1.5J)
print('\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}', '\a\b\f\v'.encode(), len('\0'), '\777'.encode('utf-8', 'replace'))
print(r'\n\t', R'\x', b'\x00\xff', rb'\x', Rb'a', BR'b', br'\d', u'unicode', U'U')
print('a' 'b' "c", 'it''s', """multi
line""", '''x\
y''')
print(repr('\''), repr("\""), repr('"\''), repr("'"), repr('\\'), repr('\t\n\r'), repr('\x7f\x80\xa0'), repr('\u200b'))
print(repr(b"'\""), repr(b'\x7f\x80'), repr(bytes(range(0, 256, 37))), repr("\U0001F600"), ascii("\U0001F600é"))
print(0.1, 1e22, 1e-5, 1e-4, 123456789.123456789, 1.0e16, 9007199254740993, 2.0**53+1, -0.0, 1e308*10, -1e308*10)
print(type(1_0), type(1_0.0), type(1_0j), 1j * 1j, (1+2j).real, (1+2j).imag, complex("1+2j"), complex(1, -0.0))
print(int("1_000"), float("1_0.5"), int("0x1f", 16), int("0b101", 0), int(" 42 "), int("-0"), float(" -inf "), float("1e500"))
for bad in ["1__0", "_1", "1_", "0x", "1.5", ""]:
    try: print(int(bad))
    except ValueError as e: print("ValueError", e)
for bad in ["1__0.0", "nan1", "1e", "."]:
    try: print(float(bad))
    except ValueError as e: print("ValueError", e)
try: int("12", 1)
except ValueError as e: print("ValueError", e)
try: int(1.5, 10)
except TypeError as e: print("TypeError", e)
print(int("z", 36), int("Z", 36), int("010", 0) if False else int("10", 0), int("0o10", 0))
try: int("010", 0)
except ValueError as e: print("ValueError", e)
for src in ["1__0", "0b2", "0o8", "1_", "09", "1.e", "0x_", "'\\N{NOPE}'", "b'é'", "'\\x4'", "1if 1else 0", "0_7"]:
    try:
        print(src, "->", eval(src))
    except SyntaxError as e:
        print(src, "SyntaxError", e.msg)
print(True + True, True * 3, -True, ~True, True / 2, True // 1, True ** 10, True & 3, True | 0)
print(2 ** -1, (-2) ** 2, -2 ** 2, 2 ** 3 ** 2, -2 ** -1, (-8) ** (1/3) if False else "", 10 % -3, -10 % 3, -10 // 3, 10 // -3)
print(not 1 == 2, not (1 == 2), 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, (1 is not None), (1 not in [2]), not not 5)
print(1 + 2 * 3 ** 2 // 4 % 5, 1 << 2 + 1, 7 & 3 | 8 ^ 1, ~-5, - - 5, +-+1, 2 * -3 ** 2)
print(divmod(-7, 2), divmod(7.5, -2), -7.5 // 2, round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2), round(5e-324, 1))
print(0.1 + 0.2 == 0.3, 1/0.1, 3 * 0.1, 1e16 + 1, 2**63, -2**63, 2**64 - 1, (2**64) // 3, -(2**70) // 7, (2**70) % -9)
