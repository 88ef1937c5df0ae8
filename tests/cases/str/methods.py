# Behaviour of the str methods over a range of inputs.
samples = ["", "a", "abc", "  hello  world  ", "a,b,,c,", ",", "\t x\ny \r\n z\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029 ",
           "héllo wörld", "ΑΒΓ δεζ", "日本語 テキスト", "mixed Case TEXT", "x\u3000y\u00a0z", "aaaa", "abab", "\U0001f600 smile \U0001f600"]

for s in samples:
    print(repr(s))
    print(" split", s.split(), s.split(None, 1), s.split(" "), s.split(",", 2), s.split("a"), s.split("ab", -1))
    print(" rsplit", s.rsplit(), s.rsplit(None, 1), s.rsplit(" ", 1), s.rsplit(",", 2), s.rsplit("a", 0))
    print(" strip", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("a ")), repr(s.strip("\U0001f600 ")))
    print(" find", s.find("a"), s.rfind("a"), s.find(""), s.rfind(""), s.find("a", 1), s.find("a", -3, -1), s.find("", 100), s.find("l", 2, 3))
    print(" count", s.count("a"), s.count(""), s.count("a", 1), s.count("", 2, 4), s.count("ab"), s.count("", 100), s.count("o", -5))
    print(" starts", s.startswith("a"), s.startswith(("x", "h", " ")), s.endswith(""), s.startswith("", len(s)), s.startswith("", len(s) + 1),
          s.endswith("c", 0, 3), s.endswith(("z", ",")), s.startswith("b", 1), s.endswith("", 5, 2))
    print(" replace", repr(s.replace("a", "XY")), repr(s.replace("", "-")), repr(s.replace("", "-", 2)), repr(s.replace("a", "", 1)), repr(s.replace("ab", "ba", 0)))
    print(" part", s.partition(" "), s.rpartition(" "), s.partition("a"), s.rpartition("zz"))
    print(" pad", repr(s.center(20)), repr(s.center(21, "*")), repr(s.ljust(18, "é")), repr(s.rjust(19)), repr(s.zfill(20)), repr(s.center(2)))
    print(" lines", s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
    print(" tabs", repr(s.expandtabs()), repr(s.expandtabs(3)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
    print(" case", repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
    print(" is", s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isupper(), s.islower(),
          s.istitle(), s.isascii(), s.isprintable(), s.isidentifier())
    print(" affix", repr(s.removeprefix("a")), repr(s.removesuffix(",")), repr(s.removeprefix("")), len(s))

print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "ab".join("xyz"), "é".join(["α", "β"]))
print("x".join(str(i) for i in range(5)))
print("1,2,3".split(",", maxsplit=1), "a b c".rsplit(maxsplit=1), "a  b".split(" "), "  a  ".split(" "))
print("zfill", "-42".zfill(6), "+42".zfill(6), "42".zfill(1), "".zfill(3), "--".zfill(4), "é".zfill(3))
print("abc".center(6, "é"), "abc".center(7), "ab".center(5), "ab".center(6), "abc".center(4), "abc".center(5))
print("tab\there\n\tx\r\ty".expandtabs(4))
print(str.maketrans("abc", "xyz"), str.maketrans("ab", "cd", "ef"), str.maketrans({"a": "b", 98: None}))
print("hello".translate(str.maketrans("lo", "01", "h")), "abc".translate({97: "AA", 98: None, 99: 100}))
print("abc".translate([None, 1]), "é".translate({233: 0x1f600}))


class Tbl:
    def __getitem__(self, k):
        if k == 97:
            return "Z"
        raise IndexError(k)


print("banana".translate(Tbl()))
print("{} and {}".format(1, "x"), "{0}{1}{0}".format("a", "b"), "{x}-{y}".format(x=1, y=2), "{:>5}|{:<5}|{:^5}".format(1, 2, 3))
print("{a}".format_map({"a": 5}))


class Missing(dict):
    def __missing__(self, k):
        return "<" + k + ">"


print("{a} {b}".format_map(Missing(a=1)))
print("ß".upper(), "ß".title(), "ﬁ".upper(), "ǆ".title(), "ǅ".lower(), "ǅ".upper(), "İ".lower(), "ΣΑΣ".lower(), "ΣΑΣ σ".title())
print("hello world".title(), "they're bill's".title(), "ABC def".swapcase(), "ǅ".swapcase(), "ΣA".swapcase())
print("Ǆemal".capitalize(), "ŉx".capitalize(), "ﬁre".capitalize(), "ΣΣ".capitalize(), "σ".upper())
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬃ".casefold(), "ᾈ".casefold(), "ᾈ".lower(), "ᾈ".upper(), "ᾈ".title())
print("Abc".istitle(), "ABC".istitle(), "Abc Def".istitle(), "Abc def".istitle(), "ǅungla".istitle(), "1A".istitle(), "".istitle())
print("ABC".isupper(), "AbC".isupper(), "A1".isupper(), "1".isupper(), "ǅ".isupper(), "abc".islower(), "ǅ".islower(), "ß".islower())
print("١٢٣".isdecimal(), "²".isdigit(), "²".isdecimal(), "½".isnumeric(), "一二三".isnumeric(), "Ⅷ".isnumeric(), "Ⅷ".isalpha())
print("\u0300".isalpha(), "ª".isalpha(), "\u2160".isalnum(), "a\u200b".isprintable(), "\u00ad".isprintable(), "\u3000".isspace())
print("_a1".isidentifier(), "1a".isidentifier(), "été".isidentifier(), "a-b".isidentifier(), "℘".isidentifier(), "a·".isidentifier())
print("".isidentifier(), "λ".isidentifier(), "\u2118x".isidentifier(), "x\u0300".isidentifier())
print("x".__sizeof__(), "".__sizeof__(), "é".__sizeof__(), "\u0100abc".__sizeof__(), "\U00010000".__sizeof__(), "abc".__getnewargs__())
print("a" * 3, 2 * "ab", "x" * 0, "x" * -1, "ab" + "cd", "b" in "abc", "" in "", "bc" in "abd")
print("abc" < "abd", "é" > "z", "Z" < "a", "" < "a", "abc" == "abc", "a" != "b", max("abc", "b"), sorted(["b", "é", "a", "Z"]))
