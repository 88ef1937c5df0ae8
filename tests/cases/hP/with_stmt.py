import contextlib, sys

class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return self.suppress

def t1():
    with CM("a") as a, CM("b", suppress=True) as b:
        print(a.name, b.name)
        raise ValueError("body")
    print("after with (suppressed)")

def t2():
    try:
        with CM("a"), CM("b", fail_enter=True), CM("c"):
            print("not reached")
    except RuntimeError as e:
        print("caught", e)

def t3():
    try:
        with CM("x", fail_exit=True):
            raise ValueError("original")
    except KeyError as e:
        print("caught", repr(e), "context:", repr(e.__context__))

def t4():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    return "t4 done"

def t5():
    with CM("ret"):
        return "returned from with"

class Truthy:
    def __bool__(self):
        print("bool called")
        return True

class CM2:
    def __enter__(self): return 1
    def __exit__(self, *a):
        return Truthy()

def t6():
    with CM2() as v:
        raise ValueError
    print("suppressed by truthy", v)

def t7():
    class NoExit:
        def __enter__(self): return self
    try:
        with NoExit():
            pass
    except Exception as e:
        print(type(e).__name__, e)
    class NoEnter:
        def __exit__(self, *a): pass
    try:
        with NoEnter():
            pass
    except Exception as e:
        print(type(e).__name__, e)

def t8():
    with contextlib.suppress(KeyError, IndexError):
        {}["x"]
    print("suppressed KeyError")
    with contextlib.suppress():
        pass
    try:
        with contextlib.suppress(KeyError):
            [][0]
    except IndexError as e:
        print("not suppressed:", e)
    with contextlib.suppress(Exception):
        raise ExceptionGroup("g", [ValueError()])
    print("group suppressed")
    try:
        with contextlib.suppress(ValueError):
            raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except ExceptionGroup as e:
        print("rest:", repr(e))

def t9():
    order = []
    with contextlib.ExitStack() as stack:
        for i in range(3):
            stack.callback(order.append, f"cb{i}")
        stack.enter_context(CM("es"))
        @stack.push
        def ex(et, ev, tb):
            order.append(("push", et.__name__ if et else None))
            return False
    print(order)
    try:
        with contextlib.ExitStack() as stack:
            stack.push(lambda *a: True)
            stack.callback(lambda: 1 / 0)
            raise KeyError("k")
    except Exception as e:
        print("exitstack:", type(e).__name__, repr(e.__context__))
    else:
        print("exitstack suppressed everything")
    with contextlib.ExitStack() as stack:
        stack.callback(print, "popped?")
        s2 = stack.pop_all()
    print("before close")
    s2.close()

@contextlib.contextmanager
def gen_cm(tag, swallow=False):
    print("setup", tag)
    try:
        yield tag.upper()
    except ZeroDivisionError as e:
        print("gen saw", repr(e))
        if not swallow:
            raise
    finally:
        print("teardown", tag)

def t10():
    with gen_cm("a") as v:
        print("value", v)
    with gen_cm("b", swallow=True):
        1 / 0
    try:
        with gen_cm("c"):
            1 / 0
    except ZeroDivisionError as e:
        print("propagated", e)
    @contextlib.contextmanager
    def bad():
        yield 1
        yield 2
    try:
        with bad():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
    @contextlib.contextmanager
    def noyield():
        if False:
            yield
    try:
        with noyield():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

for t in (t1, t2, t3, t4, t5, t6, t7, t8, t9, t10):
    print("--", t.__name__)
    r = t()
    if r is not None:
        print(r)
print(sys.exc_info())
