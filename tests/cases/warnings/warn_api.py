# The warnings API: filters, catch_warnings(record=True), errors, formatting hooks.
import warnings

print(warnings.filters)
print(warnings.__all__)

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn(RuntimeWarning("three"))
    print(len(w))
    for m in w:
        print(m.category.__name__, str(m.message), m.filename.endswith('warn_api.py'), m.lineno, m.line, m.file)
    print(str(w[0]).replace(w[0].filename, 'FILE'))
    print(type(w[0].message), w[0].message.args)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    check(lambda: warnings.warn("boom"))
    check(lambda: warnings.warn("boom", ResourceWarning))
    warnings.simplefilter("ignore", ResourceWarning)
    check(lambda: warnings.warn("quiet", ResourceWarning))
    print(warnings.filters[:2])
print(warnings.filters == [f for f in warnings.filters])
print(len(warnings.filters))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("ignored")
    print(len(w), warnings.filters[:2])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", lineno=1)
    warnings.warn("not line 1")
    print(len(w))

cw = warnings.catch_warnings()
print(repr(cw), repr(warnings.catch_warnings(record=True)))
check(lambda: cw.__exit__(None, None, None))
cw.__enter__()
check(lambda: cw.__enter__())
cw.__exit__(None, None, None)

check(lambda: warnings.warn("x", int))
check(lambda: warnings.warn("x", "notaclass"))
check(lambda: warnings.simplefilter("bogus"))
check(lambda: warnings.simplefilter("ignore", lineno=-1))
check(lambda: warnings.filterwarnings("ignore", message=5))
check(lambda: warnings.filterwarnings("ignore", category=5))
check(lambda: warnings.filterwarnings("ignore", category=int))
check(lambda: warnings.filterwarnings("ignore", module=5))

print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12)))
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, line="  src line  ")))
print(repr(warnings.formatwarning(ValueError("v"), DeprecationWarning, "nofile", 1, "")))

log = []
def hook(message, category, filename, lineno, file=None, line=None):
    log.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = hook
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.warn("hooked")
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
warnings.showwarning = old
print(log)

import io
buf = io.StringIO()
warnings.showwarning("to buffer", UserWarning, "some.py", 3, file=buf, line="x = 1")
print(repr(buf.getvalue()))

old_fmt = warnings.formatwarning
warnings.formatwarning = lambda m, c, f, l, line=None: "CUSTOM %s %s\n" % (c.__name__, m)
buf = io.StringIO()
warnings.showwarning("fmt", UserWarning, "some.py", 3, file=buf)
warnings.formatwarning = old_fmt
print(repr(buf.getvalue()))

reg = {}
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn_explicit("e", UserWarning, "mod.py", 7, module="mod", registry=reg)
    print(len(w), sorted(k for k in reg if k != 'version'))
    warnings.warn_explicit("e", UserWarning, "mod.py", 7, registry=None)
    print(len(w))

m = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(str(m), m.source, m._WARNING_DETAILS)

import random
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    r = random.Random(3)
    print(r.randrange(10.0), r.randrange(2.0, 5.0), r.randrange(0, 10.0, 2.0))
    check(lambda: r.randrange(1.5))
    check(lambda: r.randrange(1, 2.5))
    print([(x.category.__name__, str(x.message)) for x in w])
