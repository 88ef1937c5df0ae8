lst = [1, 2]
lst[5] = 3
