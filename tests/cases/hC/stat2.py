import statistics as st, operator, math, string
nd = st.NormalDist(10, 2)
print(nd.samples(5, seed=42), st.NormalDist().samples(3, seed="abc"))
print(st.fmean([1, 2, 3], weights=[1, 0, 1]) if hasattr(st, "kde") else st.fmean([1, 2, 3]), st.mode([1.5, 1.5, 2]), st.multimode("aabbcdd"), st.multimode([]))
print(st.median_low([1, 3, 5, 7]), st.median_high(["a", "c", "b", "d"]), st.mode(["x", "y", "x"]), st.variance([1, 2, 3, 4], xbar=2.5), st.pvariance([1, 2, 3], mu=2))
print(st.quantiles([1, 2], n=4), st.quantiles([1.5, 2.5, 10], n=3, method="inclusive"), st.quantiles(range(100), n=5))
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print(e)
print(st.stdev([1, 1, 1]), st.pstdev([5]), st.variance([1.0, 2.0], ), st.harmonic_mean([0, 5]), st.geometric_mean([2, 8]))
print(st.correlation([1, 2, 3], [3, 2, 1]), st.covariance([1, 2, 3, 4], [1, 2, 3, 4]))
try:
    st.correlation([1, 1, 1], [1, 2, 3])
except st.StatisticsError as e:
    print(e)
lr = st.linear_regression([1, 2, 3], [2, 4, 6], proportional=True); print(lr, lr.slope)
print(nd.pdf(10), nd.cdf(10), nd.inv_cdf(0.5), nd.mean, nd.median, nd.mode, nd.stdev, nd.variance, nd == st.NormalDist(10, 2), nd - 3, 3 - nd if False else '', nd / 2, -nd)
try:
    nd.inv_cdf(1)
except st.StatisticsError as e:
    print(e)
print(repr(st.NormalDist(1.5, 0.25)), hash(nd) == hash(st.NormalDist(10, 2)), st.NormalDist(0, 1) + st.NormalDist(0, 1))
print(operator.call(len, "abc") if hasattr(operator, "call") else '', operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains("abc", "b"), operator.getitem({"a": 1}, "a"), operator.neg(5), operator.pos(-1), operator.inv(5), operator.invert(0), operator.not_(0))
print(operator.floordiv(7, 2), operator.truediv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.lshift(1, 4), operator.rshift(256, 2), operator.and_(6, 3), operator.xor(6, 3), operator.matmul if True else '', operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.iconcat("a", "b"), operator.ipow(2, 3), operator.imul("ab", 2))
class O: pass
o = O(); o.a = O(); o.a.b = 7; o.c = "x"
print(operator.attrgetter("a.b")(o), operator.attrgetter("a.b", "c")(o), operator.itemgetter(slice(1, 3))("abcd"), operator.itemgetter(-1)([1, 2]), operator.methodcaller("replace", "a", "b")("aaa"), operator.methodcaller("count", "a")("banana"))
print(repr(operator.attrgetter("a.b", "c")), repr(operator.itemgetter(slice(1, 3))), repr(operator.methodcaller("f", 1, k="v")), repr(operator.itemgetter("x")))
try:
    operator.attrgetter("a.zz")(o)
except AttributeError as e:
    print(e)
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(3, 1), operator.gt(1, 3), operator.abs(-3), operator.index(True), operator.__add__(1, 2), operator.__name__)
f = string.Formatter()
print(f.format("{0:>5}|{name!r}|{1[0]}|{obj.real}", 42, [7], name="n", obj=3j), f.vformat("{a}-{b}", (), {"a": 1, "b": 2}))
class Up(string.Formatter):
    def format_field(self, value, spec):
        return str(value).upper() if spec == "u" else super().format_field(value, spec)
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f"<{key}>"
        return super().get_value(key, args, kwargs)
print(Up().format("{x:u} {missing} {0}", "pos", x="abc"))
print(list(string.Formatter().parse("{a!s:^10} and {{literal}} {} end")))
try:
    string.Formatter().format("{0} {}", 1, 2)
except ValueError as e:
    print(e)
class MyT(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"
print(MyT("%who is %{what} 100%%").substitute(who="x", what="y"), string.Template("$a$b").substitute({"a": 1}, b=2), string.Template("${a}x").safe_substitute())
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print(e)
print(string.Template("$x and $y and ${x}").get_identifiers(), string.Template("$$ $1 $x").is_valid(), string.Template("ok $x").is_valid())
print(math.fsum([1e100, 1.0, -1e100]), math.prod(range(1, 20)), math.prod([1.5, 2]), math.isqrt(10 ** 40), math.comb(50, 25), math.perm(10, 0), math.factorial(20), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(-4, 6), math.lcm(0, 5))
print(math.floor(1e300), math.ceil(-0.5), math.trunc(1e20), round(math.sqrt(2), 10), math.exp(0), math.log(math.e), math.log(100, 10), math.log(1024, 2), math.log2(8), math.sin(0), math.cos(math.pi), math.tan(0), math.asin(1), math.hypot(), math.hypot(-3))
print(math.dist([1, 2, 3], [4, 5, 6]), math.sumprod([1, 2], [3, 4]) if hasattr(math, "sumprod") else '', math.isclose(1e-9, 0, abs_tol=1e-8), math.isclose(math.inf, math.inf), math.isclose(math.nan, math.nan), math.copysign(1, math.nan) in (1.0, -1.0))
for bad in ["math.floor(math.inf)", "math.floor(math.nan)", "math.ceil(math.inf)", "int(math.nan)", "math.factorial(-1)", "math.comb(5, -1)", "math.perm(-1)", "math.isqrt(-1)", "math.sqrt(-0.0)", "math.log(0.0)", "math.log(1, 1)", "math.log(2, 0)", "math.atanh(1)", "math.pow(-1, 0.5)", "math.pow(10, 400)", "math.exp(710)", "math.cosh(1000)", "math.lgamma(0)", "math.gamma(-1)", "math.fmod(math.inf, 1)", "math.ldexp(1, 5000)", "2.0 ** 5000", "10 ** -1 ** 0.5", "math.gcd(1, 'a')", "math.trunc('a')", "math.prod(['a', 'b'])", "math.fsum(['a'])", "math.radians('x')"]:
    try:
        print(bad, "=", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
