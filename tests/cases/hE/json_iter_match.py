import re, json, heapq, itertools, functools, dataclasses, enum, typing, collections
from dataclasses import dataclass, field
def chk(label, f):
    try:
        r = f(); print(label, repr(r))
    except Exception as e:
        print(label, '!', type(e).__name__, e)
chk('json sortmix', lambda: json.dumps({1: 2, 'a': 3}, sort_keys=True))
chk('json sortnone', lambda: json.dumps({None: 1, 'a': 2}, sort_keys=True))
chk('json nan key', lambda: json.dumps({float('nan'): 1, float('inf'): 2, 1.5: 3}))
chk('json big float', lambda: json.dumps([1e16, 1.5e300, 5e-324, 123456789.123456789, -0.0, 1/3]))
chk('json int subclass bool', lambda: json.dumps({True: False, False: None}))
chk('json tuple', lambda: json.dumps((1, (2, 3))))
chk('json dict subclass', lambda: json.dumps(collections.OrderedDict([('b', 1), ('a', 2)])))
chk('json counter', lambda: json.dumps(collections.Counter('aab')))
chk('json nt', lambda: json.dumps(collections.namedtuple('P', 'x y')(1, 2)))
chk('json enum', lambda: json.dumps([enum.IntEnum('E', 'A').A]))
chk('json strenum', lambda: json.dumps({enum.StrEnum('S', 'X').X: 1}))
chk('json float sub', lambda: json.dumps(type('FF', (float,), {'__repr__': lambda s: 'FF!'})(1.5)))
chk('json indent neg', lambda: json.dumps([1, [2]], indent=-1))
chk('json indent str', lambda: json.dumps({'a': [1]}, indent='..'))
chk('json sep', lambda: json.dumps({'a': [1, 2]}, indent=2, separators=(';', '=')))
chk('json loads ws', lambda: json.loads(' \t\n[ 1 , {"a" : [ ] } ]\r\n'))
chk('json loads bom', lambda: json.loads('\ufeff[1]'))
chk('json loads bytes bom', lambda: json.loads('\ufeff[1]'.encode('utf-8')))
chk('json loads utf16', lambda: json.loads('[1, "é"]'.encode('utf-16')))
chk('json loads ctrl', lambda: json.loads('"a\nb"'))
chk('json loads ctrl strict', lambda: json.loads('"a\nb"', strict=False))
chk('json loads deep', lambda: len(str(json.loads('[' * 500 + ']' * 500))))
chk('json loads bigexp', lambda: json.loads('[1e309, -1e309, 1.0e-400, 12345678901234567890]'))
chk('json loads neg0', lambda: json.loads('[-0, -0.0, 0e0]'))
chk('json loads dup', lambda: json.loads('{"a": 1, "a": 2}'))
chk('json loads esc', lambda: json.loads(r'"\/\b\f\n\r\t\"\\\u0041"'))
chk('json loads trailing', lambda: json.loads('{"a": 1} // c'))
chk('json loads infinity', lambda: json.loads('[Infinity, -Infinity, NaN]'))
chk('json loads True', lambda: json.loads('True'))
chk('heap uncomparable', lambda: heapq.heapify([(1, {}), (1, {})]))
chk('heap nlargest mixed', lambda: heapq.nlargest(2, [1, 'a', 2]))
chk('heapq merge keys', lambda: list(heapq.merge([(1, 'b')], [(1, 'a')])))
chk('sorted mixed', lambda: sorted([3, 'a', 1]))
chk('max empty', lambda: max([]))
chk('max empty default', lambda: max([], default=None))
chk('min key err', lambda: min([1, 2], key=len))
chk('groupby consumed', lambda: [(k, list(g)) for k, g in list(itertools.groupby('aabbc'))])
chk('product big', lambda: len(list(itertools.product(range(3), 'ab', repeat=2))))
chk('perm r>n', lambda: list(itertools.permutations([1, 2], 3)))
chk('comb r0', lambda: list(itertools.combinations([1, 2], 0)))
chk('cwr n0', lambda: list(itertools.combinations_with_replacement([], 2)))
chk('cwr r0', lambda: list(itertools.combinations_with_replacement([], 0)))
chk('accumulate types', lambda: list(itertools.accumulate([[1], [2], [3]])))
chk('zip strict', lambda: list(zip([1, 2], [1], strict=True)))
chk('zip strict2', lambda: list(zip([1], [1, 2], strict=True)))
chk('zip strict3', lambda: list(zip([1], [1], [1, 2, 3], strict=True)))
chk('map multi', lambda: list(map(pow, [2, 3], [3, 2, 1])))
chk('islice neg step', lambda: itertools.islice('abc', 0, 3, -1))
chk('islice None', lambda: list(itertools.islice('abcdef', None, None, 2)))
chk('islice float', lambda: itertools.islice('abc', 1.5))
chk('count float', lambda: list(itertools.islice(itertools.count(0.1, 0.1), 4)))
chk('count repr', lambda: (repr(itertools.count(0.1, 0.1)), repr(itertools.count(-1, -1)), repr(itertools.count(1, 1.0)), repr(itertools.count(2**70))))
chk('cycle empty', lambda: list(itertools.cycle([])))
chk('repeat neg', lambda: (list(itertools.repeat(1, -5)), repr(itertools.repeat(1, -5))))
chk('tee copy', lambda: [list(t) for t in itertools.tee(range(3), 0)])
chk('starmap str', lambda: list(itertools.starmap(lambda *a: a, ['ab', 'cd'])))
chk('pairwise gen', lambda: list(itertools.pairwise(x * x for x in range(4))))
chk('chain repr', lambda: type(itertools.chain()).__name__)
class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o):
        if not isinstance(o, Cmp): return NotImplemented
        return self.v > o.v
    def __eq__(self, o): return isinstance(o, Cmp) and self.v == o.v
Cmp = functools.total_ordering(Cmp)
chk('to le', lambda: (Cmp(1) <= Cmp(2), Cmp(2) < Cmp(1), Cmp(1) >= Cmp(1)))
chk('to le bad', lambda: Cmp(1) <= 5)
chk('to lt bad', lambda: Cmp(1) < 'x')
@dataclass
class Pt:
    x: int
    y: int = field(default=0, kw_only=True)
    z: int = 5
def where(p):
    match p:
        case Pt(0, y=0):
            return 'origin'
        case Pt(x, y=0) if x > 0:
            return f'pos x-axis {x}'
        case Pt(x=x, y=y):
            return f'else {x} {y}'
chk('match dc', lambda: (Pt.__match_args__, where(Pt(0)), where(Pt(3)), where(Pt(1, y=2)), Pt(1, 2)))
Color = enum.Enum('Color', 'RED GREEN')
def col(c):
    match c:
        case Color.RED: return 'r'
        case Color.GREEN: return 'g'
        case _: return '?'
chk('match enum', lambda: (col(Color.RED), col(Color.GREEN), col(1)))
NT = collections.namedtuple('NT', 'a b')
def nt(v):
    match v:
        case NT(1, b): return b
        case NT(a=a): return -a
        case {'k': [1, *rest]}: return rest
        case [NT(), *_]: return 'seq'
chk('match nt', lambda: (NT.__match_args__, nt(NT(1, 9)), nt(NT(2, 3)), nt({'k': [1, 2, 3], 'z': 0}), nt([NT(0, 0)])))
chk('match bad args', lambda: (lambda: [1 for _ in [0] if (lambda v: (lambda: None))(0)])())
class Tg:
    __match_args__ = ('a',)
    def __init__(self): self.a = 1
def mt(v):
    match v:
        case Tg(x, y): return x
chk('match too many', lambda: mt(Tg()))
