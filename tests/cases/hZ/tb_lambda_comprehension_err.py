items = [3, 2, 1, 0]
f = lambda x: 10 // x
print([f(i) for i in items])
