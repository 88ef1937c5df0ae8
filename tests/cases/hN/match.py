def m(v):
    match v:
        case 0 | 1 | 2 if v > 0: return 'small'
        case 0: return 'zero'
        case -1.5: return 'negf'
        case 1+2j: return 'complex'
        case -3-4j: return 'negcomplex'
        case 'a' 'b': return 'ab'
        case b'x': return 'bytes'
        case None: return 'none'
        case True: return 'true'
        case [1, *rest]: return f'list1 {rest}'
        case (a, b, c): return f'three {a} {b} {c}'
        case {'k': x, **kw}: return f'dict {x} {kw}'
        case {1: _}: return 'intkey'
        case str() as s if len(s) > 3: return 'longstr ' + s
        case int(n) | float(n): return f'num {n}'
        case [[_, _], *_]: return 'nested'
        case {'a': [1, {'b': y}]}: return f'deep {y}'
        case _: return 'other'
print([m(v) for v in [0, 1, 2, -1.5, 1+2j, -3-4j, 'ab', b'x', None, True, [1, 2, 3], (4, 5, 6), {'k': 1, 'z': 2}, {1: 0}, 'hello', 7, 3.5, [[1, 2]], {'a': [1, {'b': 9}]}, 'no', [1], (1,), False]])
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
def pm(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'yaxis {yy}'
        case Point(xx, 0): return f'xaxis {xx}'
        case Point(x, y) if x == y: return 'diag'
        case Point(): return 'point'
print([pm(p) for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), 5]])
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    match 5:
        case 5.__class__(): print('int')
except Exception as e:
    print(type(e).__name__, e)
for src in ["match x:\n case a | b: pass", "match x:\n case _: pass\n case 1: pass", "match x:\n case a:\n  pass\n case 2: pass", "match x:\n case [a, a]: pass",
            "match x:\n case {**r, 'a': 1}: pass", "match x:\n case 1 + 1: pass", "match x:\n case f(): pass", "match x:\n case Point(x=1, 2): pass", "match x:\n case {'a': 1, 'a': 2}: pass",
            "match x:\n case a if: pass", "match x:\n case *a: pass", "match x:\n case [*a, *b]: pass", "match = 5\nprint(match)", "case = 3", "match x:\ncase 1: pass"]:
    try:
        compile(src, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(repr(e.msg), e.lineno, e.offset)
match = 5; case = 6; _ = 7; print(match, case, _)
match (1, 2):
    case (1, x) if x > 5: print('no')
    case (1, x): print('x=', x)
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}: print(rest)
match [1, 2, 3, 4]:
    case [first, *middle, last]: print(first, middle, last)
match 'abc':
    case [*_]: print('seq?')
    case str(): print('str not seq')
import collections
match collections.OrderedDict(a=1):
    case {'a': v}: print('mapping', v)
match 3.0:
    case 3: print('3 matches 3.0')
match -0.0:
    case 0: print('zero matches -0.0')
