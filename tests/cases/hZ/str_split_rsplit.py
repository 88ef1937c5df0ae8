s = "  a  b c   d  "
print(s.split(), s.split(None, 1), s.rsplit(None, 1), s.split(" "), s.rsplit(" ", 2))
print("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1), "".split(), "".split(","), "abc".split("abc"))
print("a1b2c3".split("b2"), "aaa".split("a"), "aaa".split("aa"), "aaa".rsplit("aa"))
print("x".split(maxsplit=0), " x y ".split(maxsplit=0), " x y ".rsplit(maxsplit=0))
print("a b c".split(None, -1), "a b c".rsplit(sep=None, maxsplit=1))
print("l1\nl2\r\nl3\rl4\x0bl5\x1cl6\u2028".splitlines(), "a\n\nb\n".splitlines(True), "".splitlines())
print("a\u3000b\u00a0c\x1fd".split())
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
for bad in ("", 1):
    try:
        "abc".split(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "abc".partition("")
except ValueError as e:
    print(e)
print(b"a b  c".split(), b"a,b".split(b","), bytearray(b"x y").rsplit(None, 1))
