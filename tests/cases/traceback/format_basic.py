import traceback, sys
def f(n):
    if n == 0:
        raise ValueError("bad\nvalue")
    return f(n - 1)
def g():
    try:
        f(6)
    except ValueError as e:
        raise KeyError('k') from e
try:
    g()
except Exception as e:
    e.add_note("note1")
    r = traceback.format_exception(e)
    for c in r: print(repr(c))
    print(traceback.format_exception(e, limit=2))
    print(traceback.format_exception(e, limit=-1, chain=False))
    print(traceback.format_exception_only(e))
    tb = e.__traceback__
    print(traceback.extract_tb(tb))
    s = traceback.extract_tb(e.__cause__.__traceback__)
    print(s, s[0], list(s[0]), s[0].line, s[0].name, len(s[0]), s[0] == tuple(s[0]))
    print(s.format())
    print(traceback.format_tb(tb))
    print(repr(traceback.format_exc()))
def h():
    return traceback.extract_stack()
print(h())
print(traceback.format_stack())
try:
    1/0
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=0, file=sys.stdout)
traceback.print_exc(file=sys.stdout)
print(traceback.format_exception_only(None), traceback.format_exception(None))
te = traceback.TracebackException.from_exception(ValueError('x'))
print(list(te.format()), str(te), te.exc_type)
