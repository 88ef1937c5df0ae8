print(sum(x.y for x in [1]))
