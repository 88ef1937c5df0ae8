print({-1, 5, 100, 2**40, 0, -100, 33, 64, 128, 7})
print({10**20, 2**61, 2**61 - 1, -(2**61), 1.5, 2.5, -0.5, 1e100})
s = set(range(0, 200, 7)); print(s)
for i in range(0, 200, 14): s.discard(i)
print(s); s.update(range(1000, 1100, 9)); print(s)
print({(1, 2), (2, 1), (0, 0), (5,)} == {(5,), (0, 0), (1, 2), (2, 1)}, set([True, 2, 3.0, None]) if False else "")
print(set([32, 64, 96, 128, 1, 33]), frozenset([1024, 2048, 1, 2, 3]), {x * 8 for x in range(20)}, {x ** 2 for x in range(-5, 6)})
a = {1, 2, 3, 40, 50}; b = {3, 40, 600, 7}
print(a | b, a & b, a - b, a ^ b, b | a, b ^ a)
d = {}
for k in [5, -3, 17, 2**33, 8, 0]:
    d[k] = 1
print(set(d), d.keys() | {99, -99}, d.keys() ^ {5, 1000})
big = set(range(100000)); big2 = {x for x in big if x % 1000 == 7}; print(sorted(big2)[:3], len(big2), list(big2)[:10])
e = set()
for i in [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7, 9, 5]:
    e.add(i * 1000003)
print(e)
e.pop(); e.pop(); print(e)
print({1.0, 2, 3.5, -1.25, 2**0.5})
