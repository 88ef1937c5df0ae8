def outer():
    def inner(x):
        return x["k"]
    return list(map(inner, [{"k": 1}, {}]))
outer()
