def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(repr(e), e.args)
assert 1 == 2, ("tuple", "msg")
