def a():
    raise ValueError("first")
def b():
    try:
        a()
    except ValueError:
        raise
try:
    b()
except ValueError as e:
    raise e.with_traceback(None)
