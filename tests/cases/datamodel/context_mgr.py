# with statement: __enter__/__exit__ lookups on the type, suppression, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class CM:
    def __init__(self, suppress=False):
        self.suppress = suppress
    def __enter__(self):
        print("  enter")
        return "val"
    def __exit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None, ev, tb is not None)
        return self.suppress
def w1():
    with CM() as v:
        return v
t("normal", w1)
def w2():
    with CM(True):
        raise ValueError("x")
    return "suppressed"
t("suppressed", w2)
def w3():
    with CM():
        raise ValueError("y")
t("propagated", w3)
class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        pass
def w4():
    with NoEnter():
        pass
t("no enter", w4)
def w5():
    with NoExit():
        pass
t("no exit", w5)
def w6():
    with 5:
        pass
t("int", w6)
class InstanceAttrs:
    pass
ia = InstanceAttrs()
ia.__enter__ = lambda: 1
ia.__exit__ = lambda *a: None
def w7():
    with ia:
        pass
t("instance attrs ignored", w7)
class ExitTruthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return [1]
def w8():
    with ExitTruthy():
        1 / 0
    return "truthy suppressed"
t("truthy", w8)
class EnterRaises:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("  not called")
def w9():
    with EnterRaises():
        pass
t("enter raises", w9)
class ExitRaises:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        raise RuntimeError("exit")
def w10():
    try:
        with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        return (str(e), type(e.__context__).__name__)
t("exit raises", w10)
def w11():
    with CM() as a, CM(True) as b:
        raise IndexError
    return (a, b)
t("multiple", w11)
def w12():
    for i in range(3):
        with CM():
            if i == 1:
                break
    return i
t("break", w12)
class AsyncOnly:
    async def __aenter__(self):
        pass
    async def __aexit__(self, *a):
        pass
def w13():
    with AsyncOnly():
        pass
t("async cm in with", w13)
