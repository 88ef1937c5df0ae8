# compare: stderr
import warnings, sys
print([f[0] for f in warnings.filters])
print([(f[0], f[2].__name__, f[3]) for f in warnings.filters])
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("dep in main", DeprecationWarning)
warnings.warn("bytes", BytesWarning)
warnings.warn("future", FutureWarning)
warnings.warn("unicode", UnicodeWarning)
warnings.warn("encoding", EncodingWarning)
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, lineno, line)
old = warnings.showwarning
warnings.showwarning = show
warnings.warn("through custom showwarning")
warnings.showwarning = old
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", category=UserWarning)
    warnings.filterwarnings("always", message="keep")
    warnings.warn("keep me")
    warnings.warn("drop me")
    print([str(x.message) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", lineno=35)
    warnings.filterwarnings("error", append=True)
    warnings.warn("line-specific")
    print(len(w), warnings.filters[0][0], warnings.filters[-1][0])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("x", category=Warning)
    warnings.warn(DeprecationWarning("inst"), UserWarning)
    print([(x.category.__name__, str(x.message)) for x in w])
    print(type(w[1].message).__name__)
try:
    warnings.simplefilter("bogus")
except Exception as e:
    print(type(e).__name__, e)
try:
    warnings.filterwarnings("ignore", category=5)
except Exception as e:
    print(type(e).__name__, e)
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught", repr(e))
    warnings.warn("not error", UserWarning)
print("registry" , "__warningregistry__" in globals())
m = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(m))
warnings.warn("final\nmultiline message")
