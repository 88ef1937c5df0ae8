class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1): return (x + self.n) * scale
a = Adder(3)
print(a(1), a(1, scale=2), callable(a), callable(Adder), callable(3), list(map(a, [1, 2])))
try:
    a()
except TypeError as e:
    print(e)
try:
    a(1, 2)
except TypeError as e:
    print(e)
class NC: pass
try:
    NC()()
except TypeError as e:
    print(e)
try:
    5()
except TypeError as e:
    print(e)
try:
    "s"()
except TypeError as e:
    print(e)
class Meta(type):
    def __call__(cls, *a): return ("meta", cls.__name__, a)
class W(metaclass=Meta): pass
print(W(1, 2))
o = NC(); o.__call__ = lambda: 1
try:
    o()
except TypeError as e:
    print(e)
class Chain:
    def __call__(self): return self
c = Chain(); print(c()()() is c)
