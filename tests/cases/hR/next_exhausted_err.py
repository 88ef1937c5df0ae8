it = iter([1, 2])
print(next(it), next(it))
print(next(it, "done"))
print(next(it))
