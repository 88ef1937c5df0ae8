import random
random.seed(5)
print({(1, 2), (3, 4), (-1, 0), (0, 0), (2, 1)})
print({1.5, 2.25, -0.5, 1e10, 3.0, float('inf')})
print({True, 0.5, (1,), -7, 2**40, 2**61 - 1, 2**61, -(2**61)})
s = set(range(50)); [s.discard(x) for x in range(0, 50, 3)]; s.update(range(100, 140, 7)); print(s)
a = {random.randint(-1000, 1000) for _ in range(40)}
b = {random.randint(-1000, 1000) for _ in range(40)}
print(a); print(a | b); print(a & b); print(a - b); print(a ^ b)
print(frozenset({(i, -i) for i in range(12)}))
print({frozenset({1, 2}), frozenset({3}), frozenset()})
print(set('') , {1j, 2j, 1 + 1j}, {-1, -2, -3})
print({x * 0.1 for x in range(15)})
d = {}
for i in range(30): d[i * 7 % 11, i] = i
print(list(d)[:5], set(d.values()) == set(range(30)))
from collections import Counter
c = Counter(random.randint(0, 20) for _ in range(100))
print(c); print(set(c.elements()))
s2 = {10**i for i in range(25)}; print(s2)
s3 = set(); 
for i in range(200): s3.add(i * 37 % 1000)
for i in range(0, 200, 2): s3.discard(i * 37 % 1000)
print(s3)
print({2**31, 2**32, 2**63, -2**63, 2**64 + 1, -1, -2})
print({1.0, 1, True}, {0.0, -0.0, 0, False}, {float('nan'), float('nan')} if False else '')
