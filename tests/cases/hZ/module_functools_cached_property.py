from functools import cached_property, partialmethod, update_wrapper, wraps
class Data:
    def __init__(self, n): self.n = n; self.calls = 0
    @cached_property
    def total(self):
        self.calls += 1
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.calls, "total" in vars(d))
del d.total; print(d.total, d.calls)
d.total = 5; print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self): return 1
try:
    Slotted().y
except TypeError as e:
    print(e)
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)
def orig(a, b):
    "orig doc"
    return a + b
def wrapper(*a): return orig(*a)
update_wrapper(wrapper, orig)
print(wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ is orig, wrapper(1, 2))
def deco(f):
    @wraps(f)
    def inner(*a, **k): return f(*a, **k)
    return inner
@deco
def hello(x: int) -> str:
    "says hello"
    return f"hello {x}"
print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__qualname__, hello(3))
