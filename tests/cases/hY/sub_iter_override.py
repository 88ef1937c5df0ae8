def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class S(set):
    def __iter__(self):
        print("S.iter")
        return iter([100])
    def __len__(self): return 7
    def __contains__(self, x): return True
s = S([1, 2])
t(lambda: sorted(set(s)))
t(lambda: sorted(frozenset(s)))
t(lambda: sorted({0} | s))
t(lambda: sorted(s | {0}))
t(lambda: sorted({0}.union(s)))
t(lambda: {1}.issubset(s))
t(lambda: {9}.issubset(s))
t(lambda: {1, 2} == s)
t(lambda: {1, 2} <= s)
t(lambda: {1}.isdisjoint(s))
t(lambda: sorted({1, 5} - s))
t(lambda: sorted({1, 5} & s))
t(lambda: sorted({1, 5} ^ s))
t(lambda: sorted(list(s)))
t(lambda: sorted(s))
t(lambda: dict.fromkeys(s))
x = {0}
x.update(s); t(lambda: sorted(x))
x = {0, 1}
x.difference_update(s); t(lambda: sorted(x))
x = {0, 1}
x.intersection_update(s); t(lambda: sorted(x))
t(lambda: len(s))
t(lambda: 99 in s)
t(lambda: repr(s))
t(lambda: s.copy())
t(lambda: sorted(s.union()))
t(lambda: sorted({}.keys() | s))
class FS(frozenset):
    def __iter__(self):
        print("FS.iter")
        return iter([7])
fs = FS([1])
t(lambda: set(fs))
t(lambda: {fs: 1})
t(lambda: hash(fs) == hash(frozenset([1])))
class L(list):
    def __iter__(self):
        print("L.iter")
        return iter(["z"])
l = L(["a", "b"])
t(lambda: "".join(l))
t(lambda: tuple(l))
t(lambda: list(l))
t(lambda: set(l))
t(lambda: dict.fromkeys(l))
t(lambda: bytes(L([1, 2])))
t(lambda: bytearray(L([1, 2])))
def star(*a): return a
t(lambda: star(*l))
def unpack():
    a, b = l
    return a, b
t(unpack)
def unpack1():
    [a] = l
    return a
t(unpack1)
t(lambda: [*l])
t(lambda: (*l,))
t(lambda: {*l})
t(lambda: sorted(l))
t(lambda: min(l))
t(lambda: sum(L([1, 2]), 0))
t(lambda: dict(L([("k", "v")])))
t(lambda: list(zip(l)))
t(lambda: list(enumerate(l)))
t(lambda: " ".join(map(str, l)))
x = ["q"]
x.extend(l); t(lambda: x)
x = ["q"]
x += l; t(lambda: x)
x = ["q"]
x[1:] = l; t(lambda: x)
t(lambda: l + ["c"])
t(lambda: l == ["a", "b"])
t(lambda: l[:])
t(lambda: l.copy())
t(lambda: "a" in l)
t(lambda: l.index("b"))
t(lambda: max(l, key=len))
t(lambda: any(l))
import collections, heapq, bisect
t(lambda: collections.Counter(l))
t(lambda: collections.deque(l))
t(lambda: bisect.bisect(L([1, 2, 3]), 2))
class T(tuple):
    def __iter__(self):
        print("T.iter")
        return iter(["t"])
tt = T(("a", "b"))
t(lambda: "".join(tt))
t(lambda: list(tt))
t(lambda: star(*tt))
def unpack2():
    a, b = tt
    return a, b
t(unpack2)
t(lambda: [*tt])
t(lambda: tt + ("c",))
t(lambda: "%s %s" % tt)
t(lambda: isinstance(1, T((int,))))
class D(dict):
    def __iter__(self):
        print("D.iter")
        return iter(["z"])
    def keys(self):
        print("D.keys")
        return ["z"]
d = D(a=1)
t(lambda: list(d))
t(lambda: set(d))
t(lambda: sorted(d))
t(lambda: "".join(d))
t(lambda: dict.fromkeys(d))
t(lambda: [*d])
t(lambda: {**d})
t(lambda: collections.Counter(d))
