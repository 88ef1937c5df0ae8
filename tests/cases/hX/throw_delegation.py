import warnings
warnings.simplefilter('ignore', DeprecationWarning)
class It:
    def __iter__(self): return self
    def __next__(self): return 'item'
    def throw(self, *a):
        print('It.throw got', [a_ if isinstance(a_, (type, type(None), str)) else repr(a_) for a_ in a])
        return 'thrown-result'
def deleg():
    yield from It()
def outer():
    yield from deleg()
for args in [(ValueError,), (ValueError('x'),), (ValueError, 'msg'), (ValueError, None), (ValueError, ValueError('y'), None), (KeyError, 'k')]:
    g = deleg(); next(g)
    print(g.throw(*args))
    g = outer(); next(g)
    print(g.throw(*args))
class NoThrow:
    def __iter__(self): return self
    def __next__(self): return 1
def d2():
    try:
        yield from NoThrow()
    except ValueError as e:
        print('caught in d2', repr(e))
        yield 'after'
g = d2(); next(g); print(g.throw(ValueError, 'm'))
import types
@types.coroutine
def co_wrap():
    yield from It()
async def use():
    await co_wrap()
c = use(); c.send(None)
print(c.throw(TypeError, 't'))
