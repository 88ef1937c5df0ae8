def deco(a):
    def inner(f):
        return a / 0
    return inner
@deco(
    1)
def f():
    pass
