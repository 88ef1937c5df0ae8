a = {1, 2, 3}
a.symmetric_difference_update({3, 4}); print(sorted(a))
a.symmetric_difference_update([4, 4, 5]); print(sorted(a))
a ^= {1}; print(sorted(a))
try:
    a ^= [1]
except TypeError as e:
    print(e)
print(sorted({1, 2} ^ frozenset({2, 3})), type(frozenset({1}) ^ {2}).__name__, type({1} ^ frozenset({2})).__name__)
s = {1, 2, 3, 4}
s.intersection_update([2, 3], (3, 2, 9)); print(s)
s.difference_update([3], {99}); print(s)
s.update([5], (6,), "a"); print(sorted(map(str, s)))
print({1, 2}.union([3], (4,)), {1, 2, 3}.intersection(), {1}.difference(), set().symmetric_difference([1, 1]))
print({1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1} < {1, 2}, {1, 2}.issuperset([1]), {1}.issubset(range(3)))
try:
    {1} < [1]
except TypeError as e:
    print(e)
s = {1}; s.discard(5); s.remove(1)
try:
    s.remove(1)
except KeyError as e:
    print(repr(e))
try:
    set().pop()
except KeyError as e:
    print(e)
print(frozenset() == set(), {frozenset([1])}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
try:
    {[1]}
except TypeError as e:
    print(e)
print(set("abc") == frozenset("cba"), repr(set()), repr(frozenset()), repr(frozenset({1})))
