import math, sys, types, collections, itertools, functools, operator
items = [type, object, int, len, print, int.__add__, str.upper, str.__dict__["upper"], object.__init__, type.__dict__["__name__"], int.real,
         classmethod, type(None), None, NotImplemented, Ellipsis, super, math, sys, itertools, dict.fromkeys, str.maketrans, int.from_bytes,
         object.__new__, list.__init__, int.__dict__["__add__"], float.__repr__, complex.imag, types.FunctionType, BaseException.args,
         collections.OrderedDict, collections.deque([1, 2], maxlen=3), collections.Counter("aab"), collections.defaultdict(int, {1: 2}),
         range(0), range(1, 10, 2), slice(None), iter, next, itertools.count(5), itertools.repeat(1, 2), functools.partial(int, base=2),
         operator.itemgetter(1), operator.attrgetter("a", "b.c"), operator.methodcaller("m", 1, k=2), frozenset(), set(), {}.keys(), {1: 2}.values(), {1: 2}.items(),
         dict.__dict__["fromkeys"], int.__dict__["bit_length"], list.__dict__["append"], type.__dict__["mro"], object.__dict__["__class__"],
         staticmethod.__dict__["__func__"], ValueError, ValueError("x"), KeyError("k"), OSError(2, "No such file"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)),
         StopIteration(5), SystemExit(1), memoryview, bytearray(b"ab"), type(...), type(NotImplemented), math.pi, types.SimpleNamespace(a=1, b="x"), types.MappingProxyType({"a": 1}),
         sys.version_info, sys.float_info.dig, ExceptionGroup("eg", [ValueError(1)]), BaseExceptionGroup("beg", [KeyboardInterrupt()]), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
         complex, bool, reversed, enumerate, zip, map, filter, property, Exception.__init__, Exception.__str__, Exception.__dict__["__str__"], int.__dict__["numerator"], dict.get, abs, divmod]
for it in items:
    print(repr(it), "|", str(it))
