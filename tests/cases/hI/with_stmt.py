class CM:
    def __init__(self, name, suppress=False, fail_enter=False, fail_exit=False):
        self.name, self.suppress, self.fail_enter, self.fail_exit = name, suppress, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter: raise RuntimeError(f"enter {self.name} failed")
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        if self.fail_exit: raise KeyError(f"exit {self.name}")
        return self.suppress
def run(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "raised", type(e).__name__, e, "context:", type(e.__context__).__name__ if e.__context__ else None)
def t1():
    with CM("a") as a, CM("b") as b:
        return (a.name, b.name)
def t2():
    with CM("a"), CM("b", suppress=True):
        raise ValueError("inner")
    return "after suppressed"
def t3():
    with CM("a", suppress=True), CM("b"):
        raise ValueError("v")
    return "outer suppressed"
def t4():
    with CM("a"), CM("b", fail_enter=True), CM("c"):
        return "never"
def t5():
    with CM("a"), CM("b", fail_exit=True):
        raise ValueError("original")
def t6():
    for i in range(3):
        with CM(f"loop{i}"):
            if i == 1: continue
            if i == 2: break
    return i
def t7():
    with CM("ret") as c:
        try:
            return "from try"
        finally:
            print("inner finally")
def t8():
    with (CM("p1") as x,
          CM("p2") as y):
        return x.name + y.name
def t9():
    class NoExit:
        def __enter__(self): return 1
    with NoExit(): pass
def t10():
    class NoEnter:
        def __exit__(self, *a): pass
    with NoEnter(): pass
def t11():
    class ExitTruthy(CM):
        def __exit__(self, *a):
            super().__exit__(*a)
            return [1]
    with ExitTruthy("truthy"):
        1 / 0
    return "suppressed by truthy list"
def t12():
    cm = CM("reuse")
    with cm: pass
    with cm: pass
    return "reused"
def t13():
    with CM("a") as (x):
        pass
    lst = [None, None]
    with CM("b") as lst[0], CM("c") as lst[1]:
        pass
    return [c.name for c in lst]
def t14():
    import contextlib
    @contextlib.contextmanager
    def gen_cm(n):
        print("gen enter", n)
        try:
            yield n * 2
        except ZeroDivisionError:
            print("gen caught")
        finally:
            print("gen exit", n)
    with gen_cm(1) as v:
        print("body", v)
    with gen_cm(2):
        1 / 0
    with contextlib.suppress(KeyError, IndexError):
        [][1]
    with contextlib.ExitStack() as st:
        for i in range(2): st.enter_context(CM(f"stack{i}"))
        st.callback(print, "callback ran")
    return "ok"
def t15():
    import contextlib
    @contextlib.contextmanager
    def noyield():
        if False: yield
    with noyield(): pass
def t16():
    import contextlib
    @contextlib.contextmanager
    def twice():
        yield
        yield
    with twice(): pass
for i in range(1, 17):
    run(f"t{i}", globals()[f"t{i}"])
