class CM:
    def __init__(self, suppress): self.suppress = suppress
    def __enter__(self): print("enter"); return self
    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return self.suppress
with CM(True) as c:
    raise ValueError("hidden")
print("after suppressed", type(c).__name__)
try:
    with CM(False):
        raise KeyError("shown")
except KeyError as e:
    print("propagated", e)
with CM(False), CM(True):
    raise IndexError("inner")
print("ok")
def f():
    with CM(True):
        return "returned"
print(f())
for i in range(2):
    with CM(False):
        if i == 0:
            continue
        break
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
from contextlib import suppress
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
with (CM(False) as a, CM(False) as b):
    print(a is not b)
