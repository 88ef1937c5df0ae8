class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration('itret')
        return self.n
class WithThrow(It):
    def throw(self, *a): print('It.throw', [type(x).__name__ for x in a]); return 'from throw'
    def close(self): print('It.close')
    def send(self, v): print('It.send', v); return 'sent'
def deleg(it):
    r = yield from it
    print('deleg result', r)
    yield 'end'
print(list(deleg(It())))
g = deleg(WithThrow()); print(next(g)); print(g.send('x')); print(g.throw(ValueError)); g.close()
g = deleg(It()); next(g)
try: g.send('y')
except AttributeError as e: print('AttributeError', e)
g = deleg(It()); next(g)
try: g.throw(KeyError('k'))
except KeyError as e: print('KeyError propagated', e)
g = deleg(It()); next(g); g.close(); print('closed plain')
def inner():
    try:
        yield 1
    finally:
        print('inner finally')
def outer():
    try:
        yield from inner()
    finally:
        print('outer finally')
g = outer(); next(g); g.close()
def inner2():
    try:
        yield 1
    except ValueError:
        return 'inner handled'
def outer2():
    r = yield from inner2()
    yield r
g = outer2(); next(g); print(g.throw(ValueError))
import warnings
warnings.simplefilter('ignore')
def simple():
    yield 1
g = simple(); next(g)
try: g.throw(ValueError, ValueError('v'), None)
except ValueError as e: print('3-arg throw', e)
g = simple(); next(g)
try: g.throw(ValueError, 'msg')
except ValueError as e: print('2-arg throw', e)
g = simple()
try: g.throw(1)
except TypeError as e: print(e)
g = simple()
try: g.throw(ValueError('a'), ValueError('b'))
except TypeError as e: print(e)
def ret_in_finally():
    try:
        yield 1
    finally:
        return 'x'
g = ret_in_finally(); next(g); print(g.close())
def catch_all():
    while True:
        try:
            yield
        except BaseException as e:
            print('caught', type(e).__name__)
            break
g = catch_all(); next(g); g.close(); print('close ok')
def gen_self():
    yield from g2
g2 = gen_self()
try: next(g2)
except ValueError as e: print(e)
def yf_none():
    yield from None
try: next(yf_none())
except TypeError as e: print(e)
def yf_gen_twice():
    x = yield from (i for i in range(2))
    print('genexp returns', x)
list(yf_gen_twice())
def g_ret(): 
    return 5
    yield
print(list(g_ret()))
def g_stop():
    yield 1
    return
gg = g_stop(); print(next(gg), next(gg, 'done'))
def g_send_first():
    x = yield
    print('x', x)
gs = g_send_first()
try: gs.send(5)
except TypeError as e: print(e)
print(gs.gi_running, gs.gi_suspended if hasattr(gs, 'gi_suspended') else '', gs.gi_yieldfrom)
