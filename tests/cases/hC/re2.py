import re
print(re.findall(r"(?>a+)b", "aaab ab"), re.findall(r"a++b", "aaab"), re.match(r"(?>a*)a", "aaa"), re.findall(r"\d*+x", "12x3x"))
print(re.match(r"(a)?(?(1)b|c)", "ab"), re.match(r"(a)?(?(1)b|c)", "c"), re.match(r"(?P<q>')?\w+(?(q)')", "'hi'"))
print(re.findall(r"\w+", "héllo wörld 你好", re.A), re.findall(r"\w+", "héllo wörld 你好"), re.findall(r"(?a:\w+)", "é1"))
print(re.sub(r"(?i)straße", "X", "STRASSE straße"), re.findall("[A-Z]", "aBc", re.I), re.findall("(?i)[^a]", "Aab"))
print(re.match(r"\N{LATIN SMALL LETTER E WITH ACUTE}", "é"), re.match(r"\u00e9\x41\101", "éAA"), re.findall(r"[\d\s]+", "1 2\t3x"))
print(re.split(r"\b", "hi there"), re.split(r"(?=x)", "axbxc"), re.sub(r"\b", "|", "ab cd"), re.sub(r"$", "!", "a\nb\n"), re.sub(r"(?m)^", "> ", "a\nb"))
print(re.findall(r"(\w+)=(\d+)?", "a=1 b= c=3"), re.match("(a|ab)(c|bcd)(d*)", "abcd").groups(), re.fullmatch(r"a|ab", "ab"))
m = re.search(r"(?P<year>\d{4})-(?P<mon>\d\d)", "on 2024-05-17")
print(m.group("year", "mon"), m.span("mon"), m.expand(r"\g<mon>/\g<year>/\g<0>"), m.regs, repr(m))
print(re.sub(r"(\d+)", lambda m: f"<{m.group(1):>4}>", "a 1 bb 22"), re.sub("a", lambda m: "", "banana"), re.subn(r"\s", "", " a b "))
s = re.Scanner([(r"\d+", lambda sc, t: int(t)), (r"[a-z]+", lambda sc, t: t.upper()), (r"\s+", None)])
print(s.scan("12 ab 7 cd!"))
print(re.compile(r"(?x) a \  b  # comment").match("a b"), re.compile("a#b", re.X).match("a"), re.compile("[#]", re.X).match("#"))
print(re.findall(r"(?s:.)x", "\nx"), re.findall(r"(?-i:a)A", "aA", re.I), re.findall(r"(?i)(?-i:a)", "Aa"))
p = re.compile(r"(?P<w>\w+)\s(?P=w)")
print(p.sub(r"\g<w>", "the the cat cat sat"), p.pattern, p.flags, p.groupindex, p.groups)
print(re.match(r"[\w-]+@[\w.-]+\.\w+", "foo-bar@ex.co.uk"), re.findall(r"[^\W_]+", "a_b c"), re.findall(r"[\]\[]", "[x]"))
print(re.sub("(?P<a>x)", r"\g<a>\g<a>", "axb"), re.sub("x", r"\g<0>\g<0>", "x"), re.sub("", "-", "ab"), re.sub("b*", "-", "abc"))
print(re.findall(r"\Bo\B", "foo bob o"), re.findall(r"\S+", " a bb  c "), re.findall(".", "a\u2028b"), re.findall(r"$", "a\n"))
print(re.match(r"(?#comment)abc", "abc"), re.findall(r"a{,2}", "aaa"), re.findall(r"a{2}", "aaaaa"), re.findall(r"a{1,}?", "aaa"), re.findall("x{0}", "x"))
print([m.group() for m in re.finditer(r"(?<=\$)\d+(\.\d\d)?", "cost $12.50 and $3")], re.search(r"(?<![\d.])\d+(?![\d.])", "1.5 and 42").group())
print(re.compile("abc").search("xxabc", 3), re.compile("abc").search("xxabc", 2, 4), re.compile("^abc").search("xabc", 1), re.compile(r"\Aabc").match("xabc", 1))
print(re.fullmatch("a*", "aaab", 0, 3), re.compile("a").findall("aaaa", 1, 3), list(re.compile("a").finditer("aXa", endpos=2)))
print(re.escape("\n\t-#&~ é"), re.escape(b"a.b"), re.findall(b"\\d", b"a1b2"), re.sub(b"a", b"b", b"aa"))
print(re.IGNORECASE.value, re.RegexFlag.MULTILINE, repr(re.I | re.S | re.X), repr(re.NOFLAG) if hasattr(re, "NOFLAG") else '', repr(re.A), str(re.U), re.compile("a", re.I).flags)
print(re.compile(r"a\d", re.I | re.M), re.compile(b"x"), re.compile("x" * 300).pattern[:5], repr(re.compile("x" * 300))[:40])
print(re.compile("(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11").match("abcdefghijkk"), re.sub(r"(.)", r"\1\1", "ab"), re.sub(r"(.)", r"\g<1>0", "ab"))
try:
    re.sub("a", r"\g<x>", "a")
except (IndexError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.sub("a", "\\", "a")
except re.error as e:
    print(e)
try:
    re.compile("(?P<a>x")
except re.error as e:
    print(e, "|", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("a\n(b")
except re.error as e:
    print(e)
try:
    re.compile("a**")
except re.error as e:
    print(e)
try:
    re.compile("(?<=a|bc)")
except re.error as e:
    print(e)
try:
    re.compile(r"\1(a)")
except re.error as e:
    print(e)
print(re.match(r"((a)|b)+", "ab").groups(), re.match(r"(a*)*", "b").groups(), re.match(r"(a|b)*?c", "abc").group(1), re.match(r"(?:a|(b))+", "ba").groups())
