def f(excs):
    try:
        raise ExceptionGroup("eg", excs)
    except* ValueError as e:
        print("VE", repr(e))
    except* TypeError as e:
        print("TE", repr(e))
    except* (KeyError, IndexError) as e:
        print("KI", repr(e), type(e).__name__)

f([ValueError(1), TypeError(2)])
f([KeyError(1), IndexError(2), ValueError(3)])
try:
    f([ZeroDivisionError()])
except ExceptionGroup as e:
    print("escaped", repr(e))
try:
    f([ZeroDivisionError(), ValueError(5)])
except ExceptionGroup as e:
    print("escaped", repr(e))
# naked exception wrapped
try:
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("caught", repr(e), type(e).__name__)
except Exception as e:
    print("?", e)
try:
    try:
        raise KeyError("naked")
    except* ValueError as e:
        print("no")
except KeyError as e:
    print("passthrough", repr(e))
# raise in except*
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        raise TypeError("new")
except ExceptionGroup as e:
    print(repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise ExceptionGroup("x", [ValueError(1), KeyError(2)])
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(repr(e))
# else/finally
try:
    pass
except* ValueError:
    print("no")
else:
    print("else")
finally:
    print("finally")
try:
    raise ExceptionGroup("n", [ExceptionGroup("m", [ValueError(1)]), TypeError(2)])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
import sys
try:
    raise ExceptionGroup("q", [OSError(2, "x")])
except* OSError as e:
    print(repr(sys.exception()), sys.exc_info()[0].__name__)
print(sys.exception())
