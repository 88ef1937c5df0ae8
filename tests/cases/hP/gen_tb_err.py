def numbers(limit):
    for i in range(limit):
        yield 10 // (3 - i)

def consume():
    total = 0
    for n in numbers(5):
        total += n
    return total

print(consume())
