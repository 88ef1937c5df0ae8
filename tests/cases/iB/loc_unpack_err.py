def three():
    return 1, 2, 3
a, b = three()
