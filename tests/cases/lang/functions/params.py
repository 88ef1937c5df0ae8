def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
print(f(*[1, 2], c=0, **{'d': 9, 'z': 1}))
def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4), pos(1, 2, c=3, d=4))
def only_pos(a, /):
    return a
print(only_pos(5))
def kwonly(*, a, b=1):
    return a, b
print(kwonly(a=0), kwonly(b=5, a=6))
def defaults(a, b=[], c={}):
    b.append(a)
    return b, c
print(defaults(1), defaults(2))
def star_only(*args):
    return args
print(star_only(), star_only(1, *[2, 3], *(), 4))
def kw_only(**kw):
    return sorted(kw.items())
print(kw_only(a=1, **{'b': 2}, c=3))
def mix(a, /, b, *, c):
    return locals()
print(mix(1, 2, c=3))
def posdef(a, b=1, /, c=2):
    return a, b, c
print(posdef(0), posdef(0, 5), posdef(0, 5, 6), posdef(0, c=7))
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, pos.__code__.co_posonlyargcount)
print(f.__defaults__, f.__kwdefaults__, pos.__defaults__)
print(f.__code__.co_varnames)
def same_name_kw(a, **kw):
    return a, kw
print(same_name_kw(1, b=2))
