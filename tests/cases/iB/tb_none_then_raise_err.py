def f():
    raise ValueError("v")
try:
    f()
except ValueError as e:
    e.__traceback__ = None
    err = e
def g():
    raise err
g()
