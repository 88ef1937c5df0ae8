import contextlib
@contextlib.contextmanager
def ctx(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("exit", name)
with ctx("a") as a, \
     ctx("b") as b:
    print(a + b)
    raise LookupError(a + b)
