# A first wasipy program: a greeting, a function, a loop.

def greet(name):
    return "Hello, " + name + "!"


def describe(n):
    if n % 15 == 0:
        return "fizzbuzz"
    elif n % 3 == 0:
        return "fizz"
    elif n % 5 == 0:
        return "buzz"
    else:
        return str(n)


print(greet("wasipy"))
total = 0
i = 1
while i <= 15:
    total = total + i
    print(i, describe(i))
    i = i + 1
print("sum:", total, "mean:", total / 15, "big:", total > 100, None)
