def ignorer():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2

g = ignorer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def reraiser():
    try:
        yield 1
    except GeneratorExit as e:
        print("exit", type(e).__name__, repr(e), e.args)
        raise

g = reraiser()
next(g)
print(g.close())

def other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("replaced")

g = other()
next(g)
try:
    g.close()
except ValueError as e:
    print("close raised", e, type(e.__context__).__name__)

def returning():
    try:
        yield 1
    except GeneratorExit:
        return 42

g = returning()
next(g)
print("close ret", g.close())

def stopiter():
    try:
        yield 1
    finally:
        print("cleanup")

g = stopiter()
next(g)
del g
print("after del")

def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")

g = nested()
next(g)
g.close()
g.close()

# throw GeneratorExit explicitly
def ge():
    try:
        yield 1
    except GeneratorExit:
        print("got ge")
        yield 5

g = ge()
next(g)
print(g.throw(GeneratorExit))
try:
    g.close()
except RuntimeError as e:
    print(e)

# exception in finally during close
def bad_finally():
    try:
        yield
    finally:
        1/0
g = bad_finally()
next(g)
try:
    g.close()
except ZeroDivisionError as e:
    print("ZDE", e)
