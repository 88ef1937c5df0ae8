def g():
    1/0

g()
