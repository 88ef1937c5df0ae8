log = []
def d(name):
    log.append('eval ' + name)
    def wrap(fn):
        log.append('apply ' + name + ' to ' + getattr(fn, '__name__', type(fn).__name__))
        return fn
    return wrap
@d('a')
@d('b')
@d('c')
def f(): pass
print(log); log.clear()
@d('cls1')
@d('cls2')
class K: pass
print(log); log.clear()
class Holder:
    funcs = [lambda f: (log.append('list deco'), f)[1]]
    @funcs[0]
    def m(self): pass
    @(lambda f: f)
    def n(self): pass
    @property
    def p(self): return 'prop'
    @p.setter
    def p(self, v): log.append(('set', v))
h = Holder(); h.p = 5
print(h.p, log); log.clear()
import functools
def counted(fn):
    @functools.wraps(fn)
    def w(*a, **k):
        w.calls += 1
        return fn(*a, **k)
    w.calls = 0
    return w
@counted
def add(a, b):
    "add doc"
    return a + b
add(1, 2); add(3, 4)
print(add.calls, add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
def repl(fn): return 42
@repl
def gone(): pass
print(gone)
class Meth:
    @staticmethod
    @counted
    def s(x): return x
    @classmethod
    def c(cls): return cls.__name__
    @classmethod
    @property
    def cp(cls): return 'classprop ' + cls.__name__
print(Meth.s(3), Meth().c(), Meth.cp)
x = 0
@d('walrus') if (x := 1) else None
def q(): pass
print(x, log)
print(f.__qualname__, Holder.m.__qualname__, Holder.p.fget.__qualname__)
def outer():
    def inner(): pass
    class L:
        def m(self): pass
    return inner, L
i, L = outer()
print(i.__qualname__, L.__qualname__, L.m.__qualname__, (lambda: 0).__qualname__)
