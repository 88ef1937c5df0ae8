import math, operator, heapq, bisect, string, textwrap, struct, copy, io, contextlib, sys, os.path, abc
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.comb(10, 3), math.perm(5), math.perm(5, 2), math.comb(3, 5))
print(math.prod([1, 2, 3]), math.prod([]), math.prod([2], start=5), math.dist((0, 0), (3, 4)), math.isqrt(99), math.gcd(12, 18, 27), math.gcd(), math.lcm(4, 6, 10), math.lcm())
for fn, args in [(math.factorial, (-1,)), (math.factorial, (2.5,)), (math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.acos, (2,)), (math.comb, (-1, 2)), (math.isqrt, (-5,)), (math.exp, (1000,)), (math.pow, (0, -1)), (math.fmod, (1, 0)), (math.dist, ((1,), (1, 2))), (math.perm, (3, -1)), (math.log, (10, 1)), (math.gcd, (1.5,)), (math.ldexp, (1.0, 10**5)), (math.factorial, (10**20,))]:
    try:
        print(fn(*args))
    except Exception as e:
        print(fn.__name__, type(e).__name__, e)
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-2.7), math.fsum([0.1] * 10), sum([0.1] * 10), math.copysign(3, -0.0), math.fabs(-2), math.modf(3.5), math.frexp(8), math.ldexp(0.5, 4))
print(math.inf, -math.inf, math.nan, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1), math.pi, math.e, math.tau)
print(math.degrees(math.pi), math.radians(180), math.hypot(3, 4, 12), math.atan2(1, -1), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10), math.expm1(1e-10))
print(math.remainder(7, 4), math.nextafter(1, 2), math.ulp(1.0), math.cbrt(27) if hasattr(math, 'cbrt') else '', math.exp2(3) if hasattr(math, 'exp2') else '', math.erf(1), math.gamma(5), math.lgamma(10))
print(operator.itemgetter(1), operator.itemgetter(1, "a"), operator.attrgetter("x.y", "z"), operator.methodcaller("split", ",", maxsplit=1), operator.attrgetter("a"))
print(operator.itemgetter(0, 2)("abc"), operator.methodcaller("upper")("x"), operator.index(5), operator.concat([1], [2]), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
try:
    operator.indexOf([1], 5)
except ValueError as e:
    print(e)
h = [5, 1, 8, 3, 9, 2]
heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 7), h)
print(heapq.nlargest(3, [1, 8, 3, 9, 2]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, 0, 3), bisect.insort(a, 3), a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.insort_left(recs, ("x", 4), key=lambda r: r[1]), recs)
try:
    bisect.bisect([1], 1, -1)
except ValueError as e:
    print(e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords(" hello   world  foo "), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}s $$")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"), t.template, t.get_identifiers() if hasattr(t, 'get_identifiers') else '', t.is_valid() if hasattr(t, 'is_valid') else '')
for s in ["$x $", "${x", "$1"]:
    try:
        string.Template(s).substitute(x=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0!r:>3}b{}")))
txt = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(txt, 30)); print(textwrap.fill(txt, 25, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten("Hello  world, this is long", 15), textwrap.shorten("Hi", 10), textwrap.shorten("Hello world", width=11, placeholder="..."))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.indent("a\n\nb\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.wrap("a-very-long-hyphenated-word-here", 10), textwrap.wrap("x" * 25, 10), textwrap.wrap("abc def", 10, max_lines=1))
print(textwrap.wrap("tab\there and   spaces", 8, expand_tabs=True), textwrap.fill("one two three four five", width=9, max_lines=2, placeholder=" [..]"))
try:
    textwrap.shorten("hello world", 3)
except ValueError as e:
    print(e)
print(struct.pack("<hI", -2, 7), struct.unpack(">HH", b"\x00\x01\x00\x02"), struct.calcsize("@ihq"), struct.calcsize("=ihq"), struct.pack("3s?x", b"ab", True), struct.unpack("<f", struct.pack("<f", 1.1)))
for fmt, args in [("b", (200,)), ("H", (-1,)), ("i", ("x",)), ("2i", (1,)), ("z", (1,))]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print(type(e).__name__, e)
try:
    struct.unpack("i", b"ab")
except struct.error as e:
    print(e)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.Struct("<2h").size, struct.pack("<e", 0.5), struct.pack("!q", -1), struct.unpack_from("<h", b"xx\x05\x00", 2))
