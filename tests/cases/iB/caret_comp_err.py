def go(xs):
    return [1 / x for x in xs]
print(go([1, 2, 0]))
