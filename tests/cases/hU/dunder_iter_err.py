class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n >= 0:
            yield 10 // n
            n -= 1
for v in Countdown(2):
    print(v)
