import re
m = re.search(r"(?P<key>\w+)=(?P<val>\d+)?", "x: alpha=42; beta=")
print(m.group(), m.group(1, 2), m.groups(), m.groupdict(), m.span("val"), m.start(), m.end(2), m.lastgroup, m.lastindex)
m2 = re.match(r"(a)(b)?", "ac"); print(m2.groups(), m2.groups("-"), m2.group(2), m2.span(2), m2.expand(r"[\1]"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub(r"(\w)(\w*)", r"\2\1ay", "hello world"), re.sub(r"(?P<w>o)", r"<\g<w>>", "foo"), re.sub("x*", "-", "abc"))
print(re.subn("a", "b", "aaa", count=2), re.sub(r"\s+", " ", "  a \n b  "), re.split(r"(,)", "a,b,c"), re.split(r"\W+", "a, b;c", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 c"), re.findall(r"\d", "a1b2"), [m.span() for m in re.finditer(r"o", "foo boo")])
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "12a"), bool(re.match("a", "A", re.I)), re.escape("a.b*c"))
p = re.compile(r"^(\w+)$", re.M); print(p.findall("one\ntwo"), p.pattern, p.flags & re.M != 0, p.groups)
for bad in (r"(", r"[a-", r"a**", r"(?P<n>a)(?P<n>b)", r"\1"):
    try:
        re.compile(bad)
    except re.error as e:
        print("re.error", e)
try:
    re.sub(r"(a)", r"\2", "a")
except re.error as e:
    print(e)
print(repr(re.match("ab", "abc")), m[0], m["key"])
