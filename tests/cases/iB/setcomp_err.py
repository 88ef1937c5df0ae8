vals = [[1], [2]]
s = {tuple(v) for v in vals}
print(sorted(s))
t = {v for v in vals}
