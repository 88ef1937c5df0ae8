import sys
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
l = list(range(10))
def sa(s, v):
    x = list(range(10))
    x[s] = v
    return x
t(lambda: sa(slice(None, None, 2), [0] * 5))
t(lambda: sa(slice(None, None, 2), [0] * 4))
t(lambda: sa(slice(None, None, -3), "abcd"))
t(lambda: sa(slice(1, 1), [7, 8]))
t(lambda: sa(slice(5, 2), [7]))
t(lambda: sa(slice(None, None, 1), 5))
t(lambda: sa(slice(None, None, 2), 5))
t(lambda: sa(slice(2**100, None), [1]))
t(lambda: sa(slice(-2**100, 2), []))
t(lambda: sa(slice(0, 10, 0), []))
t(lambda: sa(2**100, 1))
t(lambda: sa("a", 1))
t(lambda: sa(-11, 1))
def da(s):
    x = list(range(10))
    del x[s]
    return x
t(lambda: da(slice(None, None, 2)))
t(lambda: da(slice(None, None, -2)))
t(lambda: da(slice(8, 2, -2)))
t(lambda: da(slice(100, None)))
t(lambda: da(10))
t(lambda: da(-10))
t(lambda: l.index(5, -3))
t(lambda: l.index(5, 2**100))
t(lambda: l.index(5, -2**100, 2**100))
t(lambda: l.index(5, 0, 5))
t(lambda: l.index(5, "a"))
t(lambda: l.index())
t(lambda: l.count())
x = [1, 2]
x.insert(2**100, 3); print(x)
x.insert(-2**100, 0); print(x)
t(lambda: x.insert(1.5, 0))
t(lambda: x.pop(2**100))
t(lambda: x.pop(-5))
t(lambda: [].pop(0))
t(lambda: x.remove(9))
t(lambda: x.remove())
x = [3, 1, 2]
def bad_key(v):
    x.append(v)
    return v
t(lambda: x.sort(key=bad_key))
print(x)
y = [3, 1, 2]
def clear_key(v):
    y.clear()
    return v
t(lambda: y.sort(key=clear_key))
print(y)
t(lambda: [3, 1, 2].sort(key=lambda v: 1 / (v - 1)))
z = [3, 1, 2]
try:
    z.sort(key=lambda v: 1 / (v - 1))
except ZeroDivisionError:
    print("z after failed sort", z)
t(lambda: sorted([1, 2, 3], key=lambda v: -v, reverse=True))
t(lambda: sorted([(1, "b"), (0, "b"), (1, "a")], key=lambda p: p[1], reverse=True))
w = [1, 2, 3]
w[:] = w; print(w)
w[1:] = w; print(w)
w[::2] = w[::2]; print(w)
w += w; print(w)
w *= 2; print(len(w))
w *= -1; print(w)
v = [1]
v.extend(v); print(v)
v[len(v):] = v; print(v)
t(lambda: [1, 2] * 2**62)
t(lambda: [] * 2**62)
t(lambda: [1] * (-1))
t(lambda: [1, [2]] == [1, [2.0]])
t(lambda: [1, 2] < [1, 2, 0])
t(lambda: [1, 2] < [1, "a"])
t(lambda: [[]] < [[1]])
t(lambda: [1].__lt__(5))
t(lambda: [1] + (2,))
t(lambda: [1].__add__((2,)))
u = [1]
u += (2, 3); print(u)
u += "ab"; print(u)
u += {9: 0}; print(u)
t(lambda: u.__iadd__(5))
t(lambda: [].copy() is [].copy())
t(lambda: list.__reversed__([1, 2]).__class__.__name__)
t(lambda: [1, 2, 3].__getitem__(slice(1, None)))
t(lambda: [].__sizeof__() > 0)
t(lambda: [1, 2].__contains__(2))
t(lambda: list.__len__([1]))
t(lambda: list.__len__((1,)))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v, getattr(o, "v", o))
        return self.v == getattr(o, "v", o)
t(lambda: [Cmp(1), Cmp(2)].index(2))
t(lambda: [Cmp(1), Cmp(2)].count(Cmp(2)))
t(lambda: Cmp(2) in [1, 2])
t(lambda: [1, 2].remove(Cmp(2)))
a = Cmp(5)
t(lambda: [a].index(a))
