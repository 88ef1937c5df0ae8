import traceback, sys, io
def lvl3(x):
    return {'a': 1}[x]
def lvl2(x):
    return lvl3(x) + 1
def lvl1(x):
    try:
        return lvl2(x)
    except KeyError as e:
        raise ValueError("wrapped " + str(x)) from e
try:
    lvl1('zz')
except ValueError as exc:
    err = exc
print(''.join(traceback.format_exception(err)).replace(__file__, 'F'))
print(''.join(traceback.format_exception(type(err), err, err.__traceback__, limit=1)).replace(__file__, 'F'))
print(''.join(traceback.format_exception(err, chain=False)).replace(__file__, 'F'))
print(traceback.format_exception_only(err))
print(traceback.format_exception_only(type(err), err))
print(traceback.format_exception_only(KeyError, None))
tb = err.__traceback__
entries = traceback.extract_tb(tb)
for fs in entries:
    print(fs.name, fs.lineno, fs.line, fs.filename == __file__)
print(len(entries), [tuple(e)[1:] for e in entries])
inner_tb = err.__cause__.__traceback__
print([(f.name, f.line) for f in traceback.extract_tb(inner_tb)])
print([(f.name, f.line) for f in traceback.extract_tb(inner_tb, limit=2)])
print(''.join(traceback.format_tb(inner_tb)).replace(__file__, 'F'))
print(''.join(traceback.format_list([('a.py', 1, 'fn', 'x = 1'), ('b.py', 2, 'g', None)])))
te = traceback.TracebackException.from_exception(err)
print(te.exc_type.__name__, str(te), te.__cause__.exc_type.__name__)
print(''.join(te.format_exception_only()))
print(len(list(te.format())) > 3)
buf = io.StringIO()
traceback.print_exception(err, file=buf, limit=-1)
print(buf.getvalue().replace(__file__, 'F'))
buf = io.StringIO()
try:
    1/0
except ZeroDivisionError:
    traceback.print_exc(file=buf, limit=0)
    print(repr(traceback.format_exc(limit=0)))
    print(sys.exc_info()[0].__name__, type(sys.exception()).__name__)
print(repr(buf.getvalue()))
print(traceback.format_exc())
def boom():
    raise OSError(2, "No such file or directory", "data.txt")
try:
    boom()
except OSError as e:
    print(traceback.format_exception_only(e)[-1], end='')
try:
    compile("x = (", "src.py", "exec")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    compile("def f():\n  x = 1\n    y = 2", "src.py", "exec")
except SyntaxError as e:
    print(''.join(traceback.format_exception_only(e)), end='')
class Bad(Exception):
    def __str__(self):
        raise RuntimeError("no str")
print(traceback.format_exception_only(Bad()))
e = ValueError("with note")
e.add_note("note 1")
e.add_note("multi\nline")
print(traceback.format_exception_only(e))
