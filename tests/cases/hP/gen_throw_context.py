def g():
    try:
        raise KeyError("in gen")
    except KeyError:
        try:
            yield 1
        except Exception as e:
            print("ctx in gen handler:", repr(e.__context__))
x = g(); next(x)
try:
    x.throw(ValueError("v"))
except StopIteration: pass
def g2():
    yield 1
x = g2(); next(x)
try:
    raise LookupError
except LookupError:
    try:
        x.throw(ValueError("v2"))
    except ValueError as e:
        print("ctx propagated:", repr(e.__context__))
x = g2(); next(x)
e0 = ValueError("v3")
try:
    raise LookupError
except LookupError:
    try:
        x.close()
        raise e0
    except ValueError as e:
        print("normal:", repr(e.__context__))
x = g2()
try:
    raise LookupError
except LookupError:
    try:
        x.throw(ValueError("v4"))
    except ValueError as e:
        print("unstarted:", repr(e.__context__))
def g5():
    try:
        yield 1
    except ValueError:
        raise KeyError("converted")
x = g5(); next(x)
try:
    raise LookupError
except LookupError:
    try:
        x.throw(ValueError("v5"))
    except KeyError as e:
        print("converted:", repr(e.__context__), repr(e.__context__.__context__))
def g6():
    yield from g5()
x = g6(); next(x)
try:
    raise LookupError
except LookupError:
    try:
        x.throw(ValueError("v6"))
    except KeyError as e:
        print("delegated:", repr(e.__context__), repr(e.__context__.__context__))
