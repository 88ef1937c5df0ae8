def f(a, b, c):
    return (a +
            b) * c / (
        c - 3)

print(f(1, 2, 3))
