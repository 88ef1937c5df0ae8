import types
def mk():
    v = 'cell value'
    def inner(): return v
    return inner
f = mk()
g = types.FunctionType(f.__code__, {}, 'named', None, f.__closure__)
print(g(), g.__name__)
try: types.FunctionType(f.__code__, {})
except TypeError as e: print(e)
try: types.FunctionType(f.__code__, {}, None, None, (1,))
except TypeError as e: print(e)
def add(a, b=2): return a + b
h = types.FunctionType(add.__code__, {'x': 1}, None, (5,))
print(h(1), h.__name__, h.__defaults__, h.__globals__, h.__qualname__, h.__module__)
for bad in [(1, {}), (add.__code__, []), (add.__code__, {}, 5), (add.__code__, {}, None, [1]), (add.__code__, {}, None, None, 5), (add.__code__, {}, None, None, (1,)), (f.__code__, {}, None, None, (1, 2))]:
    try:
        types.FunctionType(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
def uses_global(): return x
ug = types.FunctionType(uses_global.__code__, {'x': 'from new globals'})
print(ug())
print(types.FunctionType(add.__code__, globals(), name='renamed').__name__)
