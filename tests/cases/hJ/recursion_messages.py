def t(label, f):
    try:
        f()
    except RecursionError as e:
        print(label, e)
class A:
    def __getitem__(self, i): return self[i]
    def __call__(self): return self()
    def __bool__(self): return bool(self)
    def __contains__(self, x): return x in self
    def __iter__(self): return iter(self)
    def __hash__(self): return hash(self)
    def __lt__(self, o): return self < o
    def __add__(self, o): return self + o
    def __neg__(self): return -self
    def __int__(self): return int(self)
    def __format__(self, s): return format(self, s)
    def __getattribute__(self, n): return self.x
a = A
t('getitem', lambda: A.__getitem__(A(), 0))
t('call', lambda: A.__call__(A()))
t('bool', lambda: A.__bool__(A()))
t('contains', lambda: A.__contains__(A(), 1))
t('iter', lambda: A.__iter__(A()))
t('hash', lambda: A.__hash__(A()))
t('lt', lambda: A.__lt__(A(), 1))
t('add', lambda: A.__add__(A(), 1))
t('neg', lambda: A.__neg__(A()))
t('int', lambda: A.__int__(A()))
t('format', lambda: A.__format__(A(), ''))
t('getattribute', lambda: A().y)
def f(): return f()
t('plain', f)
def g(x): return g(x) + 1
t('plus', lambda: g(1))
def h(n): return [h(n)]
t('list', lambda: h(1))
def k(n): return {n: k(n)}
t('dict', lambda: k(1))
def m(n): return sum(m(i) for i in range(1))
t('genexp', lambda: m(1))
def p(n): return max([p(n)])
t('max', lambda: p(1))
def q(n): return str(q(n))
t('str', lambda: q(1))
def r(n): return isinstance(r(n), int)
t('isinstance', lambda: r(1))
def s(n): return len([s(n)])
t('len', lambda: s(1))
def u(n): return print(u(n))
t('print', lambda: u(1))
def v(n): return (lambda: v(n))()
t('lambda', lambda: v(1))
def w(n): return [w(x) for x in [n]]
t('listcomp', lambda: w(1))
