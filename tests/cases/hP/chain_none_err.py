def conv(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("need digits") from None

def outer():
    try:
        conv("x")
    except TypeError as e:
        print(e.__cause__, e.__context__ is not None, e.__suppress_context__)
        e.__suppress_context__ = False
        raise

outer()
