import contextlib, io, sys, textwrap
from contextlib import contextmanager, suppress, ExitStack, redirect_stdout, redirect_stderr, closing, nullcontext
@contextmanager
def tag(name):
    print('<' + name + '>')
    try:
        yield name.upper()
    except ValueError as e:
        print('caught', e)
    finally:
        print('</' + name + '>')
with tag('a') as t: print(t)
with tag('b'): raise ValueError('inner')
try:
    with tag('c'): raise KeyError('k')
except KeyError as e: print('outer', repr(e))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
with suppress(ZeroDivisionError, KeyError): 1 / 0
print('after suppress')
with ExitStack() as st:
    for i in range(3):
        st.callback(print, 'cb', i)
    st.enter_context(tag('x'))
    print('body')
with ExitStack() as st:
    st.push(lambda *a: print('exit', a[0].__name__) or True)
    raise IndexError
buf = io.StringIO()
with redirect_stdout(buf): print('captured', 1, 2)
print(repr(buf.getvalue()))
eb = io.StringIO()
with redirect_stderr(eb): print('err', file=sys.stderr)
print(repr(eb.getvalue()))
class Res:
    def close(self): print('closed')
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
@contextmanager
def gen():
    yield
print(type(gen()).__name__)
with tag('d') as t, suppress(TypeError): None + 1
@contextlib.contextmanager
def reraise():
    try: yield
    except Exception: raise RuntimeError('wrapped')
try:
    with reraise(): 1/0
except RuntimeError as e: print(e, type(e.__context__).__name__)
class CM(contextlib.ContextDecorator):
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit'); return False
@CM()
def deco(): print('in deco')
deco()
cb = contextlib.AbstractContextManager; print(issubclass(CM, cb))
s = 'The quick brown fox jumps over the lazy dog. ' * 3
print(textwrap.wrap(s, 20)); print(textwrap.fill(s, width=30, initial_indent='> ', subsequent_indent='  '))
print(textwrap.shorten('Hello  world, this is long', width=15), textwrap.shorten('Hi', 10, placeholder='~'))
print(repr(textwrap.dedent('    a\n      b\n\n    c\n')), repr(textwrap.indent('a\n\nb\n', '+ ')), repr(textwrap.indent('a\nb', '-', lambda l: True)))
print(textwrap.wrap('supercalifragilisticexpialidocious word', 10), textwrap.wrap('a-b-c-d-e-f long-hyphenated-words', 8))
print(textwrap.wrap('x  y\tz', 5, expand_tabs=True, tabsize=4), textwrap.wrap('', 5), textwrap.wrap('abc def', 5, break_long_words=False, max_lines=1, placeholder='..') if False else '')
w = textwrap.TextWrapper(width=12, max_lines=2, placeholder=' [...]'); print(w.wrap(s))
print(textwrap.wrap('one two three', width=7, drop_whitespace=False), textwrap.fill('a. b', 10, fix_sentence_endings=True))
try: textwrap.wrap('abc', 0)
except ValueError as e: print(e)
try: textwrap.shorten('abc def ghi', 3)
except ValueError as e: print(e)
