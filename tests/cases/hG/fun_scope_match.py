def f(a, b=2, *args, c, d=4, **kw) -> int:
    "doc"
    return a
print(f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames, f.__code__.co_name, f.__annotations__, f.__doc__, f.__name__, f.__qualname__, f.__module__)
f.attr = 5; print(f.attr, f.__dict__)
f.__defaults__ = (9,); print(f(1, c=1))
fs = [lambda i=i: i for i in range(3)]; print([g() for g in fs])
fs2 = [lambda: i for i in range(3)]; print([g() for g in fs2])
def kw(**kw): return list(kw.items())
print(kw(b=1, a=2, **{"c": 3}), kw(**dict(z=1), y=2))
try:
    kw(a=1, **{"a": 2})
except TypeError as e:
    print("TypeError", e)
def va(*a, sep="-"): return sep.join(map(str, a))
print(va(1, 2, sep="+"), va(*(x for x in range(3))), va(*range(2), *[7], sep=""))
print((n := 10), n, [y := 5, y ** 2], [w for x in range(5) if (w := x * 2) > 4])
def decorator_args(prefix):
    def deco(fn):
        def wrapped(*a):
            return prefix + str(fn(*a))
        wrapped.__name__ = fn.__name__
        return wrapped
    return deco
@decorator_args(">")
@decorator_args("<")
def val(x): return x
print(val(3), val.__name__)
def cls_deco(cls):
    cls.added = True
    return cls
@cls_deco
class CD: pass
print(CD.added)
calls = []
def side(x): calls.append(x); return x
print(side(1) < side(2) < side(0) < side(5), calls)
print(1 < 2 == 2 > 1, 1 == 1.0 == True, "a" < "b" > "a", not 1 == 2, (1 < 2) is True, 0 or [] or "x", 1 and 0 and 5, None or 0)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, not True + 1 if False else 0, 1 + 2 * 3 - 4 / 2, 7 // 2 * 2, -7 % 3, 1 << 2 + 1, 5 & 3 | 8 ^ 1, ~5 & 0xFF, 3 if 0 else 4 if 0 else 5)
def match_test(v):
    match v:
        case 0 | 1: return "small"
        case [x, y]: return f"pair {x},{y}"
        case [x, *rest]: return f"seq {x} {rest}"
        case {"k": val, **others}: return f"map {val} {others}"
        case str() as s if len(s) > 2: return "long str " + s
        case int(n) if n < 0: return "neg"
        case float(): return "float"
        case None: return "none"
        case _: return "other"
for v in [0, 1, (2, 3), [1, 2, 3], {"k": 1, "z": 2}, "abcd", "ab", -5, 2.5, None, 100]:
    print(match_test(v))
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
match Pt(1, 2):
    case Pt(1, y=yy): print("Pt matched", yy)
match Pt(0, 0):
    case Pt(x=0, y=0): print("origin")
class GlobalInClass:
    global gvar
    gvar = "set from class"
print(gvar)
x = "module"
class Scope:
    x = "class"
    y = [x for _ in range(1)]
    z = x
print(Scope.y, Scope.z)
def outer():
    v = "enclosing"
    class Inner:
        w = v
    return Inner.w
print(outer(), 5 is 5 if False else True, type(...), ... is Ellipsis, repr(NotImplemented))
