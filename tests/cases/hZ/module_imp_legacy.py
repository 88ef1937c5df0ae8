import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    import imp
print([x.category.__name__ for x in w][:1])
import os, sys
sys.dont_write_bytecode = True
print(imp.get_suffixes()[-2:], imp.get_magic(), imp.get_tag(), imp.cache_from_source("a/b.py"), imp.source_from_cache("a/__pycache__/b.cpython-311.pyc"))
m = imp.new_module("zz"); print(m, imp.is_builtin("sys"), imp.is_frozen("nope_hz"), imp.lock_held(), imp.PY_SOURCE, imp.PKG_DIRECTORY)
try:
    imp.find_module("no_such_mod_hz")
except ImportError as e:
    print(repr(e), e.name)
fn = "hz_imp_mod.py"
with open(fn, "w") as f:
    f.write("VALUE = 41\ndef get():\n    return VALUE + 1\n")
try:
    f, path, desc = imp.find_module("hz_imp_mod", ["."])
    print(type(f).__name__, os.path.basename(path), desc)
    mod = imp.load_module("hz_imp_mod", f, path, desc); f.close()
    print(mod.get(), mod.__name__, sys.modules["hz_imp_mod"] is mod)
    with open(fn, "w") as f2:
        f2.write("VALUE = 99\ndef get():\n    return VALUE\n")
    mod2 = imp.reload(mod); print(mod2.get(), mod2 is mod)
    src = imp.load_source("hz_other_name", fn); print(src.VALUE, src.__name__)
finally:
    os.remove(fn)
