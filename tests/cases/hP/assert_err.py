def check(values):
    for v in values:
        assert isinstance(v, int), f"expected int, got {type(v).__name__}: {v!r}"
    return sum(values)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], None
except AssertionError as e:
    print(repr(e), e.args)
print(check([1, 2]))
check([1, "two", 3])
