class A:
    x = 1
    @property
    def bad(self): raise ValueError("prop fails")
a = A()
print(getattr(a, "x"), getattr(a, "y", None), getattr(A, "x", 0), getattr(a, "__class__").__name__)
try:
    getattr(a, "y")
except AttributeError as e:
    print(e)
try:
    getattr(a, "bad", "dflt")
except ValueError as e:
    print("ValueError", e)
try:
    getattr(a)
except TypeError as e:
    print(e)
try:
    getattr(a, None, 1)
except TypeError as e:
    print(e)
try:
    getattr(5, "nope")
except AttributeError as e:
    print(e)
try:
    A.nope
except AttributeError as e:
    print(e)
import math
try:
    math.nope
except AttributeError as e:
    print(e)
setattr(a, "new", 5); print(a.new, vars(a))
delattr(a, "new"); print(vars(a))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(e)
try:
    delattr(a, "missing")
except AttributeError as e:
    print(e)
print(getattr(a, "x", None) is getattr(A, "x"))
