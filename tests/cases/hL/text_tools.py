import string
import textwrap
from collections import Counter, defaultdict, OrderedDict
import re
import unicodedata

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
for w, n in sorted(freq.most_common(8), key=lambda t: (-t[1], t[0])):
    print(f"{w:.<12}{n:.>4}")
print(freq["was"], freq["zzz"], sum(freq.values()), (freq - Counter(was=10))["was"])
c2 = Counter("mississippi")
print(sorted(c2.items()), c2.most_common(2), sorted(c2.elements()))
print(c2 + Counter("sip"), c2 & Counter("ssp"), c2 | Counter("zz"))
c2.subtract({"s": 10})
print(c2["s"], +c2 == Counter({k: v for k, v in c2.items() if v > 0}), -Counter(a=-2, b=3))
print(Counter(a=3, b=1).total())


def caesar(s: str, k: int) -> str:
    def sh(c):
        if c.isupper():
            return chr((ord(c) - 65 + k) % 26 + 65)
        if c.islower():
            return chr((ord(c) - 97 + k) % 26 + 97)
        return c
    return "".join(map(sh, s))


def vigenere(s: str, key: str, decrypt=False) -> str:
    out = []
    ki = 0
    for ch in s:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            k = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                k = -k
            out.append(chr((ord(ch) - base + k) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at Dawn! Zebra-123"
enc = caesar(msg, 3)
print(enc, caesar(enc, -3) == msg, caesar(msg, 29) == enc)
v = vigenere(msg, "LEMON")
print(v, vigenere(v, "LEMON", decrypt=True))
tbl = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13])
print("hello world".translate(tbl), "abc".translate({97: None, 98: "BB"}))
print(str.maketrans("ab", "xy", "c"))


def is_pal(s: str) -> bool:
    t = [c.lower() for c in s if c.isalnum()]
    return t == t[::-1]


for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "", "No 'x' in Nixon", "Was it a car or a cat I saw?"]:
    print(f"{s!r:40} {is_pal(s)}")

groups = defaultdict(list)
for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
    groups["".join(sorted(w))].append(w)
print(sorted(groups.values(), key=lambda g: (-len(g), g)))


def to_roman(n: int) -> str:
    vals = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for v, s in vals:
        q, n = divmod(n, v)
        out += s * q
    return out


def from_roman(s: str) -> int:
    m = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = m[a]
        total += -v if b != " " and m[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, r, from_roman(r))
try:
    from_roman("ABC")
except KeyError as e:
    print("KeyError", e)


def justify(words, width):
    lines, cur = [], []
    for w in words:
        if sum(map(len, cur)) + len(cur) + len(w) > width:
            lines.append(cur)
            cur = []
        cur.append(w)
    out = []
    for line in lines:
        if len(line) == 1:
            out.append(line[0].ljust(width))
            continue
        gaps = len(line) - 1
        spaces = width - sum(map(len, line))
        q, r = divmod(spaces, gaps)
        s = ""
        for i, w in enumerate(line[:-1]):
            s += w + " " * (q + (1 if i < r else 0))
        out.append(s + line[-1])
    out.append(" ".join(cur).ljust(width))
    return out


for line in justify("This is an example of text justification done by hand.".split(), 16):
    print(f"|{line}|")
print(textwrap.fill(TEXT, width=40, initial_indent="> ", subsequent_indent="  "))
print(textwrap.wrap("a" * 25 + " bb cc", 10))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", width=25, placeholder="..."))
print(textwrap.dedent("""
    def f():
        return 1
"""))
print(textwrap.indent("a\n\nb\n", "+ "), end="")
print(repr(textwrap.indent("a\n\nb", "> ", lambda l: True)))
print(string.capwords("hello   wORLD  foo"), "hello world".title(), "they're bill's".title())
print(string.Template("$who likes ${what}s $$").substitute(who="Tim", what="apple"))
try:
    string.Template("$x and $y").substitute(x=1)
except KeyError as e:
    print("KeyError", e)
print(string.Template("$x and $y").safe_substitute(x=1))
print("{:*^20}".format("mid"), "{0!r:>8}|{1:<6}|".format("a", 3.5), "%-6s|%06.2f|%x|%o|%e" % ("ab", 3.14159, 255, 8, 12345.678))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7}, "%5.1f%%" % 99.55, "%c%c" % (72, "i"))
print("ß".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower().encode(), "Straße".casefold())
print(unicodedata.name("é"), unicodedata.normalize("NFD", "é").encode("utf-8"), unicodedata.category("A"))
print("  x  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "a\tb\nc".splitlines())
print("hello".center(11, "-"), "42".zfill(5), "-42".zfill(5), "abc".partition("b"), "abcabc".rpartition("c"))
print("one two three".rsplit(" ", 1), "Hello".swapcase(), "abc".startswith(("x", "a")), "x".join("abc"))
print("tab\there".expandtabs(4), "1,234".replace(",", ""), "aaa".count("aa"), "abc".find("z"), "abcb".rindex("b"))
print("%s" % [1, 2], "%r" % "q", "%5s|%-5s|" % ("ab", "cd"), "%+d %+d" % (5, -5), "%.3s" % "abcdef")
