def f(a, b, c=3):
    return a + b + c
print(f(*[1, 2]), f(**{"a": 1, "b": 2}))
print(f(1, *(2,), **{"c": 10}))
print(f(1, **{"a": 5, "b": 2}))
