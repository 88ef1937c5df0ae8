def outer():
    v = 1
    def inner(): return v
    return inner
import types
inn = outer()
f = lambda: 0
for args in [(1, {}), (f.__code__, 1), (f.__code__, {}, 5), (f.__code__, {}, 'n', 5), (f.__code__, {}, 'n', (1,), (1,)), (inn.__code__, {}), (inn.__code__, {}, None, None, ()), (inn.__code__, {}, None, None, (1,)), (inn.__code__, {}, None, None, [1])]:
    try: r = types.FunctionType(*args); print('ok', r.__name__, r.__defaults__, r.__closure__)
    except Exception as e: print(type(e).__name__, e)
g = types.FunctionType(inn.__code__, {}, 'nm', (1,), inn.__closure__); print(g(), g.__name__, g.__qualname__, g.__module__, g.__defaults__)
print(types.FunctionType(code=f.__code__, globals={'__name__': 'zz'}).__module__)
def add(a, b=10): return a + b + X
h = types.FunctionType(add.__code__, {"X": 100}, "add2", (5,))
print(h(1), h.__name__, h.__defaults__, add.__defaults__)
try:
    h2 = types.FunctionType(add.__code__, {})
    h2(1, 2)
except NameError as e:
    print(e)
try:
    types.FunctionType()
except TypeError as e:
    print(e)
print(type(f)(f.__code__, globals())())
