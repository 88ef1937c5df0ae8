s = "Hello, World"
tests = [
    lambda: s.split(", ", 0), lambda: s.split("o", 1), lambda: s.rsplit("o", 1), lambda: "a  b   c".split(" "), lambda: " a b ".split(None, 1),
    lambda: " a b ".rsplit(None, 1), lambda: "".split(), lambda: "".split(","), lambda: "a,b,".split(","), lambda: "x".split(""),
    lambda: "1\n2\r\n3\r4\x0b5\x0c6\x1c7\x1d8\x1e9\x8510\u2028end".splitlines(), lambda: "a\nb\n".splitlines(True), lambda: "".splitlines(),
    lambda: s.partition("o"), lambda: s.rpartition("o"), lambda: s.partition("z"), lambda: s.rpartition("z"), lambda: s.partition(""),
    lambda: s.center(20, "*"), lambda: "ab".center(5), lambda: "abc".center(6), lambda: s.ljust(3), lambda: "x".rjust(4, "0"), lambda: "-42".zfill(6), lambda: "+".zfill(3), lambda: "42".zfill(1),
    lambda: s.find("o", 5), lambda: s.find("o", -3), lambda: s.rfind("o", 0, 5), lambda: s.index("W"), lambda: s.rindex("z"), lambda: s.count("l", 3), lambda: s.count(""), lambda: "".count(""),
    lambda: s.startswith("World", 7), lambda: s.endswith(("x", "ld")), lambda: s.startswith(""), lambda: s.startswith(["H"]),
    lambda: s.replace("l", "L", 2), lambda: s.replace("", "-"), lambda: "aaa".replace("a", "b", -1), lambda: "aaa".replace("a", "", 0),
    lambda: "a\tb\tc".expandtabs(), lambda: "ab\tc\nd\te".expandtabs(4), lambda: "\t".expandtabs(0),
    lambda: "hello world".title(), lambda: "they're bill's".title(), lambda: "HeLLo".swapcase(), lambda: "ß".upper(), lambda: "ß".casefold(), lambda: "ǅ".lower(), lambda: "İ".lower(), lambda: "hello".capitalize(), lambda: "HELLO wORLD".capitalize(),
    lambda: "abc".isalpha(), lambda: "ab1".isalnum(), lambda: "²".isdigit(), lambda: "²".isdecimal(), lambda: "½".isnumeric(), lambda: "".isspace(), lambda: " \t".isspace(), lambda: "Ab".istitle(), lambda: "A B".istitle(), lambda: "_a1".isidentifier(), lambda: "1a".isidentifier(), lambda: "abc".islower(), lambda: "ABC1".isupper(), lambda: "\x7f".isprintable(), lambda: "é".isascii(),
    lambda: "  xx  ".strip(), lambda: "xxhixx".strip("x"), lambda: "abcba".lstrip("ab"), lambda: "abcba".rstrip("ab"), lambda: "  x".lstrip(None),
    lambda: "-".join(["a", "b"]), lambda: "".join([]), lambda: ",".join("abc"), lambda: "-".join(["a", 1]), lambda: "-".join(5),
    lambda: "abc".translate({97: "X", 98: None}), lambda: "abc".translate(str.maketrans("ab", "xy", "c")), lambda: str.maketrans({"a": 1}), lambda: str.maketrans("ab", "x"),
    lambda: "{0}-{1}".format_map({}) if False else "{a}".format_map({"a": 5}), lambda: "%s" % [1], lambda: "%s" % (1,), lambda: "%r" % "x", lambda: "%(x)s %%" % {"x": 1},
    lambda: "abc".encode(), lambda: "é".encode("utf-16"), lambda: "é".encode("latin-1"), lambda: "x".encode("nope"),
    lambda: "abc"[10:], lambda: "abc"[-10], lambda: "abc"[::-1], lambda: "abc" * -1, lambda: "a" < "B", lambda: "a" in "", lambda: "" in "a", lambda: "abc".__contains__("bc"),
    lambda: "%-6.2f|" % 3.14159, lambda: "%+.1e" % 12345.678, lambda: "%x %X %#x %#o" % (255, 255, 255, 8), lambda: "%c%c" % ("a", 98), lambda: "%5s|%-5s|" % ("ab", "cd"), lambda: "%.3s" % "abcdef",
    lambda: "%d" % 3.9, lambda: "%i" % True, lambda: "%s %s" % ("only",), lambda: "%d" % "x", lambda: "%" % (), lambda: "%(a)s" % (1,),
    lambda: "abc".removeprefix("a"), lambda: "abc".removesuffix("bc"), lambda: "abc".removeprefix(""), lambda: ord("€"), lambda: chr(8364), lambda: chr(-1), lambda: ord("ab"), lambda: ord(""),
    lambda: str(b"x"), lambda: str(b"x", "ascii"), lambda: str(bytearray(b"y"), encoding="utf-8"), lambda: str(1, "utf-8"), lambda: str(object=5), lambda: repr("a'b\"c"), lambda: ascii("ñ\n"),
    lambda: "abc".index("d"), lambda: "abc".find(""), lambda: "abc".rfind(""), lambda: "abc".find("", 5), lambda: "a".center(), lambda: "a".center(3, "ab"), lambda: "x".split(None, -1), lambda: max("abc"), lambda: sorted("bca"),
]
for i, t in enumerate(tests):
    try: print(i, repr(t()))
    except Exception as e: print(i, type(e).__name__, e)
