list(map(lambda x: 1 / x, [0]))
