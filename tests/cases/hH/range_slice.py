rs = [range(10), range(1, 10, 3), range(10, 0, -2), range(0), range(5, 1), range(-5, 5, 4), range(2**64, 2**64 + 10, 3), range(-2**63, 2**63, 2**62), range(0, 10**20, 10**19)]
for r in rs:
    print(r, repr(r), len(r), list(r)[:5], r[0] if r else "-", r[-1] if r else "-", r[1:3], r[::-1], r[::2], 3 in r, 2**64 + 3 in r, r.count(4), bool(r), list(reversed(r))[:3])
    print(r.start, r.stop, r.step, r == range(r.start, r.stop, r.step), hash(r) == hash(range(r.start, r.stop, r.step)))
print(range(0) == range(5, 1), range(1, 2) == range(1, 3, 5), range(0, 10, 2) == range(0, 9, 2), range(3) != [0, 1, 2], range(1) == range(1))
for op in [lambda: range(0, 1, 0), lambda: range(5)[10], lambda: range(5).index(7), lambda: range(1.5), lambda: range("a"), lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(5)["a"], lambda: len(range(2**64)), lambda: range(3) < range(4), lambda: range(0, 10, 2).index(3)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
print(range(2**64)[2**63], range(2**64)[-1], range(10).index(9), range(10, 0, -3).index(4), range(0, 20, 5).count(10), range(5).count(1.0), 3.0 in range(5), "a" in range(5), range(10)[-3:], range(10)[:-20], range(10)[100:])
class Idx:
    def __index__(self):
        return 3
print(range(Idx()), range(10)[Idx()], range(Idx(), 10, Idx()), list(range(Idx())))
print(type(iter(range(3))).__name__, iter(range(3)).__length_hint__())
it = iter(range(5)); next(it); print(list(it))
sl = slice(1, 10, 2)
print(sl, repr(slice(None)), slice(5), slice(1, 2), sl.start, sl.stop, sl.step, slice("a", [1], None), slice(None, None, None) == slice(None), slice(1, 2) < slice(1, 3), sl.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100, 3).indices(7), slice(100, -100, -2).indices(7), slice(0, 0).indices(0))
for bad in [lambda: slice(0, 1, 0).indices(5), lambda: slice(1).indices(-1), lambda: slice("a").indices(3), lambda: slice(), lambda: slice(1, 2, 3, 4)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
try:
    hash(slice(1))
    print("hashable")
except TypeError as e:
    print("TypeError", e)
class G:
    def __getitem__(self, k):
        return k
g = G()
print(g[1:2], g[::3], g[:, 1], g[1:2, ::-1], g[...], g[()], g[-1], g[None:None])
print("abcdef"[slice(1, None, 2)], [0, 1, 2, 3][slice(-2, None)], (1, 2, 3)[slice(None, None, -1)])
