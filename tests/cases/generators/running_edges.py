def selfref():
    try:
        me.close()
    except ValueError as e:
        print("close inside:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("throw inside:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("send inside:", e)
    yield 1
me = selfref()
print(next(me))

# close on an unstarted generator: finally does not run
def unstarted():
    try:
        yield 1
    finally:
        print("never printed")
u = unstarted()
u.close()
print(list(u))

# throw GeneratorExit explicitly
def ge():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = ge(); next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated")

# generator that returns during throw
def ret_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
g = ret_on_throw(); next(g)
try:
    g.throw(ValueError)
except StopIteration as e:
    print("StopIteration value:", e.value)

# exception context inside generator after throw
def ctx():
    try:
        yield
    except KeyError as e:
        try:
            raise IndexError("second")
        except IndexError as e2:
            print(repr(e2.__context__))
        yield "done"
g = ctx(); next(g)
print(g.throw(KeyError("first")))

# yield from with throw where subgenerator converts the exception
def sub():
    try:
        yield 1
    except ValueError:
        raise TypeError("converted")
def deleg():
    try:
        yield from sub()
    except TypeError as e:
        yield f"deleg caught {e}"
d = deleg(); next(d)
print(d.throw(ValueError))

# generator used by two consumers in turn
def count():
    i = 0
    while True:
        yield i
        i += 1
c = count()
print([next(c) for _ in range(3)], list(zip(range(2), c)), next(c))
