def a():
    raise ValueError("bad value")

def b():
    try:
        a()
    except ValueError as e:
        raise TypeError("wrapped") from e

def collect():
    errors = []
    for fn in (a, b):
        try:
            fn()
        except Exception as e:
            errors.append(e)
    errors.append(KeyError("k"))
    e = OSError(2, "No such file or directory", "x.txt")
    e.add_note("while opening")
    errors.append(e)
    inner = ExceptionGroup("inner group", [IndexError(5), RuntimeError("r")])
    inner.add_note("inner note")
    errors.append(inner)
    raise ExceptionGroup("many errors", errors)

collect()
