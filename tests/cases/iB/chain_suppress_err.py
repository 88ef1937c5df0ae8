try:
    try:
        1/0
    except ZeroDivisionError as z:
        e = KeyError("k")
        e.__suppress_context__ = True
        raise e
except KeyError as k:
    print(k.__suppress_context__, type(k.__context__).__name__, k.__cause__)
    k.__suppress_context__ = False
    raise k
