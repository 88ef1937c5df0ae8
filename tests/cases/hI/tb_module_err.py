import traceback, sys, warnings
def a(): b()
def b(): raise ValueError("deep value")
try:
    a()
except ValueError:
    s = traceback.format_exc()
    print(s.replace(__file__, "FILE"))
    et, ev, tb = sys.exc_info()
    print([f.name for f in traceback.extract_tb(tb)], [f.lineno for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(et, ev))
    traceback.print_exc(file=sys.stdout)
def where():
    st = traceback.extract_stack()
    return [f.name for f in st]
def caller(): return where()
print(caller())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, type(f.f_lineno).__name__)
def fr():
    x = 5
    frame = sys._getframe()
    return frame.f_code.co_name, frame.f_back.f_code.co_name, frame.f_locals["x"]
print(fr())
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        raise ValueError("b") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print("".join(lines).replace(__file__, "FILE"))
warnings.warn("a user warning")
warnings.warn("dep", DeprecationWarning)
warnings.warn("rt", RuntimeWarning, stacklevel=1)
def wfunc():
    warnings.warn("from func", stacklevel=2)
wfunc()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("caught", UserWarning)
    print(len(w), str(w[0].message), w[0].category.__name__)
warnings.simplefilter("error")
try:
    warnings.warn("now error")
except UserWarning as e:
    print("UserWarning raised", e)
sys.stderr.write("direct stderr\n")
print("stdout line")
raise SystemExit("exit message")
