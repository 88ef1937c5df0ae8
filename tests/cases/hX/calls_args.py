def f(a, b=2, /, c=3, *args, d, e=5, **kw): return (a, b, c, args, d, e, kw)
print(f(1, d=4), f(1, 2, 3, 4, 5, d=6, z=7), f(*[1, 2], **{'d': 1, 'c': 9}))
def g(x, y): return (x, y)
cases = [
    lambda: g(1), lambda: g(), lambda: g(1, 2, 3), lambda: g(1, x=2), lambda: g(1, 2, z=3),
    lambda: g(1, y=2, **{'y': 3}), lambda: g(*1), lambda: g(**1), lambda: g(**{1: 2}),
    lambda: f(1), lambda: f(1, b=2, d=3), lambda: f(d=1), lambda: f(1, 2, 3, d=4, e=5, c=6),
    lambda: (lambda: 0)(1), lambda: (lambda *, k: 0)(1), lambda: (lambda *, k: 0)(), lambda: (lambda a, *, k, m: 0)(1),
    lambda: (lambda a, b, c: 0)(1), lambda: (lambda a, b=1: 0)(1, 2, 3), lambda: (lambda a, /, b: 0)(a=1, b=2),
    lambda: len(), lambda: len(1, 2), lambda: len(x=1), lambda: int(1, 2, 3), lambda: print(foo=1),
    lambda: dict.get(), lambda: [].append(), lambda: [].append(1, 2), lambda: 'a'.split(1),
    lambda: g(*[1], *[2], 3), lambda: g(**{'x': 1}, **{'x': 2}), lambda: sorted([], 1), lambda: max(), lambda: min(1),
    lambda: divmod(1), lambda: isinstance(1), lambda: getattr(1), lambda: range(), lambda: range(1, 2, 3, 4),
    lambda: (lambda a, b, c, d: 0)(1, 2), lambda: (lambda *, a, b: 0)(), lambda: object(1), lambda: object.__init__(1, 2),
]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)
class C:
    def m(self, a): return a
    @classmethod
    def cm(cls, a): return a
    @staticmethod
    def sm(a): return a
for c in [lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.cm(), lambda: C.sm(), lambda: C().m(b=1), lambda: C(1)]:
    try:
        print(c())
    except TypeError as e:
        print('TypeError', e)
class Init:
    def __init__(self, a): pass
for c in [lambda: Init(), lambda: Init(1, 2), lambda: Init(b=2)]:
    try:
        c()
    except TypeError as e:
        print('TypeError', e)
class M:
    def keys(self): return ['a', 'b']
    def __getitem__(self, k): return k.upper()
print(g(**M()))
def kw(**k): return k
print(kw(**{'a': 1}, b=2, **{'c': 3}), kw(**M()))
def star(*a): return a
print(star(*'ab', *range(2), *(x for x in [9])))
try:
    star(*None)
except TypeError as e:
    print('TypeError', e)
try:
    kw(**None)
except TypeError as e:
    print('TypeError', e)
try:
    kw(**[1])
except TypeError as e:
    print('TypeError', e)
try:
    kw(a=1, **{'a': 2})
except TypeError as e:
    print('TypeError', e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print('TypeError', e)
try:
    1()
except TypeError as e:
    print('TypeError', e)
try:
    None()
except TypeError as e:
    print('TypeError', e)
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
def defaults_eval(x=[]):
    x.append(1); return x
print(defaults_eval(), defaults_eval())
