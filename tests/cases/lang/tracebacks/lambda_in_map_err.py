print(list(map(lambda v: v.upper(), [1])))
