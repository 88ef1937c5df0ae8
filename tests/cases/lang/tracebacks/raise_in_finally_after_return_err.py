def f():
    try:
        return 1
    finally:
        raise KeyError("f")
f()
