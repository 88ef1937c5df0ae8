# Counter.
from collections import Counter


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


c = Counter("abracadabra")
print(c, c["a"], c["z"], len(c), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100)[:2])
print(sorted(c.elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()), c.total())
print(Counter(), Counter({"x": 3, "y": 1}), Counter(cats=4, dogs=8), Counter([1, 1, 2]), Counter(Counter("aab")))
# Ties keep first-seen order.
print(Counter("bbaacc").most_common(), Counter("zyx").most_common(2))
d = Counter("aab")
d.update("bc")
d.update({"a": 10})
d.update(z=2)
print(d)
d.subtract("aaz")
d.subtract({"c": 5})
d.subtract(b=1)
print(d)
e = Counter(a=3, b=1)
f = Counter(a=1, b=2, c=-1)
print(e + f, e - f, e | f, e & f, +f, -f, -Counter(a=-2, b=3))
g = Counter(a=1)
g += Counter(a=2, b=-1)
print(g)
g -= Counter(a=5)
print(g)
g = Counter(a=2, b=3)
g |= Counter(a=5, c=-1)
print(g)
g &= Counter(a=1, b=7)
print(g)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1, b=0), Counter(b=1) > Counter())
del c["a"]
del c["zzz"]
print(c, c.copy(), type(c.copy()).__name__)
c["q"] = 0
print(c, +c)
c.clear()
print(c, repr(Counter()))
t(Counter.fromkeys, "abc")
t(lambda: Counter(a=1) + {"a": 1})
t(lambda: Counter(a=1) < {"a": 1})
t(Counter, 1)
t(Counter, "a", "b")
t(lambda: Counter(a="x", b=1))
print(Counter({"a": "x", "b": "y"}))
print(Counter(a=1).__reduce__())
words = "the quick brown fox jumps over the lazy dog the fox".split()
print(Counter(words).most_common(3), sum(Counter(words).values()))
print(Counter(word[0] for word in words))
print(dict(Counter("hello")), list(Counter("hello").keys()), isinstance(Counter(), dict))


class MyCounter(Counter):
    pass


m = MyCounter("aab")
print(m, m.copy(), type(m + m).__name__)
