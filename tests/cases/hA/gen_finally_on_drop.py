def gen():
    try:
        yield 1
    finally:
        print("gen finally")
g = gen(); next(g)
del g
print("after del")
g2 = gen(); next(g2)
g2 = None
print("after rebind")
for x in gen():
    break
print("after break")
