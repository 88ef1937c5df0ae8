import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper

@logged
def divide(a, b):
    return a // b

print(divide(7, 2))
divide(1, 0)
