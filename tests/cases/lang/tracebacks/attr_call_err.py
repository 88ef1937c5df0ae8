x = None
x.method(1, 2)
