try:
    try:
        raise ValueError("a")
    except ValueError as a:
        b = KeyError("b")
        a.__context__ = b
        raise b
except KeyError as e:
    raise
