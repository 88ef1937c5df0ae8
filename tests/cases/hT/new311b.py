import warnings, dataclasses, copy, pickle, enum, asyncio, locale, typing
class P:
    def __init__(self): self.a = 1
class S:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
class SD:
    __slots__ = ("x", "__dict__")
    def __init__(self): self.x = 1; self.z = 2
print(object().__getstate__(), P().__getstate__(), S().__getstate__(), SD().__getstate__())
class Custom:
    def __getstate__(self): return "custom"
print(Custom().__getstate__(), copy.copy(S()).x)
e = P(); e.__dict__.clear()
print(e.__getstate__())
class StM:
    @staticmethod
    def sm(x):
        "doc of sm"
        return x * 2
    @classmethod
    def cm(cls):
        "doc of cm"
        return cls.__name__
sm = StM.__dict__["sm"]
print(sm(4), sm.__name__, sm.__doc__, sm.__wrapped__.__name__, StM.__dict__["cm"].__doc__, StM.__dict__["cm"].__name__)
print(callable(sm), repr(sm)[:20])
a = [1, 2, 3]
print({y := 10, y + 1}, a[i := 1], i, [j := 5, j])
for x in *a, *"bc":
    print(x, end=" ")
print()
async def main():
    async def agen():
        yield 1; yield 2
    return [[v async for v in agen()] for _ in range(2)]
print(asyncio.run(main()))
with warnings.catch_warnings(action="ignore"):
    warnings.warn("hidden")
with warnings.catch_warnings(record=True, action="always") as w:
    warnings.warn("rec1"); warnings.warn("rec1")
    print(len(w), str(w[0].message))
with warnings.catch_warnings(action="error", category=UserWarning):
    try:
        warnings.warn("boom")
    except UserWarning as ex:
        print("raised", ex)
class Mut:
    def __eq__(self, o): return True
try:
    @dataclasses.dataclass
    class D:
        m: Mut = Mut()
except ValueError as ex:
    print("ValueError", ex)
class HashMut:
    def __eq__(self, o): return True
    def __hash__(self): return 1
@dataclasses.dataclass
class D2:
    m: HashMut = HashMut()
print(type(D2().m).__name__)
try:
    @dataclasses.dataclass
    class D3:
        m: dict = {}
except ValueError as ex:
    print("ValueError", ex)
print(enum.EnumType is enum.EnumMeta, type(enum.Enum).__name__)
print(type(locale.getencoding()).__name__)
T = typing.TypeVar("T")
class GTD(typing.TypedDict, typing.Generic[T]):
    item: T
    n: int
print(GTD[int], GTD.__parameters__, GTD(item=1, n=2), GTD.__required_keys__ == {"item", "n"})
async def bar():
    b = asyncio.Barrier(2)
    out = []
    async def w(i):
        pos = await b.wait()
        out.append(i)
    await asyncio.gather(w(1), w(2))
    print(sorted(out), b.parties, b.n_waiting, b.broken, repr(b)[:20])
asyncio.run(bar())
import fractions
print(int(fractions.Fraction(-7, 2)), fractions.Fraction(3, 4).__int__())
class Tc:
    pass
import unittest
class T1(unittest.TestCase):
    def test_ctx(self):
        import contextlib
        @contextlib.contextmanager
        def cm():
            print("enter"); yield 5; print("exit")
        print("val", self.enterContext(cm()))
r = unittest.TextTestRunner(stream=__import__("io").StringIO()).run(unittest.defaultTestLoader.loadTestsFromTestCase(T1))
print(r.wasSuccessful())
def fb(): pass
print(fb.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else type(fb.__builtins__).__name__)
