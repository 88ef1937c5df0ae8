def g():
    try:
        x = yield 1
        print('got', x)
        y = yield x * 2
        print('got', y)
    except ValueError as e:
        print('caught', e)
        yield 'after-throw'
    finally:
        print('finally')
gen = g()
print(next(gen))
print(gen.send(5))
print(gen.throw(ValueError('bad')))
try:
    next(gen)
except StopIteration as e:
    print('stop', e.value)
gen = g()
try:
    gen.send(1)
except TypeError as e:
    print('TypeError', e)
print(gen.send(None))
gen.close()
print(gen.gi_frame is None, gen.gi_running)
gen.close()
def h():
    try:
        yield 1
    except GeneratorExit:
        print('exit seen')
        yield 2
gh = h(); next(gh)
try:
    gh.close()
except RuntimeError as e:
    print('RuntimeError', e)
def r():
    yield 1
    return 'ret'
gr = r(); next(gr)
try:
    next(gr)
except StopIteration as e:
    print('value', e.value, e.args)
def sub():
    x = yield 'sub1'
    print('sub got', x)
    return 'subret'
def deleg():
    r = yield from sub()
    print('deleg got', r)
    yield 'deleg'
d = deleg()
print(next(d), d.send('S'))
def stopper():
    yield 1
    raise StopIteration('x')
try:
    list(stopper())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
gen = (i for i in range(3))
print(next(gen), list(gen), list(gen))
def running():
    yield gr2.send(None)
gr2 = running()
try:
    next(gr2)
except ValueError as e:
    print('ValueError', e)
g3 = g()
try:
    g3.throw(KeyError('k'))
except KeyError as e:
    print('KeyError', e)
print(next(g3, 'exhausted'))
g4 = g(); next(g4)
try:
    g4.throw(TypeError)
except TypeError as e:
    print('TypeError thrown class', repr(e))
def yield_expr_forms():
    a = yield
    b = (yield 1) + 1 if False else (yield 2)
    c = yield from [10, 11]
    print('forms', a, b, c)
ge = yield_expr_forms()
print(next(ge), ge.send('A'), ge.send('B'), next(ge, None), next(ge, 'end'))
print(type(g()).__name__, g.__name__, g().__qualname__)
def gen_in_gen():
    yield [(yield i) for i in range(2)] if False else 0
print(list(gen_in_gen()))
try:
    exec("[(yield 1) for i in range(2)]")
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec("def f():\n    return [(yield) for x in y]\n")
except SyntaxError as e:
    print('SyntaxError', e.msg)
