def a():
    raise ValueError("level a")
def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("level b") from e
def c():
    try:
        b()
    except TypeError:
        raise RuntimeError("level c")
def d():
    try:
        c()
    except RuntimeError as e:
        raise LookupError("level d") from None
try:
    d()
except LookupError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
c()
