try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise TypeError("b")
    except TypeError as b:
        a.__context__ = b
        e = RuntimeError("c")
        e.__cause__ = e
        e.__context__ = a
        e.__suppress_context__ = False
        raise e
