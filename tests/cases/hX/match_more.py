import collections, array, collections.abc
def m(v):
    match v:
        case [a, b]: return ('seq2', a, b)
        case {'x': x}: return ('map', x)
        case bool(b): return ('bool', b)
        case int(i): return ('int', i)
        case bytearray(b): return ('ba', b)
        case dict(d): return ('dict', d)
        case tuple(t): return ('tuple', t)
        case _: return 'other'
for v in [collections.deque([1, 2]), array.array('i', [3, 4]), memoryview(b'ab'), range(2), True, 5, bytearray(b'z'), {'y': 1}, collections.OrderedDict(x=3), (1,), (1, 2), 'ab', b'ab', collections.Counter('ab'), collections.ChainMap({'x': 9})]:
    print(type(v).__name__, m(v))
class MySeq(collections.abc.Sequence):
    def __getitem__(self, i): return [7, 8][i]
    def __len__(self): return 2
print(m(MySeq()))
class Reg:
    def __len__(self): return 2
    def __getitem__(self, i): return 'r'
collections.abc.Sequence.register(Reg)
print(m(Reg()))
class MyMap(collections.abc.Mapping):
    def __getitem__(self, k):
        print('getitem', k)
        if k == 'x': return 'X'
        raise KeyError(k)
    def __len__(self): return 1
    def __iter__(self): return iter(['x'])
print(m(MyMap()))
log = []
def g(tag, v):
    log.append(tag); return v
match [1, 2, 3]:
    case [x, y] if g('guard1', True): pass
    case [x, *y] if g('guard2', False): pass
    case [x, *y, z] if g('guard3', True): print('matched', x, y, z, log)
class P:
    __match_args__ = ('a', 'b')
    def __init__(self): self.a = 1
match P():
    case P(a, b): print('no')
    case P(a): print('a only', a)
class Q:
    __match_args__ = 'ab'
try:
    match Q():
        case Q(x): pass
except TypeError as e: print(e)
class R:
    __match_args__ = (1,)
try:
    match R():
        case R(x): pass
except TypeError as e: print(e)
try:
    match 1:
        case int(x, y): pass
except TypeError as e: print(e)
try:
    match P():
        case P(x, a=1): pass
except TypeError as e: print(e)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}: print('rest', rest)
match 42:
    case (1 | 2 | 42) as n: print('or-as', n)
match (1, [2, (3, 4)]):
    case (_, [_, (_, four)]): print('deep', four)
x = 3
match 3:
    case x if x > 2: print('capture always', x)
import math
match 3.141592653589793:
    case math.pi: print('dotted value')
match -0.0:
    case 0: print('neg zero matches 0')
match float('nan'):
    case _ if True: print('nan default')
match 1:
    case True: print('bad')
    case 1.0: print('1 matches 1.0')
match True:
    case 1: print('True matches 1')
match 0:
    case False: print('0 matches False?')
    case _: print('0 does not match False (identity)')
match []:
    case (): print('empty list matches ()')
match 'x':
    case 'x' | 'y': print('str or')
match b'ab':
    case [97, 98]: print('bytes as seq')
    case _: print('bytes not seq')
match {1: 'a'}:
    case {1: 'a', 1.0: _}: print('dup keys?')
    case _: print('x')
