def compute(a, b, c):
    return a * b + c
compute(1,
        2,
        None if True else 0) + compute(1, 2, 3)
