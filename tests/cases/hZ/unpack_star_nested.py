a, *b, c = range(5); print(a, b, c)
(a, b), *c = [(1, 2), 3, 4]; print(a, b, c)
*a, = "xyz"; print(a)
a, (b, *c), d = 1, "abc", 4; print(a, b, c, d)
[a, [b, c]] = [1, [2, 3]]; print(a, b, c)
for x, *y in [(1, 2, 3), (4,)]: print(x, y)
first, *_, last = "hello"; print(first, last, _)
for bad in ([1], [1, 2, 3]):
    try:
        p, q = bad
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
print([*range(3), *"ab"], (*[1], 2), {*[1, 1], 2}, {**{"a": 1}, "b": 2})
print(*[1, 2], sep="-")
def f(*args, **kw): return args, kw
print(f(*[1], *(2,), **{"x": 1}, **{"y": 2}))
try:
    f(**{"x": 1}, x=2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
