# compare: stderr
import warnings, sys

def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2

def f():
    warnings.warn("plain user warning")
    warnings.warn("runtime!", RuntimeWarning)
    warnings.warn(UserWarning("instance warning"))

f()
f()  # same location: shown once by default filter
print(old_api(3))
warnings.simplefilter("always")
f()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn("second", SyntaxWarning)
    old_api(1)
    print(len(w))
    for r in w:
        print(r.category.__name__, str(r.message), r.lineno, r.filename == __file__)
    print(str(w[0]).replace(__file__, "FILE"))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    try:
        warnings.warn("dep", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    warnings.warn("silent")
    print("nothing shown")
with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.warn("good one")
    try:
        warnings.warn("bad one")
    except UserWarning as e:
        print("filtered error:", e)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 10), end="")
class MyWarning(Warning):
    pass
warnings.warn("custom", MyWarning)
warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception))
print([c.__name__ for c in BytesWarning.__mro__])
