a = {1, 2, 3}; b = {3, 4}
print(a | b, a & b, a - b, b - a, a ^ b, a <= a, a < a, a >= {1}, a > {1, 2, 3}, a.isdisjoint(b), {1}.isdisjoint({2}))
print(sorted(a.union(b, [5])), a.intersection(b, {3, 9}), a.difference([1], [2]), a.symmetric_difference([3, 7]))
s = set(); s.add(1); s.add(1); s.update([2, 3]); s.discard(9); print(s, len(s), s.pop() in {1, 2, 3}, len(s))
f = frozenset([1, 2]); print(f | {3}, type(f | {3}).__name__, f.union([9]), hash(f) == hash(frozenset([2, 1])), f.copy() is f)
try:
    f.add(3)
except AttributeError as e:
    print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a + b
except TypeError as e:
    print(e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1}, set() == set(), {(1, 2), (1, 2)}, {1.0, 1, True})
s = {1, 2, 3}; s -= {1}; s &= {2, 3, 4}; s |= {9}; s ^= {2}; print(sorted(s))
print(set([1, 2]) < set([1, 2, 3]), sorted({x % 3 for x in range(10)}), len({i for i in range(100)}), 2 in frozenset(range(5)))
class S(set):
    pass
x = S([1, 2]); print(type(x | {3}).__name__, type(x.copy()).__name__, repr(S()), repr(S([1])))
print(repr({1, 2}), repr({"a"}), str(frozenset({1})), set("aab") == {"a", "b"}, set({"k": 1}))
