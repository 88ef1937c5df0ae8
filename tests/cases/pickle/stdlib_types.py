import pickle
import collections
import enum
import dataclasses
import fractions
import decimal
import datetime


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Flags(enum.IntFlag):
    A = 1
    B = 2


@dataclasses.dataclass
class DC:
    x: int
    y: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class Frozen:
    a: int


Pt = collections.namedtuple('Pt', 'x y')

values = [Color.RED, Flags.A | Flags.B, DC(1, [2]), Frozen(3), Pt(1, 2),
          collections.OrderedDict([('a', 1), ('b', 2)]), collections.defaultdict(list, {'k': [1]}),
          collections.deque([1, 2], maxlen=5), collections.Counter('abca'),
          fractions.Fraction(3, 4), decimal.Decimal('1.25'), datetime.date(2024, 2, 29),
          datetime.datetime(2024, 1, 2, 3, 4, 5, 6), datetime.timedelta(days=1, seconds=2),
          datetime.time(1, 2, 3)]
for proto in range(6):
    for v in values:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, 'dumps', type(e).__name__, e)
            continue
        try:
            back = pickle.loads(data)
        except Exception as e:
            print(proto, type(v).__name__, 'loads', type(e).__name__, e)
            continue
        same = back == v
        if isinstance(v, collections.defaultdict):
            same = same and back.default_factory is list
        if isinstance(v, collections.deque):
            same = same and back.maxlen == v.maxlen
        print(proto, type(v).__name__, same, type(back).__name__,
              # datetime's own reduction differs (see the report); only its round trip is compared
              len(data) > 0 if type(v).__module__ == 'datetime' else data)
