def two():
    return [1]
first, *rest, last = two()
