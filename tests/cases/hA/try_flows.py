def f1():
    try:
        return "try"
    finally:
        print("finally f1")
print(f1())
def f2():
    try:
        return "try"
    finally:
        return "finally"
print(f2())
def f3():
    for i in range(5):
        try:
            if i == 1: continue
            if i == 3: break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else")
    return i
print(f3())
def f4():
    try:
        1/0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("f4 finally")
print(f4())
def f5():
    try:
        pass
    except Exception:
        print("nope")
    else:
        print("else ran")
        return 1
    finally:
        print("f5 finally")
print(f5())
def f6():
    while True:
        try:
            raise ValueError
        finally:
            break
    return "swallowed"
print(f6())
def f7():
    try:
        raise KeyError("a")
    except KeyError as e:
        err = e
    try:
        e
    except NameError as ne:
        print("e unbound:", ne)
    return err
print(repr(f7()))
def f8():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
f8()
def f9():
    try:
        raise TypeError("t")
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
        try:
            raise
        except TypeError as e2:
            print("reraised", e2 is e)
f9()
def f10():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise KeyError("b")
        except KeyError as k:
            print(repr(k.__context__))
            import sys
            print(sys.exc_info()[0].__name__)
        import sys
        print(sys.exc_info()[0].__name__)
    import sys
    print(sys.exc_info())
f10()
def f11():
    x = 0
    for i in range(3):
        try:
            x += i
            continue
        finally:
            x *= 2
    return x
print(f11())
def f12(n):
    try:
        if n: raise ValueError(n)
    except ValueError as e:
        return f"caught {e}"
    finally:
        print("f12", n)
print(f12(0), f12(5))
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, repr(e), e.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), str(e) == "", e.args)
e = Exception("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as te:
    print(te)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(42)
except MyErr as m:
    print(m, m.code, repr(m), m.args)
class E2(Exception):
    def __str__(self):
        return "custom str"
print(str(E2("x")), repr(E2("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(str(OSError(2, "No such file")), repr(OSError(2, "x")), OSError(2, "x").errno)
print(type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(repr(StopIteration(5).value), SystemExit(3).code)
try:
    raise TypeError("bad") from ValueError("cause")
except TypeError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except* TypeError:
        pass
except ValueError as v:
    print("passthrough", repr(v))
try:
    raise ExceptionGroup("eg", [ValueError(1)])
except* ValueError as g:
    print(repr(g), g.message)
try:
    raise ValueError("naked")
except* ValueError as g:
    print(repr(g))
eg = ExceptionGroup("x", [ValueError(1), TypeError(2), ValueError(3)])
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(type(ExceptionGroup("y", [KeyboardInterrupt()])).__name__ if False else BaseExceptionGroup("y", [ValueError()]).__class__.__name__)
try:
    ExceptionGroup("y", [])
except ValueError as e:
    print(e)
try:
    ExceptionGroup("y", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
