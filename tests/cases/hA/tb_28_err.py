def g():
    yield 1
    raise RuntimeError("gen broke")
for i in g():
    print(i)
