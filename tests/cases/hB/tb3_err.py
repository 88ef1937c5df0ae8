data = {'x': [1, 2, 3]}
def get(d, k, i):
    try:
        return d[k][i]
    except IndexError:
        return None + 1
print(get(data, 'x', 1))
print(get(data, 'x', 10))
