import traceback, sys
def level3(x): return 1 / x
def level2(x): return level3(x) + 1
def level1(x):
    try:
        return level2(x)
    except ZeroDivisionError as e:
        raise ValueError("bad input") from e
try: level1(0)
except Exception: traceback.print_exc(file=sys.stdout)
try: level1(0)
except Exception as e:
    print(traceback.format_exc(limit=1))
    print("".join(traceback.format_exception(e)))
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    te = traceback.TracebackException.from_exception(e)
    print(list(te.format_exception_only()), te.exc_type.__name__, len(te.stack), te.__cause__ is not None)
    print("".join(te.format(chain=False)))
    traceback.print_exception(e, limit=-1, file=sys.stdout)
    print([ (f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
try:
    raise KeyError("x")
except KeyError as e:
    e.add_note("note one"); e.add_note("note two")
    traceback.print_exc(file=sys.stdout)
try:
    raise ExceptionGroup("group", [ValueError("v"), TypeError("t"), ExceptionGroup("inner", [KeyError("k")])])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    print(repr(eg), eg.exceptions[2].exceptions, eg.subgroup(lambda x: isinstance(x, KeyError)))
def f():
    traceback.print_stack(file=sys.stdout, limit=2)
    print(traceback.format_stack(limit=1)[0].strip().splitlines()[1])
    print([fs.name for fs in traceback.extract_stack()][-2:])
f()
try:
    try: {}["a"]
    except KeyError: raise RuntimeError("during")
except RuntimeError: traceback.print_exc(file=sys.stdout, chain=True)
class Custom(Exception):
    def __str__(self): return "custom str"
try: raise Custom()
except Custom: traceback.print_exc(file=sys.stdout)
try: raise SyntaxError("bad syntax", ("f.py", 3, 5, "x = = 1\n", 3, 6))
except SyntaxError: traceback.print_exc(file=sys.stdout)
print(repr(traceback.format_exc()) if sys.exc_info()[0] is None else "")
