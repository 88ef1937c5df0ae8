import sys
def t(name, f):
    try:
        r = f()
        print(name, "->", repr(r))
    except BaseException as e:
        print(name, "!!", type(e).__name__, repr(e), repr(e.__cause__), repr(e.__context__)[:60])
def f1():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2), TypeError(3)])
    except* ValueError as e:
        return ("ve", e.exceptions)
t("f1", f1)
def f2():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("conv") from e
t("f2", f2)
def f3():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise RuntimeError("conv") from None
t("f3", f3)
def f4():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
t("f4", f4)
def f5():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e.exceptions[0]
t("f5", f5)
def f6():
    caught = []
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError as e:
            caught.append(e.exceptions[0].args[0])
    return caught
t("f6", f6)
def f7():
    try:
        raise ExceptionGroup("g", [KeyboardInterrupt()])
    except* KeyboardInterrupt as e:
        return type(e).__name__
t("f7", f7)
def f8():
    try:
        raise BaseExceptionGroup("g", [KeyboardInterrupt(), ValueError()])
    except* Exception as e:
        print(" inner", repr(e))
t("f8", f8)
def f9():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    finally:
        print(" finally ran")
    return "after"
t("f9", f9)
def f10():
    e = ExceptionGroup("g", [ValueError(1)])
    try:
        raise e
    except* ValueError as caught:
        return caught is e
t("f10", f10)
def f11():
    try:
        try:
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
        except* ValueError:
            raise
        except* TypeError:
            raise
    except ExceptionGroup as e:
        return repr(e)
t("f11", f11)
def f12():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")
t("f12", f12)
def f13():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        print(" exc_info", sys.exc_info()[0].__name__, repr(sys.exception()))
    print(" after", sys.exception())
t("f13", f13)
def f14():
    try:
        raise TypeError("plain")
    except* TypeError as e:
        raise
t("f14", f14)
def f15():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        del e
    return "del ok"
t("f15", f15)
def f16():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        pass
    return "e" in dir()
t("f16", f16)
def f17():
    def gen():
        try:
            yield 1
            raise ExceptionGroup("g", [ValueError(1)])
        except* ValueError:
            yield 2
    return list(gen())
t("f17", f17)
def f18():
    try:
        raise ExceptionGroup("g", [ExceptionGroup("h", [ValueError(1), TypeError(2)]), ValueError(3)])
    except* ValueError as e:
        return repr(e)
t("f18", f18)
def f19():
    class E(Exception): pass
    try:
        raise ExceptionGroup("g", [E()])
    except* (E, ValueError) as e:
        return len(e.exceptions)
t("f19", f19)
def f20():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* 42:
        pass
t("f20", f20)
def f21():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* (ValueError, ExceptionGroup):
        pass
t("f21", f21)
def f22():
    class MyEG(ExceptionGroup): pass
    try:
        raise MyEG("mine", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        return type(e).__name__
    except* TypeError as e:
        print(" te", type(e).__name__)
t("f22", f22)
