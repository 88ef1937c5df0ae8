def key(x):
    return 10 // x
print(sorted([1, 2, 5], key=key))
def conv(s):
    return int(s)
vals = list(map(conv, ["1", "2", "x3"]))
print(vals)
