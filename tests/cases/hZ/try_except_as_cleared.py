e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("in", e)
try:
    print(e)
except NameError as ne:
    print("NameError", ne)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    f()
except UnboundLocalError as u:
    print(type(u).__name__, u)
def keep():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(repr(keep()))
import sys
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
print(sys.exc_info())
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise
except TypeError as t:
    print("reraised", t)
print(sys.exception() if hasattr(sys, "exception") else None)
