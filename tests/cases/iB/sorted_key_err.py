def key(x):
    return x[1]
data = [(1, 2), (3,), (4, 5)]
print(list(map(len, data)))
sorted(data, key=key)
