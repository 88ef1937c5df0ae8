from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class P2:
    __match_args__ = ('a', 'b')
    def __init__(self, a, b): self.a, self.b = a, b
def m(v):
    match v:
        case 0 | 1 as small: return ('small', small)
        case -1: return 'neg one'
        case 1.5: return 'float'
        case 2+3j: return 'complex'
        case -2-1j: return 'negcomplex'
        case 'str' | b'bytes': return 'strbytes'
        case None: return 'None'
        case True: return 'True'
        case [] : return 'empty seq'
        case [x]: return ('one', x)
        case [1, *rest]: return ('starts 1', rest)
        case [x, y, *_, z] if x == z: return ('guard', x, y)
        case (a, b): return ('pair', a, b)
        case {'k': val, **others}: return ('map', val, others)
        case {}: return 'empty-map-pattern'
        case Point(x=0, y=yy): return ('point on y', yy)
        case Point(xx, yy): return ('point', xx, yy)
        case P2(1, b=q): return ('p2', q)
        case int(n) if n > 100: return ('big int', n)
        case str() as s: return ('other str', s)
        case float(f): return ('float cls', f)
        case _: return 'default'
for v in [0, 1, -1, 1.5, 2+3j, -2-1j, 'str', b'bytes', None, True, False, [], [7], [1, 2, 3], [5, 6, 7, 5], (5, 6), [5, 6, 7, 8], {'k': 1, 'z': 2}, {'j': 1}, Point(0, 4), Point(1, 2), P2(1, 2), P2(2, 2), 500, 50, 'zzz', 2.5, 'ab', range(2), b'xy', bytearray(b'a')]:
    print(repr(v) if not isinstance(v, P2) else 'P2', '->', m(v))
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def col(c):
    match c:
        case Color.RED: return 'red'
        case Color.GREEN: return 'green'
print(col(Color.RED), col(Color.GREEN), col(3))
def nested(v):
    match v:
        case {'a': [1, {'b': (x, y)}]}: return x + y
        case [[a, b], [c, d]]: return a * b * c * d
        case [(1 | 2) as first, *_]: return first
    return None
print(nested({'a': [1, {'b': (2, 3)}]}), nested([[1, 2], [3, 4]]), nested([2, 9]), nested('xy'))
class BadMA:
    __match_args__ = ('a',)
    a = 1
try:
    match BadMA():
        case BadMA(1, 2): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print('TypeError', e)
try:
    match 5:
        case len(): pass
except TypeError as e:
    print('TypeError', e)
x = 'unchanged'
match [1, 2]:
    case [x, 3]: pass
    case _: pass
print('x after failed match:', x)
match {'a': 1, 'b': 2}:
    case {'a': 1}: print('mapping extra keys ok')
from collections import defaultdict, OrderedDict
dd = defaultdict(int)
match dd:
    case {'missing': _}: print('bad')
    case _: print('defaultdict get does not create', dict(dd))
match 'abc':
    case [*_]: print('str is not sequence')
    case _: print('str not seq')
for src in ["match x:\n    case a | b: pass\n", "match x:\n    case [a, a]: pass\n", "match x:\n    case _ | 1: pass\n", "match x:\n    case {**r, 'a': 1}: pass\n", "match x:\n    case 1 + 2: pass\n", "match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "match x:\n    case {'a': 1, 'a': 2}: pass\n", "match x:\n    case [*a, *b]: pass\n", "match x:\n    case Point(x=1, x=2): pass\n", "match x:\n    case Point(x=1, 2): pass\n", "match x:\n    case f(): pass\n"]:
    try:
        compile(src, '<m>', 'exec')
        print('compiled')
    except SyntaxError as e:
        print('SyntaxError', e.msg, e.lineno, e.offset)
