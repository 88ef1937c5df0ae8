def inner():
    yield 1
    raise ValueError("inner broke")

def middle():
    yield from inner()

def outer():
    yield from middle()

for v in outer():
    print(v)
