def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def compute(x, y):
    return x.real / y
def gen():
    yield compute(1,
                  0)
list(gen())
