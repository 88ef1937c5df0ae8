import sys, traceback

def g():
    f = sys._getframe()
    print("in gen:", f.f_code.co_name, f.f_back.f_code.co_name)
    yield sys._getframe().f_lineno
    print("caller now:", sys._getframe(1).f_code.co_name)
    yield [fs.name for fs in traceback.extract_stack()][-3:]
    x = 5
    yield x

def driver():
    it = g()
    print(it.gi_frame.f_lineno, it.gi_frame.f_back)
    print(next(it))
    print("suspended back:", it.gi_frame.f_back, it.gi_frame.f_lineno)
    return it

it = driver()
def other():
    return next(it)
print(other())
print(next(it), it.gi_frame.f_locals.get("x"))
f = it.gi_frame
try:
    next(it)
except StopIteration:
    pass
print(it.gi_frame, f.f_lineno)

def lines():
    yield 1
    yield 2

    yield 3
l = lines()
print(l.gi_frame.f_lineno, l.gi_code.co_firstlineno)
for _ in l:
    print(l.gi_frame.f_lineno)

async def co():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name
c = co()
try:
    c.send(None)
except StopIteration as e:
    print(e.value)

def tb_in_gen():
    try:
        yield
        raise ValueError("in gen")
    except ValueError:
        yield traceback.format_exc().splitlines()[-1]
t = tb_in_gen()
next(t)
print(next(t))
def gen_exc_tb():
    yield
    raise KeyError("k")
ge = gen_exc_tb()
next(ge)
try:
    next(ge)
except KeyError as e:
    print([fs.name for fs in traceback.extract_tb(e.__traceback__)])
