def swallow():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
print(swallow())
def loop():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            break
    return i
print(loop())
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise TypeError("from finally")
    except TypeError as e:
        print(repr(e), repr(e.__context__))
        raise
nested()
