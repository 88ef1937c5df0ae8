x = 1
def f():
    global x
    del x
    del x
f()
