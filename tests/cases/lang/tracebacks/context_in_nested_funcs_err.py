def a():
    raise KeyError("a")
def b():
    try:
        a()
    except KeyError:
        c()
def c():
    raise ValueError("c")
b()
