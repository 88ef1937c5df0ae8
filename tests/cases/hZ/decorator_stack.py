import functools
log = []
def tag(name):
    log.append("make " + name)
    def deco(fn):
        log.append("apply " + name)
        @functools.wraps(fn)
        def w(*a, **k):
            return f"<{name}>" + fn(*a, **k) + f"</{name}>"
        return w
    return deco
@tag("b")
@tag("i")
def text(s):
    "docstring"
    return s
print(log, text("hi"), text.__name__, text.__doc__, text.__wrapped__.__name__)
def count(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w
@count
def sq(x): return x * x
sq(2); sq(3); print(sq.calls)
class Cls:
    @staticmethod
    @count
    def s(): return 1
    @property
    @functools.lru_cache(None)
    def cached(self): return "c"
print(Cls.s(), Cls().cached)
@lambda f: f()
def immediate(): return "ran"
print(immediate)
def cls_deco(c):
    c.extra = True
    return c
@cls_deco
class D: pass
print(D.extra)
x = [lambda f: (lambda: "indexed " + f())]
@x[0]
def idx(): return "fn"
print(idx())
