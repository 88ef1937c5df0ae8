def f(a, b=1): return a, b
for call in (lambda: f(*5), lambda: f(**5), lambda: f(*None), lambda: f(**[1]), lambda: f(*[1, 2, 3]), lambda: print(*1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(f(*"x"), f(*{"k": 1}), f(**{"a": 0}), f(*iter([7])))
class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(f(**M()), dict(**M()), {**M()})
def gen():
    yield 1
    raise ValueError("inside")
try:
    f(*gen())
except ValueError as e:
    print(e)
try:
    f(1, **{"b": 2}, **{"b": 3})
except TypeError as e:
    print(e)
try:
    dict(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    "{}".format(*5)
except TypeError as e:
    print(e)
