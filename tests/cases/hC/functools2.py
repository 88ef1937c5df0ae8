import functools, operator, re
def A(x): return re.sub(r'0x[0-9a-f]+', '0xADDR', str(x))
from functools import partial, singledispatchmethod, cached_property, total_ordering, lru_cache, reduce, update_wrapper, WRAPPER_ASSIGNMENTS
def f(a, b=2, *c, d=4, **e): return a, b, c, d, e
p = partial(partial(f, 1, d=5), 2, x=3)
print(A(p), p.func.__name__, p.args, p.keywords, p(9, y=1))
print(A(repr(partial(f))), A(repr(partial(f, d=1, a=2))), repr(partial(operator.add, 1)))
class Pt(partial): pass
print(repr(Pt(f, 1))[:3], type(Pt(f, 1)).__name__)
try:
    p.args = ()
except AttributeError as e:
    print(e)
class Calc:
    @singledispatchmethod
    def add(self, x): return f"generic {x}"
    @add.register
    def _(self, x: int): return f"int {x + 1}"
    @add.register
    def _(self, x: list): return f"list {sum(x)}"
print(Calc().add(1), Calc().add([1, 2]), Calc().add("s"))
class NoDict:
    __slots__ = ("a",)
    @cached_property
    def x(self): return 1
try:
    NoDict().x
except TypeError as e:
    print(e)
class Two:
    @cached_property
    def v(self): return 1
try:
    Two.v.__set_name__(Two, "other")
except TypeError as e:
    print(e)
print(type(Two.v).__name__, Two.v.attrname)
@total_ordering
class G:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __eq__(self, o): return self.v == o.v
print(G(1) < G(2), G(1) <= G(1), G(3) >= G(4), G(2) > G(1))
@total_ordering
class Ge:
    def __init__(self, v): self.v = v
    def __ge__(self, o):
        if not isinstance(o, Ge): return NotImplemented
        return self.v >= o.v
print(Ge(1) < Ge(2), Ge(2) <= Ge(1), Ge(1) > Ge(0))
try:
    Ge(1) < 5
except TypeError as e:
    print(e)
class Meth:
    def __init__(self): self.calls = 0
    @lru_cache(maxsize=None)
    def sq(self, x):
        self.calls += 1
        return x * x
m = Meth()
print(m.sq(3), m.sq(3), m.calls, Meth.sq.cache_info())
@lru_cache(maxsize=0)
def z(x): return x
z(1); z(1); print(z.cache_info())
@lru_cache(maxsize=3)
def k(*a, **kw): return (a, tuple(sorted(kw.items())))
print(k(1, x=2), k(1, x=2), k.cache_info(), k.cache_parameters(), z.__wrapped__(5))
try:
    hash_me = lru_cache()(lambda x: x)
    hash_me([1])
except TypeError as e:
    print(e)
def wrapper(*a): return a
def orig(x: int) -> str:
    "original doc"
update_wrapper(wrapper, orig)
print(wrapper.__name__, wrapper.__doc__, wrapper.__annotations__, wrapper.__wrapped__ is orig, WRAPPER_ASSIGNMENTS)
print(reduce(operator.or_, [{1}, {2}, {3}]), reduce(max, [3, 9, 2]), reduce(lambda a, b: a + [b], "abc", []), reduce(operator.mul, range(1, 1), 1))
try:
    reduce(lambda a, b: a, [], )
except TypeError as e:
    print(e)
try:
    reduce(lambda a, b: a, 5)
except TypeError as e:
    print(e)
print(functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(3) < functools.cmp_to_key(lambda a, b: (a > b) - (a < b))(4))
key = functools.cmp_to_key(lambda a, b: len(a) - len(b))
print(sorted(["ccc", "a", "bb"], key=key), max(["ccc", "a", "bb"], key=key))
@functools.cache
def count_paths(r, c):
    if r == 0 or c == 0: return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)
print(count_paths(16, 16), count_paths.cache_info().currsize)
@functools.singledispatch
def fmt(x): return "obj"
@fmt.register(int)
@fmt.register(float)
def _(x): return "num"
@fmt.register
def _(x: str | bytes): return "text"
print(fmt(1), fmt(1.5), fmt("a"), fmt(b"b"), fmt(None), fmt(True))
try:
    @fmt.register
    def _(x): return 0
except TypeError as e:
    print(A(e))
print(partial(int, "10")(base=2), partial(print, sep="-")("a", "b"))
