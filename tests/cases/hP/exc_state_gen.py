import sys
def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def g():
    try:
        raise ValueError("in gen")
    except ValueError:
        yield name()
        yield name()
    yield name()

it = g()
print("gen:", next(it))
print("outside:", name())
try:
    raise KeyError("outer")
except KeyError:
    print("gen inside outer handler:", next(it))
    print("outer after resume:", name())
print("gen last:", next(it))

def g2():
    yield name()
    yield name()
it = g2()
try:
    raise TypeError
except TypeError:
    print("g2 sees caller's:", next(it))
print("g2 after:", next(it))

def g3():
    try:
        yield 1
    finally:
        print("g3 finally sees:", name())
it = g3(); next(it)
try:
    raise IndexError
except IndexError:
    it.close()

def catcher():
    while True:
        try:
            yield
        except Exception as e:
            print("catcher got", repr(e), "ctx", repr(e.__context__))
c = catcher(); next(c)
c.throw(ValueError("thrown"))
c.throw(TypeError("plain"))

def fin_raise():
    try:
        yield 1
    finally:
        raise RuntimeError("from finally on close")
f = fin_raise(); next(f)
try:
    f.close()
except RuntimeError as e:
    print("close raised", e, repr(e.__context__))

def ctx_chain():
    try:
        raise ValueError("a")
    except ValueError:
        helper()
def helper():
    raise KeyError("b")
try:
    ctx_chain()
except KeyError as e:
    print("helper ctx:", repr(e.__context__))

a = ValueError("a"); b = TypeError("b")
try:
    try:
        raise a
    except ValueError:
        try:
            raise b
        except TypeError:
            raise a
except ValueError as e:
    print("cycle:", repr(e.__context__), repr(b.__context__), repr(a.__context__))

class CM:
    def __enter__(self): return self
    def __exit__(self, *exc):
        print("exit sees", name(), exc[0].__name__ if exc[0] else None)
        return True
try:
    raise OSError
except OSError:
    with CM():
        raise ValueError
    print("after with:", name())
print("end:", name())

async def agen():
    try:
        raise ValueError
    except ValueError:
        yield name()
import asyncio
async def main():
    async for v in agen():
        print("async gen:", v, "main:", name())
asyncio.run(main())
