x = {i: j for i, j in a}
