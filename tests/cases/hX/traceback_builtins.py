import traceback, sys
def run(f):
    try:
        f()
    except Exception:
        traceback.print_exc(file=sys.stdout)
def gen():
    yield 1
    raise KeyError('in gen')
run(lambda: sorted(gen()))
run(lambda: list(map(lambda x: 1 / x, [1, 0])))
run(lambda: [v for v in gen()])
run(lambda: dict.fromkeys(gen()))
run(lambda: sum(x['k'] for x in [{}]))
run(lambda: max([1, 'a']))
class Bad:
    def __eq__(self, o): raise RuntimeError('eq fails')
    __hash__ = object.__hash__
    def __repr__(self): return 'Bad()'
run(lambda: [Bad()].index(1))
run(lambda: Bad() in [1])
run(lambda: {Bad(): 1}[Bad()])
class Iter:
    def __iter__(self): return self
    def __next__(self): raise ValueError('next fails')
run(lambda: list(Iter()))
run(lambda: [*Iter()])
def a():
    def b():
        def c():
            return {}['deep']
        return c()
    return b()
run(a)
class Prop:
    @property
    def p(self): return self.q
    @property
    def q(self): raise AttributeError('q inner')
run(lambda: Prop().p)
def rec(n):
    if n == 0: raise ValueError('bottom')
    return rec(n - 1)
run(lambda: rec(3))
run(lambda: exec('x = 1\ny = x / 0'))
run(lambda: eval('[1][2]'))
import functools
run(lambda: functools.reduce(lambda a, b: a / b, [1, 0]))
run(lambda: sorted([3, 1], key=lambda v: v.x))
