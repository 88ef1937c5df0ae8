# The operator functions mirror the language's operators.
import operator as op


def t(f, *a):
    try:
        print(f.__name__, repr(f(*a)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


for f in [op.add, op.sub, op.mul, op.truediv, op.floordiv, op.mod, op.pow,
          op.lshift, op.rshift, op.and_, op.or_, op.xor]:
    t(f, 7, 3)
    t(f, -7, 2)
t(op.add, "a", "b")
t(op.add, [1], [2])
t(op.add, 1, "a")
t(op.mul, "ab", 3)
t(op.truediv, 1, 0)
t(op.floordiv, 7.5, 2)
t(op.mod, "%s-%d", ("x", 3))
t(op.pow, 2, -1)
t(op.pow, 2, 100)
t(op.matmul, 1, 2)
t(op.and_, {1, 2}, {2, 3})
t(op.or_, {1: 2}, {3: 4})
t(op.xor, True, False)

for f in [op.lt, op.le, op.eq, op.ne, op.gt, op.ge]:
    t(f, 1, 2)
    t(f, 2, 2)
    t(f, "b", "a")
t(op.lt, 1, "a")
t(op.eq, 1, "a")
t(op.eq, [1, 2], [1, 2])

t(op.neg, 5)
t(op.neg, -2.5)
t(op.pos, -3)
t(op.abs, -3)
t(op.abs, -2.5)
t(op.abs, 3 + 4j)
t(op.invert, 5)
t(op.inv, 0)
t(op.not_, 0)
t(op.not_, [1])
t(op.truth, "")
t(op.truth, "x")
t(op.index, 7)
t(op.index, True)
t(op.index, 2**70)
t(op.index, 1.5)
t(op.neg, "a")
t(op.invert, 1.5)
t(op.is_, None, None)
t(op.is_, [], [])
t(op.is_not, 1, None)
t(op.contains, [1, 2, 3], 2)
t(op.contains, "abc", "bc")
t(op.contains, {1: 2}, 2)
t(op.contains, 1, 2)
t(op.countOf, [1, 2, 1, 1], 1)
t(op.countOf, "banana", "a")
t(op.indexOf, [4, 5, 6], 6)
t(op.indexOf, [1, 2, 1], 3)
t(op.countOf, 5, 1)
t(op.concat, [1], [2])
t(op.concat, "a", "b")
t(op.concat, (1,), (2,))
t(op.concat, 1, 2)
t(op.concat, [1], (2,))
t(op.concat, {}, {})
t(op.call, len, [1, 2])
t(op.call, max, 3, 9, 4)
t(op.call, dict, a=1) if False else None
print(op.call(dict, [(1, 2)], a=3))

d = {"a": 1}
t(op.getitem, d, "a")
t(op.getitem, d, "b")
t(op.getitem, [1, 2, 3], slice(1, None))
t(op.getitem, "abc", -1)
t(op.setitem, d, "b", 2)
print(d)
t(op.delitem, d, "a")
print(d)
t(op.delitem, d, "zz")
lst = [1, 2, 3, 4]
op.setitem(lst, slice(0, 2), ["x"])
op.delitem(lst, -1)
print(lst)

# In-place operators mutate mutable objects and return the result.
a = [1]
r = op.iadd(a, [2])
print(r, a, r is a)
a = [1]
print(op.iconcat(a, (2, 3)), a)
t(op.iconcat, 1, 2)
s = {1, 2}
print(op.ior(s, {3}), op.iand(s, {1, 3}), op.isub(s, {1}), op.ixor(s, {5}), s)
x = 5
print(op.iadd(x, 1), op.isub(x, 1), op.imul(x, 2), op.itruediv(x, 2), op.ifloordiv(x, 2),
      op.imod(x, 3), op.ipow(x, 2), op.ilshift(x, 1), op.irshift(x, 1), op.iand(x, 3),
      op.ior(x, 2), op.ixor(x, 1), x)
# (imatmul error wording depends on the core: see report)
s = "ab"
print(op.iadd(s, "c"), s)


class V:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        self.v += o
        return self

    def __add__(self, o):
        return V(self.v + o + 100)

    def __matmul__(self, o):
        return ("matmul", self.v, o)

    def __imatmul__(self, o):
        return ("imatmul", self.v, o)

    def __index__(self):
        return 42

    def __lt__(self, o):
        return "lt!"

    def __neg__(self):
        return "neg!"


v = V(1)
print(op.iadd(v, 5) is v, v.v, op.add(v, 1).v, op.matmul(v, 2), op.imatmul(v, 3))
print(op.index(V(0)), op.lt(V(0), 1), op.neg(V(0)), op.gt(1, V(0)))


class OnlyAdd:
    def __add__(self, o):
        return "added"


o = OnlyAdd()
print(op.iadd(o, 1))
