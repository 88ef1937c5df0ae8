def m(v):
    match v:
        case {'type': 'point', 'x': x, 'y': y}:
            return f'point {x},{y}'
        case {'type': 'circle', **rest}:
            return f'circle {sorted(rest.items())}'
        case {'k': [a, *_]}:
            return f'k list {a}'
        case {}:
            return 'some mapping'
        case _:
            return 'not a mapping'
for v in [{'type': 'point', 'x': 1, 'y': 2, 'extra': 0}, {'type': 'circle', 'r': 3, 'c': 0},
          {'k': [9, 8]}, {'k': []}, {}, {'z': 1}, [], 'x']:
    print(m(v))
class K:
    A = 'a'
match {'a': 1}:
    case {K.A: val}:
        print('attr key', val)
match {1: 'one', True: 'dup'}:
    case {1: v}:
        print('int key', v)
from collections import OrderedDict, defaultdict
match OrderedDict(a=1):
    case {'a': 1}:
        print('OrderedDict ok')
match defaultdict(int):
    case {'missing': _}:
        print('no')
    case _:
        print('defaultdict does not create keys')
match {'a': 1, 'b': 2}:
    case {'a': 1, **rest}:
        print('rest', rest)
