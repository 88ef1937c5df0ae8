d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(e)
d = {1: 1}
for k in d:
    d[k] = 5
print(d)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(e)
l = [3, 1, 2]
try:
    l.sort(key=lambda x: l.append(x) or x)
except ValueError as e:
    print(e)
print(l)
import collections
dq = collections.deque([1, 2])
try:
    for x in dq:
        dq.append(x)
except RuntimeError as e:
    print(e)
l = [1, 2, 3, 4]
for x in l:
    if x % 2 == 0:
        l.remove(x)
print(l)
d = {"a": 1}
try:
    for k, v in d.items():
        d.pop(k)
except RuntimeError as e:
    print(e)
try:
    it = iter(d := {1: 2, 3: 4})
    next(it)
    d.clear()
    next(it)
except RuntimeError as e:
    print(e)
d = {1: 2}
ks = d.keys()
d[3] = 4
print(list(ks), len(ks), 3 in ks, ks & {1, 5}, ks | {9})
print(int("١٢٣"), float("١.٥"), "²".isdigit(), "²".isdecimal(), "Ⅻ".isnumeric(), int("  -0b11 ".strip(), 0))
print("ß".upper(), "ǅ".lower(), "ǆ".title(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "Σ".lower(), "ΑΣ".lower())
print("straße".casefold() == "STRASSE".casefold(), "a\tb".expandtabs(4), "x".center(6, "*"), "abc".zfill(6), "-12".zfill(5))
print("a,b,,c".split(","), "a b  c".split(), " a ".split(" "), "a\nb\r\nc".splitlines(True), "".split(), "".split(","))
print("abc".partition("b"), "abc".rpartition("x"), "aXbXc".rsplit("X", 1), "hello"[::-1], "hello"[-2:-5:-1])
print("{0}{1}{0}".format("a", "b"), "{:>{}}".format("x", 4), "{name}".format_map({"name": "N"}), "%%d" % ())
print("Hello World".swapcase(), "hello world".title(), "they're bill's".title(), "abc".translate({97: "X", 98: None}))
print(str.maketrans("ab", "xy"), "a-b_c".replace("-", "").replace("_", " ", 1), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("%s" % "x", "x".join("abc"), ", ".join(map(str, [1, 2])), "abc".startswith(("x", "a")), "abc".endswith("bc", 1))
print("  x  ".strip(), "xxaxx".strip("x"), "ab".lstrip("ba"), "www.example.com".removeprefix("www.").removesuffix(".com"))
print("abc".find("c", -1), "abcabc".rfind("b"), "abc".count(""), "aaaa".count("aa"), "abc".index("b", 0, 2))
print(repr("a\u0300"), ascii("é ü 中"), "é".encode("ascii", "replace"), "é".encode("ascii", "xmlcharrefreplace"), b"\xff".decode("utf-8", "replace"))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.lower), sorted([(1, "b"), (1, "a")], key=lambda t: t[0], reverse=True))
