def numbers(n):
    for i in range(n):
        if i == 3:
            raise ValueError(f"bad value {i}")
        yield i * 2

def consume(it):
    total = 0
    for x in it:
        total += x
    return total

class Acc:
    def __init__(self, data):
        self.data = data
    def __repr__(self):
        return f"Acc({self.data!r})"
    @property
    def total(self):
        return consume(numbers(len(self.data)))

a = Acc([1, 2, 3, 4, 5])
print(repr(a))
try:
    a.total
except ValueError as e:
    print("caught", e)
squares = (x * x for x in [1, 2, 'three'])
print(next(squares))
print(next(squares))
print(sum(y for y in squares))
