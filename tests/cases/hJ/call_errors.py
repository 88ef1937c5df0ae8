def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e

def g(a, /, b, *args, c, **kw):
    return a, b, args, c, kw

def h():
    pass

class K:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, x, y):
        return x
    @staticmethod
    def sm(x):
        return x

lam = lambda x, y=2: x + y

cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, d=1, z=3),
    lambda: f(1, 2, a=1, d=4),
    lambda: f(1, b=2, c=3),
    lambda: g(a=1, b=2, c=3),
    lambda: g(1, 2),
    lambda: g(),
    lambda: h(1),
    lambda: h(1, 2),
    lambda: h(x=1),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(1),
    lambda: K.sm(),
    lambda: K.sm(1, 2),
    lambda: lam(),
    lambda: lam(1, 2, 3),
    lambda: lam(1, z=2),
    lambda: K(1),
    lambda: object(1),
    lambda: f(*[1], **{'b': 2}),
    lambda: f(1, 2, **{'d': 1, 'e': 2, 'q': 3}),
    lambda: f(1, **{'a': 2}),
    lambda: f(1, 2, *5),
    lambda: f(1, 2, **5),
    lambda: f(1, 2, **{1: 2}),
    lambda: dict(**{'a': 1}, **{'a': 2}),
    lambda: f(1, 2, d=3, **{'d': 4}),
    lambda: (lambda *, k: k)(1),
    lambda: (lambda a, b, /: a)(1, b=2),
    lambda: (lambda a, b, /, c: a)(a=1, b=2, c=3),
    lambda: (lambda a, b, c, d: a)(1),
    lambda: (lambda a, b, c, d: a)(1, 2),
    lambda: (lambda *, a, b, c: a)(),
    lambda: (lambda *, a, b, c: a)(b=1),
    lambda: (lambda a, b=1, *, c: a)(1, 2, 3, 4, c=2),
    lambda: (lambda a=1: a)(1, 2, 3),
    lambda: (lambda: 0)(1, 2),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', r)
    except Exception as e:
        print(i, type(e).__name__, e)
        print('  ', repr(e), e.args)
