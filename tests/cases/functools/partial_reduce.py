# reduce, partial, partialmethod, cmp_to_key.
import functools
from functools import reduce, partial, partialmethod, cmp_to_key
import operator


def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6), 10), reduce(lambda a, b: a + b, [], 7))
print(reduce(lambda acc, x: acc + [x * 2], "abc", []), reduce(max, [3, 9, 2]), reduce(operator.add, ["x"]))
print(reduce(operator.add, iter([1, 2])), reduce(operator.add, (i for i in range(4))))
t(reduce, operator.add, [])
t(reduce, 1, [1, 2])
t(reduce, len)
t(reduce, len, 1)
t(reduce, len, [1], 2, 3)
t(reduce, function=len, iterable=[1])
t(reduce, lambda a, b: a / b, [1, 0])


def f(a, b, c=3, *rest, **kw):
    return (a, b, c, rest, kw)


p = partial(f, 1)
print(p(2), p(2, 4, 5, x=1), p.func is f, p.args, p.keywords)
q = partial(p, 2, c=9)
print(q(), q(c=0), q.func is f, q.args, q.keywords)
r = partial(q, 7, z=1)
t(r)
print(r.args, r.keywords, partial(q, z=1)())
print(partial(f, b=2)(1), partial(f, 1, 2, d=4)(c=5, e=6))
print(repr(partial(print, 1, sep="")), repr(partial(len)), repr(partial(max, 1, 2, key=abs)))
print(repr(q).replace(hex(id(f)), "ADDR"))
t(partial)
t(partial, 1)
t(partial(f))
t(lambda: setattr(p, "func", len))
t(lambda: setattr(p, "args", ()))
p.custom = 5
print(p.custom, p.__dict__, type(p).__name__, type(p), isinstance(p, partial))
dp = partial(int, base=2)
print(dp("101"), dp("11", base=10), list(map(partial(pow, 2), range(5))))


class MyPartial(partial):
    def extra(self):
        return "extra"


mp = MyPartial(f, 1)
print(mp(2), mp.extra(), type(mp).__name__, repr(mp).startswith("MyPartial("))
print(type(partial(mp, 3)).__name__, partial(mp, 3).func is f)


class MyPartial2(partial):
    def __call__(self, *a, **k):
        return ("wrapped", super().__call__(*a, **k))


mp2 = MyPartial2(f, 1)
print(mp2(2), partial(mp2, 2).func is mp2, partial(mp2, 2)())
rp = partial(f)
rp2 = partial(rp)
print(rp2.func is f)
rec = partial(f)
rec.__dict__
print(partial[int])


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, extra=None):
        self.alive = (state, extra)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, extra="x")
    static_part = partialmethod(staticmethod(lambda *a: a), "s")
    class_part = partialmethod(classmethod(lambda cls, *a: (cls.__name__, a)), "c")


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(c.static_part(1), Cell.class_part(2), c.class_part(3))
print(repr(Cell.__dict__["set_dead"]).replace(hex(id(Cell.__dict__["set_state"])), "ADDR"))
print(repr(partialmethod(print, 1, x=2)), type(Cell.set_alive).__name__)
t(partialmethod, 1)
pm2 = partialmethod(Cell.__dict__["set_dead"], "more")
print(pm2.func is Cell.__dict__["set_state"], pm2.args, pm2.keywords)


def cmp(a, b):
    return (a > b) - (a < b)


k = cmp_to_key(cmp)
print(sorted([3, 1, 2], key=k), sorted("bca", key=cmp_to_key(lambda x, y: ord(y) - ord(x))))
print(k(1) < k(2), k(2) <= k(2), k(1) == k(1), k(1) != k(2), k(3) > k(2), k(3) >= k(4), k(5).obj)
print(type(k(1)).__name__, max([1, 5, 3], key=k), min(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
t(lambda: k(1) < 5)
t(lambda: 5 < k(1))
t(hash, k(1))
t(k)
t(k, 1, 2)
t(cmp_to_key)
t(lambda: k(1) < k("a"))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=cmp_to_key(lambda x, y: x[0] - y[0])))
t(lambda: delattr(p, "func"))
kw = cmp_to_key(cmp)(1)
kw.obj = 5
print(kw.obj)
del kw.obj
print(kw.obj, cmp_to_key(len).obj)
t(lambda: kw < k(1))
