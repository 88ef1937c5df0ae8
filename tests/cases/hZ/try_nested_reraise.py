def f():
    try:
        try:
            raise ValueError("one")
        except ValueError as e:
            raise TypeError("two") from e
    except TypeError as t:
        print(repr(t), repr(t.__cause__), t.__suppress_context__)
        raise
try:
    f()
except TypeError as t:
    print("outer", t)
try:
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise IndexError("i")
        except IndexError:
            pass
        raise
except KeyError as k:
    print("still KeyError", k)
try:
    raise
except RuntimeError as e:
    print(e)
def g():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise
        finally:
            print("finally sees exception")
try:
    g()
except ValueError as e:
    print("got", e)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError("x").with_traceback(None)
except ValueError as e:
    print(e.__traceback__ is not None)
