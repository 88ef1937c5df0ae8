def outer():
    def inner():
        return [int(x) for x in "1 2 x".split()]
    return inner()
try:
    outer()
except ValueError as e:
    raise RuntimeError("conversion failed") from e
