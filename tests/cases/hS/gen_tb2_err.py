def numbers():
    yield 1
    yield 2
    raise ValueError("out of numbers")

def doubled(src):
    for x in src:
        yield x * 2

def consume():
    total = 0
    for v in doubled(numbers()):
        total += v
        print("running", total)
    return total

consume()
