import warnings
def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x
def legacy():
    warnings.warn("legacy called")
    warnings.warn(UserWarning("instance warning"))
    warnings.warn("future thing", FutureWarning)
    warnings.warn("runtime", RuntimeWarning, stacklevel=1)
legacy()
legacy()
old_api(1)
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("loop warning")
old_api(2)
warnings.warn_explicit("explicit", SyntaxWarning, "fake.py", 42)
warnings.warn_explicit("explicit2", UserWarning, "fake.py", 7, module="fakemod")
class MyWarning(Warning):
    pass
warnings.warn("custom", MyWarning)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3))
print(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  line text  ")))
with warnings.catch_warnings(record=True) as w:
    warnings.warn("captured", UserWarning)
    warnings.warn("captured2", DeprecationWarning)
    print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], w[0].lineno)
    print(str(w[0]).startswith("{message : UserWarning('captured')"))
warnings.filterwarnings("error", category=MyWarning)
try:
    warnings.warn("as error", MyWarning)
except MyWarning as e:
    print("raised", repr(e))
warnings.filterwarnings("ignore", message="ign")
warnings.warn("ignored message")
warnings.warn("not ignored")
try:
    warnings.warn("x", 5)
except TypeError as e:
    print(e)
try:
    warnings.simplefilter("bogus")
except Exception as e:
    print(type(e).__name__, e)
def deep():
    warnings.warn("from deep", stacklevel=3)
def mid():
    deep()
mid()
warnings.warn("big stacklevel", stacklevel=10)
warnings.warn("final", MyWarning)
