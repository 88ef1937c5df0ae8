fs = [lambda x: x * 2, lambda x: x["k"]]
for f in fs:
    print(f(3) if f is fs[0] else f(4))
