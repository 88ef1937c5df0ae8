def trace(fn):
    def wrapper(*a, **k):
        print('call', fn.__name__, a, k)
        return fn(*a, **k)
    wrapper.__name__ = fn.__name__
    return wrapper
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@trace
@tag('t1')
def add(a, b):
    return a + b
print(add(1, b=2), add.__name__)
order = []
def d1(f):
    order.append('d1')
    return f
def d2(f):
    order.append('d2')
    return f
def make(n):
    order.append('make' + n)
    return d1
@make('A')
@d2
def g(): pass
print(order)
@(lambda f: f.__name__.upper())
def named(): pass
print(named)
class K:
    @staticmethod
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 'p'
print(K.s(), K.c(), K().p)
@tag('cls')
class Tagged: pass
print(Tagged.tag)
decos = [trace]
@decos[0]
def idx(): return 'idx'
print(idx())
