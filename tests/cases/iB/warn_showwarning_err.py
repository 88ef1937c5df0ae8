import warnings, sys
def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", category.__name__, message, lineno, file=sys.stderr)
warnings.showwarning = show
warnings.warn("custom show")
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "x = 1"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "file.py", 10, None), end="")
