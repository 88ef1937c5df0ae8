def f():
    raise ValueError("in f")
try:
    f()
except ValueError as v:
    raise ExceptionGroup("g", [v])
