a, *b, c = range(6)
print(a, b, c)
*a, = "xyz"; print(a)
(a, b), *c = [(1, 2), 3, 4]; print(a, b, c)
first, *_, last = [1]  if False else [1, 2]
print(first, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = [1]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = iter([1])
except ValueError as e:
    print(e)
print([*range(3), *"ab", *{1: 2}])
print({**{"a": 1}, "b": 2, **{"a": 3}})
print((*[1, 2],), {*(1, 2), 3} == {1, 2, 3})
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(f(1, *[], x=2, **{}))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
def g(a, b, /, c, *, d, e=5, **kw):
    return a, b, c, d, e, kw
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4, a=9))
for args, kwargs in [((1,), {}), ((1, 2), {}), ((1, 2, 3), {}), ((1, 2, 3, 4), {"d": 1}),
                     ((1, 2, 3), {"d": 1, "c": 2}), ((), {"a": 1, "b": 2, "c": 3, "d": 4}),
                     ((1, 2), {"d": 1})]:
    try:
        print(g(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)
def h(x, y=2, *args, z, **kw): pass
for args, kwargs in [((), {}), ((1,), {}), ((1, 2, 3), {"y": 5, "z": 1}), ((), {"z": 1})]:
    try:
        h(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
def k(a, b): pass
for args, kwargs in [((1, 2, 3), {}), ((1,), {"c": 3}), ((), {"a": 1, "b": 2, "c": 3, "d": 4}), ((1,), {"a": 1, "b": 2})]:
    try:
        k(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
def only_kw(*, a, b, c): pass
try:
    only_kw(1)
except TypeError as e:
    print(e)
try:
    only_kw(a=1)
except TypeError as e:
    print(e)
class C:
    def m(self, x): pass
    @classmethod
    def cm(cls, x): pass
try:
    C().m()
except TypeError as e:
    print(e)
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
try:
    C.m(1)
except TypeError as e:
    print(e)
try:
    C.cm()
except TypeError as e:
    print(e)
try:
    (lambda x: x)()
except TypeError as e:
    print(e)
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
d = {}
d["a"], d["b"] = 1, 2
x = y = z = [0]
x.append(1); print(y, z is x)
lst = [0, 1, 2, 3]
lst[1:3] = "ab"; print(lst)
lst[::2] = [9, 9]; print(lst)
try:
    lst[::2] = [1]
except ValueError as e:
    print(e)
i = 0
lst2 = [0, 0]
i, lst2[i] = 1, 5
print(lst2)
a = b = 1
a += 1; print(a, b)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print(e, t)
print(max(*[3, 1, 2]), min([], default="empty"), print(*[], sep="-"))
print(*"abc", sep="|", end="!\n")
(x) = 5; [y] = [6]; print(x, y)
(a, b) = b, a = (1, 2); print(a, b)
