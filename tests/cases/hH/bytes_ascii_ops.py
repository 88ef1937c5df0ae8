b = bytes(range(256))
print(b.split()[:3], len(b.split()), b.strip()[:3], b.isspace(), bytes([0x1c, 0x20]).split(), b"\x85a\xa0b".split())
print(b.upper()[90:130], b.lower()[60:100], b.title()[60:130], b.swapcase()[60:130], b.capitalize()[:5])
print([c for c in range(256) if bytes([c]).isalpha()] == list(range(65, 91)) + list(range(97, 123)), [c for c in range(256) if bytes([c]).isspace()], [c for c in range(256) if bytes([c]).isdigit()][:3])
print(b"hello world".title(), b"o'neil 3rd".title(), b"\xe9t\xe9".title(), b"ABC".istitle(), b"Abc Def".istitle(), b"".istitle(), b"1".istitle())
print(b"a\x1cb\x1dc".splitlines(), "a\x1cb".splitlines(), b"a\rb\r\nc\n".splitlines(keepends=True), b"x\x0by".splitlines())
print(bytearray(b" x ").strip(), bytearray(b"ab").center(6, b"-"), b"abc".ljust(5, bytearray(b"*")), b"%5.2s|" % b"abc", b"%-4c|" % 65)
print(b"abc".find(b"", 10), b"abc".count(b""), b"".split(b"x"), b"x".rsplit(b"x"), b"aXbXc".split(b"X", -1), b" a b ".rsplit(None, 1), b"abc".partition(b"c"), b"a".zfill(0))
try:
    b"abc".center(5, b"ab")
except TypeError as e:
    print("TypeError", e)
try:
    b"abc".center(5, "a")
except TypeError as e:
    print("TypeError", e)
try:
    b"a".split(b"")
except ValueError as e:
    print("ValueError", e)
print(b"a b".split(sep=None), b"abc".replace(b"", b"-"), b"abc".expandtabs(), b"\tx".expandtabs(3), bytes.maketrans(b"", b"")[:4], b"abc".translate(None), b"abc".translate(bytes(range(256)), b"b"))
try:
    b"abc".translate(b"short")
except ValueError as e:
    print("ValueError", e)
try:
    bytes.maketrans(b"ab", b"c")
except ValueError as e:
    print("ValueError", e)
print(b"ab" < b"abc", b"b" > b"abc", bytes(5) == bytearray(5), b"a" + memoryview(b"b") if False else "", bytearray(b"a") + memoryview(b"b"), b"a" * True)
print(b"abc".startswith(bytearray(b"a")), b"abc".endswith(memoryview(b"c")), b"abc".index(98), b"abc".rindex(b"c", -1), bytearray(b"abc").find(bytearray(b"c")))
print(list(b"ab"), b"ab"[0], b"ab"[-1], bytearray(b"ab")[::-1], b"abc"[1:2], type(bytearray(b"ab")[0:1]).__name__)
print(int.from_bytes(bytearray(b"\x01\x02"), "big"), bytes(reversed(b"abc")), bytearray(reversed(b"abc")), b"".join(reversed([b"a", b"b"])), bytes(x for x in range(3)), bytes(map(ord, "hi")))
