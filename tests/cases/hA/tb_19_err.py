def f():
    try:
        return 1 / 0
    finally:
        raise NameError("in finally")
f()
