class Vec:
    def __init__(self, *c): self.c = c
    def __eq__(self, o):
        return Vec(*[a == b for a, b in zip(self.c, o.c)])
    def __repr__(self): return f"Vec{self.c}"
    def __bool__(self):
        raise ValueError("truth value of Vec is ambiguous")
a, b = Vec(1, 2), Vec(1, 3)
print(a == b)
try:
    if a == b: pass
except ValueError as e:
    print(e)
try:
    print([a] == [b])
except ValueError as e:
    print("list eq:", e)
print([a] == [a])
try:
    print(a in [b])
except ValueError as e:
    print("in:", e)
print(a in [a])
try:
    [b].index(a)
except ValueError as e:
    print("index:", e)
try:
    [b].count(a)
except ValueError as e:
    print("count:", e)
try:
    (a,) == (b,)
except ValueError as e:
    print("tuple:", e)
try:
    {1: a} == {1: b}
except ValueError as e:
    print("dict:", e)
try:
    not (a == b)
except ValueError as e:
    print("not:", e)
try:
    a != b
    print("ne ok", type(a != b).__name__)
except ValueError as e:
    print("ne:", e)
class NeOnly:
    def __eq__(self, o):
        return 7
n = NeOnly()
print(n != 1, n == 1)
class NotImplEq:
    def __eq__(self, o):
        return NotImplemented
print(NotImplEq() == NotImplEq(), [NotImplEq()] == [NotImplEq()])
import operator
print(operator.eq(a, b), operator.ne(n, 1))
print(sorted([3, 1, 2], key=lambda v: -v))
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Lt({self.v})"
print(sorted([Lt(3), Lt(1), Lt(2)]), max(Lt(1), Lt(5)), min([Lt(4), Lt(2)]))
try:
    Lt(1) > Lt(2)
    print("gt via reflected", Lt(1) > Lt(2))
except Exception as e:
    print(type(e).__name__, e)
try:
    Lt(1) <= Lt(2)
except Exception as e:
    print(type(e).__name__, e)
