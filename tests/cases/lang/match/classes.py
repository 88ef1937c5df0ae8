class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ('x', 'y', 'z')
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def where(p):
    match p:
        case Point3(0, 0, 0):
            return 'origin3'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis at {y}'
        case Point(x, 0):
            return f'on x axis at {x}'
        case Point(x, y=yy) if x == yy:
            return 'diagonal'
        case Point():
            return 'somewhere'
        case _:
            return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(0, 0, 0), 'x']:
    print(where(p))
match 5:
    case int(n):
        print('int', n)
match 'hi':
    case str() as s:
        print('str', s)
match [1, 2]:
    case list([a, b]):
        print('list', a, b)
match 2.5:
    case float(f) if f > 2:
        print('float', f)
match {'a': 1}:
    case dict(a=v) if False:
        pass
    case dict():
        print('dict')
match True:
    case bool(b):
        print('bool', b)
import collections
P = collections.namedtuple('P', 'a b')
match P(1, 2):
    case P(a, b):
        print('namedtuple', a, b)
class NoArgs:
    pass
def attempt(v):
    try:
        match v:
            case NoArgs(x):
                return 'matched'
    except TypeError as e:
        return str(e)
print(attempt(NoArgs()))
class BadArgs:
    __match_args__ = ['x']
try:
    match BadArgs():
        case BadArgs(x):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case int(a, b):
            pass
except TypeError as e:
    print(e)
not_a_class = 3
try:
    match 1:
        case not_a_class.real():
            pass
except TypeError as e:
    print(e)
