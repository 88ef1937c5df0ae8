s = "  a  b\tc\n d  "
for args in [(), (None,), (None, 0), (None, 1), (None, -1), (" ",), (" ", 2), ("  ",), ("b",), ("x",)]:
    print(args, s.split(*args), s.rsplit(*args))
print("a,b,,c".split(","), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", maxsplit=2))
print("".split(), "".split(","), "   ".split(), "   ".split(" "))
print("a\u3000b\x1cc\x85d".split())
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError", e)
try:
    "abc".split(sep=",", maxsplit="1")
except TypeError as e:
    print("TypeError", e)
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\nb\r\n".splitlines(True), "a\nb\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines())
print("abc".partition("b"), "abc".partition("x"), "abcb".rpartition("b"), "abc".rpartition("x"))
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rpartition(None)
except TypeError as e:
    print("TypeError", e)
print("1\t22\t333\t\n4\t".expandtabs(), "a\tb".expandtabs(0), "a\tb".expandtabs(-3), "ab\tc\r\td".expandtabs(4), "x\ty".expandtabs(tabsize=3))
print(repr("abc".center(9, "*")), repr("abc".center(8, "*")), repr("ab".center(7)), repr("abc".center(2)), repr("abc".ljust(6, "-")), repr("abc".rjust(6, "0")))
for bad in ["ab", "", 5]:
    try:
        "x".center(5, bad)
    except TypeError as e:
        print("TypeError", e)
print("-42".zfill(6), "+7".zfill(4), "abc".zfill(5), "".zfill(3), "-".zfill(3), "42".zfill(-1))
print(" xx ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "  a ".strip(None))
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()))
print("hello".capitalize(), "hELLO wORLD".capitalize(), "ßa".capitalize(), "ǆa".capitalize(), "Σ".casefold(), "ß".casefold())
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "aΣb".lower())
print("abc".startswith(("x", "a")), "abc".endswith("c", 0, 2), "abc".startswith("", 5), "abc".startswith("", 3), "abc".endswith(("b",), -3, -1))
try:
    "abc".startswith(["a"])
except TypeError as e:
    print("TypeError", e)
print("abcabc".find("c", -2), "abcabc".rfind("c", 0, -1), "abc".find(""), "abc".find("", 4), "abc".rfind(""), "abc".index("b"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".rindex("z", 1)
except ValueError as e:
    print("ValueError", e)
print("aaaa".count("aa"), "aaaa".count(""), "abc".count("", 1), "abc".count("", 10), "abab".count("ab", None, None))
print("a-b-c".replace("-", "+", 1), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaa".replace("a", "b", -1), "abc".replace("b", "", 0))
print(",".join(["a", "b"]), "".join([]), "-".join("abc"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    ",".join([b"a"])
except TypeError as e:
    print("TypeError", e)
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc".removeprefix("x"), "abc".removesuffix(""))
