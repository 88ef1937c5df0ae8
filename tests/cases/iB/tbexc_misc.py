import traceback, sys
class E(Exception):
    pass
try:
    raise E("x")
except E as e:
    te = traceback.TracebackException.from_exception(e)
print(te == traceback.TracebackException.from_exception(e))
print(str(te), te.exc_type.__name__, te.__notes__, te.__cause__, te.__context__, te.__suppress_context__)
te2 = traceback.TracebackException(type(None), None, None)
print(list(te2.format()), list(te2.format_exception_only()))
print(traceback.format_exception_only(E, E("y")))
print(traceback.format_exception_only(E, None))
print(traceback.format_exception(E, E("z"), None))
try:
    traceback.format_exception(E, E("z"))
except ValueError as v:
    print("ValueError", v)
try:
    traceback.format_exception(5)
except TypeError as t:
    print("TypeError", t)
try:
    traceback.print_last()
except ValueError as v:
    print("ValueError", v)
sys.last_type, sys.last_value, sys.last_traceback = type(e), e, e.__traceback__
traceback.print_last(file=sys.stdout)
print(traceback.format_exc())
class Unprintable(Exception):
    def __str__(self):
        raise ValueError
print(traceback.format_exception_only(Unprintable()))
te3 = traceback.TracebackException.from_exception(Unprintable())
print(str(te3))
print(traceback.format_exception_only(SyntaxError("m", ("f.py", 1, 1, "x\n"))))
