def t(f, *a, **k):
    try:
        print(repr(list(f(*a, **k))))
    except Exception as e:
        print(type(e).__name__, e)
t(map, str, [1, 2])
t(map, lambda a, b: a + b, [1, 2, 3], [10, 20])
t(map, pow, [2, 3], [3, 2], [5, 5])
t(map, None, [1, 2])
t(map, str)
t(map)
t(map, str, 5)
t(map, 5, [1])
t(map, str, [1], func=1)
t(map, lambda x: x, [1, 2], strict=True)
t(map, lambda x: 1 / x, [1, 0])
t(filter, None, [0, 1, "", "a", [], [0], None, False, 0.0, 2j])
t(filter, lambda x: x % 2, range(10))
t(filter, str.isdigit, "a1b2")
t(filter, None)
t(filter, None, 5)
t(filter, 5, [1])
t(filter, [1])
t(filter, None, [1], [2])
t(filter, function=None, iterable=[1])
t(filter, len, ["", "ab", [], [1]])
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool", self.v)
        return self.v > 1
    def __repr__(self):
        return "B%d" % self.v
t(filter, None, [B(1), B(2), B(3)])
m = map(abs, [-1, -2])
print(type(m).__name__, next(m), iter(m) is m, list(m), list(m))
f = filter(None, [1, 0, 2])
print(type(f).__name__, next(f), list(f))
calls = []
def side(x):
    calls.append(x)
    return x * 2
m = map(side, range(5))
print(calls, next(m), calls)
def g1():
    yield 1
    yield 2
    print("g1 exhausted")
def g2():
    yield 'a'
    print("g2 after a")
    yield 'b'
    yield 'c'
print(list(map(lambda *a: a, g1(), g2())))
print(list(map(lambda *a: a, g2(), g1())))
print(list(map(len, ["ab", (1,), {}])), list(map(int.__add__, [1, 2], [3, 4])))
print(sum(map(int, "12345")), max(map(len, "a bb ccc".split())))
