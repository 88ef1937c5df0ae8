import sys, functools
sys.setrecursionlimit(150)
def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, "->", e)
@functools.lru_cache(maxsize=None)
def fib(n):
    return fib(n + 1)
attempt("lru_cache", lambda: fib(0))
@functools.cache
def c2(n):
    return c2(n + 1)
attempt("cache", lambda: c2(0))
def via_map(n):
    return list(map(via_map, [n + 1]))
attempt("map", lambda: via_map(0))
def via_sorted(n):
    return sorted([n], key=lambda k: via_sorted(k + 1))
attempt("sorted", lambda: via_sorted(0))
def via_max(n):
    return max(via_max(n + 1) for _ in [1])
attempt("max gen", lambda: via_max(0))
class Callable:
    def __call__(self, n):
        return self(n + 1)
attempt("__call__", lambda: Callable()(0))
class GA:
    def __getattribute__(self, name):
        return self.x
attempt("__getattribute__", lambda: GA().y)
class SA:
    def __setattr__(self, name, v):
        self.x = v
attempt("__setattr__", lambda: setattr(SA(), "y", 1))
class L:
    def __len__(self):
        return len(self)
attempt("__len__", lambda: len(L()))
class It:
    def __iter__(self):
        return iter(self)
attempt("__iter__", lambda: iter(It()))
class H:
    def __hash__(self):
        return hash(self)
attempt("__hash__", lambda: hash(H()))
class B:
    def __bool__(self):
        return bool(self)
attempt("__bool__", lambda: bool(B()))
class Add:
    def __add__(self, o):
        return self + o
attempt("__add__", lambda: Add() + 1)
class GI:
    def __getitem__(self, k):
        return self[k]
attempt("__getitem__", lambda: GI()[0])
class F:
    def __format__(self, spec):
        return format(self, spec)
attempt("__format__", lambda: format(F(), ""))
def via_eval(n):
    return eval("via_eval(n + 1)")
attempt("eval", lambda: via_eval(0))
class Init:
    def __init__(self, n):
        super().__init__()
        Init(n + 1)
attempt("init super", lambda: Init(0))
def deco(f):
    def w(*a):
        return f(*a)
    return w
@deco
def dd(n):
    return dd(n + 1)
attempt("decorated", lambda: dd(0))
attempt("str.join", lambda: (lambda f: f(f))(lambda f: "".join(f(f))))
def via_filter(n):
    return list(filter(lambda x: via_filter(x + 1), [n]))
attempt("filter", lambda: via_filter(0))
def via_reduce(n):
    return functools.reduce(lambda a, b: via_reduce(a + b), [n, 1])
attempt("reduce", lambda: via_reduce(0))
class Meta(type):
    def __call__(cls, *a):
        return cls()
class MM(metaclass=Meta):
    pass
attempt("metaclass call", lambda: MM())
class Prop:
    @property
    def p(self):
        return self.q
    @property
    def q(self):
        return self.p
attempt("property pair", lambda: Prop().p)
