def check(items):
    errors = []
    for i, it in enumerate(items):
        try:
            if it < 0:
                raise ValueError(f"negative: {it}")
            1 / it
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)
try:
    check([1, -1, 0])
except* ValueError as eg:
    print("values:", eg.exceptions)
except* ZeroDivisionError as eg:
    print("zero:", repr(eg))
def inner():
    raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
try:
    inner()
except* TypeError as e:
    print("got", repr(e))
    print(e.exceptions[0].exceptions)
except* KeyError:
    print("key")
    raise
