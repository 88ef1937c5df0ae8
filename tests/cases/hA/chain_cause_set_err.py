def f(n):
    if n == 0:
        raise ValueError("bottom")
    return f(n - 1)
try:
    f(3)
except ValueError:
    try:
        raise KeyError("k") from None
    except KeyError as ke:
        print(ke.__suppress_context__, type(ke.__context__).__name__)
        e2 = TypeError("t")
        e2.__cause__ = ke
        raise e2
