def f1():
    try:
        return 1
    finally:
        print("f1 finally")

def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            print("body", i)
        finally:
            print("fin", i)
    return "done"

def f3():
    x = []
    while True:
        try:
            x.append(1)
            if len(x) > 2:
                break
        finally:
            x.append(0)
    return x

def f4():
    try:
        raise ValueError
    except ValueError:
        return "except"
    else:
        return "else"
    finally:
        print("f4 fin")

def f5():
    try:
        pass
    except Exception:
        return "except"
    else:
        print("else ran")
    finally:
        print("f5 fin")
    return "end"

def f6():
    r = []
    for i in range(4):
        try:
            try:
                if i % 2:
                    raise KeyError(i)
                r.append(("ok", i))
            finally:
                r.append(("inner", i))
        except KeyError as e:
            r.append(("caught", e.args[0]))
            continue
        else:
            r.append(("else", i))
    return r

def f7():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise ValueError("x") from e
    except ValueError as v:
        return (type(v.__cause__).__name__, v.__context__ is v.__cause__)

def f8():
    e = None
    try:
        raise TypeError("t")
    except TypeError as e:
        pass
    try:
        print(e)
    except NameError as ne:
        print("NameError", ne)
    except UnboundLocalError as ue:
        print("UnboundLocalError", ue)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")

def f9():
    for v in gen():
        print("got", v)
        break
    print("after break")

print(f1()); print(f2()); print(f3()); print(f4()); print(f5()); print(f6()); print(f7())
f8(); f9()
import sys
def f10():
    try:
        raise ValueError("a")
    except ValueError:
        print(sys.exc_info()[0].__name__, sys.exc_info()[1])
        try:
            raise KeyError("b")
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
    print(sys.exception())
f10()
