"""A tiny regex engine (Thompson-style backtracking) compared against re."""
import re


class Pattern:
    def __init__(self, src):
        self.src = src
        self.pos = 0
        self.ast = self._alt()
        if self.pos != len(src):
            raise SyntaxError(f"unexpected {src[self.pos]!r} at {self.pos}")

    def _peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else None

    def _alt(self):
        branches = [self._seq()]
        while self._peek() == "|":
            self.pos += 1
            branches.append(self._seq())
        return ("alt", branches) if len(branches) > 1 else branches[0]

    def _seq(self):
        items = []
        while self._peek() not in (None, "|", ")"):
            items.append(self._repeat())
        return ("seq", items)

    def _repeat(self):
        atom = self._atom()
        c = self._peek()
        if c in ("*", "+", "?"):
            self.pos += 1
            lo, hi = {"*": (0, None), "+": (1, None), "?": (0, 1)}[c]
            return ("rep", atom, lo, hi)
        return atom

    def _atom(self):
        c = self._peek()
        self.pos += 1
        if c == "(":
            inner = self._alt()
            if self._peek() != ")":
                raise SyntaxError("missing )")
            self.pos += 1
            return inner
        if c == ".":
            return ("any",)
        if c == "\\":
            e = self.src[self.pos]
            self.pos += 1
            if e == "d":
                return ("class", set("0123456789"), False)
            if e == "w":
                return ("class", set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), False)
            return ("lit", e)
        if c == "[":
            neg = self._peek() == "^"
            if neg:
                self.pos += 1
            chars = set()
            while self._peek() != "]":
                if self._peek() is None:
                    raise SyntaxError("unterminated class")
                a = self.src[self.pos]
                if self.src[self.pos + 1:self.pos + 2] == "-" and self.src[self.pos + 2:self.pos + 3] not in ("]", ""):
                    b = self.src[self.pos + 2]
                    chars.update(chr(x) for x in range(ord(a), ord(b) + 1))
                    self.pos += 3
                else:
                    chars.add(a)
                    self.pos += 1
            self.pos += 1
            return ("class", chars, neg)
        if c in ("*", "+", "?"):
            raise SyntaxError(f"nothing to repeat at {self.pos - 1}")
        return ("lit", c)

    def _m(self, node, s, i, k):
        kind = node[0]
        if kind == "lit":
            return i < len(s) and s[i] == node[1] and k(i + 1)
        if kind == "any":
            return i < len(s) and s[i] != "\n" and k(i + 1)
        if kind == "class":
            return i < len(s) and ((s[i] in node[1]) != node[2]) and k(i + 1)
        if kind == "seq":
            def run(j, idx):
                if j == len(node[1]):
                    return k(idx)
                return self._m(node[1][j], s, idx, lambda n: run(j + 1, n))
            return run(0, i)
        if kind == "alt":
            return any(self._m(b, s, i, k) for b in node[1])
        if kind == "rep":
            _, sub, lo, hi = node

            def rep(count, idx):
                if hi is None or count < hi:
                    if self._m(sub, s, idx, lambda n: n != idx and rep(count + 1, n)):
                        return True
                return count >= lo and k(idx)
            return rep(0, i)
        raise ValueError(kind)

    def match(self, s):
        end = []
        ok = self._m(self.ast, s, 0, lambda n: end.append(n) or True)
        return s[:end[0]] if ok else None

    def search(self, s):
        for start in range(len(s) + 1):
            end = []
            if self._m(self.ast, s, start, lambda n: end.append(n) or True):
                return start, end[0]
        return None


cases = [
    ("a*b", ["b", "aaab", "aac", ""]),
    ("(ab|cd)+e?", ["ababcd", "abe", "e", "cdcde"]),
    ("[a-c]+[^0-9]", ["abcx", "abc1", "ccd"]),
    (r"\d+\.\d*", ["3.14", "42.", ".5", "7"]),
    ("h.llo|w(or)?ld", ["hello", "hallo", "wld", "world", "word"]),
    (r"\w+@\w+\.com", ["me@site.com", "@x.com", "a_b@c1.com!"]),
    ("(a|ab)(c|bcd)", ["abcd", "abc", "acd"]),
    ("x?x?x?xxx", ["xxx", "xxxx", "xx"]),
]
for pat, subjects in cases:
    mine = Pattern(pat)
    ref = re.compile(pat)
    for s in subjects:
        m1 = mine.match(s)
        m2 = ref.match(s)
        m2 = m2.group() if m2 else None
        s1 = mine.search(s)
        s2 = ref.search(s)
        s2 = s2.span() if s2 else None
        flag = "ok" if (m1, s1) == (m2, s2) else "DIFF"
        print(f"{pat!r:18} {s!r:14} match={m1!r:10} search={s1!s:8} {flag}")
for bad in ["(ab", "*a", "a|+", "[abc", "a)"]:
    for engine in (Pattern, re.compile):
        try:
            engine(bad)
            print(bad, "compiled?")
        except SyntaxError as e:
            print(f"mine  {bad!r}: {e}")
        except re.error as e:
            print(f"re    {bad!r}: {e} (pos={e.pos})")
m = re.match(r"(?P<user>\w+)@(?P<host>[\w.]+)", "joe@example.org rest")
print(m.group("user"), m["host"], m.groups(), m.groupdict(), m.span(2), m.start(), m.end(), m.lastgroup, m.lastindex)
print(m.expand(r"\g<host> by \1"), re.sub(r"(\d+)", lambda mm: str(int(mm[1]) * 2), "a1b22c333"))
print(re.findall(r"(\w)(\d)?", "a1bc2"), [mm.span() for mm in re.finditer(r"o", "foo boo")])
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO", count=2), re.subn(r"\s+", " ", "a  b \t\n c"))
print(re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.fullmatch(r"\d{3}", "1234"))
print(re.escape("a.b*c?"), re.split(r"(,)", "a,b,c", maxsplit=1), re.compile(r"\bcat\b", re.I).findall("Cat concat CAT"))
print(re.sub(r"^", "> ", "line1\nline2", flags=re.M), re.search(r"a.c", "a\nc", re.S).group() == "a\nc")
print(re.match(r"(a)(?:b)(?=c)", "abc").group(0, 1), re.search(r"(?<=@)\w+", "x@host").group(), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "hi there"))
