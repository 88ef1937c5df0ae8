import traceback
import sys

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

def boom(x):
    return 10 // x

try:
    boom(0)
except ZeroDivisionError as e:
    exc = e

tb = exc.__traceback__
lines = traceback.format_exception(exc)
print(len(lines), [l.splitlines()[0][:18] for l in lines])
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(type(exc), exc))
s = traceback.extract_tb(tb)
print(type(s).__name__, len(s), [(f.name, f.lineno, f.line) for f in s])
fs = s[-1]
print(fs.filename == __file__, fs[1], fs[2], fs[3], list(fs)[1:], fs == (fs.filename, fs.lineno, fs.name, fs.line))
print(traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)]))
print(traceback.format_list(s)[-1])
print(traceback.StackSummary.from_list([('a.py', 3, 'h', 'return 1')]).format())
f2 = traceback.FrameSummary('nofile.py', 7, 'func', line='  y = 2  ')
print(repr(f2), f2.line, f2.locals, len(f2))
print(traceback.FrameSummary('nofile.py', 7, 'func', lookup_line=False).line)
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type.__name__, str(te), len(te.stack), te.__cause__, te.__context__)
print(''.join(te.format()) == ''.join(lines))
print(list(te.format_exception_only()))
print([type(t).__name__ for t, _ in traceback.walk_tb(tb)][:0], [n for _, n in traceback.walk_tb(tb)])

class Weird(Exception):
    def __str__(self):
        raise RuntimeError("no str")
print(traceback.format_exception_only(Weird()))
print(traceback.format_exception_only(Weird))
print(traceback.format_exception_only(ValueError("")))
print(traceback.format_exception_only(KeyError("k")))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second\nnote")
print(traceback.format_exception_only(e))
print(traceback.format_exception(None))
print(traceback.format_exception_only(None))

check(lambda: traceback.format_exception(ValueError, ValueError()))
check(lambda: traceback.format_exception(5))
check(lambda: traceback.print_exception(exc, file=sys.stdout, limit=-1))

def inner():
    return traceback.extract_stack()
def outer():
    return inner()
st = outer()
print([(f.name, f.line) for f in st])
print(traceback.extract_stack(limit=1)[0].name)
print(traceback.format_stack(limit=1))
try:
    raise KeyError("x") from None
except KeyError as e:
    print(traceback.format_exc().splitlines()[-1])
    print(traceback.format_exception(e, chain=False)[-1])
print(repr(traceback.format_exc()))
