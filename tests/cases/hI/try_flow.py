def f1():
    try: return "try"
    finally: print("f1 finally")
def f2():
    try: return "try"
    finally: return "finally"
def f3():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("f3 finally", i)
    return i
def f4():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    else:
        return "else"
    finally:
        print("f4 finally")
def f5():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("f5 finally")
def f6():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def f7():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "broke out"
def f8():
    x = []
    for i in range(3):
        try:
            x.append(i)
        finally:
            if i == 1:
                continue
        x.append("after")
    return x
def f9():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return repr(e)
def f10():
    try:
        return 1
    finally:
        try:
            raise TypeError
        except TypeError:
            print("handled in finally")
def f11():
    r = []
    try:
        r.append("t")
        return r
    finally:
        r.append("f")
def f12():
    i = 0
    while i < 5:
        i += 1
        try:
            if i % 2: continue
        finally:
            if i == 4: return ("returned at", i)
def f13():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        return sys_exc()
import sys
def sys_exc():
    return sys.exc_info()[0].__name__
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13):
    print(f.__name__, f())
print(sys.exc_info())
try:
    raise ValueError("a")
except ValueError:
    try:
        raise TypeError("b")
    except TypeError:
        pass
    try:
        raise
    except ValueError as e:
        print("bare raise re-raised", repr(e))
def reraise_after_handling():
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            int("x")
        except ValueError:
            pass
        raise
try: reraise_after_handling()
except KeyError as e: print("KeyError", e, e.__context__)
try: raise
except RuntimeError as e: print("RuntimeError", e)
e = None
try:
    raise ValueError("scoped")
except ValueError as e:
    pass
try: print(e)
except NameError as ex: print("NameError", ex)
def gen_in_except():
    try:
        raise ValueError("g")
    except ValueError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen_in_except(); print(next(g), sys.exc_info()[0], next(g))
try:
    raise TypeError("x") from ValueError("cause")
except TypeError as e: print(e.__cause__, e.__suppress_context__, e.__context__)
try:
    try: 1/0
    except ZeroDivisionError as z: raise ValueError from None
except ValueError as e: print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
try: raise ValueError from 5
except TypeError as e: print("TypeError", e)
try: raise 5
except TypeError as e: print("TypeError", e)
try: raise int
except TypeError as e: print("TypeError", e)
class NotExc: pass
try:
    try: pass
    except NotExc: pass
    print("no exception - except clause never evaluated")
    try: 1/0
    except NotExc: pass
except TypeError as e: print("TypeError", e)
try:
    try: 1/0
    except (ValueError, ZeroDivisionError) as e: print("tuple caught", type(e).__name__)
except Exception: pass
e1 = ValueError("v"); e1.__traceback__ = None; print(e1.with_traceback(None) is e1)
x = ValueError(); x.__cause__ = KeyError(); print(type(x.__cause__).__name__, x.__suppress_context__)
try: x.__cause__ = 5
except TypeError as e: print("TypeError", e)
try: x.__context__ = "s"
except TypeError as e: print("TypeError", e)
