def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    try:
        raise ValueError
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(3):
        try:
            if i == 1: break
        finally:
            print("fin", i)
    return i
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("cont", i)
k()
def order():
    log = []
    try:
        try:
            log.append("t")
            return log
        finally:
            log.append("f1")
    finally:
        log.append("f2")
print(order())
def val():
    x = 1
    try:
        return x
    finally:
        x = 2
print(val())
def exc_in_finally():
    try:
        raise KeyError("a")
    finally:
        raise ValueError("b")
try:
    exc_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
