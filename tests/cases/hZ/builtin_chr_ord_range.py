print(chr(0), repr(chr(0)), chr(65), chr(0x10FFFF) == "\U0010ffff", chr(0xD800) == "\ud800", ord("€"), ord("\U0001F600"), ord(b"a"), ord(bytearray(b"z")))
for bad in (-1, 0x110000, 2**70):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in ("", "ab", b"ab", 5):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
try:
    chr(1.5)
except TypeError as e:
    print(e)
print(repr(chr(0x7f)), repr(chr(0xa0)), repr(chr(0xad)), repr("\u200b"), repr("\U0001F600"), ascii("é😀"))
print([ord(c) for c in "héllo"], "".join(chr(i) for i in range(97, 102)))
