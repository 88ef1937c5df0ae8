import pickle, enum, dataclasses, collections, functools, datetime, decimal, copy, operator, types
class Perm(enum.Flag):
    R = 4; W = 2; X = 1
class IP(enum.IntFlag):
    A = 1; B = 2
@dataclasses.dataclass(frozen=True)
class FP:
    x: int
    y: tuple = ()
@dataclasses.dataclass(slots=True)
class SP:
    a: int
    b: list = dataclasses.field(default_factory=list)
@dataclasses.dataclass(slots=True, frozen=True)
class SFP:
    a: int
class NT(collections.namedtuple("NT", "a b")):
    def total(self): return self.a + self.b
class MyErr(Exception):
    def __init__(self, msg, code):
        super().__init__(msg); self.code = code
class PlainErr(ValueError): pass
def mul(a, b): return a * b
objs = [Perm.R | Perm.W, Perm(0), IP.A | IP.B, IP(8), FP(1, (2,)), SP(1, [2]), SFP(3), NT(1, 2), PlainErr("bad", 2), KeyError("k"),
        functools.partial(mul, 3), datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=2), "X")),
        decimal.Decimal("-0.00"), operator.itemgetter(1, 2), operator.attrgetter("a.b"), operator.methodcaller("split", ","), types.SimpleNamespace(a=1),
        collections.OrderedDict([("b", 1), ("a", 2)]), range(0, 10, 3), slice(None), frozenset(), b"", bytearray(), 1 - 1j, float("-inf"), 10 ** 100, True]
for proto in (0, 2, 4, 5):
    out = []
    for o in objs:
        try:
            r = pickle.loads(pickle.dumps(o, proto))
            if isinstance(o, BaseException):
                out.append((type(r).__name__, r.args))
            elif isinstance(o, (operator.itemgetter, operator.attrgetter, operator.methodcaller, functools.partial)):
                out.append(repr(r).split(" at 0x")[0])
            else:
                out.append(r == o and type(r) is type(o) or repr(r))
        except Exception as e:
            out.append((type(e).__name__, str(e)))
    print(proto, out)
e = pickle.loads(pickle.dumps(MyErr("m", 7)))
print(type(e).__name__, e.args, getattr(e, "code", None)) if False else None
try: print(pickle.loads(pickle.dumps(MyErr("m", 7))))
except Exception as ex: print(type(ex).__name__, ex)
print(pickle.loads(pickle.dumps(NT(1, 2))).total(), pickle.loads(pickle.dumps(SP(1))).b, copy.copy(SFP(1)), copy.deepcopy(SP(1, [[1]])))
print(SP.__getstate__(SP(1, [2])) if hasattr(SP, "__getstate__") else None)
dd = collections.defaultdict(lambda: 0)
try: pickle.dumps(dd)
except Exception as ex: print(type(ex).__name__, str(ex).split(" at 0x")[0])
print(pickle.loads(pickle.dumps(collections.defaultdict(list, {"a": [1]}))))
c = collections.Counter(a=2, b=-1); print(pickle.loads(pickle.dumps(c)), copy.deepcopy(c))
dq = collections.deque([1, 2], maxlen=3); r = pickle.loads(pickle.dumps(dq)); print(r, r.maxlen)
cm = collections.ChainMap({"a": 1}, {"b": 2}); print(pickle.loads(pickle.dumps(cm)))
print(pickle.loads(pickle.dumps(Perm)), pickle.loads(pickle.dumps(Perm.R, 0)), pickle.dumps(Perm.R, 0))
