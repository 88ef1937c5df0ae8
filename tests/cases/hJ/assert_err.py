def check(cond, *msg):
    try:
        if msg:
            assert cond, msg[0]
        else:
            assert cond
    except AssertionError as e:
        print("AssertionError", repr(e), e.args, str(e) == "")
check(1 == 1)
check(1 == 2)
check([], "empty list")
check(0, ("tuple", "msg"))
check(None, None)
check(False, 42)
check(False, ["a"])
class Weird:
    def __repr__(self): return "W!"
check(False, Weird())
import traceback
def long_assert():
    values = [1, 2, 3]
    assert len(values) == 4, (
        f"expected 4 values, got {len(values)}"
    )
try:
    long_assert()
except AssertionError:
    traceback.print_exc()
def tester(x):
    assert isinstance(x, int), f"x must be int, not {type(x).__name__}"
    return x
print(tester(3))
tester("s")
