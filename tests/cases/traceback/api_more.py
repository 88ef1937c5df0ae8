# More traceback API: summaries from tuples, FrameSummary protocol, limits,
# TracebackException attributes, exception-only formatting, no active exception.
import io
import sys
import traceback


def deep(n):
    if n == 0:
        raise ValueError('bottom')
    deep(n - 1)


try:
    deep(3)
except ValueError as e:
    err = e

te = traceback.TracebackException.from_exception(err)
print(type(te.stack).__name__, len(te.stack), te.exc_type.__name__, str(te))
print([fs.name for fs in te.stack], [fs.lineno for fs in te.stack])
print(len(traceback.extract_tb(err.__traceback__, limit=2)), [f.name for f in traceback.extract_tb(err.__traceback__, limit=-2)])
print(te == traceback.TracebackException.from_exception(err), te.__cause__, te.__context__)
fs = te.stack[0]
print(len(fs), fs[2], list(fs)[1] == fs.lineno, fs == tuple(fs), repr(fs).startswith('<FrameSummary file '))
print(fs.line, fs.filename == __file__)

summary = traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None)])
print(summary.format())
print(traceback.format_list([('c.py', 3, 'h', '  y = 2  ')]))
buf = io.StringIO()
traceback.print_list([('d.py', 4, 'k', 'z')], file=buf)
print(repr(buf.getvalue()))
rec = traceback.StackSummary.from_list([('r.py', 7, 'rec', 'rec()')] * 6)
print(rec.format())
print(traceback.format_exception_only(KeyError, KeyError('k')))
print(traceback.format_exception_only(ValueError('only value')))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
try:
    compile('x = (1,', 'snippet.py', 'exec')
except SyntaxError as e:
    print(traceback.format_exception_only(e))
    ste = traceback.TracebackException.from_exception(e)
    print(ste.filename, ste.lineno, ste.offset, ste.msg, repr(ste.text))

buf = io.StringIO()
traceback.print_exc(file=buf)
print(repr(buf.getvalue()), repr(traceback.format_exc()))
try:
    traceback.print_last()
except ValueError as e:
    print('ValueError', e)
try:
    traceback.print_exception(ValueError, err)
except ValueError as e:
    print('ValueError', e)
try:
    traceback.format_exception(5)
except TypeError as e:
    print('TypeError', e)


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no')


print(traceback.format_exception_only(BadStr()))
print([line for _, line in traceback.walk_tb(err.__traceback__)][:1] == [err.__traceback__.tb_lineno])
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('second') from None
except KeyError as e:
    text = ''.join(traceback.format_exception(e))
    print('During handling' in text, 'ZeroDivisionError' in text, text.splitlines()[-1])
e = ValueError('with notes')
e.add_note('note one')
e.add_note('note two')
print(traceback.format_exception_only(e))
