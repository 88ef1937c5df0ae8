def f(x):
    assert x > 0, f"bad {x}"
f(-1)
