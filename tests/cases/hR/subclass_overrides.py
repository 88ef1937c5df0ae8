class L(list):
    def __iter__(self):
        return iter(["over", "ridden"])
    def __len__(self):
        return 42
    def __contains__(self, x):
        return x == "magic"
    def __getitem__(self, i):
        return "gi%r" % (i,)
    def __reversed__(self):
        return iter(["rev"])
l = L([1, 2, 3])
def t(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
t("list", lambda: list(l))
t("tuple", lambda: tuple(l))
t("set", lambda: sorted(set(l)))
t("sorted", lambda: sorted(l))
t("len", lambda: len(l))
t("in", lambda: ("magic" in l, 1 in l))
t("idx", lambda: (l[0], l[1:2]))
t("for", lambda: [x for x in l])
t("star", lambda: [*l])
t("unpack", lambda: (lambda a, b: (a, b))(*l))
t("join", lambda: "-".join(l))
t("sum", lambda: sum(L([1]), "") if False else "skip")
t("min", lambda: min(l))
t("enumerate", lambda: list(enumerate(l)))
t("zip", lambda: list(zip(l, l)))
t("map", lambda: list(map(str, l)))
t("reversed", lambda: list(reversed(l)))
t("extend", lambda: [0] + l)
t("extend2", lambda: [].__iadd__(l) if False else ([].extend(l) or "x"))
def ext():
    a = [0]
    a.extend(l)
    return a
t("extend3", ext)
t("dict.fromkeys", lambda: dict.fromkeys(l))
t("str", lambda: str(l))
t("repr", lambda: repr(l))
t("eq", lambda: l == [1, 2, 3])
t("bool", lambda: bool(L()))
t("a,b", lambda: (lambda: [a for a in [l]])())
def unp():
    a, b = l
    return a, b
t("unpack2", unp)
t("max", lambda: max(l, key=len))
t("any", lambda: any(l))
t("frozenset", lambda: sorted(frozenset(l)))
t("bytes", lambda: bytes(L([65])))
t("bytearray", lambda: bytearray(L([65])))
t("copy", lambda: l.copy())
t("slice", lambda: list.__getitem__(l, slice(None)))
t("mul", lambda: l * 2)
t("deque", lambda: list(__import__("collections").deque(l)))
t("Counter", lambda: sorted(__import__("collections").Counter(l).items()))
t("heapq", lambda: __import__("heapq").nsmallest(1, l))
t("itertools", lambda: list(__import__("itertools").chain(l)))
class D(dict):
    def __getitem__(self, k):
        return "D-" + str(k)
    def keys(self):
        return ["a", "z"]
    def __iter__(self):
        return iter(["iter-key"])
    def items(self):
        return [("it", "ems")]
d = D(a=1, b=2)
t("dict(d)", lambda: dict(d))
t("{**d}", lambda: {**d})
t("f(**d)", lambda: (lambda **k: k)(**d))
t("update", lambda: ({}.update(d), )[0])
def upd():
    x = {}
    x.update(d)
    return x
t("update2", upd)
t("list(d)", lambda: list(d))
t("d.get", lambda: d.get("a"))
t("d[a]", lambda: d["a"])
t("d.values", lambda: list(d.values()))
t("sorted(d)", lambda: sorted(d))
t("'%(a)s' % d", lambda: "%(a)s" % d)
t("format_map", lambda: "{a}".format_map(d))
t("format kw", lambda: "{a}".format(**d))
t("in", lambda: "a" in d)
t("len", lambda: len(d))
t("eq", lambda: d == {"a": 1, "b": 2})
t("repr", lambda: repr(d))
t("copy", lambda: d.copy())
t("OrderedDict", lambda: list(__import__("collections").OrderedDict(d).items()))
t("ChainMap", lambda: __import__("collections").ChainMap(d)["a"])
t("dict|", lambda: {} | d)
t("exec-locals", lambda: eval("a", {}, d))
class S(str):
    def __str__(self):
        return "S.__str__"
    def __repr__(self):
        return "S.__repr__"
    def __iter__(self):
        return iter("xy")
    def __len__(self):
        return 99
    def __eq__(self, o):
        return True
    __hash__ = str.__hash__
    def __format__(self, spec):
        return "S.__format__"
s = S("abc")
t("print", lambda: print(s))
t("str", lambda: str(s))
t("repr", lambda: repr(s))
t("f", lambda: f"{s}")
t("%s", lambda: "%s" % s)
t("format", lambda: "{}".format(s))
t("list", lambda: list(s))
t("join", lambda: "".join([s, s]))
t("+", lambda: s + "!")
t("len", lambda: len(s))
t("==", lambda: s == "zzz")
t("in dict", lambda: {"abc": 1}.get(s))
t("upper", lambda: s.upper())
t("int", lambda: int(S("12")))
t("float", lambda: float(S("1.5")))
t("sorted", lambda: sorted(s))
t("set", lambda: sorted(set(s)))
t("str.join", lambda: s.join(["1", "2"]))
t("split", lambda: s.split("b"))
t("bytes", lambda: bytes(s, "ascii"))
t("encode", lambda: s.encode())
t("in str", lambda: "b" in s)
class I(int):
    def __index__(self):
        return 7
    def __int__(self):
        return 8
    def __str__(self):
        return "I.__str__"
    def __repr__(self):
        return "I.__repr__"
    def __float__(self):
        return 9.5
    def __bool__(self):
        return False
    def __hash__(self):
        return 5
i = I(3)
t("hex", lambda: hex(i))
t("list idx", lambda: [0, 1, 2, 3, 4, 5, 6, 7, 8][i])
t("range", lambda: list(range(i)))
t("int", lambda: int(i))
t("float", lambda: float(i))
t("str", lambda: str(i))
t("print", lambda: print(i, [i]))
t("f", lambda: f"{i} {i!r} {i:d}")
t("%d", lambda: "%d %s %r %x" % (i, i, i, i))
t("bool", lambda: bool(i))
t("if", lambda: "t" if i else "f")
t("not", lambda: not i)
t("hash", lambda: hash(i))
t("+", lambda: i + 1)
t("*str", lambda: "ab" * i)
t("round", lambda: round(i))
t("abs", lambda: abs(i))
t("math.floor", lambda: __import__("math").floor(i))
t("chr", lambda: chr(I(65)))
t("bin", lambda: bin(i))
t("format", lambda: format(i, "x"))
t("divmod", lambda: divmod(i, 2))
t("pow", lambda: pow(i, 2))
t("json", lambda: __import__("json").dumps(i))
t("complex", lambda: complex(i))
t("range(len)", lambda: range(10)[i])
t("slice", lambda: "abcdefghij"[i:])
t("bytes(i)", lambda: bytes(i))
t("int.__str__", lambda: int.__str__(i))
t("repr list", lambda: repr([i, S("q")]))
