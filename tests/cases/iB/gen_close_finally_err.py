def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
        raise ValueError("cleanup failed")
g = gen()
print(next(g))
g.close()
