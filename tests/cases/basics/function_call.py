def add(x, y):
    return x + y


def greet(name):
    return "hello, " + name


print(add(2, 3))
print(greet("wasipy"))
print(add(add(1, 2), add(3, 4)))
