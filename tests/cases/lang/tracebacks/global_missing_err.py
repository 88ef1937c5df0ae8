def f():
    global gg
    return gg
f()
