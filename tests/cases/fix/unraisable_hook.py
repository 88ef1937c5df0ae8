# compare: stderr
import sys
print(sys.unraisablehook is sys.__unraisablehook__)
saved = []
def hook(a):
    print("HOOK", type(a).__name__, a.exc_type.__name__, a.exc_value, a.err_msg, type(a.object).__name__, a.exc_traceback is not None)
    print(len(a), a[3] == a.err_msg, a.exc_value is a[1])
    saved.append(a)
sys.unraisablehook = hook
class R:
    def __del__(self): raise ValueError("boom")
r = R(); del r
def g():
    try: yield 1
    finally: raise KeyError(3)
x = g(); next(x); del x
class Bad:
    def __call__(self, a): raise TypeError("hookfail")
    def __repr__(self): return "<Bad hook>"
sys.unraisablehook = Bad()
r = R(); del r
sys.unraisablehook = sys.__unraisablehook__
try:
    sys.__unraisablehook__(42)
except TypeError as e:
    print(type(e).__name__, e)
a = saved[0]
b = type(a)((a.exc_type, a.exc_value, None, "Custom message", None))
sys.__unraisablehook__(b)
c = type(a)((a.exc_type, a.exc_value, None, "Other", "an object"))
sys.__unraisablehook__(c)
print("end")
