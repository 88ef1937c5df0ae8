print(1 / 0, 2)
