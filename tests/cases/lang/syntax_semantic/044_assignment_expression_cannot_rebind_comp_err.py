x = [[(j := 0) for i in a] for j in b]
