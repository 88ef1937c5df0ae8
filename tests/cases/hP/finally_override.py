import warnings
warnings.simplefilter("ignore")
def f1():
    try:
        return "try"
    finally:
        return "finally"
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallows"
def f3():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i
def f4():
    out = []
    for i in range(3):
        try:
            out.append(i)
            return out
        finally:
            if i < 2:
                continue
    return ["end", out]
def f5():
    x = 0
    while True:
        try:
            try:
                x += 1
                if x < 3:
                    continue
                return x
            finally:
                x += 10
        finally:
            if x > 100:
                return "big"
def f6():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        return f"outer caught {e}"
    finally:
        print("outer finally")
def f7():
    res = []
    try:
        for i in range(3):
            try:
                if i == 1:
                    raise TypeError
            except TypeError:
                res.append("te")
                break
            else:
                res.append(("else", i))
            finally:
                res.append(("fin", i))
    finally:
        res.append("outer")
    return res
def f8():
    try:
        1/0
    except ZeroDivisionError:
        try:
            return "from except"
        finally:
            print("nested finally in except")
def f9():
    def inner():
        try:
            yield 1
            return
        finally:
            print("gen cleanup")
    for v in inner():
        return v
def f10():
    count = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            count += 1
        finally:
            count += 100
    return count
def f11():
    try:
        return [1]
    finally:
        pass
def f12():
    l = []
    try:
        l.append(1)
        return l
    finally:
        l.append(2)
def f13():
    x = "try"
    try:
        return x
    finally:
        x = "finally"
def f14():
    import sys
    try:
        raise ValueError("active")
    except ValueError:
        try:
            raise
        except ValueError as again:
            return repr(again), repr(sys.exc_info()[1])
for f in (f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14):
    print(f.__name__, f())
