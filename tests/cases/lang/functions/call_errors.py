def attempt(fn, *a, **k):
    try:
        fn(*a, **k)
    except TypeError as e:
        print(e)
def f(a, b=2, *, c): pass
def g(a, /, b): pass
def h(): pass
def k(*, x): pass
attempt(f)
attempt(f, 1)
attempt(f, 1, 2, 3, c=1)
attempt(f, 1, c=1, d=5)
attempt(f, 1, a=2, c=1)
attempt(g, a=1, b=2)
attempt(h, 1)
attempt(h, x=1)
attempt(k, 1)
attempt(k)
attempt(f, *1)
attempt(f, **1)
attempt(f, 1, **{'c': 1}, **{'c': 2})
def many(a, b, c): pass
attempt(many, 1)
attempt(many)
