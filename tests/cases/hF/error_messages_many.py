import math, json, collections, itertools, functools, random, re, string, datetime, fractions, decimal, statistics, heapq, bisect
tests = [
 lambda: int("abc"), lambda: int("12.5"), lambda: float("x1"), lambda: [].index(5), lambda: "abc".index("z"), lambda: (1, 2).index(3),
 lambda: {}.pop("k"), lambda: [].remove(1), lambda: set().remove(2), lambda: (1,)[0].__setitem__, lambda: "s".__setitem__(0, "x"),
 lambda: {[1]: 2}, lambda: None(), lambda: iter(5), lambda: [x for x in 3], lambda: (lambda a, b: 0)(1), lambda: "abc".split(1),
 lambda: math.log(-1), lambda: math.sqrt("4"), lambda: chr(-1), lambda: ord("ab"), lambda: divmod(1, 0), lambda: 1 % 0, lambda: 2.0 / 0,
 lambda: 10 ** -1 // 0, lambda: [1, 2] + (3,), lambda: "a" * 2.5, lambda: "a" + 1, lambda: 1 + "a", lambda: len(5), lambda: abs("x"),
 lambda: sum(["a", "b"]), lambda: max([]), lambda: min(), lambda: sorted([1, "a"]), lambda: list.append(), lambda: [].append(1, 2),
 lambda: dict(a=1)["b"], lambda: getattr(1, "foo"), lambda: setattr(1, "foo", 2), lambda: object().x, lambda: type("X", (), {})().y,
 lambda: json.loads("{'a': 1}"), lambda: collections.deque(maxlen=-1), lambda: next(iter([])), lambda: random.choice([]),
 lambda: re.compile("("), lambda: re.compile("[a-"), lambda: "{}".format, lambda: "{0}{1}".format(1), lambda: "%d" % None,
 lambda: datetime.date(2023, 2, 30), lambda: datetime.datetime.strptime("x", "%Y"), lambda: fractions.Fraction(1, 0),
 lambda: decimal.Decimal("abc"), lambda: statistics.mode([]), lambda: heapq.heappop([]), lambda: bytes([256]), lambda: bytearray(-1),
 lambda: "abc".encode("ascii").decode("utf-16"), lambda: "é".encode("ascii"), lambda: b"\xff".decode("utf-8"), lambda: int(None),
 lambda: list(range(3))[5], lambda: "abc"[10], lambda: (1, 2)[-3], lambda: range(5)[9], lambda: {1, 2}[0], lambda: (i for i in [])[0],
 lambda: 5 < "a", lambda: [] < (), lambda: None > None, lambda: {} < {}, lambda: complex(1, 2) < 1, lambda: -"a", lambda: ~1.5,
 lambda: a_undefined, lambda: int.from_bytes("ab", "big"), lambda: (1).to_bytes(1, "big", signed=False) if False else (300).to_bytes(1, "big"),
 lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: pow(2, 3, 0), lambda: pow(0, -1),
 lambda: round("x"), lambda: hash([]), lambda: hash({}), lambda: frozenset([[]]), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]),
 lambda: zip([1], [2, 3], strict=True), lambda: list(zip([1], [2, 3], strict=True)), lambda: list(map(int, ["1", "x"])),
 lambda: itertools.islice([], -1), lambda: functools.reduce(max, []), lambda: string.Template("$x").substitute(),
 lambda: "x".join([1, 2]), lambda: "".join(None), lambda: " ".center(), lambda: "abc".replace("a"), lambda: "a,b".split(",", "x"),
 lambda: [1, 2, 3][1:2:0], lambda: isinstance(1, "int"), lambda: issubclass(1, int), lambda: super(int, "x"),
 lambda: print(sep=1), lambda: open("/nonexistent/file.txt"), lambda: __import__("no_such_module_xyz"), lambda: exec("x = (1,"),
 lambda: eval("1 +"), lambda: compile("def f(:", "<s>", "exec"), lambda: eval("yield 1"), lambda: exec("return 5"),
 lambda: exec("break"), lambda: exec("def f():\n  nonlocal q"), lambda: exec("x = 1\nglobal x"), lambda: exec("f(**{'a':1}, a=2)", {"f": lambda **k: k}),
 lambda: exec("def g(a, a): pass"), lambda: exec("lambda: (yield)"), lambda: exec("a, *b, *c = 1, 2, 3"), lambda: exec("del f()"), lambda: exec("(a, b) += 1"),
 lambda: exec("print 'hello'"), lambda: exec("if True:\nprint(1)"), lambda: exec("  x = 1"), lambda: exec("x = 1 +* 2"), lambda: exec("f(x for x in y, 1)"),
 lambda: exec("'abc"), lambda: exec('"""abc'), lambda: exec("x = [1, 2"), lambda: exec("x = )"), lambda: exec("import"), lambda: exec("for x in : pass"),
 lambda: exec("True = 1"), lambda: exec("None += 1"), lambda: exec("f(a=1, a=2)"), lambda: exec("f(a=1, 2)"), lambda: exec("x = 5 if 3"), lambda: exec("class A(: pass"),
 lambda: exec("0x"), lambda: exec("1_"), lambda: exec("09"), lambda: exec("x := 5"), lambda: exec("a = 1 = 2"), lambda: exec("def f(x=1, y): pass"),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(i, "no error", type(r).__name__)
    except SyntaxError as e:
        print(i, type(e).__name__, e.msg, e.lineno, e.offset, repr(e.text))
    except Exception as e:
        print(i, type(e).__name__, e)
