def chain():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    chain()
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as v:
    print(repr(v.__context__), v.__cause__)
e = ValueError("e")
e.__cause__ = KeyError("c"); print(e.__suppress_context__)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
try:
    e.__context__ = "x"
except TypeError as t:
    print(t)
e2 = RuntimeError("r")
print(e2.__cause__, e2.__context__, e2.__traceback__)
try:
    try:
        raise TypeError("a")
    finally:
        print("finally")
except TypeError as t:
    print(t.__context__)
def loop_ctx():
    try:
        raise KeyError(1)
    except KeyError as a:
        try:
            raise a
        except KeyError as b:
            return b.__context__ is None
print(loop_ctx())
