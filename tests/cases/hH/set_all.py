s = {1, 2, 3}
t = frozenset([3, 4])
print(s | t, s & t, s - t, s ^ t, t | s, type(t | s).__name__, type(s | t).__name__, t - s, s.union([9], (8,)), s.intersection(range(2, 10), [3]), s.difference([1], {2}), s.symmetric_difference([3, 7]))
print(s <= {1, 2, 3}, s < {1, 2, 3}, s >= {1}, s > s, s == frozenset(s), s != t, s.issubset(range(5)), s.issuperset([1, 2]), s.isdisjoint("ab"), frozenset() == set(), set() < {1})
for op in [lambda: s | [1], lambda: s & "ab", lambda: s < [1], lambda: s.remove(99), lambda: set().pop(), lambda: s.add([1]), lambda: {[]}, lambda: frozenset([{1}]), lambda: s.union(5), lambda: set(5), lambda: s.issubset(3), lambda: t.add(1)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
u = {1, 2}
u |= {3}; u &= {1, 3, 5}; u -= {1}; u ^= {4, 3}; print(u)
u.update([10], (11,), range(12, 13)); u.intersection_update([10, 11, 12, 4], {10, 4, 12}); print(u)
u.difference_update([4]); u.symmetric_difference_update([10, 99]); print(u)
u.add(5); u.discard(5); u.discard(5); u.remove(12); print(u, u.pop(), u, u.copy(), len(u))
v = set("a"); v.clear(); print(v, set(), frozenset(), repr(frozenset()), repr(set()), frozenset({1}), {frozenset(), frozenset([1])} == {frozenset(), frozenset({1})})
f1 = frozenset([1, 2]); f2 = frozenset([2, 1])
print(hash(f1) == hash(f2), f1 == f2, {f1: "x"}[f2], f1.copy() is f1, frozenset(f1) is f1, f1 | set(), f1 in {f2}, {1, 2} in {f1}, set([f1]) == {f2})
print(1 in {1.0}, True in {1}, {1, 1.0, True}, len({0, 0.0, False, -0.0}), {(1, 2), (1, 2)}, sorted({3, 1, 2}), min({5, 4}), sum({1, 2}))
w = {1, 2, 3}
try:
    for x in w:
        w.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    {1} < {1: 2}.keys()
    print({1} < {1: 2, 3: 4}.keys(), {1, 3} == {1: 2, 3: 4}.keys())
except TypeError as e:
    print("TypeError", e)
class S(set):
    pass
ss = S([1, 2])
print(ss, type(ss | {3}).__name__, type(ss.copy()).__name__, repr(S()), ss == {1, 2}, type({3} | ss).__name__)
class FS(frozenset):
    pass
fs = FS([1])
print(fs, repr(FS()), type(fs | {2}).__name__, hash(fs) == hash(frozenset([1])), FS(fs) is fs)
print({i % 3 for i in range(10)}, set(range(5)) - set(range(0, 5, 2)), set.union(*[{1}, {2}, {3}]), set().union(), frozenset("aa") == frozenset("a"))
print(s.__or__([1]), s.__and__(t), s.__contains__(1), s.__len__(), set.__eq__(s, [1]), s.__sub__({1}))
try:
    s.__contains__([1])
except TypeError as e:
    print("TypeError", e)
print([1] in s if False else "", {1, 2}.__le__(frozenset({1, 2, 3})))
