import functools
def check_positive(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        for a in args:
            if a < 0:
                raise ValueError(f"{fn.__name__}: negative argument {a}")
        return fn(*args, **kwargs)
    return wrapper

@check_positive
def area(w, h):
    return w * h

print(area(2, 3))
print(area.__name__, area.__wrapped__.__name__)
try:
    area(-1, 2)
except ValueError as e:
    print(e)
print(area(2, "x"))
