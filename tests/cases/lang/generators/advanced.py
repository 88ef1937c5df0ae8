def inner():
    try:
        x = yield 1
        print('inner got', x)
        yield 2
    except KeyError:
        print('inner caught KeyError')
        yield 'recovered'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer done'
g = outer()
print(next(g), g.send('hello'), g.throw(KeyError), next(g))
def counter():
    n = 0
    while True:
        cmd = yield n
        if cmd == 'reset':
            n = 0
        else:
            n += 1
c = counter()
print([next(c), next(c), c.send('reset'), next(c)])
def genexit():
    try:
        yield
    except GeneratorExit:
        print('GeneratorExit')
        raise
g = genexit(); next(g); g.close()
def bad_close():
    try:
        yield
    except GeneratorExit:
        yield 'no'
g = bad_close(); next(g)
try:
    g.close()
except RuntimeError as e:
    print('RuntimeError', e)
def stop_inside():
    yield 1
    raise StopIteration('x')
try:
    list(stop_inside())
except RuntimeError as e:
    print('RuntimeError', e)
def running():
    yield g2.send(None)
g2 = running()
try:
    next(g2)
except ValueError as e:
    print('ValueError', e)
print(list(zip((i for i in range(3)), (j for j in 'abc'))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def gen_state():
    yield 1
gs = gen_state()
print(gs.gi_running, gs.gi_frame is not None)
list(gs)
print(gs.gi_frame)
def ret_in_finally():
    try:
        yield 1
    finally:
        return 'fin'
r = ret_in_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print('value', e.value)
