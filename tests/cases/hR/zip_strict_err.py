names = ["a", "b", "c"]
ages = [1, 2]
for n, a in zip(names, ages):
    print(n, a)
pairs = dict(zip(names, ages, strict=True))
print(pairs)
