a = {1, 2, 3, 4}
b = frozenset({3, 4, 5})
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), sorted(b - a), type(b - a).__name__, type(a - b).__name__)
print(a < b, a <= a, a >= {1}, b > frozenset(), a == set(a), a != b, {1, 2} == frozenset({1, 2}), set() == frozenset())
for f in [lambda: a < [1], lambda: a | [1], lambda: a & 'x', lambda: a + b, lambda: a * 2, lambda: {[]}, lambda: a.add([]), lambda: a.remove([]), lambda: [] in a, lambda: a.discard({1}), lambda: {1} in {frozenset({1})}, lambda: set([1, 2], [3])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
s = {frozenset({1})}
print({1} in s, set() in {frozenset()}, s.__contains__(frozenset([1])))
s.discard({1}); print(s)
s = set(range(10))
s -= {1, 2}; s &= set(range(8)); s |= {100}; s ^= {0, 200}
print(sorted(s))
fs = frozenset('abc')
fs2 = fs
fs |= {'d'}
print(fs2 is fs, sorted(fs), sorted(fs2), hash(frozenset()) == hash(frozenset([])), frozenset([1, 2]) == {2, 1})
print(set('hello') == set('olleh'), len(set('mississippi')), sorted(set('mississippi')), {x % 3 for x in range(10)}, {(1, 2), (1, 2)}, {1, 1.0, True}, {0, False, 0.0})
print(set([1, 2]).union(), set().union([1], [2, 3]), {1}.intersection(), {1, 2}.difference([1], [2]), {1}.symmetric_difference({1}), set.isdisjoint({1}, (2, 3)))
e = set()
print(e, repr(e), str(frozenset()), bool(e), len(e), e.copy(), sorted({-1, -5, 3}), min({4, 2, 9}), max(frozenset({4, 2})), sum({1, 2, 3}))
t = {1, 2, 3}
print(t.pop() in (1, 2, 3), len(t), t.clear(), t)
print(sorted([{3, 1}, {2}], key=len), [1, 2] == [1, 2], (1, 2) < (1, 3), [1, 2] < [1, 2, 0], [[1, 2], [1]] < [[1, 2], [2]], (1, [2]) == (1, [2]))
for f in [lambda: [1] < (1,), lambda: (1, 'a') < (1, 2), lambda: [None] < [None], lambda: [1, None] < [1, None], lambda: [1, None] == [1, None], lambda: {1: 2} < {1: 3}, lambda: sorted([(1, None), (1, 2)])]:
    try:
        print(f())
    except TypeError as e:
        print(e)
