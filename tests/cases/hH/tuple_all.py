t = (1, 2, 3, 2)
print(t, t.count(2), t.index(2), t.index(2, 2), t.index(3, -3, -1), t[1:], t[::-1], t[5:], t * 2, 0 * t, t + (4,), len(t), 2 in t, hash(t) == hash((1, 2, 3, 2)))
for op in [lambda: t.index(9), lambda: t[9], lambda: t + [1], lambda: t.__setitem__(0, 1), lambda: hash((1, [2])), lambda: t.index(2, 4), lambda: tuple(5), lambda: t * "a"]:
    try:
        op()
    except Exception as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({5: 1}), repr((None,)), str(((),)), ((1,),), ("a", "b'c", 'd"e'))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, (2, 3)) == (1, (2, 3)), (1,) == [1], (2,) > (1, 9), (1, 2) <= (1, 2))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print("TypeError", e)
class T(tuple):
    def first(self):
        return self[0]
x = T([9, 8])
print(x, x.first(), type(x + (1,)).__name__, type(x[:]).__name__, x == (9, 8), repr(x), type(tuple(x)).__name__, tuple(x) is x)
y = (1, 2)
print(tuple(y) is y, y[:] is y, y * 1 is y)
a, *b, c = range(5); print(a, b, c)
(p, q), r = [1, 2], 3; print(p, q, r)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b, c = (1,)
except ValueError as e:
    print("ValueError", e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print("ValueError", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError", e)
l = [1, 2]; t2 = (l, 3); l.append(t2); print(t2)
print(tuple.__add__((1,), (2,)), (1, 2).__getitem__(slice(None, None, -1)), (1,).__len__(), (3, 1, 2).__lt__((3, 1, 3)), (1,).__eq__([1]))
import collections
P = collections.namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), p == (1, 2), type(p + (3,)).__name__, isinstance(p, tuple))
try:
    P(1)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
