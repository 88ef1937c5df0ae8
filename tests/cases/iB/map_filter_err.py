def f(x):
    return 10 // x
print(list(filter(None, map(f, [1, 2]))))
r = list(map(f, [1, 0]))
