# `s += t` and `s = s + t` in a loop: linear in CPython (in-place growth of an unshared str);
# the values and every other reference to the old strings must stay as they were.
import time


def build(n):
    s = ''
    snapshots = []
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 50000 == 0:
            snapshots.append(s)
    return s, snapshots


def build_plus(n):
    s = 'é'
    for _ in range(n):
        s = s + 'ü'
    return s


start = time.perf_counter()
s, snaps = build(200000)
t = build_plus(100000)
elapsed = time.perf_counter() - start
print(len(s), s[:30], s[-5:], [len(x) for x in snaps], snaps[1][-3:])
print(len(t), t[:3], t[-1], t.count('ü'), hash(t) == hash('é' + 'ü' * 100000))
print('linear enough:', elapsed < 2.0)
shared = 'ab'
alias = shared
shared += 'c'
print(shared, alias)
d = {}
k = 'key'
k += '1'
d[k] = 1
k += '2'
print(d, k)
