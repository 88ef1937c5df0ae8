# deque: construction, both ends, maxlen, indexing, rotation, repr.
from collections import deque

d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
print(deque("abc", 2), deque(range(10), maxlen=3), deque(maxlen=0), deque([], 5))
print(deque(iterable=[1, 2], maxlen=1), deque(maxlen=4))

b = deque(maxlen=3)
for i in range(6):
    b.append(i)
    print(list(b), end=" ")
print()
b.appendleft(-1)
print(b)
b.extendleft([100, 200])
print(b)
z = deque(maxlen=0)
z.append(1)
z.extend([1, 2])
z.appendleft(3)
print(z, len(z))

r = deque(range(6))
r.rotate()
print(r)
r.rotate(2)
print(r)
r.rotate(-4)
print(r)
r.rotate(13)
print(r)
r.rotate(0)
print(r)
deque().rotate(5)

d = deque("abcde")
d[1] = "B"
del d[0]
print(d, d[-1], d.index("d"), d.count("c"))
d.insert(0, "s")
d.insert(100, "e2")
d.insert(-1, "m")
d.insert(-100, "ss")
print(d)
d.remove("m")
d.reverse()
print(d)
c = d.copy()
c.append("new")
print(d, c, c == d, c != d)
d.clear()
print(d, len(d))

d = deque([1, 2, 3, 2, 1])
print(d.index(2), d.index(2, 2), d.index(1, -2), d.index(2, 0, 2), d.count(2), 3 in d, 9 in d)
print(list(reversed(d)), list(iter(d)), sorted(d))
print(d + deque([9]), d * 2, 2 * deque("ab"), deque("ab") * 0)
e = deque([1])
e += [2, 3]
e += e
print(e)
e *= 2
print(e, len(e))
e *= 0
print(e)
m = deque([1, 2, 3], maxlen=4)
print(m * 3, m + deque([7, 8]), (m * 3).maxlen)
m *= 5
print(m)
m.extend(m)
print(m)

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1, 2]) <= deque([1, 2, 0]),
      deque([2]) > deque([1, 9]), deque([1]) >= deque([1]), deque([1]) == [1], deque() != deque())
print(deque([[1, 2]]), deque(["a", None, 1.5]), deque([deque([1])]))
x = deque()
x.append(x)
print(x)
print(deque.__name__, deque.__module__, type(deque()).__qualname__)


class MyDeque(deque):
    pass


md = MyDeque([1, 2], maxlen=5)
md.append(3)
print(md, repr(MyDeque()), type(md.copy()).__name__, md.copy(), isinstance(md, deque))
print(type(md + deque([4])).__name__, md * 2)
md.attr = 5
print(md.attr)
print(deque[int], deque.__class_getitem__(str))
print(deque([1, 2, 3]).__reduce__()[:3], deque("ab", 3).__reduce__()[:3])
