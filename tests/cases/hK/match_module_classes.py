from dataclasses import dataclass, field
from enum import Enum, auto
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque
@dataclass
class Point:
    x: int
    y: int = 0
class Color(Enum):
    RED = auto()
    GREEN = auto()
P = namedtuple('P', 'a b')
def describe(o):
    match o:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'on y axis at {yy}'
        case Point(x, 0): return f'on x axis at {x}'
        case Color.RED: return 'red!'
        case Color(): return 'some color ' + o.name
        case P(a, b=2): return f'P with b=2, a={a}'
        case P(a=1): return 'P a=1'
        case {'k': v, **rest}: return f'mapping k={v} rest={rest}'
        case deque([first, *others]): return f'deque {first} {others}'
        case [1, *mid, 9]: return f'list-ish mid={mid}'
        case Counter(): return 'counter'
        case str() | bytes() as s: return f'text {s!r}'
        case _: return 'other ' + type(o).__name__
for o in [Point(0, 0), Point(0, 5), Point(3), Point(1, 1), Color.RED, Color.GREEN, P(7, 2), P(1, 3), P(2, 3), {'k': 1, 'z': 2}, OrderedDict(k=3), defaultdict(int, k=4), deque([1, 2, 3]), [1, 2, 3, 9], (1, 9), Counter('a'), 'hi', b'by', 3.5]:
    print(describe(o))
print(Point.__match_args__, P.__match_args__)
@dataclass
class NoMatch:
    a: int
    __match_args__ = ('a',)
match NoMatch(5):
    case NoMatch(v): print('v', v)
@dataclass(match_args=False)
class NM2:
    a: int
try:
    match NM2(1):
        case NM2(v): print(v)
except TypeError as e: print(e)
class Plain:
    def __init__(self): self.q = 1
match Plain():
    case Plain(q=1): print('plain q')
try:
    match Plain():
        case Plain(1): pass
except TypeError as e: print(e)
