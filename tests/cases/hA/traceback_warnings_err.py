import traceback, sys, warnings
def bad(x):
    return {"a": 1}[x]
try:
    bad("b")
except KeyError:
    traceback.print_exc()
    s = traceback.format_exc()
    print(s.splitlines()[-1])
try:
    try:
        bad("c")
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end="")
    print(traceback.format_exception_only(type(e), e))
    tb = e.__traceback__
    fs = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in fs])
    traceback.print_exception(e, file=sys.stdout)
warnings.warn("plain warning")
warnings.warn("dep", DeprecationWarning)
warnings.warn("user dep", UserWarning, stacklevel=1)
def wf():
    warnings.warn("from function", RuntimeWarning, stacklevel=2)
wf()
for i in range(3):
    warnings.warn("repeated")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", FutureWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.filterwarnings("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
print(traceback.format_list(traceback.extract_stack()[-1:])[0].split(",")[1:])
sys.stderr.write("direct stderr\n")
print("to stderr", file=sys.stderr)
def deep(n):
    if n == 0:
        traceback.print_stack(limit=2)
        return
    deep(n - 1)
deep(3)
sys.exit("exit message")
