import types
def gen():
    print("running inside:", g.gi_running)
    yield g.gi_frame is not None
    yield 2

g = gen()
print(g.gi_running, g.gi_frame is not None, g.gi_suspended if hasattr(g, "gi_suspended") else None)
print(next(g))
print(g.gi_running)
print(g.gi_code.co_name, g.__name__, g.__qualname__)
print(g.gi_frame.f_code.co_name)
print(list(g))
print(g.gi_frame)
print(isinstance(g, types.GeneratorType))

def rec():
    next(g2)
    yield
g2 = rec()
try:
    next(g2)
except ValueError as e:
    print("ValueError:", e)

g.__name__ = "renamed"
print(g.__name__)
try:
    g.__name__ = 3
except TypeError as e:
    print(e)

class A:
    def meth(self):
        yield 1
print(A().meth().__qualname__)

def gen_locals():
    a = 1
    yield
    b = 2
    yield
g = gen_locals()
next(g)
print(sorted(g.gi_frame.f_locals))
next(g)
print(sorted(g.gi_frame.f_locals))
print(g.gi_frame.f_lineno)

