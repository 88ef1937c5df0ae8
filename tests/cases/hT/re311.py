import re
tests = [
    (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"a++a", "aaaa"), (r"a++b", "aaab"), (r"a*+", "aaa"),
    (r"a?+a", "a"), (r"(?:ab)++c", "ababc"), (r"\d{2,3}+\d", "12345"), (r"x{1,}+y", "xxxy"),
    (r"(?>(\w+))\s", "hello world"), (r"(?>ab|a)c", "ac"), (r"(?>ab|a)c", "abc"), (r"[a-z]*+[0-9]", "abc1"),
    (r"(a)(?>b)(c)", "abc"), (r".{2}+", "abcd"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(pat, s, m.group(0) if m else None, m.groups() if m else None, m.span() if m else None)
print(re.findall(r"\w++", "ab cd ef"), re.sub(r"(?>\d+)", "#", "a12b345"), re.split(r"(?>,)", "a,b,c"))
for bad in [r"a**", r"a*++", r"(?>", r"(?>a", r"a{2}{3}", r"*a", r"a++*"]:
    try:
        re.compile(bad)
        print("ok", bad)
    except re.error as e:
        print("error", bad, e, e.pos)
print(re.fullmatch(r"(?>a|ab)", "ab"), bool(re.fullmatch(r"(?:a|ab)", "ab")))
print(re.match(r"(?i:A)b", "ab"), re.match(r"(?i:A)b", "aB"))
print(re.sub(r"(?P<x>\d)", r"\g<x>\g<x>", "a1b2"), re.sub(r"(\d)", lambda m: str(int(m[1]) * 2), "a4b5"))
p = re.compile(r"(?P<year>\d{4})-(?P<mon>\d\d)")
m = p.search("on 2021-03 ok")
print(m.groupdict(), m["year"], m.start("mon"), m.lastgroup, m.lastindex, m.re.pattern, m.string, m.pos, m.endpos)
print(repr(m), re.escape("a.b*c"), p.groupindex, p.groups, p.flags & re.UNICODE != 0)
try:
    re.compile(r"(?P<1a>x)")
except re.error as e:
    print(e)
try:
    re.compile(r"\p")
except re.error as e:
    print(e)
try:
    re.sub(r"x", r"\9", "x")
except re.error as e:
    print(e)
print(re.NOFLAG if hasattr(re, 'NOFLAG') else '', repr(re.RegexFlag.IGNORECASE), re.I | re.M, repr(re.I | re.M))
