import string
from collections import Counter, defaultdict
import textwrap

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch
of incredulity, it was the season of Light, it was the season of Darkness, it was the
spring of hope, it was the winter of despair."""

words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
counts = Counter(words)
print(f"{'word':<12}|{'count':^7}|{'share':>8}")
print("-" * 12 + "+" + "-" * 7 + "+" + "-" * 8)
for w, c in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<12}|{c:^7}|{c / len(words):>8.2%}")
print(f"{len(words)=}, {len(counts)=}, {counts['it']=!r:>5}")
lengths = defaultdict(list)
for w in sorted(set(words)):
    lengths[len(w)].append(w)
for n in sorted(lengths):
    print(f"{n:>2}: {', '.join(lengths[n])}")
print(textwrap.fill(TEXT.replace("\n", " "), width=40))
print(textwrap.shorten(TEXT, 50), textwrap.indent("a\nb\n\nc", "> "), sep="\n")
print(textwrap.dedent("    x\n      y\n    z"))
letters = Counter(c for c in TEXT.lower() if c.isalpha())
print(letters.most_common(5), sum(letters.values()), letters["z"])
print(counts + Counter(it=-100, new=2), counts["it"] - 1)
c2 = Counter("abracadabra")
print(c2, c2 & Counter("aab"), c2 | Counter("zzz"), c2 - Counter("aaaaaaa"), +Counter(a=-1, b=2), -Counter(a=-1))
c2.subtract("aaa")
print(c2, list(c2.elements())[:6], c2.total())
for v in [0, 1, -1, 3.14159, -2.5e-5, 1e21, 123456789, float("inf"), float("nan"), 2**64, True]:
    print(f"|{v!r:>12}|{v:<10}|{v:^+12}|{v:e}|{v:g}|" if not isinstance(v, float) or v == v else f"|{v}|{v:f}|{v:10.3}|")
for v in [0, 255, -255, 2**40]:
    print(f"{v:b} {v:o} {v:x} {v:X} {v:#x} {v:#o} {v:#b} {v:08x} {v:_} {v:,} {v:+_b} {v:c}" if 0 <= v < 0x110000 else f"{v:#_x} {v:=+20,} {v:020,}")
print(f"{3.0:.0f} {2.5:.0f} {0.125:.2f} {1/3:.15g} {1e-10:.3g} {1234.5:,.1f} {-0.0} {0.0:+} {1.5:%} {12:.3%}")
print("{:*^20}|{:>{w}.{p}f}|{!s:5}|{!a}".format("mid", 3.14159, None, "é☃", w=10, p=2))
print("{0[1]} {1[k]} {2.real} {0!r:>15}".format([1, 2], {"k": "v"}, 3 + 4j))
print("%s %r %5.2f %-5d| %05d %x %o %e %c %%" % ("s", "r", 2.345, 42, -42, 255, 8, 12345.678, 65))
print("%(name)s is %(age)03d" % {"name": "Bob", "age": 7}, "%.3s" % "abcdef", "%*d" % (5, 3))
print(format(1234567.891, ",.2f"), format(0.5, ".0%"), format(10, "n"), format("x", "<3") + "|")
for bad in ["{:d}".format, "{0} {}".format, "{x}".format, "{:,s}".format]:
    try:
        print(bad(1.5))
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__, e)
try:
    print("%d" % "x")
except TypeError as e:
    print(e)
try:
    print("%s %s" % ("a",))
except TypeError as e:
    print(e)
print(string.capwords("hello   world  foo"), string.ascii_letters[:5], string.digits, string.hexdigits)
tpl = string.Template("$who likes ${what}s, $$5")
print(tpl.substitute(who="tim", what="kung pao"), tpl.safe_substitute(who="x"))
try:
    tpl.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
print("title case test".title(), "ÉCOLE".casefold(), "a\tb\tc".expandtabs(4), "42".zfill(5), "-42".zfill(5))
print("x=1;y=2".partition(";"), "a.b.c".rpartition("."), "abc".translate(str.maketrans("ab", "xy", "c")))
print("  pad  ".strip(), "xxhixx".strip("x"), "hello".center(11, "*"), "Hello World".swapcase(), "abc".ljust(2))
print("one two  three".split(" "), "a,b,,c".split(",", 2), "line1\nline2\r\nline3".splitlines(True), " a b ".rsplit(None, 1))
print("CamelCaseString".isidentifier(), "123".isnumeric(), "½".isnumeric(), "½".isdigit(), "Ⅷ".isdecimal(), "abc".isascii())
print("hello world".removeprefix("hello "), "file.tar.gz".removesuffix(".gz"), "abcabc".count("bc"), "abc".find("z"), "abcabc".rindex("b"))
