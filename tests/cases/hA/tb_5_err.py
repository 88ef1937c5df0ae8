def f():
    try:
        raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ExceptionGroup("sub", [KeyError("c")])])
    except* ValueError:
        raise IndexError("from handler")
f()
