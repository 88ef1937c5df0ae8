class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 100)
    def __repr__(self): return f"MyInt({int(self)})"
    def __str__(self): return "my" + int.__str__(self)
    def __eq__(self, o): return int(self) % 10 == int(o) % 10
    __hash__ = int.__hash__
a = MyInt(5)
print(a, repr(a), a + 1, 1 + a, a * 2, type(a * 2).__name__, -a, type(-a).__name__, abs(a), f"{a}", f"{a!r}", "%d %s" % (a, a))
print(a == 15, 15 == a, a != 25, [a].count(15), 15 in [a], {5: "x"}.get(a), str(a), format(a, "03"), int(a), type(int(a)).__name__)
print(isinstance(a, int), sorted([MyInt(3), 1, 2]), max(MyInt(9), 8), bool(MyInt(0)), range(10)[MyInt(2)], hex(a), a.real, type(a.real).__name__, a.bit_length())
class MyStr(str):
    def __len__(self): return 99
    def upper(self): return "overridden"
    def __getitem__(self, i): return "item"
    def __iter__(self): return iter("xyz")
    def __contains__(self, s): return True
s = MyStr("abc")
print(len(s), s.upper(), s.lower(), s[0], list(s), "q" in s, s + "d", type(s + "d").__name__, s * 2, "".join(s), s.split("b"), s == "abc", "%s" % s, str(s), type(str(s)).__name__)
print(sorted(s), set(MyStr("aa")) == {"x", "y", "z"}, tuple(s), s.startswith("a"), s.title(), s.__class__.__name__, repr(s), f"{s}", s.strip("a"), type(s.strip()).__name__, type(s[:]).__name__ if False else "")
class MyList(list):
    def __getitem__(self, i): return ("get", i)
    def __len__(self): return 42
    def __iter__(self): return iter([7, 8])
    def append(self, x): super().append(x); super().append(x)
m = MyList([1, 2, 3])
m.append(4)
print(m, m[0], len(m), list(m), sorted(m), sum(m), [*m], m + [5], type(m + [5]).__name__, m[:], repr(m), bool(MyList()), str(m), max(m))
x, y = m; print(x, y)
print(list.__len__(m), list.__getitem__(m, 0), m == [1, 2, 3, 4, 4], tuple(m), set(m) == {7, 8}, " ".join(map(str, m)))
class MyDict(dict):
    def __missing__(self, k): return f"missing:{k}"
    def __getitem__(self, k): return super().__getitem__(k) if k != "hide" else "hidden"
    def keys(self): return ["fake"]
    def __iter__(self): return iter(["iter"])
    def __len__(self): return 0
d = MyDict(a=1, hide=2)
print(d["a"], d["zz"], d["hide"], d.get("zz"), dict(d), list(d), {**d}, len(d), bool(d), repr(d), d == {"a": 1, "hide": 2}, sorted(d.items()))
def kw(**k): return k
print(kw(**d))
class KeysOnly:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(KeysOnly()), {**KeysOnly()}, kw(**KeysOnly()))
d2 = {}; d2.update(KeysOnly()); print(d2)
class Dm(dict):
    def __missing__(self, k):
        self[k] = len(self)
        return self[k]
dm = Dm(); dm["a"]; dm["b"]; dm["a"]; print(dm, dm.get("c"), "c" in dm)
class MyTuple(tuple):
    def __new__(cls, *args): return super().__new__(cls, args)
    def __repr__(self): return "MT" + tuple.__repr__(self)
t = MyTuple(1, 2, 3)
print(t, len(t), t[1:], type(t[1:]).__name__, t + (4,), type(t + (4,)).__name__, t == (1, 2, 3), hash(t) == hash((1, 2, 3)), tuple(t) is t, type(tuple(t)).__name__)
class MyFloat(float):
    def __repr__(self): return "MF"
print(MyFloat(1.5), [MyFloat(2)], MyFloat(1.5) + 1, type(MyFloat(1.5) + 1).__name__, round(MyFloat(2.5)), float(MyFloat(3)), type(float(MyFloat(3))).__name__, MyFloat("1e3"), str(MyFloat(2)))
class MyExc(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try: raise MyExc(404, "not found")
except MyExc as e: print(e, repr(e), e.args, e.code)
class NoSuper(Exception):
    def __init__(self, x): self.x = x
e = NoSuper(5); print(repr(e), str(e), e.args)
class KE(KeyError): pass
print(str(KE("k")), repr(KE("k")), str(KE()), str(KE("a", "b")))
class MyBool(int):
    pass
print(MyBool(True), True.__class__.__name__)
try:
    class B2(bool): pass
except TypeError as e: print("TypeError", e)
class MySet(set):
    def __contains__(self, x): return x == "magic"
ms = MySet([1, 2])
print("magic" in ms, 1 in ms, ms | {3}, type(ms | {3}).__name__, sorted(ms), len(ms))
class Cnt(int):
    def __index__(self): return 1
print([10, 20][Cnt(0)], hex(Cnt(0)) if False else "", int(Cnt(5)))
class IntLike:
    def __int__(self): return 7
    def __float__(self): return 7.5
    def __complex__(self): return 1j
print(int(IntLike()), float(IntLike()), complex(IntLike()))
try: [1][IntLike()]
except TypeError as e: print("TypeError", e)
class BadInt:
    def __int__(self): return "s"
try: int(BadInt())
except TypeError as e: print("TypeError", e)
class Trunc:
    def __trunc__(self): return 3
try: print(int(Trunc()))
except TypeError as e: print("TypeError", e)
