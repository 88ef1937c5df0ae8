import array
class B(bytes): pass
class BA(bytearray): pass
b = B(b"abc"); ba = BA(b"xyz")
print(memoryview(b)[1], memoryview(ba)[0], bytes(memoryview(b)), b + b"d", ba + b, b"-".join([b, ba]), bytearray(b), bytes(ba), b == b"abc", ba == bytearray(b"xyz"), b.decode(), ba.hex())
m = memoryview(ba); m[0] = 65; print(ba, type(ba), ba[0:2], type(ba[0:2]))
print(array.array("b", b), int.from_bytes(b, "big"), b.find(b"c"), b"xabc".find(b), b in b"zabcz", ba.upper(), type(ba.upper()))
class A(array.array): pass
aa = A("i", [1, 2]); print(aa, memoryview(aa).tolist(), bytes(aa)[:4], type(aa), aa + array.array("i", [3]))
class L(list):
    def __iter__(self): return iter(["overridden"])
l = L([1, 2])
print(list(l), [x for x in l], tuple(l), sorted(l), len(l), l[0], *l, sum(L([5])) if False else "", set(l), dict.fromkeys(l), "".join(L(["a"])), max(L([3, 4])))
class T(tuple):
    def __iter__(self): return iter("it")
t = T((1, 2)); print(list(t), t, len(t), t[1], a if (a := 1) else 0)
a1, a2 = t; print(a1, a2)
class D(dict):
    def __iter__(self): return iter(["k"])
    def keys(self): return ["k"]
    def __getitem__(self, k): return "gi:" + k
d = D(a=1); print(dict(d), {**d}, list(d), d.items(), d["q"], d.get("a"), [*d])
def kwf(**kw): return kw
print(kwf(**d))
class S(str):
    def __eq__(self, o): return True
    def __hash__(self): return hash("x")
    def __contains__(self, x): return True
s = S("abc"); print(s == "zzz", "zzz" in s, s in ["q"], s in {"x"}, s.startswith("a"), s.__class__.__name__)
class I(int):
    def __eq__(self, o): return "eq"
    def __lt__(self, o): return "lt"
    def __hash__(self): return 1
print(I(1) == 2, I(1) < 5, 5 > I(1), 1 in [I(7)], I(3) in {3: 1} if False else "", [I(2)].index(0) if False else "")
class E(Exception):
    def __new__(cls, *args):
        o = super().__new__(cls, "from new")
        return o
    def __init__(self, *a): pass
e = E(1, 2); print(e.args, str(e), repr(e))
class E2(ValueError):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
try:
    raise E2(1, 2)
except ValueError as e:
    print(e.args, e.a, repr(e), str(e))
class E3(Exception):
    def __init__(self):
        pass
print(repr(E3()), str(E3()), E3().args)
class E4(KeyError): pass
print(str(E4("k")), repr(E4("k")), str(E4()), str(E4(1, 2)))
class OSE(OSError): pass
o = OSE(2, "No such"); print(o.errno, o.strerror, str(o), type(o).__name__, o.args)
class Callable(int):
    def __call__(self, x): return int(self) + x
print(Callable(5)(3), callable(Callable(1)))
class FL(float):
    def __init__(self, v): self.orig = v
f = FL("1.5"); print(f, f.orig, f * 2, FL(2) == 2)
class LI(list):
    def __init__(self, v, extra):
        super().__init__(v); self.extra = extra
li = LI([3, 1, 2], "ex"); li.sort(); print(li, li.extra, li * 2, type(li * 2).__name__, li[::-1], type(li[:]).__name__, li == [1, 2, 3], li.copy(), type(li.copy()).__name__)
