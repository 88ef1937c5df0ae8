import operator as op
data = [("b", 2, "x"), ("a", 3, "y"), ("c", 1, "z")]
print(sorted(data, key=op.itemgetter(1)), sorted(data, key=op.itemgetter(0)), list(map(op.itemgetter(2, 0), data)))
print(op.itemgetter(slice(1, None))("abc"), op.itemgetter("k")({"k": 5}), repr(op.itemgetter(1)), repr(op.itemgetter(1, "a")))
class P:
    def __init__(self): self.name = "n"; self.child = self
print(op.attrgetter("name")(P()), op.attrgetter("child.child.name")(P()), op.attrgetter("name", "child.name")(P()), repr(op.attrgetter("a.b")))
print(op.methodcaller("split", ",", 1)("a,b,c"), op.methodcaller("get", "x", 0)({}), repr(op.methodcaller("f", 1, k=2)))
for bad in (lambda: op.itemgetter(5)([1]), lambda: op.attrgetter("nope")(1), lambda: op.itemgetter(), lambda: op.attrgetter(5), lambda: op.methodcaller()):
    try:
        bad()
    except (IndexError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
print(op.add(1, 2), op.sub(5, 3), op.mul("a", 3), op.truediv(1, 4), op.floordiv(-7, 2), op.mod(7, -3), op.pow(2, 5), op.neg(3), op.pos(-3), op.abs(-2), op.invert(5))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"), op.getitem([1, 2], -1), op.index(5), op.length_hint(iter([1, 2, 3])))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l, op.iadd([1], [2]), op.iconcat("a", "b"), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 3), op.rshift(8, 1))
try:
    op.concat(1, 2)
except TypeError as e:
    print(e)
print(op.matmul.__name__, op.__add__(1, 1), op.call(len, "ab") if hasattr(op, "call") else 2)
