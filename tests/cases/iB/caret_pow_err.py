def f(a, b):
    return 1 + a ** b
print(f(2, 3))
f(2, "x")
