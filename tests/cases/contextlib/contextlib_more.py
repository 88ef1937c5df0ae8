# ExitStack chaining with several failing callbacks, async managers,
# chdir, aclosing, StopIteration handling, reuse errors.
import contextlib
import os


def show(e):
    chain = []
    while e is not None:
        chain.append('%s(%s)' % (type(e).__name__, e))
        e = e.__context__
    return ' <- '.join(chain)


def fail(msg):
    def cb(*exc):
        raise ValueError(msg)
    return cb


try:
    with contextlib.ExitStack() as st:
        st.push(fail('first registered'))
        st.push(fail('second registered'))
        raise KeyError('body')
except Exception as e:
    print(show(e))

try:
    with contextlib.ExitStack() as st:
        st.push(lambda *exc: True)
        st.push(fail('later'))
except Exception as e:
    print('escaped', show(e))
else:
    print('suppressed by earlier callback')


class Tracked:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.swallow


with contextlib.ExitStack() as st:
    got = [st.enter_context(Tracked(n)) for n in 'abc']
    st.enter_context(Tracked('swallower', True))
    print(got)
    raise RuntimeError('x')
print('after')
cb = contextlib.ExitStack().callback(print, 'never')
print(cb is print, contextlib.ExitStack().push(Tracked('p')).name)


@contextlib.contextmanager
def gen_cm():
    yield 1


cm = gen_cm()
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__, e)


@contextlib.contextmanager
def reraises_stop():
    try:
        yield
    except StopIteration:
        raise


try:
    with reraises_stop():
        raise StopIteration('s')
except StopIteration as e:
    print('StopIteration passed through', e)


@contextlib.contextmanager
def ignores():
    try:
        yield
    except GeneratorExit:
        print('gen exit')
        raise
    except BaseException as e:
        print('caught', type(e).__name__)


with ignores():
    raise ZeroDivisionError
print(gen_cm.__wrapped__.__name__, type(gen_cm()).__name__)

here = os.getcwd()
os.makedirs('chdir_sub', exist_ok=True)
with contextlib.chdir('chdir_sub'):
    print(os.path.basename(os.getcwd()))
    with contextlib.chdir('..'):
        print(os.getcwd() == here)
    print(os.path.basename(os.getcwd()))
print(os.getcwd() == here)
os.rmdir('chdir_sub')


@contextlib.asynccontextmanager
async def agen(tag):
    print('aenter', tag)
    try:
        yield tag * 2
    finally:
        print('aexit', tag)


class AClose:
    async def aclose(self):
        print('aclosed')


async def main():
    async with agen('x') as v:
        print('value', v)
    try:
        async with agen('y'):
            raise KeyError('inside')
    except KeyError as e:
        print('async propagated', e)
    async with contextlib.aclosing(AClose()) as a:
        print(type(a).__name__)
    async with contextlib.AsyncExitStack() as st:
        await st.enter_async_context(agen('z'))
        st.push_async_exit(lambda *a: _ret(False))
    try:
        await contextlib.AsyncExitStack().enter_async_context(object())
    except TypeError as e:
        print(e)

    @agen('deco')
    async def decorated():
        print('in decorated')
        return 5
    return await decorated()


async def _ret(v):
    return v


c = main()
try:
    c.send(None)
except StopIteration as e:
    print('result', e.value)
