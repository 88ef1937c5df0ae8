from collections import deque
d = deque(range(5), maxlen=3)
print(d, d.maxlen, len(d))
d.append(10); print(d)
d.appendleft(-1); print(d)
d.extend([7, 8]); print(d)
d.extendleft('ab'); print(d)
d.rotate(1); print(d)
d.rotate(-4); print(d)
e = deque()
e.rotate(3); print(e)
try:
    d.insert(0, 99)
except Exception as ex:
    print(type(ex).__name__, ex)
f = deque([1, 2, 3], maxlen=5)
f.insert(1, 'x'); print(f)
f.insert(-100, 'y'); print(f)
f.insert(100, 'z'); print(f)
print(f.index('x'), f.count(2))
try:
    f.index(42)
except ValueError as ex:
    print(ex)
try:
    f.index(2, 0, 1)
except ValueError as ex:
    print(ex)
try:
    f.remove(42)
except ValueError as ex:
    print(ex)
try:
    deque().pop()
except IndexError as ex:
    print(ex)
try:
    deque().popleft()
except IndexError as ex:
    print(ex)
try:
    deque([1])[5]
except IndexError as ex:
    print(ex)
try:
    deque(maxlen=-1)
except ValueError as ex:
    print(ex)
try:
    deque(maxlen='a')
except TypeError as ex:
    print(ex)
g = deque([1, 2, 3])
g[1] = 20; del g[0]; print(g, g[-1])
print(deque([1,2]) + deque([3]), deque([1,2]) * 2, 2 * deque('ab'))
print(deque([1, 2], 3) + deque([3, 4, 5]))
h = deque('abc', maxlen=2); h *= 3; print(h)
print(deque([1,2]) == deque([1,2]), deque([1,2]) < deque([1,3]), deque([1]) == [1])
print(repr(deque([deque([1])], maxlen=0)))
r = deque(); r.append(r); print(r)
print(reversed(deque([1,2,3])).__class__.__name__, list(reversed(deque([1,2,3]))))
print(deque(range(3)).copy(), 2 in deque(range(3)))
import copy
dd = deque([[1], [2]], maxlen=4); c = copy.deepcopy(dd); c[0].append(9); print(dd, c, c.maxlen)
try:
    deque([1,2]) + [3]
except TypeError as ex:
    print(ex)
try:
    hash(deque())
except TypeError as ex:
    print(ex)
k = deque([1,2,3]); k.clear(); print(k, bool(k))
try:
    d.maxlen = 4
except AttributeError as ex:
    print(ex)
class D(deque):
    pass
print(D([1, 2]), D([1], 5))
it = iter(deque([1, 2]))
x = deque([1, 2])
it2 = iter(x); next(it2); x.append(3)
try:
    next(it2)
except RuntimeError as ex:
    print(ex)
