from functools import cached_property, total_ordering, singledispatchmethod, partialmethod
class C:
    def __init__(self):
        self.calls = 0
    @cached_property
    def val(self):
        "val doc"
        self.calls += 1
        return 42
c = C()
print(c.val, c.val, c.calls, c.__dict__)
del c.val
print(c.val, c.calls)
c.val = 7
print(c.val)
print(type(C.val).__name__, C.val.__doc__, C.val.attrname)
class S:
    __slots__ = ("x",)
    @cached_property
    def p(self):
        return 1
try:
    S().p
except TypeError as e:
    print(e)
cp = cached_property(lambda self: 1)
class Late:
    pass
Late.q = cp
try:
    Late().q
except TypeError as e:
    print(e)
try:
    class Twice:
        a = cp
        b = cp
except Exception as e:
    print(type(e).__name__, e, "|", e.__cause__)
try:
    @total_ordering
    class NoOrder:
        pass
except ValueError as e:
    print(e)
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) >= Ver(2), Ver.__lt__.__name__ if hasattr(Ver.__lt__, "__name__") else "")
class Disp:
    @singledispatchmethod
    def handle(self, arg):
        return f"default {arg!r}"
    @handle.register
    def _(self, arg: int):
        return f"int {arg}"
    @handle.register(str)
    def _s(self, arg):
        return f"str {arg}"
d = Disp()
print(d.handle(1), d.handle("a"), d.handle(1.5), d.handle(True))
class PM:
    def set(self, key, value):
        return (key, value)
    set_a = partialmethod(set, "a")
print(PM().set_a(5), type(PM.__dict__["set_a"]).__name__)
class Base:
    @cached_property
    def shared(self):
        return type(self).__name__
class Child(Base):
    pass
print(Child().shared, Base().shared)
