def total(items):
    return sum(int(x) for x in items)
print(total(["1", "2"]))
print(total(["1", "two", "3"]))
