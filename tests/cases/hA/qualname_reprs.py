from dataclasses import dataclass
import enum, collections
class Outer:
    @dataclass
    class Inner:
        x: int
    class Kind(enum.Enum):
        A = 1
    NT = collections.namedtuple("NT", "a")
    def method(self):
        class Local:
            pass
        def local_fn(): pass
        return Local, local_fn, (lambda: 0)
L, fn, lam = Outer().method()
print(Outer.Inner(1), Outer.Kind.A, repr(Outer.Kind.A), Outer.NT(1), L.__qualname__, fn.__qualname__, lam.__qualname__)
print(L, Outer.Inner, Outer.Kind, str(Outer.Kind.A))
def gen_factory():
    def g():
        yield
    return g
print(gen_factory().__qualname__, gen_factory()().__qualname__)
print([(lambda: 0).__qualname__ for _ in range(1)], (lambda: [x for x in [1]])())
class A:
    def f(self):
        return [lambda: 0 for _ in range(1)][0].__qualname__
    g = [lambda: 0][0]
print(A().f(), A.g.__qualname__, A.__init__.__qualname__, A.__repr__.__qualname__, int.__add__.__qualname__)
