import warnings, os, sys
name = "iB_tmp_warnmod"
with open(name + ".py", "w") as f:
    f.write("import warnings\n"
            "def old():\n"
            "    warnings.warn('old() is deprecated', DeprecationWarning)\n"
            "def old2():\n"
            "    warnings.warn('old2() is deprecated', DeprecationWarning, stacklevel=2)\n"
            "def pend():\n"
            "    warnings.warn('pending', PendingDeprecationWarning, stacklevel=2)\n"
            "def user():\n"
            "    warnings.warn('user warning in module')\n"
            "warnings.warn('at import time', UserWarning)\n")
sys.path.insert(0, "")
try:
    mod = __import__(name)
finally:
    os.remove(name + ".py")
mod.old()
mod.old2()
mod.pend()
mod.user()
mod.user()
warnings.filterwarnings("error", module=name)
try:
    mod.user()
except UserWarning as e:
    print("became error:", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", category=UserWarning, lineno=9)
mod.user()
warnings.filterwarnings("always", message="old")
mod.old()
mod.old()
print(len(warnings.filters), [f[0] for f in warnings.filters])
