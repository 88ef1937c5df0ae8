def f():
    try:
        raise
    except RuntimeError as e:
        print(type(e).__name__, e)
f()
try:
    1/0
except ZeroDivisionError:
    pass
def g():
    raise
g()
