s = {1, 2, 3}; f = frozenset([2, 3, 4])
print(s | f, f | s, type(s | f).__name__, type(f | s).__name__, s & f, s - f, f - s, s ^ f, s.union([5], (6,)), s.intersection("ab", [1]), s.difference(), f.symmetric_difference([4, 9]))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > {1}, s == frozenset(s), s != f, s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint(f), {1}.isdisjoint([2]))
for bad in [lambda: s | [1], lambda: s & "a", lambda: s - (1,), lambda: s < [1], lambda: f ^ 1, lambda: s.union(1), lambda: {[]}, lambda: s.add([]), lambda: frozenset([1]).add(2), lambda: s.remove(99), lambda: set().pop(), lambda: {1} + {2}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
t = {5, 6}; t.update([7], {8}); t.intersection_update(range(7, 20)); print(t); t.difference_update([7]); print(t); t.symmetric_difference_update({8, 9}); print(t)
t.discard(100); t.add(1); print(t, t.pop(), t, len(t)); t.clear(); print(t, set(), frozenset(), repr(frozenset({1})), str({1, 2}))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): "fs"}[frozenset({1})], frozenset(s) in {frozenset({1, 2, 3})}, set([1]) in [ {1} ])
try:
    {1} in {frozenset([1])}
    print("set in set of frozensets works")
except TypeError as e:
    print("TypeError", e)
print({x % 3 for x in range(10)}, set("aaa") == {"a"}, sorted({(1, 2), (0, 1)}), {1, 1.0, True}, {0, False, 0.0, -0.0})
a = {1, 2}; b = a; b |= {3}; print(a, a is b); c = frozenset([1]); d = c; d |= {2}; print(c, d, c is d)
class SS(set):
    def __init__(self, it, tag=None):
        super().__init__(it); self.tag = tag
x = SS([1, 2], "t"); print(x, x.tag, type(x | {3}).__name__, type(x.copy()).__name__, x == {1, 2}, SS([]) == set())
class FS(frozenset):
    def __new__(cls, it, tag=None):
        o = super().__new__(cls, it); o.tag = tag; return o
y = FS([1], "ft"); print(y, y.tag, type(y | {3}).__name__, y.copy() is y, frozenset(y) is y, type(frozenset(y)).__name__)
it = iter({1, 2, 3}); print(next(it), list(it), list(iter(it)))
s2 = {1, 2, 3}
try:
    for v in s2:
        s2.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
print(set.union({1}, {2}), frozenset.union(frozenset(), [3]), min({4, 2, 8}), sum({1, 2}), sorted({3, 1, 2}, reverse=True), {1, 2} - {2} == {1}, max(frozenset({-1, -5})))
