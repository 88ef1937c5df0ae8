import types, re
def t(v):
    try:
        r = repr(v)
        print(re.sub(r" at 0x[0-9a-f]+", " at ADDR", r))
    except Exception as e:
        print(type(e).__name__, e)
for v in [int, bool, type, object, type(None), type(...), type(NotImplemented), len, print, [].append, "".join, dict.fromkeys,
          int.__add__, (1).__add__, object.__init__, object().__init__, str.__dict__["upper"], int.__dict__["real"],
          type.__dict__["__dict__"], list.__dict__["__hash__"], dict.__dict__["fromkeys"], int.from_bytes, classmethod(len),
          staticmethod(len), property(), super, super(int), super(int, True), iter([]), iter(()), iter(""), iter("é"), iter({}),
          iter(set()), iter(range(3)), iter(b""), iter(bytearray()), reversed([]), reversed(range(2)), enumerate([]), zip(), map(len, []),
          filter(None, []), {}.keys(), {1: 2}.values(), {1: [3]}.items(), types.MappingProxyType({1: 2}), types.SimpleNamespace(a=1, b="x"),
          NotImplemented, Ellipsis, None, memoryview(b"").__class__, slice(None), slice(1, None, "x"), range(0), range(-5, 5, 2),
          frozenset(), set(), frozenset([1]), {1, 2}, bytearray(), b"\x00\xff'\"", "'", '"', "'\"", "\x00\t\n\r\x1b\x7f\x80\xa0\xad\u2028\ud800\U0001f600",
          1e100, 1e-100, -0.0, 1.0, 100.0, 1e16, 123456789.123456789, 2**64, -2**64, True, 1j, -1j, complex(0, 0), complex(-0.0, 0),
          (1,), (), [(), [], {}], {(): 1, frozenset(): 2}, int.__mro__, types.FunctionType, types.ModuleType("m"), types.ModuleType("m", "doc"),
          ValueError("x"), ValueError(), ValueError(1, 2), KeyError("k"), OSError(2, "no"), StopIteration(5), SystemExit(3),
          BaseExceptionGroup("g", [ValueError(1)]), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad"), Exception("a", [1]),
          list[int], dict[str, list[int]], int | None, type[int], tuple[int, ...], tuple[()], list["X"]]:
    t(v)
class Meta(type):
    def __repr__(cls): return "Meta:" + cls.__name__
class WithMeta(metaclass=Meta): pass
t(WithMeta)
t([WithMeta])
t(WithMeta())
class Outer:
    class Inner:
        pass
    def m(self): pass
t(Outer.Inner)
t(Outer.Inner())
t(Outer.m)
t(Outer().m)
def f(): pass
t(f)
t(lambda: 0)
def g():
    def h(): pass
    return h
t(g())
t((x for x in []))
async def co(): pass
c = co()
t(c)
c.close()
