import contextlib
import io
import sys

def check(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, e)

print(contextlib.__all__)

@contextlib.contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)

with tag('a') as t:
    print('inside', t)

@contextlib.contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print('swallowed', e)

with swallow():
    raise ValueError('v')
print('after swallow')
try:
    with swallow():
        raise KeyError('k')
except KeyError as e:
    print('passed through', repr(e))

@contextlib.contextmanager
def no_yield():
    if False:
        yield
check(lambda: no_yield().__enter__())

@contextlib.contextmanager
def two_yields():
    yield 1
    yield 2
def use_two():
    with two_yields():
        pass
check(use_two)

@contextlib.contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise RuntimeError('converted')
def use_reraise():
    with reraise_other():
        1 / 0
check(use_reraise)

@contextlib.contextmanager
def stop_iter_cm():
    yield
def raise_stop():
    with stop_iter_cm():
        raise StopIteration('inner')
check(raise_stop)

@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2
print(decorated(21), decorated(1))
print(tag.__name__, tag('x').__doc__)

class Resource:
    def __init__(self, name):
        self.name = name
    def close(self):
        print('closing', self.name)
with contextlib.closing(Resource('r1')) as r:
    print('using', r.name)

with contextlib.nullcontext(5) as v:
    print('null', v)
with contextlib.nullcontext() as v:
    print('null', v)

with contextlib.suppress(KeyError, IndexError):
    {}['x']
print('suppressed ok')
try:
    with contextlib.suppress(KeyError):
        [][1]
except IndexError:
    print('not suppressed')
with contextlib.suppress():
    pass

buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured line')
    print('second')
print(repr(buf.getvalue()), target is buf)
ebuf = io.StringIO()
with contextlib.redirect_stderr(ebuf):
    sys.stderr.write('err text\n')
print(repr(ebuf.getvalue()))
rs = contextlib.redirect_stdout(io.StringIO())
with rs:
    with rs:
        print('nested')
print('restored')

# ExitStack
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag('t%d' % i))
    stack.callback(print, 'callback', 1, sep='-')
    stack.push(lambda *exc: print('push exit', exc[0]))
    print('body')

def cleanup_error():
    with contextlib.ExitStack() as stack:
        stack.callback(print, 'first registered, runs last')
        def bad(*exc):
            raise ValueError('from exit')
        stack.push(bad)
        raise KeyError('body')
try:
    cleanup_error()
except ValueError as e:
    print('got', repr(e), 'context', repr(e.__context__))

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise RuntimeError('suppressed by stack')
print('after suppression')

stack = contextlib.ExitStack()
stack.callback(print, 'popped later')
new = stack.pop_all()
stack.close()
print('closed old')
new.close()

check(lambda: contextlib.ExitStack().enter_context(5))
check(lambda: contextlib.ExitStack().enter_context(object()))

class CM:
    def __enter__(self):
        print('CM enter')
        return self
    def __exit__(self, *a):
        print('CM exit', a[0])
        return False
with contextlib.ExitStack() as s:
    s.enter_context(CM())
    s.push(CM())

class Deco(contextlib.ContextDecorator):
    def __enter__(self):
        print('deco enter')
        return self
    def __exit__(self, *exc):
        print('deco exit')
        return False
@Deco()
def fn():
    print('fn body')
fn()

print(issubclass(CM, contextlib.AbstractContextManager), isinstance(CM(), contextlib.AbstractContextManager))
print(issubclass(int, contextlib.AbstractContextManager), contextlib.AbstractContextManager[int])
class Mine(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        return None
with Mine() as m:
    print(type(m).__name__)

# async context managers driven by hand
class ACM:
    async def __aenter__(self):
        print('aenter')
        return 'A'
    async def __aexit__(self, *exc):
        print('aexit', exc[0])
        return False
async def main():
    async with contextlib.AsyncExitStack() as stack:
        v = await stack.enter_async_context(ACM())
        async def acb(x):
            print('async callback', x)
        stack.push_async_callback(acb, 1)
        stack.callback(print, 'sync callback')
        print('value', v)
    async with contextlib.nullcontext(9) as n:
        print('async null', n)
    return 'done'
coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
