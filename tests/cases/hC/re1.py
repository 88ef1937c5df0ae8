import re
m = re.match(r"(\w+) (\w+)(?P<rest>.*)", "hello world again")
print(m, m.groups(), m.group(0, 1), m.groupdict(), m.span(2), m.start('rest'), m.end())
print(m['rest'], m.lastindex, m.lastgroup, m.re.pattern, m.string, m.pos, m.endpos)
print(re.search(r"(a)(b)?", "ac").groups(), re.search(r"(a)(b)?", "ac").groups("X"))
print(list(re.finditer(r"\d+", "a1b22c333")))
print([m.span() for m in re.finditer(r"x*", "axxb")])
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2 c3"))
print(re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b5c9"))
print(re.subn("a", "b", "aaa", count=2))
print(re.sub("x*", "-", "abc"))
print(re.split(r"(,)\s*", "a, b,c"), re.split(r"\W+", "Words, words, words.", maxsplit=1))
print(re.split(r"(?:x)|(y)", "axbyc"))
print(re.split("", "abc"))
print(re.findall(r"(\w)(\d)", "a1b2"), re.findall(r"\w\d", "a1b2"), re.findall(r"(a)|b", "ab"))
print(re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
print(re.search(r"(?<=abc)def", "abcdef"), re.search(r"foo(?!bar)", "foobar foobaz"))
print(re.search(r"(?<!x)y", "xy zy").start())
print(re.findall(r"(?i)hello", "Hello HELLO"), re.findall("a.b", "a\nb", re.S))
print(re.findall(r"^\w+", "one\ntwo", re.M))
p = re.compile(r"""\d+  # digits
   \.?   # dot""", re.X)
print(p.findall("12. 3 4."), p)
print(re.compile("a", re.I | re.M))
print(re.compile(r"\bfoo\b").search("a foo b"))
print(re.escape("a.b*c?d"), re.escape("hello world_1"))
try:
    re.compile("(abc")
except re.error as e:
    print(type(e).__name__, e, e.pos)
try:
    re.compile("a)")
except re.error as e:
    print(e)
try:
    re.compile("*a")
except re.error as e:
    print(e)
try:
    re.sub("(a)", r"\2", "a")
except re.error as e:
    print(e)
try:
    m.group(5)
except IndexError as e:
    print(e)
print(re.match(r"(?P<a>x)(?P=a)", "xx"), re.match(r"(x)\1", "xy"))
print(re.search(r"a{2,3}", "aaaa").group(), re.search(r"a{2,3}?", "aaaa").group())
print(re.sub(r"(a)|(b)", r"[\1\2]", "ab"))
print(m.expand(r"\2-\1"))
print(re.findall(r"[^\W\d]+", "ab12cd_e"))
print(re.match(r"(?:(a)|b)+", "ab").groups())
print(re.Match, re.Pattern, type(m).__name__)
print(re.search("b", "abc", ).regs if hasattr(m, 'regs') else '')
print(re.compile(r"(\d)(\d)").sub(r"\g<2>\g<1>", "1234"))
print(re.purge(), re.I, re.IGNORECASE | re.DOTALL, repr(re.M | re.X))
print(re.match("a", "ba", ), re.compile("a").match("ba", 1))
print(re.compile("(?P<x>a)(b)").groupindex, re.compile("(a)(b)").groups)
print(re.sub(r"\s+", " ", "  a \t b\n c  ").strip())
print(re.findall(r"\b\w", "hello big world"))
print(re.sub("a", r"\n", "bab"), re.sub("a", "\\\\", "bab"))
print(re.search(r"\Aab\Z", "ab"), re.match(r"[a-c]+", "abcd"))
