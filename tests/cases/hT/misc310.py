import itertools, bisect, statistics, types, inspect, base64, sys, contextlib, array, fractions, functools, operator
print(list(itertools.pairwise("abcd")), list(itertools.pairwise([1])), list(itertools.pairwise([])))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
l = [1, 3, 5]
bisect.insort(l, 4, key=lambda v: -v if False else v)
print(l)
print(statistics.correlation([1, 2, 3, 4], [2, 4, 6, 9]), statistics.covariance([1, 2, 3], [1, 2, 4]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 7]))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(statistics.fmean([1, 2, 3], weights=[1, 0, 1]) if sys.version_info >= (3, 11) else '')
print(statistics.geometric_mean([1, 4]), statistics.harmonic_mean([1, 2], weights=[1, 3]))
try:
    statistics.correlation([1, 1], [1, 2])
except Exception as e:
    print(type(e).__name__, e)
try:
    statistics.correlation([1], [2])
except Exception as e:
    print(type(e).__name__, e)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, type(None) is types.NoneType)
def f(a: int, b: "str" = "x") -> None: pass
print(inspect.get_annotations(f), inspect.get_annotations(f, eval_str=True))
class K:
    x: int
print(inspect.get_annotations(K))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"))
d = {"a": 1, "b": 2}
print(d.keys().mapping, d.values().mapping, d.items().mapping["a"], type(d.keys().mapping).__name__)
a = array.array("i", [1, 2, 3, 2])
print(a.index(2, 2), a.index(2, 0, 2))
try:
    a.index(1, 1)
except ValueError as e:
    print(e)
print(fractions.Fraction("1_000/3"), int(fractions.Fraction(7, 2)), fractions.Fraction("1.5e2"), fractions.Fraction(" -3/4 "))
try:
    fractions.Fraction("1/0")
except Exception as e:
    print(type(e).__name__, e)
print(sys.flags.safe_path if hasattr(sys.flags, "safe_path") else None, "math" in sys.stdlib_module_names)
print(f"{3.0:z}" if False else "", format(-0.0, "z.1f"), format(-0.0001, "z.2f"), f"{-0.0:+z.1f}")
print(format(-0.0, ".1f"), "{:z}".format(-0.0) if False else "")
try:
    format(-1, "z")
except ValueError as e:
    print(e)
@functools.cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
print(operator.call(max, 3, 9), functools.reduce(operator.add, [1, 2, 3], 10))
print(int.bit_count(-7), (10).bit_length(), (3).as_integer_ratio(), (0.75).as_integer_ratio(), (3).is_integer() if hasattr(int, 'is_integer') else 'x')
print(str.removeprefix, bytes.removesuffix)
print(EncodingWarning.__mro__)
print(aiter, anext)
print(sys.version_info >= (3, 11), sys.version_info[:2])
