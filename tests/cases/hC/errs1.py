import math, itertools, functools, operator, heapq, bisect, collections, random, statistics, json, re, struct, string, textwrap
tests = [
    lambda: math.sqrt("x"), lambda: math.floor("x"), lambda: math.gcd(1, 2.0), lambda: math.comb(1.0, 2), lambda: math.isqrt(2.5),
    lambda: math.log("a"), lambda: math.prod(5), lambda: math.dist([1], 5), lambda: math.hypot("a"), lambda: math.factorial("3"),
    lambda: math.pow(), lambda: math.sqrt(1, 2), lambda: math.isclose(1), lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.ceil(None),
    lambda: itertools.chain(1), lambda: list(itertools.chain(1)), lambda: itertools.islice([], "a"), lambda: itertools.product(1), lambda: itertools.combinations([1]),
    lambda: itertools.count("a"), lambda: itertools.cycle(), lambda: itertools.accumulate(), lambda: itertools.groupby(1), lambda: itertools.tee([], -1),
    lambda: itertools.zip_longest(1), lambda: itertools.starmap(len, [1]).__next__(), lambda: itertools.pairwise(3), lambda: itertools.compress([1]),
    lambda: functools.reduce(1, [1, 2]), lambda: functools.reduce(), lambda: functools.lru_cache(maxsize="x"), lambda: functools.cmp_to_key(),
    lambda: operator.itemgetter(), lambda: operator.attrgetter(1), lambda: operator.methodcaller(), lambda: operator.add(1), lambda: operator.itemgetter(5)([1]),
    lambda: operator.attrgetter("zz")(1), lambda: operator.index(1.5),
    lambda: heapq.heappush(1, 2), lambda: heapq.heappush([], 1, 2), lambda: heapq.heapify(()), lambda: heapq.nlargest("a", [1]),
    lambda: bisect.bisect(1, 2), lambda: bisect.insort((), 1), lambda: bisect.bisect_left([1, "a"], 0.5),
    lambda: collections.Counter(1), lambda: collections.deque(1), lambda: collections.deque([], -1), lambda: collections.deque([], "a"), lambda: collections.OrderedDict(1),
    lambda: collections.namedtuple("1a", "x"), lambda: collections.namedtuple("A", "x", defaults=[1, 2]), lambda: collections.ChainMap({})["x"],
    lambda: collections.deque([1]).rotate("a"), lambda: collections.deque([1])[5], lambda: collections.Counter("a") + 1, lambda: collections.Counter().most_common("x"),
    lambda: random.randint(1), lambda: random.randrange(0), lambda: random.randrange(1, 5, 0), lambda: random.sample([1], -1), lambda: random.shuffle(()),
    lambda: random.choices([], k=1), lambda: random.choices([1], [1], cum_weights=[1]), lambda: random.uniform(), lambda: random.seed([1]), lambda: random.getrandbits(-1),
    lambda: random.choice({}), lambda: random.randrange(1, 2.5), lambda: random.Random("x", 2),
    lambda: statistics.mean(["a"]), lambda: statistics.median_grouped(["a", "b"]), lambda: statistics.NormalDist(0, -1), lambda: statistics.fmean([]),
    lambda: statistics.correlation([1], [1]), lambda: statistics.correlation([1, 2], [1]), lambda: statistics.linear_regression([1, 1], [1, 2]), lambda: statistics.pstdev([]),
    lambda: json.dumps(b"x"), lambda: json.loads(1), lambda: json.dumps([], indent="x") , lambda: json.loads("[1]", foo=1),
    lambda: re.compile(1), lambda: re.match("a", 1), lambda: re.sub("a", 1, "a"), lambda: re.compile("[a-"), lambda: re.compile("(?P<1>a)"), lambda: re.compile("a{3,1}"),
    lambda: re.compile("(?<=a+)b"), lambda: re.compile("\\"), lambda: re.compile(r"\p"), lambda: re.compile("(?P<n>a)(?P<n>b)"), lambda: re.compile("[z-a]"), lambda: re.compile("(?z)"),
    lambda: re.match("(a)", "a").group("x"), lambda: re.match("a", "a").start(2), lambda: re.compile(b"a").match("a"), lambda: re.compile("a").match(b"a"),
    lambda: struct.pack("i"), lambda: struct.pack("i", 1, 2), lambda: struct.unpack("i", "abcd"), lambda: struct.calcsize("y"), lambda: struct.pack("s", "x"), lambda: struct.pack("?", ),
    lambda: string.Template(1).substitute(), lambda: string.capwords(1), lambda: textwrap.wrap("a", 0), lambda: textwrap.dedent(1), lambda: textwrap.fill(1),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "ok", repr(r)[:40] if not hasattr(r, '__next__') else type(r).__name__)
    except Exception as e:
        print(i, type(e).__name__, e)
