def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class D(dict):
    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v * 2)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def keys(self):
        print("keys called")
        return super().keys()
d = D(a=1)
t(lambda: d)
d["b"] = 2
t(lambda: d.get("b"))
t(lambda: d["b"])
d.update(c=3)
d.setdefault("e", 5)
t(lambda: d)
t(lambda: dict(d))
t(lambda: {**d})
t(lambda: dict.update({}, d))
t(lambda: {}.update(d))
def f(**kw): return kw
t(lambda: f(**d))
t(lambda: d | {"z": 0})
t(lambda: type(d | {"z": 0}).__name__)
t(lambda: type(d.copy()).__name__)
t(lambda: D.fromkeys("ab", 1))
class L(list):
    def __iter__(self):
        print("iter called")
        return iter([9, 9])
    def __len__(self):
        return 42
l = L([1, 2])
t(lambda: list(l))
t(lambda: tuple(l))
t(lambda: [*l])
t(lambda: len(l))
t(lambda: l[:])
t(lambda: sum(l))
t(lambda: sorted(l))
t(lambda: [0] + l)
t(lambda: l + [0])
t(lambda: bool(l))
t(lambda: ", ".join(map(str, l)))
t(lambda: set(l))
t(lambda: max(l))
t(lambda: l == [1, 2])
class S(str):
    def __str__(self): return "S!"
    def __repr__(self): return "S?"
    def __len__(self): return 99
s = S("abc")
print(s)
t(lambda: str(s))
t(lambda: "%s %r" % (s, s))
t(lambda: f"{s} {s!r} {s!s}")
t(lambda: "{}".format(s))
t(lambda: format(s))
t(lambda: s + "x")
t(lambda: s.upper())
t(lambda: len(s))
t(lambda: type(s[0:2]).__name__)
t(lambda: type(s * 1).__name__)
t(lambda: type(s.strip()).__name__)
t(lambda: type(str(s)).__name__)
t(lambda: [s])
t(lambda: "".join([s, s]))
class I(int):
    def __repr__(self): return "I!"
    def __str__(self): return "Istr"
    def __index__(self): return 5
i = I(3)
print(i)
t(lambda: i)
t(lambda: "%d %s %r %x" % (i, i, i, i))
t(lambda: f"{i} {i:d} {i!r} {i:>4}")
t(lambda: [1, 2, 3, 4, 5, 6][i])
t(lambda: hex(i))
t(lambda: bin(i))
t(lambda: range(i))
t(lambda: i + 1)
t(lambda: type(i + 0).__name__)
t(lambda: type(-i).__name__)
t(lambda: type(+i).__name__)
t(lambda: type(abs(i)).__name__)
t(lambda: int(i))
t(lambda: type(int(i)).__name__)
t(lambda: str(i))
t(lambda: format(i))
t(lambda: "abc" * i)
class F(float):
    def __repr__(self): return "F!"
fl = F(1.5)
print(fl)
t(lambda: fl)
t(lambda: str(fl))
t(lambda: "%s %r %f" % (fl, fl, fl))
t(lambda: f"{fl}")
t(lambda: [fl])
t(lambda: round(fl))
t(lambda: type(fl * 1).__name__)
class B(bytes):
    def __str__(self): return "Bstr"
t(lambda: str(B(b"x")))
t(lambda: "%s" % B(b"x"))
t(lambda: repr(B(b"x")))
t(lambda: b"%s" % B(b"x"))
class T(tuple):
    def __repr__(self): return "T!"
t(lambda: T((1,)))
t(lambda: "%s" % (T((1,)),))
t(lambda: "%s" % T((1,)))
t(lambda: str(T((1,))))
t(lambda: [T((1,))])
