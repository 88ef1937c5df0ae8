def f():
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            try:
                raise a
            except ValueError as a2:
                print(a2 is a, type(a2.__context__).__name__, type(b.__context__).__name__)
                raise
f()
