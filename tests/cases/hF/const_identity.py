# Equal constants are one object across a module's code objects, as in CPython
# (identity of computed ints is not compared: wasipy's small ints are unboxed).
import warnings
warnings.simplefilter("ignore", SyntaxWarning)
def f(): return (1, 2)
def g(): return (1, 2)
print(f() is g(), f() is f(), f() is (1, 2))
a = ("x", (1, 2.0), None); b = ("x", (1, 2.0), None); print(a is b, a[1] is f(), a[1] is b[1])
c = (1, 2.0); d = (1, 2); print(c is d, c == d)
e = (0.0,); h = (-0.0,); print(e is h, e == h)
i = (1,); j = (True,); print(i is j, i == j)
k = ("a", "b"); m = ("a" "b",); print(k is m)
s = "same"
def q(): return "same"
print(s is q())
s1 = "hello world"; s2 = "hello world"; print(s1 is s2)
def r(): return "hello world"
print(r() is s1)
t1 = (1, 2); t2 = (1, 2); print(t1 is t2)
class K:
    x = (1, 2)
    def m(self): return (1, 2)
print(K.x is K().m(), K.x is t1)
nested = ((1, 2), (1, 2)); print(nested[0] is nested[1], nested[0] is t1)
print(f.__code__.co_consts, g.__code__.co_consts)
print(b"ab" is b"ab", 1.5 == 1.5)
