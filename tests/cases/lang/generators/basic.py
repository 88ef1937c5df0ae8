def gen(n):
    for i in range(n):
        yield i
    return 'done'
print(list(gen(3)))
g = gen(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
def echo():
    received = yield 'start'
    while True:
        received = yield f'got {received}'
e = echo()
print(next(e), e.send(1), e.send('x'))
def delegate():
    r = yield from gen(2)
    print('sub returned', r)
    yield from 'ab'
print(list(delegate()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print('closed')
c = closing()
print(next(c))
c.close()
def thrower():
    try:
        yield 1
    except ValueError as e:
        yield 'caught ' + str(e)
t = thrower()
next(t)
print(t.throw(ValueError('boom')))
print(type(gen(1)).__name__, gen.__name__, gen(1).__qualname__)
ge = (x * x for x in range(4))
print(next(ge), list(ge))
def empty():
    return
    yield
print(list(empty()))
def yield_expr():
    x = yield
    print('x =', x)
    y = (yield x) + 1
    print('y =', y)
ye = yield_expr()
next(ye)
ye.send(10)
try:
    ye.send(5)
except StopIteration:
    print('finished')
