# warnings.warn output on stderr: file:line: Category: message + source line, once per location.
import sys
import warnings

def old():
    warnings.warn("old() is deprecated", DeprecationWarning, stacklevel=2)

def f(x):
    warnings.warn("careful with %d" % x)
    return x

for i in range(3):
    f(1)          # same text, same location: printed once
f(2)              # different text: printed
warnings.warn("top level", RuntimeWarning)
warnings.warn("top level", RuntimeWarning)
old()             # DeprecationWarning attributed to __main__: shown by default
warnings.warn(UserWarning("an instance"))
class MyWarning(Warning):
    pass
warnings.warn("custom", MyWarning)
warnings.warn("pending", PendingDeprecationWarning)   # ignored by default
warnings.warn("deep", stacklevel=10)
sys.stderr.flush()
print("registry keys", sorted(k for k in __warningregistry__ if k != 'version'), file=sys.stdout)

warnings.simplefilter("always")
for i in range(2):
    f(1)
warnings.simplefilter("ignore", UserWarning)
f(3)
warnings.warn("still shown", RuntimeWarning)
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(3):
    warnings.warn("once only", SyntaxWarning)
warnings.simplefilter("module")
for i in range(3):
    warnings.warn("module level", BytesWarning)
print("done")
