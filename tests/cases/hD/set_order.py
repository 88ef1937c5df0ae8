print(hash((1, 2)), hash((1, (2, 3))), hash(frozenset({1, 2, 3})), hash(1.5), hash(-1), hash(-2), hash(2**64), hash(-2**64), hash(0.1), hash(1e300), hash(float("inf")), hash(()), hash((None,)) == hash((None,)), hash(True), hash(3+4j))
print({(1, 2), (3, 4), (0, 0), (-1, 5), (10, 10)})
print({1.5, 2.5, -0.5, 100.25, 3.0, 1e10})
print({-1, -2, -3, 5, 1000, 2**40, -2**40, 17, 33, 65})
print(set(range(100, 0, -7)))
print({i * 37 % 101 for i in range(40)})
print({1, 2, 3} | {100, 200}, {5, 6, 7, 8} & {8, 7, 100}, {1, 2, 3, 99, 1000} - {2}, {1, 2, 33} ^ {33, 4, 65})
s = set()
for i in range(50):
    s.add(i * i % 97)
print(s)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s.update([100, 33, 64, 48])
print(s, s.pop(), s.pop(), s)
print(frozenset([(1, "a"), (2, "b")]) == frozenset([(2, "b"), (1, "a")]), sorted({(1, "a"), (2, "b")}))
print({True, 1, 1.0, 0, False, 0.0}, {None} if False else "", {(): 1, (1,): 2})
d = {}
for k in [(0, 1), (1, 0), (2, 2), (-1, -1), 5, -5, 2.5]:
    d[k] = str(k)
print(d, list(d))
print(set("aaa") == {"a"}, len({0.1 + 0.2, 0.3}))
big = {i for i in range(1000) if i % 7 == 0}
print(list(big)[:20], list(big)[-5:])
print(set([3, 1, 2]) == {1, 2, 3}, sorted({5, 3, 9}), min({4, 2}), max({(1, 2), (3, 0)}))
print({x % 10: x for x in range(25)})
print(list({-5: 0, 3: 1, -1: 2}), [k for k in {10**20: 1, 10**19: 2, 7: 3}])
print(set([10**20, 10**19, 7, -10**20]), {2**61 - 1, 2**61, 2**62, -(2**61)})
