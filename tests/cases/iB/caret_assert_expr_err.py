def check(items):
    assert all(i > 0 for i in items), "bad"
check([1, "a"])
