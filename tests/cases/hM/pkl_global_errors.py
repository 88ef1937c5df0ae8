import pickle, sys
def outer():
    def inner(): pass
    return inner
class A: pass
B = A
class C: pass
C.__qualname__ = "Nope"
class D: pass
D.__module__ = "nosuchmod"
class E: pass
E.__qualname__ = "A.x"
def g(): pass
g2 = g
def h(): pass
h.__qualname__ = "g"
for o in [outer(), C, D, E, h, lambda: 0]:
    for p in (0, 2, 4):
        try: pickle.dumps(o, p)
        except Exception as e: print(p, type(e).__name__, str(e).replace(hex(id(o)), "ADDR"))
